//! Fine-tuning settings (`ftjob_config`), shown only on fine-tuning jobs.

use crate::components::fact_list::{code_fact, text_fact, Fact, FactList};
use crate::insight::secrets::masked_object_text;
use crate::model::FtJobConfig;
use leptos::prelude::*;

/// The fine-tuning job's model, type, output, progress and checkpoint settings.
#[component]
pub fn FineTuningCard(config: FtJobConfig) -> impl IntoView {
    let mut facts: Vec<Fact> = Vec::new();
    facts.extend(code_fact("ft_job_uuid", config.ft_job_uuid()));
    facts.extend(text_fact("ft_train_type", config.ft_train_type()));
    facts.extend(text_fact("model_type", config.model_type()));
    facts.extend(code_fact("train_output_path", config.train_output_path()));
    facts.extend(text_fact(
        "train_process",
        config.train_process().map(|p| p.as_text()).as_ref(),
    ));
    facts.extend(code_fact("checkpoint_id", config.checkpoint_id()));
    for (label, object) in [
        ("checkpoint_config", config.checkpoint_config()),
        ("task_env", config.task_env()),
    ] {
        if let Some(text) = object
            .map(|object| masked_object_text(object, ": ", " · "))
            .filter(|text| !text.is_empty())
        {
            facts.push((label, view! { <code>{text}</code> }.into_any()));
        }
    }
    view! {
        <div class="subcard">
            <h3 translate="no">"ftjob_config"</h3>
            <FactList facts/>
        </div>
    }
}
