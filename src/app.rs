//! The top-level component and the runtime config it is given: follows the hash route, picks the
//! page, and owns the few app-wide signals (preferences, an opened local file).

use crate::config::{parse_config, Config, ConfigWarning};
use crate::pages::PagePicker;
use crate::route::{self, Route};
use crate::state::early_name::EarlyName;
use crate::state::loaded::LocalDocument;
use crate::storage::endpoints::saved_endpoints;
use crate::storage::prefs::{Prefs, Theme};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The runtime config, and what went wrong reading it, if anything.
#[derive(Debug)]
pub struct LoadedConfig {
    pub config: Config,
    pub warning: Option<ConfigWarning>,
}

/// Reads `config.json` (the demo alone when it cannot be read), with the endpoints added in this
/// browser.
pub(crate) async fn load_config() -> LoadedConfig {
    let text = async {
        let (status, body) = crate::api::get_config()
            .await
            .ok_or(ConfigWarning::Unreachable)?;
        if !(200..300).contains(&status) {
            return Err(ConfigWarning::Status(status));
        }
        Ok(body)
    };
    let parsed = text
        .await
        .and_then(|text| parse_config(&text).map_err(ConfigWarning::Invalid));
    let (config, warning) = match parsed {
        Ok(config) => (config, None),
        Err(warning) => (Config::demo_only(), Some(warning)),
    };
    LoadedConfig {
        config: config.with_user_endpoints(saved_endpoints()),
        warning,
    }
}

fn current_route() -> Route {
    let hash = window().location().hash().unwrap_or_default();
    route::parse(&hash)
}

/// The whole app, once its config has been read: a header, the config warning if any, and the page
/// `pick` shows for the hash.
#[component]
pub fn App(pick: PagePicker, config: LoadedConfig) -> impl IntoView {
    let prefs = Prefs::load();
    provide_context(prefs);
    let local = LocalDocument(RwSignal::new(None));
    provide_context(local);
    let (route, set_route) = signal(current_route());
    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(current_route())
    });
    EarlyName::provide();

    // The document's language and theme follow the preferences.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", prefs.lang.get().code());
            match prefs.theme.get() {
                Some(theme) => {
                    let _ = root.set_attribute("data-theme", theme.as_str());
                }
                None => {
                    let _ = root.remove_attribute("data-theme");
                }
            }
        }
    });
    // The job page names its job in the title; every other page has the app's name.
    Effect::new(move |_| {
        if !matches!(route.get(), Route::Job(_)) {
            document().set_title(prefs.lang.get().strings().app_title);
        }
    });
    let toggle_theme = move |_| {
        let dark_now = match prefs.theme.get_untracked() {
            Some(theme) => theme == Theme::Dark,
            None => window()
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
                .is_some_and(|query| query.matches()),
        };
        prefs.set_theme(if dark_now { Theme::Light } else { Theme::Dark });
    };
    let toggle_lang = move |_| {
        let next = match prefs.lang.get_untracked() {
            crate::i18n::Lang::En => crate::i18n::Lang::Zh,
            crate::i18n::Lang::Zh => crate::i18n::Lang::En,
        };
        prefs.set_lang(next);
    };

    let LoadedConfig { config, warning } = config;
    let warning = warning.map(|warning| {
        let text = move || (prefs.lang.get().strings().config_warning)(&warning);
        view! { <p class="banner banner--warning" role="alert">{text}</p> }
    });
    let adjusted = config
        .adjusted
        .iter()
        .map(|adjusted| {
            let adjusted = *adjusted;
            let text = move || (prefs.lang.get().strings().config_adjusted)(&adjusted);
            view! { <p class="banner banner--warning" role="status">{text}</p> }
        })
        .collect_view();
    let page = move || pick(route.get(), config.clone());
    view! {
        <a class="skip-link" href="#main" on:click=|event| {
            event.prevent_default();
            // Focus, not only scroll: the next Tab then starts in the main content.
            if let Some(main) = document().get_element_by_id("main") {
                main.scroll_into_view();
                let _ = main.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }>{move || prefs.lang.get().strings().skip_to_content}</a>
        <header class="app-header">
            <a class="app-header__title" href=crate::pages::START_PAGE>{move || prefs.lang.get().strings().app_title}</a>
            <div class="app-header__actions">
                <button type="button" class="button button--quiet" on:click=toggle_lang lang=move || match prefs.lang.get() {
                    crate::i18n::Lang::En => "zh-CN",
                    crate::i18n::Lang::Zh => "en",
                }>
                    {move || prefs.lang.get().strings().language_toggle}
                </button>
                <button type="button" class="button button--quiet" on:click=toggle_theme
                    aria-label=move || prefs.lang.get().strings().theme_toggle title=move || prefs.lang.get().strings().theme_toggle>
                    {move || prefs.lang.get().strings().theme}
                </button>
            </div>
        </header>
        <main class="app-main" id="main" tabindex="-1">{warning} {adjusted} {page}</main>
    }
}
