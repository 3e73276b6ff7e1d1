//! One task's resource usage on the diagnostics page: loaded on its own, a chart for each series with
//! data, the series without any named below them.

use crate::api::{read_answer, RawResponse};
use crate::components::load_trouble::load_trouble;
use crate::components::time_text::TimeText;
use crate::components::usage_chart::{series_title, UsageChart};
use crate::i18n::Ui;
use crate::insight::hardware::format_number;
use crate::insight::metrics::{memory_before_kill, parse_metrics, Series};
use crate::model::ApiError;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

const METRICS_MEASURES: Measures = Measures {
    fetch: "metrics:fetch",
    parse: "metrics:parse",
    render: "metrics:render",
};

/// One sample a minute (reference §5).
const MINUTE_MS: i64 = 60_000;

fn decode_metrics(raw: RawResponse) -> Result<Arc<Vec<Series>>, ApiError> {
    read_answer(&raw, parse_metrics).map(Arc::new)
}

/// The charts of one answer, the approximate time they span and the series left out; first, for
/// a task that was killed, how full its memory was just before.
fn charts(series: &[Series], task: &str, killed: bool, start_ms: Option<i64>, ui: Ui) -> AnyView {
    let f = ui.lang.finder();
    if series.is_empty() {
        return view! { <p class="muted">{f.no_metrics}</p> }.into_any();
    }
    let out_of_memory = killed
        .then(|| memory_before_kill(series))
        .flatten()
        .map(|percent| {
            let sentence = (f.memory_before_kill)(task, &format_number(percent));
            view! { <p class="triage triage--failed">{sentence}</p> }
        });
    let (with_data, without): (Vec<&Series>, Vec<&Series>) =
        series.iter().partition(|series| series.has_data());
    let minutes = series
        .iter()
        .map(|series| series.values.len())
        .max()
        .unwrap_or(0);
    let left_out = without
        .iter()
        .map(|series| series_title(series, f))
        .collect::<Vec<_>>()
        .join(f.list_separator);
    // The API sends no times: the first sample is taken as the job's start, then one a minute.
    // Said only under charts: with nothing drawn there is no time to place.
    let drawn = !with_data.is_empty();
    let span = start_ms.filter(|_| drawn).map(|start| {
        let end = start.saturating_add((minutes as i64 - 1) * MINUTE_MS);
        view! { <p class="usage-span">"≈ "<TimeText ms=start ui/>" – ≈ "<TimeText ms=end ui/></p> }
    });
    view! {
        {out_of_memory}
        {drawn.then(|| view! {
            <div class="usage-charts">
                {with_data.into_iter().map(|series| view! { <UsageChart series=series.clone() minutes ui/> }).collect_view()}
            </div>
            {span}
            <p class="muted">{(f.minutes_approximate)(minutes)}</p>
        })}
        {(!without.is_empty()).then(|| view! { <p class="muted">{(f.series_without_data)(&left_out)}</p> })}
    }
    .into_any()
}

/// Loads the usage at the source's URL once and shows it in its own states.
#[component]
pub fn MetricsPanel(
    /// The call, read once: where, with which token, in which layout.
    source: Source,
    /// Counts the tokens saved on this page: each reloads this usage, and a token saved here
    /// reloads the page's other calls.
    token_saved: RwSignal<u32>,
    /// The task, named in what its usage shows.
    task: String,
    /// Whether the task exited with 137, killed.
    killed: Signal<bool>,
    /// When the job started, where its first sample is taken to be.
    start_ms: Signal<Option<i64>>,
) -> impl IntoView {
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(
        Source {
            measures: METRICS_MEASURES,
            ..source
        },
        Reader::once(decode_metrics),
    );
    let on_token = loader.share_token(token_saved);
    let prefs = use_prefs();
    move || {
        let ui = prefs.ui();
        match loader.stage.get() {
            Stage::Loading => Some(
                view! { <p class="muted" aria-busy="true">{ui.lang.finder().loading_metrics}</p> }
                    .into_any(),
            ),
            Stage::Ready => loader.data.with(|series| {
                series
                    .as_ref()
                    .map(|series| charts(series, &task, killed.get(), start_ms.get(), ui))
            }),
            stage => load_trouble(stage, token_scope.clone(), on_token),
        }
    }
}
