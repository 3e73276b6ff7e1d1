//! The values the API reference documents for its enum fields, as types, so the string table can
//! give each its words; a value it does not document is shown as sent.

use crate::insight::facts::Piece;

/// One field's documented values.
pub trait ApiEnum: Copy + 'static {
    const ALL: &'static [Self];

    /// The value as the API sends it.
    fn api_value(self) -> &'static str;

    fn parse(value: &str) -> Option<Self> {
        Self::ALL
            .iter()
            .copied()
            .find(|known| known.api_value() == value)
    }
}

/// Declares the documented values of one field, each with the text the API sends for it.
macro_rules! api_enum {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $value:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($variant,)+
        }

        impl ApiEnum for $name {
            const ALL: &'static [$name] = &[$($name::$variant,)+];

            fn api_value(self) -> &'static str {
                match self {
                    $($name::$variant => $value,)+
                }
            }
        }
    };
}

api_enum! {
    /// How a run attempt started (`running_records[].start_type`).
    StartType {
        InitOrRescheduled = "init_or_rescheduled",
        Restarted = "restarted",
    }
}

api_enum! {
    /// A fault-tolerance action: `end_recover`, `end_recover_before_downgrade` and
    /// `recover_records[].recover`, which alone adds `npu_step_retry`.
    RecoverAction {
        NpuStepRetry = "npu_step_retry",
        NpuProcRestart = "npu_proc_restart",
        GpuProcRestart = "gpu_proc_restart",
        ProcRestart = "proc_restart",
        PodReschedule = "pod_reschedule",
        JobReschedule = "job_reschedule",
        JobRescheduleWithTaint = "job_reschedule_with_taint",
    }
}

api_enum! {
    /// The kind of fault a recovery answered (`recover_records[].fault_scenario`).
    FaultScenario {
        ChipFault = "chip_fault",
        NodeFault = "node_fault",
        JobFailed = "job_failed",
        JobHanged = "job_hanged",
        JobSubhealth = "job_subhealth",
        ErrorInLog = "error_in_log",
    }
}

api_enum! {
    /// How a recovery turned out (`recover_records[].recover_result`).
    RecoverResult {
        Recovering = "recovering",
        Success = "success",
        Failed = "failed",
        Downgrade = "downgrade",
        Terminated = "terminated",
        QuotaExceeded = "quotaExceeded",
    }
}

api_enum! {
    /// When an output is uploaded (`outputs[].mode`); only one value has been seen.
    UploadMode {
        Periodically = "upload_periodically",
    }
}

api_enum! {
    /// How a channel's local directory reaches the code (`access_method`).
    AccessMethod {
        Parameter = "parameter",
        Env = "env",
    }
}

api_enum! {
    /// The kind of visualization log a job writes (`summary.log_type`).
    LogType {
        TensorBoard = "tensorboard",
        MindStudioInsight = "mindstudio-insight",
    }
}

api_enum! {
    /// Which way a searched metric is optimised (`reward_attrs[].mode`).
    RewardMode {
        Max = "max",
        Min = "min",
    }
}

api_enum! {
    /// How a searched hyperparameter varies (`search_params[].param_type`).
    ParamType {
        Continuous = "continuous",
        Discrete = "discrete",
    }
}

api_enum! {
    /// The resource mode (`spec.resource.policy`): `regular` is documented, `economic` seen.
    ResourcePolicy {
        Regular = "regular",
        Economic = "economic",
    }
}

api_enum! {
    /// What tasks must share (`required_affinity.affinity_type`); the SDK alone mentions
    /// `networkTopology`.
    AffinityType {
        Cabinet = "cabinet",
        Hyperinstance = "hyperinstance",
        NetworkTopology = "networkTopology",
    }
}

api_enum! {
    /// A topology limit: `required_affinity.job_level` (cluster, supernode group) and
    /// `affinity_group_level` (supernode, slice, supernode group by default).
    TopologyLevel {
        Cluster = "cluster",
        HyperinstanceGroup = "hyperinstanceGroup",
        Hyperinstance = "hyperinstance",
        Slice = "slice",
    }
}

/// A value of an enum field as people read it: our words, with the value in a tooltip, when the
/// reference documents it; as sent otherwise.
pub fn api_word<E: ApiEnum>(value: &str, words: fn(E) -> &'static str) -> Piece {
    match E::parse(value) {
        Some(known) => Piece::Named {
            words: words(known),
            api: value.to_string(),
        },
        None => Piece::Api(value.to_string()),
    }
}

api_enum! {
    /// The job's type (`kind`): OTC documents `job`, the SDK seven more.
    JobKind {
        Job = "job",
        FederatedPoolJob = "federated_pool_job",
        EdgeJob = "edge_job",
        HeteroJob = "hetero_job",
        MrsJob = "mrs_job",
        AutosearchJob = "autosearch_job",
        DiagJob = "diag_job",
        VisualizationJob = "visualization_job",
    }
}

api_enum! {
    /// Training or fine-tuning (`train_type`, §7).
    TrainType {
        Job = "job",
        FineTuning = "ftjob",
    }
}

api_enum! {
    /// How the job runs (`spec.runtime_type`, §7).
    RuntimeType {
        Production = "production",
        Debug = "debug",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};

    #[test]
    fn a_documented_value_reads_in_words_and_keeps_the_value() {
        assert_eq!(
            api_word("pod_reschedule", EN.recover_action_words),
            Piece::Named {
                words: "pod rescheduling",
                api: "pod_reschedule".into()
            }
        );
        assert_eq!(
            api_word("pod_reschedule", ZH.recover_action_words),
            Piece::Named {
                words: "Pod 重调度",
                api: "pod_reschedule".into()
            }
        );
        assert_eq!(
            api_word("quotaExceeded", ZH.recover_result_words),
            Piece::Named {
                words: "超出配额",
                api: "quotaExceeded".into()
            }
        );
    }

    #[test]
    fn an_undocumented_value_is_shown_as_sent() {
        assert_eq!(
            api_word("node_migrate", EN.recover_action_words),
            Piece::Api("node_migrate".into())
        );
        // Values are matched as sent: the API's case is part of the value.
        assert_eq!(
            api_word("Regular", ZH.resource_policy_words),
            Piece::Api("Regular".into())
        );
    }

    #[test]
    fn every_value_parses_back_to_itself() {
        fn round_trip<E: ApiEnum + PartialEq + std::fmt::Debug>() {
            for &known in E::ALL {
                assert_eq!(E::parse(known.api_value()), Some(known));
            }
        }
        round_trip::<StartType>();
        round_trip::<RecoverAction>();
        round_trip::<FaultScenario>();
        round_trip::<RecoverResult>();
        round_trip::<UploadMode>();
        round_trip::<AccessMethod>();
        round_trip::<LogType>();
        round_trip::<RewardMode>();
        round_trip::<ParamType>();
        round_trip::<ResourcePolicy>();
        round_trip::<AffinityType>();
        round_trip::<TopologyLevel>();
        round_trip::<JobKind>();
        round_trip::<TrainType>();
        round_trip::<RuntimeType>();
    }
}
