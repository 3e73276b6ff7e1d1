//! The status section: phases, run attempts, recoveries and the node count on one SVG time axis.

use crate::browser::format_absolute;
use crate::components::attempts_table::AttemptsTable;
use crate::components::keyed_rows::keyed_list;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::display::{format_duration_in, Tenths};
use crate::insight::hardware::format_number;
use crate::insight::status::{legend, recovery_words};
use crate::insight::timeline::{area_under, step_path, within, Attempt, SegmentKind, Timeline};
use crate::route::{Section, TimeMode};
use leptos::prelude::*;
use std::sync::Arc;

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
        SegmentKind::Restarting => ui.s.segment_restarting,
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

/// One recovery's mark on an attempt's bar, focusable, its tooltip (and so its name) the
/// recovery's words as the API sent them, marked so nothing translates them.
fn recovery_mark(at: i64, words: String, timeline: &Timeline, ui: Ui) -> impl IntoView {
    let x = Tenths(within(timeline.fraction(at) * WIDTH_F, 1.0, WIDTH_F - 1.0)).to_string();
    view! {
        <line class="timeline__recovery" x1=x.clone() x2=x y1=ATTEMPT_TOP - 4 y2=ATTEMPT_TOP + ATTEMPT_HEIGHT + 4 tabindex="0">
            <title>{format!("{}: ", ui.s.recovery)}<tspan translate="no">{words}</tspan>{format!(" ({})", absolute(at, ui))}</title>
        </line>
    }
}

/// One attempt's bar and its recovery marks, each focusable with its tooltip. The tooltip is the
/// shape's accessible name too, so the end reason the API sent can be marked inside it.
fn attempt_shapes(
    index: usize,
    attempt: &Attempt,
    timeline: Arc<Timeline>,
    ui: Ui,
) -> Option<impl IntoView> {
    let start = attempt.start_ms?;
    let end = attempt.end_ms.unwrap_or(timeline.axis_end_ms).max(start);
    let (x, width) = bar(&timeline, start, end, 4.0);
    let reason = attempt
        .record
        .end_reason()
        .filter(|reason| !reason.is_empty())
        .map(|reason| format!(" · {reason}"));
    let label = (ui.s.attempt_number)(index + 1);
    let title = span_title(&label, start, end, ui);
    let failed = attempt.failed();
    let marks: Vec<(i64, String)> = attempt
        .recoveries
        .iter()
        .filter_map(|recovery| Some((recovery.start_ms?, recovery_words(&recovery.record))))
        .collect();
    Some(view! {
        <rect
            class=if failed { "timeline__attempt timeline__attempt--failed" } else { "timeline__attempt" }
            x=x y=ATTEMPT_TOP width=width height=ATTEMPT_HEIGHT tabindex="0"
        >
            <title>{title}{reason.map(|reason| view! { <tspan translate="no">{reason}</tspan> })}</title>
        </rect>
        {keyed_list(marks.clone(), move |(at, words)| view! { {recovery_mark(at, words, &timeline, ui)} }.into_any())}
    })
}

/// The phase bars, each focusable with its span in words.
fn segment_shapes(timeline: Arc<Timeline>, ui: Ui) -> impl IntoView {
    let count = timeline.segments.len();
    keyed_list((0..count).collect(), move |index| {
        let segment = &timeline.segments[index];
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
        .into_any()
    })
}

/// Up to a hundred attempts get one focusable bar each with its tooltip; beyond that they are
/// drawn as three paths (the table below lists every attempt).
fn attempt_marks(timeline: Arc<Timeline>, ui: Ui) -> AnyView {
    if timeline.attempts.len() <= MAX_SHAPES {
        let count = timeline.attempts.len();
        return keyed_list((0..count).collect(), move |index| {
            attempt_shapes(index, &timeline.attempts[index], Arc::clone(&timeline), ui).into_any()
        })
        .into_any();
    }
    let span = |attempt: &Attempt| {
        Some((
            attempt.start_ms?,
            attempt.end_ms.unwrap_or(timeline.axis_end_ms),
        ))
    };
    let spans_where = |failed: bool| -> Vec<(i64, i64)> {
        timeline
            .attempts
            .iter()
            .filter(|attempt| attempt.failed() == failed)
            .filter_map(span)
            .collect()
    };
    let marks: Vec<i64> = timeline
        .attempts
        .iter()
        .flat_map(|a| a.recoveries.iter().filter_map(|r| r.start_ms))
        .collect();
    let bars = |spans: Vec<(i64, i64)>| {
        timeline.bars_path(
            &spans,
            WIDTH_F,
            ATTEMPT_TOP.into(),
            ATTEMPT_HEIGHT.into(),
            1.0,
        )
    };
    view! {
        <path class="timeline__attempt" d=bars(spans_where(false))/>
        <path class="timeline__attempt timeline__attempt--failed" d=bars(spans_where(true))/>
        <path class="timeline__recovery" d=timeline.marks_path(&marks, WIDTH_F, f64::from(ATTEMPT_TOP - 4), f64::from(ATTEMPT_HEIGHT + 8))/>
    }
    .into_any()
}

/// The drawing with its y-axis figure: phases, attempts, recoveries and the node-count line.
fn timeline_drawing(timeline: Arc<Timeline>, node_line: String, ui: Ui) -> impl IntoView {
    let max_nodes = timeline.max_nodes();
    let node_area = area_under(&node_line, CHART_HEIGHT.into());
    let has_nodes = !node_line.is_empty();
    let summary = format!(
        "{}: {} → {}",
        ui.s.timeline_label,
        absolute(timeline.axis_start_ms, ui),
        absolute(timeline.axis_end_ms, ui)
    );
    view! {
        <div class="timeline__plot">
            {has_nodes.then(|| view! { <span class="timeline__ymax" aria-hidden="true">{format_number(max_nodes)}</span> })}
            <svg class="timeline__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" role="img" aria-label=summary>
                {segment_shapes(Arc::clone(&timeline), ui)}
                {attempt_marks(timeline, ui)}
                {has_nodes.then(|| view! {
                    <g transform=format!("translate(0 {CHART_TOP})")>
                        <path class="timeline__area" d=node_area/>
                        <path class="timeline__nodes" d=node_line/>
                    </g>
                })}
                <line class="timeline__baseline" x1="0" x2=WIDTH y1=CHART_TOP + CHART_HEIGHT y2=CHART_TOP + CHART_HEIGHT/>
            </svg>
        </div>
    }
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
    let timeline = Arc::new(timeline);
    let (start, end) = (timeline.axis_start_ms, timeline.axis_end_ms);
    let node_line = step_path(
        &timeline.node_counts,
        start,
        end,
        WIDTH_F,
        CHART_HEIGHT.into(),
        timeline.max_nodes(),
    );
    let legend = legend(&timeline, !node_line.is_empty(), s);
    let detached = timeline.detached_records_ms.map(|gap| {
        format!(
            "⚠ {} {}",
            s.detached_records,
            format_duration_in(gap, ui.lang)
        )
    });
    let has_attempts = !timeline.attempts.is_empty();

    view! {
        <section class="card" id="status" aria-labelledby="status-title">
            <h2 id="status-title">{(s.section_title)(Section::Status)}</h2>
            {detached.map(|note| view! { <p class="note">{note}</p> })}
            <figure class="timeline">
                {timeline_drawing(Arc::clone(&timeline), node_line, ui)}
                <figcaption class="timeline__axis">
                    <TimeText ms=start ui/>
                    <TimeText ms=end ui/>
                </figcaption>
                <ul class="legend">
                    {keyed_list(legend.clone(), |entry| view! {
                        <li><span class=format!("legend__swatch {}", entry.swatch) aria-hidden="true"></span>{entry.label}</li>
                    }.into_any())}
                </ul>
            </figure>
            {has_attempts.then(|| view! { <AttemptsTable timeline ui/> })}
        </section>
    }
    .into_any()
}
