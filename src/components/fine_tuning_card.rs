//! Fine-tuning settings (`ftjob_config`), shown only on fine-tuning jobs.

use crate::components::fact_list::{plain_fact, FactList};
use crate::i18n::Ui;
use crate::insight::algorithm::fine_tuning_facts;
use crate::model::FtJobConfig;
use leptos::prelude::*;

/// The fine-tuning settings of a fine-tuning job, as facts.
#[component]
pub fn FineTuningCard(config: FtJobConfig, ui: Ui) -> impl IntoView {
    let facts = fine_tuning_facts(&config)
        .into_iter()
        .map(|fact| plain_fact(fact, ui))
        .collect();
    view! {
        <div class="subcard">
            <h3 translate="no">"ftjob_config"</h3>
            <FactList facts/>
        </div>
    }
}
