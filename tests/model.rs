//! Reading rules, each tested on the documents they come from: the constructed fixtures, the demo
//! jobs and the real examples in ../shared/examples/otc/, which CI always has beside the repository.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use modelarts_job_viewer::i18n::{Lang, EN};
use modelarts_job_viewer::insight::{coverage, hardware, triage};
use modelarts_job_viewer::model::{parse_job, BodyError, ParsedJob, Scalar};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// The paths the raw section lists as unknown to the reference.
fn unknown_paths(parsed: &ParsedJob) -> Vec<String> {
    coverage::left_out(&parsed.job, &EN, Lang::En)
        .into_iter()
        .filter(|unread| !unread.known)
        .map(|unread| unread.path)
        .collect()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> ParsedJob {
    let text = std::fs::read_to_string(root().join("tests/fixtures").join(name)).unwrap();
    parse_job(&text).unwrap_or_else(|error| panic!("{name}: {error:?}"))
}

/// Reads a document and checks its report against it: every listed path is really there.
fn assert_reads_truthfully(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let parsed = parse_job(&text).unwrap_or_else(|error| panic!("{}: {error:?}", path.display()));
    let original: Value = serde_json::from_str(&text).unwrap();
    support::assert_report_matches(&original, &parsed);
}

/// The documents of a folder: every file but notes (`README.md`); demo jobs have no extension.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file() && path.extension().is_none_or(|ext| ext == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_and_demo_job_reads_with_a_true_report() {
    let mut checked = 0;
    for path in json_files(&root().join("tests/fixtures")) {
        if path.file_name().unwrap() == "apig_0301.json" {
            continue;
        }
        assert_reads_truthfully(&path);
        checked += 1;
    }
    for path in json_files(&root().join("demo/v2/demo/training-jobs")) {
        assert_reads_truthfully(&path);
        checked += 1;
    }
    assert!(checked >= 11, "only {checked} documents checked");
}

#[test]
fn real_examples_read_without_warnings() {
    let examples = root().join("../shared/examples/otc");
    // Skipping here would let a checkout without ../shared pass without reading a single real job.
    assert!(
        examples.is_dir(),
        "{} is missing: check out the shared folder beside the repository",
        examples.display()
    );
    let files = json_files(&examples);
    assert!(
        files
            .iter()
            .any(|path| path.extension().is_some_and(|ext| ext == "json")),
        "{} holds no .json example",
        examples.display()
    );
    let mut decoded = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        // Job-shaped: a details, create or terminate response, or each item of a search envelope.
        let documents: Vec<Value> = match value.get("items").and_then(Value::as_array) {
            Some(items) if value.get("metadata").is_none() => items.clone(),
            _ if value.get("metadata").is_some() => vec![value],
            _ => continue,
        };
        for document in documents {
            let parsed = parse_job(&document.to_string()).unwrap();
            assert!(
                parsed.report.warnings.is_empty(),
                "{}: {:?}",
                path.display(),
                parsed.report.warnings
            );
            assert!(
                parsed.job.metadata().unwrap().id().is_some(),
                "{}",
                path.display()
            );
            support::assert_report_matches(&document, &parsed);
            decoded += 1;
        }
    }
    println!(
        "decoded {decoded} job documents from {}",
        examples.display()
    );
    assert!(
        decoded >= 5,
        "expected the known job examples, decoded {decoded}"
    );
}

#[test]
fn missing_and_null_are_absent_not_zero() {
    let parsed = fixture("minimal.json");
    assert!(parsed.job.metadata().is_none() && parsed.job.status().is_none());
    assert!(parsed.report.warnings.is_empty() && unknown_paths(&parsed).is_empty());

    let quirks = fixture("quirks.json");
    let status = quirks.job.status().unwrap();
    assert!(status.node_count_metrics().is_none());
    assert!(hardware::job_hardware(&parse_job("{}").unwrap().job).is_none());
}

#[test]
fn numbers_sent_as_text_and_text_sent_as_numbers_are_read() {
    let quirks = fixture("quirks.json");
    let resource = quirks.job.spec().unwrap().resource().unwrap();
    assert_eq!(resource.node_count().and_then(Scalar::as_f64), Some(2.0));
    let info = resource.flavor_detail().unwrap().flavor_info().unwrap();
    assert_eq!(info.cpu().unwrap().core_num().unwrap().as_f64(), Some(16.0));
    let output = quirks
        .job
        .algorithm()
        .unwrap()
        .outputs()
        .unwrap()
        .iter()
        .next()
        .unwrap();
    assert_eq!(output.period().unwrap().as_text(), "30");

    let hetero = fixture("hetero.json");
    let task = hetero.job.tasks().unwrap().iter().next().unwrap();
    let period = task
        .algorithm()
        .unwrap()
        .outputs()
        .unwrap()
        .iter()
        .next()
        .unwrap()
        .period()
        .unwrap();
    assert_eq!(
        (period.as_f64(), period.unit_suffix()),
        (Some(30.0), Some("s"))
    );
}

#[test]
fn single_objects_stand_in_for_arrays() {
    let quirks = fixture("quirks.json");
    let algorithm = quirks.job.algorithm().unwrap();
    let inputs = algorithm.inputs().unwrap();
    assert!(inputs.is_single());
    assert_eq!(inputs.iter().count(), 1);
    let environments = algorithm.environments().unwrap();
    assert!(environments.is_single());
    assert_eq!(environments.iter().next().unwrap()["PASSWORD"], "hunter2");

    let failed = fixture("failed_multinode.json");
    let environments = failed.job.algorithm().unwrap().environments().unwrap();
    assert!(!environments.is_single());
    assert_eq!(environments.iter().count(), 2);
}

#[test]
fn a_wrong_type_is_reported_with_its_path_and_kept() {
    let quirks = fixture("quirks.json");
    let metadata = quirks.job.metadata().unwrap();
    assert_eq!(metadata.workspace_id(), None);
    let paths: Vec<String> = quirks
        .report
        .warnings
        .iter()
        .map(|warning| warning.path.clone())
        .collect();
    assert!(
        paths.contains(&"$.metadata.workspace_id".to_string()),
        "{paths:?}"
    );
    let workspace = quirks
        .report
        .warnings
        .iter()
        .find(|warning| warning.path == "$.metadata.workspace_id")
        .unwrap();
    assert_eq!(workspace.sent, "0", "the value is shown as sent");
}

#[test]
fn a_malformed_subtree_does_not_fail_the_document() {
    let parsed = fixture("malformed_subtree.json");
    let rendered: Vec<String> = parsed
        .report
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        rendered.contains(&"$.spec: expected an object, found a string".to_string()),
        "{rendered:?}"
    );
    assert!(
        rendered.contains(&"$.status.task_statuses: expected an array, found a string".to_string()),
        "{rendered:?}"
    );
    assert_eq!(
        parsed.job.metadata().unwrap().name().unwrap(),
        "xgboost-churn-cpu"
    );
    assert_eq!(parsed.job.status().unwrap().phase().unwrap(), "Completed");
    assert!(hardware::job_hardware(&parsed.job).is_none());
}

/// Sets the value at a `$.a.b[0]` path, adding the last key when it is missing.
fn set_at(document: &mut Value, path: &str, value: Value) {
    let pointer: String = path
        .trim_start_matches('$')
        .replace(['.', '['], "/")
        .replace(']', "");
    let (parent, last) = pointer.rsplit_once('/').unwrap();
    match document.pointer_mut(parent).unwrap() {
        Value::Object(object) => {
            object.insert(last.to_string(), value);
        }
        Value::Array(items) => items[last.parse::<usize>().unwrap()] = value,
        other => panic!("{path}: cannot set inside {other}"),
    }
}

#[test]
fn a_wrong_type_at_every_kind_of_field_is_reported_at_its_path() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/completed.json")).unwrap();
    let cases = [
        ("$.metadata.name", serde_json::json!([1]), "a string"),
        (
            "$.status.duration",
            serde_json::json!({}),
            "a number or text",
        ),
        (
            "$.spec.is_hosted_log",
            serde_json::json!("yes"),
            "a boolean",
        ),
        ("$.spec.resource", serde_json::json!("x"), "an object"),
        ("$.metadata.annotations", serde_json::json!([]), "an object"),
        ("$.status.task_statuses", serde_json::json!(5), "an array"),
        (
            "$.status.task_statuses[0]",
            serde_json::json!("x"),
            "an object",
        ),
        (
            "$.status.task_statuses[0].exit_code",
            serde_json::json!([]),
            "a number or text",
        ),
    ];
    for (path, wrong, expected) in cases {
        let mut document: Value = serde_json::from_str(&text).unwrap();
        set_at(&mut document, path, wrong.clone());
        let parsed = parse_job(&document.to_string()).unwrap();
        let warning = parsed
            .report
            .warnings
            .iter()
            .find(|warning| warning.path == path)
            .unwrap_or_else(|| panic!("{path}: no warning in {:?}", parsed.report.warnings));
        assert_eq!(warning.expected, expected, "{path}");
        assert_eq!(warning.sent, wrong.to_string(), "{path}");
    }
}

#[test]
fn unknown_fields_are_listed_with_their_paths() {
    let quirks = fixture("quirks.json");
    let unknown = &unknown_paths(&quirks);
    assert!(
        unknown.contains(&"$.future_field".to_string()),
        "{unknown:?}"
    );
    assert!(
        unknown.contains(&"$.metadata.labels".to_string()),
        "{unknown:?}"
    );

    // The real example's undocumented extras are all modelled, so none is "unknown".
    let running = parse_job(include_str!(
        "../demo/v2/demo/training-jobs/66ff6991-fd66-40b6-8101-0829a46d3731.json"
    ))
    .unwrap();
    let unknown = unknown_paths(&running);
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn null_elements_and_text_exit_codes_in_task_statuses() {
    let quirks = fixture("quirks.json");
    let triage = triage::triage(&quirks.job, Lang::En);
    assert_eq!(triage.rows.len(), 1, "the null element is skipped");
    assert_eq!(triage.rows[0].exit_code, Some(139));
}

#[test]
fn non_json_and_non_object_bodies_are_typed_errors() {
    assert!(matches!(
        parse_job("<html>login</html>"),
        Err(BodyError::NotJson { .. })
    ));
    assert!(matches!(parse_job(""), Err(BodyError::NotJson { .. })));
    assert_eq!(
        parse_job(r#"{"metadata": {"name": "cut"#),
        Err(BodyError::CutOff)
    );
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse_job(&deep), Err(BodyError::TooDeep));
    assert_eq!(
        parse_job("[1]"),
        Err(BodyError::NotAnObject { found: "an array" })
    );
    assert_eq!(
        parse_job("null"),
        Err(BodyError::NotAnObject { found: "null" })
    );
    let not_a_job = parse_job(include_str!("fixtures/apig_0301.json")).unwrap_err();
    let BodyError::NotAJob { error: Some(body) } = not_a_job else {
        panic!("{not_a_job:?}")
    };
    assert!(body.is_gateway_auth_failure());
}

#[test]
fn heterogeneous_tasks_keep_their_own_flavors() {
    let hetero = fixture("hetero.json");
    let tasks: Vec<_> = hetero.job.tasks().unwrap().iter().collect();
    assert_eq!(tasks.len(), 2);
    let learner = hardware::task_hardware(tasks[0]).unwrap();
    assert_eq!(
        learner.node.accelerators.as_ref().map(|a| a.count),
        Some(2.0)
    );
    let resource = tasks[0].task_resource().unwrap();
    let engines: Vec<String> = serde_json::from_str(resource.support_engines().unwrap()).unwrap();
    assert_eq!(engines, ["PyTorch", "TensorFlow"]);
}

#[test]
fn demo_jobs_are_the_fixtures_byte_for_byte() {
    let fixtures: Vec<String> = json_files(&root().join("tests/fixtures"))
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect();
    let index: Vec<Value> = serde_json::from_str(include_str!("../demo/index.json")).unwrap();
    let mut constructed = 0;
    for entry in &index {
        let id = entry["job_id"].as_str().unwrap();
        let served = std::fs::read_to_string(
            root()
                .join("demo/v2/demo/training-jobs")
                .join(format!("{id}.json")),
        )
        .unwrap_or_else(|_| panic!("demo/index.json lists {id}, which demo/ does not serve"));
        if entry["title"].as_str().unwrap().ends_with("(constructed)") {
            assert!(
                fixtures.contains(&served),
                "demo job {id} has drifted from its fixture"
            );
            constructed += 1;
        }
    }
    assert!(constructed >= 6, "{constructed}");
}

#[test]
fn the_demo_search_file_holds_every_demo_job_as_it_is() {
    // The demo endpoint is a folder of files: its job list is one file a static host serves to the
    // finder page's GET. It must not drift from the jobs it lists.
    let demo = root().join("demo/v2/demo");
    let text = std::fs::read_to_string(demo.join("training-job-searches.json")).unwrap();
    let search: Value = serde_json::from_str(&text).unwrap();
    let items = search["items"].as_array().expect("items");
    let jobs = json_files(&demo.join("training-jobs"));
    assert_eq!(items.len(), jobs.len());
    for path in jobs {
        let job: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(
            items.contains(&job),
            "{} is missing or differs",
            path.display()
        );
    }
}
