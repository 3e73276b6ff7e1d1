//! The tasks section: the triage line first, then every task's exit, the first failure marked.

use crate::components::keyed_rows::{keyed_list, KeyedRows, RowKey};
use crate::components::long_text::LongText;
use crate::components::section_nav::section_href;
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::components::signature_text::SignatureText;
use crate::components::task_card::TaskCard;
use crate::components::triage_headline::TriageHeadline;
use crate::i18n::Ui;
use crate::insight::tasks::{log_tasks, task_addresses, unreported_task_names, TaskAddress};
use crate::insight::triage::{TaskExit, Triage};
use crate::model::TrainingJob;
use crate::route::{JobRoute, Section};
use crate::state::evidence::LogFinding;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// The exit table's rows, keyed by position (the rows never change under this table), so "Show
/// all" only adds the missing rows and choosing a task only changes the rows' classes.
#[component]
fn ExitRows(
    rows: Vec<TaskExit>,
    /// The job's link, and the tasks it can link to: those the API names.
    links: Option<JobRoute>,
    readable: Vec<String>,
    first_failure: Option<String>,
    show_all: RwSignal<bool>,
    selected_task: Signal<Option<String>>,
    on_select: Callback<String>,
    task_logs: Arc<Vec<(String, LogFinding)>>,
    ui: Ui,
) -> impl IntoView {
    let total = rows.len();
    let row = Callback::new(move |(index, _): RowKey| {
        let TaskExit {
            task,
            exit_code_text,
            meaning,
            message,
            found,
            ..
        } = rows[index].clone();
        let is_first = first_failure.as_deref() == Some(task.as_str());
        let failed = meaning.as_ref().is_some_and(|meaning| meaning.failed);
        let is_selected = {
            let task = task.clone();
            move || selected_task.get().as_deref() == Some(task.as_str())
        };
        let class = {
            let is_selected = is_selected.clone();
            move || {
                let mut class = String::from("task-row");
                if failed {
                    class.push_str(" task-row--failed");
                }
                if is_first {
                    class.push_str(" task-row--first");
                }
                if is_selected() {
                    class.push_str(" task-row--selected");
                }
                class
            }
        };
        let chosen = task.clone();
        let message_key = format!("message:{task}");
        let s = ui.s;
        // A failed task's log, usage and the events that name it, on the diagnostics page: where
        // its failure is explained.
        let failure_links = links
            .as_ref()
            .filter(|_| failed && readable.contains(&task))
            .map(|job| {
                let links = [Section::Logs, Section::Metrics, Section::Events]
                    .into_iter()
                    .enumerate()
                    .map(|(index, section)| view! {
                        {(index > 0).then_some(" · ")}
                        <a href=section_href(job, section, Some(&task))>{(s.section_title)(section)}</a>
                    })
                    .collect_view();
                view! { <br/> {links} }
            });
        // What its log shows, once read: the line is a link to it in the log.
        let log_finding = links.as_ref().filter(|_| failed).and_then(|job| {
            let (_, finding) = task_logs.iter().find(|(name, _)| *name == task)?;
            match finding.clone() {
                LogFinding::Found(line, signature) => {
                    let mut at_line = job.clone();
                    at_line.view.line = Some(line);
                    let href = section_href(&at_line, Section::Logs, Some(&task));
                    Some(view! {
                        <br/><span class="task-row__log"><a href=href>{(s.log_line_shows)(line)}</a>" "<SignatureText signature ui/></span>
                    }.into_any())
                }
                LogFinding::NothingKnown => Some(view! { <br/><span class="muted">{s.log_shows_nothing}</span> }.into_any()),
            }
        });
        // Each cell names its column for the narrow layout, where rows become cards.
        view! {
            <tr class=class aria-current=move || is_selected().then_some("true")>
                <th scope="row">
                    <button type="button" class="link-button" on:click=move |_| on_select.run(chosen.clone())>
                        <span translate="no">{task}</span>
                    </button>
                    {is_first.then(|| view! { <span class="tag tag--failed">{ui.s.first_failure}</span> })}
                </th>
                <td class="num" data-label=s.exit_code>{exit_code_text}</td>
                <td data-label=s.meaning>
                    {meaning.map(|meaning| meaning.summary)}
                    {found.map(|signature| view! { <br/><SignatureText signature ui/> })}
                    {log_finding}
                    {failure_links}
                </td>
                <td class="task-row__message" data-label=s.message><LongText text=message key=message_key ui/></td>
            </tr>
        }
        .into_any()
    });
    view! { <KeyedRows keys=visible_positions(total, show_all) row/> }
}

/// Each task's pod address, its host's, and how often it was scheduled; the first rows until a
/// person asks for all (one row per task).
#[component]
fn TaskAddresses(addresses: Vec<TaskAddress>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let total = addresses.len();
    let show_all = remembered_flag("show-all:addresses");
    let row = Callback::new(move |(index, _): RowKey| {
        let TaskAddress {
            task,
            ip,
            host_ip,
            schedule_count,
        } = addresses[index].clone();
        view! { <tr><th scope="row" translate="no">{task}</th><td data-label=s.ip><code>{ip}</code></td><td data-label=s.host_ip>{(!host_ip.is_empty()).then(|| view! { <code>{host_ip}</code> })}</td><td class="num" data-label=s.schedule_count>{schedule_count}</td></tr> }.into_any()
    });
    view! {
        <h3 class="subhead">{s.task_ips}</h3>
        <div class="table-scroll">
            <table class="table">
                <thead><tr><th scope="col">{s.task}</th><th scope="col">{s.ip}</th><th scope="col">{s.host_ip}</th><th scope="col">{s.schedule_count}</th></tr></thead>
                <tbody><KeyedRows keys=visible_positions(total, show_all) row/></tbody>
            </table>
        </div>
        <ShowAllButton total show_all ui/>
    }
}

/// The line a person reads first: what failed, that every task exited cleanly, or that no task
/// reported. Exit codes of a job that has not failed (an earlier scheduling round) warn rather
/// than alarm.
fn headline(triage: &Triage, ui: Ui) -> AnyView {
    let triage_class = if triage.job_failed {
        "triage triage--failed"
    } else {
        "triage triage--warning"
    };
    match (&triage.headline, triage.rows.is_empty()) {
        (Some(headline), _) => {
            view! { <TriageHeadline headline=headline.clone() class=triage_class ui/> }.into_any()
        }
        (None, false) => {
            view! { <p class="triage triage--ok">"✓ " {ui.s.all_tasks_ok}</p> }.into_any()
        }
        (None, true) => view! { <p class="muted">{ui.s.no_task_statuses}</p> }.into_any(),
    }
}

/// Triage headline, exit table, task addresses and, for heterogeneous jobs, each task's setup.
#[component]
pub fn TaskTable(
    job: Arc<TrainingJob>,
    triage: Triage,
    selected_task: Signal<Option<String>>,
    on_select: Callback<String>,
    /// The job's link, from which a failed task links to its log and usage.
    links: Option<JobRoute>,
    /// What the failed tasks' logs show, as they are read.
    task_logs: Arc<Vec<(String, LogFinding)>>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let total_rows = triage.rows.len();
    let readable = if links.is_some() {
        log_tasks(&job, &triage)
    } else {
        Vec::new()
    };
    let show_all = remembered_flag("show-all:tasks");
    // Names the statuses already show are not repeated.
    let reported: Vec<&str> = triage.rows.iter().map(|row| row.task.as_str()).collect();
    let task_names = unreported_task_names(&job, &reported);
    let names_total = task_names.len();
    let show_all_names = remembered_flag("show-all:task-names");
    let name_chip = Callback::new(move |(index, _): RowKey| {
        view! { <code class="chip-code">{task_names[index].clone()}</code> " " }.into_any()
    });
    let addresses = task_addresses(&job);
    let hetero_tasks: Vec<_> = job
        .tasks()
        .map(|tasks| tasks.iter().cloned().collect())
        .unwrap_or_default();
    let headline = headline(&triage, ui);
    let Triage {
        rows,
        first_failure,
        ..
    } = triage;

    view! {
        <section class="card" id="tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{(s.section_title)(Section::Tasks)}</h2>
            {headline}
            {(total_rows > 0).then(|| view! {
                <div class="table-scroll">
                    <table class="table task-table">
                        <thead><tr>
                            <th scope="col">{s.task}</th><th scope="col">{s.exit_code}</th>
                            <th scope="col">{s.meaning}</th><th scope="col">{s.message}</th>
                        </tr></thead>
                        <tbody><ExitRows rows links readable first_failure show_all selected_task on_select task_logs ui/></tbody>
                    </table>
                </div>
                <ShowAllButton total=total_rows show_all ui/>
            })}
            {(names_total > 0).then(|| view! {
                <p>{s.task_names} {s.colon} <KeyedRows keys=visible_positions(names_total, show_all_names) row=name_chip/></p>
                <ShowAllButton total=names_total show_all=show_all_names ui/>
            })}
            {(!addresses.is_empty()).then(|| view! { <TaskAddresses addresses ui/> })}
            {(!hetero_tasks.is_empty()).then(|| view! {
                <h3 class="subhead">{s.heterogeneous_tasks}</h3>
                <div class="task-cards">
                    {keyed_list(hetero_tasks.clone().into_iter().enumerate().collect(), move |(index, task)| view! { <TaskCard task index ui/> }.into_any())}
                </div>
            })}
        </section>
    }
}
