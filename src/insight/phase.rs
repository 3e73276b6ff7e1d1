//! Job phases: what each means in words, which are final, and the colour family (CSS class) of each.

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

#[cfg(test)]
mod tests {
    use super::*;

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
