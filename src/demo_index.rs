//! The demo index (`demo/index.json`): which demo jobs the start page offers.

use crate::storage::json_list::{read_list, text_at};
use serde_json::Value;

/// One entry of `demo/index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DemoJob {
    pub project_id: String,
    pub job_id: String,
    pub title: String,
}

impl DemoJob {
    /// The title split at its first ": " into the job's name and what it shows; a title without
    /// one is all name.
    pub fn name_and_what(&self) -> (String, String) {
        match self.title.split_once(": ") {
            Some((name, what)) => (name.to_string(), what.to_string()),
            None => (self.title.clone(), String::new()),
        }
    }
}

fn demo_job(value: &Value) -> Option<DemoJob> {
    Some(DemoJob {
        project_id: text_at(value, "project_id")?,
        job_id: text_at(value, "job_id")?,
        title: text_at(value, "title")?,
    })
}

/// The demo jobs listed in the index text; entries missing a field are left out.
pub fn read_demo_index(text: &str) -> Vec<DemoJob> {
    read_list(text, demo_job)
}

/// Fetches and reads the demo index beside the page; no index means no demo jobs.
pub async fn load_demo_index() -> Vec<DemoJob> {
    match crate::api::get_text("demo/index.json").await {
        Some((_, body)) => read_demo_index(&body),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_keeps_complete_entries_and_titles_split_at_the_first_colon() {
        let demos = read_demo_index(
            r#"[{"project_id": "p", "job_id": "j", "title": "npu-job: Ascend: eight cards"},
                {"project_id": "p", "job_id": "k", "title": "plain"},
                {"project_id": "p", "title": "no id"}]"#,
        );
        assert_eq!(demos.len(), 2);
        assert_eq!(
            demos[0].name_and_what(),
            ("npu-job".to_string(), "Ascend: eight cards".to_string())
        );
        assert_eq!(
            demos[1].name_and_what(),
            ("plain".to_string(), String::new())
        );
        assert!(read_demo_index("not json").is_empty());
    }
}
