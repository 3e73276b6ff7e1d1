//! The start page: the demo jobs, to begin with.

use crate::route::{self, JobRoute, Route};
use leptos::prelude::*;
use serde::Deserialize;

/// One entry of `demo/index.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DemoJob {
    pub project_id: String,
    pub job_id: String,
    pub title: String,
}

async fn load_demo_index() -> Vec<DemoJob> {
    let Ok(response) = gloo_net::http::Request::get("demo/index.json").send().await else {
        return Vec::new();
    };
    let text = response.text().await.unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

/// Lists the bundled demo jobs as deep links.
#[component]
pub fn HomePage() -> impl IntoView {
    let demos = LocalResource::new(load_demo_index);
    view! {
        <section class="card" id="demo-jobs">
            <h1>"Open a training job"</h1>
            <h2>"Demo jobs"</h2>
            <Transition fallback=|| view! { <p class="loading">"Loading demo jobs…"</p> }>
                <ul class="demo-list">
                    {move || {
                        demos
                            .get()
                            .unwrap_or_default()
                            .into_iter()
                            .map(|demo| {
                                let href = route::format(&Route::Job(JobRoute {
                                    project_id: demo.project_id,
                                    job_id: demo.job_id,
                                    ..JobRoute::default()
                                }));
                                view! { <li><a href=href>{demo.title}</a></li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </Transition>
        </section>
    }
}
