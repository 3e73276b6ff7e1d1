//! The finder page's view of a job's events and a task's log (`?section=events`,
//! `?section=logs&task=…&q=…&line=…`): each its own call to the API, with its own states, so one
//! failing never blanks the other or the job.

use crate::api::{events_url, locate_job, log_preview_url};
use crate::browser::resolve_url;
use crate::components::error_panel::ErrorPanel;
use crate::components::events_panel::EventsPanel;
use crate::components::load_trouble::load_trouble;
use crate::components::log_panel::LogPanel;
use crate::config::Config;
use crate::insight::tasks::log_tasks;
use crate::insight::triage::triage;
use crate::pages::job::job_reader;
use crate::pages::VIEWER_PAGE;
use crate::route::{self, job_hash_in, JobRoute, Route, Section, ViewState};
use crate::state::loaded::LoadedJob;
use crate::state::loader::{Loader, Measures, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

const JOB_MEASURES: Measures = Measures {
    fetch: "diagnostics:fetch",
    parse: "diagnostics:parse",
    render: "diagnostics:render",
};

/// This job's link with another section, task, search or line.
fn hash_with(route: &JobRoute, view: ViewState) -> String {
    route::format(&Route::Job(JobRoute {
        view: ViewState {
            endpoint: route.view.endpoint.clone(),
            time: route.view.time,
            ..view
        },
        ..route.clone()
    }))
}

/// The job's events, or one task's log, beside links to the other and back to the job.
#[component]
pub fn DiagnosticsPage(route: JobRoute, config: Config) -> impl IntoView {
    let prefs = use_prefs();
    if let Some(time) = route.view.time {
        prefs.time.set(time);
    }
    let document_base = document().base_uri().ok().flatten().unwrap_or_default();
    let located = locate_job(
        &config,
        route.view.endpoint.as_deref(),
        (&document_base, resolve_url),
        &route.project_id,
        &route.job_id,
    );
    let located = match located {
        Ok(located) => located,
        Err(error) => return view! { <ErrorPanel error/> }.into_any(),
    };
    let endpoint_name = located.endpoint.name.clone();
    // The job gives the page its name and the log its tasks; the events and a linked task's log
    // load beside it, not after it, and none of them polls.
    let job_source = Source {
        refresh_seconds: 0,
        ..Source::get(located, &config, JOB_MEASURES)
    };
    let token_scope = job_source.token_scope.clone();
    let job = Loader::start(job_source.clone(), job_reader());
    // One token serves the endpoint's every call: saved in any prompt on this page, it reloads
    // the job and the panel below.
    let token_saved = RwSignal::new(0u32);
    job.reload_on(token_saved);
    let on_token = Callback::new(move |_: ()| token_saved.update(|saved| *saved += 1));
    let section = route.view.section.unwrap_or(Section::Logs);
    let back = format!(
        "{VIEWER_PAGE}{}",
        job_hash_in(
            &route.project_id,
            &route.job_id,
            Some(&endpoint_name),
            prefs.time.get_untracked()
        )
    );
    let job_id = route.job_id.clone();
    let name = Signal::derive(move || {
        job.data
            .with(|loaded| loaded.as_ref()?.job.metadata()?.name().cloned())
            .unwrap_or_else(|| job_id.clone())
    });
    let tabs_route = route.clone();
    // The words follow the language; the panels below are built once, so a change of language
    // neither reloads them nor loses a search.
    let header = move || {
        let ui = prefs.ui();
        let tabs = [Section::Events, Section::Logs]
            .into_iter()
            .map(|tab| {
                let href = hash_with(
                    &tabs_route,
                    ViewState {
                        section: Some(tab),
                        task: tabs_route.view.task.clone(),
                        ..ViewState::default()
                    },
                );
                let current = tab == section;
                let class = if current {
                    "section-nav__link section-nav__link--current"
                } else {
                    "section-nav__link"
                };
                view! {
                    <li><a href=href class=class aria-current=current.then_some("page")>{(ui.s.section_title)(tab)}</a></li>
                }
            })
            .collect_view();
        view! {
            <p><a href=back.clone()>{ui.lang.finder().back_to_job}</a></p>
            <h1 id="diagnostics-title"><span translate="no">{name}</span></h1>
            <nav class="section-nav" aria-label=ui.s.sections_nav><ul>{tabs}</ul></nav>
        }
    };
    let trouble_scope = token_scope.clone();
    let trouble = move || match job.stage.get() {
        stage @ (Stage::NeedsToken | Stage::Failed(_)) => {
            load_trouble(stage, trouble_scope.clone(), on_token)
        }
        _ => None,
    };
    let calls = Calls {
        job_source,
        token_saved,
    };
    let body = match section {
        Section::Events => view! {
            <EventsPanel source=calls.source(events_url(&calls.job_source.url)) token_saved/>
        }
        .into_any(),
        _ => task_log(route, calls, job).into_any(),
    };
    view! {
        <section class="card" id=section.id() aria-labelledby="diagnostics-title">
            {header}
            {trouble}
            {body}
        </section>
    }
    .into_any()
}

/// What every call of the page shares.
struct Calls {
    /// The job's own call; the events and logs are read beside it, the same way.
    job_source: Source,
    token_saved: RwSignal<u32>,
}

impl Calls {
    /// The call to `url` under the job's endpoint.
    fn source(&self, url: String) -> Source {
        Source {
            url,
            ..self.job_source.clone()
        }
    }
}

/// The task picker and the chosen task's log: the linked task at once, else the first to fail once
/// the job says which.
fn task_log(route: JobRoute, calls: Calls, job: Loader<Arc<LoadedJob>>) -> impl IntoView {
    let prefs = use_prefs();
    let linked_task = route.view.task.clone();
    let tasks = Memo::new(move |_| {
        job.data.with(|loaded| {
            loaded
                .as_ref()
                .map(|loaded| log_tasks(&loaded.job, &triage(&loaded.job, prefs.lang.get())))
        })
    });
    let chosen = Memo::new(move |_| {
        linked_task
            .clone()
            .or_else(|| tasks.with(|tasks| tasks.as_ref()?.first().cloned()))
    });
    let picker_route = route.clone();
    let picker = move || {
        let ui = prefs.ui();
        let tasks = tasks.get().unwrap_or_default();
        let chosen = chosen.get();
        (tasks.len() > 1).then(|| {
            view! {
                <nav class="section-nav task-picker" aria-label=ui.s.task>
                    <ul>
                        {tasks.into_iter().map(|task| {
                            let current = chosen.as_deref() == Some(task.as_str());
                            let href = hash_with(&picker_route, ViewState {
                                section: Some(Section::Logs),
                                task: Some(task.clone()),
                                ..ViewState::default()
                            });
                            let class = if current { "section-nav__link section-nav__link--current" } else { "section-nav__link" };
                            view! {
                                <li><a href=href translate="no" aria-current=current.then_some("page") class=class>{task}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                </nav>
            }
        })
    };
    let log = move || {
        let Some(task) = chosen.get() else {
            // Said only once the job has answered without any task.
            return tasks.with(Option::is_some).then(|| {
                view! { <p class="muted">{move || prefs.ui().lang.finder().no_log_tasks}</p> }
                    .into_any()
            });
        };
        let hash_route = route.clone();
        let hash_task = task.clone();
        let hash_for = Callback::new(move |(search, line): (Option<String>, Option<usize>)| {
            hash_with(
                &hash_route,
                ViewState {
                    section: Some(Section::Logs),
                    task: Some(hash_task.clone()),
                    search,
                    line,
                    ..ViewState::default()
                },
            )
        });
        Some(
            view! {
                <h2 translate="no">{task.clone()}</h2>
                <LogPanel source=calls.source(log_preview_url(&calls.job_source.url, &task))
                    file_stem=format!("{}-{task}", route.job_id) search=route.view.search.clone()
                    line=route.view.line hash_for token_saved=calls.token_saved/>
            }
            .into_any(),
        )
    };
    view! { {picker} {log} }
}
