//! A job phase as a coloured badge with an icon, so colour is never the only signal.

use crate::insight::phase::PhaseCategory;
use leptos::prelude::*;

/// The phase, its icon, and the secondary phase when it says more.
#[component]
pub fn PhaseBadge(phase: String, secondary: Option<String>) -> impl IntoView {
    let category = PhaseCategory::of(&phase);
    let secondary = secondary.filter(|secondary| *secondary != phase);
    view! {
        <span class=format!("badge badge--{}", category.as_str())>
            <span class="badge__icon" aria-hidden="true">{category.icon()}</span>
            <span class="badge__phase">{phase}</span>
            {secondary.map(|secondary| view! { <span class="badge__secondary">{format!(" · {secondary}")}</span> })}
        </span>
    }
}
