//! Asks for an IAM token for one endpoint, and says where it will be kept.

use crate::prefs::use_prefs;
use crate::token::save_token;
use leptos::prelude::*;

/// A password field, an opt-in "remember on this device", and a save button.
#[component]
pub fn TokenPrompt(endpoint: String, on_saved: Callback<()>, refused: bool) -> impl IntoView {
    let prefs = use_prefs();
    let token = RwSignal::new(String::new());
    let remember = RwSignal::new(false);
    let zh = move || prefs.lang.get() == crate::i18n::Lang::Zh;
    let title = if refused {
        "The token was refused: enter a new one"
    } else {
        "This endpoint needs an IAM token"
    };
    let save_endpoint = endpoint.clone();
    view! {
        <form class="card token-prompt" on:submit=move |event| {
            event.prevent_default();
            let value = token.get_untracked();
            if !value.trim().is_empty() {
                save_token(&save_endpoint, &value, remember.get_untracked());
                token.set(String::new());
                on_saved.run(());
            }
        }>
            <h2>{title}</h2>
            <p>
                "Endpoint " <code>{endpoint}</code> ". "
                "The token is sent only to this endpoint, only as the X-Auth-Token header, and never appears in a URL."
            </p>
            <label class="field">
                <span>{move || if zh() { "项目级 IAM 令牌" } else { "Project-scoped IAM token" }}</span>
                <input type="password" autocomplete="off" spellcheck="false" name="token"
                    prop:value=move || token.get()
                    on:input=move |event| token.set(event_target_value(&event))/>
            </label>
            <label class="checkbox">
                <input type="checkbox" name="remember" prop:checked=move || remember.get()
                    on:change=move |event| remember.set(event_target_checked(&event))/>
                " Remember on this device (kept in this browser's localStorage until you choose Forget token; otherwise it is forgotten when the tab closes)"
            </label>
            <button type="submit" class="button button--primary">{move || if zh() { "使用令牌" } else { "Use token" }}</button>
        </form>
    }
}
