//! Every keyed list of the app goes through this one `<For>`: each distinct `<For>` compiles its
//! own copy of the keyed diffing (measured: 17 of them were 61 KB of the wasm before gzip), so one
//! shared instance keeps lists keyed without paying for it per list.

use leptos::prelude::*;
use std::sync::Arc;

/// A row's identity in its list: its position, and an id for lists whose entries can move (an
/// empty id where the position alone identifies the row).
pub type RowKey = (usize, String);

/// The keys of rows `0..count` that are identified by their position: a table whose rows never
/// change while it is shown, where "Show all" then appends the missing rows.
pub fn positions(count: usize) -> Vec<RowKey> {
    (0..count).map(|index| (index, String::new())).collect()
}

/// The rows named by `keys`, each built once by `row` and kept while its key stays in the list.
#[component]
pub fn KeyedRows(
    #[prop(into)] keys: Signal<Vec<RowKey>>,
    row: Callback<RowKey, AnyView>,
) -> impl IntoView {
    view! { <For each=move || keys.get() key=|key| key.clone() children=move |key| row.run(key)/> }
}

/// `items`, each rendered once by `row` and keyed by its position, through the shared
/// [`KeyedRows`]: for lists that never change while their section is shown.
pub fn keyed_list<T: Clone + Send + Sync + 'static>(
    items: Vec<T>,
    row: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let keys = positions(items.len());
    let items = Arc::new(items);
    view! { <KeyedRows keys row=Callback::new(move |(index, _): RowKey| row(items[index].clone()))/> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_keys_without_ids() {
        assert_eq!(positions(2), [(0, String::new()), (1, String::new())]);
        assert!(positions(0).is_empty());
    }
}
