//! ModelArts Job Viewer: one Huawei Cloud ModelArts training job, shown better than the console does.
//!
//! `model` and `insight` are pure and know nothing of the browser; `route`, `config` and `api` turn
//! the URL and the runtime configuration into requests; `pages` and `components` only render.

pub mod api;
pub mod components;
pub mod config;
pub mod insight;
pub mod model;
pub mod pages;
pub mod route;
pub mod timing;

mod app;

pub use app::App;

/// Mounts [`App`] on the document body.
pub fn start() {
    leptos::mount::mount_to_body(App);
}
