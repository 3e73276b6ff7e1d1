//! The raw section: the document as sent, pretty-printed on demand, plus what the viewer left out.

use crate::browser::{copy_text, download};
use crate::i18n::Ui;
use crate::insight::display::warning_text;
use crate::model::Report;
use crate::route::Section;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;

/// Pretty-prints a body for reading; a body that is not JSON is shown as it came.
pub fn pretty_json(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .and_then(|value| serde_json::to_string_pretty(&value))
        .unwrap_or_else(|_| body.to_string())
}

/// Collapsible pretty JSON with copy and download, then unknown fields and type warnings by path.
#[component]
pub fn RawJson(
    body: std::sync::Arc<str>,
    file_name: String,
    report: Report,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let open = remembered_flag("raw-open");
    let pretty = {
        let body = body.clone();
        move || open.get().then(|| pretty_json(&body))
    };
    let copy_body = body.clone();
    let download_body = body.clone();
    view! {
        <section class="card" id="raw" aria-labelledby="raw-title">
            <h2 id="raw-title">{(s.section_title)(Section::Raw)}</h2>
            <div class="toolbar">
                <button type="button" class="button" aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|open| *open = !*open)>
                    {move || if open.get() { s.hide } else { s.raw_show }}
                </button>
                <button type="button" class="button" on:click=move |_| copy_text(&copy_body)>{s.copy} " JSON"</button>
                <button type="button" class="button" on:click=move |_| download(&file_name, &download_body, "application/json")>{s.download}</button>
            </div>
            {move || pretty().map(|text| view! { <pre class="raw-json"><code>{text}</code></pre> })}
            <h3 class="subhead">{s.unknown_fields}</h3>
            {if report.unknown_fields.is_empty() {
                view! { <p class="muted">{s.no_unknown_fields}</p> }.into_any()
            } else {
                view! { <ul class="paths">{report.unknown_fields.iter().map(|path| view! { <li><code>{path.clone()}</code></li> }).collect_view()}</ul> }.into_any()
            }}
            {(!report.warnings.is_empty()).then(|| view! {
                <h3 class="subhead">{s.decode_warnings}</h3>
                <ul class="paths">{report.warnings.iter().map(|warning| view! { <li><code>{warning_text(warning, ui.lang)}</code> ": " <code>{warning.sent.clone()}</code></li> }).collect_view()}</ul>
            })}
        </section>
    }
}
