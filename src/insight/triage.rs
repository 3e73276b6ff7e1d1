//! Failure triage: what an exit code means, which tasks failed alike, and which failed first.

use crate::i18n::Lang;
use crate::insight::order::sort_by_i64_key;
use crate::insight::phase::job_failed;
use crate::insight::secrets::mask_in_text;
use crate::insight::signatures::{exit_code_in, message_signature, Signature};
use crate::model::{Scalar, TrainingJob};

/// What an exit code means, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ExitMeaning {
    pub summary: String,
    /// Whether this code is a failure.
    pub failed: bool,
}

fn signal_name(signal: i64) -> Option<&'static str> {
    Some(match signal {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        4 => "SIGILL",
        5 => "SIGTRAP",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL",
        10 => "SIGUSR1",
        11 => "SIGSEGV",
        12 => "SIGUSR2",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        _ => return None,
    })
}

/// Why a process exited, following shell conventions (128 + N is signal N); the words for each
/// cause are in the string table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCause {
    Succeeded,
    GeneralError,
    UsageError,
    NotExecutable,
    CommandNotFound,
    /// 137: SIGKILL, which on a training node is nearly always the out-of-memory killer.
    OutOfMemory,
    SegmentationFault,
    Terminated,
    Aborted,
    /// Another 128 + N code.
    Signal {
        signal: i64,
        name: Option<&'static str>,
    },
    Status255,
    /// A negative code, usually a signal number reported as `-N`.
    Negative(i64),
    Other(i64),
}

impl ExitCause {
    pub fn of(code: i64) -> ExitCause {
        match code {
            0 => ExitCause::Succeeded,
            1 => ExitCause::GeneralError,
            2 => ExitCause::UsageError,
            126 => ExitCause::NotExecutable,
            127 => ExitCause::CommandNotFound,
            137 => ExitCause::OutOfMemory,
            139 => ExitCause::SegmentationFault,
            143 => ExitCause::Terminated,
            134 => ExitCause::Aborted,
            129..=192 => ExitCause::Signal {
                signal: code - 128,
                name: signal_name(code - 128),
            },
            255 => ExitCause::Status255,
            // Signals run from 1 to 64; a code beyond that (down to i64::MIN, which has no
            // positive counterpart) is no signal.
            -64..=-1 => ExitCause::Negative(code),
            code => ExitCause::Other(code),
        }
    }
}

/// The meaning of a process exit code, in the UI's language.
pub fn exit_meaning(code: i64, lang: Lang) -> ExitMeaning {
    ExitMeaning {
        summary: (lang.strings().exit_meaning)(ExitCause::of(code)),
        failed: code != 0,
    }
}

/// The facts of the triage headline, "3 of 4 workers exited with 137: …".
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExitHeadline<'a> {
    pub failed: usize,
    pub total: usize,
    /// What every task is, when their names share one (`worker` for `worker-0 … worker-3`).
    pub task_kind: Option<&'a str>,
    pub code: i64,
    pub meaning: &'a str,
}

/// The line a person reads first about a failure.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// The task it is about, shown as sent before the words (`worker-2` exited with 127: …).
    pub task: Option<String>,
    pub text: String,
    /// What the failing task's message shows, in words on the page.
    pub evidence: Option<Signature>,
    /// The failed task's log and the line the evidence was read from, when a log showed more
    /// than the message (see [`Triage::headline_with_logs`]).
    pub evidence_in_log: Option<(String, usize)>,
}

/// Tasks that ended the same way.
#[derive(Debug, Clone, PartialEq)]
pub struct ExitGroup {
    /// Absent when the API sent no usable exit code.
    pub exit_code: Option<i64>,
    pub message: String,
    pub tasks: Vec<String>,
}

/// One row of the task table.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskExit {
    pub task: String,
    pub exit_code: Option<i64>,
    pub exit_code_text: Option<String>,
    pub meaning: Option<ExitMeaning>,
    pub message: String,
    /// A known failure its message shows.
    pub found: Option<Signature>,
}

/// The tasks' exits, grouped, with the line a person reads first.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage {
    /// One row a task, failures first (see `triage`).
    pub rows: Vec<TaskExit>,
    /// Largest failing group first, then the others.
    pub groups: Vec<ExitGroup>,
    pub headline: Option<Headline>,
    /// The first task to fail, where running records say so.
    pub first_failure: Option<String>,
    pub total_tasks: usize,
    /// Whether the job itself failed: exit codes then alarm rather than warn.
    pub job_failed: bool,
}

impl Triage {
    /// The headline with the strongest evidence: what a failed task's log shows, when that tells
    /// more than the message did. A headline about one task reads that task's log, one about a
    /// group of tasks only their logs. `logs` are (task, line, signature) in the order they were
    /// read, the first to fail first.
    pub fn headline_with_logs(&self, logs: &[(String, usize, Signature)]) -> Option<Headline> {
        let mut headline = self.headline.clone()?;
        let group = self
            .groups
            .iter()
            .find(|group| group.exit_code.is_some_and(|code| code != 0));
        let about = |task: &String| match &headline.task {
            Some(own) => own == task,
            None => group.is_none_or(|group| group.tasks.contains(task)),
        };
        let strongest = logs
            .iter()
            .filter(|(task, ..)| about(task))
            .min_by_key(|(.., signature)| signature.rank());
        if let Some((task, line, signature)) = strongest {
            if headline
                .evidence
                .as_ref()
                .is_none_or(|shown| signature.rank() < shown.rank())
            {
                headline.evidence = Some(signature.clone());
                headline.evidence_in_log = Some((task.clone(), *line));
            }
        }
        Some(headline)
    }
}

/// `worker` for `worker-0 … worker-3`, nothing when names differ in kind.
fn shared_kind(tasks: &[String]) -> Option<String> {
    let prefix = |task: &String| {
        task.rsplit_once('-')
            .map(|(prefix, _)| prefix.to_string())
            .unwrap_or_default()
    };
    let first = tasks.first().map(prefix).unwrap_or_default();
    if !first.is_empty()
        && first.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && tasks.iter().all(|t| prefix(t) == first)
    {
        Some(first)
    } else {
        None
    }
}

/// Without task statuses, the latest running record that ended in a non-zero exit code
/// (`"end_reason": "exit with 127"`, `"end_related_task": "worker-2"`).
fn record_headline(job: &TrainingJob, lang: Lang) -> Option<Headline> {
    let records = job.status()?.running_records()?;
    records
        .iter()
        .filter_map(|record| {
            let code = record
                .end_reason()
                .and_then(|reason| exit_code_in(reason))
                .filter(|code| *code != 0)?;
            let task = record
                .end_related_task()
                .filter(|task| !task.is_empty())
                .cloned();
            let meaning = exit_meaning(code, lang).summary;
            Some(Headline {
                text: (lang.strings().task_exit_headline)(task.is_some(), code, &meaning),
                task,
                evidence: None,
                evidence_in_log: None,
            })
        })
        .last()
}

/// Reads `status.task_statuses`, `status.tasks` and `status.running_records`.
pub fn triage(job: &TrainingJob, lang: Lang) -> Triage {
    let status = job.status();
    let mut rows: Vec<TaskExit> = status
        .and_then(|status| status.task_statuses())
        .map(|statuses| {
            statuses
                .iter()
                .enumerate()
                .map(|(index, task_status)| {
                    let code = task_status.exit_code();
                    let exit_code = code.and_then(Scalar::as_i64);
                    TaskExit {
                        task: task_status
                            .task()
                            .cloned()
                            .unwrap_or_else(|| (lang.strings().unnamed_task)(index + 1)),
                        exit_code,
                        exit_code_text: code.map(Scalar::as_text),
                        meaning: exit_code.map(|code| exit_meaning(code, lang)),
                        // Masked by the one rule: a message can quote a command line or a URL.
                        message: task_status
                            .message()
                            .map(|message| mask_in_text(message).into_owned())
                            .unwrap_or_default(),
                        found: task_status
                            .message()
                            .and_then(|message| message_signature(&mask_in_text(message))),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    // Failures first, so the rows a table shows before "Show all" never hide one: non-zero exits,
    // then unknown ones, then successes, each in the API's order.
    sort_by_i64_key(&mut rows, |row| match row.exit_code {
        Some(0) => 2,
        None => 1,
        Some(_) => 0,
    });

    let mut groups: Vec<ExitGroup> = Vec::new();
    for row in &rows {
        match groups
            .iter_mut()
            .find(|group| group.exit_code == row.exit_code && group.message == row.message)
        {
            Some(group) => group.tasks.push(row.task.clone()),
            None => groups.push(ExitGroup {
                exit_code: row.exit_code,
                message: row.message.clone(),
                tasks: vec![row.task.clone()],
            }),
        }
    }
    // Failures before successes, larger groups first; the sort is stable, so ties keep task order.
    sort_by_i64_key(&mut groups, |group| {
        let successes_last = if group.exit_code == Some(0) {
            i64::from(u32::MAX)
        } else {
            0
        };
        successes_last - group.tasks.len() as i64
    });

    let task_names: usize = status
        .and_then(|status| status.tasks())
        .map(|tasks| tasks.len())
        .unwrap_or(0);
    let total_tasks = task_names.max(rows.len());
    let all_names: Vec<String> = rows.iter().map(|row| row.task.clone()).collect();
    let task_kind = shared_kind(&all_names);

    let failing_group = groups
        .iter()
        .find(|group| group.exit_code.is_some_and(|code| code != 0));
    let headline = failing_group
        .map(|group| {
            let code = group.exit_code.unwrap_or_default();
            let meaning = exit_meaning(code, lang).summary;
            (lang.strings().exit_headline)(&ExitHeadline {
                failed: group.tasks.len(),
                total: total_tasks,
                task_kind: task_kind.as_deref(),
                code,
                meaning: &meaning,
            })
        })
        .map(|text| Headline {
            task: None,
            text,
            evidence: failing_group.and_then(|group| message_signature(&group.message)),
            evidence_in_log: None,
        })
        .or_else(|| record_headline(job, lang));

    let first_failure = status
        .and_then(|status| status.running_records())
        .and_then(|records| {
            records.iter().find_map(|record| {
                let recovery_task = record.recover_records().and_then(|recoveries| {
                    recoveries
                        .iter()
                        .find_map(|recover| recover.related_task().cloned())
                });
                record
                    .end_related_task()
                    .filter(|task| !task.is_empty())
                    .cloned()
                    .or(recovery_task)
            })
        });

    let job_failed = job_failed(job);
    Triage {
        rows,
        groups,
        headline,
        first_failure,
        total_tasks,
        job_failed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_codes_name_a_signal_only_in_its_range() {
        assert!(exit_meaning(-9, Lang::En).summary.contains("signal 9"));
        for code in [-65, i64::MIN] {
            let meaning = exit_meaning(code, Lang::Zh).summary;
            assert!(!meaning.contains("信号"), "{code}: {meaning}");
        }
    }
    use crate::model::parse_job;
    use serde_json::json;

    #[test]
    fn the_headline_speaks_chinese_too() {
        let job =
            parse_job(r#"{"status": {"task_statuses": [{"task": "worker-0", "exit_code": 137}]}}"#)
                .unwrap()
                .job;
        assert_eq!(
            triage(&job, Lang::Zh)
                .headline
                .map(|headline| headline.text)
                .as_deref(),
            Some("1 个任务中有 1 个以 137 退出：被强制终止（SIGKILL），很可能是内存不足")
        );
    }

    #[test]
    fn without_task_statuses_the_running_record_names_the_exit_and_its_task() {
        // The one real failed example: the cause sits in a running record only.
        let text = std::fs::read_to_string(
            "../shared/examples/otc/otc_show_abnormal_createfailed_running_records.json",
        )
        .unwrap();
        let job = parse_job(&text).unwrap().job;
        let headline = triage(&job, Lang::En).headline.unwrap();
        assert_eq!(headline.task.as_deref(), Some("worker-2"));
        assert_eq!(
            headline.text,
            "exited with 127: the command was not found: check the boot file, the command and PATH"
        );
        let zh = triage(&job, Lang::Zh).headline.unwrap();
        assert!(zh.text.starts_with("以 127 退出："), "{}", zh.text);
        // A record without its task still says what happened; one that ended well says nothing.
        let unnamed = parse_job(r#"{"status": {"running_records": [{"end_reason": "exit with 137"}, {"end_reason": "exit with 0"}]}}"#)
            .unwrap()
            .job;
        let headline = triage(&unnamed, Lang::En).headline.unwrap();
        assert_eq!(headline.task, None);
        assert!(
            headline.text.starts_with("A task exited with 137: killed"),
            "{}",
            headline.text
        );
    }

    #[test]
    fn task_messages_are_masked_before_they_are_shown_or_read() {
        let job = parse_job(
            r#"{"status": {"task_statuses": [{"task": "worker-0", "exit_code": 1,
                "message": "Traceback (most recent call last):\nRuntimeError: cannot connect to postgres://app:s3cret@db/x"}]}}"#,
        )
        .unwrap()
        .job;
        let triage = triage(&job, Lang::En);
        assert!(!triage.rows[0].message.contains("s3cret"));
        assert!(triage.rows[0].found.is_some());
        assert!(!format!("{:?}", triage.rows[0].found).contains("s3cret"));
        assert!(!format!("{:?}", triage.headline).contains("s3cret"));
    }

    #[test]
    fn a_log_that_tells_more_than_the_message_becomes_the_headlines_evidence() {
        use crate::insight::signatures::Device;
        let job = parse_job(
            r#"{"status": {"phase": "Failed", "task_statuses": [
                {"task": "worker-0", "exit_code": 1, "message": ""},
                {"task": "worker-1", "exit_code": 137, "message": "Container killed: out of memory (OOMKilled)"},
                {"task": "worker-2", "exit_code": 137, "message": "Container killed: out of memory (OOMKilled)"}
            ]}}"#,
        )
        .unwrap()
        .job;
        let triage = triage(&job, Lang::En);
        let cuda = Signature::DeviceOutOfMemory(Device::Cuda);
        // The group of 137s: worker-0's log, outside it, does not explain them, however telling.
        let outside = [("worker-0".to_string(), 9, cuda.clone())];
        let kept = triage.headline_with_logs(&outside).unwrap();
        assert_eq!(kept.evidence, Some(Signature::HostOutOfMemory));
        assert_eq!(kept.evidence_in_log, None);
        // A log of the group that tells more than the message replaces it; a weaker one does not.
        let logs = [
            ("worker-1".to_string(), 40, Signature::Killed),
            ("worker-2".to_string(), 206, cuda.clone()),
        ];
        let upgraded = triage.headline_with_logs(&logs).unwrap();
        assert_eq!(upgraded.evidence, Some(cuda));
        assert_eq!(upgraded.evidence_in_log, Some(("worker-2".into(), 206)));
        assert_eq!(
            triage
                .headline_with_logs(&logs[..1])
                .unwrap()
                .evidence_in_log,
            None
        );
        assert_eq!(triage.headline_with_logs(&[]), triage.headline.clone());
    }

    #[test]
    fn the_failing_tasks_message_is_read_for_evidence() {
        let job = parse_job(
            r#"{"status": {"task_statuses": [
                {"task": "worker-0", "exit_code": 1, "message": "Traceback (most recent call last):\n  File \"t.py\", line 1\nModuleNotFoundError: No module named 'apex'"},
                {"task": "worker-1", "exit_code": 0, "message": ""}
            ]}}"#,
        )
        .unwrap()
        .job;
        let triage = triage(&job, Lang::En);
        let module = Signature::ModuleNotFound {
            module: "apex".into(),
        };
        assert_eq!(triage.headline.unwrap().evidence, Some(module.clone()));
        assert_eq!(triage.rows[0].found, Some(module));
        assert_eq!(triage.rows[1].found, None);
    }

    #[test]
    fn exit_codes_are_explained() {
        assert!(!exit_meaning(0, Lang::En).failed);
        assert!(exit_meaning(1, Lang::En).summary.contains("general error"));
        assert!(exit_meaning(2, Lang::En).summary.contains("usage"));
        assert!(exit_meaning(126, Lang::En)
            .summary
            .contains("could not be executed"));
        assert!(exit_meaning(127, Lang::En).summary.contains("not found"));
        assert!(exit_meaning(137, Lang::En)
            .summary
            .contains("out of memory"));
        assert!(exit_meaning(139, Lang::En).summary.contains("SIGSEGV"));
        assert!(exit_meaning(143, Lang::En).summary.contains("SIGTERM"));
        assert_eq!(
            exit_meaning(130, Lang::En).summary,
            "killed by signal 2 (SIGINT)"
        );
        assert_eq!(exit_meaning(159, Lang::En).summary, "killed by signal 31");
        assert!(exit_meaning(42, Lang::En).failed);
    }

    #[test]
    fn tasks_that_failed_alike_are_grouped_and_headlined() {
        let oom = "Container killed: out of memory";
        let job = parse_job(
            &json!({"status": {
                "tasks": ["worker-0", "worker-1", "worker-2", "worker-3"],
                "task_statuses": [
                    {"task": "worker-0", "exit_code": 143, "message": "terminated"},
                    {"task": "worker-1", "exit_code": 137, "message": oom},
                    {"task": "worker-2", "exit_code": "137", "message": oom},
                    {"task": "worker-3", "exit_code": 137, "message": oom}
                ],
                "running_records": [{"end_reason": "exit with 137", "end_related_task": "worker-2"}]
            }})
            .to_string(),
        )
        .unwrap()
        .job;
        let triage = triage(&job, Lang::En);
        assert_eq!(
            triage
                .headline
                .as_ref()
                .map(|headline| headline.text.as_str()),
            Some("3 of 4 workers exited with 137: killed (SIGKILL), most likely out of memory")
        );
        assert_eq!(triage.groups[0].tasks, ["worker-1", "worker-2", "worker-3"]);
        assert_eq!(triage.groups[1].exit_code, Some(143));
        assert_eq!(triage.first_failure.as_deref(), Some("worker-2"));
        assert_eq!(triage.rows[2].exit_code_text.as_deref(), Some("137"));
    }

    #[test]
    fn a_clean_run_has_no_headline_and_mixed_names_are_tasks() {
        let job = parse_job(
            &json!({"status": {"task_statuses": [
                {"task": "learner-0", "exit_code": 0},
                {"task": "actor-0", "exit_code": 0}
            ]}})
            .to_string(),
        )
        .unwrap()
        .job;
        let triage = triage(&job, Lang::En);
        assert_eq!(triage.headline, None);
        assert_eq!(shared_kind(&["learner-0".into(), "actor-0".into()]), None);
        assert_eq!(triage.total_tasks, 2);
    }

    #[test]
    fn failed_tasks_come_first_and_each_kind_keeps_the_api_order() {
        let job = parse_job(
            r#"{"status": {"task_statuses": [
                {"task": "a", "exit_code": 0}, {"task": "b"}, {"task": "c", "exit_code": 1},
                {"task": "d", "exit_code": 0}, {"task": "e", "exit_code": 137}]}}"#,
        )
        .unwrap()
        .job;
        let order: Vec<String> = triage(&job, Lang::En)
            .rows
            .into_iter()
            .map(|row| row.task)
            .collect();
        assert_eq!(order, ["c", "e", "b", "a", "d"]);
    }

    #[test]
    fn a_single_task_is_counted_in_the_singular() {
        let job =
            parse_job(r#"{"status": {"task_statuses": [{"task": "worker-0", "exit_code": 1}]}}"#)
                .unwrap()
                .job;
        assert_eq!(
            triage(&job, Lang::En)
                .headline
                .map(|headline| headline.text)
                .as_deref(),
            Some("1 of 1 worker exited with 1: failed with a general error: read the task's log")
        );
        let unnamed = parse_job(r#"{"status": {"task_statuses": [{"exit_code": 1}]}}"#)
            .unwrap()
            .job;
        assert_eq!(triage(&unnamed, Lang::En).rows[0].task, "task #1");
        assert_eq!(triage(&unnamed, Lang::Zh).rows[0].task, "任务 #1");
    }

    #[test]
    fn no_statuses_means_an_empty_triage() {
        let triage = triage(&parse_job("{}").unwrap().job, Lang::En);
        assert!(triage.rows.is_empty() && triage.groups.is_empty() && triage.headline.is_none());
    }
}
