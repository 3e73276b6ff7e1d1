//! The row of section links at the top of a job: jump there, and keep the choice in the URL.

use crate::components::keyed_rows::keyed_list;
use crate::i18n::Ui;
use crate::pages::DIAGNOSTICS_PAGE;
use crate::route::{self, JobRoute, Route, Section};
use leptos::prelude::*;

/// The link to a section, or to one task's part of it: the job's own deep link with `section=` (and
/// `task=`), so it also works when opened in a new tab; the events, logs and usage are on the
/// diagnostics page.
pub fn section_href(job: &JobRoute, section: Section, task: Option<&str>) -> String {
    let mut job = job.clone();
    job.view.section = Some(section);
    job.view.task = task.map(str::to_string);
    let page = if section.on_diagnostics_page() {
        DIAGNOSTICS_PAGE
    } else {
        ""
    };
    format!("{page}{}", route::format(&Route::Job(job)))
}

/// Links to each section by its stable id; the current one is marked for screen readers too. The
/// raw JSON is reached from the raw section, whose name it shares.
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
                {keyed_list(Section::ALL.into_iter().filter(|section| *section != Section::Json).collect(), move |section| {
                    let is_current = move || current.get() == Some(section);
                    view! {
                        <li>
                            <a
                                href=section_href(&job, section, None)
                                class=move || if is_current() { "section-nav__link section-nav__link--current" } else { "section-nav__link" }
                                aria-current=move || is_current().then_some("location")
                                on:click=move |event| {
                                    // The diagnostics page's sections are followed as links.
                                    if !section.on_diagnostics_page() {
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
