//! The tasks section: the triage line first, then every task's exit, the first failure marked.

use crate::components::algorithm_card::algorithm_details;
use crate::components::flavor_breakdown::FlavorBreakdown;
use crate::components::show_all_button::{visible_rows, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::hardware::{flavor_summary, task_hardware};
use crate::insight::phase::PhaseCategory;
use crate::insight::triage::Triage;
use crate::model::TrainingJob;
use crate::route::Section;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Triage headline, exit table, task addresses and, for heterogeneous jobs, each task's setup.
#[component]
pub fn TaskTable(
    job: Arc<TrainingJob>,
    triage: Triage,
    selected_task: Signal<Option<String>>,
    on_select: Callback<String>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let status = job.status();
    let first_failure = triage.first_failure.clone();
    let total_rows = triage.rows.len();
    let show_all = remembered_flag("show-all:tasks");
    let rows = triage.rows.clone();
    let table_rows = move || {
        let limit = visible_rows(rows.len(), show_all.get());
        let selected = selected_task.get();
        rows.iter()
            .take(limit)
            .map(|row| {
                let is_first = first_failure.as_deref() == Some(row.task.as_str());
                let is_selected = selected.as_deref() == Some(row.task.as_str());
                let failed = row.meaning.as_ref().is_some_and(|meaning| meaning.failed);
                let mut class = String::from("task-row");
                if failed {
                    class.push_str(" task-row--failed");
                }
                if is_first {
                    class.push_str(" task-row--first");
                }
                if is_selected {
                    class.push_str(" task-row--selected");
                }
                let task = row.task.clone();
                view! {
                    <tr class=class aria-current=is_selected.then_some("true")>
                        <th scope="row">
                            <button type="button" class="link-button" on:click=move |_| on_select.run(task.clone())>
                                {row.task.clone()}
                            </button>
                            {is_first.then(|| view! { <span class="tag tag--failed">{s.first_failure}</span> })}
                        </th>
                        <td class="num">{row.exit_code_text.clone()}</td>
                        <td>{row.meaning.as_ref().map(|meaning| meaning.summary.clone())}</td>
                        <td class="task-row__message">{row.message.clone()}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let task_names: Vec<String> = status
        .and_then(|status| status.tasks())
        .map(|tasks| tasks.iter().cloned().collect())
        .unwrap_or_default();
    let task_ips: Vec<(String, String, String, String)> = status
        .and_then(|status| status.task_ips())
        .map(|ips| {
            ips.iter()
                .map(|ip| {
                    (
                        ip.task().cloned().unwrap_or_default(),
                        ip.ip().cloned().unwrap_or_default(),
                        ip.host_ip().cloned().unwrap_or_default(),
                        ip.schedule_count()
                            .map(|count| count.as_text())
                            .unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let hetero_tasks: Vec<_> = job
        .tasks()
        .map(|tasks| tasks.iter().cloned().collect())
        .unwrap_or_default();

    // Exit codes of a job that has not failed (an earlier scheduling round) warn rather than alarm.
    let failed_phase = status
        .and_then(|status| status.phase())
        .is_some_and(|phase| PhaseCategory::of(phase) == PhaseCategory::Failed);
    let triage_class = if failed_phase {
        "triage triage--failed"
    } else {
        "triage triage--warning"
    };
    let headline = match (&triage.headline, triage.rows.is_empty()) {
        (Some(headline), _) => {
            view! { <p class=triage_class role="status"><strong>{headline.clone()}</strong></p> }
                .into_any()
        }
        (None, false) => {
            view! { <p class="triage triage--ok">"✓ " {s.all_tasks_ok}</p> }.into_any()
        }
        (None, true) => view! { <p class="muted">{s.no_task_statuses}</p> }.into_any(),
    };

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
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
                <ShowAllButton total=total_rows show_all ui/>
            })}
            {(triage.rows.is_empty() && !task_names.is_empty()).then(|| view! {
                <p>{s.task_names} ": " {task_names.into_iter().map(|name| view! { <code class="chip-code">{name}</code> " " }).collect_view()}</p>
            })}
            {(!task_ips.is_empty()).then(|| view! {
                <h3 class="subhead">{s.task_ips}</h3>
                <div class="table-scroll">
                    <table class="table">
                        <thead><tr><th scope="col">{s.task}</th><th scope="col">{s.ip}</th><th scope="col">{s.host_ip}</th><th scope="col">{s.schedule_count}</th></tr></thead>
                        <tbody>
                            {task_ips.into_iter().map(|(task, ip, host, count)| view! {
                                <tr><th scope="row">{task}</th><td><code>{ip}</code></td><td>{(!host.is_empty()).then(|| view! { <code>{host.clone()}</code> })}</td><td class="num">{count}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
            {(!hetero_tasks.is_empty()).then(|| view! {
                <h3 class="subhead">{s.heterogeneous_tasks}</h3>
                <div class="task-cards">
                    {hetero_tasks.into_iter().enumerate().map(|(index, task)| {
                        let role = task.role_label(index);
                        let hardware = task_hardware(&task);
                        let resource = task.task_resource().cloned();
                        let algorithm = task.algorithm().map(|algorithm| algorithm_details(algorithm, 5, ui));
                        let log = task.log_export_path().and_then(|log| log.obs_url()).cloned();
                        let flavor_facts = resource.as_ref().map(|r| flavor_summary(r, s)).unwrap_or_default();
                        view! {
                            <article class="subcard">
                                <h4>{s.role} ": " {role}</h4>
                                {resource.map(|resource| view! {
                                    <p>
                                        <code>{resource.flavor_id().cloned().unwrap_or_default()}</code>
                                        " " {resource.flavor_name().cloned().unwrap_or_default()}
                                    </p>
                                })}
                                {(!flavor_facts.is_empty()).then(|| view! { <p class="muted">{flavor_facts.join(" · ")}</p> })}
                                {hardware.map(|hardware| view! { <FlavorBreakdown hardware heading_level=5 ui/> })}
                                {algorithm}
                                {log.map(|log| view! { <p>{s.log_export} ": " <code>{log}</code></p> })}
                            </article>
                        }
                    }).collect_view()}
                </div>
            })}
        </section>
    }
}
