//! The job page: loads one job through the configured endpoint with the shared loader, and keeps
//! every selection in the URL.

use crate::api::{classify_response, locate_job, RawResponse};
use crate::browser::{after_paint, page_hidden, replace_hash, resolve_url, scroll_to};
use crate::components::load_trouble::load_trouble;
use crate::components::{
    error_panel::ErrorPanel, job_toolbar::JobToolbar, job_view::JobView,
    other_endpoints::OtherEndpoints, section_nav::SectionNav,
};
use crate::config::Config;
use crate::insight::phase::{is_terminal, phase_label};
use crate::model::ApiError;
use crate::pages::FINDER_PAGE;
use crate::route::{self, compare_with_hash, JobRoute, Route, Section};
use crate::state::early_name::EarlyName;
use crate::state::evidence::Evidence;
use crate::state::loaded::LoadedJob;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::state::remembered::Remembered;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::remember_job;
use leptos::prelude::*;
use std::sync::Arc;

/// The User Timing measures of a job's load, read by `scripts/bench`.
const JOB_MEASURES: Measures = Measures {
    fetch: "job:fetch",
    parse: "job:parse",
    render: "job:render",
};

/// A response as a loaded job, or the reason it is none.
pub fn decode_job(raw: RawResponse) -> Result<Arc<LoadedJob>, ApiError> {
    let parsed = classify_response(&raw.url, raw.status, raw.retry_after.as_deref(), &raw.body)?;
    Ok(Arc::new(LoadedJob::new(parsed, Arc::from(raw.body))))
}

/// How a job is read: decoded, and polled until it is finished.
pub fn job_reader() -> Reader<Arc<LoadedJob>> {
    Reader {
        decode: decode_job,
        settled: job_is_terminal,
    }
}

/// Whether a loaded job will not change again.
pub fn job_is_terminal(loaded: &Arc<LoadedJob>) -> bool {
    loaded
        .job
        .status()
        .and_then(|status| status.phase())
        .is_some_and(|phase| is_terminal(phase))
}

/// Loads, shows and refreshes the job named by the route.
#[component]
pub fn JobPage(route: JobRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = route.view.time {
        prefs.time.set(time);
    }
    Remembered::provide();
    let view_state = RwSignal::new(route.view.clone());

    // Every selection goes into the URL without adding history entries.
    let ids = (route.project_id.clone(), route.job_id.clone());
    Effect::new(move |_| {
        let mut hash_route = JobRoute {
            project_id: ids.0.clone(),
            job_id: ids.1.clone(),
            view: view_state.get(),
        };
        hash_route.view.time = Some(prefs.time.get());
        replace_hash(&route::format(&Route::Job(hash_route)));
    });

    let document_base = document().base_uri().ok().flatten().unwrap_or_default();
    let located = locate_job(
        &config,
        route.view.endpoint.as_deref(),
        (&document_base, resolve_url),
        &route.project_id,
        &route.job_id,
    );
    let (endpoint, token_scope, loader, evidence) = match located {
        Err(error) => {
            return view! {
                <ErrorPanel error/>
                <OtherEndpoints route=route.clone() config=config.clone() failed=None/>
            }
            .into_any()
        }
        Ok(located) => {
            let endpoint = located.endpoint.clone();
            let source = Source::get(located, &config, JOB_MEASURES);
            let token_scope = source.token_scope.clone();
            let loader = Loader::start(source.clone(), job_reader());
            let evidence = Evidence::start(&loader, &source);
            (endpoint, token_scope, loader, evidence)
        }
    };

    let (project_id, job_id) = (route.project_id.clone(), route.job_id.clone());
    let endpoint_name = endpoint.name.clone();
    // The start page's list of recent jobs is kept once the job is on screen: reading and writing
    // it in localStorage is no part of showing the job.
    Effect::new(move |_| {
        if let Some(loaded) = loader.data.get() {
            let (project_id, job_id, endpoint_name) =
                (project_id.clone(), job_id.clone(), endpoint_name.clone());
            leptos::task::spawn_local(async move {
                // A hidden tab paints no frame until it is shown: there, at once.
                if !page_hidden() {
                    after_paint().await;
                }
                remember_job(&project_id, &job_id, &loaded.job, &endpoint_name);
            });
        }
    });

    // The tab says which job and how it stands, in the UI's language, as the phase changes.
    Effect::new(move |_| {
        let s = prefs.lang.get().strings();
        let title = loader.data.with(|loaded| {
            let job = &loaded.as_ref()?.job;
            let name = job
                .metadata()
                .and_then(|m| m.name())
                .cloned()
                .unwrap_or_default();
            let phase = job
                .status()
                .and_then(|status| status.phase())
                .cloned()
                .unwrap_or_default();
            Some((s.job_title)(&name, &phase_label(&phase, prefs.lang.get())))
        });
        document().set_title(&title.unwrap_or_else(|| s.app_title.to_string()));
    });

    // The section of a deep link, or one picked while no job is on screen (it loads, or loads
    // again with a new token), is scrolled to once the job is shown.
    let pending_section = StoredValue::new(route.view.section);
    Effect::new(move |_| {
        if loader.stage.get() == Stage::Ready {
            if let Some(section) = pending_section.try_update_value(Option::take).flatten() {
                request_animation_frame(move || scroll_to(section.id()));
            }
        }
    });
    // Only the page's first view of the job puts the overview first, and only when no section is
    // to be scrolled to: a change of language or time mode rebuilds the view, which must not make
    // the sections below blink.
    let first_build = StoredValue::new(true);
    // The section links and the comparison link need only the job's link: they are there while
    // the job loads, so that its arrival does not move them, or the job's name, down the page.
    let links_shown =
        Memo::new(move |_| matches!(loader.stage.get(), Stage::Loading | Stage::Ready));

    let on_select_section = Callback::new(move |section: Section| {
        view_state.update(|view| view.section = Some(section));
        if loader.stage.get_untracked() == Stage::Ready {
            scroll_to(section.id());
        } else {
            pending_section.set_value(Some(section));
        }
    });
    let on_select_task = Callback::new(move |task: String| {
        view_state.update(|view| view.task = Some(task));
    });
    let refresh = loader.refresh_callback();
    let token_changed = loader.reload_callback();
    let selected_task = Signal::derive(move || view_state.with(|view| view.task.clone()));
    let current_section = Signal::derive(move || view_state.with(|view| view.section));
    let data = loader.data;
    let loaded = Signal::derive(move || data.get().unwrap_or_default());
    let link_route = route.clone();
    let (nav_route, nav_endpoint) = (route.clone(), endpoint.name.clone());
    let prompt_scope = token_scope.clone();
    // The name prefetch.js painted before the app started stays on screen while the job loads.
    let early_name = EarlyName::take();

    view! {
        <JobToolbar
            endpoint_name=endpoint.name.clone()
            token_scope=token_scope.clone()
            updated_at=loader.updated_at
            polling=loader.polling
            refresh_error=loader.refresh_error
            stage=loader.stage
            on_refresh=refresh
            on_token_forgotten=token_changed
        />
        {move || links_shown.get().then(|| {
            let ui = prefs.ui();
            view! {
                <SectionNav job=nav_route.clone() current=current_section on_select=on_select_section ui/>
                <p class="compare-link"><a href=format!("{FINDER_PAGE}{}", compare_with_hash(&nav_route.project_id, &nav_route.job_id, &nav_endpoint, ui.time))>{ui.s.compare_with}</a></p>
            }
        })}
        {move || {
            let ui = prefs.ui();
            match loader.stage.get() {
                Stage::Loading => view! {
                    <div class="card skeleton" aria-busy="true" aria-live="polite">
                        <h1 class="boot__name" translate="no">{early_name.clone()}</h1>
                        <p>{ui.s.loading_job}</p>
                        <div class="skeleton__bar"></div>
                        <div class="skeleton__bar skeleton__bar--short"></div>
                    </div>
                }.into_any(),
                stage @ Stage::NeedsToken => load_trouble(stage, prompt_scope.clone(), token_changed).into_any(),
                stage @ Stage::Failed(_) => view! {
                    {load_trouble(stage, prompt_scope.clone(), token_changed)}
                    <OtherEndpoints route=link_route.clone() config=config.clone() failed=Some(endpoint.name.clone())/>
                }.into_any(),
                Stage::Ready => {
                    // A section to scroll to is needed at once.
                    let overview_first = first_build.try_update_value(std::mem::take).unwrap_or(false)
                        && view_state.with_untracked(|view| view.section.is_none());
                    view! {
                        <JobView loaded ui selected_task on_select_task links=link_route.clone() evidence overview_first/>
                    }.into_any()
                }
            }
        }}
    }
    .into_any()
}
