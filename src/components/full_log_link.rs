//! A task's whole log, beyond the newest 5 MB the preview sends: asked for only on a click, as its
//! link is pre-signed and expires, then shown as links that open in a new tab.

use crate::api::{read_answer, RawResponse};
use crate::browser::resolve_url;
use crate::components::load_trouble::load_trouble;
use crate::insight::logs::{openable_links, parse_log_links};
use crate::model::ApiError;
use crate::state::loader::{Loader, Measures, Reader, Source, Stage};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

const LINK_MEASURES: Measures = Measures {
    fetch: "log-link:fetch",
    parse: "log-link:parse",
    render: "log-link:render",
};

fn decode_links(raw: RawResponse) -> Result<Arc<Vec<String>>, ApiError> {
    read_answer(&raw, parse_log_links).map(Arc::new)
}

/// Asks `source` (a task's `…/logs/url`) for the link on a click, and again once it has expired.
#[component]
pub fn FullLogLink(source: Source, token_saved: RwSignal<u32>) -> impl IntoView {
    let prefs = use_prefs();
    let asked = RwSignal::new(false);
    move || {
        if !asked.get() {
            return view! {
                <p><button type="button" class="button" on:click=move |_| asked.set(true)>
                    {move || prefs.ui().lang.finder().full_log}
                </button></p>
            }
            .into_any();
        }
        let token_scope = source.token_scope.clone();
        let call_url = source.url.clone();
        let loader = Loader::start(
            Source {
                measures: LINK_MEASURES,
                // A link to read in the browser rather than to download (reference §5).
                content_type: Some("text/plain"),
                ..source.clone()
            },
            Reader::once(decode_links),
        );
        let on_token = loader.share_token(token_saved);
        let ask_again = loader.reload_callback();
        (move || {
            let f = prefs.ui().lang.finder();
            match loader.stage.get() {
                Stage::Loading => Some(
                    view! { <p class="muted" aria-busy="true">{f.loading_full_log}</p> }.into_any(),
                ),
                Stage::Ready => {
                    let links = loader.data.with(|links| {
                        let links = links.as_deref().map(Vec::as_slice).unwrap_or_default();
                        openable_links(links, |link| resolve_url(&call_url, link))
                    });
                    if links.is_empty() {
                        return Some(view! { <p class="muted">{f.no_full_log_link}</p> }.into_any());
                    }
                    let parts = links.len();
                    let anchors = links
                        .into_iter()
                        .enumerate()
                        .map(|(index, href)| {
                            view! {
                                {(index > 0).then_some(" · ")}
                                <a href=href target="_blank" rel="noopener noreferrer">
                                    {(f.open_full_log)(index + 1, parts)}
                                </a>
                            }
                        })
                        .collect_view();
                    Some(
                        view! {
                            <p>{anchors} " " <span class="muted">{f.full_log_expires}</span> " "
                                <button type="button" class="button" on:click=move |_| ask_again.run(())>{f.full_log_again}</button>
                            </p>
                        }
                        .into_any(),
                    )
                }
                stage => load_trouble(stage, token_scope.clone(), on_token),
            }
        })
        .into_any()
    }
}
