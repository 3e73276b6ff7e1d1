//! The finder page's "Compare with…": a job page links here to pick the other job.

use crate::components::compare_with::CompareWith;
use crate::config::Config;
use crate::route::JobRoute;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Picks the job to compare the route's job with, through the route's endpoint.
#[component]
pub fn CompareWithPage(route: JobRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = route.view.time {
        prefs.time.set(time);
    }
    // The endpoint's name as the job page used it: the link's, else the configured default.
    let endpoint = config
        .endpoint(route.view.endpoint.as_deref())
        .map(|endpoint| endpoint.name.clone())
        .or(route.view.endpoint)
        .unwrap_or_default();
    move || {
        view! {
            <CompareWith project_id=route.project_id.clone() job_id=route.job_id.clone()
                endpoint=endpoint.clone() ui=prefs.ui()/>
        }
    }
}
