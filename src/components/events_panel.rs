//! A job's events on the diagnostics page: loaded on their own, filtered by level and text, the
//! failure their messages show named above them.

use crate::components::load_trouble::load_trouble;
use crate::components::signature_text::SignatureText;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::events::{filter_events, EventRow, Severity};
use crate::insight::signatures::{scan_events, strongest};
use crate::state::evidence::decode_events;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

const EVENTS_MEASURES: Measures = Measures {
    fetch: "events:fetch",
    parse: "events:parse",
    render: "events:render",
};

/// Loads the events at `url` once and shows them, newest first, in their own states.
#[component]
pub fn EventsPanel(
    /// The call, read once: where, with which token, in which layout.
    source: Source,
    /// Counts the tokens saved on this page: each reloads these events, and a token saved here
    /// reloads the page's other calls.
    token_saved: RwSignal<u32>,
    /// When the job was last read: each new reading of a running job reads its events again.
    job_read_at: Signal<Option<i64>>,
    /// The text filter's first value: a linked task shows the events that name it.
    filter: Option<String>,
) -> impl IntoView {
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(
        Source {
            measures: EVENTS_MEASURES,
            ..source
        },
        Reader::once(decode_events),
    );
    let on_token = loader.share_token(token_saved);
    loader.refresh_with(job_read_at);
    let level = RwSignal::new(None::<Severity>);
    let text = RwSignal::new(filter.unwrap_or_default());
    let prefs = use_prefs();
    // Read once per answer, not on every keystroke in the filter.
    let evidence = Memo::new(move |_| {
        loader.data.with(|events| {
            let events = events.as_ref()?;
            let findings = scan_events(events.iter().map(|event| event.message.as_str()));
            strongest(&findings).map(|finding| finding.signature.clone())
        })
    });
    let table = move |ui: Ui| {
        let f = ui.lang.finder();
        let events = loader.data.get()?;
        let shown: Vec<EventRow> = filter_events(&events, level.get(), &text.get())
            .into_iter()
            .cloned()
            .collect();
        let count = (f.events_shown)(shown.len(), events.len());
        Some(view! {
            {evidence.get().map(|signature| view! {
                <p class="triage triage--failed">{f.events_show}" "<SignatureText signature ui/></p>
            })}
            <p class="muted" role="status">{count}</p>
            {if shown.is_empty() {
                view! { <p class="muted">{f.no_events}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="table events-table">
                            <thead><tr>
                                <th scope="col">{f.event_time}</th><th scope="col">{f.event_level}</th>
                                <th scope="col">{f.event_source}</th><th scope="col">{f.event_message}</th>
                            </tr></thead>
                            <tbody>
                                {shown.into_iter().map(|event| {
                                    let severity = event.severity();
                                    // A level the viewer has no words for is shown as sent.
                                    let (level_text, as_sent) = match severity {
                                        Severity::Other => (event.level.clone(), Some("no")),
                                        known => ((f.level_words)(known).to_string(), None),
                                    };
                                    view! {
                                        <tr class=format!("event event--{}", severity.as_str())>
                                            <td class="nowrap" data-label=f.event_time>
                                                {match event.time_ms {
                                                    Some(ms) => view! { <TimeText ms ui/> }.into_any(),
                                                    None => view! { <code translate="no">{event.time_text}</code> }.into_any(),
                                                }}
                                            </td>
                                            <td data-label=f.event_level><span class="event__level" translate=as_sent>{level_text}</span></td>
                                            <td data-label=f.event_source translate="no">{event.source}</td>
                                            <td data-label=f.event_message translate="no">{event.message}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        })
    };
    // The filters and the loader stay when the language or time mode changes; the words follow.
    move || {
        let ui = prefs.ui();
        let f = ui.lang.finder();
        let token_scope = token_scope.clone();
        view! {
        <form class="list-filters" on:submit=|event| event.prevent_default()>
            <label class="field">{f.event_level}
                <select on:change=move |event| level.set(Severity::parse(&event_target_value(&event)))>
                    <option value="">{f.all_levels}</option>
                    {Severity::ALL.into_iter().map(|severity| view! {
                        <option value=severity.as_str()>{(f.level_words)(severity)}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="field">{f.events_containing}
                <input type="search" prop:value=move || text.get() on:input=move |event| text.set(event_target_value(&event))/>
            </label>
        </form>
        {move || match loader.stage.get() {
            Stage::Loading => Some(view! { <p class="muted" aria-busy="true">{f.loading_events}</p> }.into_any()),
            Stage::Ready => table(ui).map(IntoAny::into_any),
            stage => load_trouble(stage, token_scope.clone(), on_token),
        }}
        }
    }
}
