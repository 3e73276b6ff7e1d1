//! What the status section writes beside its drawing: recoveries and attempts in words, and the
//! legend of what the drawing holds.

use crate::i18n::Strings;
use crate::insight::display::join_present;
use crate::insight::hardware::format_number;
use crate::insight::timeline::{Attempt, SegmentKind, Timeline};
use crate::model::RecoverRecord;

/// Whether `text` has `word` as a whole word: `worker-1` is in "worker-1 failed", not in
/// "worker-10 failed".
pub fn names_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .any(|part| part == word)
}

/// One recovery as a line: scenario, action, result, reason, and the task it acted on.
pub fn recovery_words(recovery: &RecoverRecord) -> String {
    join_present(
        [
            recovery.fault_scenario(),
            recovery.recover(),
            recovery.recover_result(),
            recovery.reason(),
            // The task, unless the reason already names it ("worker-2 exited with 137").
            recovery.related_task().filter(|task| {
                !recovery
                    .reason()
                    .is_some_and(|reason| names_word(reason, task))
            }),
        ],
        " · ",
    )
}

/// The words of one row of the attempts table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttemptWords {
    pub start_type: String,
    /// The end reason, followed by the task it names in brackets.
    pub ended_because: String,
    /// The recovery the attempt ended with (and what it was downgraded from), then each recovery
    /// made during it.
    pub recoveries: Vec<String>,
}

/// What the attempts table says about one attempt.
pub fn attempt_words(attempt: &Attempt) -> AttemptWords {
    let record = &attempt.record;
    let text = |field: Option<&String>| field.cloned().unwrap_or_default();
    let ended_because = match (text(record.end_reason()), text(record.end_related_task())) {
        (reason, task) if task.is_empty() => reason,
        (reason, task) => format!("{reason} ({task})"),
    };
    let mut recoveries: Vec<String> = Vec::new();
    match (record.end_recover(), record.end_recover_before_downgrade()) {
        (Some(now), Some(before)) if now != before => {
            recoveries.push(format!("{now} (← {before})"))
        }
        (Some(now), _) => recoveries.push(now.clone()),
        (None, _) => {}
    }
    recoveries.extend(
        attempt
            .recoveries
            .iter()
            .map(|recovery| recovery_words(&recovery.record)),
    );
    AttemptWords {
        start_type: text(record.start_type()),
        ended_because,
        recoveries,
    }
}

/// One legend entry: the swatch's modifier class and its label.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LegendEntry {
    pub swatch: &'static str,
    pub label: String,
}

/// The legend of the drawing: one entry per kind of mark it actually holds, in drawing order.
/// Whether the node-count line is drawn depends on the drawing's scale, so the caller says.
pub fn legend(timeline: &Timeline, draws_node_line: bool, s: &Strings) -> Vec<LegendEntry> {
    let has_segment = |kind: SegmentKind| timeline.segments.iter().any(|s| s.kind == kind);
    let attempts = &timeline.attempts;
    // Pushed one by one: an iterator chain over optional entries costs more wasm.
    let mut entries = Vec::new();
    let mut add = |shown: bool, swatch: &'static str, label: &str| {
        if shown {
            entries.push(LegendEntry {
                swatch,
                label: label.to_string(),
            });
        }
    };
    add(
        has_segment(SegmentKind::Waiting),
        "legend--waiting",
        s.segment_waiting,
    );
    add(
        has_segment(SegmentKind::Running),
        "legend--running",
        s.segment_running,
    );
    add(
        has_segment(SegmentKind::Ongoing),
        "legend--ongoing",
        s.segment_ongoing,
    );
    add(
        has_segment(SegmentKind::Restarting),
        "legend--restarting",
        s.segment_restarting,
    );
    add(
        attempts.iter().any(|attempt| !attempt.failed()),
        "legend--attempt",
        s.attempt,
    );
    add(
        attempts.iter().any(Attempt::failed),
        "legend--failed",
        s.failed_attempt,
    );
    add(
        attempts
            .iter()
            .any(|attempt| !attempt.recoveries.is_empty()),
        "legend--recovery",
        s.recovery,
    );
    let nodes = format!("{} 0–{}", s.node_count, format_number(timeline.max_nodes()));
    add(draws_node_line, "legend--nodes", &nodes);
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::insight::timeline::{RecoveryMark, Segment};
    use crate::model::RunningRecord;
    use serde_json::{json, Value};

    fn object(value: Value) -> serde_json::Map<String, Value> {
        match value {
            Value::Object(object) => object,
            _ => unreachable!("a record is an object"),
        }
    }

    fn words(record: Value) -> String {
        recovery_words(&RecoverRecord(object(record)))
    }

    fn attempt(record: Value, recoveries: Vec<Value>) -> Attempt {
        Attempt {
            start_ms: Some(0),
            end_ms: Some(10),
            accelerators_up_ms: None,
            clamped: false,
            record: RunningRecord(object(record)),
            recoveries: recoveries
                .into_iter()
                .map(|record| RecoveryMark {
                    start_ms: Some(5),
                    end_ms: None,
                    record: RecoverRecord(object(record)),
                })
                .collect(),
        }
    }

    #[test]
    fn a_word_is_found_whole_only() {
        assert!(names_word("worker-1 exited with 137", "worker-1"));
        assert!(names_word("task (worker_1) failed", "worker_1"));
        assert!(!names_word("worker-10 exited", "worker-1"));
        assert!(!names_word("", "worker-1"));
    }

    #[test]
    fn a_recovery_names_its_task_once() {
        let base = json!({"fault_scenario": "chip_fault", "recover": "npu_step_retry", "recover_result": "success"});
        let mut record = base.clone();
        record["reason"] = json!("HBM ECC error");
        record["related_task"] = json!("worker-1");
        assert_eq!(
            words(record),
            "chip_fault · npu_step_retry · success · HBM ECC error · worker-1"
        );
        let mut named = base.clone();
        named["reason"] = json!("worker-1 exited with 137");
        named["related_task"] = json!("worker-1");
        assert_eq!(
            words(named),
            "chip_fault · npu_step_retry · success · worker-1 exited with 137"
        );
        let mut other = base;
        other["reason"] = json!("worker-10 exited with 137");
        other["related_task"] = json!("worker-1");
        assert!(words(other).ends_with("worker-10 exited with 137 · worker-1"));
    }

    #[test]
    fn an_attempt_reads_as_its_start_end_and_recoveries() {
        let failed = attempt(
            json!({
                "start_type": "restart", "end_reason": "exit 137", "end_related_task": "worker-0",
                "end_recover": "pod_restart", "end_recover_before_downgrade": "npu_step_retry"
            }),
            vec![json!({"recover": "npu_step_retry", "recover_result": "fail"})],
        );
        assert_eq!(
            attempt_words(&failed),
            AttemptWords {
                start_type: "restart".to_string(),
                ended_because: "exit 137 (worker-0)".to_string(),
                recoveries: vec![
                    "pod_restart (← npu_step_retry)".to_string(),
                    "npu_step_retry · fail".to_string()
                ],
            }
        );
        let plain = attempt(
            json!({"end_reason": "completed", "end_recover": "none", "end_recover_before_downgrade": "none"}),
            vec![],
        );
        assert_eq!(
            attempt_words(&plain),
            AttemptWords {
                start_type: String::new(),
                ended_because: "completed".to_string(),
                recoveries: vec!["none".to_string()],
            }
        );
        assert_eq!(
            attempt_words(&attempt(json!({}), vec![])),
            AttemptWords::default()
        );
    }

    #[test]
    fn the_legend_lists_only_what_is_drawn() {
        let timeline = Timeline {
            axis_start_ms: 0,
            axis_end_ms: 100,
            segments: vec![
                Segment {
                    kind: SegmentKind::Running,
                    start_ms: 0,
                    end_ms: 50,
                },
                Segment {
                    kind: SegmentKind::Restarting,
                    start_ms: 50,
                    end_ms: 100,
                },
            ],
            attempts: vec![attempt(json!({"end_reason": "exit 1"}), vec![json!({})])],
            node_counts: vec![(0, 4.0)],
            detached_records_ms: None,
            end_ms: None,
            finished: true,
        };
        let swatches = |entries: Vec<LegendEntry>| -> Vec<&'static str> {
            entries.into_iter().map(|entry| entry.swatch).collect()
        };
        assert_eq!(
            swatches(legend(&timeline, false, &EN)),
            [
                "legend--running",
                "legend--restarting",
                "legend--failed",
                "legend--recovery"
            ]
        );
        let with_nodes = legend(&timeline, true, &EN);
        assert_eq!(
            with_nodes.last(),
            Some(&LegendEntry {
                swatch: "legend--nodes",
                label: format!("{} 0–4", EN.node_count),
            })
        );
    }
}
