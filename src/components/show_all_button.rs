//! Long tables render their first rows only, until a person asks for the rest.

use crate::components::keyed_rows::{positions, RowKey};
use crate::i18n::Ui;
use leptos::prelude::*;

/// Rows rendered before "Show all", so a job with hundreds of tasks or parameters renders fast and
/// each section stays a few screens tall, even on a phone where every row is a card.
pub const FIRST_ROWS: usize = 10;

/// A "Show all N" button, shown while `show_all` is off and there are more than [`FIRST_ROWS`].
#[component]
pub fn ShowAllButton(total: usize, show_all: RwSignal<bool>, ui: Ui) -> impl IntoView {
    move || {
        (!show_all.get() && total > FIRST_ROWS).then(|| {
            view! {
                <button type="button" class="button" on:click=move |_| show_all.set(true)>
                    {format!("{} {total}", ui.s.show_all)}
                </button>
            }
        })
    }
}

/// How many rows to render now.
pub fn visible_rows(total: usize, show_all: bool) -> usize {
    if show_all {
        total
    } else {
        total.min(FIRST_ROWS)
    }
}

/// The keys of the rows to render now, by position: "Show all" appends the missing ones.
pub fn visible_positions(total: usize, show_all: RwSignal<bool>) -> Signal<Vec<RowKey>> {
    Signal::derive(move || positions(visible_rows(total, show_all.get())))
}
