//! A job's stages (`GET …/training-jobs/{id}/stages`, SDK only, reference §5): each attempt's
//! scheduling, preparing, running and end, read leniently, the latest attempt first.

use crate::i18n::Lang;
use crate::insight::events::parse_iso_ms;
use crate::insight::secrets::mask_in_text;
use crate::model::{parse_json, value_text, BodyError, Object};
use serde_json::Value;

/// The four documented stages; any other name is shown as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageKind {
    Scheduling,
    Preparing,
    Running,
    End,
}

impl StageKind {
    pub const ALL: [StageKind; 4] = [
        StageKind::Scheduling,
        StageKind::Preparing,
        StageKind::Running,
        StageKind::End,
    ];

    fn of(name: &str) -> Option<StageKind> {
        match name.trim().to_ascii_lowercase().as_str() {
            "scheduling" => Some(StageKind::Scheduling),
            "preparing" => Some(StageKind::Preparing),
            "running" => Some(StageKind::Running),
            "end" => Some(StageKind::End),
            _ => None,
        }
    }
}

/// A time as sent and, when it reads as one, as an instant.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StageTime {
    pub ms: Option<i64>,
    pub text: String,
}

/// A stage or a step within it: its name, what it says in each language, and when.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StageStep {
    pub name: String,
    pub kind: Option<StageKind>,
    en_message: String,
    zh_message: String,
    pub start: StageTime,
    /// A step has only its `create_time`, kept as its start.
    pub end: StageTime,
    pub steps: Vec<StageStep>,
}

impl StageStep {
    /// The message in `lang`, else in the other language, with secrets masked when read.
    pub fn message(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Zh => (&self.zh_message, &self.en_message),
            Lang::En => (&self.en_message, &self.zh_message),
        };
        if wanted.trim().is_empty() {
            other
        } else {
            wanted
        }
    }

    /// How long the stage took, when both ends read and are in order.
    pub fn duration_ms(&self) -> Option<i64> {
        let (start, end) = (self.start.ms?, self.end.ms?);
        (end >= start).then_some(end - start)
    }
}

/// One attempt (a running record) and its stages in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attempt {
    pub order: Option<i64>,
    pub stages: Vec<StageStep>,
}

/// Unix milliseconds from a time sent as milliseconds, seconds (ten digits or fewer) or ISO 8601
/// with an offset; the reference says only that they are strings. Zero, as elsewhere in the API,
/// means not yet.
pub fn stage_time_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit()) {
        let number: i64 = text.parse().ok().filter(|&number| number > 0)?;
        return if text.len() <= 10 {
            number.checked_mul(1000)
        } else {
            Some(number)
        };
    }
    parse_iso_ms(text)
}

/// A field as text: absent and `null` are empty, not the word `null`.
fn text_at(object: &Object, key: &str) -> String {
    match object.get(key) {
        None | Some(Value::Null) => String::new(),
        Some(value) => value_text(value),
    }
}

/// A time field; one that says "not yet" (empty, `null`, zero) is empty.
fn time_at(object: &Object, key: &str) -> StageTime {
    let text = text_at(object, key);
    let ms = stage_time_ms(&text);
    let unset = ms.is_none() && text.trim().bytes().all(|byte| byte == b'0');
    StageTime {
        ms,
        text: if unset { String::new() } else { text },
    }
}

/// An order field, sent as a number or as text.
fn order_at(object: &Object, key: &str) -> Option<i64> {
    text_at(object, key).trim().parse().ok()
}

fn step(object: &Object, start_key: &str) -> StageStep {
    let text = |key: &str| text_at(object, key);
    let name = text("name");
    StageStep {
        kind: StageKind::of(&name),
        name,
        en_message: mask_in_text(&text("en_message")).into_owned(),
        zh_message: mask_in_text(&text("zh_message")).into_owned(),
        start: time_at(object, start_key),
        end: time_at(object, "end_time"),
        steps: objects(object.get("sub_stages"))
            .map(|sub| step(sub, "create_time"))
            .collect(),
    }
}

fn objects(value: Option<&Value>) -> impl Iterator<Item = &Object> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// The attempts of an answer, the latest (highest `record_order`) first, each stage in its
/// `stage_order`; entries that are not objects are skipped, missing fields are empty.
pub fn parse_stages(body: &str) -> Result<Vec<Attempt>, BodyError> {
    let value = parse_json(body)?;
    if !value.is_object() {
        return Err(BodyError::NotAnObject {
            found: crate::model::lenient::json_type_name(&value),
        });
    }
    let mut attempts: Vec<Attempt> = objects(value.get("running_records"))
        .map(|record| {
            let mut stages: Vec<(Option<i64>, StageStep)> = objects(record.get("stages"))
                .map(|stage| (order_at(stage, "stage_order"), step(stage, "start_time")))
                .collect();
            stages.sort_by_key(|(order, _)| order.unwrap_or(i64::MAX));
            Attempt {
                order: order_at(record, "record_order"),
                stages: stages.into_iter().map(|(_, stage)| stage).collect(),
            }
        })
        .filter(|attempt| !attempt.stages.is_empty())
        .collect();
    attempts.sort_by_key(|attempt| std::cmp::Reverse(attempt.order.unwrap_or(i64::MIN)));
    Ok(attempts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANSWER: &str = r#"{"total_count": 2, "running_records": [
        {"record_order": 1, "stages": [
            {"name": "running", "stage_order": 3, "start_time": "1700000100000", "end_time": "1700000400000",
             "en_message": "Running", "zh_message": "运行中"},
            {"name": "scheduling", "stage_order": 1, "start_time": "1700000000", "end_time": "1700000050",
             "en_message": "", "zh_message": "调度成功",
             "sub_stages": [{"name": "queued", "en_message": "Queued with token=abc123", "create_time": "2023-11-14T22:13:20Z"}, 7]}
        ]},
        {"record_order": "2", "stages": [{"name": "Pulling", "start_time": "soon", "end_time": null, "en_message": null}]},
        {"record_order": 0, "stages": [{"name": "end", "start_time": "0", "end_time": 0}]},
        {"record_order": 3, "stages": []},
        "not a record"
    ]}"#;

    #[test]
    fn attempts_come_latest_first_and_stages_in_their_order() {
        let attempts = parse_stages(ANSWER).unwrap();
        assert_eq!(
            attempts
                .iter()
                .map(|attempt| attempt.order)
                .collect::<Vec<_>>(),
            [Some(2), Some(1), Some(0)]
        );
        let first = &attempts[1].stages;
        assert_eq!(first[0].kind, Some(StageKind::Scheduling));
        assert_eq!(first[1].kind, Some(StageKind::Running));
        // An unknown name is kept as sent.
        assert_eq!(attempts[0].stages[0].kind, None);
        assert_eq!(attempts[0].stages[0].name, "Pulling");
    }

    #[test]
    fn times_read_as_milliseconds_seconds_or_iso_and_stay_as_sent_otherwise() {
        let attempts = parse_stages(ANSWER).unwrap();
        let scheduling = &attempts[1].stages[0];
        assert_eq!(scheduling.start.ms, Some(1_700_000_000_000));
        assert_eq!(scheduling.duration_ms(), Some(50_000));
        assert_eq!(attempts[1].stages[1].duration_ms(), Some(300_000));
        assert_eq!(scheduling.steps.len(), 1);
        assert_eq!(scheduling.steps[0].start.ms, Some(1_700_000_000_000));
        let pulling = &attempts[0].stages[0];
        assert_eq!(
            (pulling.start.ms, pulling.start.text.as_str()),
            (None, "soon")
        );
        assert_eq!(pulling.duration_ms(), None);
        // Not yet: null and zero leave a time empty, never the word null or 1970.
        assert_eq!(pulling.end, StageTime::default());
        assert_eq!(pulling.message(Lang::En), "");
        let end = &attempts[2].stages[0];
        assert_eq!(
            (&end.start, &end.end),
            (&StageTime::default(), &StageTime::default())
        );
    }

    #[test]
    fn a_message_is_in_the_language_asked_else_the_other_and_masked() {
        let attempts = parse_stages(ANSWER).unwrap();
        let scheduling = &attempts[1].stages[0];
        assert_eq!(scheduling.message(Lang::Zh), "调度成功");
        assert_eq!(scheduling.message(Lang::En), "调度成功");
        assert_eq!(attempts[1].stages[1].message(Lang::En), "Running");
        let queued = scheduling.steps[0].message(Lang::En);
        assert!(!queued.contains("abc123"), "{queued}");
    }

    #[test]
    fn an_answer_that_is_not_an_object_is_an_error_and_an_empty_one_has_no_attempts() {
        assert!(parse_stages("[]").is_err());
        assert_eq!(parse_stages("{}").unwrap(), Vec::new());
    }
}
