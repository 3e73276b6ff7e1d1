//! A value from the API as the secret rule shows it: as it is, or masked until a person asks.

use crate::i18n::Ui;
use crate::insight::secrets::Shown;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;

/// Plain values as code; secret ones masked with a reveal button named after `name`. A secret
/// enters the DOM only once revealed, one value at a time, and stays revealed through refreshes:
/// `key` (by default `name`) must be unique on the page.
#[component]
pub fn MaskedValue(
    shown: Shown,
    name: String,
    #[prop(optional)] key: Option<String>,
    ui: Ui,
) -> impl IntoView {
    let (masked, value) = match shown {
        Shown::Plain(value) => return view! { <code translate="no">{value}</code> }.into_any(),
        Shown::Secret { masked, value } => (masked, value),
    };
    let revealed = remembered_flag(format!("reveal:{}", key.unwrap_or_else(|| name.clone())));
    view! {
        <span class="masked">
            <code class="masked__value" translate="no">{move || if revealed.get() { value.clone() } else { masked.clone() }}</code>
            <button
                type="button"
                class="masked__toggle"
                aria-pressed=move || revealed.get().to_string()
                on:click=move |_| revealed.update(|shown| *shown = !*shown)
            >
                {move || if revealed.get() { ui.s.hide } else { ui.s.reveal }}
                // Read out, not shown: which value the button reveals, as the API names it.
                <span class="visually-hidden" translate="no">" " {name}</span>
            </button>
        </span>
    }
    .into_any()
}
