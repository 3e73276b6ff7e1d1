//! Numbers for people: durations and sizes.

/// A duration in milliseconds as people read it: `45 s`, `4 min 28 s`, `2 h 03 min`, `3 d 04 h`.
/// Negative durations (inconsistent timestamps in the source) are clamped to zero.
pub fn format_duration_ms(milliseconds: i64) -> String {
    let seconds = milliseconds.max(0) / 1000;
    let (days, hours, minutes, secs) = (
        seconds / 86_400,
        seconds / 3600 % 24,
        seconds / 60 % 60,
        seconds % 60,
    );
    if days > 0 {
        format!("{days} d {hours:02} h")
    } else if hours > 0 {
        format!("{hours} h {minutes:02} min")
    } else if minutes > 0 {
        format!("{minutes} min {secs:02} s")
    } else {
        format!("{secs} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_a_person_writes_them() {
        assert_eq!(format_duration_ms(0), "0 s");
        assert_eq!(format_duration_ms(45_999), "45 s");
        assert_eq!(format_duration_ms(268_000), "4 min 28 s");
        assert_eq!(format_duration_ms(7_380_000), "2 h 03 min");
        assert_eq!(format_duration_ms(273_600_000), "3 d 04 h");
        assert_eq!(format_duration_ms(-5_000), "0 s");
    }
}
