//! One task of a heterogeneous job: its role, flavor, hardware, algorithm and log location.

use crate::components::algorithm_card::algorithm_details;
use crate::components::fact_list::pieces_view;
use crate::components::flavor_breakdown::FlavorBreakdown;
use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::insight::hardware::{flavor_summary, task_hardware};
use crate::insight::tasks::{task_setup, TaskSetup};
use crate::model::TaskSpec;
use leptos::prelude::*;

/// The task at `index` of `tasks`, as a card whose headings sit below the section's.
#[component]
pub fn TaskCard(task: TaskSpec, index: usize, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let TaskSetup {
        role,
        flavor_id,
        flavor_name,
        log_obs_url: log,
    } = task_setup(&task, index);
    let hardware = task_hardware(&task);
    let algorithm = task
        .algorithm()
        .map(|algorithm| algorithm_details(algorithm, 5, &format!("task {role}"), ui));
    let flavor_facts = task
        .task_resource()
        .map(|resource| flavor_summary(resource, s))
        .unwrap_or_default();
    view! {
        <article class="subcard">
            <h4>{s.role} {s.colon} <span translate="no">{role}</span></h4>
            {(flavor_id.is_some() || flavor_name.is_some()).then(|| view! {
                <p>
                    <code>{flavor_id}</code>
                    " " <span translate="no">{flavor_name}</span>
                </p>
            })}
            {(!flavor_facts.is_empty()).then(|| view! {
                <p class="muted">
                    {keyed_list(flavor_facts.clone().into_iter().enumerate().collect(), move |(index, phrase)| view! { {(index > 0).then_some(" · ")}{pieces_view(phrase)} }.into_any())}
                </p>
            })}
            {hardware.map(|hardware| view! { <FlavorBreakdown hardware heading_level=5 ui/> })}
            {algorithm}
            {log.map(|log| view! { <p>{s.log_export} {s.colon} <code>{log}</code></p> })}
        </article>
    }
}
