//! The bar above a job: which endpoint, when it was updated, refresh, copy link, time mode, token.

use crate::browser::current_url;
use crate::components::copy_button::copy_and_flash;
use crate::components::fact_list::pieces_view;
use crate::components::keyed_rows::keyed_list;
use crate::insight::display::format_age;
use crate::insight::errors::explain;
use crate::insight::facts::mark_literals;
use crate::model::ApiError;
use crate::route::TimeMode;
use crate::state::clock::ticking_now;
use crate::state::loader::Stage;
use crate::storage::prefs::use_prefs;
use crate::storage::recent::clear_recent_jobs;
use crate::storage::token::{forget_token, TokenScope};
use leptos::prelude::*;
use std::time::Duration;

/// Live status and the page-wide actions.
#[component]
pub fn JobToolbar(
    endpoint_name: String,
    /// Where the endpoint's token may go, for endpoints that use one.
    token_scope: Option<TokenScope>,
    updated_at: RwSignal<Option<i64>>,
    polling: RwSignal<bool>,
    refresh_error: RwSignal<Option<ApiError>>,
    /// Where the job's load is: until a job is on screen there are no times to show in another mode.
    stage: RwSignal<Stage>,
    on_refresh: Callback<()>,
    on_token_forgotten: Callback<()>,
) -> impl IntoView {
    let prefs = use_prefs();
    let now = ticking_now(Duration::from_secs(60));
    let copied = RwSignal::new(false);
    let token_forgotten = RwSignal::new(false);
    let recent_cleared = RwSignal::new(false);
    let s = move || prefs.lang.get().strings();
    let updated = move || {
        updated_at.get().map(|at| {
            format!(
                "{} {}",
                s().updated,
                format_age(now.get() - at, prefs.lang.get())
            )
        })
    };
    view! {
        <div class="toolbar job-toolbar" role="region" aria-label=move || s().job_toolbar>
            <span class="job-toolbar__status">
                <span class="job-toolbar__endpoint">"⇄ " <code>{endpoint_name}</code></span>
                <span class="job-toolbar__updated" aria-live="polite">
                    {updated}
                    {move || polling.get().then_some(" · ⟳")}
                </span>
            </span>
            <button type="button" class="button" on:click=move |_| on_refresh.run(())>"⟳ " {move || s().refresh}
            </button>
            <button type="button" class="button" on:click=move |_| {
                copy_and_flash(&current_url(), copied);
            }>
                {move || if copied.get() { s().copied } else { s().copy_link }}
            </button>
            // Until a job is shown its times have no mode to pick (while one loads, main.css keeps
            // the picker's room).
            <label class="job-toolbar__time" hidden=move || stage.get() != Stage::Ready>
                {move || s().time_mode} " "
                <select on:change=move |event| {
                    if let Some(mode) = TimeMode::parse(&event_target_value(&event)) {
                        prefs.set_time(mode);
                    }
                }>
                    {keyed_list(vec![TimeMode::Relative, TimeMode::Local, TimeMode::Utc], move |mode| view! {
                        <option value=mode.as_str() selected=move || prefs.time.get() == mode>
                            {move || match mode {
                                TimeMode::Relative => s().time_relative,
                                TimeMode::Local => s().time_local,
                                TimeMode::Utc => s().time_utc,
                            }}
                        </option>
                    }.into_any())}
                </select>
            </label>
            {token_scope.map(|scope| view! {
                <button type="button" class="button button--quiet" on:click=move |_| {
                    forget_token(&scope);
                    token_forgotten.set(true);
                    on_token_forgotten.run(());
                }>
                    {move || s().forget_token}
                </button>
            })}
            // Someone forgetting a token on a shared machine may not want the job list left either.
            {move || (token_forgotten.get() && !recent_cleared.get()).then(|| view! {
                <button type="button" class="button button--quiet" on:click=move |_| {
                    clear_recent_jobs();
                    recent_cleared.set(true);
                }>
                    {move || s().clear_recent_jobs}
                </button>
            })}
            {move || recent_cleared.get().then(|| view! {
                <span role="status">{move || s().recent_jobs_cleared}</span>
            })}
        </div>
        {move || refresh_error.get().map(|error| {
            let explanation = explain(&error, prefs.lang.get());
            // The names the sentences quote are marked as the error panel marks them.
            let title = mark_literals(&explanation.title, &explanation.literals);
            let next_step = mark_literals(&explanation.next_step, &explanation.literals);
            view! { <p class="banner banner--warning" role="alert">"⚠ " {pieces_view(title)} " " {pieces_view(next_step)}</p> }
        })}
    }
}
