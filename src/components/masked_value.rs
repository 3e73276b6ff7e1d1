//! A secret value, masked until a person asks to see it.

use crate::i18n::Ui;
use crate::insight::secrets::MASK;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;

/// Shows `••••••••` and a reveal button; the value enters the DOM only once revealed, and stays
/// revealed through refreshes. `name` must be unique on the page.
#[component]
pub fn MaskedValue(value: String, name: String, ui: Ui) -> impl IntoView {
    let revealed = remembered_flag(format!("reveal:{name}"));
    let label = move || {
        format!(
            "{} {name}",
            if revealed.get() {
                ui.s.hide
            } else {
                ui.s.reveal
            }
        )
    };
    view! {
        <span class="masked">
            <code class="masked__value">{move || if revealed.get() { value.clone() } else { MASK.to_string() }}</code>
            <button
                type="button"
                class="masked__toggle"
                aria-pressed=move || revealed.get().to_string()
                aria-label=label
                on:click=move |_| revealed.update(|shown| *shown = !*shown)
            >
                {move || if revealed.get() { ui.s.hide } else { ui.s.reveal }}
            </button>
        </span>
    }
}
