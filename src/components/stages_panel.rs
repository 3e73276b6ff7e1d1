//! A job's stages on the diagnostics page: each attempt's scheduling, preparing, running and end,
//! their times and messages; nothing at all from an endpoint that does not know the call.

use crate::api::{read_answer, RawResponse};
use crate::components::error_panel::ErrorPanel;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::display::format_duration_in;
use crate::insight::stages::{parse_stages, Attempt, StageStep, StageTime};
use crate::model::ApiError;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

const STAGES_MEASURES: Measures = Measures {
    fetch: "stages:fetch",
    parse: "stages:parse",
    render: "stages:render",
};

fn decode_stages(raw: RawResponse) -> Result<Arc<Vec<Attempt>>, ApiError> {
    read_answer(&raw, parse_stages).map(Arc::new)
}

/// A time in the page's time mode, as sent when it does not read as one, nothing when not yet.
fn time_view(time: &StageTime, ui: Ui) -> Option<AnyView> {
    match time.ms {
        Some(ms) => Some(view! { <TimeText ms ui/> }.into_any()),
        None => (!time.text.is_empty())
            .then(|| view! { <code translate="no">{time.text.clone()}</code> }.into_any()),
    }
}

/// A stage, or a step within one: its name in words, when, how long, what it says.
fn step_view(step: &StageStep, ui: Ui) -> AnyView {
    let f = ui.lang.finder();
    let (name, as_sent) = match step.kind {
        Some(kind) => ((f.stage_words)(kind).to_string(), None),
        None => (step.name.clone(), Some("no")),
    };
    // A stage that began and ended at once (the end) is one moment, not a span.
    let span = step.duration_ms().filter(|&ms| ms > 0);
    let moment = step.duration_ms() == Some(0);
    let end = time_view(&step.end, ui)
        .filter(|_| !moment)
        .map(|end| view! { " – " {end} });
    let duration = span.map(|ms| format!(" · {}", format_duration_in(ms, ui.lang)));
    let message = step.message(ui.lang).to_string();
    let steps = (!step.steps.is_empty()).then(|| {
        view! { <ul>{step.steps.iter().map(|step| view! { <li>{step_view(step, ui)}</li> }).collect_view()}</ul> }
    });
    view! {
        <strong translate=as_sent>{name}</strong>
        " " <span class="muted">{time_view(&step.start, ui)} {end} {duration}</span>
        {(!message.is_empty()).then(|| view! { <br/><span translate="no">{message}</span> })}
        {steps}
    }
    .into_any()
}

/// Loads the stages at the source's URL, read again with a running job; shown above its events.
#[component]
pub fn StagesPanel(
    /// The call, read once: where, with which token, in which layout.
    source: Source,
    /// Counts the tokens saved on this page: each reloads the stages.
    token_saved: RwSignal<u32>,
    /// When the job was last read: each new reading of a running job reads its stages again.
    job_read_at: Signal<Option<i64>>,
) -> impl IntoView {
    let loader = Loader::start(
        Source {
            measures: STAGES_MEASURES,
            ..source
        },
        Reader::once(decode_stages),
    );
    loader.reload_on(token_saved);
    loader.refresh_with(job_read_at);
    let prefs = use_prefs();
    // The earlier attempts opened, by number: a new reading or a change of language rebuilds the
    // list and must not fold them again.
    let opened = RwSignal::new(Vec::<usize>::new());
    move || {
        let ui = prefs.ui();
        let f = ui.lang.finder();
        match loader.stage.get() {
            Stage::Loading => {
                Some(view! { <p class="muted" aria-busy="true">{f.loading_stages}</p> }.into_any())
            }
            Stage::Ready => {
                let attempts = loader.data.get().filter(|attempts| !attempts.is_empty())?;
                let total = attempts.len();
                let lists = attempts
                    .iter()
                    .enumerate()
                    .map(|(index, attempt)| {
                        let stages = view! {
                            <ol class="stages">
                                {attempt.stages.iter().map(|stage| view! { <li>{step_view(stage, ui)}</li> }).collect_view()}
                            </ol>
                        };
                        let number = total - index;
                        let title = (f.attempt_of)(number, total);
                        // The latest attempt open, the earlier ones folded: the events are below.
                        match (total, index) {
                            (1, _) => stages.into_any(),
                            (_, 0) => view! { <h3>{title}</h3> {stages} }.into_any(),
                            _ => view! {
                                <details class="stages__earlier"
                                    prop:open=opened.with_untracked(|opened| opened.contains(&number))
                                    on:toggle=move |event| {
                                        let open = event_target::<web_sys::Element>(&event).has_attribute("open");
                                        opened.update(|opened| {
                                            opened.retain(|&shown| shown != number);
                                            if open {
                                                opened.push(number);
                                            }
                                        });
                                    }>
                                    <summary><h3>{title}</h3></summary>
                                    {stages}
                                </details>
                            }
                            .into_any(),
                        }
                    })
                    .collect_view();
                Some(view! { <h2>{f.stages}</h2> {lists} }.into_any())
            }
            // Only the SDK documents the call: an endpoint without it answers 404, which is not
            // worth a word; the events below ask for a token.
            Stage::NeedsToken | Stage::Failed(ApiError::Http { status: 404, .. }) => None,
            Stage::Failed(error) => {
                Some(view! { <h2>{f.stages}</h2> <ErrorPanel error/> }.into_any())
            }
        }
    }
}
