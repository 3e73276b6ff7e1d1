//! A response file opened in this tab, shown like a fetched job, without any network, and as JSON
//! (the job page links to the diagnostics page for that; here there is no job to fetch there).

use crate::components::fact_list::pieces_view;
use crate::components::job_view::JobView;
use crate::components::local_file_form::LocalFileForm;
use crate::components::raw_json::RawJson;
use crate::i18n::Ui;
use crate::insight::facts::mark_literals;
use crate::route::Section;
use crate::state::loaded::LocalDocument;
use crate::state::remembered::Remembered;
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;
use std::sync::Arc;

/// The opened document, with a banner that says it is a local file; the file picker until one is
/// opened.
#[component]
pub fn LocalPage() -> impl IntoView {
    let prefs = use_prefs();
    let local = use_context::<LocalDocument>().expect("the app provides the local document");
    Remembered::provide();
    let selected_task = RwSignal::new(None::<String>);
    let on_select_task = Callback::new(move |task: String| selected_task.set(Some(task)));
    move || {
        let ui: Ui = prefs.ui();
        match local.0.get() {
            Some((name, loaded)) => view! {
                <p class="banner banner--info" role="status">
                    {pieces_view(mark_literals(&(ui.s.local_banner)(&name), std::slice::from_ref(&name)))}
                </p>
                <JobView loaded=Signal::stored(Arc::clone(&loaded)) ui selected_task=selected_task.into() on_select_task/>
                <section class="card" id="json" aria-labelledby="json-title">
                    <h2 id="json-title">{(ui.s.section_title)(Section::Json)}</h2>
                    <RawJson loaded=Arc::clone(&loaded) ui/>
                </section>
            }
            .into_any(),
            None => view! {
                <section class="card">
                    <h1>{ui.s.no_local_title}</h1>
                    <p>{ui.s.no_local_body}</p>
                    <p><a href=crate::pages::START_PAGE>{ui.s.go_home}</a></p>
                </section>
                <LocalFileForm/>
            }
            .into_any(),
        }
    }
}
