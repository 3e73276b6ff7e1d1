//! Numbers, times and links for people: durations, relative times, safe hrefs.

use crate::i18n::{Lang, Strings};
use crate::model::DecodeWarning;
use std::fmt;

/// A number rounded to one decimal (`12.3`, `-0.5`, `7.0`), for SVG coordinates and figures. It is
/// written with integer arithmetic because Rust's float formatter (`{:.1}`) adds about 10 KB to the
/// wasm; values too large for that fall back to serde_json's number writer, which is linked anyway.
/// Halves round away from zero (`0.15` is `0.2`), as people round, where `{:.1}` rounds the exact
/// binary value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tenths(pub f64);

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_infinite() {
            return f.write_str(if self.0 > 0.0 { "inf" } else { "-inf" });
        }
        let tenths = (self.0 * 10.0).round();
        if tenths.is_nan() || tenths.abs() >= 1e18 {
            return match serde_json::Number::from_f64(self.0) {
                Some(number) => write!(f, "{number}"),
                None => f.write_str("NaN"),
            };
        }
        let tenths = tenths as i64;
        let sign = if tenths < 0 { "-" } else { "" };
        let magnitude = tenths.unsigned_abs();
        write!(f, "{sign}{}.{}", magnitude / 10, magnitude % 10)
    }
}

/// A duration in milliseconds as people read it, in the UI's language: `45 s`, `4 min 28 s`,
/// `2 h 03 min`, `3 d 04 h` (`2 小时 03 分`). Only the two largest units are shown. Negative
/// durations (inconsistent timestamps in the source) are clamped to zero.
pub fn format_duration_in(milliseconds: i64, lang: Lang) -> String {
    format_duration(milliseconds, lang.strings())
}

/// [`format_duration_in`] with the language's table already at hand, for insight that is handed
/// the table rather than the language.
pub fn format_duration(milliseconds: i64, s: &Strings) -> String {
    let seconds = milliseconds.max(0) / 1000;
    let (days, hours, minutes, secs) = (
        seconds / 86_400,
        seconds / 3600 % 24,
        seconds / 60 % 60,
        seconds % 60,
    );
    let (day, hour, minute, second) = (s.unit_day, s.unit_hour, s.unit_minute, s.unit_second);
    if days > 0 {
        format!("{days} {day} {hours:02} {hour}")
    } else if hours > 0 {
        format!("{hours} {hour} {minutes:02} {minute}")
    } else if minutes > 0 {
        format!("{minutes} {minute} {secs:02} {second}")
    } else {
        format!("{secs} {second}")
    }
}

/// Milliseconds in a day.
pub const DAY_MS: i64 = 24 * 3600 * 1000;

/// The proleptic Gregorian year, month and day of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted_days = days + 719_468;
    let era = shifted_days.div_euclid(146_097);
    let of_era = shifted_days.rem_euclid(146_097);
    let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
    let of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * of_year + 2) / 153;
    let day = of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// An instant as `Date.prototype.toISOString` writes it (`2026-04-14T06:21:37.000Z`, years past
/// 9999 as `+010000`), for a `<time datetime>`. Written here rather than asked of a JavaScript
/// `Date`, which cost three calls across the wasm boundary for each time on the page. Empty outside
/// the range a `Date` holds, where `toISOString` throws.
pub fn iso_utc(ms: i64) -> String {
    const DATE_LIMIT_MS: i64 = 8_640_000_000_000_000;
    if !(-DATE_LIMIT_MS..=DATE_LIMIT_MS).contains(&ms) {
        return String::new();
    }
    let (year, month, day) = civil_from_days(ms.div_euclid(DAY_MS));
    let of_day = ms.rem_euclid(DAY_MS);
    let year = if (0..=9999).contains(&year) {
        format!("{year:04}")
    } else {
        let sign = if year < 0 { '-' } else { '+' };
        format!("{sign}{:06}", year.abs())
    };
    format!(
        "{year}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        of_day / 3_600_000,
        of_day / 60_000 % 60,
        of_day / 1000 % 60,
        of_day % 1000
    )
}

/// A date and time as the language writes it (`Apr 14, 2026, 07:58:21`, `2026年4月14日 07:58:21`),
/// then its zone (`zone_label`): `ms` is the instant, `minutes_east` the zone's offset at that
/// instant. Written here rather than by `Intl.DateTimeFormat`: the same text in every browser, no
/// locale data to load before the first time is shown, and no call out of wasm for each of the
/// fifty times of a list (issue 13). An instant JavaScript's `Date` cannot hold has no date.
pub fn format_absolute_in(ms: i64, minutes_east: i32, lang: Lang) -> String {
    const DATE_LIMIT_MS: i64 = 8_640_000_000_000_000;
    let zone = zone_label(minutes_east);
    if !(-DATE_LIMIT_MS..=DATE_LIMIT_MS).contains(&ms) {
        return zone;
    }
    let wall = ms + i64::from(minutes_east) * 60_000;
    let (year, month, day) = civil_from_days(wall.div_euclid(DAY_MS));
    let of_day = wall.rem_euclid(DAY_MS);
    let time = format!(
        "{:02}:{:02}:{:02}",
        of_day / 3_600_000,
        of_day / 60_000 % 60,
        of_day / 1000 % 60
    );
    let date_time = (lang.strings().date_time)(year, month, day, &time);
    format!("{date_time} {zone}")
}

/// The zone written after a date and time, from its offset east of UTC in minutes: `UTC`,
/// `UTC+8`, `UTC-3:30`. Written by the app rather than by `Intl`, whose Chinese format puts the
/// zone between the date and the time (`2026/04/14 GMT+8 14:21:37`), where it reads as part of the
/// date.
pub fn zone_label(minutes_east: i32) -> String {
    if minutes_east == 0 {
        return "UTC".to_string();
    }
    let sign = if minutes_east > 0 { '+' } else { '-' };
    let (hours, minutes) = (minutes_east.abs() / 60, minutes_east.abs() % 60);
    match minutes {
        0 => format!("UTC{sign}{hours}"),
        _ => format!("UTC{sign}{hours}:{minutes:02}"),
    }
}

/// A time relative to now: `3 h 05 min ago`, `in 20 s`, `just now` (Chinese: `3 小时 05 分前`).
pub fn format_relative(delta_ms: i64, lang: Lang) -> String {
    let s = lang.strings();
    if delta_ms.saturating_abs() < 1000 {
        return s.just_now.to_string();
    }
    let amount = format_duration_in(delta_ms.saturating_abs(), lang);
    if delta_ms < 0 {
        (s.time_ago)(&amount)
    } else {
        (s.time_from_now)(&amount)
    }
}

/// How long ago something happened, to the minute: `just now` under a minute, then `4 min ago`,
/// `1 h 05 min ago`. A label that changes once a minute needs a timer only once a minute, so a
/// page left open does no work between.
pub fn format_age(age_ms: i64, lang: Lang) -> String {
    let s = lang.strings();
    let minutes = age_ms.max(0) / 60_000;
    if minutes == 0 {
        return s.just_now.to_string();
    }
    let amount = if minutes < 60 {
        format!("{minutes} {}", s.unit_minute)
    } else {
        format_duration_in(minutes * 60_000, lang)
    };
    (s.time_ago)(&amount)
}

/// The URL if it may become a link: only `https:` and `http:`. Everything else from the API
/// (`javascript:`, `data:`, `obs://`, `ssh://`, relative paths) stays text.
pub fn safe_href(url: &str) -> Option<&str> {
    let trimmed = url.trim();
    let lower = trimmed.get(..8).unwrap_or(trimmed).to_ascii_lowercase();
    let allowed = lower.starts_with("https://") || lower.starts_with("http://");
    let has_control = trimmed.chars().any(char::is_control);
    (allowed && !has_control).then_some(trimmed)
}

/// Joins the parts that are present and not empty, so a missing field leaves no stray separator.
pub fn join_present<S: AsRef<str>>(
    parts: impl IntoIterator<Item = Option<S>>,
    separator: &str,
) -> String {
    let mut joined = String::new();
    for part in parts.into_iter().flatten() {
        let part = part.as_ref();
        if part.trim().is_empty() {
            continue;
        }
        if !joined.is_empty() {
            joined.push_str(separator);
        }
        joined.push_str(part);
    }
    joined
}

/// Bytes of text that fill about three lines of a phone's table card: as many Latin letters, or a
/// third as many Chinese characters (three bytes each in UTF-8, and twice as wide on screen).
const LONG_TEXT_BYTES: usize = 160;

/// Whether `text` is long enough to be shown clamped to three lines behind a "Show more" button.
/// Shorter text is shown whole, with no button. Line breaks do not count: a table cell folds them.
pub fn is_long_text(text: &str) -> bool {
    text.len() > LONG_TEXT_BYTES
}

/// A type warning in the UI's language: `$.x: expected a string, found a number`
/// (`$.x：应为字符串，实际为数字`).
pub fn warning_text(warning: &DecodeWarning, lang: Lang) -> String {
    (lang.strings().type_warning)(&warning.path, warning.expected, warning.found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_are_written_as_javascript_writes_them() {
        // Each expected string is what `new Date(ms).toISOString()` returns.
        let cases = [
            (0, "1970-01-01T00:00:00.000Z"),
            (-1, "1969-12-31T23:59:59.999Z"),
            (1_713_075_697_123, "2024-04-14T06:21:37.123Z"),
            (951_782_400_000, "2000-02-29T00:00:00.000Z"),
            (253_402_300_800_000, "+010000-01-01T00:00:00.000Z"),
            (-62_167_219_200_001, "-000001-12-31T23:59:59.999Z"),
            (8_640_000_000_000_000, "+275760-09-13T00:00:00.000Z"),
            (-8_640_000_000_000_000, "-271821-04-20T00:00:00.000Z"),
        ];
        for (ms, iso) in cases {
            assert_eq!(iso_utc(ms), iso, "{ms}");
        }
        // Beyond what a Date holds, and the extremes of an API integer: nothing, no overflow.
        assert_eq!(iso_utc(8_640_000_000_000_001), "");
        assert_eq!(iso_utc(i64::MIN), "");
        assert_eq!(iso_utc(i64::MAX), "");
    }

    #[test]
    fn zones_are_named_by_their_offset_from_utc() {
        assert_eq!(zone_label(0), "UTC");
        assert_eq!(zone_label(480), "UTC+8");
        assert_eq!(zone_label(-210), "UTC-3:30");
        assert_eq!(zone_label(345), "UTC+5:45");
    }

    #[test]
    fn absolute_times_read_as_chromium_intl_wrote_them_in_each_language() {
        // 2026-04-14T07:58:21Z, the figures Intl.DateTimeFormat gave for en and zh-CN.
        let ms = 1_776_153_501_000;
        assert_eq!(
            format_absolute_in(ms, 0, Lang::En),
            "Apr 14, 2026, 07:58:21 UTC"
        );
        assert_eq!(
            format_absolute_in(ms, 0, Lang::Zh),
            "2026年4月14日 07:58:21 UTC"
        );
        assert_eq!(
            format_absolute_in(0, 0, Lang::En),
            "Jan 1, 1970, 00:00:00 UTC"
        );
    }

    #[test]
    fn local_times_move_the_wall_clock_across_days_and_years() {
        // 23:59:59 UTC on New Year's Eve is already 2026 east of Greenwich, still 2025 west of it.
        let ms = 1_767_225_599_000;
        assert_eq!(
            format_absolute_in(ms, 480, Lang::En),
            "Jan 1, 2026, 07:59:59 UTC+8"
        );
        assert_eq!(
            format_absolute_in(ms, -210, Lang::Zh),
            "2025年12月31日 20:29:59 UTC-3:30"
        );
        // Before 1970 the day and the time of day still count forwards.
        assert_eq!(
            format_absolute_in(-1, 0, Lang::En),
            "Dec 31, 1969, 23:59:59 UTC"
        );
    }

    #[test]
    fn an_instant_no_date_can_hold_has_only_its_zone() {
        assert_eq!(format_absolute_in(i64::MAX, 0, Lang::En), "UTC");
        assert_eq!(format_absolute_in(i64::MIN, 60, Lang::En), "UTC+1");
    }

    #[test]
    fn long_text_is_counted_in_bytes() {
        assert!(!is_long_text(""));
        assert!(!is_long_text(&"a".repeat(LONG_TEXT_BYTES)));
        assert!(is_long_text(&"a".repeat(LONG_TEXT_BYTES + 1)));
        // A Chinese character is three bytes: a third as many make long text.
        assert!(!is_long_text(&"参".repeat(LONG_TEXT_BYTES / 3)));
        assert!(is_long_text(&"参".repeat(LONG_TEXT_BYTES / 3 + 1)));
    }

    #[test]
    fn ages_count_whole_minutes() {
        assert_eq!(format_age(59_999, Lang::En), "just now");
        assert_eq!(format_age(-5_000, Lang::En), "just now");
        assert_eq!(format_age(4 * 60_000 + 59_000, Lang::En), "4 min ago");
        assert_eq!(format_age(65 * 60_000 + 30_000, Lang::En), "1 h 05 min ago");
        assert_ne!(
            format_age(4 * 60_000, Lang::Zh),
            format_age(4 * 60_000, Lang::En)
        );
    }

    #[test]
    fn type_warnings_read_in_both_languages() {
        let warning = DecodeWarning {
            path: "$.metadata.workspace_id".into(),
            expected: "a string",
            found: "a number",
            sent: "0".into(),
        };
        assert_eq!(
            warning_text(&warning, Lang::En),
            "$.metadata.workspace_id: expected a string, found a number"
        );
        assert_eq!(
            warning_text(&warning, Lang::Zh),
            "$.metadata.workspace_id：应为字符串，实际为数字"
        );
    }

    #[test]
    fn tenths_round_to_one_decimal_without_the_float_formatter() {
        let cases = [
            (0.0, "0.0"),
            (12.34, "12.3"),
            (12.35001, "12.4"),
            (0.15, "0.2"),
            (-0.5, "-0.5"),
            (-0.04, "0.0"),
            (999.96, "1000.0"),
            (1e16, "10000000000000000.0"),
            (1e300, "1e+300"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
        ];
        for (value, expected) in cases {
            assert_eq!(Tenths(value).to_string(), expected, "{value}");
        }
    }

    #[test]
    fn relative_times_read_both_ways_in_both_languages() {
        assert_eq!(format_relative(-7_380_000, Lang::En), "2 h 03 min ago");
        assert_eq!(format_relative(20_000, Lang::En), "in 20 s");
        assert_eq!(format_relative(-45_000, Lang::Zh), "45 秒前");
        assert_eq!(format_relative(-300, Lang::En), "just now");
        assert_eq!(format_relative(0, Lang::Zh), "刚刚");
        assert_eq!(format_duration_in(7_380_000, Lang::Zh), "2 小时 03 分");
    }

    #[test]
    fn only_present_parts_are_joined() {
        assert_eq!(
            join_present([Some("a"), None, Some(""), Some("b")], " · "),
            "a · b"
        );
        assert_eq!(join_present::<&str>([None, None], ", "), "");
    }

    #[test]
    fn only_http_and_https_become_links() {
        assert_eq!(
            safe_href("https://tb.example.com/"),
            Some("https://tb.example.com/")
        );
        assert_eq!(safe_href(" HTTP://x/ "), Some("HTTP://x/"));
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,x",
            "obs://bucket/x",
            "ssh://h",
            "/bucket/x",
            "https://a\u{0}b",
        ] {
            assert_eq!(safe_href(url), None, "{url}");
        }
    }

    #[test]
    fn durations_read_like_a_person_writes_them() {
        assert_eq!(format_duration_in(0, Lang::En), "0 s");
        assert_eq!(format_duration_in(45_999, Lang::En), "45 s");
        assert_eq!(format_duration_in(268_000, Lang::En), "4 min 28 s");
        assert_eq!(format_duration_in(7_380_000, Lang::En), "2 h 03 min");
        assert_eq!(format_duration_in(273_600_000, Lang::En), "3 d 04 h");
        assert_eq!(format_duration_in(-5_000, Lang::En), "0 s");
    }
}
