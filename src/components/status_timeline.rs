//! The status section: phases, run attempts, recoveries and the node count on one SVG time axis.

use crate::browser::format_absolute;
use crate::components::show_all_button::{visible_rows, ShowAllButton};
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::display::{format_duration_in, join_present, Tenths};
use crate::insight::hardware::format_number;
use crate::insight::timeline::{area_under, step_path, within, Attempt, SegmentKind, Timeline};
use crate::route::{Section, TimeMode};
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;

// The drawing is stretched to the card's width (preserveAspectRatio="none"), so it holds only
// shapes that stay legible when stretched: bars, vertical marks and the step line. Text sits in
// HTML around it.
// Whole numbers, so that attributes are written by the integer formatter, not the float one.
const WIDTH: u16 = 1000;
const PHASE_TOP: u16 = 2;
const PHASE_HEIGHT: u16 = 18;
const ATTEMPT_TOP: u16 = 26;
const ATTEMPT_HEIGHT: u16 = 12;
const CHART_TOP: u16 = 46;
const CHART_HEIGHT: u16 = 70;
const HEIGHT: u16 = CHART_TOP + CHART_HEIGHT + 2;
const WIDTH_F: f64 = WIDTH as f64;
/// Attempts drawn as individual, focusable shapes; more are drawn as paths.
const MAX_SHAPES: usize = 100;

fn absolute(ms: i64, ui: Ui) -> String {
    format_absolute(ms, ui.time == TimeMode::Utc, ui.lang)
}

fn span_title(label: &str, start: i64, end: i64, ui: Ui) -> String {
    format!(
        "{label}: {} → {} ({})",
        absolute(start, ui),
        absolute(end, ui),
        format_duration_in(end - start, ui.lang)
    )
}

fn segment_label(kind: SegmentKind, ui: Ui) -> &'static str {
    match kind {
        SegmentKind::Waiting => ui.s.segment_waiting,
        SegmentKind::Running => ui.s.segment_running,
        SegmentKind::Ongoing => ui.s.segment_ongoing,
    }
}

/// A bar whose x and width come from the axis, at least `min_width` wide so a moment stays visible.
fn bar(timeline: &Timeline, start: i64, end: i64, min_width: f64) -> (String, String) {
    let x = timeline.fraction(start) * WIDTH_F;
    let width = (timeline.fraction(end) * WIDTH_F - x).max(min_width);
    (
        Tenths(x.min(WIDTH_F - min_width)).to_string(),
        Tenths(width).to_string(),
    )
}

/// Whether `text` has `word` as a whole word: `worker-1` is in "worker-1 failed", not in
/// "worker-10 failed".
fn names_word(text: &str, word: &str) -> bool {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .any(|part| part == word)
}

fn recovery_words(recovery: &crate::model::RecoverRecord) -> String {
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

fn attempt_shapes(
    index: usize,
    attempt: &Attempt,
    timeline: &Timeline,
    ui: Ui,
) -> Option<impl IntoView> {
    let start = attempt.start_ms?;
    let end = attempt.end_ms.unwrap_or(timeline.axis_end_ms).max(start);
    let (x, width) = bar(timeline, start, end, 4.0);
    let reason = attempt.record.end_reason().cloned().unwrap_or_default();
    let label = format!("{} {}", ui.s.attempt, index + 1);
    let mut title = span_title(&label, start, end, ui);
    if !reason.is_empty() {
        title.push_str(&format!(" · {reason}"));
    }
    let failed = attempt.failed();
    let marks = attempt
        .recoveries
        .iter()
        .filter_map(|recovery| {
            let at = recovery.start_ms?;
            let x = Tenths(within(timeline.fraction(at) * WIDTH_F, 1.0, WIDTH_F - 1.0)).to_string();
            let title = format!("{}: {} ({})", ui.s.recovery, recovery_words(&recovery.record), absolute(at, ui));
            Some(view! {
                <line class="timeline__recovery" x1=x.clone() x2=x y1=ATTEMPT_TOP - 4 y2=ATTEMPT_TOP + ATTEMPT_HEIGHT + 4
                    tabindex="0" aria-label=title.clone()>
                    <title>{title.clone()}</title>
                </line>
            })
        })
        .collect_view();
    Some(view! {
        <rect
            class=if failed { "timeline__attempt timeline__attempt--failed" } else { "timeline__attempt" }
            x=x y=ATTEMPT_TOP width=width height=ATTEMPT_HEIGHT
            tabindex="0" aria-label=title.clone()
        >
            <title>{title.clone()}</title>
        </rect>
        {marks}
    })
}

fn attempt_rows(timeline: &Timeline, ui: Ui, limit: usize) -> impl IntoView {
    timeline
        .attempts
        .iter()
        .take(limit)
        .enumerate()
        .map(|(index, attempt)| {
            let record = &attempt.record;
            let text = |field: Option<&String>| field.cloned().unwrap_or_default();
            let ended_because = match (text(record.end_reason()), text(record.end_related_task())) {
                (reason, task) if task.is_empty() => reason,
                (reason, task) => format!("{reason} ({task})"),
            };
            let mut recovery: Vec<String> = Vec::new();
            match (record.end_recover(), record.end_recover_before_downgrade()) {
                (Some(now), Some(before)) if now != before => recovery.push(format!("{now} (← {before})")),
                (Some(now), _) => recovery.push(now.clone()),
                (None, _) => {}
            }
            recovery.extend(attempt.recoveries.iter().map(|r| recovery_words(&r.record)));
            view! {
                <tr>
                    <td class="num">{index + 1}</td>
                    <td class="nowrap">{attempt.start_ms.map(|ms| view! { <TimeText ms ui/> })}
                        {attempt.accelerators_up_ms.map(|ms| view! { <div class="note">{ui.s.accelerators_up} " " <TimeText ms ui/></div> })}</td>
                    <td class="nowrap">{attempt.end_ms.map(|ms| view! { <TimeText ms ui/> })}
                        {attempt.clamped.then(|| view! { <div class="note note--wrap">"⚠ " {ui.s.clamped_note}</div> })}</td>
                    <td>{text(record.start_type())}</td>
                    <td>{ended_because}</td>
                    <td>{recovery.into_iter().map(|line| view! { <div>{line}</div> }).collect_view()}</td>
                </tr>
            }
        })
        .collect_view()
}

/// Draws the timeline and lists the attempts with their recoveries in words.
#[component]
pub fn StatusTimeline(timeline: Option<Timeline>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let Some(timeline) = timeline else {
        return view! {
            <section class="card" id="status" aria-labelledby="status-title">
                <h2 id="status-title">{(s.section_title)(Section::Status)}</h2>
                <p class="muted">{s.no_timeline}</p>
            </section>
        }
        .into_any();
    };
    let segments = timeline
        .segments
        .iter()
        .map(|segment| {
            let (x, width) = bar(&timeline, segment.start_ms, segment.end_ms, 4.0);
            let title = span_title(
                segment_label(segment.kind, ui),
                segment.start_ms,
                segment.end_ms,
                ui,
            );
            view! {
                <rect
                    class=format!("timeline__segment timeline__segment--{}", segment.kind.as_str())
                    x=x y=PHASE_TOP width=width height=PHASE_HEIGHT
                    tabindex="0" aria-label=title.clone()
                >
                    <title>{title.clone()}</title>
                </rect>
            }
        })
        .collect_view();
    // Up to a hundred attempts get one focusable bar each with its tooltip; beyond that they are
    // drawn as three paths (the table below lists every attempt).
    let attempts = if timeline.attempts.len() <= MAX_SHAPES {
        timeline
            .attempts
            .iter()
            .enumerate()
            .filter_map(|(index, attempt)| attempt_shapes(index, attempt, &timeline, ui))
            .collect_view()
            .into_any()
    } else {
        let span = |attempt: &Attempt| {
            Some((
                attempt.start_ms?,
                attempt.end_ms.unwrap_or(timeline.axis_end_ms),
            ))
        };
        let failed_spans: Vec<(i64, i64)> = timeline
            .attempts
            .iter()
            .filter(|attempt| attempt.failed())
            .filter_map(span)
            .collect();
        let other_spans: Vec<(i64, i64)> = timeline
            .attempts
            .iter()
            .filter(|attempt| !attempt.failed())
            .filter_map(span)
            .collect();
        let marks: Vec<i64> = timeline
            .attempts
            .iter()
            .flat_map(|a| a.recoveries.iter().filter_map(|r| r.start_ms))
            .collect();
        view! {
            <path class="timeline__attempt" d=timeline.bars_path(&other_spans, WIDTH_F, ATTEMPT_TOP.into(), ATTEMPT_HEIGHT.into(), 1.0)/>
            <path class="timeline__attempt timeline__attempt--failed" d=timeline.bars_path(&failed_spans, WIDTH_F, ATTEMPT_TOP.into(), ATTEMPT_HEIGHT.into(), 1.0)/>
            <path class="timeline__recovery" d=timeline.marks_path(&marks, WIDTH_F, f64::from(ATTEMPT_TOP - 4), f64::from(ATTEMPT_HEIGHT + 8))/>
        }
        .into_any()
    };
    let max_nodes = timeline.max_nodes();
    let (start, end) = (timeline.axis_start_ms, timeline.axis_end_ms);
    let node_line = step_path(
        &timeline.node_counts,
        start,
        end,
        WIDTH_F,
        CHART_HEIGHT.into(),
        max_nodes,
    );
    let node_area = area_under(&node_line, CHART_HEIGHT.into());
    let has_nodes = !node_line.is_empty();
    let summary = format!(
        "{}: {} → {}",
        s.timeline_label,
        absolute(start, ui),
        absolute(end, ui)
    );
    let detached = timeline.detached_records_ms.map(|gap| {
        format!(
            "⚠ {} {}",
            s.detached_records,
            format_duration_in(gap, ui.lang)
        )
    });
    let kinds: Vec<SegmentKind> = timeline
        .segments
        .iter()
        .map(|segment| segment.kind)
        .collect();
    let has_attempts = !timeline.attempts.is_empty();
    let has_failed_attempts = timeline.attempts.iter().any(Attempt::failed);
    let has_ok_attempts = timeline.attempts.iter().any(|attempt| !attempt.failed());
    let attempt_count = timeline.attempts.len();
    let show_all = remembered_flag("show-all:attempts");
    let has_recoveries = timeline
        .attempts
        .iter()
        .any(|attempt| !attempt.recoveries.is_empty());
    let legend = [
        kinds
            .contains(&SegmentKind::Waiting)
            .then_some(("legend--waiting", s.segment_waiting.to_string())),
        kinds
            .contains(&SegmentKind::Running)
            .then_some(("legend--running", s.segment_running.to_string())),
        kinds
            .contains(&SegmentKind::Ongoing)
            .then_some(("legend--ongoing", s.segment_ongoing.to_string())),
        has_ok_attempts.then_some(("legend--attempt", s.attempt.to_string())),
        has_failed_attempts.then_some(("legend--failed", s.failed_attempt.to_string())),
        has_recoveries.then_some(("legend--recovery", s.recovery.to_string())),
        has_nodes.then(|| {
            (
                "legend--nodes",
                format!("{} 0–{}", s.node_count, format_number(max_nodes)),
            )
        }),
    ];

    let rows_timeline = std::sync::Arc::new(timeline);

    view! {
        <section class="card" id="status" aria-labelledby="status-title">
            <h2 id="status-title">{(s.section_title)(Section::Status)}</h2>
            {detached.map(|note| view! { <p class="note">{note}</p> })}
            <figure class="timeline">
                <div class="timeline__plot">
                    {has_nodes.then(|| view! { <span class="timeline__ymax" aria-hidden="true">{format_number(max_nodes)}</span> })}
                    <svg class="timeline__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" role="img" aria-label=summary>
                        {segments}
                        {attempts}
                        {has_nodes.then(|| view! {
                            <g transform=format!("translate(0 {CHART_TOP})")>
                                <path class="timeline__area" d=node_area/>
                                <path class="timeline__nodes" d=node_line/>
                            </g>
                        })}
                        <line class="timeline__baseline" x1="0" x2=WIDTH y1=CHART_TOP + CHART_HEIGHT y2=CHART_TOP + CHART_HEIGHT/>
                    </svg>
                </div>
                <figcaption class="timeline__axis">
                    <TimeText ms=start ui/>
                    <TimeText ms=end ui/>
                </figcaption>
                <ul class="legend">
                    {legend.into_iter().flatten().map(|(class, label)| view! {
                        <li><span class=format!("legend__swatch {class}") aria-hidden="true"></span>{label}</li>
                    }).collect_view()}
                </ul>
            </figure>
            {has_attempts.then(|| view! {
                <h3 class="subhead">{s.attempts}</h3>
                <div class="table-scroll">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">"#"</th><th scope="col">{s.started}</th><th scope="col">{s.ended}</th>
                            <th scope="col">{s.start_type}</th><th scope="col">{s.end_reason}</th><th scope="col">{s.recovery}</th>
                        </tr></thead>
                        <tbody>{move || attempt_rows(&rows_timeline, ui, visible_rows(attempt_count, show_all.get()))}</tbody>
                    </table>
                </div>
                <ShowAllButton total=attempt_count show_all ui/>
            })}
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::recovery_words;
    use crate::model::RecoverRecord;
    use serde_json::json;

    fn words(record: serde_json::Value) -> String {
        match record {
            serde_json::Value::Object(object) => recovery_words(&RecoverRecord(object)),
            _ => unreachable!("a recover record is an object"),
        }
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
}
