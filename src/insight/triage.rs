//! Failure triage: what an exit code means, which tasks failed alike, and which failed first.

use crate::i18n::Lang;
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

/// The meaning of a process exit code, following shell conventions (128 + N is signal N).
pub fn exit_meaning(code: i64, lang: Lang) -> ExitMeaning {
    let fixed = |en: &str, zh: &str| match lang {
        Lang::En => en.to_string(),
        Lang::Zh => zh.to_string(),
    };
    let summary = match code {
        0 => fixed("succeeded", "成功"),
        1 => fixed(
            "failed with a general error: read the task's log",
            "一般错误：请查看任务日志",
        ),
        2 => fixed(
            "failed on a usage error: a wrong argument or shell misuse",
            "用法错误：参数错误或 shell 误用",
        ),
        126 => fixed(
            "the command was found but could not be executed (permissions or not a binary)",
            "找到命令但无法执行（权限问题或不是可执行文件）",
        ),
        127 => fixed(
            "the command was not found: check the boot file, the command and PATH",
            "找不到命令：请检查启动文件、启动命令和 PATH",
        ),
        137 => fixed(
            "killed (SIGKILL), most likely out of memory",
            "被强制终止（SIGKILL），很可能是内存不足",
        ),
        139 => fixed(
            "crashed with a segmentation fault (SIGSEGV)",
            "段错误崩溃（SIGSEGV）",
        ),
        143 => fixed(
            "terminated (SIGTERM), usually stopped by the platform, a user or a failing peer",
            "被终止（SIGTERM），通常由平台、用户或失败的其他任务触发",
        ),
        134 => fixed(
            "aborted (SIGABRT), often a failed assertion or a native library error",
            "异常中止（SIGABRT），常见于断言失败或原生库错误",
        ),
        129..=192 => {
            let signal = code - 128;
            let name = signal_name(signal)
                .map(|name| format!(" ({name})"))
                .unwrap_or_default();
            match lang {
                Lang::En => format!("killed by signal {signal}{name}"),
                Lang::Zh => format!("被信号 {signal}{name} 终止"),
            }
        }
        255 => fixed(
            "exited with status 255 (often -1 from the program, or an SSH failure)",
            "以 255 退出（通常是程序返回 -1 或 SSH 失败）",
        ),
        code if code < 0 => match lang {
            Lang::En => format!(
                "exited with {code}, which usually means it was killed by signal {}",
                -code
            ),
            Lang::Zh => format!("以 {code} 退出，通常表示被信号 {} 终止", -code),
        },
        _ => match lang {
            Lang::En => format!("failed with exit code {code}: read the task's log"),
            Lang::Zh => format!("以退出码 {code} 失败：请查看任务日志"),
        },
    };
    ExitMeaning {
        summary,
        failed: code != 0,
    }
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
}

/// The tasks' exits, grouped, with the line a person reads first.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage {
    pub rows: Vec<TaskExit>,
    /// Largest failing group first, then the others.
    pub groups: Vec<ExitGroup>,
    pub headline: Option<String>,
    /// The first task to fail, where running records say so.
    pub first_failure: Option<String>,
    pub total_tasks: usize,
}

/// `workers` for `worker-0 … worker-3`, `tasks` when names differ in kind.
fn noun_for(tasks: &[String]) -> String {
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
        format!("{first}s")
    } else {
        "tasks".to_string()
    }
}

/// Reads `status.task_statuses`, `status.tasks` and `status.running_records`.
pub fn triage(job: &TrainingJob, lang: Lang) -> Triage {
    let status = job.status();
    let rows: Vec<TaskExit> = status
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
                            .unwrap_or_else(|| format!("task #{}", index + 1)),
                        exit_code,
                        exit_code_text: code.map(Scalar::as_text),
                        meaning: exit_code.map(|code| exit_meaning(code, lang)),
                        message: task_status.message().cloned().unwrap_or_default(),
                    }
                })
                .collect()
        })
        .unwrap_or_default();

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
    groups.sort_by_key(|group| {
        (
            group.exit_code == Some(0),
            std::cmp::Reverse(group.tasks.len()),
        )
    });

    let task_names: usize = status
        .and_then(|status| status.tasks())
        .map(|tasks| tasks.len())
        .unwrap_or(0);
    let total_tasks = task_names.max(rows.len());
    let all_names: Vec<String> = rows.iter().map(|row| row.task.clone()).collect();

    let headline = groups
        .iter()
        .find(|group| group.exit_code.is_some_and(|code| code != 0))
        .map(|group| {
            let code = group.exit_code.unwrap_or_default();
            let meaning = exit_meaning(code, lang).summary;
            match lang {
                Lang::En => format!(
                    "{} of {} {} exited with {code}: {meaning}",
                    group.tasks.len(),
                    total_tasks,
                    noun_for(&all_names)
                ),
                Lang::Zh => format!(
                    "{} 个任务中有 {} 个以 {code} 退出：{meaning}",
                    total_tasks,
                    group.tasks.len()
                ),
            }
        });

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

    Triage {
        rows,
        groups,
        headline,
        first_failure,
        total_tasks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_job;
    use serde_json::json;

    #[test]
    fn the_headline_speaks_chinese_too() {
        let job =
            parse_job(r#"{"status": {"task_statuses": [{"task": "worker-0", "exit_code": 137}]}}"#)
                .unwrap()
                .job;
        assert_eq!(
            triage(&job, Lang::Zh).headline.as_deref(),
            Some("1 个任务中有 1 个以 137 退出：被强制终止（SIGKILL），很可能是内存不足")
        );
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
            triage.headline.as_deref(),
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
        assert_eq!(noun_for(&["learner-0".into(), "actor-0".into()]), "tasks");
        assert_eq!(triage.total_tasks, 2);
    }

    #[test]
    fn no_statuses_means_an_empty_triage() {
        let triage = triage(&parse_job("{}").unwrap().job, Lang::En);
        assert!(triage.rows.is_empty() && triage.groups.is_empty() && triage.headline.is_none());
    }
}
