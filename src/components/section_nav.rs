//! The row of section links at the top of a job: jump there, and keep the choice in the URL.

use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::pages::FINDER_PAGE;
use crate::route::{self, JobRoute, Route, Section};
use leptos::prelude::*;

/// The link to a section: the job's own deep link with `section=`, so it also works when opened in
/// a new tab; the events and logs are on the finder page.
fn section_href(job: &JobRoute, section: Section) -> String {
    let mut job = job.clone();
    job.view.section = Some(section);
    let page = if section.on_finder_page() {
        FINDER_PAGE
    } else {
        ""
    };
    format!("{page}{}", route::format(&Route::Job(job)))
}

/// Links to each section by its stable id; the current one is marked for screen readers too.
#[component]
pub fn SectionNav(
    job: JobRoute,
    current: Signal<Option<Section>>,
    on_select: Callback<Section>,
    ui: Ui,
) -> impl IntoView {
    view! {
        <nav class="section-nav" aria-label=ui.s.sections_nav>
            <ul>
                {keyed_list(Section::ALL.to_vec(), move |section| {
                    let is_current = move || current.get() == Some(section);
                    view! {
                        <li>
                            <a
                                href=section_href(&job, section)
                                class=move || if is_current() { "section-nav__link section-nav__link--current" } else { "section-nav__link" }
                                aria-current=move || is_current().then_some("location")
                                on:click=move |event| {
                                    // The finder page's sections are followed as links.
                                    if !section.on_finder_page() {
                                        event.prevent_default();
                                        on_select.run(section);
                                    }
                                }
                            >
                                {(ui.s.section_title)(section)}
                            </a>
                        </li>
                    }
                    }.into_any())}
            </ul>
        </nav>
    }
}
