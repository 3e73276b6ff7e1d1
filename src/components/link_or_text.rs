//! A URL from the API: a link only when it is http(s), copyable text otherwise.

use crate::insight::display::safe_href;
use leptos::prelude::*;

/// `https:`/`http:` become a link that opens in a new tab without a referrer; `obs://`,
/// `javascript:` and everything else are shown as text.
#[component]
pub fn LinkOrText(url: String) -> impl IntoView {
    match safe_href(&url).map(str::to_string) {
        Some(href) => {
            view! { <a href=href target="_blank" rel="noopener noreferrer" translate="no">{url}</a> }.into_any()
        }
        None => view! { <code>{url}</code> }.into_any(),
    }
}
