//! The start page's list of demo jobs, read from `demo/index.json`.

use crate::components::keyed_rows::{positions, KeyedRows, RowKey};
use crate::demo_index::{load_demo_index, DemoJob};
use crate::pages::VIEWER_PAGE;
use crate::route::job_hash;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// A loading line until the index arrives, then each demo job as a link with what it shows.
#[component]
pub fn DemoJobs() -> impl IntoView {
    let prefs = use_prefs();
    let f = move || prefs.lang.get().finder();
    let demos = RwSignal::new(None::<Vec<DemoJob>>);
    leptos::task::spawn_local(async move {
        // The page may be gone by the time the index arrives.
        let _ = demos.try_set(Some(load_demo_index().await));
    });
    let demo = move |demo: DemoJob| {
        let href = format!(
            "{VIEWER_PAGE}{}",
            job_hash(&demo.project_id, &demo.job_id, None)
        );
        let words = move || demo.name_and_what(prefs.lang.get());
        let (name, what) = (words.clone(), words);
        view! {
            <li>
                <a href=href translate="no">{move || name().0}</a> " "
                <span class="muted">{move || what().1}</span>
            </li>
        }
        .into_any()
    };
    view! {
        <section class="card" id="demo-jobs">
            <h2>{move || f().demo_jobs}</h2>
            {move || match demos.get() {
                None => view! { <p class="loading muted" role="status">{move || f().loading}</p> }.into_any(),
                Some(demos) if demos.is_empty() => view! { <p class="muted">{move || f().no_demo_jobs}</p> }.into_any(),
                Some(demos) => {
                    let count = demos.len();
                    let row = Callback::new(move |(index, _): RowKey| demo(demos[index].clone()));
                    view! { <ul class="job-list"><KeyedRows keys=positions(count) row/></ul> }.into_any()
                }
            }}
        </section>
    }
}
