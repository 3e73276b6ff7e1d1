//! The last ten jobs a person opened, kept in localStorage for the start page.

use crate::browser::{storage_get, storage_remove, storage_set};
use crate::model::TrainingJob;
use crate::storage::json_list::{read_list, text_at, write_list};
use serde_json::{Map, Value};

const KEY: &str = "mjv.recent";
const LIMIT: usize = 10;

/// One opened job.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentJob {
    pub project_id: String,
    pub job_id: String,
    pub name: String,
    pub phase: String,
    pub endpoint: String,
}

impl RecentJob {
    /// The five fields as strings; an entry missing any of them is not one of ours.
    fn from_json(value: &Value) -> Option<RecentJob> {
        let text = |key: &str| text_at(value, key);
        Some(RecentJob {
            project_id: text("project_id")?,
            job_id: text("job_id")?,
            name: text("name")?,
            phase: text("phase")?,
            endpoint: text("endpoint")?,
        })
    }

    fn to_json(&self) -> Value {
        let mut object = Map::new();
        for (key, value) in [
            ("project_id", &self.project_id),
            ("job_id", &self.job_id),
            ("name", &self.name),
            ("phase", &self.phase),
            ("endpoint", &self.endpoint),
        ] {
            object.insert(key.into(), value.clone().into());
        }
        Value::Object(object)
    }
}

/// Reads the kept list; anything unreadable is dropped, not an error.
fn from_text(text: &str) -> Vec<RecentJob> {
    read_list(text, RecentJob::from_json)
}

fn to_text(list: &[RecentJob]) -> String {
    write_list(list, RecentJob::to_json)
}

/// Puts `job` first, drops an older entry for the same job, and keeps at most ten.
pub fn push_recent(mut list: Vec<RecentJob>, job: RecentJob) -> Vec<RecentJob> {
    list.retain(|entry| {
        !(entry.project_id == job.project_id
            && entry.job_id == job.job_id
            && entry.endpoint == job.endpoint)
    });
    list.insert(0, job);
    list.truncate(LIMIT);
    list
}

pub fn recent_jobs() -> Vec<RecentJob> {
    storage_get(true, KEY)
        .map(|text| from_text(&text))
        .unwrap_or_default()
}

/// Forgets every recent job on this device, as someone forgetting a token may want.
pub fn clear_recent_jobs() {
    storage_remove(true, KEY);
}

/// Records an opened job on this device.
pub fn remember_job(project_id: &str, job_id: &str, job: &TrainingJob, endpoint: &str) {
    let text = |value: Option<&String>| value.cloned().unwrap_or_default();
    let entry = RecentJob {
        project_id: project_id.to_string(),
        job_id: job_id.to_string(),
        name: text(job.metadata().and_then(|m| m.name())),
        phase: text(job.status().and_then(|s| s.phase())),
        endpoint: endpoint.to_string(),
    };
    let list = push_recent(recent_jobs(), entry);
    storage_set(true, KEY, &to_text(&list));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: usize) -> RecentJob {
        RecentJob {
            project_id: "p".into(),
            job_id: format!("j{id}"),
            name: String::new(),
            phase: String::new(),
            endpoint: "demo".into(),
        }
    }

    #[test]
    fn the_newest_comes_first_without_duplicates_and_at_most_ten() {
        let mut list = Vec::new();
        for id in 0..12 {
            list = push_recent(list, entry(id));
        }
        assert_eq!(list.len(), 10);
        assert_eq!(list[0].job_id, "j11");
        list = push_recent(list, entry(5));
        assert_eq!(list[0].job_id, "j5");
        assert_eq!(list.iter().filter(|e| e.job_id == "j5").count(), 1);
    }

    #[test]
    fn the_list_is_kept_as_text_and_read_back_skipping_foreign_entries() {
        let list = vec![entry(1), entry(2)];
        assert_eq!(from_text(&to_text(&list)), list);
        let with_junk = to_text(&list).replacen('[', r#"[{"job_id":1},7,"#, 1);
        assert_eq!(from_text(&with_junk), list);
        assert!(from_text("not json").is_empty());
    }
}
