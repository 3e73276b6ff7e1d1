//! The raw section: the document as sent with secrets masked, plus what the viewer left out.

use crate::browser::download;
use crate::components::copy_button::copy_and_flash;
use crate::components::left_out_fields::LeftOutFields;
use crate::components::type_warnings::TypeWarnings;
use crate::i18n::Ui;
use crate::insight::raw::{masked_document, masked_lines, SHOWN_LINES};
use crate::model::lenient::Unread;
use crate::model::{Report, TrainingJob};
use crate::route::Section;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Collapsible pretty JSON, masked by the secret rule on screen, in Copy and in Download; the
/// document with its secrets only behind a confirmation. Then the fields no section shows and type
/// warnings by path, each list cut to a first page.
#[component]
pub fn RawJson(
    job: Arc<TrainingJob>,
    body: Arc<str>,
    file_name: String,
    report: Arc<Report>,
    left_out: Arc<Vec<Unread>>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let open = remembered_flag("raw-open");
    let copied = RwSignal::new(false);
    // The page shows the first lines only, serialized on their own; Copy and Download mask the
    // whole document when clicked.
    let shown = {
        let job = job.clone();
        move || {
            open.get().then(|| {
                let (start, cut) = masked_lines(&job, SHOWN_LINES);
                let note = cut.then(|| (s.raw_lines_cut)(SHOWN_LINES));
                view! {
                    <pre class="raw-json" translate="no"><code>{start}</code></pre>
                    {note.map(|note| view! { <p class="muted">{note}</p> })}
                }
            })
        }
    };
    let masked = move || masked_document(&job);
    let copy = {
        let masked = masked.clone();
        move |_| copy_and_flash(&masked(), copied)
    };
    let masked_name = file_name.clone();
    let download_masked = move |_| download(&masked_name, &masked(), "application/json");
    let download_secret = move |_| {
        let confirmed = window()
            .confirm_with_message(s.confirm_download_secrets)
            .unwrap_or(false);
        if confirmed {
            download(&file_name, &body, "application/json");
        }
    };
    view! {
        <section class="card" id="raw" aria-labelledby="raw-title">
            <h2 id="raw-title">{(s.section_title)(Section::Raw)}</h2>
            <p class="muted">{s.raw_masked_note}</p>
            <div class="toolbar">
                <button type="button" class="button" aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|open| *open = !*open)>
                    {move || if open.get() { s.hide } else { s.raw_show }}
                </button>
                <button type="button" class="button" on:click=copy>
                    {move || if copied.get() { s.copied } else { s.copy_json }}
                </button>
                <button type="button" class="button" on:click=download_masked>{s.download}</button>
                <button type="button" class="button button--quiet" on:click=download_secret>{s.download_with_secrets}</button>
            </div>
            {shown}
            <LeftOutFields left_out ui/>
            <TypeWarnings report ui/>
        </section>
    }
}
