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
use crate::insight::logs::{parse_log_preview, size_text, visible_lines, Log};
use crate::model::ApiError;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::state::timing::Span;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;
use web_sys::HtmlDivElement;

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
) -> impl IntoView {
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(
        Source {
            measures: LOG_MEASURES,
            ..source
        },
        Reader::once(decode_log),
    );
    loader.reload_on(token_saved);
    loader.refresh_with(job_read_at);
    let on_token = Callback::new(move |_: ()| token_saved.update(|saved| *saved += 1));
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
            let above = line.saturating_sub(1).saturating_mul(LINE_PX);
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
        // The page scrolls too, so the box and the line in it are on screen, not below the fold.
        view.scroll_into_view_with_bool(false);
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
    // Counts the readings of the log: a newer one may have shifted every line (the preview keeps
    // only the newest 5 MB), so the rows on screen are built again from it.
    let reading = Memo::new(move |previous: Option<&usize>| {
        loader.data.track();
        previous.map_or(0, |count| count + 1)
    });
    let total = Memo::new(move |_| log.with(|log| log.line_count()));
    // Keyed by line and reading, so scrolling builds only the lines that come into view.
    let visible = Signal::derive(move || {
        let (start, end) = visible_lines(
            scroll_px.get(),
            viewport_px.get(),
            LINE_PX,
            total.get(),
            SPARE_LINES,
        );
        let reading = reading.get().to_string();
        (start..end)
            .map(|index| (index, reading.clone()))
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
        view! {
            <div class=class>
                <a class="log__number" href=href on:click=move |event| {
                    event.prevent_default();
                    show_line(number);
                }>{number}</a>
                <span translate="no">{text}</span>
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
                <button type="button" class="button" on:click=move |_| {
                    log.with_untracked(|shown| download(&format!("{file_stem}.txt"), &shown.text, "text/plain"));
                }>{f.download_log}</button>
            </div>
            {move || if empty.get() {
                view! { <p class="muted">{f.log_empty}</p> }.into_any()
            } else {
                view! {
                    <div class="log" node_ref=container role="region" aria-label=f.log_lines tabindex="0"
                        on:scroll=move |event| {
                            let view = event_target::<web_sys::Element>(&event);
                            scroll_px.set(pixels(view.scroll_top()));
                            viewport_px.set(pixels(view.client_height()));
                            at_end.set(is_at_end(&view));
                        }>
                        <div class="log__space" style:height=move || format!("{}px", total.get().saturating_mul(LINE_PX))>
                            <div class="log__window" style:transform=move || {
                                let (start, _) = visible_lines(scroll_px.get(), viewport_px.get(), LINE_PX, total.get(), SPARE_LINES);
                                format!("translateY({}px)", start.saturating_mul(LINE_PX))
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
