//! The start page's list of endpoints added in this browser, with a form to add one.

use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::config::{Auth, Endpoint};
use crate::storage::endpoints::{save_endpoints, saved_endpoints};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Each saved endpoint with a remove button, then name, base URL and "needs a token" to add one;
/// adding a name that exists replaces it.
#[component]
pub fn EndpointsEditor() -> impl IntoView {
    let prefs = use_prefs();
    let s = move || prefs.lang.get().strings();
    let f = move || prefs.lang.get().finder();
    let new_name = RwSignal::new(String::new());
    let new_base = RwSignal::new(String::new());
    let new_token = RwSignal::new(false);
    let saved = RwSignal::new(saved_endpoints());
    let add_endpoint = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let endpoint = Endpoint {
            name: new_name.get_untracked().trim().to_string(),
            base_url: new_base.get_untracked().trim().to_string(),
            auth: if new_token.get_untracked() {
                Auth::Token
            } else {
                Auth::None
            },
            files: false,
            user_added: true,
        };
        if endpoint.name.is_empty() {
            return;
        }
        saved.update(|list| {
            list.retain(|existing| existing.name != endpoint.name);
            list.push(endpoint);
            save_endpoints(list);
        });
        new_name.set(String::new());
        new_base.set(String::new());
    };
    // Keyed by name alone (names are unique: adding one replaces it), so a removal touches only its
    // own row.
    let keys = Signal::derive(move || {
        saved.with(|list| {
            list.iter()
                .map(|endpoint| (0, endpoint.name.clone()))
                .collect()
        })
    });
    let row = Callback::new(move |(_, key): RowKey| {
        let Some(endpoint) =
            saved.with_untracked(|list| list.iter().find(|e| e.name == key).cloned())
        else {
            return ().into_any();
        };
        let Endpoint {
            name,
            base_url,
            auth,
            ..
        } = endpoint;
        let remove = name.clone();
        view! {
            <li>
                <code>{name}</code> " → " <code>{move || if base_url.is_empty() { f().same_origin.to_string() } else { base_url.clone() }}</code>
                {move || (auth == Auth::Token).then(|| format!(" · {}", f().needs_token))}
                " "
                <button type="button" class="button button--quiet" on:click=move |_| saved.update(|list| {
                    list.retain(|existing| existing.name != remove);
                    save_endpoints(list);
                })>{move || s().remove}</button>
            </li>
        }
        .into_any()
    });

    view! {
        <section class="card" id="settings">
            <h2>{move || f().endpoints_added}</h2>
            <p class="muted">{move || f().endpoints_note}</p>
            <ul class="job-list">
                <KeyedRows keys row/>
            </ul>
            <form class="open-form" on:submit=add_endpoint>
                <label class="field"><span>{move || s().name}</span>
                    <input type="text" name="endpoint-name" prop:value=move || new_name.get() on:input=move |e| new_name.set(event_target_value(&e))/></label>
                <label class="field field--wide"><span>{move || s().base_url}</span>
                    <input type="text" name="endpoint-base" placeholder="https://proxy.example.com/modelarts/"
                        prop:value=move || new_base.get() on:input=move |e| new_base.set(event_target_value(&e))/></label>
                <label class="checkbox"><input type="checkbox" prop:checked=move || new_token.get()
                    on:change=move |e| new_token.set(event_target_checked(&e))/>" " {move || f().needs_token}</label>
                <button type="submit" class="button">{move || f().add}</button>
            </form>
        </section>
    }
}
