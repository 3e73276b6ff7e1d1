//! A failure signature in words, its detail (a module, a path, an exception) as sent.

use crate::i18n::Ui;
use crate::insight::signatures::Signature;
use leptos::prelude::*;

/// `a Python module is not installed in the image: apex`, the detail kept out of translation.
#[component]
pub fn SignatureText(signature: Signature, ui: Ui) -> impl IntoView {
    let words = (ui.s.failure_signature)(&signature);
    view! {
        <span class="signature">
            {words}
            {signature.detail().map(|detail| view! { " "<code translate="no">{detail}</code> })}
        </span>
    }
}
