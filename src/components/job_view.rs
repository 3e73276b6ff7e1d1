//! A whole job, section by section, in the order people read it.

use crate::browser::now_ms;
use crate::components::{
    algorithm_card::AlgorithmCard,
    io_channel_card::{IoChannels, TaskChannels},
    overview_card::OverviewCard,
    parameter_table::ParameterTable,
    raw_json::RawJson,
    resources_card::ResourcesCard,
    status_timeline::StatusTimeline,
    task_table::TaskTable,
};
use crate::i18n::Ui;
use crate::insight::{timeline::timeline, triage::triage};
use crate::model::{Channel, List};
use crate::state::loaded::LoadedJob;
use leptos::prelude::*;
use std::sync::Arc;

/// Renders every section of a loaded job.
#[component]
pub fn JobView(
    loaded: Arc<LoadedJob>,
    ui: Ui,
    selected_task: Signal<Option<String>>,
    on_select_task: Callback<String>,
    raw_open: RwSignal<bool>,
) -> impl IntoView {
    let job = &loaded.job;
    let algorithm = job.algorithm();
    let channels = |list: Option<&List<Channel>>| -> Vec<Channel> {
        list.map(|l| l.iter().cloned().collect())
            .unwrap_or_default()
    };
    let inputs = channels(algorithm.and_then(|a| a.inputs()));
    let outputs = channels(algorithm.and_then(|a| a.outputs()));
    let task_channels: Vec<TaskChannels> = job
        .tasks()
        .map(|tasks| {
            tasks
                .iter()
                .enumerate()
                .filter_map(|(index, task)| {
                    let algorithm = task.algorithm()?;
                    let (inputs, outputs) =
                        (channels(algorithm.inputs()), channels(algorithm.outputs()));
                    let role = task.role_label(index);
                    (!inputs.is_empty() || !outputs.is_empty()).then_some((role, inputs, outputs))
                })
                .collect()
        })
        .unwrap_or_default();
    let file_name = format!(
        "{}.json",
        job.metadata()
            .and_then(|m| m.id())
            .cloned()
            .unwrap_or_else(|| "training-job".to_string())
    );
    // Computed once: the overview shows its headline, the tasks section all of it.
    let triage = triage(job, ui.lang);
    view! {
        <div class="job" id="job-content">
            <OverviewCard job=job.clone() failure=triage.headline.clone() fetched_at_ms=loaded.fetched_at_ms ui/>
            <StatusTimeline timeline=timeline(job, loaded.fetched_at_ms, now_ms()) ui/>
            <TaskTable job=job.clone() triage selected_task on_select=on_select_task ui/>
            <AlgorithmCard job=job.clone() ui/>
            <ParameterTable job=job.clone() ui/>
            <IoChannels inputs outputs tasks=task_channels ui/>
            <ResourcesCard job=job.clone() ui/>
            <RawJson body=loaded.body.clone() file_name report=loaded.report.clone() open=raw_open ui/>
        </div>
    }
}
