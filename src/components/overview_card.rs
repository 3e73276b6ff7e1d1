//! The overview section: the job's name, id, kind, phase and when it ran.

use crate::components::phase_badge::PhaseBadge;
use crate::insight::display::format_duration_ms;
use crate::model::ParsedJob;
use leptos::prelude::*;
use std::rc::Rc;

/// Name, id, phase and timing of a job, the first thing a person reads.
#[component]
pub fn OverviewCard(job: Rc<ParsedJob>) -> impl IntoView {
    let job = &job.job;
    let metadata = job.metadata.get();
    let status = job.status.get();
    let text = |value: Option<&String>| value.filter(|value| !value.is_empty()).cloned();
    let name =
        text(metadata.and_then(|m| m.name.get())).unwrap_or_else(|| "Unnamed job".to_string());
    let id = text(metadata.and_then(|m| m.id.get()));
    let kind = text(job.kind.get());
    let phase = text(status.and_then(|s| s.phase.get())).unwrap_or_else(|| "Unknown".to_string());
    let secondary = text(status.and_then(|s| s.secondary_phase.get()));
    let duration = status
        .and_then(|s| s.duration.get())
        .and_then(|duration| duration.as_i64())
        .filter(|duration| *duration > 0)
        .map(format_duration_ms);

    view! {
        <section class="card overview" id="overview">
            <h1 class="overview__name">{name}</h1>
            <PhaseBadge phase secondary/>
            <dl class="facts">
                {id.map(|id| view! { <dt>"ID"</dt><dd><code class="overview__id">{id}</code></dd> })}
                {kind.map(|kind| view! { <dt>"Kind"</dt><dd>{kind}</dd> })}
                {duration.map(|duration| view! { <dt>"Duration"</dt><dd>{duration}</dd> })}
            </dl>
        </section>
    }
}
