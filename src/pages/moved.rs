//! A route the other page of the site shows: the browser goes there, keeping the hash.

use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Replaces this page with `to` (a file beside this one, or `./` for the viewer) and the same hash,
/// so a link to the list opened on the viewer, or to a job opened on the list, still works. The
/// link is there for a browser that does not follow.
#[component]
pub fn MovedPage(to: &'static str) -> impl IntoView {
    let prefs = use_prefs();
    let hash = window().location().hash().unwrap_or_default();
    let target = format!("{to}{hash}");
    // `replace`, not `assign`: Back should not return to a page that only moves on.
    let _ = window().location().replace(&target);
    view! { <p class="muted"><a href=target>{move || prefs.lang.get().strings().continue_there}</a></p> }
}
