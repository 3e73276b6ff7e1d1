//! What the status section writes beside its drawing: recoveries and attempts in words, and the
//! legend of what the drawing holds.

use crate::i18n::Strings;
use crate::insight::events::Severity;
use crate::insight::facts::Piece;
use crate::insight::hardware::format_number;
use crate::insight::timeline::{Attempt, EventBin, SegmentKind, Timeline};
use crate::insight::vocabulary::api_word;
use crate::model::RecoverRecord;

/// Whether `text` has `word` as a whole word: `worker-1` is in "worker-1 failed", not in
/// "worker-10 failed".
pub fn names_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .any(|part| part == word)
}

/// The parts of one recovery's sentence, each in our words or as sent; each language orders them
/// and punctuates them in its string table.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RecoveryParts {
    pub fault: Option<Piece>,
    /// The task the recovery acted on, unless the reason already names it.
    pub task: Option<Piece>,
    pub reason: Option<Piece>,
    pub action: Option<Piece>,
    pub result: Option<Piece>,
}

/// A field's text, unless it is missing or blank.
fn filled(field: Option<&String>) -> Option<&String> {
    field.filter(|text| !text.trim().is_empty())
}

/// One recovery as a sentence: the fault, where and why, what was done and how it turned out
/// ("Job failed (worker-2 exited with 137): pod rescheduling — failed").
pub fn recovery_words(recovery: &RecoverRecord, s: &Strings) -> Vec<Piece> {
    let reason = filled(recovery.reason());
    (s.recovery_line)(RecoveryParts {
        fault: filled(recovery.fault_scenario()).map(|v| api_word(v, s.fault_scenario_words)),
        // The task, unless the reason already names it ("worker-2 exited with 137").
        task: filled(recovery.related_task())
            .filter(|task| !reason.is_some_and(|reason| names_word(reason, task)))
            .map(|task| Piece::Api(task.clone())),
        reason: reason.map(|reason| Piece::Api(reason.clone())),
        action: filled(recovery.recover()).map(|v| api_word(v, s.recover_action_words)),
        result: filled(recovery.recover_result()).map(|v| api_word(v, s.recover_result_words)),
    })
}

/// The words of one row of the attempts table.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttemptWords {
    pub start_type: Option<Piece>,
    /// The end reason as sent, and the task it names.
    pub ended_because: Vec<Piece>,
    /// The recovery the attempt ended with (and what it was downgraded from), then each recovery
    /// made during it.
    pub recoveries: Vec<Vec<Piece>>,
}

/// What the attempts table says about one attempt.
pub fn attempt_words(attempt: &Attempt, s: &Strings) -> AttemptWords {
    let record = &attempt.record;
    let sent = |field: Option<&String>| filled(field).map(|text| Piece::Api(text.clone()));
    let ended_because = match (sent(record.end_reason()), sent(record.end_related_task())) {
        (Some(reason), Some(task)) => (s.ended_on_task)(reason, task),
        (reason, task) => reason.or(task).into_iter().collect(),
    };
    let action = |value: &String| api_word(value, s.recover_action_words);
    let mut recoveries: Vec<Vec<Piece>> = Vec::new();
    match (
        filled(record.end_recover()),
        filled(record.end_recover_before_downgrade()),
    ) {
        (Some(now), Some(before)) if now != before => {
            recoveries.push((s.downgraded_from)(action(now), action(before)))
        }
        (Some(now), _) => recoveries.push(vec![action(now)]),
        (None, _) => {}
    }
    recoveries.extend(
        attempt
            .recoveries
            .iter()
            .map(|recovery| recovery_words(&recovery.record, s)),
    );
    AttemptWords {
        start_type: filled(record.start_type()).map(|v| api_word(v, s.start_type_words)),
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

/// The legend of the drawing: one entry per kind of mark it actually holds, in drawing order, the
/// events marked (their bins) with their count. Whether the node-count line is drawn depends on
/// the drawing's scale, so the caller says.
pub fn legend(
    timeline: &Timeline,
    draws_node_line: bool,
    events: &[EventBin],
    s: &Strings,
) -> Vec<LegendEntry> {
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
    for (severity, swatch) in [
        (Severity::Error, "legend--event-error"),
        (Severity::Warning, "legend--event-warning"),
    ] {
        let count: usize = events
            .iter()
            .filter(|bin| bin.severity == severity)
            .map(|bin| bin.count)
            .sum();
        add(count > 0, swatch, &(s.event_count)(severity, count));
    }
    entries
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::insight::timeline::{RecoveryMark, Segment};
    use crate::model::RunningRecord;
    use serde_json::{json, Value};

    fn object(value: Value) -> serde_json::Map<String, Value> {
        match value {
            Value::Object(object) => object,
            _ => unreachable!("a record is an object"),
        }
    }

    /// Pieces as one line that shows their kinds: our words for an API value with the value in
    /// brackets, the API's own text in angle quotes.
    fn read(pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|piece| match piece {
                Piece::Ours(text) => text.clone(),
                Piece::Api(text) => format!("‹{text}›"),
                Piece::Named { words, api } => format!("{words}[{api}]"),
            })
            .collect()
    }

    fn words(record: Value, s: &Strings) -> String {
        read(&recovery_words(&RecoverRecord(object(record)), s))
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
                .enumerate()
                .map(|(source, record)| RecoveryMark {
                    start_ms: Some(5),
                    end_ms: None,
                    record: RecoverRecord(object(record)),
                    source,
                })
                .collect(),
            source: 0,
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
    fn a_recovery_reads_as_a_sentence_in_either_language() {
        let failed = json!({
            "fault_scenario": "job_failed", "recover": "pod_reschedule", "recover_result": "failed",
            "reason": "worker-2 exited with 137", "related_task": "worker-2"
        });
        assert_eq!(
            words(failed.clone(), &EN),
            "Job failed[job_failed] (‹worker-2 exited with 137›): \
             pod rescheduling[pod_reschedule] — failed[failed]"
        );
        assert_eq!(
            words(failed, &ZH),
            "作业失败[job_failed]（‹worker-2 exited with 137›）：Pod 重调度[pod_reschedule]——失败[failed]"
        );
    }

    #[test]
    fn a_recovery_names_its_task_once() {
        let base = json!({"fault_scenario": "chip_fault", "recover": "npu_step_retry", "recover_result": "success"});
        let mut record = base.clone();
        record["reason"] = json!("HBM ECC error");
        record["related_task"] = json!("worker-1");
        assert_eq!(
            words(record.clone(), &EN),
            "Chip fault[chip_fault] on ‹worker-1› (‹HBM ECC error›): \
             NPU step retry[npu_step_retry] — succeeded[success]"
        );
        assert_eq!(
            words(record, &ZH),
            "‹worker-1› 芯片故障[chip_fault]（‹HBM ECC error›）：NPU 单步重试[npu_step_retry]——成功[success]"
        );
        let mut named = base.clone();
        named["reason"] = json!("worker-1 exited with 137");
        named["related_task"] = json!("worker-1");
        assert!(!words(named, &EN).contains("‹worker-1›"));
        let mut other = base;
        other["reason"] = json!("worker-10 exited with 137");
        other["related_task"] = json!("worker-1");
        assert!(words(other, &EN).contains(" on ‹worker-1› (‹worker-10 exited with 137›)"));
    }

    #[test]
    fn a_recovery_with_parts_missing_or_undocumented_still_reads() {
        // Undocumented values are shown as sent; blank ones are left out.
        assert_eq!(
            words(
                json!({"fault_scenario": "cosmic_ray", "recover": " ", "recover_result": "quotaExceeded"}),
                &EN
            ),
            "‹cosmic_ray› — quota exceeded[quotaExceeded]"
        );
        assert_eq!(
            words(json!({"reason": "OOM", "recover": "job_reschedule"}), &EN),
            "‹OOM›: job rescheduling[job_reschedule]"
        );
        assert_eq!(
            words(json!({"related_task": "worker-0", "reason": "OOM"}), &EN),
            "‹worker-0› (‹OOM›)"
        );
        assert_eq!(words(json!({}), &EN), "");
    }

    #[test]
    fn an_attempt_reads_as_its_start_end_and_recoveries() {
        let failed = attempt(
            json!({
                "start_type": "restarted", "end_reason": "exit 137", "end_related_task": "worker-0",
                "end_recover": "pod_reschedule", "end_recover_before_downgrade": "npu_proc_restart"
            }),
            vec![json!({"recover": "npu_step_retry", "recover_result": "failed"})],
        );
        let english = attempt_words(&failed, &EN);
        assert_eq!(
            english.start_type,
            Some(Piece::Named {
                words: "process restart",
                api: "restarted".into()
            })
        );
        assert_eq!(read(&english.ended_because), "‹exit 137› (‹worker-0›)");
        let recoveries: Vec<String> = english.recoveries.iter().map(|r| read(r)).collect();
        assert_eq!(
            recoveries,
            [
                "pod rescheduling[pod_reschedule] (downgraded from \
                 NPU process restart[npu_proc_restart])",
                "NPU step retry[npu_step_retry] — failed[failed]",
            ]
        );
        let chinese = attempt_words(&failed, &ZH);
        assert_eq!(read(&chinese.ended_because), "‹exit 137›（‹worker-0›）");
        assert_eq!(
            read(&chinese.recoveries[0]),
            "Pod 重调度[pod_reschedule]（降级前：NPU 进程重启[npu_proc_restart]）"
        );

        let first = attempt(
            json!({"start_type": "init_or_rescheduled", "end_reason": "job completed",
                   "end_recover": "job_reschedule_with_taint",
                   "end_recover_before_downgrade": "job_reschedule_with_taint"}),
            vec![],
        );
        let words = attempt_words(&first, &ZH);
        assert_eq!(
            words.start_type,
            Some(Piece::Named {
                words: "（重新）调度后首次运行",
                api: "init_or_rescheduled".into()
            })
        );
        assert_eq!(read(&words.ended_because), "‹job completed›");
        assert_eq!(
            words.recoveries,
            [vec![Piece::Named {
                words: "作业重调度（节点打污点）",
                api: "job_reschedule_with_taint".into()
            }]]
        );

        let unknown = attempt(
            json!({"start_type": "resumed", "end_related_task": "worker-3", "end_recover": "none"}),
            vec![],
        );
        let words = attempt_words(&unknown, &EN);
        assert_eq!(words.start_type, Some(Piece::Api("resumed".into())));
        assert_eq!(read(&words.ended_because), "‹worker-3›");
        assert_eq!(words.recoveries, [vec![Piece::Api("none".into())]]);
        assert_eq!(
            attempt_words(&attempt(json!({}), vec![]), &EN),
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
            swatches(legend(&timeline, false, &[], &EN)),
            [
                "legend--running",
                "legend--restarting",
                "legend--failed",
                "legend--recovery"
            ]
        );
        let with_nodes = legend(&timeline, true, &[], &EN);
        assert_eq!(
            with_nodes.last(),
            Some(&LegendEntry {
                swatch: "legend--nodes",
                label: format!("{} 0–4", EN.node_count),
            })
        );
        // Events are counted by level from the marks' bins, those without a time (not marked)
        // left out.
        let event = |level: &str, time_ms: Option<i64>| crate::insight::events::EventRow {
            time_ms,
            time_text: String::new(),
            level: level.into(),
            source: None,
            message: String::new(),
        };
        let events = [
            event("Warning", Some(1)),
            event("Error", Some(2)),
            event("Info", Some(3)),
            event("Warning", Some(4)),
            event("Warning", None),
        ];
        let bins = timeline.event_bins(&events, 10);
        let labels: Vec<String> = legend(&timeline, false, &bins, &EN)
            .into_iter()
            .skip(4)
            .map(|entry| format!("{} {}", entry.swatch, entry.label))
            .collect();
        assert_eq!(
            labels,
            [
                "legend--event-error 1 error event",
                "legend--event-warning 2 warning events"
            ]
        );
    }
}
