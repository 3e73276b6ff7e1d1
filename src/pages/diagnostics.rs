//! The diagnostics page: its view of a job's events, a task's log and the tasks' resource usage
//! (`?section=events`, `?section=logs&task=…&q=…&line=…`, `?section=metrics&task=…`): each its own
//! call to the API, with its own states, so one failing never blanks another or the job. The job's
//! document as JSON (`?section=json`) is here too.

use crate::api::{events_url, locate_job, log_link_url, log_preview_url, metrics_url, stages_url};
use crate::browser::resolve_url;
use crate::components::error_panel::ErrorPanel;
use crate::components::events_panel::EventsPanel;
use crate::components::load_trouble::load_trouble;
use crate::components::log_panel::LogPanel;
use crate::components::metrics_panel::MetricsPanel;
use crate::components::raw_json::RawJson;
use crate::components::stages_panel::StagesPanel;
use crate::config::Config;
use crate::i18n::Ui;
use crate::insight::tasks::{log_tasks, task_outline};
use crate::insight::timeline::to_millis;
use crate::insight::triage::triage;
use crate::model::TrainingJob;
use crate::pages::job::{job_is_terminal, job_reader};
use crate::pages::VIEWER_PAGE;
use crate::route::{self, job_hash_in, JobRoute, Route, Section, ViewState};
use crate::state::loaded::LoadedJob;
use crate::state::loader::{Loader, Measures, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

/// Tasks whose usage is shown at once when the link names none: one call each.
const TASKS_AT_ONCE: usize = 8;

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

/// The job's events, one task's log or the tasks' usage, beside links to the others and back to
/// the job.
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
    // load beside it, not after it. While the job runs it is read again under the refresh policy,
    // and its events and log with it (each new reading of the job reads them again).
    let job_source = Source::get(located, &config, JOB_MEASURES);
    let token_scope = job_source.token_scope.clone();
    let job = Loader::start(job_source.clone(), job_reader());
    let refresh_seconds = config.refresh_seconds;
    // Not said while the job's readings fail: nothing is being followed then.
    let follow_every = Signal::derive(move || {
        let running = job.data.with(|loaded| {
            loaded
                .as_ref()
                .is_some_and(|loaded| !job_is_terminal(loaded))
        });
        let reading = job.refresh_error.with(Option::is_none);
        (running && reading && refresh_seconds > 0).then_some(refresh_seconds)
    });
    // One token serves the endpoint's every call: saved in any prompt on this page, it reloads
    // the job and the panel below.
    let token_saved = RwSignal::new(0u32);
    let on_token = job.share_token(token_saved);
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
    let summary_task = route.view.task.clone();
    // Its own closure: a running job's new readings redo the summary, not the tabs and links.
    let summary = move || {
        let task = summary_task.clone()?;
        let ui = prefs.ui();
        if job.stage.with(|stage| *stage == Stage::Loading) {
            return task_summary(None, &task, ui);
        }
        job.data
            .with(|loaded| task_summary(Some(&loaded.as_ref()?.job), &task, ui))
    };
    // The words follow the language; the panels below are built once, so a change of language
    // neither reloads them nor loses a search.
    let header = move || {
        let ui = prefs.ui();
        let tabs = [Section::Events, Section::Logs, Section::Metrics, Section::Json]
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
            {summary.clone()}
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
        job_read_at: job.updated_at.into(),
        follow_every,
    };
    let body = match section {
        Section::Events => view! {
            <StagesPanel source=calls.source(stages_url(&calls.job_source.url)) token_saved
                job_read_at=calls.job_read_at/>
            <h2>{move || (prefs.ui().s.section_title)(Section::Events)}</h2>
            <EventsPanel source=calls.source(events_url(&calls.job_source.url)) token_saved
                job_read_at=calls.job_read_at filter=route.view.task.clone()/>
        }
        .into_any(),
        Section::Metrics => task_metrics(route, calls, job).into_any(),
        Section::Json => job_json(job).into_any(),
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

/// The linked task's exit and address under the job's name, whichever tab is open: with its log,
/// usage and events, the page is the task's own. `None` when the job names neither. While the job
/// loads (`job` is `None`), the task alone holds the line, so that the tabs and the log below do
/// not move down when the job comes; a job that could not be read has no such line.
fn task_summary(job: Option<&TrainingJob>, task: &str, ui: Ui) -> Option<AnyView> {
    let s = ui.s;
    let (exit, ip) = match job {
        Some(job) => task_outline(job, triage(job, ui.lang), task)?,
        None => (None, None),
    };
    let failed = exit
        .as_ref()
        .and_then(|exit| exit.meaning.as_ref())
        .is_some_and(|meaning| meaning.failed);
    let exit = exit.map(|exit| {
        view! {
            " · " {s.exit_code} {s.colon} {exit.exit_code_text} " "
            {exit.meaning.map(|meaning| meaning.summary)}
        }
    });
    let ip = ip.map(|ip| view! { " · " {s.ip} {s.colon} <code translate="no">{ip}</code> });
    let class = if failed {
        "task-summary task-summary--failed"
    } else {
        "task-summary"
    };
    Some(
        view! { <p class=class><strong translate="no">{task.to_string()}</strong>{exit}{ip}</p> }
            .into_any(),
    )
}

/// The job's document as JSON, as of its latest reading (a running job's view follows it).
fn job_json(job: Loader<Arc<LoadedJob>>) -> impl IntoView {
    let prefs = use_prefs();
    let data = job.data;
    move || {
        let ui = prefs.ui();
        let json = data.with(|loaded| {
            let loaded = loaded.as_ref()?;
            Some(view! {
                <RawJson loaded=Arc::clone(loaded) ui/>
            })
        });
        let waiting = json
            .is_none()
            .then(|| view! { <p class="muted" role="status">{ui.s.loading_job}</p> });
        view! { <h2>{(ui.s.section_title)(Section::Json)}</h2> {waiting} {json} }
    }
}

/// What every call of the page shares.
struct Calls {
    /// The job's own call; the events and logs are read beside it, the same way.
    job_source: Source,
    token_saved: RwSignal<u32>,
    /// When the job was last read, and how often it is read again while it runs.
    job_read_at: Signal<Option<i64>>,
    follow_every: Signal<Option<u32>>,
}

impl Calls {
    /// The call to `url` under the job's endpoint, which does not poll on its own.
    fn source(&self, url: String) -> Source {
        Source {
            url,
            refresh_seconds: 0,
            ..self.job_source.clone()
        }
    }
}

/// The job's tasks, the one to read first first, once the job has answered. The names are the
/// API's and their order does not depend on the language: a change of language reloads nothing.
fn job_tasks(job: &Loader<Arc<LoadedJob>>) -> Memo<Option<Vec<String>>> {
    let prefs = use_prefs();
    let data = job.data;
    Memo::new(move |_| {
        data.with(|loaded| {
            let loaded = loaded.as_ref()?;
            let triage = triage(&loaded.job, prefs.lang.get_untracked());
            Some(log_tasks(&loaded.job, &triage))
        })
    })
}

/// Links to `section` for each task, `current` marked; with `every_task`, first a link to the
/// section without a task, in those words.
fn task_picker(
    route: JobRoute,
    section: Section,
    tasks: Memo<Option<Vec<String>>>,
    current: Memo<Option<String>>,
    every_task: Option<fn(usize, Ui) -> String>,
) -> impl IntoView {
    let prefs = use_prefs();
    move || {
        let ui = prefs.ui();
        let tasks = tasks.get().unwrap_or_default();
        let current = current.get();
        let link = |task: Option<String>, words: String, code: bool| {
            let is_current = current == task;
            let href = hash_with(
                &route,
                ViewState {
                    section: Some(section),
                    task,
                    ..ViewState::default()
                },
            );
            let class = if is_current {
                "section-nav__link section-nav__link--current"
            } else {
                "section-nav__link"
            };
            view! {
                <li><a href=href translate=code.then_some("no") aria-current=is_current.then_some("page") class=class>{words}</a></li>
            }
        };
        let every = every_task.map(|words| link(None, words(tasks.len(), ui), false));
        (tasks.len() > 1).then(|| {
            view! {
                <nav class="section-nav task-picker" aria-label=ui.s.task>
                    <ul>
                        {every}
                        {tasks.into_iter().map(|task| link(Some(task.clone()), task, true)).collect_view()}
                    </ul>
                </nav>
            }
        })
    }
}

/// The picker's link to every task: all of them, or the first few when there are more.
fn every_task_words(count: usize, ui: Ui) -> String {
    let f = ui.lang.finder();
    if count > TASKS_AT_ONCE {
        (f.first_tasks)(TASKS_AT_ONCE)
    } else {
        f.all_tasks.to_string()
    }
}

/// The task picker and the usage of the linked task, else of the first few tasks, the first to
/// fail first.
fn task_metrics(route: JobRoute, calls: Calls, job: Loader<Arc<LoadedJob>>) -> impl IntoView {
    let prefs = use_prefs();
    let tasks = job_tasks(&job);
    let linked_task = route.view.task.clone();
    let current = Memo::new(move |_| linked_task.clone());
    let shown = Memo::new(move |_| match current.get() {
        Some(task) => Some(vec![task]),
        None => tasks
            .get()
            .map(|tasks| tasks.into_iter().take(TASKS_AT_ONCE).collect()),
    });
    let data = job.data;
    let start_ms = Signal::derive(move || {
        data.with(|loaded| {
            let start = loaded.as_ref()?.job.status()?.start_time()?.as_i64()?;
            to_millis(start).filter(|ms| *ms > 0)
        })
    });
    // The tasks killed with 137, whose memory just before is worth a sentence.
    let killed_tasks = Memo::new(move |_| {
        data.with(|loaded| {
            let loaded = loaded.as_ref()?;
            let triage = triage(&loaded.job, prefs.lang.get_untracked());
            Some(
                triage
                    .rows
                    .into_iter()
                    .filter(|row| row.exit_code == Some(137))
                    .map(|row| row.task)
                    .collect::<Vec<_>>(),
            )
        })
    });
    let picker = task_picker(
        route.clone(),
        Section::Metrics,
        tasks,
        current,
        Some(every_task_words),
    );
    let usage = move || {
        let tasks = shown.get()?;
        if tasks.is_empty() {
            return Some(
                view! { <p class="muted">{move || prefs.ui().lang.finder().no_usage_tasks}</p> }
                    .into_any(),
            );
        }
        Some(
            tasks
                .into_iter()
                .map(|task| {
                    let source = calls.source(metrics_url(&calls.job_source.url, &task));
                    let name = task.clone();
                    let killed = Signal::derive(move || {
                        killed_tasks
                            .with(|tasks| tasks.as_ref().is_some_and(|tasks| tasks.contains(&name)))
                    });
                    view! {
                        <h2 translate="no">{task.clone()}</h2>
                        <MetricsPanel source task token_saved=calls.token_saved killed start_ms/>
                    }
                })
                .collect_view()
                .into_any(),
        )
    };
    view! { {picker} {usage} }
}

/// The task picker and the chosen task's log: the linked task at once, else the first to fail once
/// the job says which.
fn task_log(route: JobRoute, calls: Calls, job: Loader<Arc<LoadedJob>>) -> impl IntoView {
    let prefs = use_prefs();
    let linked_task = route.view.task.clone();
    let tasks = job_tasks(&job);
    // Chosen once: a running job whose task fails later reorders its tasks, and the log shown
    // must not change under the reader's eyes.
    let chosen = Memo::new(move |previous: Option<&Option<String>>| {
        previous.cloned().flatten().or_else(|| {
            linked_task
                .clone()
                .or_else(|| tasks.with(|tasks| tasks.as_ref()?.first().cloned()))
        })
    });
    let picker = task_picker(route.clone(), Section::Logs, tasks, chosen, None);
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
                    link_source=calls.source(log_link_url(&calls.job_source.url, &task))
                    file_stem=format!("{}-{task}", route.job_id) search=route.view.search.clone()
                    line=route.view.line hash_for token_saved=calls.token_saved
                    job_read_at=calls.job_read_at follow_every=calls.follow_every
                    above_settled=Signal::derive(move || job.stage.with(|stage| *stage != Stage::Loading))/>
            }
            .into_any(),
        )
    };
    view! { {picker} {log} }
}
