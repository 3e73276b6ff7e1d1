//! Two runs side by side: what changed from job A to job B, field by field, with the app's one
//! secret rule applied to both sides, and how many compared fields are the same.

use crate::i18n::{FinderStrings, Strings};
use crate::insight::display::{format_duration, join_present};
use crate::insight::hardware::{format_gb, format_number, job_hardware, Hardware};
use crate::insight::phase::Phase;
use crate::insight::secrets::{is_sensitive, mask_in_text, masked_value_text, shown_value, Shown};
use crate::insight::timeline::to_millis;
use crate::insight::vocabulary::{ApiEnum, RewardMode};
use crate::model::{
    value_text, Algorithm, Channel, Engine, List, Resource, Scalar, SchedulePolicy, TrainingJob,
};
use crate::route::Section;
use std::borrow::Cow;
use std::collections::HashMap;

/// How a field differs from job A to job B.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Only job B has it.
    Added,
    /// Only job A has it.
    Removed,
    /// Both have it, with different values.
    Changed,
    /// Both have it alike: shown only when a person unfolds what is the same.
    Same,
}

impl ChangeKind {
    /// Every kind, for the string table's walk.
    pub const ALL: [ChangeKind; 4] = [
        ChangeKind::Added,
        ChangeKind::Removed,
        ChangeKind::Changed,
        ChangeKind::Same,
    ];

    /// The row's modifier class, so colour and marks tell the kinds apart.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Changed => "changed",
            ChangeKind::Same => "same",
        }
    }
}

/// One changed field. A side is `None` where its job lacks the field; a secret side shows the mask
/// (or the value with its secrets masked), so a changed secret shows that it changed, never what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    pub label: String,
    /// Whether the label is a name from the job (a parameter, a variable, a channel, a task), not
    /// our words: the view marks it "do not translate".
    pub named: bool,
    pub a: Option<String>,
    pub b: Option<String>,
    pub kind: ChangeKind,
}

/// The changed fields of one part of the job, under its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffGroup {
    pub title: &'static str,
    pub rows: Vec<DiffRow>,
}

/// What differs between two jobs. Groups without a change are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub groups: Vec<DiffGroup>,
    /// Fields at least one job has and both have alike, folded away as "41 fields the same".
    pub same: usize,
    /// Those fields, by group, for a person who unfolds them.
    pub same_groups: Vec<DiffGroup>,
}

/// One side of a compared field: the value as sent, which decides whether it changed, and, when
/// the secret rule masks any of it, the value as shown.
struct Side {
    sent: String,
    masked: Option<String>,
}

impl Side {
    /// A value whose secrets, if any, are found by their shape: a URL's password, a secret flag.
    fn text(sent: String) -> Side {
        let masked = match mask_in_text(&sent) {
            Cow::Borrowed(_) => None,
            Cow::Owned(masked) => Some(masked),
        };
        Side { sent, masked }
    }

    /// The value of a named setting, masked whole when its name looks secret or the API marks it
    /// sensitive.
    fn named(name: &str, sent: String, sensitive: bool) -> Side {
        let masked = match shown_value(name, &sent, sensitive) {
            Shown::Plain(_) => None,
            Shown::Secret { masked, .. } => Some(masked),
        };
        Side { sent, masked }
    }

    fn shown(self) -> String {
        self.masked.unwrap_or(self.sent)
    }
}

/// Collects rows group by group and counts the fields that are the same.
struct Differ {
    groups: Vec<DiffGroup>,
    rows: Vec<DiffRow>,
    same: usize,
    same_groups: Vec<DiffGroup>,
    same_rows: Vec<DiffRow>,
    /// Whether the fields being compared are named by the job (see [`DiffRow::named`]).
    naming: bool,
}

impl Differ {
    /// Compares one field; a field neither job has is not counted at all.
    fn field(&mut self, label: &str, a: Option<Side>, b: Option<Side>) {
        let kind = match (&a, &b) {
            (None, None) => return,
            (Some(a), Some(b)) if a.sent == b.sent => {
                self.same += 1;
                let shown = b.masked.clone().unwrap_or_else(|| b.sent.clone());
                self.same_rows.push(DiffRow {
                    label: label.to_string(),
                    named: self.naming,
                    a: a.masked.clone().or_else(|| Some(a.sent.clone())),
                    b: Some(shown),
                    kind: ChangeKind::Same,
                });
                return;
            }
            (Some(_), Some(_)) => ChangeKind::Changed,
            (None, Some(_)) => ChangeKind::Added,
            (Some(_), None) => ChangeKind::Removed,
        };
        self.rows.push(DiffRow {
            label: label.to_string(),
            named: self.naming,
            a: a.map(Side::shown),
            b: b.map(Side::shown),
            kind,
        });
    }

    /// A text field, blank counted as absent.
    fn text(&mut self, label: &str, a: Option<&String>, b: Option<&String>) {
        let side = |value: Option<&String>| present(value).map(Side::text);
        self.field(label, side(a), side(b));
    }

    /// Compares entries matched by name (parameters, variables, channels, tasks): A's in A's order,
    /// then those only B has. A name sent twice pairs in order; the spare one is added or removed.
    fn by_name(&mut self, a: Vec<(String, Side)>, b: Vec<(String, Side)>) {
        let partners: Vec<Option<usize>> = {
            let mut first: HashMap<&str, usize> = HashMap::with_capacity(b.len());
            for (at, (name, _)) in b.iter().enumerate().rev() {
                first.insert(name.as_str(), at);
            }
            let mut taken = vec![false; b.len()];
            a.iter()
                .map(|(name, _)| {
                    let at = *first.get(name.as_str())?;
                    let free = !taken[at];
                    taken[at] = true;
                    free.then_some(at)
                })
                .collect()
        };
        let mut b: Vec<Option<(String, Side)>> = b.into_iter().map(Some).collect();
        self.naming = true;
        for ((name, side), partner) in a.into_iter().zip(partners) {
            let other = partner.and_then(|at| b[at].take()).map(|(_, side)| side);
            self.field(&name, Some(side), other);
        }
        for (name, side) in b.into_iter().flatten() {
            self.field(&name, None, Some(side));
        }
        self.naming = false;
    }

    /// Closes the rows so far into a group under `title`, if any changed.
    fn group(&mut self, title: &'static str) {
        for (rows, groups) in [
            (&mut self.rows, &mut self.groups),
            (&mut self.same_rows, &mut self.same_groups),
        ] {
            let rows = std::mem::take(rows);
            if !rows.is_empty() {
                groups.push(DiffGroup { title, rows });
            }
        }
    }
}

fn present(value: Option<&String>) -> Option<String> {
    value.filter(|value| !value.trim().is_empty()).cloned()
}

fn parameters(algorithm: Option<&Algorithm>) -> Vec<(String, Side)> {
    let Some(parameters) = algorithm.and_then(Algorithm::parameters) else {
        return Vec::new();
    };
    parameters
        .iter()
        .map(|parameter| {
            let name = parameter.name().cloned().unwrap_or_default();
            let value = parameter.value().map(Scalar::as_text).unwrap_or_default();
            let sensitive = parameter.constraint().is_some_and(is_sensitive);
            let side = Side::named(&name, value, sensitive);
            (name, side)
        })
        .collect()
}

fn environment(algorithm: Option<&Algorithm>) -> Vec<(String, Side)> {
    let Some(maps) = algorithm.and_then(Algorithm::environments) else {
        return Vec::new();
    };
    maps.iter()
        .flat_map(|map| map.iter())
        .map(|(name, value)| {
            // The map rule, which also masks secret keys inside a value that is an object.
            let (sent, shown) = (value_text(value), masked_value_text(name, value));
            let masked = (shown != sent).then_some(shown);
            (name.clone(), Side { sent, masked })
        })
        .collect()
}

/// Where a channel's data lives: its OBS path, or its dataset (name or id, version, path).
fn location(channel: &Channel) -> String {
    let Some(remote) = channel.remote() else {
        return String::new();
    };
    if let Some(url) = present(remote.obs().and_then(|obs| obs.obs_url())) {
        return url;
    }
    let Some(dataset) = remote.dataset() else {
        return String::new();
    };
    join_present(
        [
            dataset.name().or(dataset.id()),
            dataset.version_id(),
            dataset.obs_url(),
        ],
        " · ",
    )
}

fn channels(list: Option<&List<Channel>>) -> Vec<(String, Side)> {
    let Some(list) = list else {
        return Vec::new();
    };
    list.iter()
        .map(|channel| {
            let name = channel.name().cloned().unwrap_or_default();
            (name, Side::text(location(channel)))
        })
        .collect()
}

/// Each task's exit code, labelled "Exit code (worker-0)"; a task without a name goes by its
/// place, as the task table names it.
fn exit_codes(job: &TrainingJob, s: &Strings) -> Vec<(String, Side)> {
    let Some(statuses) = job.status().and_then(|status| status.task_statuses()) else {
        return Vec::new();
    };
    statuses
        .iter()
        .enumerate()
        .filter_map(|(index, status)| {
            let code = status.exit_code()?.as_text();
            let task = present(status.task()).unwrap_or_else(|| (s.unnamed_task)(index + 1));
            let label = format!("{}{}", s.exit_code, (s.aside)(&task));
            Some((label, Side::text(code)))
        })
        .collect()
}

/// The reward metrics of a search, each with its direction in words: `acc ↑ max, loss ↓ min`.
fn reward_metrics(algorithm: Option<&Algorithm>, s: &Strings) -> Option<String> {
    let search = algorithm?.policies()?.auto_search()?;
    let metrics: Vec<String> = search
        .reward_attrs()?
        .iter()
        .map(|reward| {
            let mode = reward.mode().map_or("", String::as_str);
            let words = RewardMode::parse(mode).map_or(mode, s.reward_mode_words);
            join_present([reward.name().map(String::as_str), Some(words)], " ")
        })
        .collect();
    (!metrics.is_empty()).then(|| metrics.join(", "))
}

fn has_auto_search(algorithm: Option<&Algorithm>) -> bool {
    algorithm
        .and_then(Algorithm::policies)
        .and_then(|policies| policies.auto_search())
        .is_some()
}

/// Time from creation to start, once the job has started.
fn queue_ms(job: &TrainingJob) -> Option<i64> {
    let created = to_millis(job.metadata()?.create_time()?.as_i64()?)?;
    let started = to_millis(job.status()?.start_time()?.as_i64()?)?;
    Some(started - created)
}

fn engine(algorithm: Option<&Algorithm>) -> Option<&Engine> {
    algorithm?.engine()
}

fn resource(job: &TrainingJob) -> Option<&Resource> {
    job.spec()?.resource()
}

fn schedule(job: &TrainingJob) -> Option<&SchedulePolicy> {
    job.spec()?.schedule_policy()
}

fn duration_ms(job: &TrainingJob) -> Option<i64> {
    job.status()?
        .duration()?
        .as_i64()
        .filter(|duration| *duration > 0)
}

/// The image, engine, code directory, boot file and command.
fn code(d: &mut Differ, a: Option<&Algorithm>, b: Option<&Algorithm>, s: &Strings) {
    let (engine_a, engine_b) = (engine(a), engine(b));
    d.text(
        s.image,
        engine_a.and_then(Engine::image_url),
        engine_b.and_then(Engine::image_url),
    );
    let engine_words = |engine: Option<&Engine>| {
        let words = join_present(
            [
                engine.and_then(Engine::engine_name),
                engine.and_then(Engine::engine_version),
            ],
            " · ",
        );
        (!words.is_empty()).then(|| Side::text(words))
    };
    d.field(s.engine, engine_words(engine_a), engine_words(engine_b));
    d.text(
        s.code_dir,
        a.and_then(Algorithm::code_dir),
        b.and_then(Algorithm::code_dir),
    );
    d.text(
        s.boot_file,
        a.and_then(Algorithm::boot_file),
        b.and_then(Algorithm::boot_file),
    );
    d.text(
        s.command,
        a.and_then(Algorithm::command),
        b.and_then(Algorithm::command),
    );
}

/// The flavor, node count and the hardware totals across nodes.
fn resources(d: &mut Differ, a: &TrainingJob, b: &TrainingJob, s: &Strings) {
    let (resource_a, resource_b) = (resource(a), resource(b));
    d.text(
        s.flavor,
        resource_a.and_then(Resource::flavor_id),
        resource_b.and_then(Resource::flavor_id),
    );
    let nodes = |resource: Option<&Resource>| Some(Side::text(resource?.node_count()?.as_text()));
    d.field(s.node_count, nodes(resource_a), nodes(resource_b));
    let (hardware_a, hardware_b) = (job_hardware(a), job_hardware(b));
    let accelerators = |hardware: &Option<Hardware>| {
        let hardware = hardware.as_ref()?;
        let family = hardware.node.accelerators.as_ref()?.family;
        let count = hardware.total_accelerators()?;
        let words = (s.accelerators_of)(family, count);
        Some(Side::text(format!("{} {words}", format_number(count))))
    };
    d.field(
        s.accelerators,
        accelerators(&hardware_a),
        accelerators(&hardware_b),
    );
    let cores = |hardware: &Option<Hardware>| {
        let cores = hardware.as_ref()?.total_cpu_cores()?;
        Some(Side::text(format_number(cores)))
    };
    let cores_label = format!("{} {}", s.cpu, s.cores);
    d.field(&cores_label, cores(&hardware_a), cores(&hardware_b));
    let memory = |hardware: &Option<Hardware>| {
        let memory = hardware.as_ref()?.total_memory_gb()?;
        Some(Side::text(format_gb(memory)))
    };
    d.field(s.memory, memory(&hardware_a), memory(&hardware_b));
}

/// Whether a hyperparameter search is set, and what it optimises.
fn policies(d: &mut Differ, a: Option<&Algorithm>, b: Option<&Algorithm>, s: &Strings) {
    let (search_a, search_b) = (has_auto_search(a), has_auto_search(b));
    // Asked only when one job searches: "no" on both sides is no setting at all.
    if search_a || search_b {
        let yes_no = |flag: bool| Some(Side::text((if flag { s.yes } else { s.no }).to_string()));
        d.field(s.auto_search, yes_no(search_a), yes_no(search_b));
    }
    d.field(
        s.reward_metrics,
        reward_metrics(a, s).map(Side::text),
        reward_metrics(b, s).map(Side::text),
    );
}

/// The priority and whether the job may be preempted.
fn scheduling(d: &mut Differ, a: &TrainingJob, b: &TrainingJob, s: &Strings, f: &FinderStrings) {
    let (schedule_a, schedule_b) = (schedule(a), schedule(b));
    let priority =
        |schedule: Option<&SchedulePolicy>| Some(Side::text(schedule?.priority()?.as_text()));
    d.field(f.priority_label, priority(schedule_a), priority(schedule_b));
    let preemptible = |schedule: Option<&SchedulePolicy>| {
        let words = match schedule?.preemptible()? {
            true => s.preemptible,
            false => s.not_preemptible,
        };
        Some(Side::text(words.to_string()))
    };
    d.field(
        f.preemption,
        preemptible(schedule_a),
        preemptible(schedule_b),
    );
}

/// The phase in words (as sent when undocumented) and each task's exit code.
fn outcome(d: &mut Differ, a: &TrainingJob, b: &TrainingJob, s: &Strings, f: &FinderStrings) {
    let phase = |job: &TrainingJob| {
        let phase = present(job.status().and_then(|status| status.phase()))?;
        let words = Phase::parse(&phase).map_or(phase, |known| (s.phase_name)(known).to_string());
        Some(Side::text(words))
    };
    d.field(f.phase, phase(a), phase(b));
    d.by_name(exit_codes(a, s), exit_codes(b, s));
}

/// Compares job A with job B: parameters, environment, code, resources, data, policies,
/// scheduling, timings and outcome, in that order. Every value passes the secret rule on both
/// sides, and a field counts as changed on the values as sent, so a secret that changed shows as
/// changed with both sides masked.
pub fn compare(a: &TrainingJob, b: &TrainingJob, s: &Strings, f: &FinderStrings) -> Comparison {
    let mut d = Differ {
        groups: Vec::new(),
        rows: Vec::new(),
        same: 0,
        same_groups: Vec::new(),
        same_rows: Vec::new(),
        naming: false,
    };
    let (algorithm_a, algorithm_b) = (a.algorithm(), b.algorithm());

    d.by_name(parameters(algorithm_a), parameters(algorithm_b));
    d.group((s.section_title)(Section::Parameters));
    d.by_name(environment(algorithm_a), environment(algorithm_b));
    d.group(s.environment);
    code(&mut d, algorithm_a, algorithm_b, s);
    d.group(s.code_source);
    resources(&mut d, a, b, s);
    d.group((s.section_title)(Section::Resources));
    let inputs = |algorithm: Option<&Algorithm>| channels(algorithm.and_then(Algorithm::inputs));
    d.by_name(inputs(algorithm_a), inputs(algorithm_b));
    d.group(s.inputs);
    let outputs = |algorithm: Option<&Algorithm>| channels(algorithm.and_then(Algorithm::outputs));
    d.by_name(outputs(algorithm_a), outputs(algorithm_b));
    d.group(s.outputs);
    policies(&mut d, algorithm_a, algorithm_b, s);
    d.group(f.policies);
    scheduling(&mut d, a, b, s, f);
    d.group(s.schedule_policy);
    let took = |ms: Option<i64>| ms.map(|ms| Side::text(format_duration(ms, s)));
    d.field(f.queue_time, took(queue_ms(a)), took(queue_ms(b)));
    d.field(s.duration, took(duration_ms(a)), took(duration_ms(b)));
    d.group(f.timing);
    outcome(&mut d, a, b, s, f);
    d.group(f.outcome);

    Comparison {
        groups: d.groups,
        same: d.same,
        same_groups: d.same_groups,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, FINDER_EN, FINDER_ZH, ZH};
    use crate::insight::secrets::MASK;
    use crate::model::{job_from_value, parse_job};
    use serde_json::{json, Value};

    /// A row whose label is a name from the job.
    fn name_row(label: &str, a: Option<&str>, b: Option<&str>, kind: ChangeKind) -> DiffRow {
        DiffRow {
            named: true,
            ..row(label, a, b, kind)
        }
    }

    fn job(document: Value) -> TrainingJob {
        job_from_value(document).expect("a job").job
    }

    fn row(label: &str, a: Option<&str>, b: Option<&str>, kind: ChangeKind) -> DiffRow {
        DiffRow {
            label: label.into(),
            named: false,
            a: a.map(String::from),
            b: b.map(String::from),
            kind,
        }
    }

    fn parameter(name: &str, value: &str) -> Value {
        json!({"name": name, "value": value})
    }

    #[test]
    fn parameters_are_added_removed_and_changed_by_name() {
        let a = job(json!({"algorithm": {"parameters": [
            parameter("lr", "0.1"), parameter("epochs", "3"), parameter("seed", "7")
        ]}}));
        let b = job(json!({"algorithm": {"parameters": [
            parameter("seed", "7"), parameter("batch", "64"), parameter("lr", "0.01")
        ]}}));
        let comparison = compare(&a, &b, &EN, &FINDER_EN);
        assert_eq!(
            comparison.groups,
            [DiffGroup {
                title: "Parameters",
                rows: vec![
                    name_row("lr", Some("0.1"), Some("0.01"), ChangeKind::Changed),
                    name_row("epochs", Some("3"), None, ChangeKind::Removed),
                    name_row("batch", None, Some("64"), ChangeKind::Added),
                ],
            }]
        );
        assert_eq!(comparison.same, 1, "seed");
    }

    #[test]
    fn a_changed_secret_shows_that_it_changed_and_neither_value() {
        let a = job(json!({"algorithm": {
            "environments": [{"HF_TOKEN": "hf_old", "DB": "mysql://u:pw1@h/db", "STEPS": "9"}],
            "parameters": [{"name": "opaque", "value": "v1", "constraint": {"sensitive": true}}],
            "command": "python a.py --password hunter1"
        }}));
        let b = job(json!({"algorithm": {
            "environments": [{"HF_TOKEN": "hf_new", "DB": "mysql://u:pw2@h/db", "STEPS": "9",
                "API_KEY": "k"}],
            "parameters": [{"name": "opaque", "value": "v2", "constraint": {"sensitive": "true"}}],
            "command": "python a.py --password hunter2"
        }}));
        let comparison = compare(&a, &b, &EN, &FINDER_EN);
        let masked_db = format!("mysql://u:{MASK}@h/db");
        assert_eq!(
            comparison.groups,
            [
                DiffGroup {
                    title: "Parameters",
                    rows: vec![name_row(
                        "opaque",
                        Some(MASK),
                        Some(MASK),
                        ChangeKind::Changed
                    )],
                },
                DiffGroup {
                    title: "Environment variables",
                    rows: vec![
                        name_row("HF_TOKEN", Some(MASK), Some(MASK), ChangeKind::Changed),
                        name_row(
                            "DB",
                            Some(&masked_db),
                            Some(&masked_db),
                            ChangeKind::Changed
                        ),
                        name_row("API_KEY", None, Some(MASK), ChangeKind::Added),
                    ],
                },
                DiffGroup {
                    title: "Code source",
                    rows: vec![row(
                        "Command",
                        Some(&format!("python a.py --password {MASK}")),
                        Some(&format!("python a.py --password {MASK}")),
                        ChangeKind::Changed
                    )],
                },
            ]
        );
        assert_eq!(comparison.same, 1, "STEPS");
        let text = format!("{comparison:?}");
        for secret in [
            "hf_old", "hf_new", "pw1", "pw2", "v1", "v2", "hunter", "\"k\"",
        ] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }

    #[test]
    fn identical_jobs_differ_in_nothing_and_count_what_is_the_same() {
        let body = include_str!("../../tests/fixtures/every_field.json");
        let job = parse_job(body).expect("a job").job;
        let comparison = compare(&job, &job.clone(), &EN, &FINDER_EN);
        assert_eq!(comparison.groups, []);
        // 3 parameters, 4 variables; image, engine, code directory, boot file, command; flavor,
        // nodes, accelerators, CPU cores, memory; 2 inputs, 1 output; search, reward metrics;
        // priority, preemption; queue time, duration; phase, 2 exit codes.
        assert_eq!(comparison.same, 3 + 4 + 5 + 5 + 3 + 2 + 2 + 2 + 3);
        // Unfolding shows each of them once, secrets masked as everywhere.
        let same_rows: Vec<&DiffRow> = comparison
            .same_groups
            .iter()
            .flat_map(|group| &group.rows)
            .collect();
        assert_eq!(same_rows.len(), comparison.same);
        assert!(same_rows
            .iter()
            .all(|row| row.kind == ChangeKind::Same && row.a == row.b));
        assert!(!format!("{same_rows:?}").contains("ef-secret-"));
    }

    /// Two jobs that differ in each group's fields but the parameters and environment.
    fn pair() -> (TrainingJob, TrainingJob) {
        let a = job(json!({
            "metadata": {"create_time": 1_700_000_000_000_i64},
            "status": {"phase": "Completed", "start_time": 1_700_000_060_000_i64,
                "duration": 268_000, "task_statuses": [
                    {"task": "worker-0", "exit_code": 0}, {"exit_code": 0}]},
            "algorithm": {
                "code_dir": "obs://b/v1/", "boot_file": "train.py",
                "engine": {"engine_name": "PyTorch", "engine_version": "1.8"},
                "inputs": [{"name": "data_url", "remote": {"obs": {"obs_url": "obs://b/data/"}}}],
                "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "obs://b/out/"}}}],
                "policies": {"auto_search": {"reward_attrs": [{"name": "acc", "mode": "max"}]}}
            },
            "spec": {
                "resource": {"flavor_id": "gpu.1", "node_count": 1, "flavor_detail": {"flavor_info": {
                    "cpu": {"core_num": 8}, "gpu": {"unit_num": 1},
                    "memory": {"size": 64, "unit": "GB"}}}},
                "schedule_policy": {"priority": 1, "preemptible": false}
            }
        }));
        let b = job(json!({
            "metadata": {"create_time": 1_700_000_000_000_i64},
            "status": {"phase": "Failed", "start_time": 1_700_003_600_000_i64,
                "duration": 7_380_000, "task_statuses": [
                    {"task": "worker-0", "exit_code": 137}, {"exit_code": 0}]},
            "algorithm": {
                "code_dir": "obs://b/v2/", "boot_file": "train.py",
                "engine": {"engine_name": "PyTorch", "engine_version": "2.1",
                    "image_url": "swr/org/img:1"},
                "inputs": [{"name": "data_url", "remote": {"dataset": {
                    "id": "ds-1", "version_id": "v3"}}}],
                "outputs": [{"name": "train_url", "remote": {"obs": {"obs_url": "obs://b/out/"}}}]
            },
            "spec": {
                "resource": {"flavor_id": "gpu.8", "node_count": 2, "flavor_detail": {"flavor_info": {
                    "cpu": {"core_num": 8}, "gpu": {"unit_num": 8},
                    "memory": {"size": 64, "unit": "GB"}}}},
                "schedule_policy": {"priority": 3, "preemptible": true}
            }
        }));
        (a, b)
    }

    #[test]
    fn every_group_shows_its_changes_in_words() {
        let (a, b) = pair();
        let comparison = compare(&a, &b, &EN, &FINDER_EN);
        let changed = ChangeKind::Changed;
        assert_eq!(
            comparison.groups,
            [
                DiffGroup {
                    title: "Code source",
                    rows: vec![
                        row(
                            "Custom image",
                            None,
                            Some("swr/org/img:1"),
                            ChangeKind::Added
                        ),
                        row(
                            "Engine",
                            Some("PyTorch · 1.8"),
                            Some("PyTorch · 2.1"),
                            changed
                        ),
                        row(
                            "Code directory",
                            Some("obs://b/v1/"),
                            Some("obs://b/v2/"),
                            changed
                        ),
                    ],
                },
                DiffGroup {
                    title: "Resources",
                    rows: vec![
                        row("Flavor", Some("gpu.1"), Some("gpu.8"), changed),
                        row("Nodes", Some("1"), Some("2"), changed),
                        row("Accelerators", Some("1 GPU"), Some("16 GPUs"), changed),
                        row("CPU cores", Some("8"), Some("16"), changed),
                        row("Memory", Some("64 GB"), Some("128 GB"), changed),
                    ],
                },
                DiffGroup {
                    title: "Inputs",
                    rows: vec![name_row(
                        "data_url",
                        Some("obs://b/data/"),
                        Some("ds-1 · v3"),
                        changed
                    )],
                },
                DiffGroup {
                    title: "Policies",
                    rows: vec![
                        row("Hyperparameter search", Some("yes"), Some("no"), changed),
                        row(
                            "Reward metrics",
                            Some("acc ↑ max"),
                            None,
                            ChangeKind::Removed
                        ),
                    ],
                },
                DiffGroup {
                    title: "Scheduling",
                    rows: vec![
                        row("Priority", Some("1"), Some("3"), changed),
                        row(
                            "Preemption",
                            Some("not preemptible"),
                            Some("preemptible"),
                            changed
                        ),
                    ],
                },
                DiffGroup {
                    title: "Timing",
                    rows: vec![
                        row(
                            "Queue time",
                            Some("1 min 00 s"),
                            Some("1 h 00 min"),
                            changed
                        ),
                        row("Duration", Some("4 min 28 s"), Some("2 h 03 min"), changed),
                    ],
                },
                DiffGroup {
                    title: "Outcome",
                    rows: vec![
                        row("Phase", Some("Completed"), Some("Failed"), changed),
                        name_row("Exit code (worker-0)", Some("0"), Some("137"), changed),
                    ],
                },
            ]
        );
        // Boot file, output train_url and the unnamed task's exit code.
        assert_eq!(comparison.same, 3);
    }

    #[test]
    fn chinese_rows_use_the_chinese_table() {
        let (a, b) = pair();
        let comparison = compare(&a, &b, &ZH, &FINDER_ZH);
        let outcome = comparison.groups.last().expect("an outcome group");
        assert_eq!(outcome.title, "结果");
        assert_eq!(
            outcome.rows,
            [
                row(
                    "状态",
                    Some("已完成"),
                    Some("运行失败"),
                    ChangeKind::Changed
                ),
                name_row(
                    "退出码（worker-0）",
                    Some("0"),
                    Some("137"),
                    ChangeKind::Changed
                ),
            ]
        );
    }

    /// A job with 500 parameters and 512 tasks, as the budget names.
    fn huge(changed_every: usize, phase: &str) -> TrainingJob {
        let parameters: Vec<Value> = (0..500)
            .map(|index| {
                let value = if changed_every > 0 && index % changed_every == 0 {
                    index + 1
                } else {
                    index
                };
                parameter(&format!("param_{index}"), &value.to_string())
            })
            .collect();
        let statuses: Vec<Value> = (0..512)
            .map(|index| {
                let code = if changed_every > 0 && index % changed_every == 0 {
                    137
                } else {
                    0
                };
                json!({"task": format!("worker-{index}"), "exit_code": code})
            })
            .collect();
        job(json!({
            "status": {"phase": phase, "task_statuses": statuses},
            "algorithm": {"parameters": parameters}
        }))
    }

    #[test]
    fn two_huge_jobs_compare_to_the_right_number_of_rows() {
        let (a, b) = (huge(0, "Completed"), huge(4, "Failed"));
        let comparison = compare(&a, &b, &EN, &FINDER_EN);
        let rows: Vec<usize> = comparison
            .groups
            .iter()
            .map(|group| group.rows.len())
            .collect();
        // Every 4th of 500 parameters and of 512 exit codes changed, and the phase.
        assert_eq!(rows, [125, 128 + 1]);
        assert_eq!(comparison.same, 375 + 384);
    }
}
