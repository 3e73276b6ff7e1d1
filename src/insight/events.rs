//! A job's events (`GET …/training-jobs/{id}/events`, reference §5): read leniently, their ISO
//! times made instants, filtered by level and text as the events section asks.

use crate::insight::display::DAY_MS;
use crate::insight::secrets::mask_in_text;
use crate::model::{parse_json, value_text, BodyError};
use serde_json::Value;

/// One event as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    /// `time` as an instant, when it reads as ISO 8601 with an offset.
    pub time_ms: Option<i64>,
    /// `time` as sent, shown when it does not read.
    pub time_text: String,
    /// `Info`, `Warning`, `Error` or whatever was sent.
    pub level: String,
    /// `K8S`, `Job`, `Task`, or absent (Huawei Cloud China sends none).
    pub source: Option<String>,
    /// With secrets masked, by the rule every view uses.
    pub message: String,
}

impl EventRow {
    /// How loud the level is, for its colour and the filter.
    pub fn severity(&self) -> Severity {
        Severity::of(&self.level)
    }
}

/// The levels the API documents, and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
    Other,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];

    pub fn of(level: &str) -> Severity {
        match level.to_ascii_lowercase().as_str() {
            "info" | "normal" => Severity::Info,
            "warning" | "warn" => Severity::Warning,
            "error" | "fatal" | "critical" => Severity::Error,
            _ => Severity::Other,
        }
    }

    /// The CSS class suffix and the filter's value in the link.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
            Severity::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|severity| severity.as_str() == value)
    }
}

/// The events of an answer, newest first as the API sends them by default. Entries that are not
/// objects are skipped; missing fields are empty.
pub fn parse_events(body: &str) -> Result<Vec<EventRow>, BodyError> {
    let value = parse_json(body)?;
    let Some(events) = value.get("events").and_then(Value::as_array) else {
        return match value {
            Value::Object(_) => Ok(Vec::new()),
            other => Err(BodyError::NotAnObject {
                found: crate::model::lenient::json_type_name(&other),
            }),
        };
    };
    Ok(events
        .iter()
        .filter_map(Value::as_object)
        .map(|event| {
            let text = |key: &str| event.get(key).map(value_text).unwrap_or_default();
            let time_text = text("time");
            EventRow {
                time_ms: parse_iso_ms(&time_text),
                time_text,
                level: text("level"),
                source: Some(text("source")).filter(|source| !source.is_empty()),
                message: mask_in_text(&text("message")).into_owned(),
            }
        })
        .collect())
}

/// The events a person asked for: of level `severity` (all when `None`), and containing `text` in
/// any case (all when empty).
pub fn filter_events<'a>(
    events: &'a [EventRow],
    severity: Option<Severity>,
    text: &str,
) -> Vec<&'a EventRow> {
    let needle = text.trim().to_lowercase();
    events
        .iter()
        .filter(|event| severity.is_none_or(|wanted| event.severity() == wanted))
        .filter(|event| needle.is_empty() || event.message.to_lowercase().contains(&needle))
        .collect()
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let of_era = year.rem_euclid(400);
    let shifted_month = (month + 9) % 12;
    let of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let of_era_days = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
    era * 146_097 + of_era_days - 719_468
}

/// `2022-11-26T16:03:41+08:00` (or `Z`, or with fractions of a second) as Unix milliseconds.
pub fn parse_iso_ms(text: &str) -> Option<i64> {
    let text = text.trim();
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|byte| byte.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let separators = [(4, b'-'), (7, b'-'), (10, b'T'), (13, b':'), (16, b':')];
    if text.len() < 20
        || separators
            .iter()
            .any(|&(at, byte)| !text.as_bytes()[at].eq_ignore_ascii_case(&byte))
    {
        return None;
    }
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut rest = &text[19..];
    let mut millis = 0;
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return None;
        }
        let first_three: String = fraction[..digits]
            .chars()
            .chain("000".chars())
            .take(3)
            .collect();
        millis = first_three.parse().ok()?;
        rest = &fraction[digits..];
    }
    let offset_minutes = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (hours, minutes) = rest[1..]
                .split_once(':')
                .unwrap_or((rest.get(1..3)?, rest.get(3..)?));
            let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
            if !(0..=23).contains(&hours) || !(0..=59).contains(&minutes) {
                return None;
            }
            sign * (hours * 60 + minutes)
        }
    };
    let seconds_of_day = hour * 3600 + minute * 60 + second;
    Some(
        days_from_civil(year, month, day) * DAY_MS + seconds_of_day * 1000 + millis
            - offset_minutes * 60_000,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_times_with_offsets_are_instants() {
        // Each expected value is `Date.parse` of the same text.
        assert_eq!(
            parse_iso_ms("2022-11-26T16:03:41+08:00"),
            Some(1_669_449_821_000)
        );
        assert_eq!(
            parse_iso_ms("2022-11-26T08:03:41Z"),
            Some(1_669_449_821_000)
        );
        assert_eq!(
            parse_iso_ms("2022-11-26T08:03:41.5Z"),
            Some(1_669_449_821_500)
        );
        assert_eq!(
            parse_iso_ms("2000-02-29T00:00:00-0330"),
            Some(951_795_000_000)
        );
        assert_eq!(parse_iso_ms("1969-12-31T23:59:59Z"), Some(-1000));
        for odd in [
            "",
            "2022-11-26",
            "2022-13-26T16:03:41Z",
            "yesterday at noon",
            "2022-11-26T16:03:41",
        ] {
            assert_eq!(parse_iso_ms(odd), None, "{odd}");
        }
    }

    #[test]
    fn the_shipped_events_answer_reads() {
        let text = std::fs::read_to_string("../shared/examples/otc/otc_events_200.json").unwrap();
        let events = parse_events(&text).unwrap();
        assert_eq!(events[0].level, "Error");
        assert_eq!(events[0].severity(), Severity::Error);
        assert_eq!(events[0].source.as_deref(), Some("Job"));
        assert_eq!(events[0].time_ms, Some(1_669_449_821_000));
        assert_eq!(filter_events(&events, Some(Severity::Error), "").len(), 1);
        assert_eq!(filter_events(&events, None, "EXIT CODE").len(), 1);
    }

    #[test]
    fn odd_answers_and_entries_do_not_fail_the_section() {
        let events = parse_events(r#"{"events": [1, {"level": "Warning", "time": 5, "message": "password=hunter2"}, {}]}"#).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].time_ms, None);
        assert_eq!(events[0].time_text, "5");
        assert_eq!(events[0].source, None);
        assert!(
            !events[0].message.contains("hunter2"),
            "{}",
            events[0].message
        );
        assert_eq!(parse_events("{}").unwrap(), []);
        assert!(parse_events("[]").is_err());
        assert!(parse_events("<html>").is_err());
    }
}
