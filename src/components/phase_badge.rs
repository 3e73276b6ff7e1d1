//! A job phase as a coloured badge with an icon (drawn by the stylesheet from the badge's class), so
//! colour is never the only signal.

use crate::i18n::Ui;
use crate::insight::phase::{phase_label, Phase, PhaseCategory};
use leptos::prelude::*;

/// The phase in the UI's language, its icon, and the secondary phase when it says more.
#[component]
pub fn PhaseBadge(phase: String, secondary: Option<String>, ui: Ui) -> impl IntoView {
    let category = PhaseCategory::of(&phase);
    let secondary = secondary.filter(|secondary| *secondary != phase);
    let label = phase_label(&phase, ui.lang);
    // A phase the viewer has no words for is shown as the API sent it, and marked so.
    let as_sent = Phase::parse(&phase).is_none() && phase != ui.s.phase_unknown;
    view! {
        <span class=format!("badge badge--{}", category.as_str()) translate=as_sent.then_some("no")>
            {label}
            {secondary.map(|secondary| view! { <span class="badge__secondary" translate="no">{format!(" · {secondary}")}</span> })}
        </span>
    }
}
