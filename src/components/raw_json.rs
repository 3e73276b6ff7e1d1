//! The document as JSON, secrets masked, with Copy and Download: the diagnostics page's `json` tab.

use crate::browser::download;
use crate::components::copy_button::copy_and_flash;
use crate::i18n::Ui;
use crate::insight::raw::{file_name, masked_document, masked_lines, SHOWN_LINES};
use crate::state::loaded::LoadedJob;
use leptos::prelude::*;
use std::sync::Arc;

/// Pretty JSON, masked by the secret rule on screen, in Copy and in Download; the document with its
/// secrets only behind a confirmation. Both downloads are named after the job.
#[component]
pub fn RawJson(loaded: Arc<LoadedJob>, ui: Ui) -> impl IntoView {
    let job = Arc::clone(&loaded.job);
    let body = Arc::clone(&loaded.body);
    let file_name = file_name(&job);
    let s = ui.s;
    let f = ui.lang.finder();
    let copied = RwSignal::new(false);
    // The page shows the first lines only, serialized on their own; Copy and Download mask the
    // whole document when clicked.
    let (start, cut) = masked_lines(&job, SHOWN_LINES);
    let note = cut.then(|| (f.raw_lines_cut)(SHOWN_LINES));
    let masked = move || masked_document(&job);
    let copy = {
        let masked = masked.clone();
        move |_| copy_and_flash(&masked(), copied)
    };
    let masked_name = file_name.clone();
    let download_masked = move |_| download(&masked_name, &masked(), "application/json");
    let download_secret = move |_| {
        let confirmed = window()
            .confirm_with_message(f.confirm_download_secrets)
            .unwrap_or(false);
        if confirmed {
            download(&file_name, &body, "application/json");
        }
    };
    view! {
        <p class="muted">{f.raw_masked_note}</p>
        <div class="toolbar">
            <button type="button" class="button" on:click=copy>
                {move || if copied.get() { s.copied } else { f.copy_json }}
            </button>
            <button type="button" class="button" on:click=download_masked>{f.download}</button>
            <button type="button" class="button button--quiet" on:click=download_secret>{f.download_with_secrets}</button>
        </div>
        <pre class="raw-json" translate="no"><code>{start}</code></pre>
        {note.map(|note| view! { <p class="muted">{note}</p> })}
    }
}
