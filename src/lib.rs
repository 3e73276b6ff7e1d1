//! ModelArts Job Viewer: one Huawei Cloud ModelArts training job, shown better than the console does.
//!
//! `model` and `insight` are pure and know nothing of the browser; `route`, `config`, `refresh` and
//! `api` turn the URL and the runtime configuration into requests; `pages` and `components` only
//! render; `browser` holds the few direct browser calls.

pub mod api;
pub mod browser;
pub mod components;
pub mod config;
pub mod i18n;
pub mod insight;
pub mod json_list;
pub mod model;
pub mod pages;
pub mod prefs;
pub mod recent;
pub mod refresh;
pub mod route;
pub mod timing;
pub mod token;

mod app;

pub use app::{App, LocalDocument};

/// Mounts [`App`] on the document body.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
