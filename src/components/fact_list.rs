//! A definition list of label–value facts that leaves absent values out entirely.

use crate::components::keyed_rows::keyed_list;
use crate::components::long_text::LongText;
use crate::i18n::Ui;
use crate::insight::facts::{FactValue, Label, Piece, PlainFact};
use leptos::prelude::*;

/// One fact: a label and its rendered value.
pub type Fact = (Label, AnyView);

/// Our words for something the API names, with the API's name as the tooltip. The name is marked
/// "do not translate" (an attribute is translated with its element) and the words inside are
/// marked back, so a translator changes the words and leaves the name as sent.
pub fn named_view(words: &'static str, api: String) -> AnyView {
    view! {
        <span class="api-named" translate="no" title=api><span translate="yes">{words}</span></span>
    }
    .into_any()
}

/// Renders the facts as `<dl>`; callers pass only the facts that exist, so no row of dashes appears.
/// A label that stands for one of the API's fields carries that field's key as its tooltip.
#[component]
pub fn FactList(facts: Vec<Fact>) -> impl IntoView {
    (!facts.is_empty()).then(|| {
        // Built once from views that cannot be cloned, and never changed under the section that
        // shows it: there is nothing to key.
        view! {
            <dl class="facts">
                {facts.into_iter().map(|(label, value)| view! {
                    <dt>{match label.api_key {
                        Some(key) => named_view(label.words, key.to_string()),
                        None => label.words.into_any(),
                    }}</dt><dd>{value}</dd>
                }).collect_view()}
            </dl>
        }
    })
}

/// One piece of a line: our words as they are, the API's values marked "do not translate", our
/// words for an API value with the value as their tooltip.
pub fn piece_view(piece: Piece) -> AnyView {
    match piece {
        Piece::Ours(text) => text.into_any(),
        Piece::Api(text) => view! { <span translate="no">{text}</span> }.into_any(),
        Piece::Named { words, api } => named_view(words, api),
    }
}

/// Our words with the API's values among them, the values marked "do not translate".
pub fn pieces_view(pieces: Vec<Piece>) -> impl IntoView {
    keyed_list(pieces, piece_view)
}

/// Lays out a fact computed in `insight`: our words in a span, the API's prose as [`LongText`]
/// (keyed by itself, for a label can repeat in task cards), monospace in code, several items as
/// code chips.
pub fn plain_fact(fact: PlainFact, ui: Ui) -> Fact {
    let value = match fact.value {
        FactValue::Text(text) => view! { <span>{text}</span> }.into_any(),
        FactValue::Value(text) => view! { <LongText key=text.clone() text ui/> }.into_any(),
        FactValue::Pieces(pieces) => view! { <span>{pieces_view(pieces)}</span> }.into_any(),
        FactValue::Code(text) => view! { <code>{text}</code> }.into_any(),
        FactValue::Codes(items) => view! {
            <span>
                {keyed_list(items.clone(), move |item| view! { <code>{item}</code> " " }.into_any())}
            </span>
        }
        .into_any(),
    };
    (fact.label, value)
}
