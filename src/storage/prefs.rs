//! The person's display preferences: language, time mode and theme, kept in localStorage.

use crate::browser::{navigator_language, storage_get, storage_set};
use crate::i18n::Lang;
use crate::i18n::Ui;
use crate::route::TimeMode;
use leptos::prelude::*;

/// Light or dark; `None` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

const LANG_KEY: &str = "mjv.lang";
const TIME_KEY: &str = "mjv.time";
const THEME_KEY: &str = "mjv.theme";

/// The preferences as signals, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct Prefs {
    pub lang: RwSignal<Lang>,
    pub time: RwSignal<TimeMode>,
    pub theme: RwSignal<Option<Theme>>,
}

impl Prefs {
    /// Reads what was saved, else follows the browser.
    pub fn load() -> Prefs {
        let lang = Lang::from_tag(&storage_get(true, LANG_KEY).unwrap_or_else(navigator_language));
        let time = storage_get(true, TIME_KEY)
            .and_then(|mode| TimeMode::parse(&mode))
            .unwrap_or(TimeMode::Local);
        let theme = match storage_get(true, THEME_KEY).as_deref() {
            Some("light") => Some(Theme::Light),
            Some("dark") => Some(Theme::Dark),
            _ => None,
        };
        Prefs {
            lang: RwSignal::new(lang),
            time: RwSignal::new(time),
            theme: RwSignal::new(theme),
        }
    }

    pub fn ui(&self) -> Ui {
        Ui::new(self.lang.get(), self.time.get())
    }

    pub fn set_lang(&self, lang: Lang) {
        storage_set(true, LANG_KEY, lang.code());
        self.lang.set(lang);
    }

    pub fn set_time(&self, time: TimeMode) {
        storage_set(true, TIME_KEY, time.as_str());
        self.time.set(time);
    }

    pub fn set_theme(&self, theme: Theme) {
        storage_set(true, THEME_KEY, theme.as_str());
        self.theme.set(Some(theme));
    }
}

/// The preferences provided by the app.
pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_else(Prefs::load)
}
