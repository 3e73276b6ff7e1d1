//! The status section: phases, run attempts, recoveries, the node count and the job's warning and
//! error events on one SVG time axis.

use crate::browser::{format_absolute, zone_offset_ms};
use crate::components::attempts_table::AttemptsTable;
use crate::components::keyed_rows::keyed_list;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::display::{format_duration_in, Tenths};
use crate::insight::events::EventRow;
use crate::insight::facts::Piece;
use crate::insight::hardware::format_number;
use crate::insight::status::{legend, recovery_words};
use crate::insight::timeline::{
    area_under, hidden_on_phones, step_path, ticks, EventBin, RecoveryBin, SegmentKind, Tick,
    Timeline,
};
use crate::route::{Section, TimeMode};
use leptos::prelude::*;
use std::sync::Arc;

// The drawing is stretched to the card's width (preserveAspectRatio="none"), so it holds only
// shapes that stay legible when stretched: bars, vertical marks and the step line. Text sits
// around it in HTML, or over it in a drawing that is not stretched.
// Whole numbers, so that attributes are written by the integer formatter, not the float one.
const WIDTH: u16 = 1000;
const PHASE_TOP: u16 = 2;
const PHASE_HEIGHT: u16 = 18;
const ATTEMPT_TOP: u16 = 26;
const ATTEMPT_HEIGHT: u16 = 12;
const CHART_TOP: u16 = 46;
const CHART_HEIGHT: u16 = 70;
const HEIGHT: u16 = CHART_TOP + CHART_HEIGHT + 2;
/// Event marks stand on the axis, over the foot of the node chart.
const EVENT_TOP: u16 = CHART_TOP + CHART_HEIGHT - 14;
const EVENT_HEIGHT: u16 = 16;
/// Slices of the axis whose events of one level are drawn as one mark.
const EVENT_SLOTS: usize = 60;
const WIDTH_F: f64 = WIDTH as f64;
/// Attempts drawn as individual, focusable shapes; more are drawn as paths.
const MAX_SHAPES: usize = 100;
/// Slices of the axis whose recoveries are drawn as one mark: wide enough at 1280 px for a count
/// of three digits, and at phone width for every other one (the style hides the rest there).
const RECOVERY_SLOTS: usize = 30;
/// At most this many tick labels: with every other one hidden on phones, three remain.
const MAX_TICKS: usize = 6;

fn absolute(ms: i64, ui: Ui) -> String {
    format_absolute(ms, ui.time == TimeMode::Utc, ui.lang)
}

fn span_title(label: &str, start: i64, end: i64, ui: Ui) -> String {
    format!(
        "{label}{}{} → {}{}",
        ui.s.colon,
        absolute(start, ui),
        absolute(end, ui),
        (ui.s.aside)(&format_duration_in(end - start, ui.lang))
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

/// A focusable bar with its tooltip, which is its accessible name too: `words`, then `more`, where
/// what the API sent is marked so nothing translates it (a tooltip holds no tooltip of its own, so
/// our words for an API value stand alone). Phases, attempts and recoveries are all this one
/// shape, so the wasm holds one copy of its rendering code.
fn shape(
    class: String,
    (x, width): (String, String),
    (top, height): (u16, u16),
    (words, more): (String, Vec<Piece>),
) -> AnyView {
    let more = more
        .into_iter()
        .map(|piece| match piece {
            Piece::Ours(text) => text.into_any(),
            Piece::Named { words, .. } => words.into_any(),
            Piece::Api(sent) => view! { <tspan translate="no">{sent}</tspan> }.into_any(),
        })
        .collect_view();
    view! {
        <rect class=class x=x y=top width=width height=height tabindex="0">
            <title>{words}{more}</title>
        </rect>
    }
    .into_any()
}

/// One attempt's bar, with the end reason the API sent in its tooltip.
fn attempt_shape(index: usize, timeline: &Timeline, ui: Ui) -> AnyView {
    let attempt = &timeline.attempts[index];
    let Some(start) = attempt.start_ms else {
        return ().into_any();
    };
    let end = attempt.end_ms.unwrap_or(timeline.axis_end_ms).max(start);
    let reason = attempt
        .record
        .end_reason()
        .filter(|reason| !reason.is_empty())
        .map(|reason| vec![Piece::Ours(" · ".into()), Piece::Api(reason.clone())])
        .unwrap_or_default();
    let label = (ui.s.attempt_number)(index + 1);
    let class = if attempt.failed() {
        "timeline__attempt timeline__attempt--failed"
    } else {
        "timeline__attempt"
    };
    shape(
        class.into(),
        bar(timeline, start, end, 4.0),
        (ATTEMPT_TOP, ATTEMPT_HEIGHT),
        (span_title(&label, start, end, ui), reason),
    )
}

/// One mark per bin of recoveries, reaching above and below the attempts. A bin of one is told in
/// the recovery's own words, a bin of several by how many and when.
fn recovery_shapes(timeline: Arc<Timeline>, bins: Vec<RecoveryBin>, ui: Ui) -> impl IntoView {
    keyed_list(bins, move |bin| {
        let title = if bin.count == 1 {
            let (attempt, recovery) = bin.first;
            let record = &timeline.attempts[attempt].recoveries[recovery].record;
            (
                format!(
                    "{}{}{}",
                    ui.s.recovery,
                    (ui.s.aside)(&absolute(bin.start_ms, ui)),
                    ui.s.colon
                ),
                recovery_words(record, ui.s),
            )
        } else {
            let count = (ui.s.recovery_count)(bin.count);
            (span_title(&count, bin.start_ms, bin.end_ms, ui), Vec::new())
        };
        shape(
            "timeline__recovery".into(),
            bar(&timeline, bin.start_ms, bin.end_ms, 3.0),
            (ATTEMPT_TOP - 4, ATTEMPT_HEIGHT + 8),
            title,
        )
    })
}

/// One mark per bin of warning or error events: a bin of one tells the event's message as sent,
/// a bin of several how many and when.
fn event_shapes(
    timeline: Arc<Timeline>,
    (events, bins): (Arc<Vec<EventRow>>, Vec<EventBin>),
    ui: Ui,
) -> impl IntoView {
    keyed_list(bins, move |bin| {
        let count = (ui.s.event_count)(bin.severity, bin.count);
        let title = if bin.count == 1 {
            (
                format!(
                    "{count}{}{}",
                    (ui.s.aside)(&absolute(bin.start_ms, ui)),
                    ui.s.colon
                ),
                vec![Piece::Api(events[bin.first].message.clone())],
            )
        } else {
            (span_title(&count, bin.start_ms, bin.end_ms, ui), Vec::new())
        };
        shape(
            format!("timeline__event timeline__event--{}", bin.severity.as_str()),
            bar(&timeline, bin.start_ms, bin.end_ms, 4.0),
            (EVENT_TOP, EVENT_HEIGHT),
            title,
        )
    })
}

/// The phase bars, each focusable with its span in words.
fn segment_shapes(timeline: Arc<Timeline>, ui: Ui) -> impl IntoView {
    let count = timeline.segments.len();
    keyed_list((0..count).collect(), move |index| {
        let segment = &timeline.segments[index];
        let (start, end) = (segment.start_ms, segment.end_ms);
        shape(
            format!(
                "timeline__segment timeline__segment--{}",
                segment.kind.as_str()
            ),
            bar(&timeline, start, end, 4.0),
            (PHASE_TOP, PHASE_HEIGHT),
            (
                span_title(segment_label(segment.kind, ui), start, end, ui),
                Vec::new(),
            ),
        )
    })
}

/// Up to a hundred attempts get one focusable bar each with its tooltip; beyond that they are
/// drawn as two paths (the table below lists every attempt).
fn attempt_marks(timeline: Arc<Timeline>, ui: Ui) -> AnyView {
    if timeline.attempts.len() <= MAX_SHAPES {
        let count = timeline.attempts.len();
        return keyed_list((0..count).collect(), move |index| {
            attempt_shape(index, &timeline, ui)
        })
        .into_any();
    }
    // Spans pushed in one loop: filtering iterator chains cost more wasm.
    let mut spans: [Vec<(i64, i64)>; 2] = Default::default();
    for attempt in &timeline.attempts {
        if let Some(start) = attempt.start_ms {
            let end = attempt.end_ms.unwrap_or(timeline.axis_end_ms);
            spans[usize::from(attempt.failed())].push((start, end));
        }
    }
    let bars = |failed: bool| {
        timeline.bars_path(
            &spans[usize::from(failed)],
            WIDTH_F,
            ATTEMPT_TOP.into(),
            ATTEMPT_HEIGHT.into(),
            1.0,
        )
    };
    view! {
        <path class="timeline__attempt" d=bars(false)/>
        <path class="timeline__attempt timeline__attempt--failed" d=bars(true)/>
    }
    .into_any()
}

/// Labels laid over and under the stretched drawing, each `(class, x, text)`: tick labels and
/// recovery counts. They are text of a drawing that is not stretched, placed across by a
/// percentage in `x` (a style attribute would be refused by the deployed CSP, and the style set
/// through the DOM costs more wasm) and down by their class.
fn placed(items: Vec<(&'static str, String, String)>) -> impl IntoView {
    keyed_list(items, |(class, x, text)| {
        view! { <text class=class x=x>{text}</text> }.into_any()
    })
}

/// Where `ms` is across the plot, as a percentage for [`placed`].
fn percent(timeline: &Timeline, ms: i64) -> String {
    format!("{}%", Tenths(timeline.fraction(ms) * 100.0))
}

/// The drawing with its y-axis figure: tick lines, phases, attempts, recoveries with their counts,
/// the node-count line and the end marker.
fn timeline_drawing(
    timeline: Arc<Timeline>,
    node_line: String,
    ticks: Vec<Tick>,
    events: Option<(Arc<Vec<EventRow>>, Vec<EventBin>)>,
    ui: Ui,
) -> impl IntoView {
    let max_nodes = timeline.max_nodes();
    let node_area = area_under(&node_line, CHART_HEIGHT.into());
    let has_nodes = !node_line.is_empty();
    let summary = format!(
        "{}: {} → {}",
        ui.s.timeline_label,
        absolute(timeline.axis_start_ms, ui),
        absolute(timeline.axis_end_ms, ui)
    );
    let tick_times: Vec<i64> = ticks.iter().map(|(at, _)| *at).collect();
    let grid = timeline.marks_path(&tick_times, WIDTH_F, 0.0, HEIGHT.into());
    let end = timeline.marks_path(
        &Vec::from_iter(timeline.end_ms),
        WIDTH_F,
        0.0,
        HEIGHT.into(),
    );
    let bins = timeline.recovery_bins(RECOVERY_SLOTS);
    let mut labels = Vec::new();
    let hidden: Vec<bool> = hidden_on_phones(&ticks).collect();
    for ((at, label), hidden) in ticks.into_iter().zip(hidden) {
        let class = if hidden {
            "timeline__tick timeline__odd"
        } else {
            "timeline__tick"
        };
        labels.push((class, percent(&timeline, at), label));
    }
    for bin in bins.iter().filter(|bin| bin.count > 1) {
        let class = if bin.slot % 2 == 1 {
            "timeline__count timeline__odd"
        } else {
            "timeline__count"
        };
        let middle = percent(&timeline, bin.start_ms / 2 + bin.end_ms / 2);
        labels.push((class, middle, bin.count.to_string()));
    }
    view! {
        <div class="timeline__plot">
            {has_nodes.then(|| view! { <span class="timeline__ymax" aria-hidden="true">{format_number(max_nodes)}</span> })}
            <svg class="timeline__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") preserveAspectRatio="none" role="img" aria-label=summary>
                <path class="timeline__grid" d=grid/>
                {segment_shapes(Arc::clone(&timeline), ui)}
                {attempt_marks(Arc::clone(&timeline), ui)}
                {recovery_shapes(Arc::clone(&timeline), bins, ui)}
                {has_nodes.then(|| view! {
                    <g transform=format!("translate(0 {CHART_TOP})")>
                        <path class="timeline__area" d=node_area/>
                        <path class="timeline__nodes" d=node_line/>
                    </g>
                })}
                <line class="timeline__baseline" x1="0" x2=WIDTH y1=CHART_TOP + CHART_HEIGHT y2=CHART_TOP + CHART_HEIGHT/>
                <path class="timeline__end" d=end/>
                {events.map(|events| event_shapes(Arc::clone(&timeline), events, ui))}
            </svg>
            <svg class="timeline__labels" aria-hidden="true">{placed(labels)}</svg>
        </div>
    }
}

/// Draws the timeline and lists the attempts with their recoveries in words.
#[component]
pub fn StatusTimeline(
    timeline: Option<Timeline>,
    /// The job's events, once read: their warnings and errors are marked on the axis.
    events: Option<Arc<Vec<EventRow>>>,
    events_unread: bool,
    ui: Ui,
) -> impl IntoView {
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
    // The marks and the legend's counts come from the same bins.
    let events = events.map(|events| {
        let bins = timeline.event_bins(&events, EVENT_SLOTS);
        (events, bins)
    });
    let bins = events.as_ref().map_or(&[][..], |(_, bins)| bins.as_slice());
    let legend = legend(&timeline, !node_line.is_empty(), bins, s);
    let detached = timeline.detached_records_ms.map(|gap| {
        format!(
            "⚠ {} {}",
            s.detached_records,
            format_duration_in(gap, ui.lang)
        )
    });
    let has_attempts = !timeline.attempts.is_empty();
    // Ticks fall on the whole hours of the zone the times are shown in.
    let offset = match ui.time {
        TimeMode::Utc => 0,
        _ => zone_offset_ms(start),
    };
    let ticks = ticks(start, end, offset, MAX_TICKS);
    // The end marker's label: when the job ended, or "now" while it goes on; without a marker, the
    // axis's end.
    let end_word = match (timeline.end_ms, timeline.finished) {
        (None, _) => "",
        (Some(_), true) => s.ended,
        (Some(_), false) => s.now,
    };
    let end_time = timeline.end_ms.unwrap_or(end);

    view! {
        <section class="card" id="status" aria-labelledby="status-title">
            <h2 id="status-title">{(s.section_title)(Section::Status)}</h2>
            {detached.map(|note| view! { <p class="note">{note}</p> })}
            <figure class="timeline">
                {timeline_drawing(Arc::clone(&timeline), node_line, ticks, events.clone(), ui)}
                <figcaption class="timeline__axis">
                    <TimeText ms=start ui/>
                    <span class="timeline__end-label">{end_word}" "<TimeText ms=end_time ui/></span>
                </figcaption>
                <ul class="legend">
                    {keyed_list(legend.clone(), |entry| view! {
                        <li><span class=format!("legend__swatch {}", entry.swatch) aria-hidden="true"></span>{entry.label}</li>
                    }.into_any())}
                </ul>
                {events_unread.then(|| view! { <p class="muted">{s.events_unread}</p> })}
            </figure>
            {has_attempts.then(|| view! { <AttemptsTable timeline ui/> })}
        </section>
    }
    .into_any()
}
