//! The job page: fetches one job through the configured endpoint and shows it.

use crate::api::{fetch_job_for, ApiError};
use crate::components::{error_panel::ErrorPanel, overview_card::OverviewCard};
use crate::config::Config;
use crate::model::ParsedJob;
use crate::route::JobRoute;
use crate::timing::Span;
use leptos::prelude::*;
use std::rc::Rc;

/// Loads the job named by the route and renders it, or explains why it cannot.
#[component]
pub fn JobPage(route: JobRoute, config: Config) -> impl IntoView {
    let request = (
        route.project_id.clone(),
        route.job_id.clone(),
        route.view.endpoint.clone(),
    );
    let job = LocalResource::new(move || {
        let config = config.clone();
        let (project_id, job_id, endpoint) = request.clone();
        async move {
            fetch_job_for(&config, endpoint.as_deref(), &project_id, &job_id)
                .await
                .map(Rc::new)
        }
    });

    view! {
        <Transition fallback=|| view! { <div class="card skeleton" aria-busy="true">"Loading job…"</div> }>
            {move || job.get().map(render_result)}
        </Transition>
    }
}

fn render_result(result: Result<Rc<ParsedJob>, ApiError>) -> AnyView {
    match result {
        Ok(parsed) => {
            let span = Span::start("job:render");
            let view = view! { <OverviewCard job=parsed/> }.into_any();
            request_animation_frame(move || span.end());
            view
        }
        Err(error) => view! { <ErrorPanel error/> }.into_any(),
    }
}
