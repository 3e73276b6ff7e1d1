//! The job page: loads one job through the configured endpoint, keeps it fresh while it can still
//! change, and keeps every selection in the URL.

use crate::api::{fetch_raw, locate_job};
use crate::browser::{now_ms, page_hidden, prepare_date_formats, replace_hash, scroll_to};
use crate::components::{
    error_panel::ErrorPanel, job_toolbar::JobToolbar, job_view::JobView, section_nav::SectionNav,
    token_prompt::TokenPrompt,
};
use crate::config::{Auth, Config};
use crate::insight::phase::is_terminal;
use crate::model::ApiError;
use crate::route::{self, JobRoute, Route, Section};
use crate::state::loaded::LoadedJob;
use crate::state::refresh::{after_error, after_success, Next};
use crate::state::timing::Span;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::remember_job;
use crate::storage::token::saved_token;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;

/// What the page shows.
#[derive(Clone)]
enum Shown {
    Loading,
    Job(Arc<LoadedJob>),
    Failed(ApiError),
    /// The endpoint needs a token and none is saved for it.
    NeedsToken,
}

/// Resolves after `ms`, or sooner when `wake` is raised (the refresh button, a new token).
async fn sleep_or_wake(ms: u64, wake: Arc<AtomicBool>, alive: Arc<AtomicBool>) {
    let deadline = now_ms() + ms as i64;
    while now_ms() < deadline && !wake.load(Ordering::Relaxed) && alive.load(Ordering::Relaxed) {
        let step = (deadline - now_ms()).clamp(1, 250);
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, step as i32);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// The output of `work`, or `None` when `cancel` finishes first. `work` is then dropped, and a
/// request inside it is aborted with it.
async fn unless<T>(work: impl Future<Output = T>, cancel: impl Future<Output = ()>) -> Option<T> {
    let mut work = std::pin::pin!(work);
    let mut cancel = std::pin::pin!(cancel);
    std::future::poll_fn(move |context| {
        if let Poll::Ready(value) = work.as_mut().poll(context) {
            return Poll::Ready(Some(value));
        }
        if cancel.as_mut().poll(context).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

/// Resolves once the page has gone away.
async fn until_gone(alive: Arc<AtomicBool>) {
    sleep_or_wake(u64::MAX / 4, Arc::new(AtomicBool::new(false)), alive).await;
}

/// Loads, shows and refreshes the job named by the route.
#[component]
pub fn JobPage(route: JobRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = route.view.time {
        prefs.time.set(time);
    }
    let view_state = RwSignal::new(route.view.clone());
    let shown = RwSignal::new(Shown::Loading);
    let updated_at = RwSignal::new(None::<i64>);
    let refresh_error = RwSignal::new(None::<ApiError>);
    let polling = RwSignal::new(false);
    let raw_open = RwSignal::new(false);
    let wake = Arc::new(AtomicBool::new(false));
    let alive = Arc::new(AtomicBool::new(true));

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
        &document_base,
        &route.project_id,
        &route.job_id,
    )
    .map(|(endpoint, url)| (endpoint.clone(), url));
    let endpoint = located.as_ref().ok().map(|(endpoint, _)| endpoint.clone());

    {
        let alive = Arc::clone(&alive);
        on_cleanup(move || alive.store(false, Ordering::Relaxed));
    }

    match located {
        Err(error) => shown.set(Shown::Failed(error)),
        Ok((endpoint, url)) => {
            let (wake, alive) = (Arc::clone(&wake), Arc::clone(&alive));
            let (refresh_seconds, timeout_seconds) =
                (config.refresh_seconds, config.timeout_seconds);
            let (project_id, job_id) = (route.project_id.clone(), route.job_id.clone());
            spawn_local(async move {
                let mut previous_body: Option<Arc<str>> = None;
                let mut failures = 0u32;
                while alive.load(Ordering::Relaxed) {
                    wake.store(false, Ordering::Relaxed);
                    let token = match endpoint.auth {
                        Auth::None => None,
                        Auth::Token => match saved_token(&endpoint.name) {
                            Some(token) => Some(token),
                            None => {
                                shown.set(Shown::NeedsToken);
                                polling.set(false);
                                sleep_or_wake(u64::MAX / 4, Arc::clone(&wake), Arc::clone(&alive))
                                    .await;
                                continue;
                            }
                        },
                    };
                    if page_hidden() && previous_body.is_some() {
                        sleep_or_wake(1000, Arc::clone(&wake), Arc::clone(&alive)).await;
                        continue;
                    }
                    // Leaving the page drops the request, which aborts it. The wait for the
                    // network is when the date formatters are built, not the first render.
                    let lang = prefs.lang.get_untracked();
                    let fetched = unless(
                        fetch_raw(url.clone(), token, timeout_seconds, move || {
                            prepare_date_formats(lang)
                        }),
                        until_gone(Arc::clone(&alive)),
                    )
                    .await;
                    let Some(fetched) = fetched else {
                        break;
                    };
                    let next = match fetched {
                        Ok(raw)
                            if previous_body.as_deref() == Some(raw.body.as_str())
                                && (200..300).contains(&raw.status) =>
                        {
                            // Identical data: nothing in the DOM changes but the "updated" time.
                            failures = 0;
                            refresh_error.set(None);
                            updated_at.set(Some(now_ms()));
                            let terminal = matches!(shown.get_untracked(), Shown::Job(ref job) if job_is_terminal(job));
                            after_success(terminal, refresh_seconds)
                        }
                        Ok(raw) => {
                            let span = Span::start("job:parse");
                            let result = raw.classify();
                            span.end();
                            match result {
                                Ok(parsed) => {
                                    failures = 0;
                                    let body: Arc<str> = Arc::from(raw.body);
                                    previous_body = Some(Arc::clone(&body));
                                    let loaded = Arc::new(LoadedJob::new(parsed, body));
                                    let terminal = job_is_terminal(&loaded);
                                    remember_job(&project_id, &job_id, &loaded.job, &endpoint.name);
                                    let render = Span::start("job:render");
                                    refresh_error.set(None);
                                    shown.set(Shown::Job(loaded));
                                    // The view updates in a microtask queued by the set above; this one
                                    // runs after it, so the measure covers building the DOM.
                                    queue_microtask(move || render.end());
                                    updated_at.set(Some(now_ms()));
                                    after_success(terminal, refresh_seconds)
                                }
                                Err(error) => {
                                    failures += 1;
                                    let next = after_error(&error, failures, refresh_seconds);
                                    show_error(shown, refresh_error, error);
                                    next
                                }
                            }
                        }
                        Err(error) => {
                            failures += 1;
                            let next = after_error(&error, failures, refresh_seconds);
                            show_error(shown, refresh_error, error);
                            next
                        }
                    };
                    polling.set(matches!(next, Next::After(_)));
                    let delay = match next {
                        Next::After(ms) => ms,
                        Next::Wait => u64::MAX / 4,
                    };
                    sleep_or_wake(delay, Arc::clone(&wake), Arc::clone(&alive)).await;
                }
            });
        }
    }

    let on_select_section = Callback::new(move |section: Section| {
        view_state.update(|view| view.section = Some(section));
        scroll_to(section.id());
    });
    let on_select_task = Callback::new(move |task: String| {
        view_state.update(|view| view.task = Some(task));
    });
    let refresh = {
        let wake = Arc::clone(&wake);
        Callback::new(move |_: ()| wake.store(true, Ordering::Relaxed))
    };
    let token_saved = {
        let wake = Arc::clone(&wake);
        Callback::new(move |_: ()| {
            shown.set(Shown::Loading);
            wake.store(true, Ordering::Relaxed);
        })
    };
    let link_route = route.clone();
    let selected_task = Signal::derive(move || view_state.with(|view| view.task.clone()));
    let current_section = Signal::derive(move || view_state.with(|view| view.section));
    let endpoint_name = endpoint.as_ref().map(|endpoint| endpoint.name.clone());
    let uses_token = endpoint
        .as_ref()
        .is_some_and(|endpoint| endpoint.auth == Auth::Token);

    // A deep link to a section scrolls there once the job is on screen.
    let initial_section = route.view.section;
    Effect::new(move |scrolled: Option<bool>| {
        let ready = matches!(shown.get(), Shown::Job(_));
        if ready && scrolled != Some(true) {
            if let Some(section) = initial_section {
                request_animation_frame(move || scroll_to(section.id()));
            }
            return true;
        }
        scrolled.unwrap_or(false)
    });

    view! {
        <JobToolbar
            endpoint_name=endpoint_name.clone()
            uses_token
            updated_at
            polling
            refresh_error
            on_refresh=refresh
            on_token_forgotten=token_saved
        />
        {move || {
            let ui = prefs.ui();
            match shown.get() {
                Shown::Loading => view! {
                    <div class="card skeleton" aria-busy="true" aria-live="polite">
                        <p>{ui.s.loading_job}</p>
                        <div class="skeleton__bar"></div>
                        <div class="skeleton__bar skeleton__bar--short"></div>
                    </div>
                }.into_any(),
                Shown::NeedsToken => view! {
                    <TokenPrompt endpoint=endpoint_name.clone().unwrap_or_default() on_saved=token_saved refused=false/>
                }.into_any(),
                Shown::Failed(error) => {
                    let refused = matches!(error, ApiError::Http { status: 401, .. });
                    view! {
                        <ErrorPanel error/>
                        {(refused && uses_token).then(|| view! {
                            <TokenPrompt endpoint=endpoint_name.clone().unwrap_or_default() on_saved=token_saved refused=true/>
                        })}
                    }.into_any()
                }
                Shown::Job(loaded) => view! {
                    <SectionNav job=Some(link_route.clone()) current=current_section on_select=on_select_section ui/>
                    <JobView loaded ui selected_task on_select_task raw_open/>
                }.into_any(),
            }
        }}
    }
}

fn job_is_terminal(loaded: &LoadedJob) -> bool {
    loaded
        .job
        .status()
        .and_then(|status| status.phase())
        .is_some_and(|phase| is_terminal(phase))
}

/// A failure replaces the page only when there is no job on screen; otherwise the job stays and
/// the toolbar says the refresh failed.
fn show_error(shown: RwSignal<Shown>, refresh_error: RwSignal<Option<ApiError>>, error: ApiError) {
    if matches!(shown.get_untracked(), Shown::Job(_)) {
        refresh_error.set(Some(error));
    } else {
        shown.set(Shown::Failed(error));
    }
}
