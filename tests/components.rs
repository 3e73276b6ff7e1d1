//! Components mounted in headless Chromium with fixtures, asserting on the DOM they render.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use modelarts_job_viewer::components::{
    error_panel::ErrorPanel, job_view::JobView, overview_card::OverviewCard,
};
use modelarts_job_viewer::i18n::{Lang, Ui};
use modelarts_job_viewer::model::ApiError;
use modelarts_job_viewer::model::{parse_job, BodyError};
use modelarts_job_viewer::route::TimeMode;
use modelarts_job_viewer::state::loaded::LoadedJob;
use modelarts_job_viewer::storage::prefs::Prefs;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ui() -> Ui {
    Ui::new(Lang::En, TimeMode::Utc)
}

/// Mounts `view` in a fresh element and gives that element back; the mount lives until the test ends.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let parent = document()
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(Prefs::load());
        view()
    });
    std::mem::forget(handle);
    parent
}

fn loaded(text: &'static str) -> Arc<LoadedJob> {
    Arc::new(LoadedJob::new(parse_job(text).unwrap(), Arc::from(text)))
}

/// Mounts the whole job view of a fixture.
fn mount_job(text: &'static str) -> web_sys::HtmlElement {
    let loaded = loaded(text);
    mount(move || {
        view! {
            <JobView loaded=Signal::stored(loaded) ui=ui() selected_task=Signal::stored(None) on_select_task=Callback::new(|_: String| {})/>
        }
    })
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap()
}

const FAILED: &str = include_str!("fixtures/failed_multinode.json");
const ASCEND: &str = include_str!("fixtures/ascend_npu.json");
const HETERO: &str = include_str!("fixtures/hetero.json");
const AUTOSEARCH: &str = include_str!("fixtures/autosearch.json");
const ENDPOINTS: &str = include_str!("fixtures/endpoints.json");
const COMPLETED: &str = include_str!("fixtures/completed.json");
const MINIMAL: &str = include_str!("fixtures/minimal.json");

#[wasm_bindgen_test]
fn overview_shows_name_id_and_phase_of_the_running_example() {
    let job = loaded(include_str!(
        "../demo/v2/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731.json"
    ));
    let root = mount(
        move || view! { <OverviewCard job=job.job.clone() failure=None fetched_at_ms=job.fetched_at_ms ui=ui()/> },
    );
    assert_eq!(text_of(&root, "h1"), "test-pytorch-cpu01");
    let text = root.text_content().unwrap();
    assert!(
        text.contains("66ff6991-fd66-40b6-8101-0829a46d3731"),
        "{text}"
    );
    assert!(text.contains("The job is running on its nodes."), "{text}");
    // A snapshot from 2022 shows the duration ModelArts reported (4 min 28 s), not years.
    assert!(
        text.contains("4 min 28 s") || text.contains("4 min 29 s"),
        "{text}"
    );
    assert!(
        root.query_selector(".badge--active").unwrap().is_some(),
        "running is drawn as an active badge"
    );
}

#[wasm_bindgen_test]
fn the_failed_job_leads_with_its_triage_and_marks_the_first_failure() {
    let root = mount_job(FAILED);
    assert_eq!(
        text_of(&root, "#tasks .triage strong"),
        "3 of 4 workers exited with 137: killed (SIGKILL), most likely out of memory"
    );
    // Under it, on its own line, what the failing tasks' message shows.
    assert_eq!(
        text_of(&root, "#tasks .triage .signature"),
        "the node ran out of memory and the process was killed"
    );
    let first = text_of(&root, ".task-row--first th");
    assert!(
        first.starts_with("worker-2") && first.contains("first to fail"),
        "{first}"
    );
    assert_eq!(
        root.query_selector_all("#tasks tbody tr").unwrap().length(),
        4
    );
    assert!(
        text_of(&root, "#overview").contains("3 of 4 workers exited with 137"),
        "the reason is visible before scrolling"
    );
}

#[wasm_bindgen_test]
fn a_failure_beyond_the_first_rows_is_still_shown() {
    let statuses: Vec<String> = (0..12)
        .map(|i| {
            let code = if i == 11 { 1 } else { 0 };
            format!(r#"{{"task":"worker-{i}","exit_code":{code},"message":""}}"#)
        })
        .collect();
    let text = format!(
        r#"{{"metadata":{{"name":"wide"}},"status":{{"phase":"Failed","task_statuses":[{}]}}}}"#,
        statuses.join(",")
    );
    let root = mount_job(Box::leak(text.into_boxed_str()));
    let rows = root.query_selector_all("#tasks tbody tr").unwrap();
    assert_eq!(rows.length(), 10, "the first rows only, until Show all");
    let first = rows.item(0).unwrap().text_content().unwrap();
    assert!(first.starts_with("worker-11"), "{first}");
}

#[wasm_bindgen_test]
fn hardware_is_shown_as_totals() {
    let root = mount_job(FAILED);
    assert_eq!(
        text_of(&root, ".flavor__headline"),
        "4 nodes × 8 GPUs = 32 GPUs"
    );
    let totals = text_of(&root, ".flavor__totals");
    for figure in ["32", "GPUs", "2.5 TB", "384", "3 TB", "12.5 TB"] {
        assert!(totals.contains(figure), "{figure} missing in {totals}");
    }
    let ascend = mount_job(ASCEND);
    assert_eq!(
        text_of(&ascend, ".flavor__headline"),
        "2 nodes × 8 NPUs = 16 NPUs"
    );
}

#[wasm_bindgen_test]
fn run_attempts_list_recoveries_with_the_task_they_acted_on() {
    let root = mount_job(ASCEND);
    let status = text_of(&root, "#status table");
    assert!(
        status.contains(
            "Chip fault on worker-1 (HBM ECC error on chip 3): NPU step retry — succeeded"
        ),
        "{status}"
    );
    // The API's value stays at hand as the tooltip of our words for it, and is not translated.
    let action = root
        .query_selector("#status table [title='npu_step_retry']")
        .unwrap()
        .expect("the recovery action keeps its API value");
    assert_eq!(action.get_attribute("translate").as_deref(), Some("no"));
    assert_eq!(action.text_content().unwrap(), "NPU step retry");
}

#[wasm_bindgen_test]
async fn secrets_are_masked_until_revealed() {
    let root = mount_job(FAILED);
    let env = text_of(&root, ".env-table");
    assert!(
        !env.contains("hf_exampleSecretValue123"),
        "the token must not be in the DOM: {env}"
    );
    assert!(!env.contains("0123456789abcdef"), "{env}");
    assert!(env.contains("NCCL_DEBUG") && env.contains("INFO"), "{env}");
    let reveal = root
        .query_selector(".env-table .masked__toggle")
        .unwrap()
        .unwrap();
    reveal.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert!(text_of(&root, ".env-table").contains("hf_exampleSecretValue123"));
}

#[wasm_bindgen_test]
async fn a_long_description_is_clamped_behind_show_more() {
    let root = mount_job(FAILED);
    let toggle = root
        .query_selector("#overview .long-text__toggle")
        .unwrap()
        .expect("the job's 170-character description has a button");
    assert_eq!(toggle.text_content().unwrap(), "Show more");
    assert_eq!(toggle.get_attribute("aria-expanded").unwrap(), "false");
    let text = toggle.previous_element_sibling().unwrap();
    assert!(text
        .text_content()
        .unwrap()
        .ends_with("fault-tolerance restart."));
    toggle.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(toggle.text_content().unwrap(), "Show less");
    assert_eq!(toggle.get_attribute("aria-expanded").unwrap(), "true");
    // Short prose has no button.
    assert_eq!(
        root.query_selector_all("#tasks .long-text__toggle")
            .unwrap()
            .length(),
        0
    );
}

/// On a phone the tables are cards whose lines are labelled by `data-label`: each must be the
/// word of its column's header.
#[wasm_bindgen_test]
fn every_table_cell_is_labelled_with_its_columns_header() {
    for text in [FAILED, HETERO, ENDPOINTS, COMPLETED] {
        let root = mount_job(text);
        let tables = root.query_selector_all("table").unwrap();
        assert!(tables.length() > 0);
        for index in 0..tables.length() {
            let table = tables
                .item(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>();
            let headers = table.query_selector_all("thead th").unwrap();
            let rows = table.query_selector_all("tbody tr").unwrap();
            for row in 0..rows.length() {
                let cells = rows
                    .item(row)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>()
                    .children();
                for column in 1..cells.length() {
                    let cell = cells
                        .item(column)
                        .unwrap()
                        .unchecked_into::<web_sys::Element>();
                    let header = headers.item(column).unwrap().text_content().unwrap();
                    assert_eq!(cell.get_attribute("data-label"), Some(header));
                }
            }
        }
    }
}

#[wasm_bindgen_test]
fn endpoint_tokens_are_masked_and_javascript_urls_never_become_links() {
    let root = mount_job(ENDPOINTS);
    let resources = text_of(&root, "#resources");
    for secret in ["jl-secret-token-123", "tb-secret-456", "msi-789"] {
        assert!(!resources.contains(secret), "{secret} is visible");
    }
    // Only the endpoints list: other sections have links of their own, which must not count here.
    let anchors = root
        .query_selector_all("#resources .endpoints a[href]")
        .unwrap();
    let hrefs: Vec<String> = (0..anchors.length())
        .map(|index| {
            anchors
                .item(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>()
                .get_attribute("href")
                .unwrap()
        })
        .collect();
    assert_eq!(
        hrefs,
        [
            "https://jupyter.example.com/lab?job=1",
            "https://tb.example.com/"
        ],
        "the https endpoints are links, and nothing else is"
    );
    let as_text = root
        .query_selector_all("#resources .endpoints code")
        .unwrap();
    assert!(
        (0..as_text.length()).any(|index| {
            as_text.item(index).unwrap().text_content().as_deref() == Some("javascript:alert(1)")
        }),
        "the javascript: URL is shown as text: {resources}"
    );
    assert!(
        root.query_selector("a[href^='javascript:' i]")
            .unwrap()
            .is_none(),
        "no javascript: link anywhere in the job view"
    );
}

#[wasm_bindgen_test]
fn parameters_that_break_their_constraint_are_flagged() {
    let document = serde_json::json!({"algorithm": {"parameters": [
        {"name": "epochs", "value": "500", "constraint": {"type": "Integer", "valid_type": "Range", "valid_range": ["1", "100"]}},
        {"name": "optimizer", "value": "adam", "constraint": {"type": "String", "valid_type": "Choice", "valid_range": ["adam", "sgd"]}}
    ]}})
    .to_string();
    let root = mount_job(Box::leak(document.into_boxed_str()));
    let flagged = root.query_selector_all(".param-row--invalid").unwrap();
    assert_eq!(flagged.length(), 1);
    assert!(text_of(&root, ".param-row--invalid").contains("outside 1 … 100"));
    assert!(text_of(&root, "#parameters .triage").contains("1 value breaks its constraint"));
    let completed = mount_job(COMPLETED);
    assert_eq!(
        completed
            .query_selector_all(".param-row--invalid")
            .unwrap()
            .length(),
        0
    );
}

#[wasm_bindgen_test]
fn heterogeneous_tasks_get_their_own_cards() {
    let root = mount_job(HETERO);
    let cards = root.query_selector_all("#tasks .subcard").unwrap();
    assert_eq!(cards.length(), 2);
    let tasks = text_of(&root, "#tasks");
    assert!(
        tasks.contains("learner") && tasks.contains("actor"),
        "{tasks}"
    );
    // The learner's per-node accelerators; a task has no node count, so no "nodes ×" headline.
    assert!(tasks.contains("2 × GPU GP-Vnt1"), "{tasks}");
    // Each task's channels are in the I/O section under its role, with no empty job-level lists.
    let io = text_of(&root, "#io");
    for expected in [
        "learner: Inputs",
        "actor: Outputs",
        "obs://rl-team/ppo-atari/output/learner/",
        "obs://rl-team/ppo-atari/output/actor/",
    ] {
        assert!(io.contains(expected), "{expected:?} missing in {io}");
    }
    assert!(!io.contains("No inputs."), "{io}");
}

#[wasm_bindgen_test]
fn auto_search_shows_ranges_choices_and_metrics() {
    let root = mount_job(AUTOSEARCH);
    let search = text_of(&root, ".autosearch");
    for text in [
        "lr",
        "0.0001",
        "0.1",
        "batch_size",
        "128",
        "accuracy",
        "↑ max",
        "loss",
        "↓ min",
        "bayes_opt_search",
    ] {
        assert!(search.contains(text), "{text} missing in {search}");
    }
    assert!(root.query_selector(".range-bar").unwrap().is_some());
}

#[wasm_bindgen_test]
fn an_empty_document_renders_quiet_lines_not_dashes() {
    let root = mount_job(MINIMAL);
    let text = root.text_content().unwrap();
    assert!(text.contains("Unnamed job"), "{text}");
    assert!(
        text.contains("No inputs.") && text.contains("No outputs."),
        "{text}"
    );
    assert!(text.contains("No parameters."), "{text}");
    assert!(
        !text.contains("undefined") && !text.contains("1970"),
        "{text}"
    );
    for id in [
        "overview",
        "status",
        "tasks",
        "algorithm",
        "parameters",
        "io",
        "resources",
        "raw",
    ] {
        assert!(
            root.query_selector(&format!("#{id}")).unwrap().is_some(),
            "section {id} missing"
        );
    }
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
    assert_eq!(
        text_of(&root, ".error-panel__body"),
        "<script>alert(1)</script><h1>Sign in</h1>"
    );
}

#[wasm_bindgen_test]
fn each_error_state_has_its_own_message() {
    let url = "https://h/v2/p/training-jobs/j".to_string();
    let cases: Vec<(ApiError, &str)> = vec![
        (ApiError::Network { url: url.clone() }, "could not reach"),
        (
            ApiError::Timeout {
                url: url.clone(),
                seconds: 20,
            },
            "within 20 s",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 401,
                body: None,
                retry_after: None,
            },
            "HTTP 401",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 403,
                body: None,
                retry_after: None,
            },
            "forbidden",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 404,
                body: None,
                retry_after: None,
            },
            "Nothing was found",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 429,
                body: None,
                retry_after: Some(30),
            },
            "wait 30 s",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 503,
                body: None,
                retry_after: None,
            },
            "HTTP 503",
        ),
        (
            ApiError::Http {
                url: url.clone(),
                status: 400,
                body: modelarts_job_viewer::model::parse_error_text(
                    r#"{"error_code":"ModelArts.2775","error_msg":"not found"}"#,
                )
                .map(Box::new),
                retry_after: None,
            },
            "No training job with this ID",
        ),
        (
            ApiError::Body {
                url: url.clone(),
                error: BodyError::NotAJob { error: None },
            },
            "not a training job",
        ),
    ];
    for (error, expected) in cases {
        let root = mount(move || view! { <ErrorPanel error/> });
        let text = root.text_content().unwrap();
        assert!(text.contains(expected), "{expected:?} missing in {text}");
        assert!(text.contains(&url), "the request URL is shown: {text}");
    }
}

#[wasm_bindgen_test]
fn headings_never_skip_a_level_and_task_cards_nest_theirs() {
    for fixture in [
        FAILED, ASCEND, HETERO, AUTOSEARCH, ENDPOINTS, COMPLETED, MINIMAL,
    ] {
        let root = mount_job(fixture);
        let headings = root.query_selector_all("h1, h2, h3, h4, h5, h6").unwrap();
        let level = |index: u32| -> u32 {
            let element = headings
                .item(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>();
            element.tag_name()[1..].parse().unwrap()
        };
        for index in 1..headings.length() {
            assert!(
                level(index) <= level(index - 1) + 1,
                "heading {index} jumps from h{} to h{}",
                level(index - 1),
                level(index)
            );
        }
        // Inside a heterogeneous task's card (titled by an h4), every heading is deeper.
        let cards = root.query_selector_all("#tasks .subcard").unwrap();
        for index in 0..cards.length() {
            let card = cards
                .item(index)
                .unwrap()
                .unchecked_into::<web_sys::Element>();
            let inner = card.query_selector_all("h1, h2, h3, h4, h5, h6").unwrap();
            for inner_index in 1..inner.length() {
                let tag = inner
                    .item(inner_index)
                    .unwrap()
                    .unchecked_into::<web_sys::Element>()
                    .tag_name();
                assert!(tag.as_str() > "H4", "a {tag} inside a task card");
            }
        }
    }
}

#[wasm_bindgen_test]
fn events_are_marked_on_the_timeline_and_logs_named_beside_the_exit_codes() {
    use modelarts_job_viewer::insight::events::EventRow;
    use modelarts_job_viewer::insight::signatures::{Device, Signature};
    use modelarts_job_viewer::route::{parse, Route};
    use modelarts_job_viewer::state::evidence::{Evidence, LogFinding};
    let loaded = loaded(FAILED);
    let Route::Job(links) = parse("#/projects/p/training-jobs/j") else {
        panic!("a job route");
    };
    let root = mount(move || {
        let evidence = Evidence::default();
        let event = |level: &str, message: &str| EventRow {
            time_ms: Some(1_700_000_000_000),
            time_text: String::new(),
            level: level.into(),
            source: None,
            message: message.into(),
        };
        evidence.events.set(Some(Arc::new(vec![
            event("Error", "[worker-2] OOMKilled"),
            event("Info", "Started"),
        ])));
        evidence.task_logs.set(Arc::new(vec![
            (
                "worker-2".into(),
                LogFinding::Found(42, Signature::DeviceOutOfMemory(Device::Cuda)),
            ),
            ("worker-1".into(), LogFinding::NothingKnown),
        ]));
        view! {
            <JobView loaded=Signal::stored(loaded) ui=ui() selected_task=Signal::stored(None)
                on_select_task=Callback::new(|_: String| {}) links evidence/>
        }
    });
    // One mark, for the error: info is not marked; its message is in its tooltip.
    let marks = root.query_selector_all(".timeline__event").unwrap();
    assert_eq!(marks.length(), 1);
    assert!(text_of(&root, ".timeline__event--error title").ends_with("[worker-2] OOMKilled"));
    assert!(text_of(&root, "#status .legend").contains("1 error event"));
    let found = text_of(&root, ".task-row__log");
    assert!(found.starts_with("Log line 42: "), "{found}");
    let link = root
        .query_selector(".task-row__log a")
        .unwrap()
        .unwrap()
        .get_attribute("href")
        .unwrap();
    assert!(
        link.starts_with("diagnostics.html#/projects/p/training-jobs/j?")
            && link.contains("section=logs&task=worker-2&line=42"),
        "{link}"
    );
    assert!(text_of(&root, "#tasks").contains("Its log shows no known failure."));
}
