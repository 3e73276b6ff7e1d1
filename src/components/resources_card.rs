//! The resources section: flavor, pool, hardware totals, billing, scheduling, volumes, endpoints.

use crate::components::endpoints_card::EndpointsCard;
use crate::components::fact_list::{plain_fact, FactList};
use crate::components::flavor_breakdown::FlavorBreakdown;
use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::insight::hardware::job_hardware;
use crate::insight::resources::{access, resources_summary, Volume};
use crate::model::TrainingJob;
use crate::route::Section;
use leptos::prelude::*;
use std::sync::Arc;

/// Everything about where and on what the job runs.
#[component]
pub fn ResourcesCard(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let summary = resources_summary(&job, s);
    let hardware = job_hardware(&job);
    let access = job.endpoints().map(access);
    let nothing = summary.facts.is_empty()
        && hardware.is_none()
        && summary.volumes.is_empty()
        && access.is_none();
    let facts = summary
        .facts
        .into_iter()
        .map(|fact| plain_fact(fact, ui))
        .collect();
    let volumes = summary.volumes;

    view! {
        <section class="card" id="resources" aria-labelledby="resources-title">
            <h2 id="resources-title">{(s.section_title)(Section::Resources)}</h2>
            {nothing.then(|| view! { <p class="muted">{s.no_resources}</p> })}
            {hardware.map(|hardware| view! { <FlavorBreakdown hardware heading_level=3 ui/> })}
            <FactList facts/>
            {(!volumes.is_empty()).then(|| view! {
                <h3 class="subhead">{s.volumes}</h3>
                <ul class="volumes">
                    {keyed_list(volumes.clone(), move |Volume { server_path, local_path, read_only }| view! { <li><code>{server_path}</code> " → " <code>{local_path}</code> {read_only.then(|| (s.aside)(s.read_only))}</li> }.into_any())}
                </ul>
            })}
            {access.map(|access| view! { <EndpointsCard access ui/> })}
        </section>
    }
}
