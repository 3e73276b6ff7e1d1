//! The start page's form that opens a job by its ids, or by a pasted console or API URL.

use crate::components::keyed_rows::{positions, KeyedRows, RowKey};
use crate::config::Config;
use crate::pages::VIEWER_PAGE;
use crate::route::{extract_ids, extract_region, job_hash};
use crate::storage::prefs::use_prefs;
use leptos::prelude::*;

/// Project id, job id and endpoint; a pasted URL fills both ids.
#[component]
pub fn OpenJobForm(config: Config) -> impl IntoView {
    let prefs = use_prefs();
    let s = move || prefs.lang.get().strings();
    let f = move || prefs.lang.get().finder();
    let pasted = RwSignal::new(String::new());
    let project = RwSignal::new(String::new());
    let job = RwSignal::new(String::new());
    let endpoint_names: Vec<(String, bool)> = config
        .endpoints
        .iter()
        .map(|e| (e.name.clone(), e.user_added))
        .collect();
    let default_endpoint = config
        .endpoint(None)
        .map(|e| e.name.clone())
        .unwrap_or_default();
    let endpoint = RwSignal::new(default_endpoint.clone());
    let config_for_paste = config.clone();

    let on_paste = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let (found_project, found_job) = extract_ids(&text);
        if let Some(found) = found_project {
            project.set(found);
        }
        if let Some(found) = found_job {
            job.set(found);
        }
        let regional = extract_region(&text).and_then(|region| {
            config_for_paste
                .endpoint_for_region(&region)
                .map(|e| e.name.clone())
        });
        if let Some(name) = regional {
            endpoint.set(name);
        }
        pasted.set(text);
    };
    let open = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (project_id, job_id) = (project.get_untracked(), job.get_untracked());
        if project_id.trim().is_empty() || job_id.trim().is_empty() {
            return;
        }
        let chosen = endpoint.get_untracked();
        let endpoint = (chosen != default_endpoint).then_some(chosen);
        // The job opens on the viewer page.
        let _ = window().location().assign(&format!(
            "{VIEWER_PAGE}{}",
            job_hash(project_id.trim(), job_id.trim(), endpoint)
        ));
    };
    // Options are written once, in the language the page opened in, like the rest of the form's
    // initial state.
    let endpoint_count = endpoint_names.len();
    let endpoint_names = std::sync::Arc::new(endpoint_names);
    let option = Callback::new(move |(index, _): RowKey| {
        let (name, user_added) = endpoint_names[index].clone();
        let label = if user_added {
            format!(
                "{name} ({})",
                prefs.lang.get_untracked().finder().added_in_browser
            )
        } else {
            name.clone()
        };
        // A configured endpoint's name is an id, not a word to translate; an added one carries our
        // own words after it.
        let translate = (!user_added).then_some("no");
        let selected = name == endpoint.get_untracked();
        view! { <option value=name selected=selected translate=translate>{label}</option> }
            .into_any()
    });

    view! {
        <section class="card" id="open-job">
            <h1>{move || f().open_title}</h1>
            <form class="open-form" on:submit=open>
                <label class="field field--wide">
                    <span>{move || f().paste_label}</span>
                    <input type="text" name="pasted" placeholder="https://modelarts.…/v2/{project_id}/training-jobs/{id}"
                        prop:value=move || pasted.get() on:input=on_paste/>
                </label>
                <label class="field">
                    <span>{move || s().project_id}</span>
                    <input type="text" name="project" required prop:value=move || project.get()
                        on:input=move |event| project.set(event_target_value(&event))/>
                </label>
                <label class="field">
                    <span>{move || s().job_id}</span>
                    <input type="text" name="job" required prop:value=move || job.get()
                        on:input=move |event| job.set(event_target_value(&event))/>
                </label>
                <label class="field">
                    <span>{move || s().endpoint}</span>
                    <select name="endpoint" prop:value=move || endpoint.get() on:change=move |event| endpoint.set(event_target_value(&event))>
                        <KeyedRows keys=positions(endpoint_count) row=option/>
                    </select>
                </label>
                <button type="submit" class="button button--primary">{move || f().open}</button>
            </form>
        </section>
    }
}
