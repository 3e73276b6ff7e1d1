//! The last ten jobs a person opened, kept in localStorage for the start page.

use crate::browser::{storage_get, storage_set};
use crate::model::TrainingJob;
use serde::{Deserialize, Serialize};

const KEY: &str = "mjv.recent";
const LIMIT: usize = 10;

/// One opened job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecentJob {
    pub project_id: String,
    pub job_id: String,
    pub name: String,
    pub phase: String,
    pub endpoint: String,
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
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
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
    if let Ok(text) = serde_json::to_string(&list) {
        storage_set(true, KEY, &text);
    }
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
}
