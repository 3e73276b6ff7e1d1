//! Checks a report against the document it describes, for the model and property tests.

use modelarts_job_viewer::i18n::{Lang, EN};
use modelarts_job_viewer::insight::coverage::left_out;
use modelarts_job_viewer::model::lenient::json_type_name;
use modelarts_job_viewer::model::ParsedJob;
use serde_json::Value;

/// The values a rendered path such as `$.spec.resource` or `$.status.tasks[3]` can name in
/// `value`. Keys may themselves contain `.` or `[`, so every key that fits is followed.
fn resolve<'a>(value: &'a Value, rest: &str, found: &mut Vec<&'a Value>) {
    if rest.is_empty() {
        found.push(value);
    } else if let Some(after) = rest.strip_prefix('.') {
        if let Value::Object(object) = value {
            for (key, member) in object {
                if let Some(tail) = after.strip_prefix(key.as_str()) {
                    resolve(member, tail, found);
                }
            }
        }
    } else if let Some(after) = rest.strip_prefix('[') {
        if let (Value::Array(items), Some((index, tail))) = (value, after.split_once(']')) {
            if let Some(item) = index
                .parse::<usize>()
                .ok()
                .and_then(|index| items.get(index))
            {
                resolve(item, tail, found);
            }
        }
    }
}

fn values_at<'a>(document: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut found = Vec::new();
    if let Some(rest) = path.strip_prefix('$') {
        resolve(document, rest, &mut found);
    }
    found
}

/// Every warning names a value of the type it says was found, and every path the raw section lists
/// as left out exists.
pub fn assert_report_matches(document: &Value, parsed: &ParsedJob) {
    let report = &parsed.report;
    for warning in &report.warnings {
        assert!(
            values_at(document, &warning.path)
                .iter()
                .any(|value| json_type_name(value) == warning.found),
            "{warning} does not match the document"
        );
        assert_ne!(warning.expected, warning.found, "{warning}");
        let shown = warning.sent.trim_end_matches('…');
        assert!(
            values_at(document, &warning.path)
                .iter()
                .any(|value| value.to_string().starts_with(shown)),
            "{warning}: {} is not the value as sent",
            warning.sent
        );
    }
    for unread in left_out(&parsed.job, &EN, Lang::En) {
        assert!(
            !values_at(document, &unread.path).is_empty(),
            "left-out field {} is not in the document",
            unread.path
        );
    }
}
