//! The paths of a document's fields that no section shows.

use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::i18n::Ui;
use crate::model::lenient::Unread;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Every path no section showed, those the API reference does not know marked so, first page only
/// until asked.
#[component]
pub fn LeftOutFields(left_out: Arc<Vec<Unread>>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let total = left_out.len();
    let show_all = remembered_flag("show-all:left-out");
    view! {
        <h3 class="subhead">{s.left_out_fields}</h3>
        {if total == 0 {
            view! { <p class="muted" id="left-out-none">{s.nothing_left_out}</p> }.into_any()
        } else {
            view! {
                <ul class="paths" id="left-out">
                    <KeyedRows keys=visible_positions(total, show_all) row=Callback::new(move |(index, _): RowKey| {
                        let Unread { path, known } = left_out[index].clone();
                        view! {
                            <li><code>{path}</code>{(!known).then(|| view! { " " <span class="tag">{s.not_in_reference}</span> })}</li>
                        }.into_any()
                    })/>
                </ul>
                <ShowAllButton total show_all ui/>
            }.into_any()
        }}
    }
}
