//! A URL from the API: a link only when it is http(s), copyable text otherwise.

use crate::insight::display::safe_href;
use crate::insight::secrets::mask_in_text;
use leptos::prelude::*;

/// `https:`/`http:` become a link that opens in a new tab without a referrer; `obs://`,
/// `javascript:` and everything else are shown as text. The text shown has its secrets masked
/// (`?token=…`, `user:password@`); only the link itself carries them, so it still works.
#[component]
pub fn LinkOrText(url: String) -> impl IntoView {
    let shown = mask_in_text(&url).into_owned();
    match safe_href(&url).map(str::to_string) {
        Some(href) => {
            view! { <a href=href target="_blank" rel="noopener noreferrer" translate="no">{shown}</a> }.into_any()
        }
        None => view! { <code>{shown}</code> }.into_any(),
    }
}
