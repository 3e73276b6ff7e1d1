//! The start page, on the finder page: open a job by ids or pasted URL, recent jobs and their
//! projects' lists, demo jobs, the way to a saved response file (opened on the local-file page,
//! which shows it), and the endpoints a person adds in this browser.

use crate::components::{
    demo_jobs::DemoJobs, endpoints_editor::EndpointsEditor, job_lists::JobLists,
    open_job_form::OpenJobForm, recent_jobs::RecentJobs,
};
use crate::config::Config;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::recent_jobs;
use leptos::prelude::*;

/// Opens a saved response file on the local-file page.
const LOCAL_FILE: &str = "local.html#/local";

/// The start page.
#[component]
pub fn HomePage(config: Config) -> impl IntoView {
    view! {
        <OpenJobForm config=config.clone()/>
        <RecentJobs recent=recent_jobs()/>
        <JobLists recent=recent_jobs() config/>
        <DemoJobs/>
        <section class="card" id="local-file">
            <h2><a href=LOCAL_FILE>{move || use_prefs().lang.get().strings().open_saved}</a></h2>
        </section>
        <EndpointsEditor/>
    }
}
