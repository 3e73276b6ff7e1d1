//! Why a job could not be shown, in words, with the next step and the facts for support.

use crate::components::fact_list::pieces_view;
use crate::components::keyed_rows::keyed_list;
use crate::insight::errors::explain;
use crate::insight::facts::mark_literals;
use crate::model::ApiError;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Explains a failed load; every value from the response is rendered as text, and the names the
/// sentences quote are marked so they are not translated.
#[component]
pub fn ErrorPanel(error: ApiError) -> impl IntoView {
    let lang = use_prefs().lang.get_untracked();
    let explanation = explain(&error, lang);
    let title = mark_literals(&explanation.title, &explanation.literals);
    let next_step = mark_literals(&explanation.next_step, &explanation.literals);
    let facts = explanation.facts;
    view! {
        <section class="card error-panel" role="alert">
            <h1 class="error-panel__title">{pieces_view(title)}</h1>
            <p class="error-panel__next">{pieces_view(next_step)}</p>
            <dl class="facts">
                {keyed_list(facts.clone(), move |(label, value)| view! { <dt>{label}</dt><dd><code>{value}</code></dd> }.into_any())}
            </dl>
            {explanation.body_start.map(|start| view! {
                <p>{lang.strings().response_began_with}</p>
                <pre class="error-panel__body">{start}</pre>
            })}
        </section>
    }
}
