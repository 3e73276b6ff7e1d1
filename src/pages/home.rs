//! The start page: open a job by ids or pasted URL, recent jobs, demo jobs, a saved response file,
//! and the endpoints a person adds in this browser.

use crate::components::{
    demo_jobs::DemoJobs, endpoints_editor::EndpointsEditor, local_file_form::LocalFileForm,
    open_job_form::OpenJobForm, recent_jobs::RecentJobs,
};
use crate::config::Config;
use crate::storage::recent::recent_jobs;
use leptos::prelude::*;

/// The start page.
#[component]
pub fn HomePage(config: Config) -> impl IntoView {
    view! {
        <OpenJobForm config/>
        <RecentJobs recent=recent_jobs()/>
        <DemoJobs/>
        <LocalFileForm/>
        <EndpointsEditor/>
    }
}
