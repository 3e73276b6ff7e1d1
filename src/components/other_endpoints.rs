//! Under an error: the same job through each configured endpoint, and the way to the start page.

use crate::components::keyed_rows::keyed_list;
use crate::config::Config;
use crate::route::{self, JobRoute, Route};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Links to the job of `route` through every endpoint of `config` but the one that failed, so a
/// wrong or unknown endpoint is one click from a working one; then a link home.
#[component]
pub fn OtherEndpoints(route: JobRoute, config: Config, failed: Option<String>) -> impl IntoView {
    let s = use_prefs().lang.get_untracked().strings();
    let links: Vec<(String, String)> = config
        .endpoints
        .iter()
        .filter(|endpoint| Some(&endpoint.name) != failed.as_ref())
        .map(|endpoint| {
            let mut through = route.clone();
            through.view.endpoint = Some(endpoint.name.clone());
            (endpoint.name.clone(), route::format(&Route::Job(through)))
        })
        .collect();
    view! {
        <nav class="card other-endpoints" aria-label=s.open_through>
            {(!links.is_empty()).then(|| view! {
                <p>{s.open_through}</p>
                <ul class="job-list">
                    {keyed_list(links, |(name, href)| view! {
                        <li><a href=href translate="no">{name}</a></li>
                    }.into_any())}
                </ul>
            })}
            <p><a href=crate::pages::START_PAGE>{s.go_home}</a></p>
        </nav>
    }
}
