//! The start page: open a job by ids or pasted URL, recent jobs, demo jobs, a saved response file,
//! and the endpoints a person adds in this browser.

use crate::config::{Auth, Config, Endpoint};
use crate::i18n::Strings;
use crate::insight::phase::phase_label;
use crate::model::parse_job;
use crate::route::{self, extract_ids, JobRoute, Route, ViewState};
use crate::state::loaded::{LoadedJob, LocalDocument};
use crate::storage::endpoints::{save_endpoints, saved_endpoints};
use crate::storage::json_list::{read_list, text_at};
use crate::storage::prefs::use_prefs;
use crate::storage::recent::recent_jobs;
use leptos::prelude::*;
use serde_json::Value;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// One entry of `demo/index.json`.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoJob {
    pub project_id: String,
    pub job_id: String,
    pub title: String,
}

fn demo_job(value: &Value) -> Option<DemoJob> {
    Some(DemoJob {
        project_id: text_at(value, "project_id")?,
        job_id: text_at(value, "job_id")?,
        title: text_at(value, "title")?,
    })
}

async fn load_demo_index() -> Vec<DemoJob> {
    match crate::api::get_text("demo/index.json").await {
        Some((_, body)) => read_list(&body, demo_job),
        None => Vec::new(),
    }
}

fn job_href(project_id: &str, job_id: &str, endpoint: Option<String>) -> String {
    route::format(&Route::Job(JobRoute {
        project_id: project_id.to_string(),
        job_id: job_id.to_string(),
        view: ViewState {
            endpoint,
            ..ViewState::default()
        },
    }))
}

/// Opens a response document without any network: it renders in the job page as a local file.
fn open_local(text: &str, name: String, local: LocalDocument, s: &Strings) -> Result<(), String> {
    let parsed = parse_job(text).map_err(|error| (s.not_a_job_file)(&name, &error))?;
    local.0.set(Some((
        name,
        Arc::new(LoadedJob::new(parsed, Arc::from(text))),
    )));
    let _ = window().location().set_hash(&route::format(&Route::Local));
    Ok(())
}

/// The start page.
#[component]
pub fn HomePage(config: Config) -> impl IntoView {
    let prefs = use_prefs();
    let local = expect_context::<LocalDocument>();
    let demos = RwSignal::new(None::<Vec<DemoJob>>);
    leptos::task::spawn_local(async move {
        // The page may be gone by the time the index arrives.
        let _ = demos.try_set(Some(load_demo_index().await));
    });
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
    let local_error = RwSignal::new(None::<String>);
    let pasted_json = RwSignal::new(String::new());
    let recent = recent_jobs();
    let s = move || prefs.lang.get().strings();
    // Event handlers read the language without subscribing to it.
    let strings_now = move || prefs.lang.get_untracked().strings();

    let on_paste = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let (found_project, found_job) = extract_ids(&text);
        if let Some(found) = found_project {
            project.set(found);
        }
        if let Some(found) = found_job {
            job.set(found);
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
        let _ = window()
            .location()
            .set_hash(&job_href(project_id.trim(), job_id.trim(), endpoint));
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|text| text.as_string());
            match text {
                Some(text) => local_error.set(open_local(&text, name, local, strings_now()).err()),
                None => local_error.set(Some((strings_now().file_unreadable)(&name))),
            }
        });
    };

    // Endpoints added in this browser.
    let new_name = RwSignal::new(String::new());
    let new_base = RwSignal::new(String::new());
    let new_token = RwSignal::new(false);
    let saved = RwSignal::new(saved_endpoints());
    let add_endpoint = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let endpoint = Endpoint {
            name: new_name.get_untracked().trim().to_string(),
            base_url: new_base.get_untracked().trim().to_string(),
            auth: if new_token.get_untracked() {
                Auth::Token
            } else {
                Auth::None
            },
            user_added: true,
        };
        if endpoint.name.is_empty() {
            return;
        }
        saved.update(|list| {
            list.retain(|existing| existing.name != endpoint.name);
            list.push(endpoint);
            save_endpoints(list);
        });
        new_name.set(String::new());
        new_base.set(String::new());
    };

    view! {
        <section class="card" id="open-job">
            <h1>{move || s().open_title}</h1>
            <form class="open-form" on:submit=open>
                <label class="field field--wide">
                    <span>{move || s().paste_label}</span>
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
                    <select name="endpoint" on:change=move |event| endpoint.set(event_target_value(&event))>
                        {endpoint_names.into_iter().map(|(name, user_added)| {
                            let selected = name == endpoint.get_untracked();
                            let label = if user_added { format!("{name} ({})", s().added_in_browser) } else { name.clone() };
                            view! { <option value=name selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <button type="submit" class="button button--primary">{move || s().open}</button>
            </form>
        </section>

        {(!recent.is_empty()).then(|| view! {
            <section class="card" id="recent-jobs">
                <h2>{move || s().recent_jobs}</h2>
                <ul class="job-list">
                    {recent.into_iter().map(|entry| {
                        let href = job_href(&entry.project_id, &entry.job_id, Some(entry.endpoint.clone()));
                        let label = if entry.name.is_empty() { entry.job_id.clone() } else { entry.name.clone() };
                        let details = move || format!("{} · {}", phase_label(&entry.phase, prefs.lang.get()), entry.endpoint);
                        view! { <li><a href=href>{label}</a> " " <span class="muted">{details}</span></li> }
                    }).collect_view()}
                </ul>
            </section>
        })}

        <section class="card" id="demo-jobs">
            <h2>{move || s().demo_jobs}</h2>
            {move || match demos.get() {
                None => view! { <p class="loading muted" role="status">{move || s().loading}</p> }.into_any(),
                Some(demos) if demos.is_empty() => view! { <p class="muted">{move || s().no_demo_jobs}</p> }.into_any(),
                Some(demos) => view! {
                    <ul class="job-list">
                        {demos.into_iter().map(|demo| {
                            let href = job_href(&demo.project_id, &demo.job_id, None);
                            let (name, what) = demo.title.split_once(": ").map(|(n, w)| (n.to_string(), w.to_string())).unwrap_or((demo.title.clone(), String::new()));
                            view! { <li><a href=href>{name}</a> " " <span class="muted">{what}</span></li> }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>

        <section class="card" id="local-file">
            <h2>{move || s().open_saved}</h2>
            <p class="muted">{move || s().saved_note}</p>
            <label class="field">
                <span>{move || s().json_file}</span>
                <input type="file" accept=".json,application/json,text/plain" on:change=on_file/>
            </label>
            <label class="field field--wide">
                <span>{move || s().paste_json}</span>
                <textarea rows="4" name="json" prop:value=move || pasted_json.get()
                    on:input=move |event| pasted_json.set(event_target_value(&event))></textarea>
            </label>
            <button type="button" class="button" on:click=move |_| {
                let s = strings_now();
                local_error.set(open_local(&pasted_json.get_untracked(), s.pasted_json.to_string(), local, s).err());
            }>{move || s().show}</button>
            {move || local_error.get().map(|error| view! { <p class="banner banner--warning" role="alert">{error}</p> })}
        </section>

        <section class="card" id="settings">
            <h2>{move || s().endpoints_added}</h2>
            <p class="muted">{move || s().endpoints_note}</p>
            <ul class="job-list">
                {move || saved.get().into_iter().map(|endpoint| {
                    let name = endpoint.name.clone();
                    view! {
                        <li>
                            <code>{endpoint.name.clone()}</code> " → " <code>{if endpoint.base_url.is_empty() { s().same_origin.to_string() } else { endpoint.base_url.clone() }}</code>
                            {(endpoint.auth == Auth::Token).then(|| format!(" · {}", s().needs_token))}
                            " "
                            <button type="button" class="button button--quiet" on:click=move |_| saved.update(|list| {
                                list.retain(|existing| existing.name != name);
                                save_endpoints(list);
                            })>{move || s().remove}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form class="open-form" on:submit=add_endpoint>
                <label class="field"><span>{move || s().name}</span>
                    <input type="text" name="endpoint-name" prop:value=move || new_name.get() on:input=move |e| new_name.set(event_target_value(&e))/></label>
                <label class="field field--wide"><span>{move || s().base_url}</span>
                    <input type="text" name="endpoint-base" placeholder="https://proxy.example.com/modelarts/"
                        prop:value=move || new_base.get() on:input=move |e| new_base.set(event_target_value(&e))/></label>
                <label class="checkbox"><input type="checkbox" prop:checked=move || new_token.get()
                    on:change=move |e| new_token.set(event_target_checked(&e))/>" " {move || s().needs_token}</label>
                <button type="submit" class="button">{move || s().add}</button>
            </form>
        </section>
    }
}
