//! Property tests: arbitrary JSON and random mutations of every fixture are read as a job and go
//! through every insight function without a panic (a panic in the wasm kills the page), and every
//! warning and unknown field the report lists is really in the document, with the type it names.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use modelarts_job_viewer::i18n::Lang;
use modelarts_job_viewer::insight::{errors, hardware, parameters, timeline, triage};
use modelarts_job_viewer::model::{parse_error_text, parse_job, BodyError, TrainingJob};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::{json, Value};
use std::path::Path;

/// Keys the model knows, so random documents reach deep into it instead of only adding unknown keys.
const KEYS: &[&str] = &[
    "kind",
    "metadata",
    "status",
    "algorithm",
    "tasks",
    "spec",
    "endpoints",
    "id",
    "name",
    "create_time",
    "annotations",
    "phase",
    "secondary_phase",
    "duration",
    "start_time",
    "node_count_metrics",
    "task_statuses",
    "task",
    "exit_code",
    "message",
    "running_records",
    "start_at",
    "end_at",
    "recover_records",
    "recover_start_at",
    "parameters",
    "value",
    "constraint",
    "type",
    "valid_type",
    "valid_range",
    "required",
    "i18n_description",
    "language",
    "inputs",
    "outputs",
    "remote",
    "obs",
    "obs_url",
    "period",
    "environments",
    "engine",
    "resource",
    "node_count",
    "flavor_detail",
    "flavor_info",
    "cpu",
    "core_num",
    "gpu",
    "npu",
    "unit_num",
    "memory",
    "size",
    "unit",
    "disk",
    "task_resource",
    "policies",
    "auto_search",
    "search_params",
    "lower_bound",
    "error_code",
    "error_msg",
    "extra_unknown",
];

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e20f64..1e20).prop_map(|f| json!(f)),
        prop::sample::select(vec![
            "",
            "8GB",
            "30s",
            "-1",
            "1e400",
            "NaN",
            "Range",
            "Choice",
            "137",
            "worker-0",
            "Failed",
            "Running",
            "x".repeat(300).leak()
        ])
        .prop_map(|s| Value::String(s.to_string())),
        "[a-zA-Z0-9 ._:/-]{0,16}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|pairs| {
                Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// Calls everything the page calls on a job.
fn exercise(job: &TrainingJob) {
    let triage = triage::triage(job, Lang::Zh);
    for row in &triage.rows {
        let _ = row.meaning.as_ref().map(|meaning| meaning.summary.len());
    }
    if let Some(timeline) = timeline::timeline(job, 1_700_000_000_000, 1_700_000_001_000) {
        let max = timeline
            .node_counts
            .iter()
            .map(|(_, count)| *count)
            .fold(1.0, f64::max);
        let _ = timeline::step_path(
            &timeline.node_counts,
            timeline.axis_start_ms,
            timeline.axis_end_ms,
            640.0,
            80.0,
            max,
        );
    }
    if let Some(hardware) = hardware::job_hardware(job) {
        let _ = hardware.headline(Lang::En);
        let _ = (
            hardware.total_cpu_cores(),
            hardware.total_accelerator_memory_gb(),
            hardware.total_disk_gb(),
        );
    }
    for task in job.tasks().into_iter().flat_map(|tasks| tasks.iter()) {
        let _ = hardware::task_hardware(task).and_then(|hardware| hardware.headline(Lang::En));
    }
    let algorithm = job.algorithm();
    for parameter in algorithm
        .and_then(|a| a.parameters())
        .into_iter()
        .flat_map(|p| p.iter())
    {
        let _ = parameters::check(parameter, Lang::Zh.strings());
        let _ = parameters::description_for(parameter, "zh-cn");
    }
}

fn decode_and_check(document: &Value) {
    let text = document.to_string();
    if let Ok(parsed) = parse_job(&text) {
        exercise(&parsed.job);
        // Checked against the text as serde_json reads it: a float may differ from `document` in its
        // last digit, and the warnings quote values as read.
        let as_read: Value = serde_json::from_str(&text).unwrap();
        support::assert_report_matches(&as_read, &parsed);
    }
    if let Some(body) = parse_error_text(&text) {
        let error = modelarts_job_viewer::model::ApiError::Http {
            url: "u".into(),
            status: 400,
            body: Some(Box::new(body)),
            retry_after: None,
        };
        let _ = errors::explain(&error, Lang::Zh);
    }
}

fn fixtures() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut documents: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (
                path.display().to_string(),
                serde_json::from_str(&text).unwrap(),
            )
        })
        .collect();
    documents.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(
        documents.len() >= 5,
        "fixtures missing in {}",
        dir.display()
    );
    documents
}

/// Every path in a document, as keys and indices.
fn paths(value: &Value, prefix: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                prefix.push(Step::Key(key.clone()));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                prefix.push(Step::Index(index));
                paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn replace_at(document: &mut Value, path: &[Step], replacement: Value) {
    let mut target = document;
    for step in path {
        target = match (step, target) {
            (Step::Key(key), Value::Object(object)) => object.get_mut(key).unwrap(),
            (Step::Index(index), Value::Array(items)) => &mut items[*index],
            _ => unreachable!(),
        };
    }
    *target = replacement;
}

proptest! {
    // Failures found once are replayed first on every run from the checked-in file beside this
    // one, tests/robustness.proptest-regressions, and new ones are added to it.
    #![proptest_config(ProptestConfig {
        cases: 384,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_json_never_panics_and_its_report_is_true(document in arb_json()) {
        decode_and_check(&document);
    }

    #[test]
    fn arbitrary_objects_under_job_keys_never_panic(
        metadata in arb_json(), status in arb_json(), algorithm in arb_json(), spec in arb_json(), tasks in arb_json()
    ) {
        let document = json!({"metadata": metadata, "status": status, "algorithm": algorithm, "spec": spec, "tasks": tasks});
        decode_and_check(&document);
    }

    #[test]
    fn mutated_fixtures_never_panic_and_their_reports_are_true(
        fixture_index in 0usize..64, path_pick in any::<prop::sample::Index>(), replacement in arb_json()
    ) {
        let all = fixtures();
        let (_, original) = &all[fixture_index % all.len()];
        let mut all_paths = Vec::new();
        paths(original, &mut Vec::new(), &mut all_paths);
        let path = path_pick.get(&all_paths);
        let mut document = original.clone();
        replace_at(&mut document, path, replacement);
        decode_and_check(&document);
    }
}

#[test]
fn text_bodies_that_are_not_jobs_are_typed_errors() {
    for body in ["", "<html>", "\u{feff}{}", "{\"a\": 1,}"] {
        assert!(
            matches!(parse_job(body), Err(BodyError::NotJson { .. })),
            "{body:?}"
        );
    }
    for (body, found) in [
        ("[1,2]", "an array"),
        ("\"x\"", "a string"),
        ("42", "a number"),
        ("null", "null"),
    ] {
        assert_eq!(
            parse_job(body),
            Err(BodyError::NotAnObject { found }),
            "{body:?}"
        );
    }
}
