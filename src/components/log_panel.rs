//! One task's log on the diagnostics page: its newest part (at most 5 MB), in a scrolled view that
//! builds only the lines on screen, searchable, each line number a link, the failure it shows named
//! above it, a download of what was sent and, on request, a link to the whole log.

use crate::api::{read_answer, RawResponse};
use crate::browser::{download, replace_hash};
use crate::components::full_log_link::FullLogLink;
use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::load_trouble::load_trouble;
use crate::components::signature_text::SignatureText;
use crate::i18n::Ui;
use crate::insight::logs::{
    parse_log_preview, size_text, visible_lines, visible_wrapped_lines, wrapped_rows, Log, COLUMN,
};
use crate::model::ApiError;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::state::timing::Span;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::{HtmlDivElement, ScrollIntoViewOptions, ScrollLogicalPosition};

const LOG_MEASURES: Measures = Measures {
    fetch: "log:fetch",
    parse: "log:parse",
    render: "log:render",
};

/// The User Timing measure of one search through the log.
const LOG_SEARCH: &str = "log:search";

/// The height of one line in the view, in CSS pixels (`.log__line` in diagnostics.css).
const LINE_PX: usize = 20;

/// A DOM offset in whole pixels; never negative.
fn pixels(offset: i32) -> usize {
    usize::try_from(offset).unwrap_or(0)
}

/// Whether the view shows the log's last line, give or take part of one.
fn is_at_end(view: &web_sys::Element) -> bool {
    pixels(view.scroll_top()) + pixels(view.client_height()) + LINE_PX
        >= pixels(view.scroll_height())
}

/// The columns of a wrapped line's number (`.log--wrap .log__number` in diagnostics.css).
const GUTTER_COLUMNS: usize = 9;

/// The fewest columns a wrapped line is given, however narrow the view.
const MIN_COLUMNS: usize = 20;

/// Lines built beyond each edge of the view.
const SPARE_LINES: usize = 30;

fn decode_log(raw: RawResponse) -> Result<Arc<Log>, ApiError> {
    read_answer(&raw, parse_log_preview).map(Arc::new)
}

/// Loads the log at `url` and shows it; `search` and `line` come from the link, and `hash_for`
/// writes them back into it (`q=`, `line=`) without reloading the page.
#[component]
pub fn LogPanel(
    /// The call, read once: where, with which token, in which layout.
    source: Source,
    /// The call for a link to the whole log (`…/logs/url`), made only when asked for.
    link_source: Source,
    /// Names the downloaded file.
    file_stem: String,
    search: Option<String>,
    line: Option<usize>,
    hash_for: Callback<(Option<String>, Option<usize>), String>,
    /// Counts the tokens saved on this page: each reloads this log, and a token saved here reloads
    /// the page's other calls.
    token_saved: RwSignal<u32>,
    /// When the job was last read: each new reading reads the log again.
    job_read_at: Signal<Option<i64>>,
    /// How often the job, and so the log, is read again while it runs; `None` once it has ended.
    follow_every: Signal<Option<u32>>,
    /// Whether what the page shows above the log is in place: the task's summary and the task
    /// picker come with the job, which may land after the log and would push it down again.
    above_settled: Signal<bool>,
) -> impl IntoView {
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(
        Source {
            measures: LOG_MEASURES,
            ..source
        },
        Reader::once(decode_log),
    );
    let on_token = loader.share_token(token_saved);
    loader.refresh_with(job_read_at);
    let prefs = use_prefs();
    let query = RwSignal::new(search.unwrap_or_default());
    // The line a link or a match points at, from 1.
    let current_line = RwSignal::new(line);
    let scroll_px = RwSignal::new(0_usize);
    // Whether the view is at the log's end, where a newer reading keeps it.
    let at_end = RwSignal::new(false);
    let viewport_px = RwSignal::new(600_usize);
    let container = NodeRef::<leptos::html::Div>::new();
    let log = Memo::new(move |_| loader.data.get().unwrap_or_default());
    // Counts the readings of the log: a newer one may have shifted every line (the preview keeps
    // only the newest 5 MB), so the rows on screen are built again from it.
    let reading = Memo::new(move |previous: Option<&usize>| {
        loader.data.track();
        previous.map_or(0, |count| count + 1)
    });
    let total = Memo::new(move |_| log.with(|log| log.line_count()));
    // Long lines wrapped to the view's width, else scrolled sideways.
    let wrap = RwSignal::new(false);
    // The columns a wrapped line holds, measured from the view's own font.
    let columns = RwSignal::new(0_usize);
    let probe = NodeRef::<leptos::html::Span>::new();
    // How wide the font draws a Chinese character, in hundredths of a column.
    let east_asian = RwSignal::new(2 * COLUMN);
    let wide_probe = NodeRef::<leptos::html::Span>::new();
    // Where each line's rows start while lines wrap; none while each line is one row.
    let row_starts = Memo::new(move |_| {
        let columns = columns.get();
        let east_asian = east_asian.get();
        (wrap.get() && columns > 0).then(|| log.with(|log| wrapped_rows(log, columns, east_asian)))
    });
    // The row line `index` (from 0) starts on, and the rows of the whole log.
    let row_of = move |index: usize| {
        row_starts.with_untracked(|starts| {
            starts
                .as_ref()
                .and_then(|starts| starts.get(index).copied())
                .unwrap_or(index)
        })
    };
    let total_rows = Memo::new(move |_| {
        row_starts
            .with(|starts| starts.as_ref().and_then(|starts| starts.last().copied()))
            .unwrap_or_else(|| total.get())
    });
    // The lines to build for the view as it is scrolled.
    let window = move || match row_starts.with(|starts| {
        starts.as_ref().map(|starts| {
            visible_wrapped_lines(
                scroll_px.get(),
                viewport_px.get(),
                LINE_PX,
                starts,
                SPARE_LINES,
            )
        })
    }) {
        Some(window) => window,
        None => visible_lines(
            scroll_px.get(),
            viewport_px.get(),
            LINE_PX,
            total.get(),
            SPARE_LINES,
        ),
    };
    let measure = move || {
        let (Some(view), Some(probe), Some(wide_probe)) = (
            container.get_untracked(),
            probe.get_untracked(),
            wide_probe.get_untracked(),
        ) else {
            return;
        };
        // Each probe holds ten characters.
        let column_px = probe.get_bounding_client_rect().width() / 10.0;
        let wide_px = wide_probe.get_bounding_client_rect().width() / 10.0;
        if column_px > 0.0 {
            // Rounded up: a little too wide leaves room, a little too narrow would cut.
            let measured = (wide_px / column_px * COLUMN as f64).ceil() as usize;
            east_asian.set(measured.clamp(COLUMN, 3 * COLUMN));
            let fit = (f64::from(view.client_width()) / column_px) as usize;
            // One column is left for rounding, so a full row never wraps once more.
            columns.set(fit.saturating_sub(GUTTER_COLUMNS + 1).max(MIN_COLUMNS));
        }
    };
    Effect::new(move |_| {
        if wrap.get() && container.get().is_some() {
            measure();
        }
    });
    // The line at the top of the view, and putting it back there (or the end, for a view at the
    // end) once the lines are laid out anew: a change of width or wrapping keeps the reader's place.
    let top_line = move || {
        let scroll = scroll_px.get_untracked();
        row_starts
            .with_untracked(|starts| {
                starts
                    .as_ref()
                    .map(|starts| visible_wrapped_lines(scroll, 0, LINE_PX, starts, 0).0)
            })
            .unwrap_or(scroll / LINE_PX)
    };
    // Whether the view was at the end is read before the change: a shorter log clamps the scroll
    // to its end on the way, which would read as the reader being there.
    let restore = move |top: usize, was_at_end: bool| {
        request_animation_frame(move || {
            if let Some(view) = container.get_untracked() {
                let target = if was_at_end {
                    i32::MAX
                } else {
                    i32::try_from(row_of(top).saturating_mul(LINE_PX)).unwrap_or(i32::MAX)
                };
                view.set_scroll_top(target);
            }
        })
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if wrap.get_untracked() {
            let (top, was_at_end) = (top_line(), at_end.get_untracked());
            measure();
            restore(top, was_at_end);
        }
    });
    on_cleanup(move || resize.remove());
    let matches = Memo::new(move |_| {
        let query = query.get();
        // Measured for scripts/bench: issue 12's budget is 50 ms for a 5 MB log.
        let span = Span::start(LOG_SEARCH);
        let found = log.with(|log| log.matches(&query));
        span.end();
        found
    });
    // The failure the log shows and its line (from 1).
    let evidence = Memo::new(move |_| log.with(|log| log.failure()));
    let show_line = move |line: usize| {
        current_line.set(Some(line));
        replace_hash(&hash_for.run((
            Some(query.get_untracked()).filter(|query| !query.trim().is_empty()),
            Some(line),
        )));
        if let Some(view) = container.get_untracked() {
            // The line a third of the way down, with what led to it above.
            let above = row_of(line.saturating_sub(1)).saturating_mul(LINE_PX);
            let top = above.saturating_sub(pixels(view.client_height()) / 3);
            view.set_scroll_top(i32::try_from(top).unwrap_or(i32::MAX));
        }
    };
    // Each time the view is put on screen (first, and after a change of language): the current
    // line, else the first match, else the failure the log shows, else the end, where a failed
    // task's log says why. A newer reading of a running job's log keeps a view at its end there.
    Effect::new(move |shown: Option<Option<HtmlDivElement>>| {
        let view = container.get()?;
        if loader.data.with(Option::is_none) {
            return None;
        }
        if shown.flatten().as_ref() == Some(&view) {
            if at_end.get_untracked() {
                let bottom = view.clone();
                // Once the longer log has been laid out, or the end would be the old one.
                request_animation_frame(move || bottom.set_scroll_top(i32::MAX));
            }
            return Some(view);
        }
        let total = log.with_untracked(|log| log.line_count());
        let target = current_line
            .get_untracked()
            .or_else(|| matches.with_untracked(|found| found.first().map(|index| index + 1)))
            .or_else(|| evidence.with_untracked(|found| found.as_ref().map(|(line, _)| *line)));
        match target {
            Some(line) => show_line(line.min(total.max(1))),
            None => view.set_scroll_top(i32::MAX),
        }
        // From where the view landed: a placement that moved nothing sends no scroll event.
        at_end.set(is_at_end(&view));
        Some(view)
    });
    // The page scrolls too, so the box and the line in it are on screen, not below the fold: once
    // for each view put on screen, when the log is read and what is above it is in place; not at
    // all when the box is already in view, where a reader may be scrolling the page.
    Effect::new(move |scrolled: Option<Option<HtmlDivElement>>| {
        let view = container.get()?;
        if scrolled.flatten().as_ref() == Some(&view) {
            return Some(view);
        }
        if loader.data.with(Option::is_none) || !above_settled.get() {
            return None;
        }
        let nearest = ScrollIntoViewOptions::new();
        nearest.set_block(ScrollLogicalPosition::Nearest);
        view.scroll_into_view_with_scroll_into_view_options(&nearest);
        Some(view)
    });
    let step = move |forward: bool| {
        let found = matches.get_untracked();
        let at = current_line.get_untracked().unwrap_or(0);
        let next = if forward {
            found
                .iter()
                .find(|index| **index + 1 > at)
                .or(found.first())
        } else {
            found
                .iter()
                .rev()
                .find(|index| **index + 1 < at)
                .or(found.last())
        };
        if let Some(index) = next {
            show_line(index + 1);
        }
    };
    // Keyed by line, reading and wrap width, so scrolling builds only the lines that come into view.
    let visible = Signal::derive(move || {
        let (start, end) = window();
        let width = if row_starts.with(Option::is_some) {
            columns.get()
        } else {
            0
        };
        let key = format!("{}:{width}", reading.get());
        (start..end)
            .map(|index| (index, key.clone()))
            .collect::<Vec<RowKey>>()
    });
    let row = Callback::new(move |(index, _): RowKey| {
        let number = index + 1;
        let class = move || {
            let mut class = String::from("log__line");
            if matches.with(|found| found.binary_search(&index).is_ok()) {
                class.push_str(" log__line--match");
            }
            if current_line.get() == Some(number) {
                class.push_str(" log__line--current");
            }
            class
        };
        // Follows the search box, so a copied line link keeps the search shown.
        let href = move || {
            hash_for.run((
                Some(query.get()).filter(|query| !query.trim().is_empty()),
                Some(number),
            ))
        };
        let text = log.with_untracked(|log| log.line(index).to_string());
        // Wrapped, a line is as tall as its rows and its text as wide as the columns counted.
        let rows = row_starts.with_untracked(|starts| {
            let starts = starts.as_ref()?;
            Some(starts.get(index + 1)? - starts.get(index)?)
        });
        let height = rows.map(|rows| format!("{}px", rows * LINE_PX));
        let width = rows.map(|_| format!("{}ch", columns.get_untracked()));
        view! {
            <div class=class style:height=height>
                <a class="log__number" href=href on:click=move |event| {
                    event.prevent_default();
                    show_line(number);
                }>{number}</a>
                <span class="log__text" translate="no" style:width=width>{text}</span>
            </div>
        }
        .into_any()
    });
    let body = move |ui: Ui| {
        let f = ui.lang.finder();
        let file_stem = file_stem.clone();
        let cut = move || {
            log.with(|shown| {
                shown.is_cut().then(|| {
                    (f.log_cut)(
                        &size_text(shown.current_size.unwrap_or(0)),
                        &size_text(shown.full_size.unwrap_or(0)),
                    )
                })
            })
        };
        // Only an empty log and a log with lines look different: a longer one keeps its box.
        let empty = Memo::new(move |_| total.get() == 0);
        view! {
            {move || evidence.get().map(|(line, signature)| view! {
                <p class="triage triage--failed">
                    <a href=hash_for.run((None, Some(line))) on:click=move |event| {
                        event.prevent_default();
                        show_line(line);
                    }>{(f.found_on_line)(line)}</a>
                    " " <SignatureText signature ui/>
                </p>
            })}
            {move || cut().map(|cut| view! { <p class="muted">{cut}</p> })}
            {move || follow_every.get().map(|seconds| view! { <p class="muted">{(f.log_follows)(seconds)}</p> })}
            <div class="log-tools">
                <label class="field">{f.log_search}
                    <input type="search" name="q" prop:value=move || query.get()
                        on:input=move |event| query.set(event_target_value(&event))
                        on:keydown=move |event| if event.key() == "Enter" { event.prevent_default(); step(true); }/>
                </label>
                <span class="muted" role="status">{move || (!query.get().trim().is_empty()).then(|| (f.log_matches)(matches.with(Vec::len)))}</span>
                <button type="button" class="button" on:click=move |_| step(false)>{f.previous_match}</button>
                <button type="button" class="button" on:click=move |_| step(true)>{f.next_match}</button>
                <button type="button" class="button" aria-pressed=move || wrap.get().to_string() on:click=move |_| {
                    let (top, was_at_end) = (top_line(), at_end.get_untracked());
                    wrap.update(|wrap| *wrap = !*wrap);
                    restore(top, was_at_end);
                }>{f.wrap_lines}</button>
                <button type="button" class="button" on:click=move |_| {
                    log.with_untracked(|shown| download(&format!("{file_stem}.txt"), &shown.text, "text/plain"));
                }>{f.download_log}</button>
            </div>
            {move || if empty.get() {
                view! { <p class="muted">{f.log_empty}</p> }.into_any()
            } else {
                view! {
                    <div class=move || if wrap.get() { "log log--wrap" } else { "log" } node_ref=container
                        role="region" aria-label=f.log_lines tabindex="0"
                        on:scroll=move |event| {
                            let view = event_target::<web_sys::Element>(&event);
                            scroll_px.set(pixels(view.scroll_top()));
                            viewport_px.set(pixels(view.client_height()));
                            at_end.set(is_at_end(&view));
                        }>
                        <span class="log__probe" aria-hidden="true" node_ref=probe>"0000000000"</span>
                        <span class="log__probe" aria-hidden="true" node_ref=wide_probe>"中中中中中中中中中中"</span>
                        <div class="log__space" style:height=move || format!("{}px", total_rows.get().saturating_mul(LINE_PX))>
                            <div class="log__window" style:transform=move || {
                                let (start, _) = window();
                                format!("translateY({}px)", row_of(start).saturating_mul(LINE_PX))
                            }>
                                <KeyedRows keys=visible row/>
                            </div>
                        </div>
                    </div>
                }.into_any()
            }}
        }
    };
    // The search, the current line and the loader stay when the language or time mode changes.
    let log_view = move || {
        let ui = prefs.ui();
        match loader.stage.get() {
            Stage::Loading => Some(
                view! { <p class="muted" aria-busy="true">{ui.lang.finder().loading_log}</p> }
                    .into_any(),
            ),
            Stage::Ready => Some(body(ui).into_any()),
            stage => load_trouble(stage, token_scope.clone(), on_token),
        }
    };
    // Above the log, and apart from it: the whole log may be reachable when its preview is not.
    view! { <FullLogLink source=link_source token_saved/> {log_view} }
}
