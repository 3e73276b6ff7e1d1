//! A response file opened in this tab, shown like a fetched job, without any network.

use crate::app::LocalDocument;
use crate::components::{job_view::JobView, ui::Ui};
use crate::prefs::use_prefs;
use leptos::prelude::*;

/// The opened document, with a banner that says it is a local file.
#[component]
pub fn LocalPage() -> impl IntoView {
    let prefs = use_prefs();
    let local = expect_context::<LocalDocument>();
    let selected_task = RwSignal::new(None::<String>);
    let raw_open = RwSignal::new(false);
    let on_select_task = Callback::new(move |task: String| selected_task.set(Some(task)));
    move || {
        let ui: Ui = prefs.ui();
        match local.0.get() {
            Some((name, loaded)) => view! {
                <p class="banner banner--info" role="status">"📄 " {format!("Local file: {name}. Nothing was fetched; this view is not a shareable link.")}</p>
                <JobView loaded ui selected_task=selected_task.into() on_select_task raw_open/>
            }
            .into_any(),
            None => view! {
                <section class="card">
                    <h1>"No local file is open"</h1>
                    <p>"A file opened on the start page lives only in its tab and is gone after a reload."</p>
                    <p><a href="#/">"Go to the start page"</a></p>
                </section>
            }
            .into_any(),
        }
    }
}
