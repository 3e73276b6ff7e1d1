//! Environment variables as a table, with secret-looking values masked.

use crate::components::masked_value::MaskedValue;
use crate::components::show_all_button::{visible_rows, ShowAllButton};
use crate::i18n::Ui;
use crate::insight::secrets::looks_secret;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;
use std::sync::Arc;

/// Name and value of each variable; values of names such as `HF_TOKEN` stay masked until revealed.
#[component]
pub fn EnvTable(variables: Vec<(String, String)>, ui: Ui) -> impl IntoView {
    let s = ui.s;
    if variables.is_empty() {
        return view! { <p class="muted">{s.no_environment}</p> }.into_any();
    }
    let total = variables.len();
    let variables = Arc::new(variables);
    let show_all = remembered_flag("show-all:environment");
    // The variables never change under this table, so a row's position is its key.
    let row = move |index: usize| {
        let (name, value) = variables[index].clone();
        let cell = if looks_secret(&name) {
            view! { <MaskedValue value name=name.clone() ui/> }.into_any()
        } else {
            view! { <code>{value}</code> }.into_any()
        };
        view! { <tr><th scope="row"><code>{name}</code></th><td>{cell}</td></tr> }
    };
    view! {
        <div class="table-scroll">
            <table class="table env-table">
                <thead><tr><th scope="col">{s.name}</th><th scope="col">{s.value}</th></tr></thead>
                <tbody>
                    <For each=move || 0..visible_rows(total, show_all.get()) key=|index| *index children=row/>
                </tbody>
            </table>
        </div>
        <ShowAllButton total show_all ui/>
    }
    .into_any()
}
