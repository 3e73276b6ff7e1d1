//! ModelArts Job Viewer: one Huawei Cloud ModelArts training job, shown better than the console does.
//!
//! Layers, each importing only from those listed before it:
//! - `model` (the API's JSON read leniently, and the errors of a load) and `insight` (pure
//!   functions over the model) know nothing of the browser;
//! - `i18n` holds every word the user sees, `route` and `config` turn the URL and the runtime
//!   configuration into requests, and `api` builds URLs and fetches;
//! - `browser` holds the few direct browser calls, `storage` what is kept in the browser,
//!   `demo_index` the demo jobs on offer, and `state` the loaded data and how it changes;
//! - `components` lay out what `insight` computes, and `pages` put components together.

#![forbid(unsafe_code)]

pub mod api;
pub mod browser;
pub mod components;
pub mod config;
pub mod demo_index;
pub mod i18n;
pub mod insight;
pub mod model;
pub mod pages;
pub mod route;
pub mod state;
pub mod storage;

mod app;

use app::App;

/// Every page's allocator: talc instead of Rust's default dlmalloc, smaller in each wasm and
/// faster. The pages are single-threaded (no `atomics`).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Reads the runtime config, then mounts [`App`] on the document body, showing the pages `pick`
/// names for each route.
pub fn start(pick: pages::PagePicker) {
    wasm_bindgen_futures::spawn_local(async move {
        let config = app::load_config().await;
        // The page's skeleton stays until the app, which needs the config, can take its place in
        // one frame: a view of the app's own in between would move what the skeleton shows, such
        // as the job's name prefetch.js painted.
        if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
            boot.remove();
        }
        leptos::mount::mount_to_body(move || leptos::prelude::view! { <App pick config/> });
    });
}
