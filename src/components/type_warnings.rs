//! Fields of an unexpected type, with the value as sent, masked by the secret rule.

use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::display::warning_text;
use crate::insight::secrets::masked_quote;
use crate::model::Report;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Fields of an unexpected type, with the value as sent (masked by the secret rule), first page
/// only until asked.
#[component]
pub fn TypeWarnings(report: Arc<Report>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let total = report.warnings.len();
    let show_all = remembered_flag("show-all:type-warnings");
    let row = Callback::new(move |(index, _): RowKey| {
        let warning = &report.warnings[index];
        let sent = masked_quote(&warning.path, &warning.sent);
        view! { <li><code>{warning_text(warning, ui.lang)}</code> {ui.s.colon} <code>{sent}</code></li> }
            .into_any()
    });
    (total > 0).then(|| {
        view! {
            <h3 class="subhead">{s.decode_warnings}</h3>
            <ul class="paths">
                <KeyedRows keys=visible_positions(total, show_all) row=row/>
            </ul>
            <ShowAllButton total show_all ui/>
        }
    })
}
