//! The start page's list of jobs opened before in this browser.

use crate::components::keyed_rows::{positions, KeyedRows, RowKey};
use crate::insight::phase::phase_label;
use crate::pages::VIEWER_PAGE;
use crate::route::job_hash;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::RecentJob;
use leptos::prelude::*;

/// Each recent job as a link, with its last phase and endpoint; nothing when there are none.
#[component]
pub fn RecentJobs(recent: Vec<RecentJob>) -> impl IntoView {
    let prefs = use_prefs();
    let count = recent.len();
    let recent = std::sync::Arc::new(recent);
    let entry = Callback::new(move |(index, _): RowKey| {
        let entry = recent[index].clone();
        let href = format!(
            "{VIEWER_PAGE}{}",
            job_hash(
                &entry.project_id,
                &entry.job_id,
                Some(entry.endpoint.clone())
            )
        );
        let label = if entry.name.is_empty() {
            entry.job_id.clone()
        } else {
            entry.name.clone()
        };
        let phase = move || phase_label(&entry.phase, prefs.lang.get());
        view! {
            <li>
                <a href=href translate="no">{label}</a> " "
                <span class="muted">{phase} " · " <span translate="no">{entry.endpoint.clone()}</span></span>
            </li>
        }
        .into_any()
    });
    (count > 0).then(|| {
        view! {
            <section class="card" id="recent-jobs">
                <h2>{move || prefs.lang.get().finder().recent_jobs}</h2>
                <ul class="job-list">
                    // Keyed by position, so an entry repeated in edited storage still renders.
                    <KeyedRows keys=positions(count) row=entry/>
                </ul>
            </section>
        }
    })
}
