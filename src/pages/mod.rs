//! One file per page, and which pages each of the four builds shows.
//!
//! The site is four pages of one app: `index.html` views a fetched job, `jobs.html` finds jobs
//! (the start page, a project's list) and compares two (or picks the second), `diagnostics.html`
//! shows a job's events, a task's log, the tasks' resource usage and the job as JSON, and
//! `local.html` shows a response file opened from disk. Each build links only the pages its picker
//! names, so the job page's first load, which people share links to, carries none of the others',
//! and each page has room under the first-load ceiling. A route another page shows moves there,
//! hash and all (prefetch.js moves the viewer's before its wasm loads).

pub mod compare;
pub mod compare_with;
pub mod diagnostics;
pub mod home;
pub mod job;
pub mod job_list;
pub mod local;
pub mod moved;
pub mod not_found;

use crate::config::Config;
use crate::route::{Route, Section};
use compare::ComparePage;
use compare_with::CompareWithPage;
use diagnostics::DiagnosticsPage;
use home::HomePage;
use job::JobPage;
use job_list::JobListPage;
use leptos::prelude::*;
use local::LocalPage;
use moved::MovedPage;
use not_found::NotFoundPage;

/// The page one build shows for a route.
pub type PagePicker = fn(Route, Config) -> AnyView;

/// The file of the finder page, beside `index.html`.
pub const FINDER_PAGE: &str = "jobs.html";

/// The file of the diagnostics page, beside `index.html`.
pub const DIAGNOSTICS_PAGE: &str = "diagnostics.html";

/// The file of the local-file page, beside `index.html`.
pub const LOCAL_PAGE: &str = "local.html";

/// The viewer page, from the others: its folder, which serves `index.html`.
pub const VIEWER_PAGE: &str = "./";

/// The start page, from any page.
pub const START_PAGE: &str = "jobs.html#/";

/// `index.html`: a job.
pub fn viewer_page(route: Route, config: Config) -> AnyView {
    match route {
        Route::Job(job) if job.view.section.is_some_and(Section::on_diagnostics_page) => {
            view! { <MovedPage to=DIAGNOSTICS_PAGE/> }.into_any()
        }
        Route::Job(job) => view! { <JobPage route=job config/> }.into_any(),
        Route::Local => view! { <MovedPage to=LOCAL_PAGE/> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage hash/> }.into_any(),
        Route::Home | Route::JobList(_) | Route::Compare(_) | Route::CompareWith(_) => {
            view! { <MovedPage to=FINDER_PAGE/> }.into_any()
        }
    }
}

/// `jobs.html`: the start page, a project's job list, two jobs compared.
pub fn finder_page(route: Route, config: Config) -> AnyView {
    match route {
        Route::Home => view! { <HomePage config/> }.into_any(),
        Route::JobList(list) => view! { <JobListPage route=list config/> }.into_any(),
        Route::Compare(compare) => view! { <ComparePage route=compare config/> }.into_any(),
        Route::CompareWith(job) => view! { <CompareWithPage route=job config/> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage hash/> }.into_any(),
        Route::Job(job) if job.view.section.is_some_and(Section::on_diagnostics_page) => {
            view! { <MovedPage to=DIAGNOSTICS_PAGE/> }.into_any()
        }
        Route::Job(_) => view! { <MovedPage to=VIEWER_PAGE/> }.into_any(),
        Route::Local => view! { <MovedPage to=LOCAL_PAGE/> }.into_any(),
    }
}

/// `diagnostics.html`: a job's events, a task's log, the tasks' resource usage.
pub fn diagnostics_page(route: Route, config: Config) -> AnyView {
    match route {
        Route::Job(job) if job.view.section.is_some_and(Section::on_diagnostics_page) => {
            view! { <DiagnosticsPage route=job config/> }.into_any()
        }
        Route::NotFound(hash) => view! { <NotFoundPage hash/> }.into_any(),
        Route::Job(_) => view! { <MovedPage to=VIEWER_PAGE/> }.into_any(),
        Route::Local => view! { <MovedPage to=LOCAL_PAGE/> }.into_any(),
        Route::Home | Route::JobList(_) | Route::Compare(_) | Route::CompareWith(_) => {
            view! { <MovedPage to=FINDER_PAGE/> }.into_any()
        }
    }
}

/// `local.html`: a response file opened from disk.
pub fn local_page(route: Route, _config: Config) -> AnyView {
    match route {
        Route::Local => view! { <LocalPage/> }.into_any(),
        Route::NotFound(hash) => view! { <NotFoundPage hash/> }.into_any(),
        Route::Job(job) if job.view.section.is_some_and(Section::on_diagnostics_page) => {
            view! { <MovedPage to=DIAGNOSTICS_PAGE/> }.into_any()
        }
        Route::Job(_) => view! { <MovedPage to=VIEWER_PAGE/> }.into_any(),
        Route::Home | Route::JobList(_) | Route::Compare(_) | Route::CompareWith(_) => {
            view! { <MovedPage to=FINDER_PAGE/> }.into_any()
        }
    }
}
