//! A definition list of label–value facts that leaves absent values out entirely.

use crate::insight::facts::{FactValue, PlainFact};
use leptos::prelude::*;

/// One fact: a label and its rendered value.
pub type Fact = (&'static str, AnyView);

/// Renders the facts as `<dl>`; callers pass only the facts that exist, so no row of dashes appears.
#[component]
pub fn FactList(facts: Vec<Fact>) -> impl IntoView {
    (!facts.is_empty()).then(|| {
        view! {
            <dl class="facts">
                {facts.into_iter().map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> }).collect_view()}
            </dl>
        }
    })
}

/// A fact whose value is plain text, or nothing when the text is absent or empty.
pub fn text_fact(label: &'static str, value: Option<&String>) -> Option<Fact> {
    let value = value.filter(|value| !value.trim().is_empty())?.clone();
    Some((label, view! { <span>{value}</span> }.into_any()))
}

/// A fact whose value is monospace text (paths, ids, images).
pub fn code_fact(label: &'static str, value: Option<&String>) -> Option<Fact> {
    let value = value.filter(|value| !value.trim().is_empty())?.clone();
    Some((label, view! { <code>{value}</code> }.into_any()))
}

/// Lays out a fact computed in `insight`: prose in a span, monospace in code, several items as
/// code chips.
pub fn plain_fact(fact: PlainFact) -> Fact {
    let value = match fact.value {
        FactValue::Text(text) => view! { <span>{text}</span> }.into_any(),
        FactValue::Code(text) => view! { <code>{text}</code> }.into_any(),
        FactValue::Codes(items) => view! {
            <span>{items.into_iter().map(|item| view! { <code>{item}</code> " " }).collect_view()}</span>
        }
        .into_any(),
    };
    (fact.label, value)
}
