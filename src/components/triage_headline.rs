//! The triage's first line: the task it is about, as sent, then what happened in words, and what
//! the failing task's message shows.

use crate::components::signature_text::SignatureText;
use crate::i18n::Ui;
use crate::insight::triage::Headline;
use leptos::prelude::*;

/// `worker-2 exited with 127: …`, the task's name kept out of translation.
#[component]
pub fn TriageHeadline(headline: Headline, class: &'static str, ui: Ui) -> impl IntoView {
    view! {
        <p class=class role="status">
            <strong>
                {headline.task.map(|task| view! { <code translate="no">{task}</code>" "})}
                {headline.text}
            </strong>
            {headline.evidence.map(|signature| view! { <br/>{ui.s.message_shows}" "<SignatureText signature ui/> })}
        </p>
    }
}
