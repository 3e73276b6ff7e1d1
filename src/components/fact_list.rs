//! A definition list of label–value facts that leaves absent values out entirely.

use crate::insight::facts::{is_api_key, FactValue, Piece, PlainFact};
use leptos::prelude::*;

/// One fact: a label and its rendered value.
pub type Fact = (&'static str, AnyView);

/// Renders the facts as `<dl>`; callers pass only the facts that exist, so no row of dashes appears.
/// A label that is the API's own key is shown as sent and marked so nothing translates it.
#[component]
pub fn FactList(facts: Vec<Fact>) -> impl IntoView {
    (!facts.is_empty()).then(|| {
        // A fact list is built once from data that does not change under it: positions are keys.
        let facts = StoredValue::new_local(facts.into_iter().map(Some).collect::<Vec<_>>());
        let total = facts.with_value(Vec::len);
        view! {
            <dl class="facts">
                <For each=move || 0..total key=|index| *index let(index)>
                    {facts.try_update_value(|facts| facts[index].take()).flatten().map(|(label, value)| view! {
                        <dt translate=is_api_key(label).then_some("no")>{label}</dt><dd>{value}</dd>
                    })}
                </For>
            </dl>
        }
    })
}

/// A fact whose value is the API's prose, or nothing when it is absent or empty.
pub fn text_fact(label: &'static str, value: Option<&String>) -> Option<Fact> {
    let value = value.filter(|value| !value.trim().is_empty())?.clone();
    Some((
        label,
        view! { <span translate="no">{value}</span> }.into_any(),
    ))
}

/// A fact whose value is monospace text (paths, ids, images).
pub fn code_fact(label: &'static str, value: Option<&String>) -> Option<Fact> {
    let value = value.filter(|value| !value.trim().is_empty())?.clone();
    Some((label, view! { <code>{value}</code> }.into_any()))
}

/// Our words with the API's values among them, the values marked "do not translate".
pub fn pieces_view(pieces: Vec<Piece>) -> impl IntoView {
    view! {
        <For each=move || pieces.clone().into_iter().enumerate() key=|(index, _)| *index let((_, piece))>
            {match piece {
                Piece::Ours(text) => text.into_any(),
                Piece::Api(text) => view! { <span translate="no">{text}</span> }.into_any(),
            }}
        </For>
    }
}

/// Lays out a fact computed in `insight`: our words or the API's prose in a span, monospace in
/// code, several items as code chips.
pub fn plain_fact(fact: PlainFact) -> Fact {
    let value = match fact.value {
        FactValue::Text(text) => view! { <span>{text}</span> }.into_any(),
        FactValue::Value(text) => view! { <span translate="no">{text}</span> }.into_any(),
        FactValue::Pieces(pieces) => view! { <span>{pieces_view(pieces)}</span> }.into_any(),
        FactValue::Code(text) => view! { <code>{text}</code> }.into_any(),
        FactValue::Codes(items) => view! {
            <span>
                <For each=move || items.clone().into_iter().enumerate() key=|(index, _)| *index let((_, item))>
                    <code>{item}</code> " "
                </For>
            </span>
        }
        .into_any(),
    };
    (fact.label, value)
}
