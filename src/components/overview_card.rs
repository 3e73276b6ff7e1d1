//! The overview section: who ran what, when, and in which phase it is.

use crate::components::copy_button::CopyButton;
use crate::components::fact_list::{piece_view, plain_fact, Fact, FactList};
use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::live_duration::{duration_clock, LiveDuration};
use crate::components::phase_badge::PhaseBadge;
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::components::time_text::TimeText;
use crate::components::triage_headline::TriageHeadline;
use crate::i18n::Ui;
use crate::insight::overview::{overview, Annotation, Overview};
use crate::insight::triage::Headline;
use crate::model::TrainingJob;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// The facts with a copy button, a time element or a ticking duration, then the plain ones.
fn facts(overview: &mut Overview, job: Arc<TrainingJob>, fetched_at_ms: i64, ui: Ui) -> Vec<Fact> {
    let s = ui.s;
    let mut facts: Vec<Fact> = Vec::new();
    if let Some(id) = overview.id.take() {
        facts.push((
            s.id.into(),
            view! { <code class="overview__id">{id.clone()}</code> " " <CopyButton text=id what=s.id ui/> }.into_any(),
        ));
    }
    if let Some(kind) = overview.kind.take() {
        facts.push((s.kind.into(), piece_view(kind)));
    }
    if let Some(created) = overview.created_ms {
        facts.push((
            s.created.into(),
            view! { <TimeText ms=created ui/> }.into_any(),
        ));
    }
    facts.push((
        s.started.into(),
        match overview.started_ms {
            Some(started) => view! { <TimeText ms=started ui/> }.into_any(),
            None => view! { <span class="muted">{s.not_started}</span> }.into_any(),
        },
    ));
    if overview.started_ms.is_some() || overview.duration_ms.is_some() {
        let ticking = overview.running && overview.started_ms.is_some();
        let fixed_ms = overview.duration_ms;
        facts.push((
            s.duration.into(),
            view! { <LiveDuration job clock=ticking.then(duration_clock) fetched_at_ms fixed_ms lang=ui.lang/> }
                .into_any(),
        ));
    }
    facts.extend(
        std::mem::take(&mut overview.facts)
            .into_iter()
            .map(|fact| plain_fact(fact, ui)),
    );
    facts
}

/// Annotation chips: key and value as sent, and the meaning of the keys the viewer knows; the
/// first page until someone asks for all (a hostile document can carry a hundred thousand).
fn annotation_chips(annotations: Vec<Annotation>, ui: Ui) -> impl IntoView {
    let total = annotations.len();
    let show_all = remembered_flag("show-all:annotations");
    let annotations = Arc::new(annotations);
    let chip = Callback::new(move |(index, _): RowKey| {
        let Annotation {
            key,
            value,
            meaning,
        } = annotations[index].clone();
        view! {
            <li class="chip" title=meaning.unwrap_or_default()>
                <span class="chip__key" translate="no">{key}</span>
                <span class="chip__value" translate="no">{value}</span>
                {meaning.map(|meaning| view! { <span class="chip__meaning">{meaning}</span> })}
            </li>
        }
        .into_any()
    });
    (total > 0).then(|| {
        view! {
            <h2 class="subhead">{ui.s.annotations}</h2>
            <ul class="chips"><KeyedRows keys=visible_positions(total, show_all) row=chip/></ul>
            <ShowAllButton total show_all ui/>
        }
    })
}

/// Name, id, kind, phase in words, timing, people and annotations.
#[component]
pub fn OverviewCard(
    job: Arc<TrainingJob>,
    /// Why the job failed, for a failed job (`insight::phase::job_failed`).
    failure: Option<Headline>,
    fetched_at_ms: i64,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let mut overview = overview(&job, ui.lang);
    let facts = facts(&mut overview, job, fetched_at_ms, ui);
    let phase = overview
        .phase
        .unwrap_or_else(|| s.phase_unknown.to_string());
    let named = overview.name.is_some();
    view! {
        <section class="card overview" id="overview" aria-labelledby="overview-title">
            <div class="overview__head">
                // The job's own name is not translated; the words for a missing one are.
                <h1 class="overview__name" id="overview-title" translate=named.then_some("no")>
                    {overview.name.unwrap_or_else(|| s.unnamed_job.to_string())}
                </h1>
                <PhaseBadge phase secondary=overview.secondary_phase ui/>
            </div>
            <p class="overview__meaning">{overview.meaning}</p>
            // Why it failed, before any scrolling.
            {failure.map(|headline| view! { <TriageHeadline headline class="triage triage--failed" ui/> })}
            <FactList facts/>
            {annotation_chips(overview.annotations, ui)}
        </section>
    }
}
