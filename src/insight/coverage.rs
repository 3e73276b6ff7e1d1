//! What the page leaves out of a document, computed rather than assumed: every section's figures
//! are worked out again while the records note which values are read, and each path nobody read
//! is listed, known to the reference or not.
//!
//! The calls below are the ones the section components make, in their order. A component that
//! read a value from the model itself would escape this account, so components take values from
//! `insight` and only hand records on; the browser test `every-field.test.mjs` checks the account
//! against the page's text. Reading is taken for showing: a value read only to decide something
//! (whether a flag is false) counts as shown.

use crate::i18n::{Lang, Strings};
use crate::insight::algorithm::{
    command, engine_facts, environment, fine_tuning_facts, managed_algorithm, source_facts,
};
use crate::insight::autosearch::{auto_search_of, search_plan};
use crate::insight::channels::{borrowed_channels, channel_text};
use crate::insight::hardware::{flavor_summary, job_hardware, task_hardware};
use crate::insight::overview::overview;
use crate::insight::parameters::{check, parameter_row, parameters_of};
use crate::insight::raw::file_name;
use crate::insight::resources::{access, resources_summary};
use crate::insight::status::{attempt_words, recovery_words};
use crate::insight::tasks::{task_addresses, task_setup, unreported_task_names};
use crate::insight::timeline::{running_duration_ms, timeline, Timeline};
use crate::insight::triage::triage;
use crate::model::lenient::{reads_during, unread_paths, JsonPath, Reads, Shape, Unread};
use crate::model::{Algorithm, TrainingJob};
use serde_json::Value;

/// Every path of `job` that no section shows, in document order.
pub fn left_out(job: &TrainingJob, s: &Strings, lang: Lang) -> Vec<Unread> {
    let (timeline, mut reads) = reads_during(|| read_every_section(job, s, lang));
    if let Some(timeline) = timeline {
        carry_attempts(&timeline, job, &mut reads);
    }
    let mut unread = Vec::new();
    unread_paths(
        job.as_object(),
        &TrainingJob::KIND,
        &JsonPath::Root,
        &reads,
        &mut unread,
    );
    unread
}

/// The timeline keeps copies of the running records it was built from: what the status section
/// read of those copies counts for the records they copy.
fn carry_attempts(timeline: &Timeline, job: &TrainingJob, reads: &mut Reads) {
    let Some(records) = job.status().and_then(|status| status.running_records()) else {
        return;
    };
    let records = records.elements();
    for attempt in &timeline.attempts {
        let Some(Value::Object(original)) = records.get(attempt.source) else {
            continue;
        };
        reads.carry(&attempt.record.0, original);
        let recoveries = original.get("recover_records").and_then(Value::as_array);
        for mark in &attempt.recoveries {
            if let Some(Value::Object(recovery)) = recoveries.and_then(|all| all.get(mark.source)) {
                reads.carry(&mark.record.0, recovery);
            }
        }
    }
}

fn read_algorithm(algorithm: &Algorithm, s: &Strings) {
    managed_algorithm(algorithm);
    source_facts(algorithm, s);
    if let Some(engine) = algorithm.engine() {
        engine_facts(engine, s);
    }
    command(algorithm);
    environment(algorithm);
}

/// What the job page computes from a document: overview, status, tasks, algorithm, parameters,
/// inputs and outputs, resources and the raw section's file name. The clock does not change
/// which fields are read, so the document's own times stand in for it.
fn read_every_section(job: &TrainingJob, s: &Strings, lang: Lang) -> Option<Timeline> {
    overview(job, lang);
    let triage = triage(job, lang);
    let timeline = timeline(job, 0, 0);
    for attempt in timeline.iter().flat_map(|timeline| &timeline.attempts) {
        attempt_words(attempt, s);
        for mark in &attempt.recoveries {
            recovery_words(&mark.record, s);
        }
    }
    running_duration_ms(job, 0, 0);

    let reported: Vec<&str> = triage.rows.iter().map(|row| row.task.as_str()).collect();
    unreported_task_names(job, &reported);
    task_addresses(job);
    for (index, task) in job
        .tasks()
        .into_iter()
        .flat_map(|tasks| tasks.iter())
        .enumerate()
    {
        task_setup(task, index);
        task_hardware(task);
        if let Some(resource) = task.task_resource() {
            flavor_summary(resource, s);
        }
        if let Some(algorithm) = task.algorithm() {
            read_algorithm(algorithm, s);
        }
    }

    if let Some(algorithm) = job.algorithm() {
        read_algorithm(algorithm, s);
    }
    if let Some(config) = job.ftjob_config() {
        fine_tuning_facts(config, s);
    }

    for parameter in parameters_of(job) {
        parameter_row(parameter, &check(parameter, s), s, lang.api_code());
    }
    if let Some(auto_search) = auto_search_of(job) {
        search_plan(auto_search, s);
    }

    let channels = borrowed_channels(job);
    let task_channels = channels
        .tasks
        .iter()
        .flat_map(|(_, inputs, outputs)| inputs.iter().chain(outputs));
    for channel in channels
        .inputs
        .iter()
        .chain(&channels.outputs)
        .chain(task_channels)
    {
        channel_text(channel, s);
    }

    resources_summary(job, s);
    job_hardware(job);
    if let Some(endpoints) = job.endpoints() {
        access(endpoints);
    }

    file_name(job);
    timeline
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::EN;
    use crate::model::parse_job;

    fn left_out_of(text: &str) -> Vec<(String, bool)> {
        let job = parse_job(text).unwrap().job;
        left_out(&job, &EN, Lang::En)
            .into_iter()
            .map(|unread| (unread.path, unread.known))
            .collect()
    }

    #[test]
    fn shown_fields_are_not_listed_and_unknown_ones_are() {
        let listed = left_out_of(
            r#"{"metadata": {"name": "n", "id": "i", "nickname": "x"},
                "status": {"phase": "Failed", "running_records": [
                    {"start_at": 1, "end_at": 2, "end_reason": "exit with 137",
                     "recover_records": [{"recover_start_at": 1, "reason": "r"}]}]},
                "algorithm": {"inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "/b/"}}}]},
                "spec": {"resource": {"flavor_id": "f"}},
                "added_later": 1}"#,
        );
        assert_eq!(
            listed,
            [
                ("$.metadata.nickname".to_string(), false),
                ("$.added_later".to_string(), false)
            ]
        );
    }

    #[test]
    fn a_job_with_every_field_of_the_reference_leaves_nothing_out() {
        let text = std::fs::read_to_string("tests/fixtures/every_field.json").unwrap();
        let parsed = parse_job(&text).unwrap();
        assert!(
            parsed.report.warnings.is_empty(),
            "{:?}",
            parsed.report.warnings
        );
        for lang in [Lang::En, Lang::Zh] {
            let listed = left_out(&parsed.job, lang.strings(), lang);
            assert!(listed.is_empty(), "{lang:?} leaves out {listed:#?}");
        }
    }
}
