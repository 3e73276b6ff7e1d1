//! Asks for an IAM token for one endpoint, and says where it will be kept.

use crate::storage::prefs::use_prefs;
use crate::storage::token::{save_token, TokenScope};
use leptos::prelude::*;

/// A password field, an opt-in "remember on this device", and a save button.
#[component]
pub fn TokenPrompt(scope: TokenScope, on_saved: Callback<()>, refused: bool) -> impl IntoView {
    let prefs = use_prefs();
    let token = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let s = move || prefs.lang.get().strings();
    let title = move || {
        if refused {
            s().token_title_refused
        } else {
            s().token_title
        }
    };
    let endpoint = scope.endpoint.clone();
    view! {
        <form class="card token-prompt" on:submit=move |event| {
            event.prevent_default();
            let value = token.get_untracked();
            if !value.trim().is_empty() {
                save_token(&scope, &value, remember.get_untracked());
                token.set(String::new());
                on_saved.run(());
            }
        }>
            <h2>{title}</h2>
            <p><code>{endpoint}</code> " · " {move || s().token_explainer}</p>
            <label class="field">
                <span>{move || s().token_label}</span>
                <input type="password" autocomplete="off" spellcheck="false" name="token"
                    prop:value=move || token.get()
                    on:input=move |event| token.set(event_target_value(&event))/>
            </label>
            <label class="checkbox">
                <input type="checkbox" name="remember" prop:checked=move || remember.get()
                    on:change=move |event| remember.set(event_target_checked(&event))/>
                " " {move || s().token_remember}
            </label>
            <button type="submit" class="button button--primary">{move || s().token_submit}</button>
        </form>
    }
}
