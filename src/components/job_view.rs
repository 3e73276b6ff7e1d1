//! A whole job, section by section, in the order people read it.

use crate::browser::{after_paint, now_ms};
use crate::components::{
    algorithm_card::AlgorithmCard, io_channel_card::IoChannels, overview_card::OverviewCard,
    parameter_table::ParameterTable, raw_section::RawSection, resources_card::ResourcesCard,
    status_timeline::StatusTimeline, task_table::TaskTable,
};
use crate::i18n::Ui;
use crate::insight::{
    channels::job_channels, coverage::left_out, phase::job_failed, timeline::timeline,
    triage::triage,
};
use crate::model::TrainingJob;
use crate::route::JobRoute;
use crate::state::evidence::{found_in_logs, Evidence};
use crate::state::loaded::LoadedJob;
use leptos::prelude::*;
use std::sync::Arc;

/// The job as one section sees it: a new value only when `same` says that what the section shows
/// has changed, so a refresh rebuilds only the sections whose data moved.
fn section_job(
    loaded: Signal<Arc<LoadedJob>>,
    same: fn(&TrainingJob, &TrainingJob) -> bool,
) -> Memo<Arc<TrainingJob>> {
    Memo::new_with_compare(
        move |previous: Option<&Arc<TrainingJob>>| {
            loaded.with(|loaded| match previous {
                Some(previous) if same(previous, &loaded.job) => Arc::clone(previous),
                _ => Arc::clone(&loaded.job),
            })
        },
        |old, new| match (old, new) {
            (Some(old), Some(new)) => !Arc::ptr_eq(old, new),
            _ => true,
        },
    )
}

/// Renders every section of a loaded job, each again only when its own data changes.
#[component]
pub fn JobView(
    loaded: Signal<Arc<LoadedJob>>,
    ui: Ui,
    selected_task: Signal<Option<String>>,
    on_select_task: Callback<String>,
    /// Build the sections below the overview only after the overview has been painted, so the
    /// job's name and headline reach the screen without waiting for the rest of the page.
    #[prop(optional)]
    overview_first: bool,
    /// The job's link, from which a failed task links to its log and usage; none for a job read
    /// from a file, which has neither.
    #[prop(optional)]
    links: Option<JobRoute>,
    /// What the page reads beside the job to explain it; nothing for a job read from a file.
    #[prop(optional)]
    evidence: Evidence,
) -> impl IntoView {
    let rest_shown = RwSignal::new(!overview_first);
    let links = StoredValue::new(links);
    if overview_first {
        leptos::task::spawn_local(async move {
            after_paint().await;
            // The page may have been left in the meantime.
            let _ = rest_shown.try_set(true);
        });
    }
    // Computed once per load: the overview shows its headline, the tasks section all of it.
    let triage = Memo::new(move |_| loaded.with(|loaded| triage(&loaded.job, ui.lang)));
    let overview = section_job(loaded, |old, new| {
        old.kind() == new.kind()
            && old.train_type() == new.train_type()
            && old.metadata() == new.metadata()
            && old.status() == new.status()
    });
    let tasks = section_job(loaded, |old, new| old.status() == new.status());
    let algorithm = section_job(loaded, |old, new| {
        old.algorithm() == new.algorithm()
            && old.tasks() == new.tasks()
            && old.ftjob_config() == new.ftjob_config()
    });
    let parameters = section_job(loaded, |old, new| old.algorithm() == new.algorithm());
    let resources = section_job(loaded, |old, new| {
        old.spec() == new.spec() && old.endpoints() == new.endpoints()
    });
    let timeline = Memo::new(move |_| {
        loaded.with(|loaded| timeline(&loaded.job, loaded.fetched_at_ms, now_ms()))
    });
    let io = Memo::new(move |_| loaded.with(|loaded| job_channels(&loaded.job)));
    let raw = Memo::new(move |_| {
        loaded.with(|loaded| {
            (
                Arc::clone(&loaded.report),
                Arc::new(left_out(&loaded.job, ui.s, ui.lang)),
            )
        })
    });
    // The headline with the strongest evidence, the failed tasks' logs included as each is read:
    // the overview is built again once per log read, at most four times. Only a failed job's
    // overview shows one, so only then is the triage worked out before the first paint.
    let failure = move |job: &TrainingJob| {
        job_failed(job)
            .then(|| {
                let logs = evidence.task_logs.with(|logs| found_in_logs(logs));
                triage.with(|triage| triage.headline_with_logs(&logs))
            })
            .flatten()
    };
    view! {
        <div class="job" id="job-content">
            {move || {
                let job = overview.get();
                let failure = failure(&job);
                view! {
                    <OverviewCard job failure
                        fetched_at_ms=loaded.with_untracked(|loaded| loaded.fetched_at_ms) ui/>
                }
            }}
            {move || rest_shown.get().then(|| view! {
                {move || view! { <StatusTimeline timeline=timeline.get() events=evidence.events.get() events_unread=evidence.events_unread.get() ui/> }}
                {move || view! { <TaskTable job=tasks.get() triage=triage.get() selected_task on_select=on_select_task links=links.get_value() task_logs=evidence.task_logs.get() ui/> }}
                {move || view! { <AlgorithmCard job=algorithm.get() ui/> }}
                {move || view! { <ParameterTable job=parameters.get() ui/> }}
                {move || view! { <IoChannels channels=io.get() ui/> }}
                {move || view! { <ResourcesCard job=resources.get() ui/> }}
                {move || {
                    let (report, left_out) = raw.get();
                    view! { <RawSection report left_out links=links.get_value() ui/> }
                }}
            })}
        </div>
    }
}
