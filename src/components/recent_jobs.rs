//! The start page's list of jobs opened before in this browser.

use crate::insight::phase::phase_label;
use crate::route::job_hash;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::RecentJob;
use leptos::prelude::*;

/// Each recent job as a link, with its last phase and endpoint; nothing when there are none.
#[component]
pub fn RecentJobs(recent: Vec<RecentJob>) -> impl IntoView {
    let prefs = use_prefs();
    let entry = move |(_, entry): (usize, RecentJob)| {
        let href = job_hash(
            &entry.project_id,
            &entry.job_id,
            Some(entry.endpoint.clone()),
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
    };
    (!recent.is_empty()).then(|| {
        view! {
            <section class="card" id="recent-jobs">
                <h2>{move || prefs.lang.get().strings().recent_jobs}</h2>
                <ul class="job-list">
                    // With the position in the key, an entry repeated in edited storage still renders.
                    <For
                        each=move || recent.clone().into_iter().enumerate()
                        key=|(index, entry)| (*index, entry.job_id.clone())
                        children=entry
                    />
                </ul>
            </section>
        }
    })
}
