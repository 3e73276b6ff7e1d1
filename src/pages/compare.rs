//! The finder page's comparison: two jobs of a project loaded side by side and what differs.

use crate::api::locate_job;
use crate::browser::resolve_url;
use crate::components::load_trouble::load_trouble;
use crate::components::{comparison::ComparisonView, error_panel::ErrorPanel};
use crate::config::Config;
use crate::model::ApiError;
use crate::pages::job::job_reader;
use crate::route::CompareRoute;
use crate::state::loaded::LoadedJob;
use crate::state::loader::{Loader, Measures, Source, Stage};
use crate::storage::prefs::use_prefs;
use crate::storage::token::TokenScope;
use leptos::prelude::*;
use std::sync::Arc;

/// The User Timing measures of each side's load.
const COMPARE_MEASURES: Measures = Measures {
    fetch: "compare:fetch",
    parse: "compare:parse",
    render: "compare:render",
};

/// One side of the comparison: its loader, or why it cannot load.
type Side = Result<(Loader<Arc<LoadedJob>>, Option<TokenScope>), ApiError>;

fn load_side(config: &Config, route: &CompareRoute, job_id: &str) -> Side {
    let document_base = document().base_uri().ok().flatten().unwrap_or_default();
    let located = locate_job(
        config,
        route.endpoint.as_deref(),
        (&document_base, resolve_url),
        &route.project_id,
        job_id,
    )?;
    let source = Source::get(located, config, COMPARE_MEASURES);
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(source, job_reader());
    Ok((loader, token_scope))
}

/// What one side shows while the comparison cannot: loading, a token prompt or the error, in place.
fn side_state(side: &Side, on_token: Callback<()>) -> Option<AnyView> {
    match side {
        Err(error) => Some(view! { <ErrorPanel error=error.clone()/> }.into_any()),
        Ok((loader, scope)) => match loader.stage.get() {
            // Loaded while the other side is not: its name says which job it is.
            Stage::Ready => loader.data.with(|loaded| {
                let name = loaded.as_ref()?.job.metadata()?.name()?.clone();
                Some(view! { <p translate="no">{name}</p> }.into_any())
            }),
            Stage::Loading => Some(view! { <div class="skeleton" aria-busy="true"><div class="skeleton__bar"></div></div> }.into_any()),
            stage => load_trouble(stage, scope.clone(), on_token),
        },
    }
}

/// Loads both jobs and shows what differs, each side's trouble explained in its own column.
#[component]
pub fn ComparePage(route: CompareRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = route.time {
        prefs.time.set(time);
    }
    let sides = [
        load_side(&config, &route, &route.job_a),
        load_side(&config, &route, &route.job_b),
    ];
    // Both sides go through one endpoint: a token saved on either side is for both.
    let reloads: Vec<Callback<()>> = sides
        .iter()
        .filter_map(|side| Some(side.as_ref().ok()?.0.reload_callback()))
        .collect();
    let on_token = Callback::new(move |_: ()| reloads.iter().for_each(|reload| reload.run(())));
    // Kept by the page, so a refresh of a running job does not fold what a person unfolded.
    let unfolded = RwSignal::new(false);
    let endpoint = route.endpoint.clone();
    let project_id = route.project_id.clone();
    move || {
        let ui = prefs.ui();
        let states: Vec<Option<AnyView>> = sides
            .iter()
            .map(|side| side_state(side, on_token))
            .collect();
        let jobs: Vec<Arc<LoadedJob>> = sides
            .iter()
            .filter_map(|side| side.as_ref().ok()?.0.data.get())
            .collect();
        let both_ready = sides.iter().all(|side| {
            side.as_ref()
                .is_ok_and(|(loader, _)| loader.stage.get() == Stage::Ready)
        });
        let body = match (both_ready, jobs.as_slice()) {
            (true, [a, b]) => view! {
                <ComparisonView a=Arc::clone(a) b=Arc::clone(b) project_id=project_id.clone() endpoint=endpoint.clone() unfolded ui/>
            }.into_any(),
            _ => {
                let ids = [route.job_a.clone(), route.job_b.clone()];
                view! {
                    <div class="compare-sides">
                        {states.into_iter().zip(ids).map(|(state, id)| view! {
                            <div class="compare-side">
                                <h2><code>{id}</code></h2>
                                {state}
                            </div>
                        }).collect_view()}
                    </div>
                }.into_any()
            }
        };
        view! {
            <section class="card" id="compare" aria-labelledby="compare-title">
                <h1 id="compare-title">{ui.lang.finder().compare_title}</h1>
                {body}
            </section>
        }
    }
}
