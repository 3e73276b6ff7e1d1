//! The top-level component: loads the runtime config, follows the hash route, picks the page.

use crate::config::{parse_config, Config};
use crate::pages::{home::HomePage, job::JobPage, not_found::NotFoundPage};
use crate::route::{self, Route};
use leptos::prelude::*;

/// The runtime config, and what went wrong reading it, if anything.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedConfig {
    pub config: Config,
    pub warning: Option<String>,
}

async fn load_config() -> LoadedConfig {
    let text = async {
        let response = gloo_net::http::Request::get("config.json")
            .header("Accept", "application/json")
            .send()
            .await
            .map_err(|_| "config.json could not be fetched".to_string())?;
        if !response.ok() {
            return Err(format!("config.json answered HTTP {}", response.status()));
        }
        response
            .text()
            .await
            .map_err(|_| "config.json could not be read".to_string())
    };
    match text.await.and_then(|text| parse_config(&text)) {
        Ok(config) => LoadedConfig {
            config,
            warning: None,
        },
        Err(warning) => LoadedConfig {
            config: Config::demo_only(),
            warning: Some(format!(
                "{warning}. Showing the bundled demo endpoint only."
            )),
        },
    }
}

fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    route::parse(&hash)
}

/// The whole app: a header, the config warning if any, and the page the hash names.
#[component]
pub fn App() -> impl IntoView {
    let (route, set_route) = signal(current_route());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current_route())
    });
    let config = LocalResource::new(load_config);

    view! {
        <header class="app-header">
            <a class="app-header__title" href="#/">"ModelArts Job Viewer"</a>
        </header>
        <main class="app-main">
            <Transition fallback=|| view! { <p class="loading">"Loading configuration…"</p> }>
                {move || {
                    config
                        .get()
                        .map(|loaded| {
                            let warning = loaded.warning.clone().map(|warning| {
                                view! { <p class="banner banner--warning" role="alert">{warning}</p> }
                            });
                            let config = loaded.config;
                            let page = move || match route.get() {
                                Route::Home => view! { <HomePage/> }.into_any(),
                                Route::Job(job) => view! { <JobPage route=job config=config.clone()/> }.into_any(),
                                Route::NotFound(hash) => view! { <NotFoundPage hash/> }.into_any(),
                            };
                            view! { {warning} {page} }
                        })
                }}
            </Transition>
        </main>
    }
}
