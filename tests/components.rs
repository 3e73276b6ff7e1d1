//! Components mounted in headless Chromium, asserting on the DOM they render.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use modelarts_job_viewer::api::ApiError;
use modelarts_job_viewer::components::{error_panel::ErrorPanel, overview_card::OverviewCard};
use modelarts_job_viewer::model::{parse_job, BodyError};
use std::rc::Rc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` in a fresh element and gives that element back; the mount lives until the test ends.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let parent = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), view);
    std::mem::forget(handle);
    parent
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
fn overview_shows_name_id_and_phase_of_the_running_example() {
    let parsed = parse_job(include_str!(
        "../demo/v2/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731"
    ))
    .unwrap();
    let root = mount(move || view! { <OverviewCard job=Rc::new(parsed)/> });
    let text = root.text_content().unwrap();
    assert!(text.contains("test-pytorch-cpu01"), "{text}");
    assert!(
        text.contains("66ff6991-fd66-40b6-8101-0829a46d3731"),
        "{text}"
    );
    assert!(text.contains("Running"), "{text}");
    assert!(text.contains("4 min 28 s"), "{text}");
    let badge = root.query_selector(".badge--active").unwrap();
    assert!(
        badge.is_some(),
        "the running phase is drawn as an active badge"
    );
}

#[wasm_bindgen_test]
fn an_html_login_page_is_explained_and_shown_as_text() {
    let error = ApiError::Body {
        url: "v2/p/training-jobs/j".into(),
        error: BodyError::NotJson {
            start: "<script>alert(1)</script><h1>Sign in</h1>".into(),
        },
    };
    let root = mount(move || view! { <ErrorPanel error/> });
    assert!(root.text_content().unwrap().contains("not JSON"));
    assert!(
        root.query_selector("script").unwrap().is_none(),
        "the body must be text, not markup"
    );
    let pre = root.query_selector(".error-panel__body").unwrap().unwrap();
    assert_eq!(
        pre.text_content().unwrap(),
        "<script>alert(1)</script><h1>Sign in</h1>"
    );
}
