//! A button that copies a value to the clipboard and says so.

use crate::browser::copy_text;
use crate::i18n::Ui;
use leptos::prelude::*;
use std::time::Duration;

/// Copies `text` and raises `copied` for a moment, for the button to say so.
pub fn copy_and_flash(text: &str, copied: RwSignal<bool>) {
    copy_text(text);
    copied.set(true);
    set_timeout(move || copied.set(false), Duration::from_millis(1500));
}

/// Copies `text`; `what` names the value for screen readers ("Copy ID").
#[component]
pub fn CopyButton(text: String, what: &'static str, ui: Ui) -> impl IntoView {
    let copied = RwSignal::new(false);
    let label = format!("{} {what}", ui.s.copy);
    view! {
        <button
            type="button"
            class="copy-button"
            aria-label=label
            on:click=move |_| {
                copy_and_flash(&text, copied);
            }
        >
            {move || if copied.get() { ui.s.copied } else { ui.s.copy }}
        </button>
    }
}
