//! The status section: phases, run attempts, recoveries and the node count on one SVG time axis.

use crate::browser::format_absolute;
use crate::components::time_text::TimeText;
use crate::components::ui::Ui;
use crate::insight::display::format_duration_ms;
use crate::insight::hardware::format_number;
use crate::insight::timeline::{step_path, Attempt, SegmentKind, Timeline};
use leptos::prelude::*;

const WIDTH: f64 = 1000.0;
const PHASE_TOP: f64 = 4.0;
const PHASE_HEIGHT: f64 = 22.0;
const ATTEMPT_TOP: f64 = 34.0;
const ATTEMPT_HEIGHT: f64 = 14.0;
const CHART_TOP: f64 = 60.0;
const CHART_HEIGHT: f64 = 80.0;
const HEIGHT: f64 = CHART_TOP + CHART_HEIGHT + 4.0;

fn span_title(label: &str, start: i64, end: i64, ui: Ui) -> String {
    format!(
        "{label}: {} → {} ({})",
        format_absolute(start, ui.time == crate::route::TimeMode::Utc, ui.lang),
        format_absolute(end, ui.time == crate::route::TimeMode::Utc, ui.lang),
        format_duration_ms(end - start)
    )
}

fn segment_label(kind: SegmentKind, ui: Ui) -> &'static str {
    match kind {
        SegmentKind::Waiting => ui.s.segment_waiting,
        SegmentKind::Running => ui.s.segment_running,
        SegmentKind::Ongoing => ui.s.segment_ongoing,
    }
}

fn attempt_bar(
    index: usize,
    attempt: &Attempt,
    timeline: &Timeline,
    ui: Ui,
) -> Option<impl IntoView> {
    let start = attempt.start_ms?;
    let end = attempt.end_ms.unwrap_or(timeline.axis_end_ms).max(start);
    let x = timeline.fraction(start) * WIDTH;
    let width = (timeline.fraction(end) * WIDTH - x).max(2.0);
    let reason = attempt.record.end_reason.get().cloned().unwrap_or_default();
    let title = format!(
        "{} {}: {}{}",
        ui.s.attempt,
        index + 1,
        span_title("", start, end, ui).trim_start_matches(": "),
        if reason.is_empty() {
            String::new()
        } else {
            format!(" · {reason}")
        }
    );
    let failed = reason.contains("exit") || attempt.record.end_recover.get().is_some();
    let marks = attempt
        .recoveries
        .iter()
        .filter_map(|recovery| {
            let at = recovery.start_ms?;
            let cx = timeline.fraction(at) * WIDTH;
            let record = &recovery.record;
            let text = [
                record.fault_scenario.get(),
                record.recover.get(),
                record.recover_result.get(),
                record.reason.get(),
            ]
            .into_iter()
            .flatten()
            .cloned()
            .collect::<Vec<_>>()
            .join(" · ");
            let title = format!("{}: {} ({})", ui.s.recovery, text, format_absolute(at, ui.time == crate::route::TimeMode::Utc, ui.lang));
            let points = format!(
                "{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}",
                cx,
                ATTEMPT_TOP - 3.0,
                cx + 6.0,
                ATTEMPT_TOP + ATTEMPT_HEIGHT / 2.0,
                cx,
                ATTEMPT_TOP + ATTEMPT_HEIGHT + 3.0,
                cx - 6.0,
                ATTEMPT_TOP + ATTEMPT_HEIGHT / 2.0
            );
            Some(view! {
                <polygon class="timeline__recovery" points=points tabindex="0" aria-label=title.clone()>
                    <title>{title.clone()}</title>
                </polygon>
            })
        })
        .collect_view();
    Some(view! {
        <g>
            <rect
                class=if failed { "timeline__attempt timeline__attempt--failed" } else { "timeline__attempt" }
                x=format!("{x:.1}") y=ATTEMPT_TOP width=format!("{width:.1}") height=ATTEMPT_HEIGHT rx="3"
                tabindex="0" aria-label=title.clone()
            >
                <title>{title.clone()}</title>
            </rect>
            {marks}
        </g>
    })
}

/// Draws the timeline and lists the attempts with their recoveries in words.
#[component]
pub fn StatusTimeline(timeline: Option<Timeline>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let Some(timeline) = timeline else {
        return view! {
            <section class="card" id="status" aria-labelledby="status-title">
                <h2 id="status-title">{s.sections[1]}</h2>
                <p class="muted">{s.no_timeline}</p>
            </section>
        }
        .into_any();
    };
    let segments = timeline
        .segments
        .iter()
        .map(|segment| {
            let x = timeline.fraction(segment.start_ms) * WIDTH;
            let width = (timeline.fraction(segment.end_ms) * WIDTH - x).max(2.0);
            let label = segment_label(segment.kind, ui);
            let title = span_title(label, segment.start_ms, segment.end_ms, ui);
            let show_label = width > 90.0;
            view! {
                <g>
                    <rect
                        class=format!("timeline__segment timeline__segment--{}", segment.kind.as_str())
                        x=format!("{x:.1}") y=PHASE_TOP width=format!("{width:.1}") height=PHASE_HEIGHT rx="4"
                        tabindex="0" aria-label=title.clone()
                    >
                        <title>{title.clone()}</title>
                    </rect>
                    {show_label.then(|| view! {
                        <text class="timeline__label" x=format!("{:.1}", x + 6.0) y=PHASE_TOP + 15.0>{label}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let attempts = timeline
        .attempts
        .iter()
        .enumerate()
        .filter_map(|(index, attempt)| attempt_bar(index, attempt, &timeline, ui))
        .collect_view();
    let max_nodes = timeline.max_nodes();
    let node_path = step_path(
        &timeline.node_counts,
        timeline.axis_start_ms,
        timeline.axis_end_ms,
        WIDTH,
        CHART_HEIGHT,
        max_nodes,
    );
    let has_nodes = !node_path.is_empty();
    let summary = format!(
        "{}: {} → {}",
        s.timeline_label,
        format_absolute(timeline.axis_start_ms, false, ui.lang),
        format_absolute(timeline.axis_end_ms, false, ui.lang)
    );

    let attempt_rows = timeline
        .attempts
        .iter()
        .enumerate()
        .map(|(index, attempt)| {
            let record = &attempt.record;
            let text = |field: &crate::model::Field<String>| field.get().cloned().unwrap_or_default();
            let recoveries = attempt
                .recoveries
                .iter()
                .map(|recovery| {
                    let r = &recovery.record;
                    [r.fault_scenario.get(), r.recover.get(), r.recover_result.get(), r.reason.get(), r.related_task.get()]
                        .into_iter()
                        .flatten()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .collect::<Vec<_>>();
            let end_recover = match (record.end_recover.get(), record.end_recover_before_downgrade.get()) {
                (Some(now), Some(before)) if now != before => format!("{now} (← {before})"),
                (Some(now), _) => now.clone(),
                (None, _) => String::new(),
            };
            view! {
                <tr>
                    <td>{index + 1}</td>
                    <td>{attempt.start_ms.map(|ms| view! { <TimeText ms ui/> })}</td>
                    <td>{attempt.end_ms.map(|ms| view! { <TimeText ms ui/> })}
                        {attempt.clamped.then(|| view! { <span class="note">" ⚠ " {s.clamped_note}</span> })}</td>
                    <td>{text(&record.start_type)}</td>
                    <td>{text(&record.end_reason)}</td>
                    <td>{text(&record.end_related_task)}</td>
                    <td>{end_recover}</td>
                    <td>{recoveries.into_iter().map(|line| view! { <div>{line}</div> }).collect_view()}</td>
                </tr>
            }
        })
        .collect_view();
    let has_attempts = !timeline.attempts.is_empty();

    view! {
        <section class="card" id="status" aria-labelledby="status-title">
            <h2 id="status-title">{s.sections[1]}</h2>
            <figure class="timeline">
                <svg class="timeline__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" role="img" aria-label=summary>
                    {segments}
                    {attempts}
                    <line class="timeline__baseline" x1="0" x2=WIDTH y1=CHART_TOP + CHART_HEIGHT y2=CHART_TOP + CHART_HEIGHT/>
                    {has_nodes.then(|| view! {
                        <g transform=format!("translate(0 {CHART_TOP})")>
                            <path class="timeline__nodes" d=node_path/>
                        </g>
                    })}
                </svg>
                <figcaption class="timeline__axis">
                    <TimeText ms=timeline.axis_start_ms ui/>
                    {has_nodes.then(|| view! {
                        <span class="timeline__legend">
                            <span class="legend legend--nodes" aria-hidden="true"></span>
                            {format!("{} (max {})", s.node_count, format_number(max_nodes))}
                        </span>
                    })}
                    <TimeText ms=timeline.axis_end_ms ui/>
                </figcaption>
            </figure>
            {has_attempts.then(|| view! {
                <h3 class="subhead">{s.attempts}</h3>
                <div class="table-scroll">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">"#"</th><th scope="col">{s.started}</th><th scope="col">{s.ended}</th>
                            <th scope="col">"start_type"</th><th scope="col">"end_reason"</th><th scope="col">{s.task}</th>
                            <th scope="col">"end_recover"</th><th scope="col">{s.recovery}</th>
                        </tr></thead>
                        <tbody>{attempt_rows}</tbody>
                    </table>
                </div>
            })}
        </section>
    }
    .into_any()
}
