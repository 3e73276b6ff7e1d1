//! Fine-tuning settings (`ftjob_config`), shown only on fine-tuning jobs.

use crate::components::fact_list::{named_view, plain_fact, FactList};
use crate::i18n::Ui;
use crate::insight::algorithm::fine_tuning_facts;
use crate::model::FtJobConfig;
use leptos::prelude::*;

/// The fine-tuning settings of a fine-tuning job, as facts.
#[component]
pub fn FineTuningCard(config: FtJobConfig, ui: Ui) -> impl IntoView {
    let facts = fine_tuning_facts(&config, ui.s)
        .into_iter()
        .map(|fact| plain_fact(fact, ui))
        .collect();
    view! {
        <div class="subcard">
            <h3>{named_view(ui.s.fine_tuning, "ftjob_config".to_string())}</h3>
            <FactList facts/>
        </div>
    }
}
