//! Environment variables as a table, with secret-looking values masked.

use crate::components::keyed_rows::{KeyedRows, RowKey};
use crate::components::masked_value::MaskedValue;
use crate::components::show_all_button::{visible_positions, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::secrets::shown_value;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Name and value of each variable, shown by the secret rule: `HF_TOKEN`'s value and the password
/// inside a `DATABASE_URL` stay masked until revealed.
#[component]
pub fn EnvTable(variables: Vec<(String, String)>, scope: String, ui: Ui) -> impl IntoView {
    let s = ui.s;
    if variables.is_empty() {
        return view! { <p class="muted">{s.no_environment}</p> }.into_any();
    }
    let total = variables.len();
    let variables = Arc::new(variables);
    let show_all = remembered_flag(format!("{scope}:show-all:environment"));
    // The variables never change under this table, so a row's position is its key.
    let row = Callback::new(move |(index, _): RowKey| {
        let (name, value) = variables[index].clone();
        let shown = shown_value(&name, &value, false);
        view! {
            <tr>
                <th scope="row"><code>{name.clone()}</code></th>
                <td data-label=s.value><MaskedValue shown key=format!("{scope}:env:{name}") name ui/></td>
            </tr>
        }
        .into_any()
    });
    view! {
        <div class="table-scroll">
            <table class="table env-table">
                <thead><tr><th scope="col">{s.name}</th><th scope="col">{s.value}</th></tr></thead>
                <tbody>
                    <KeyedRows keys=visible_positions(total, show_all) row=row/>
                </tbody>
            </table>
        </div>
        <ShowAllButton total show_all ui/>
    }
    .into_any()
}
