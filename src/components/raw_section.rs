//! The job page's raw section: where to read the document as JSON, and what the viewer left out.

use crate::components::left_out_fields::LeftOutFields;
use crate::components::section_nav::section_href;
use crate::components::type_warnings::TypeWarnings;
use crate::i18n::Ui;
use crate::model::lenient::Unread;
use crate::model::Report;
use crate::route::{JobRoute, Section};
use leptos::prelude::*;
use std::sync::Arc;

/// A link to the masked JSON on the diagnostics page (none for a local file, which the person
/// already holds), then the fields no section shows and type warnings by path.
#[component]
pub fn RawSection(
    report: Arc<Report>,
    left_out: Arc<Vec<Unread>>,
    links: Option<JobRoute>,
    ui: Ui,
) -> impl IntoView {
    let s = ui.s;
    let json_link = links.map(|job| {
        view! {
            <p class="toolbar">
                <a class="button" href=section_href(&job, Section::Json, None)>{s.raw_json_link}</a>
            </p>
        }
    });
    view! {
        <section class="card" id="raw" aria-labelledby="raw-title">
            <h2 id="raw-title">{(s.section_title)(Section::Raw)}</h2>
            {json_link}
            <LeftOutFields left_out ui/>
            <TypeWarnings report ui/>
        </section>
    }
}
