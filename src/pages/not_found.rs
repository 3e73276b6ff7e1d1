//! The page for a link this app does not know.

use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Says the link is unknown, shows it as text, and offers a way home.
#[component]
pub fn NotFoundPage(hash: String) -> impl IntoView {
    let prefs = use_prefs();
    let s = move || prefs.lang.get().strings();
    view! {
        <section class="card">
            <h1>{move || s().not_found_title}</h1>
            <p>{move || s().not_found_body} " " <code>{format!("#{hash}")}</code></p>
            <p><a href=crate::pages::START_PAGE>{move || s().go_home}</a></p>
        </section>
    }
}
