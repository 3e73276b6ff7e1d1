//! A heading whose level follows where its part is shown: h3 in a section, h5 inside a task card.

use leptos::prelude::*;

/// Renders `text` as an h3, h4 or h5 (any other level gives h5) with the given class, so a part
/// shared between a section and a nested card keeps the page's heading order.
pub fn subheading(level: u8, class: &'static str, text: String) -> AnyView {
    match level {
        3 => view! { <h3 class=class>{text}</h3> }.into_any(),
        4 => view! { <h4 class=class>{text}</h4> }.into_any(),
        _ => view! { <h5 class=class>{text}</h5> }.into_any(),
    }
}
