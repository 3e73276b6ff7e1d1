//! A definition list of label–value facts that leaves absent values out entirely.

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
