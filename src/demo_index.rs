//! The demo index (`demo/index.json`): which demo jobs the start page offers.

use crate::i18n::Lang;
use crate::storage::json_list::{read_list, text_at};
use serde_json::Value;

/// One entry of `demo/index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DemoJob {
    pub project_id: String,
    pub job_id: String,
    pub title: String,
    /// The title in Chinese, when the index gives one.
    pub title_zh: Option<String>,
}

impl DemoJob {
    /// The title in `lang` (English when there is no translation), split at its first ": " into
    /// the job's name and what it shows; a title without one is all name.
    pub fn name_and_what(&self, lang: Lang) -> (String, String) {
        let title = match lang {
            Lang::Zh => self.title_zh.as_ref().unwrap_or(&self.title),
            Lang::En => &self.title,
        };
        match title.split_once(": ") {
            Some((name, what)) => (name.to_string(), what.to_string()),
            None => (title.clone(), String::new()),
        }
    }
}

fn demo_job(value: &Value) -> Option<DemoJob> {
    Some(DemoJob {
        project_id: text_at(value, "project_id")?,
        job_id: text_at(value, "job_id")?,
        title: text_at(value, "title")?,
        title_zh: text_at(value, "title_zh"),
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
            demos[0].name_and_what(Lang::En),
            ("npu-job".to_string(), "Ascend: eight cards".to_string())
        );
        assert_eq!(
            demos[1].name_and_what(Lang::Zh),
            ("plain".to_string(), String::new()),
            "no translation: the English title"
        );
        let translated = read_demo_index(
            r#"[{"project_id": "p", "job_id": "j", "title": "a: Failed", "title_zh": "a: 运行失败"}]"#,
        );
        assert_eq!(translated[0].name_and_what(Lang::Zh).1, "运行失败");
        assert_eq!(translated[0].name_and_what(Lang::En).1, "Failed");
        assert!(read_demo_index("not json").is_empty());
    }
}
