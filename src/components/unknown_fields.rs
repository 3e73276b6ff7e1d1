//! The paths of a document's fields that no view shows.

use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::i18n::Ui;
use crate::model::Report;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// The paths of fields no view shows, first page only until asked.
#[component]
pub fn UnknownFields(report: Arc<Report>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let total = report.unknown_fields.len();
    let show_all = remembered_flag("show-all:unknown-fields");
    view! {
        <h3 class="subhead">{s.unknown_fields}</h3>
        {if total == 0 {
            view! { <p class="muted">{s.no_unknown_fields}</p> }.into_any()
        } else {
            view! {
                <ul class="paths">
                    <KeyedRows keys=visible_positions(total, show_all) row=Callback::new(move |(index, _): RowKey| {
                        view! { <li><code>{report.unknown_fields[index].clone()}</code></li> }.into_any()
                    })/>
                </ul>
                <ShowAllButton total show_all ui/>
            }.into_any()
        }}
    }
}
