//! The algorithm section: where the code comes from, the engine, the command and the environment.

use crate::components::copy_button::CopyButton;
use crate::components::env_table::EnvTable;
use crate::components::fact_list::{code_fact, text_fact, Fact, FactList};
use crate::components::fine_tuning_card::FineTuningCard;
use crate::components::subheading::subheading;
use crate::i18n::Ui;
use crate::insight::display::join_present;
use crate::model::{value_text, Algorithm, Engine, TrainingJob};
use crate::route::Section;
use leptos::prelude::*;
use std::sync::Arc;

fn engine_facts(engine: &Engine, ui: Ui) -> Vec<Fact> {
    let s = ui.s;
    let name = join_present([engine.engine_name(), engine.engine_version()], " · ");
    let mut facts: Vec<Fact> = Vec::new();
    if !name.is_empty() {
        facts.push((s.engine, view! { <span>{name}</span> }.into_any()));
    }
    facts.extend(code_fact("engine_id", engine.engine_id()));
    facts.extend(code_fact(s.image, engine.image_url()));
    facts.extend(code_fact("image_repo_id", engine.image_repo_id()));
    facts.extend(code_fact(
        "run_user",
        engine.run_user().map(|user| user.as_text()).as_ref(),
    ));
    for (label, flag) in [
        ("v1_compatible", engine.v1_compatible()),
        ("install_sys_packages", engine.install_sys_packages()),
    ] {
        if let Some(flag) = flag {
            facts.push((
                label,
                view! { <span>{if *flag { s.yes } else { s.no }}</span> }.into_any(),
            ));
        }
    }
    facts.extend(text_fact("usage", engine.usage()));
    facts.extend(text_fact("support_groups", engine.support_groups()));
    let tags: Vec<String> = engine
        .tags()
        .map(|tags| {
            tags.iter()
                .map(|tag| {
                    let text = |key: &str| tag.get(key).map(value_text).unwrap_or_default();
                    format!("{}={}", text("key"), text("value"))
                })
                .collect()
        })
        .unwrap_or_default();
    if !tags.is_empty() {
        facts.push(("tags", view! { <span>{tags.join(", ")}</span> }.into_any()));
    }
    facts
}

/// The code, engine, command and environment of one algorithm: the job's own (headings at level 3)
/// or a task's (level 5, inside its card). A plain function over a borrowed algorithm, so its
/// parameters (hundreds, with long descriptions) are never copied.
pub fn algorithm_details(algorithm: &Algorithm, heading_level: u8, ui: Ui) -> AnyView {
    let s = ui.s;
    let mut source: Vec<Fact> = Vec::new();
    if let Some(id) = algorithm.id().filter(|id| !id.is_empty()) {
        let name = algorithm.name().cloned().unwrap_or_default();
        source.push((
            s.algorithm,
            view! { <span>{name} " " <code>{id.clone()}</code></span> }.into_any(),
        ));
    }
    if let Some(subscription) = algorithm.subscription_id() {
        let version = algorithm.item_version_id().cloned().unwrap_or_default();
        source.push((
            s.subscription,
            view! { <code>{format!("{subscription} @ {version}")}</code> }.into_any(),
        ));
    }
    source.extend(code_fact(s.code_dir, algorithm.code_dir()));
    source.extend(code_fact(s.boot_file, algorithm.boot_file()));
    source.extend(code_fact(s.local_code_dir, algorithm.local_code_dir()));
    source.extend(code_fact(s.working_dir, algorithm.working_dir()));
    source.extend(code_fact(
        s.autosearch_config,
        algorithm.autosearch_config_path(),
    ));
    source.extend(code_fact(
        s.autosearch_framework,
        algorithm.autosearch_framework_path(),
    ));
    if let Some(summary) = algorithm.summary() {
        let dir = summary
            .log_dir()
            .and_then(|dir| dir.pfs())
            .and_then(|pfs| pfs.pfs_path())
            .cloned();
        let sources: Vec<String> = summary
            .data_sources()
            .map(|sources| {
                sources
                    .iter()
                    .filter_map(|source| source.job()?.job_id().cloned())
                    .collect()
            })
            .unwrap_or_default();
        let text = join_present(
            [
                summary.log_type().cloned(),
                dir,
                (!sources.is_empty()).then(|| format!("← {}", sources.join(", "))),
            ],
            " → ",
        );
        if !text.is_empty() {
            source.push((s.summary, view! { <code>{text}</code> }.into_any()));
        }
    }
    if let Some(flag) = algorithm.parameters_customization() {
        source.push((
            "parameters_customization",
            view! { <span>{if *flag { s.yes } else { s.no }}</span> }.into_any(),
        ));
    }
    let engine = algorithm
        .engine()
        .map(|engine| engine_facts(engine, ui))
        .unwrap_or_default();
    let command = algorithm
        .command()
        .filter(|command| !command.trim().is_empty())
        .cloned();
    let environment: Vec<(String, String)> = algorithm
        .environments()
        .map(|maps| {
            maps.iter()
                .flat_map(|map| map.iter())
                .map(|(name, value)| (name.clone(), value_text(value)))
                .collect()
        })
        .unwrap_or_default();
    let has_environment_field = algorithm.environments().is_some();

    view! {
        <FactList facts=source/>
        <FactList facts=engine/>
        {command.map(|command| view! {
            {subheading(heading_level, "subhead", s.command.to_string())}
            <div class="command">
                <pre class="command__text"><code>{command.clone()}</code></pre>
                <CopyButton text=command what=s.command ui/>
            </div>
        })}
        {has_environment_field.then(|| view! {
            {subheading(heading_level, "subhead", s.environment.to_string())}
            <EnvTable variables=environment ui/>
        })}
    }
    .into_any()
}

/// The algorithm section of the job page.
#[component]
pub fn AlgorithmCard(job: Arc<TrainingJob>, ui: Ui) -> impl IntoView {
    let details = job
        .algorithm()
        .map(|algorithm| algorithm_details(algorithm, 3, ui));
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
            {fine_tuning.map(|config| view! { <FineTuningCard config/> })}
        </section>
    }
}
