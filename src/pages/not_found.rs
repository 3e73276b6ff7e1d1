//! The page for a link this app does not know.

use leptos::prelude::*;

/// Says the link is unknown, shows it as text, and offers a way home.
#[component]
pub fn NotFoundPage(hash: String) -> impl IntoView {
    view! {
        <section class="card">
            <h1>"Page not found"</h1>
            <p>"This link does not name a page of the viewer: " <code>{format!("#{hash}")}</code></p>
            <p><a href="#/">"Go to the start page"</a></p>
        </section>
    }
}
