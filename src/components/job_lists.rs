//! The start page's way to each known project's job list: the projects of recent jobs, and the
//! demo's.

use crate::config::Config;
use crate::insight::job_list::ListQuery;
use crate::route::list_hash;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::RecentJob;
use leptos::prelude::*;

/// The endpoint that serves the demo jobs in the shipped config.
const DEMO: &str = "demo";

/// One link per project and endpoint a recent job came through, then the demo's; nothing when none
/// is known.
#[component]
pub fn JobLists(recent: Vec<RecentJob>, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    let mut known: Vec<(String, String)> = Vec::new();
    let demo = config
        .endpoint(Some(DEMO))
        .map(|endpoint| (DEMO.to_string(), endpoint.name.clone()));
    for pair in recent
        .into_iter()
        .map(|job| (job.project_id, job.endpoint))
        .chain(demo)
    {
        if !known.contains(&pair) {
            known.push(pair);
        }
    }
    (!known.is_empty()).then(|| {
        let links = move || {
            let time = prefs.time.get();
            known
                .iter()
                .map(|(project, endpoint)| {
                    let href = list_hash(project, Some(endpoint), time, &ListQuery::default());
                    view! {
                        <li><a href=href translate="no">{format!("{project} · {endpoint}")}</a></li>
                    }
                })
                .collect_view()
        };
        view! {
            <section class="card" id="job-lists">
                <h2>{move || prefs.lang.get().finder().job_lists}</h2>
                <ul class="job-list">{links}</ul>
            </section>
        }
    })
}
