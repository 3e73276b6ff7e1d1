//! The triage's first line: the task it is about, as sent, then what happened in words, and what
//! the failing task's message, or its log, shows.

use crate::components::fact_list::pieces_view;
use crate::components::signature_text::SignatureText;
use crate::i18n::Ui;
use crate::insight::facts::mark_literals;
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
            {headline.evidence.map(|signature| {
                // The task's name inside the sentence is the API's, kept out of translation.
                let source = match &headline.evidence_in_log {
                    Some((task, line)) => pieces_view(mark_literals(
                        &(ui.s.log_shows)(task, *line),
                        std::slice::from_ref(task),
                    ))
                    .into_any(),
                    None => ui.s.message_shows.into_any(),
                };
                view! { <br/>{source}" "<SignatureText signature ui/> }
            })}
        </p>
    }
}
