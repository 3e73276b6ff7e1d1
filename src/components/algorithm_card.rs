//! The algorithm section: where the code comes from, the engine, the command and the environment.

use crate::components::copy_button::CopyButton;
use crate::components::env_table::EnvTable;
use crate::components::fact_list::{plain_fact, Fact, FactList};
use crate::components::fine_tuning_card::FineTuningCard;
use crate::components::masked_value::MaskedValue;
use crate::components::subheading::subheading;
use crate::i18n::Ui;
use crate::insight::algorithm::{
    command, engine_facts, environment, managed_algorithm, source_facts,
};
use crate::insight::secrets::{shown_value, Shown};
use crate::model::{Algorithm, TrainingJob};
use crate::route::Section;
use leptos::prelude::*;
use std::sync::Arc;

/// The code, engine, command and environment of one algorithm: the job's own (headings at level 3)
/// or a task's (level 5, inside its card). A plain function over a borrowed algorithm, so its
/// parameters (hundreds, with long descriptions) are never copied. `scope` (`job` or the task's
/// role) keeps what a person reveals or opens here apart from the same names in another task.
pub fn algorithm_details(algorithm: &Algorithm, heading_level: u8, scope: &str, ui: Ui) -> AnyView {
    let s = ui.s;
    let mut source: Vec<Fact> = Vec::new();
    if let Some((name, id)) = managed_algorithm(algorithm) {
        source.push((
            s.algorithm.into(),
            view! { <span><span translate="no">{name}</span> " " <code>{id}</code></span> }
                .into_any(),
        ));
    }
    source.extend(
        source_facts(algorithm, s)
            .into_iter()
            .map(|fact| plain_fact(fact, ui)),
    );
    let engine: Vec<Fact> = algorithm
        .engine()
        .map(|engine| {
            engine_facts(engine, s)
                .into_iter()
                .map(|fact| plain_fact(fact, ui))
                .collect()
        })
        .unwrap_or_default();
    let command = command(algorithm);
    let environment = environment(algorithm);

    view! {
        <FactList facts=source/>
        <FactList facts=engine/>
        {command.map(|command| {
            // A password or token inside the command line stays masked, in Copy too, until revealed.
            let shown = shown_value("command", &command, false);
            let copied = match &shown {
                Shown::Plain(text) | Shown::Secret { masked: text, .. } => text.clone(),
            };
            view! {
                {subheading(heading_level, "subhead", s.command.to_string())}
                <div class="command">
                    <pre class="command__text"><MaskedValue shown name=s.command.to_string() key=format!("{scope}:command") ui/></pre>
                    <CopyButton text=copied what=s.command ui/>
                </div>
            }
        })}
        {environment.map(|variables| view! {
            {subheading(heading_level, "subhead", s.environment.to_string())}
            <EnvTable variables scope=scope.to_string() ui/>
        })}
    }
    .into_any()
}

/// The algorithm section of the job page.
#[component]
pub fn AlgorithmCard(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let details = job
        .algorithm()
        .map(|algorithm| algorithm_details(algorithm, 3, "job", ui));
    let per_task = job.tasks().is_some_and(|tasks| !tasks.is_empty());
    let fine_tuning = job.ftjob_config().cloned();
    view! {
        <section class="card" id="algorithm" aria-labelledby="algorithm-title">
            <h2 id="algorithm-title">{(ui.s.section_title)(Section::Algorithm)}</h2>
            {match details {
                Some(details) => details,
                None if per_task => view! { <p class="muted">{ui.s.per_task_algorithm}</p> }.into_any(),
                None => view! { <p class="muted">{ui.s.no_algorithm}</p> }.into_any(),
            }}
            {fine_tuning.map(|config| view! { <FineTuningCard config ui/> })}
        </section>
    }
}
