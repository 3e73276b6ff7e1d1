//! Job phases: what each means in words, which are final, and the colour family (CSS class) of each.

use crate::i18n::Lang;

/// The family a phase belongs to; `as_str()` is the CSS class suffix (`badge--failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhaseCategory {
    Active,
    Succeeded,
    Failed,
    Stopped,
    Unknown,
}

impl PhaseCategory {
    pub fn of(phase: &str) -> PhaseCategory {
        match phase {
            "Creating" | "Pending" | "Running" | "Terminating" => PhaseCategory::Active,
            "Completed" => PhaseCategory::Succeeded,
            "Failed" | "Abnormal" => PhaseCategory::Failed,
            "Terminated" => PhaseCategory::Stopped,
            _ => PhaseCategory::Unknown,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PhaseCategory::Active => "active",
            PhaseCategory::Succeeded => "succeeded",
            PhaseCategory::Failed => "failed",
            PhaseCategory::Stopped => "stopped",
            PhaseCategory::Unknown => "unknown",
        }
    }

    /// A symbol that goes with the colour, so colour is never the only signal.
    pub fn icon(self) -> &'static str {
        match self {
            PhaseCategory::Active => "◔",
            PhaseCategory::Succeeded => "✓",
            PhaseCategory::Failed => "✕",
            PhaseCategory::Stopped => "■",
            PhaseCategory::Unknown => "?",
        }
    }
}

/// Whether a job in this phase can still change; only then is it worth polling.
pub fn is_terminal(phase: &str) -> bool {
    matches!(phase, "Completed" | "Failed" | "Terminated" | "Abnormal")
}

/// What a phase means, in a sentence.
pub fn phase_meaning(phase: &str, lang: Lang) -> &'static str {
    let (en, zh) = match phase {
        "Creating" => (
            "ModelArts is creating the job's resources.",
            "正在创建作业资源。",
        ),
        "Pending" => (
            "The job is queued, waiting for resources.",
            "作业正在排队等待资源。",
        ),
        "Running" => ("The job is running on its nodes.", "作业正在节点上运行。"),
        "Completed" => ("The job finished successfully.", "作业已成功完成。"),
        "Failed" => (
            "The job failed: see the tasks' exit codes below.",
            "作业失败：请查看下方任务退出码。",
        ),
        "Terminating" => ("The job is being stopped.", "作业正在停止。"),
        "Terminated" => (
            "The job was stopped before it finished.",
            "作业在完成前被停止。",
        ),
        "Abnormal" => (
            "The job is in an abnormal state; it could not be created or run.",
            "作业状态异常，无法创建或运行。",
        ),
        _ => (
            "This phase is not documented; it is shown as the API sent it.",
            "该状态未在文档中说明，按接口返回原样显示。",
        ),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// What a known annotation key switches on; fault-tolerance keys matter most on failed jobs.
pub fn annotation_meaning(key: &str, lang: Lang) -> Option<&'static str> {
    let (en, zh) = match key {
        "job_template" => ("job template", "作业模板"),
        "fault-tolerance/job-retry-num" => {
            ("automatic retries after a fault", "故障后自动重试次数")
        }
        "fault-tolerance/job-unconditional-retry" => {
            ("restart whatever the failure cause", "无条件重启")
        }
        "fault-tolerance/hang-retry" => ("restart when the job hangs", "作业卡死时重启"),
        "jupyter-lab/enable" => ("JupyterLab enabled", "已启用 JupyterLab"),
        "tensorboard/enable" => ("TensorBoard enabled", "已启用 TensorBoard"),
        "mindstudio-insight/enable" => ("MindStudio Insight enabled", "已启用 MindStudio Insight"),
        "key_task" => (
            "the key task, whose exit decides the job's outcome (undocumented)",
            "决定作业结果的关键任务（未在文档中说明）",
        ),
        _ => return None,
    };
    Some(match lang {
        Lang::En => en,
        Lang::Zh => zh,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phases_and_fault_tolerance_keys_are_explained() {
        assert!(phase_meaning("Failed", Lang::En).contains("exit codes"));
        assert!(phase_meaning("Hibernating", Lang::En).contains("not documented"));
        assert_eq!(
            annotation_meaning("fault-tolerance/hang-retry", Lang::En),
            Some("restart when the job hangs")
        );
        assert_eq!(annotation_meaning("team", Lang::Zh), None);
    }

    #[test]
    fn every_documented_phase_has_a_family_and_unknown_ones_stay_unknown() {
        let cases = [
            ("Creating", PhaseCategory::Active),
            ("Pending", PhaseCategory::Active),
            ("Running", PhaseCategory::Active),
            ("Terminating", PhaseCategory::Active),
            ("Completed", PhaseCategory::Succeeded),
            ("Failed", PhaseCategory::Failed),
            ("Abnormal", PhaseCategory::Failed),
            ("Terminated", PhaseCategory::Stopped),
            ("Hibernating", PhaseCategory::Unknown),
        ];
        for (phase, category) in cases {
            assert_eq!(PhaseCategory::of(phase), category, "{phase}");
        }
        assert_eq!(PhaseCategory::Failed.as_str(), "failed");
    }

    #[test]
    fn only_final_phases_are_terminal() {
        for phase in ["Completed", "Failed", "Terminated", "Abnormal"] {
            assert!(is_terminal(phase));
        }
        for phase in ["Creating", "Pending", "Running", "Terminating", "Whatever"] {
            assert!(!is_terminal(phase));
        }
    }
}
