//! Why a job could not be shown, in words, with the next step and the facts for support.

use crate::insight::errors::explain;
use crate::model::ApiError;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Explains a failed load; every value from the response is rendered as text.
#[component]
pub fn ErrorPanel(error: ApiError) -> impl IntoView {
    let lang = use_prefs().lang.get_untracked();
    let explanation = explain(&error, lang);
    view! {
        <section class="card error-panel" role="alert">
            <h1 class="error-panel__title">{explanation.title}</h1>
            <p class="error-panel__next">{explanation.next_step}</p>
            <dl class="facts">
                {explanation
                    .facts
                    .into_iter()
                    .map(|(label, value)| view! { <dt>{label}</dt><dd><code>{value}</code></dd> })
                    .collect_view()}
            </dl>
            {explanation.body_start.map(|start| view! {
                <p>{lang.strings().response_began_with}</p>
                <pre class="error-panel__body">{start}</pre>
            })}
        </section>
    }
}
