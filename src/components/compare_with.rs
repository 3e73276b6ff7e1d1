//! "Compare with…", on the finder page a job page links to: another job of the project, recent or
//! pasted, to see side by side.

use crate::i18n::Ui;
use crate::pages::FINDER_PAGE;
use crate::route::{compare_hash, extract_ids, TimeMode};
use crate::storage::recent::recent_jobs;
use leptos::prelude::*;

/// The comparison's link on the finder page.
fn compare_link(
    project_id: &str,
    job_id: &str,
    other: &str,
    endpoint: &str,
    time: TimeMode,
) -> String {
    format!(
        "{FINDER_PAGE}{}",
        compare_hash(project_id, job_id, other, Some(endpoint), time)
    )
}

/// The project's other recent jobs as links, and a box for another job's link or id (an id alone
/// means this project).
#[component]
pub fn CompareWith(project_id: String, job_id: String, endpoint: String, ui: Ui) -> impl IntoView {
    let s = ui.s;
    let f = ui.lang.finder();
    let others: Vec<(String, String)> = recent_jobs()
        .into_iter()
        // Through the same endpoint too: the comparison loads both jobs through this page's one.
        .filter(|recent| {
            recent.project_id == project_id
                && recent.endpoint == endpoint
                && recent.job_id != job_id
        })
        .map(|recent| {
            let label = if recent.name.is_empty() {
                recent.job_id.clone()
            } else {
                recent.name
            };
            (label, recent.job_id)
        })
        .collect();
    let pasted = RwSignal::new(String::new());
    let (project, job, through) = (project_id.clone(), job_id.clone(), endpoint.clone());
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = pasted.get_untracked();
        let (other_project, other_job) = extract_ids(&text);
        let other_job = other_job.unwrap_or_else(|| text.trim().to_string());
        // A job of another project cannot be compared through this project's path.
        if other_job.is_empty() || other_project.is_some_and(|other| other != project) {
            return;
        }
        let _ = window()
            .location()
            .assign(&compare_link(&project, &job, &other_job, &through, ui.time));
    };
    let shown_id = job_id.clone();
    view! {
        <section class="card compare-with" id="compare-with" aria-labelledby="compare-with-title">
            <h1 id="compare-with-title">{s.compare_with}</h1>
            <p><code translate="no">{shown_id}</code></p>
            {(!others.is_empty()).then(|| view! {
                <p class="muted">{f.compare_with_recent}</p>
                <ul>
                    {others.into_iter().map(|(label, other)| view! {
                        <li><a href=compare_link(&project_id, &job_id, &other, &endpoint, ui.time) translate="no">{label}</a></li>
                    }).collect_view()}
                </ul>
            })}
            <form on:submit=open>
                <label class="field">{f.compare_with_pasted}
                    <input type="text" name="compare-with" prop:value=move || pasted.get()
                        on:input=move |event| pasted.set(event_target_value(&event))/>
                </label>
                " " <button type="submit" class="button">{f.compare_go}</button>
            </form>
        </section>
    }
}
