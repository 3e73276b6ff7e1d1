//! The finder page's job list: a project's jobs, filtered, sorted and paged as the link says, through
//! the shared loader (a POST search, or a file of every job on a static host).

use crate::api::{locate_search, read_answer, RawResponse};
use crate::browser::{now_ms, resolve_url};
use crate::components::load_trouble::load_trouble;
use crate::components::{
    error_panel::ErrorPanel, job_list_table::JobListTable, job_toolbar::JobToolbar,
    list_filters::ListFilters,
};
use crate::config::Config;
use crate::insight::job_list::{any_running, parse_search, query_from_params, search_body};
use crate::model::{ApiError, TrainingJob};
use crate::route::{ListRoute, TimeMode};
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

/// The User Timing measures of the list's load, read by `scripts/bench`.
const LIST_MEASURES: Measures = Measures {
    fetch: "list:fetch",
    parse: "list:parse",
    render: "list:render",
};

/// One answer of the search.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListData {
    /// Shared with the rows that show them: a page of 50 jobs is not copied to render.
    pub items: Arc<Vec<Arc<TrainingJob>>>,
    /// The API's count, which it documents loosely; the items are what is shown.
    pub total: Option<u64>,
    /// Every job, from a static host's file: filtering, sorting and paging happen here.
    pub complete: bool,
    pub fetched_at_ms: i64,
}

fn decode_list(raw: RawResponse) -> Result<ListData, ApiError> {
    let page = read_answer(&raw, parse_search)?;
    Ok(ListData {
        items: Arc::new(page.items.into_iter().map(Arc::new).collect()),
        total: page.total,
        complete: !raw.posted,
        fetched_at_ms: now_ms(),
    })
}

fn list_is_settled(data: &ListData) -> bool {
    !any_running(&data.items)
}

/// The value of `key` in the link, if any.
fn param<'a>(route: &'a ListRoute, key: &str) -> Option<&'a str> {
    route
        .params
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value.as_str())
}

/// Loads and shows the jobs of the route's project, refreshing while any of them runs.
#[component]
pub fn JobListPage(route: ListRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = param(&route, "time").and_then(TimeMode::parse) {
        prefs.time.set(time);
    }
    let query = query_from_params(&route.params);
    let endpoint_param = param(&route, "endpoint").map(str::to_string);
    let document_base = document().base_uri().ok().flatten().unwrap_or_default();
    let located = locate_search(
        &config,
        endpoint_param.as_deref(),
        (&document_base, resolve_url),
        &route.project_id,
    );
    let located = match located {
        Ok(located) => located,
        Err(error) => return view! { <ErrorPanel error/> }.into_any(),
    };
    let endpoint = located.endpoint;
    let source = Source {
        post_json: Some(search_body(&query).to_string()),
        ..Source::get(located, &config, LIST_MEASURES)
    };
    let token_scope = source.token_scope.clone();
    let loader = Loader::start(
        source,
        Reader {
            decode: decode_list,
            settled: list_is_settled,
        },
    );
    let refresh = loader.refresh_callback();
    let token_changed = loader.reload_callback();
    let project_id = route.project_id.clone();
    let route_project = route.project_id.clone();
    let filter_query = query.clone();
    let endpoint_name = endpoint.name.clone();
    let data = loader.data;
    view! {
        <JobToolbar
            endpoint_name=endpoint.name.clone()
            token_scope=token_scope.clone()
            updated_at=loader.updated_at
            polling=loader.polling
            refresh_error=loader.refresh_error
            stage=loader.stage
            on_refresh=refresh
            on_token_forgotten=token_changed
        />
        {move || {
            let ui = prefs.ui();
            // The stage is read in its own closure below, so the filters (and anything typed in
            // them) stay when the first load ends or a token reloads.
            let (project_id, endpoint_name, query) =
                (project_id.clone(), endpoint_name.clone(), query.clone());
            let token_scope = token_scope.clone();
            let body = move || match loader.stage.get() {
                Stage::Loading => view! {
                    <div class="skeleton" aria-busy="true" aria-live="polite">
                        <p>{ui.lang.finder().loading_jobs}</p>
                        <div class="skeleton__bar"></div>
                    </div>
                }.into_any(),
                stage @ (Stage::NeedsToken | Stage::Failed(_)) => {
                    load_trouble(stage, token_scope.clone(), token_changed).into_any()
                }
                Stage::Ready => view! {
                    <JobListTable data=Signal::derive(move || data.get().unwrap_or_default())
                        project_id=project_id.clone() endpoint=endpoint_name.clone() query=query.clone() ui/>
                }.into_any(),
            };
            view! {
                <section class="card" id="jobs" aria-labelledby="jobs-title">
                    <h1 id="jobs-title">{ui.lang.finder().job_list_title}</h1>
                    <p class="muted">{ui.lang.finder().project} {ui.s.colon} <code>{route_project.clone()}</code></p>
                    <ListFilters project_id=route_project.clone() endpoint=endpoint_param.clone() query=filter_query.clone() ui/>
                    {body}
                </section>
            }
        }}
    }
    .into_any()
}
