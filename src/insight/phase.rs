//! Job phases: what each means in words, which are final, and the colour family (CSS class) of each.

use crate::i18n::Lang;
use crate::model::TrainingJob;

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
}

/// Whether `job` failed (its phase is Failed or Abnormal): only then does its overview say why,
/// and only then is the triage behind that worked out before the first paint.
pub fn job_failed(job: &TrainingJob) -> bool {
    job.status()
        .and_then(|status| status.phase())
        .is_some_and(|phase| PhaseCategory::of(phase) == PhaseCategory::Failed)
}

/// Whether a job in this phase can still change; only then is it worth polling.
pub fn is_terminal(phase: &str) -> bool {
    matches!(phase, "Completed" | "Failed" | "Terminated" | "Abnormal")
}

/// A phase the API reference documents; anything else is shown as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Creating,
    Pending,
    Running,
    Completed,
    Failed,
    Terminating,
    Terminated,
    Abnormal,
}

impl Phase {
    pub const ALL: [Phase; 8] = [
        Phase::Creating,
        Phase::Pending,
        Phase::Running,
        Phase::Completed,
        Phase::Failed,
        Phase::Terminating,
        Phase::Terminated,
        Phase::Abnormal,
    ];

    /// The value `status.phase` carries.
    pub fn api_value(self) -> &'static str {
        match self {
            Phase::Creating => "Creating",
            Phase::Pending => "Pending",
            Phase::Running => "Running",
            Phase::Completed => "Completed",
            Phase::Failed => "Failed",
            Phase::Terminating => "Terminating",
            Phase::Terminated => "Terminated",
            Phase::Abnormal => "Abnormal",
        }
    }

    pub fn parse(api_value: &str) -> Option<Phase> {
        Phase::ALL
            .into_iter()
            .find(|phase| phase.api_value() == api_value)
    }
}

/// A phase as people read it: the documented ones in the UI's language, others as the API sent them.
pub fn phase_label(phase: &str, lang: Lang) -> String {
    match Phase::parse(phase) {
        Some(documented) => (lang.strings().phase_name)(documented).to_string(),
        None => phase.to_string(),
    }
}

/// What a phase means, in a sentence.
pub fn phase_meaning(phase: &str, lang: Lang) -> &'static str {
    (lang.strings().phase_meaning)(Phase::parse(phase))
}

/// The annotation keys whose meaning the table explains.
pub const ANNOTATION_KEYS: [&str; 8] = [
    "job_template",
    "fault-tolerance/job-retry-num",
    "fault-tolerance/job-unconditional-retry",
    "fault-tolerance/hang-retry",
    "jupyter-lab/enable",
    "tensorboard/enable",
    "mindstudio-insight/enable",
    "key_task",
];

/// What a known annotation key switches on; fault-tolerance keys matter most on failed jobs.
pub fn annotation_meaning(key: &str, lang: Lang) -> Option<&'static str> {
    (lang.strings().annotation_meaning)(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_failed_or_abnormal_phase_is_a_failure_to_explain() {
        let failed_in =
            |body: &str| job_failed(&crate::model::parse_job(body).expect("a job object").job);
        assert!(failed_in(r#"{"status": {"phase": "Failed"}}"#));
        assert!(failed_in(r#"{"status": {"phase": "Abnormal"}}"#));
        for body in [
            r#"{"status": {"phase": "Completed"}}"#,
            r#"{"status": {"phase": "Terminated"}}"#,
            r#"{"status": {"phase": "failed"}}"#,
            r#"{"status": {"phase": 3}}"#,
            r#"{"status": {}}"#,
            "{}",
        ] {
            assert!(!failed_in(body), "{body}");
        }
    }

    #[test]
    fn phases_and_fault_tolerance_keys_are_explained() {
        assert!(phase_meaning("Failed", Lang::En).contains("exit codes"));
        assert!(phase_meaning("Hibernating", Lang::En).contains("not documented"));
        assert_eq!(
            annotation_meaning("fault-tolerance/hang-retry", Lang::En),
            Some("restart when the job hangs")
        );
        assert_eq!(annotation_meaning("team", Lang::Zh), None);
        assert_eq!(phase_label("Running", Lang::Zh), "运行中");
        assert_eq!(phase_label("Hibernating", Lang::Zh), "Hibernating");
    }

    #[test]
    fn every_documented_phase_round_trips_and_has_its_own_meaning() {
        for phase in Phase::ALL {
            assert_eq!(Phase::parse(phase.api_value()), Some(phase));
        }
        for lang in [Lang::En, Lang::Zh] {
            // Each documented phase, and an undocumented one, means something different.
            let meanings: std::collections::HashSet<_> = Phase::ALL
                .iter()
                .map(|phase| phase_meaning(phase.api_value(), lang))
                .chain([phase_meaning("Hibernating", lang)])
                .collect();
            assert_eq!(meanings.len(), Phase::ALL.len() + 1, "{lang:?}");
        }
    }

    #[test]
    fn both_languages_know_the_same_annotation_keys() {
        for key in ANNOTATION_KEYS {
            assert!(annotation_meaning(key, Lang::En).is_some(), "{key}");
            assert!(annotation_meaning(key, Lang::Zh).is_some(), "{key}");
        }
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
