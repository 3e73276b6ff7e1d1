//! Where each task of a job ran: its address, its host's and how often it was scheduled.

use crate::insight::triage::{TaskExit, Triage};
use crate::model::{Scalar, TaskSpec, TrainingJob};
use crate::route::usable_id;

/// One task's addresses, as the API sent them; absent fields are empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaskAddress {
    pub task: String,
    pub ip: String,
    pub host_ip: String,
    pub schedule_count: String,
}

/// Every task's addresses from `status.task_ips`, in the API's order.
pub fn task_addresses(job: &TrainingJob) -> Vec<TaskAddress> {
    let text = |field: Option<&String>| field.cloned().unwrap_or_default();
    job.status()
        .and_then(|status| status.task_ips())
        .map(|ips| {
            ips.iter()
                .map(|ip| TaskAddress {
                    task: text(ip.task()),
                    ip: text(ip.ip()),
                    host_ip: text(ip.host_ip()),
                    schedule_count: ip.schedule_count().map(Scalar::as_text).unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The tasks whose logs and usage can be read, the one to read first first: the first to fail (as
/// running records say), then those the task statuses name (the triage puts failures first), then
/// the rest of `status.tasks`. Only names the job sends: a status without one is shown as
/// "task #1", which no call knows, and a name such as `..` would climb the API's path.
pub fn log_tasks(job: &TrainingJob, triage: &Triage) -> Vec<String> {
    let named: Vec<&str> = job
        .status()
        .and_then(|status| status.task_statuses())
        .map(|statuses| {
            statuses
                .iter()
                .filter_map(|status| status.task().map(String::as_str))
                .collect()
        })
        .unwrap_or_default();
    let mut names: Vec<String> = triage.first_failure.iter().cloned().collect();
    for row in &triage.rows {
        if named.contains(&row.task.as_str()) && !names.contains(&row.task) {
            names.push(row.task.clone());
        }
    }
    let reported: Vec<&str> = names.iter().map(String::as_str).collect();
    let rest = unreported_task_names(job, &reported);
    names.extend(rest);
    names.retain(|name| usable_id(name));
    names
}

/// The tasks whose logs a failed job's page reads at once, for what they show beside the exit
/// codes: the first to fail, then the others that failed, at most `limit`; none for a job that has
/// not failed.
pub fn failed_log_tasks(job: &TrainingJob, triage: &Triage, limit: usize) -> Vec<String> {
    if !triage.job_failed {
        return Vec::new();
    }
    let failed = |task: &String| {
        triage.first_failure.as_ref() == Some(task)
            || triage.rows.iter().any(|row| {
                &row.task == task && row.meaning.as_ref().is_some_and(|meaning| meaning.failed)
            })
    };
    let mut tasks = log_tasks(job, triage);
    tasks.retain(failed);
    tasks.truncate(limit);
    tasks
}

/// The task names of `status.tasks` that no task status names: all of them for a job that
/// reports no statuses, and a task the statuses forgot otherwise.
pub fn unreported_task_names(job: &TrainingJob, reported: &[&str]) -> Vec<String> {
    job.status()
        .and_then(|status| status.tasks())
        .map(|tasks| {
            tasks
                .iter()
                .filter(|task| !reported.contains(&task.as_str()))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// What a heterogeneous task's card says besides its hardware and algorithm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskSetup {
    pub role: String,
    pub flavor_id: Option<String>,
    pub flavor_name: Option<String>,
    pub log_obs_url: Option<String>,
}

/// The role (or `#n`), flavor and log path of the task at `index` of `tasks[]`.
pub fn task_setup(task: &TaskSpec, index: usize) -> TaskSetup {
    let resource = task.task_resource();
    TaskSetup {
        role: task.role_label(index),
        flavor_id: resource.and_then(|r| r.flavor_id()).cloned(),
        flavor_name: resource.and_then(|r| r.flavor_name()).cloned(),
        log_obs_url: task
            .log_export_path()
            .and_then(|log| log.obs_url())
            .cloned(),
    }
}

/// One task's exit and address, for the page that is that task's own: its exit only once it has
/// one (a running task has a row without a code), its IP when sent. `None` when neither is known.
pub fn task_outline(
    job: &TrainingJob,
    triage: Triage,
    task: &str,
) -> Option<(Option<TaskExit>, Option<String>)> {
    let exit = triage
        .rows
        .into_iter()
        .find(|row| row.task == task && row.exit_code_text.is_some());
    let ip = task_addresses(job)
        .into_iter()
        .find(|address| address.task == task)
        .map(|address| address.ip)
        .filter(|ip| !ip.is_empty());
    (exit.is_some() || ip.is_some()).then_some((exit, ip))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_task_to_fail_is_read_first() {
        let job = crate::model::parse_job(
            r#"{"status": {"tasks": ["worker-0", "worker-1", "worker-2", "launcher"],
                "task_statuses": [{"task": "worker-0", "exit_code": 0}, {"task": "worker-1", "exit_code": 143},
                                  {"task": "worker-2", "exit_code": 137}],
                "running_records": [{"end_reason": "exit with 137", "end_related_task": "worker-2"}]}}"#,
        )
        .unwrap()
        .job;
        let triage = crate::insight::triage::triage(&job, crate::i18n::Lang::En);
        assert_eq!(
            log_tasks(&job, &triage),
            ["worker-2", "worker-1", "worker-0", "launcher"]
        );
    }

    #[test]
    fn a_failed_job_reads_the_logs_of_its_failed_tasks_the_first_to_fail_first() {
        let job = |phase: &str| {
            crate::model::parse_job(&format!(
                r#"{{"status": {{"phase": "{phase}", "tasks": ["worker-0", "worker-1", "worker-2"],
                "task_statuses": [{{"task": "worker-0", "exit_code": 0}}, {{"task": "worker-1", "exit_code": 1}},
                                  {{"task": "worker-2", "exit_code": 137}}],
                "running_records": [{{"end_reason": "exit with 137", "end_related_task": "worker-2"}}]}}}}"#
            ))
            .unwrap()
            .job
        };
        let failed = job("Failed");
        let triage = crate::insight::triage::triage(&failed, crate::i18n::Lang::En);
        assert_eq!(
            failed_log_tasks(&failed, &triage, 4),
            ["worker-2", "worker-1"]
        );
        assert_eq!(failed_log_tasks(&failed, &triage, 1), ["worker-2"]);
        let running = job("Running");
        let triage = crate::insight::triage::triage(&running, crate::i18n::Lang::En);
        assert!(failed_log_tasks(&running, &triage, 4).is_empty());
    }

    #[test]
    fn only_the_names_the_job_sends_are_read() {
        let job = crate::model::parse_job(
            r#"{"status": {"tasks": ["..", "worker-1"],
                "task_statuses": [{"exit_code": 137}, {"task": ".", "exit_code": 1}, {"task": "worker-1", "exit_code": 0}]}}"#,
        )
        .unwrap()
        .job;
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Zh] {
            let triage = crate::insight::triage::triage(&job, lang);
            // The first status is shown as "task #1" (任务 #1), which names no task to call.
            assert_eq!(log_tasks(&job, &triage), ["worker-1"]);
        }
    }
    use crate::model::parse_job;

    #[test]
    fn a_task_is_outlined_by_its_exit_once_it_has_one_and_its_ip_when_sent() {
        let job = parse_job(
            r#"{"status": {"tasks": ["worker-0", "worker-1", "worker-2"],
                "task_statuses": [{"task": "worker-0", "exit_code": 137}, {"task": "worker-1"}],
                "task_ips": [{"task": "worker-1", "ip": "10.0.0.3"}, {"task": "worker-2", "ip": ""}]}}"#,
        )
        .unwrap()
        .job;
        let outline = |task: &str| {
            let triage = crate::insight::triage::triage(&job, crate::i18n::Lang::En);
            task_outline(&job, triage, task)
                .map(|(exit, ip)| (exit.and_then(|exit| exit.exit_code_text), ip))
        };
        assert_eq!(outline("worker-0"), Some((Some("137".into()), None)));
        // Still running: no exit yet, only where it runs.
        assert_eq!(outline("worker-1"), Some((None, Some("10.0.0.3".into()))));
        // Neither known, or not a task of the job: nothing to say.
        assert_eq!(outline("worker-2"), None);
        assert_eq!(outline("launcher"), None);
    }

    #[test]
    fn addresses_keep_the_api_order_and_leave_absent_fields_empty() {
        let parsed = parse_job(
            r#"{"status": {"tasks": ["worker-0", "worker-1"], "task_ips": [
                {"task": "worker-0", "ip": "10.0.0.2", "host_ip": "192.168.0.2", "schedule_count": 2},
                {"task": "worker-1", "ip": "10.0.0.3"}]}}"#,
        )
        .expect("a job object");
        assert_eq!(
            task_addresses(&parsed.job),
            [
                TaskAddress {
                    task: "worker-0".into(),
                    ip: "10.0.0.2".into(),
                    host_ip: "192.168.0.2".into(),
                    schedule_count: "2".into(),
                },
                TaskAddress {
                    task: "worker-1".into(),
                    ip: "10.0.0.3".into(),
                    host_ip: String::new(),
                    schedule_count: String::new(),
                },
            ]
        );
        assert_eq!(
            unreported_task_names(&parsed.job, &[]),
            ["worker-0", "worker-1"]
        );
        assert_eq!(
            unreported_task_names(&parsed.job, &["worker-0"]),
            ["worker-1"]
        );
        let empty = parse_job("{}").expect("a job object");
        assert!(
            task_addresses(&empty.job).is_empty()
                && unreported_task_names(&empty.job, &[]).is_empty()
        );
    }
}
