//! The overview section: who ran what, when, and in which phase it is.

use crate::components::copy_button::CopyButton;
use crate::components::fact_list::{code_fact, text_fact, Fact, FactList};
use crate::components::live_duration::LiveDuration;
use crate::components::phase_badge::PhaseBadge;
use crate::components::time_text::TimeText;
use crate::i18n::Ui;
use crate::insight::phase::{annotation_meaning, is_terminal, phase_meaning, PhaseCategory};
use crate::insight::timeline::to_millis;
use crate::model::{value_text, Scalar, TrainingJob};
use leptos::prelude::*;
use std::sync::Arc;

fn present(value: Option<&String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty()).cloned()
}

/// Name, id, kind, phase in words, timing, people and annotations.
#[component]
pub fn OverviewCard(
    job: Arc<TrainingJob>,
    /// The triage headline, shown here only when the job failed.
    failure: Option<String>,
    fetched_at_ms: i64,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let metadata = job.metadata();
    let status = job.status();
    let name =
        present(metadata.and_then(|m| m.name())).unwrap_or_else(|| s.unnamed_job.to_string());
    let phase =
        present(status.and_then(|s| s.phase())).unwrap_or_else(|| s.phase_unknown.to_string());
    let secondary = present(status.and_then(|s| s.secondary_phase()));
    let meaning = phase_meaning(&phase, ui.lang);
    let created = metadata
        .and_then(|m| m.create_time())
        .and_then(Scalar::as_i64)
        .and_then(to_millis);
    let started = status
        .and_then(|s| s.start_time())
        .and_then(Scalar::as_i64)
        .and_then(to_millis);
    let duration_ms = status
        .and_then(|s| s.duration())
        .and_then(Scalar::as_i64)
        .filter(|ms| *ms > 0);
    let running = !is_terminal(&phase);
    // Why it failed, before any scrolling.
    let failure = failure.filter(|_| PhaseCategory::of(&phase) == PhaseCategory::Failed);

    let mut facts: Vec<Fact> = Vec::new();
    if let Some(id) = present(metadata.and_then(|m| m.id())) {
        facts.push((
            s.id,
            view! { <code class="overview__id">{id.clone()}</code> " " <CopyButton text=id what=s.id ui/> }.into_any(),
        ));
    }
    facts.extend(text_fact(s.kind, job.kind()));
    if let Some(created) = created {
        facts.push((s.created, view! { <TimeText ms=created ui/> }.into_any()));
    }
    facts.push((
        s.started,
        match started {
            Some(started) => view! { <TimeText ms=started ui/> }.into_any(),
            None => view! { <span class="muted">{s.not_started}</span> }.into_any(),
        },
    ));
    if started.is_some() || duration_ms.is_some() {
        let ticking = running && started.is_some();
        let job = Arc::clone(&job);
        facts.push((
            s.duration,
            view! { <LiveDuration job running=ticking fetched_at_ms fixed_ms=duration_ms lang=ui.lang/> }.into_any(),
        ));
    }
    facts.extend(text_fact(s.user, metadata.and_then(|m| m.user_name())));
    facts.extend(code_fact(
        s.workspace,
        metadata.and_then(|m| m.workspace_id()),
    ));
    facts.extend(code_fact(
        "ai_project",
        metadata.and_then(|m| m.ai_project()),
    ));
    if let Some(retention) = status.and_then(|s| s.retention_time()) {
        // The unit is not documented (the create-side reserved_time is in hours): shown as sent.
        let text = format!("{} ({})", retention.as_text(), s.unit_not_stated);
        facts.push(("retention_time", view! { <span>{text}</span> }.into_any()));
    }
    facts.extend(text_fact(
        s.description,
        metadata.and_then(|m| m.description()),
    ));
    if let Some(experiment) = metadata.and_then(|m| m.training_experiment_reference()) {
        let parts: Vec<String> = [
            experiment.name().cloned(),
            experiment.id().map(|id| format!("({id})")),
            experiment
                .serial_number()
                .map(|serial| format!("#{}", serial.as_text())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !parts.is_empty() {
            facts.push((
                s.experiment,
                view! { <span>{parts.join(" ")}</span> }.into_any(),
            ));
        }
    }

    let annotations: Vec<(String, String, Option<&'static str>)> = metadata
        .and_then(|m| m.annotations())
        .map(|annotations| {
            annotations
                .iter()
                .map(|(key, value)| {
                    (
                        key.clone(),
                        value_text(value),
                        annotation_meaning(key, ui.lang),
                    )
                })
                .collect()
        })
        .unwrap_or_default();

    view! {
        <section class="card overview" id="overview" aria-labelledby="overview-title">
            <div class="overview__head">
                <h1 class="overview__name" id="overview-title">{name}</h1>
                <PhaseBadge phase secondary ui/>
            </div>
            <p class="overview__meaning">{meaning}</p>
            {failure.map(|headline| view! { <p class="triage triage--failed"><strong>{headline}</strong></p> })}
            <FactList facts/>
            {(!annotations.is_empty()).then(|| view! {
                <h2 class="subhead">{s.annotations}</h2>
                <ul class="chips">
                    {annotations.into_iter().map(|(key, value, meaning)| view! {
                        <li class="chip" title=meaning.unwrap_or_default()>
                            <span class="chip__key">{key}</span>
                            <span class="chip__value">{value}</span>
                            {meaning.map(|meaning| view! { <span class="chip__meaning">{meaning}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
