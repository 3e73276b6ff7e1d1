//! The local-file page's way in without any network: a saved response file, or pasted JSON.

use crate::i18n::Strings;
use crate::model::parse_job;
use crate::route::{self, Route};
use crate::state::loaded::{LoadedJob, LocalDocument};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Reads a response document named `name`, or says in the UI's words why it is not a job.
fn read_local(text: &str, name: &str, s: &Strings) -> Result<Arc<LoadedJob>, String> {
    let parsed = parse_job(text).map_err(|error| (s.not_a_job_file)(name, &error))?;
    Ok(Arc::new(LoadedJob::new(parsed, Arc::from(text))))
}

/// Opens a response document: it renders in the job page as a local file.
fn open_local(text: &str, name: String, local: LocalDocument, s: &Strings) -> Result<(), String> {
    let loaded = read_local(text, &name, s)?;
    local.0.set(Some((name, loaded)));
    let _ = window().location().set_hash(&route::format(&Route::Local));
    Ok(())
}

/// A file picker and a text box; a document that is not a job leaves a warning here.
#[component]
pub fn LocalFileForm() -> impl IntoView {
    let prefs = use_prefs();
    // `expect`, not `expect_context`, whose message formats the caller's location with `Debug`.
    let local = use_context::<LocalDocument>().expect("the app provides the local document");
    let s = move || prefs.lang.get().strings();
    // Event handlers read the language without subscribing to it.
    let strings_now = move || prefs.lang.get_untracked().strings();
    let local_error = RwSignal::new(None::<String>);
    let pasted_json = RwSignal::new(String::new());

    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            match text {
                Some(text) => local_error.set(open_local(&text, name, local, strings_now()).err()),
                None => local_error.set(Some((strings_now().file_unreadable)(&name))),
            }
        });
    };
    let show_pasted = move |_| {
        let s = strings_now();
        local_error.set(
            open_local(
                &pasted_json.get_untracked(),
                s.pasted_json.to_string(),
                local,
                s,
            )
            .err(),
        );
    };

    view! {
        <section class="card" id="local-file">
            <h2>{move || s().open_saved}</h2>
            <p class="muted">{move || s().saved_note}</p>
            <label class="field">
                <span>{move || s().json_file}</span>
                <input type="file" accept=".json,application/json,text/plain" on:change=on_file/>
            </label>
            <label class="field field--wide">
                <span>{move || s().paste_json}</span>
                <textarea rows="4" name="json" prop:value=move || pasted_json.get()
                    on:input=move |event| pasted_json.set(event_target_value(&event))></textarea>
            </label>
            <button type="button" class="button" on:click=show_pasted>{move || s().show}</button>
            {move || local_error.get().map(|error| view! { <p class="banner banner--warning" role="alert">{error}</p> })}
        </section>
    }
}
