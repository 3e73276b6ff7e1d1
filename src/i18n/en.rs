//! The English table.

use super::{push_after, Advice, FinderStrings, Strings};
use crate::config::{ConfigError, ConfigWarning};
use crate::insight::compare::ChangeKind;
use crate::insight::errors::Problem;
use crate::insight::events::Severity;
use crate::insight::facts::Piece;
use crate::insight::hardware::{format_number, AcceleratorFamily};
use crate::insight::job_list::SortKey;
use crate::insight::metrics::MetricKind;
use crate::insight::phase::Phase;
use crate::insight::signatures::{Collective, Device, Signature};
use crate::insight::stages::StageKind;
use crate::insight::status::RecoveryParts;
use crate::insight::triage::{ExitCause, ExitHeadline};
use crate::insight::vocabulary::{
    AccessMethod, AffinityType, FaultScenario, JobKind, LogType, ParamType, RecoverAction,
    RecoverResult, ResourcePolicy, RewardMode, RuntimeType, StartType, TopologyLevel, TrainType,
    UploadMode,
};
use crate::model::lenient::parse_decimal;
use crate::model::BodyError;
use crate::route::Section;

/// English counts: `one` for exactly 1, `other` for everything else (0, 2, 1.5).
fn en_plural<'a>(count: f64, one: &'a str, other: &'a str) -> &'a str {
    if count == 1.0 {
        one
    } else {
        other
    }
}

fn section_title(section: Section) -> &'static str {
    match section {
        Section::Overview => "Overview",
        Section::Status => "Status",
        Section::Tasks => "Tasks",
        Section::Algorithm => "Algorithm",
        Section::Parameters => "Parameters",
        Section::Io => "I/O",
        Section::Resources => "Resources",
        Section::Raw => "Raw",
        Section::Events => "Events",
        Section::Logs => "Logs",
        Section::Metrics => "Resource usage",
        Section::Json => "Raw JSON",
    }
}

/// Shared by a JSON answer that is not an object and one that is an object but not a job.
const NOT_MODELARTS: &str = "Check that the endpoint is a ModelArts API or a proxy to one.";

fn problem(problem: Problem) -> Advice {
    let (title, next_step) = match problem {
        Problem::NoToken => (
            "No access token was sent with the request.",
            "Sign in again, and check that the proxy forwards X-Auth-Token.",
        ),
        Problem::TokenExpired => (
            "The access token has expired.",
            "Get a new token; IAM tokens last 24 hours.",
        ),
        Problem::TokenUnreadable => (
            "The access token could not be read.",
            "Paste or issue the token again; it may have been cut off.",
        ),
        Problem::TokenUnparsable => (
            "The access token could not be parsed.",
            "Issue a fresh project-scoped token.",
        ),
        Problem::TokenNotProjectScoped => (
            "The access token is not scoped to a project.",
            "Request a token with scope.project for this region's project.",
        ),
        Problem::TokenAuthenticationExpired => ("Token authentication has expired.", "Get a new token."),
        Problem::AccountFrozen => (
            "The cloud account is frozen.",
            "The account owner must check the balance; the viewer cannot fix this.",
        ),
        Problem::MissingApiId => (
            "The request lacks the apiId header the service expects.",
            "Check that the proxy forwards requests to ModelArts unchanged.",
        ),
        Problem::InvalidProjectId => (
            "The project ID is not valid.",
            "Check the project ID in the link.",
        ),
        Problem::OperationNotAllowed => (
            "You are not allowed to perform this operation.",
            "Ask an administrator for the ModelArts and OBS permissions the message names.",
        ),
        Problem::WorkspacePolicy => (
            "A policy blocks this action in this workspace.",
            "Ask for access to the workspace or a suitable role.",
        ),
        Problem::TokenRefused => (
            "The access token was refused.",
            "Issue a token for this account and project again.",
        ),
        Problem::ProjectNotInToken => (
            "The project in the URL does not match the token.",
            "Use a token issued for the same project and region as the link.",
        ),
        Problem::ModelArtsNotAuthorized => (
            "ModelArts has not been authorized for this account.",
            "An administrator must grant ModelArts authorization in the console settings.",
        ),
        Problem::AccountInArrears => (
            "The account is in arrears.",
            "Top up or settle the account balance.",
        ),
        Problem::AccountSuspended => (
            "The account has been suspended.",
            "Check the account balance with its owner.",
        ),
        Problem::ProjectDiffersFromToken => (
            "The project ID in the request differs from the one in the token.",
            "Fix the project ID, or get a token for that project.",
        ),
        Problem::NoSuchApiPath => (
            "The API path does not exist.",
            "Check the region's endpoint, the /v2 prefix and the proxy's path rewriting.",
        ),
        Problem::JobNotFound => (
            "No training job with this ID exists here.",
            "Check the job ID, the project and the region; the job may have been deleted.",
        ),
        Problem::Throttled => ("Too many requests right now.", "The viewer slows its polling."),
        Problem::LogNotGeneratedYet => (
            "The log file has not been generated yet.",
            "Try again later.",
        ),
        Problem::LogCleared => (
            "The log file has been cleared.",
            "Logs survive only when an OBS log path was set at creation.",
        ),
        Problem::MalformedRequest => (
            "The service called the request malformed.",
            "Check the link's IDs.",
        ),
        Problem::InternalError => (
            "ModelArts had an internal error.",
            "Retry later; report the time and the request ID.",
        ),
        Problem::GatewayRejectedCredentials => (
            "The API gateway rejected the credentials.",
            "Enter a new token (or fix the proxy's credentials); after repeated AK/SK failures, wait 5 minutes.",
        ),
        Problem::CredentialsRefused => (
            "The credentials were refused (HTTP 401).",
            "Enter a new token; behind a proxy that adds credentials, the proxy's credentials were refused.",
        ),
        Problem::Forbidden => (
            "Access to this job is forbidden (HTTP 403).",
            "Ask an administrator for permission on this project.",
        ),
        Problem::NothingAtAddress => (
            "Nothing was found at this address (HTTP 404).",
            "Check the endpoint, the project ID and that the proxy forwards /v2/.",
        ),
        Problem::TooManyRequests => (
            "Too many requests (HTTP 429).",
            "Wait a moment before trying again.",
        ),
        Problem::EndpointUnreachable => (
            "The browser could not reach the endpoint.",
            "Check the network. ModelArts does not send CORS headers, so a browser can only reach it through a proxy on the viewer's own origin: configure one in config.json.",
        ),
        Problem::NotJson => (
            "The endpoint answered with something that is not JSON, such as a sign-in page.",
            "A proxy may be asking you to sign in: open the endpoint in a tab, or check the proxy.",
        ),
        Problem::NotAJob => (
            "The endpoint answered with JSON that is not a training job.",
            NOT_MODELARTS,
        ),
        Problem::CutOff => (
            "The answer stops in the middle of its JSON: it was cut off on the way.",
            "Load it again. If it keeps happening, a proxy may limit the size of responses.",
        ),
        Problem::TooDeep => (
            "The answer is JSON nested more than 128 levels deep, which no training job is.",
            NOT_MODELARTS,
        ),
        Problem::Redirected => (
            "The endpoint answered with a redirect. The viewer does not follow it, because the request carries your token.",
            "A token goes only to the address configured for it: set the endpoint's base_url in config.json to the address the redirect names, if you trust it.",
        ),
    };
    Advice { title, next_step }
}

fn phase_name(phase: Phase) -> &'static str {
    phase.api_value()
}

fn phase_meaning(phase: Option<Phase>) -> &'static str {
    match phase {
        Some(Phase::Creating) => "ModelArts is creating the job's resources.",
        Some(Phase::Pending) => "The job is queued, waiting for resources.",
        Some(Phase::Running) => "The job is running on its nodes.",
        Some(Phase::Completed) => "The job finished successfully.",
        Some(Phase::Failed) => "The job failed: see the tasks' exit codes below.",
        Some(Phase::Terminating) => "The job is being stopped.",
        Some(Phase::Terminated) => "The job was stopped before it finished.",
        Some(Phase::Abnormal) => "The job is in an abnormal state; it could not be created or run.",
        None => "This phase is not documented; it is shown as the API sent it.",
    }
}

fn annotation_meaning(key: &str) -> Option<&'static str> {
    Some(match key {
        "job_template" => "job template",
        "fault-tolerance/job-retry-num" => "automatic retries after a fault",
        "fault-tolerance/job-unconditional-retry" => "restart whatever the failure cause",
        "fault-tolerance/hang-retry" => "restart when the job hangs",
        "jupyter-lab/enable" => "JupyterLab enabled",
        "tensorboard/enable" => "TensorBoard enabled",
        "mindstudio-insight/enable" => "MindStudio Insight enabled",
        "key_task" => "the key task, whose exit decides the job's outcome (undocumented)",
        _ => return None,
    })
}

fn start_type_words(start: StartType) -> &'static str {
    match start {
        StartType::InitOrRescheduled => "first run after (re)scheduling",
        StartType::Restarted => "process restart",
    }
}

fn recover_action_words(action: RecoverAction) -> &'static str {
    match action {
        RecoverAction::NpuStepRetry => "NPU step retry",
        RecoverAction::NpuProcRestart => "NPU process restart",
        RecoverAction::GpuProcRestart => "GPU process restart",
        RecoverAction::ProcRestart => "process restart",
        RecoverAction::PodReschedule => "pod rescheduling",
        RecoverAction::JobReschedule => "job rescheduling",
        RecoverAction::JobRescheduleWithTaint => "job rescheduling, node tainted",
    }
}

/// Capitalised: a recovery's sentence starts with its fault.
fn fault_scenario_words(fault: FaultScenario) -> &'static str {
    match fault {
        FaultScenario::ChipFault => "Chip fault",
        FaultScenario::NodeFault => "Node fault",
        FaultScenario::JobFailed => "Job failed",
        FaultScenario::JobHanged => "Job hung",
        FaultScenario::JobSubhealth => "Job subhealthy",
        FaultScenario::ErrorInLog => "Error in the log",
    }
}

fn recover_result_words(result: RecoverResult) -> &'static str {
    match result {
        RecoverResult::Recovering => "in progress",
        RecoverResult::Success => "succeeded",
        RecoverResult::Failed => "failed",
        RecoverResult::Downgrade => "downgraded",
        RecoverResult::Terminated => "terminated",
        RecoverResult::QuotaExceeded => "quota exceeded",
    }
}

/// "Chip fault on worker-1 (HBM ECC error): NPU step retry — succeeded".
fn recovery_line(parts: RecoveryParts) -> Vec<Piece> {
    let mut line = Vec::new();
    line.extend(parts.fault);
    if let Some(task) = parts.task {
        push_after(&mut line, " on ", task);
    }
    if let Some(reason) = parts.reason {
        if line.is_empty() {
            line.push(reason);
        } else {
            line.extend([Piece::Ours(" (".into()), reason, Piece::Ours(")".into())]);
        }
    }
    if let Some(action) = parts.action {
        push_after(&mut line, ": ", action);
    }
    if let Some(result) = parts.result {
        push_after(&mut line, " — ", result);
    }
    line
}

fn access_method_words(method: AccessMethod) -> &'static str {
    match method {
        AccessMethod::Parameter => "a hyperparameter",
        AccessMethod::Env => "an environment variable",
    }
}

fn job_kind_words(kind: JobKind) -> &'static str {
    match kind {
        JobKind::Job => "training job",
        JobKind::FederatedPoolJob => "federated pool job",
        JobKind::EdgeJob => "edge job",
        JobKind::HeteroJob => "heterogeneous job",
        JobKind::MrsJob => "MapReduce Service job",
        JobKind::AutosearchJob => "auto-search job",
        JobKind::DiagJob => "diagnosis job",
        JobKind::VisualizationJob => "visualization job",
    }
}

fn train_type_words(kind: TrainType) -> &'static str {
    match kind {
        TrainType::Job => "training",
        TrainType::FineTuning => "fine-tuning",
    }
}

fn runtime_type_words(kind: RuntimeType) -> &'static str {
    match kind {
        RuntimeType::Production => "production",
        RuntimeType::Debug => "debugging",
    }
}

fn log_type_words(log: LogType) -> &'static str {
    match log {
        LogType::TensorBoard => "TensorBoard",
        LogType::MindStudioInsight => "MindStudio Insight",
    }
}

fn param_type_words(kind: ParamType) -> &'static str {
    match kind {
        ParamType::Continuous => "continuous",
        ParamType::Discrete => "discrete",
    }
}

fn resource_policy_words(policy: ResourcePolicy) -> &'static str {
    match policy {
        ResourcePolicy::Regular => "regular",
        ResourcePolicy::Economic => "economic",
    }
}

fn affinity_type_words(affinity: AffinityType) -> &'static str {
    match affinity {
        AffinityType::Cabinet => "whole cabinet",
        AffinityType::Hyperinstance => "supernode",
        AffinityType::NetworkTopology => "network topology",
    }
}

fn topology_level_words(level: TopologyLevel) -> &'static str {
    match level {
        TopologyLevel::Cluster => "cluster",
        TopologyLevel::HyperinstanceGroup => "supernode group",
        TopologyLevel::Hyperinstance => "supernode",
        TopologyLevel::Slice => "slice",
    }
}

fn exit_meaning(cause: ExitCause) -> String {
    match cause {
        ExitCause::Succeeded => "succeeded".to_string(),
        ExitCause::GeneralError => "failed with a general error: read the task's log".to_string(),
        ExitCause::UsageError => {
            "failed on a usage error: a wrong argument or shell misuse".to_string()
        }
        ExitCause::NotExecutable => {
            "the command was found but could not be executed (permissions or not a binary)"
                .to_string()
        }
        ExitCause::CommandNotFound => {
            "the command was not found: check the boot file, the command and PATH".to_string()
        }
        ExitCause::OutOfMemory => "killed (SIGKILL), most likely out of memory".to_string(),
        ExitCause::SegmentationFault => "crashed with a segmentation fault (SIGSEGV)".to_string(),
        ExitCause::Terminated => {
            "terminated (SIGTERM), usually stopped by the platform, a user or a failing peer"
                .to_string()
        }
        ExitCause::Aborted => {
            "aborted (SIGABRT), often a failed assertion or a native library error".to_string()
        }
        ExitCause::Signal {
            signal,
            name: Some(name),
        } => {
            format!("killed by signal {signal} ({name})")
        }
        ExitCause::Signal { signal, name: None } => format!("killed by signal {signal}"),
        ExitCause::Status255 => {
            "exited with status 255 (often -1 from the program, or an SSH failure)".to_string()
        }
        ExitCause::Negative(code) => format!(
            "exited with {code}, which usually means it was killed by signal {}",
            -code
        ),
        ExitCause::Other(code) => format!("failed with exit code {code}: read the task's log"),
    }
}

fn task_exit_headline(named: bool, code: i64, meaning: &str) -> String {
    let subject = if named { "" } else { "A task " };
    format!("{subject}exited with {code}: {meaning}")
}

fn failure_signature(signature: &Signature) -> &'static str {
    match signature {
        Signature::DeviceOutOfMemory(Device::Cuda) => {
            "the GPU ran out of memory: lower the batch size or the model's footprint"
        }
        Signature::DeviceOutOfMemory(Device::Npu) => {
            "the NPU ran out of memory: lower the batch size or the model's footprint"
        }
        Signature::HostOutOfMemory => "the node ran out of memory and the process was killed",
        Signature::NoSpaceLeft => "a disk is full: no space left on the device",
        Signature::CollectiveTimeout(Collective::Nccl) => {
            "NCCL communication between tasks timed out: a peer failed or hangs"
        }
        Signature::CollectiveTimeout(Collective::Hccl) => {
            "HCCL communication between tasks timed out: a peer failed or hangs"
        }
        Signature::CollectiveError(Collective::Nccl) => "NCCL communication between tasks failed",
        Signature::CollectiveError(Collective::Hccl) => "HCCL communication between tasks failed",
        Signature::SegmentationFault => "the process crashed with a segmentation fault",
        Signature::ModuleNotFound { .. } => "a Python module is not installed in the image:",
        Signature::MissingFile { .. } => "a file or command is missing:",
        Signature::ObsAccessDenied => "OBS refused access: check the bucket's permissions",
        Signature::Killed => "the process was killed (SIGKILL), most often for lack of memory",
        Signature::PythonException { .. } => "the program stopped on a Python exception:",
    }
}

fn exit_headline(headline: &ExitHeadline) -> String {
    let total = headline.total;
    let kinds = headline.task_kind.map(|kind| format!("{kind}s"));
    let noun = match (headline.task_kind, &kinds) {
        (Some(kind), Some(kinds)) => en_plural(total as f64, kind, kinds),
        _ => en_plural(total as f64, "task", "tasks"),
    };
    format!(
        "{} of {total} {noun} exited with {}: {}",
        headline.failed, headline.code, headline.meaning
    )
}

fn hardware_headline(
    nodes: u64,
    per_node: f64,
    total: f64,
    accelerator: Option<AcceleratorFamily>,
) -> String {
    let (one, other) = match accelerator {
        Some(AcceleratorFamily::Gpu) => ("GPU", "GPUs"),
        Some(AcceleratorFamily::Npu) => ("NPU", "NPUs"),
        None => ("CPU core", "CPU cores"),
    };
    format!(
        "{nodes} {} × {} {} = {} {}",
        en_plural(nodes as f64, "node", "nodes"),
        format_number(per_node),
        en_plural(per_node, one, other),
        format_number(total),
        en_plural(total, one, other)
    )
}

fn accelerators_of(family: AcceleratorFamily, count: f64) -> String {
    let (one, other) = match family {
        AcceleratorFamily::Gpu => ("GPU", "GPUs"),
        AcceleratorFamily::Npu => ("NPU", "NPUs"),
    };
    en_plural(count, one, other).to_string()
}

fn config_error(error: &ConfigError) -> String {
    let invalid = |what: String| format!("config.json is not valid: {what}");
    match error {
        ConfigError::NotJson { line, column } => {
            invalid(format!("it is not JSON (line {line}, column {column})"))
        }
        ConfigError::NotAnObject => invalid("it must be an object".to_string()),
        ConfigError::EndpointsNotAnArray => invalid("endpoints must be an array".to_string()),
        ConfigError::EndpointNotAnObject => invalid("an endpoint must be an object".to_string()),
        ConfigError::EndpointWithoutName => invalid("an endpoint has no name".to_string()),
        ConfigError::NotAString {
            endpoint: Some(endpoint),
            key,
        } => invalid(format!("endpoint \"{endpoint}\": {key} must be a string")),
        ConfigError::NotAString {
            endpoint: None,
            key,
        } => invalid(format!("{key} must be a string")),
        ConfigError::UnknownAuth { endpoint } => invalid(format!(
            "endpoint \"{endpoint}\": auth must be \"none\" or \"token\""
        )),
        ConfigError::NotSeconds { key } => {
            invalid(format!("{key} must be a whole number of seconds"))
        }
        ConfigError::NoEndpoints => "config.json lists no endpoints".to_string(),
        ConfigError::DisallowedBaseUrl { endpoint } => format!(
            "config.json: endpoint \"{endpoint}\" has a base_url that is neither http(s) nor relative"
        ),
    }
}

fn config_warning(warning: &ConfigWarning) -> String {
    let cause = match warning {
        ConfigWarning::Unreachable => "config.json could not be fetched".to_string(),
        ConfigWarning::Status(status) => format!("config.json answered HTTP {status}"),
        ConfigWarning::Invalid(error) => config_error(error),
    };
    format!("{cause}. Showing the bundled demo endpoint only.")
}

fn body_error(error: &BodyError) -> String {
    match error {
        BodyError::NotJson { .. } => "it is not JSON".to_string(),
        BodyError::CutOff => "its JSON stops in the middle".to_string(),
        BodyError::TooDeep => "its JSON is nested more than 128 levels deep".to_string(),
        BodyError::NotAnObject { found } => format!("it is JSON, but {found}"),
        BodyError::NotAJob { .. } => {
            "it is a JSON object without kind, metadata, status, algorithm, spec or tasks"
                .to_string()
        }
    }
}

pub static EN: Strings = Strings {
    section_title,
    app_title: "ModelArts Job Viewer",
    job_title: |name, phase| format!("{name} · {phase} — ModelArts Job Viewer"),
    skip_to_content: "Skip to content",
    sections_nav: "Sections",
    copy: "Copy",
    copied: "Copied",
    copy_link: "Copy link",
    reveal: "Show",
    hide: "Hide",
    yes: "yes",
    no: "no",
    theme_toggle: "Switch light or dark theme",
    language_toggle: "中文",
    time_mode: "Times",
    time_relative: "relative",
    time_local: "local",
    time_utc: "UTC",
    loading_job: "Loading job…",
    unnamed_job: "Unnamed job",
    id: "ID",
    kind: "Kind",
    created: "Created",
    started: "Started",
    not_started: "not started",
    duration: "Duration",
    user: "User",
    workspace: "Workspace",
    description: "Description",
    experiment: "Experiment",
    ai_project: "AI project",
    retention_time: "Retention time",
    annotations: "Annotations",
    decode_warnings: "Fields with an unexpected type (shown as sent)",
    timeline_label: "Job timeline",
    segment_waiting: "Waiting",
    segment_running: "Running",
    segment_ongoing: "Running (ongoing)",
    segment_restarting: "Restarting",
    attempts: "Run attempts",
    attempt: "Attempt",
    attempt_number: |number| format!("Attempt {number}"),
    ended: "Ended",
    accelerators_up: "accelerators up",
    start_type: "How it started",
    end_reason: "Why it ended",
    failed_attempt: "Failed attempt",
    detached_records: "The run records are dated far from the job's other times (the source is inconsistent); the axis shows the run records. Gap:",
    per_task_algorithm: "This job defines its code per task: see each task's card under Tasks.",
    recovery: "Recovery",
    recovery_count: |count| {
        format!(
            "{count} {}",
            en_plural(count as f64, "recovery", "recoveries")
        )
    },
    event_count: |severity, count| {
        let (one, other) = match severity {
            Severity::Error => ("error event", "error events"),
            _ => ("warning event", "warning events"),
        };
        format!("{count} {}", en_plural(count as f64, one, other))
    },
    events_unread: "The job's events could not be read, so none are marked here; its Events section says why.",
    start_type_words,
    job_kind_words,
    train_type_words,
    runtime_type_words,
    recover_action_words,
    fault_scenario_words,
    recover_result_words,
    recovery_line,
    downgraded_from: |now, before| {
        vec![
            now,
            Piece::Ours(" (downgraded from ".into()),
            before,
            Piece::Ours(")".into()),
        ]
    },
    ended_on_task: |reason, task| {
        vec![
            reason,
            Piece::Ours(" (".into()),
            task,
            Piece::Ours(")".into()),
        ]
    },
    now: "Now",
    node_count: "Nodes",
    no_timeline: "No times recorded yet.",
    clamped_note: "ends before it starts in the source; drawn as zero length",
    task: "Task",
    exit_code: "Exit code",
    meaning: "Meaning",
    message: "Message",
    first_failure: "first to fail",
    no_task_statuses: "No task exit information.",
    all_tasks_ok: "Every task exited with 0.",
    message_shows: "The tasks' message shows:",
    log_shows: |task, line| format!("The log of {task} shows at line {line}:"),
    log_line_shows: |line| format!("Log line {line}:"),
    log_shows_nothing: "Its log shows no known failure.",
    task_names: "Tasks",
    task_ips: "Task addresses",
    ip: "IP",
    host_ip: "Host IP",
    schedule_count: "Scheduling round",
    heterogeneous_tasks: "Heterogeneous tasks",
    role: "Role",
    code_source: "Code source",
    algorithm: "Algorithm",
    subscription: "Subscription",
    code_dir: "Code directory",
    boot_file: "Boot file",
    image: "Custom image",
    command: "Command",
    engine: "Engine",
    local_code_dir: "Local code directory",
    working_dir: "Working directory",
    environment: "Environment variables",
    no_environment: "No environment variables.",
    summary: "Visualization logs",
    log_type_words,
    engine_id: "Engine ID",
    image_repo_id: "Image repository instance",
    run_user: "Run user ID",
    v1_compatible: "v1 compatibility mode",
    install_sys_packages: "Install platform packages",
    engine_usage: "Usage",
    support_groups: "User groups",
    tags: "Tags",
    parameters_customization: "Parameters customizable",
    fine_tuning: "Fine-tuning",
    fine_tuning_model_id: "Model ID",
    fine_tuning_type: "Training type",
    model_type: "Model type",
    output_path: "Output path",
    training_progress: "Training progress",
    checkpoint_id: "Checkpoint ID",
    checkpoint_config: "Checkpoint settings",
    fine_tuning_env: "Fine-tuning environment",
    autosearch_config: "Auto-search config",
    autosearch_framework: "Auto-search framework",
    name: "Name",
    value: "Value",
    r#type: "Type",
    required: "Required",
    editable: "Editable",
    allowed: "Allowed",
    no_parameters: "No parameters.",
    flagged_parameters: |count| {
        format!(
            "{count} {}",
            en_plural(
                count as f64,
                "value breaks its constraint",
                "values break their constraint"
            )
        )
    },
    auto_search: "Hyperparameter search",
    reward_metrics: "Reward metrics",
    search_params: "Searched parameters",
    search_algorithms: "Search algorithms",
    skip_search_params: "Skipped combinations",
    param_type_words,
    reward_mode_words: |mode| match mode {
        RewardMode::Max => "↑ max",
        RewardMode::Min => "↓ min",
    },
    inputs: "Inputs",
    outputs: "Outputs",
    no_inputs: "No inputs.",
    no_outputs: "No outputs.",
    local_dir: "Local directory",
    remote: "Remote",
    dataset: "Dataset",
    access_method: "Passed as",
    access_method_words,
    upload: "Upload",
    upload_mode_words: |mode| match mode {
        UploadMode::Periodically => "periodic",
    },
    constraints: "Constraints",
    flavor: "Flavor",
    pool: "Resource pool",
    policy: "Policy",
    resource_policy_words,
    pool_group_id: "Pool federation ID",
    max_nodes: "Max nodes",
    support_engines: "Engines",
    attributes: "Attributes",
    per_node: "Each node",
    totals: "In total",
    cpu: "CPU",
    accelerators: "Accelerators",
    memory: "Memory",
    disk: "Disk",
    billing: "Billing",
    main_container: "Main container",
    main_container_requested: "Main container, requested",
    hosted_log: "Hosted logs",
    output_model: "Output model",
    asset_model: "Model asset",
    custom_metrics: "Custom metrics",
    schedule_policy: "Scheduling",
    volumes: "Volumes",
    log_export: "Log export",
    endpoints: "Remote access",
    no_resources: "No resource information.",
    no_algorithm: "No algorithm information.",
    raw_json_link: "Show, copy or download the document as JSON",
    left_out_fields: "Fields not shown above",
    nothing_left_out: "Every field of this document is shown above.",
    not_in_reference: "not in the API reference",
    refresh: "Refresh",
    updated: "updated",
    forget_token: "Forget token",
    clear_recent_jobs: "Also clear recent jobs",
    recent_jobs_cleared: "Recent jobs cleared.",
    token_title: "This endpoint needs an IAM token",
    token_title_refused: "The token was refused: enter a new one",
    token_explainer: "The token is sent only to this endpoint, only as the X-Auth-Token header, and never appears in a URL.",
    token_label: "Project-scoped IAM token",
    token_remember: "Remember on this device for 24 hours (an IAM token's own lifetime): kept in this browser's localStorage until then or until you choose Forget token. Otherwise it is forgotten when the tab closes.",
    token_submit: "Use token",
    project_id: "Project ID",
    job_id: "Job ID",
    endpoint: "Endpoint",
    open_saved: "Open a saved response",
    saved_note: "The file is read in this browser only and sent nowhere.",
    json_file: "JSON file",
    paste_json: "or paste JSON",
    show: "Show",
    base_url: "Base URL",
    remove: "Remove",
    local_banner: |name| format!("📄 Local file: {name}. Nothing was fetched; this view is not a shareable link."),
    no_local_title: "No local file is open",
    no_local_body: "A file opened here lives only in this tab and is gone after a reload.",
    go_home: "Go to the start page",
    continue_there: "Continue",
    open_through: "Open this job through another endpoint:",
    not_found_title: "Page not found",
    not_found_body: "This link does not name a page of the viewer:",
    show_all: "Show all",
    show_more: "Show more",
    show_less: "Show less",
    theme: "Theme",
    cores: "cores",
    unit_not_stated: "unit not stated",
    aside: |text| format!(" ({text})"),
    sensitive: "sensitive",
    read_only: "read-only",
    priority: "priority",
    preemptible: "preemptible",
    not_preemptible: "not preemptible",
    affinity: "affinity",
    job_level: "job level",
    group_size: "group size",
    group_level: "group level",
    affinity_type_words,
    topology_level_words,
    problem,
    timed_out: |seconds| format!("The endpoint did not answer within {seconds} s."),
    timed_out_next: "Try again; if it keeps happening, check the proxy or raise timeout_seconds in config.json.",
    unknown_endpoint: |name| {
        format!("The link names an endpoint called \"{name}\", which this viewer's configuration does not have.")
    },
    unknown_endpoint_next: "Pick one of the configured endpoints. A link can only choose an endpoint by name, never add one.",
    not_an_object: |found| format!("The endpoint answered with JSON that is {found}, not a job."),
    not_modelarts_next: NOT_MODELARTS,
    retry_after: |seconds| format!("The server asks to wait {seconds} s before trying again."),
    server_failed: |status| format!("The server or the proxy failed (HTTP {status})."),
    server_failed_next: "Try again in a minute; if it persists, report the time and the request ID.",
    request_failed: |status| format!("The request failed with HTTP {status}."),
    request_failed_next: "Check the link and the endpoint.",
    http_status: "HTTP status",
    error_code: "Error code",
    solution: "Solution",
    request_id: "Request ID",
    request_url: "Request URL",
    response_began_with: "The response began with:",
    phase_name,
    phase_meaning,
    phase_unknown: "Unknown",
    annotation_meaning,
    exit_meaning,
    exit_headline,
    task_exit_headline,
    failure_signature,
    unnamed_task: |number| format!("task #{number}"),
    hardware_headline,
    accelerators_of,
    accelerator_count: |count| {
        format!(
            "{} {}",
            format_number(count),
            en_plural(count, "accelerator", "accelerators")
        )
    },
    unit_day: "d",
    unit_hour: "h",
    unit_minute: "min",
    unit_second: "s",
    just_now: "just now",
    time_ago: |amount| format!("{amount} ago"),
    // The month by name, so no reader takes 04/05 for the 4th of May.
    date_time: |year, month, day, time| {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let name = MONTHS[(month.clamp(1, 12) - 1) as usize];
        format!("{name} {day}, {year}, {time}")
    },
    time_from_now: |amount| format!("in {amount}"),
    type_warning: |path, expected, found| format!("{path}: expected {expected}, found {found}"),
    required_but_empty: "required, but empty",
    not_of_type: |declared| format!("not a valid {declared}"),
    outside_range: |low, high| format!("outside {low} … {high}"),
    range_needs_number: "not a number, but a range is required",
    not_one_of: |choices| format!("not one of {choices}"),
    discrete_points: |points| {
        // parse_decimal, not str::parse: the standard parser brings 10 KB of tables into the wasm.
        let count = parse_decimal(points.trim()).unwrap_or(f64::NAN);
        format!("{points} {}", en_plural(count, "point", "points"))
    },
    key_pairs: |names| format!("key pairs: {names}"),
    token_word: "token",
    dataset_version: "version",
    dataset_service: "service",
    colon: ": ",
    compare_with: "Compare with…",
    training_type: "Training type",
    uuid: "UUID",
    updated_at: "Updated",
    pool_name: "Pool name",
    pool_node: "Pool node",
    turbo_range: "Turbo range",
    flavor_attributes: "Flavor attributes",
    runtime_type: "Runtime type",
    auto_stop: "Stops by itself",
    log_export_settings: "Log export settings",
    format_version: "format version",
    log_rotation: "rotation",
    notifications: "Notifications",
    asset_id: "Asset ID",
    required_nodes: "required nodes",
    preferred_nodes: "preferred nodes",
    weight: |weight| format!(" (weight {weight})"),
    proportion: "proportion",
    metric_command: "command",
    metric_http: "HTTP",
    stop_after: |amount, unit| {
        let unit = match unit {
            "HOURS" => en_plural(amount, "hour", "hours"),
            "MINUTES" => en_plural(amount, "minute", "minutes"),
            other => other,
        };
        format!("after {} {unit}", format_number(amount))
    },
    job_toolbar: "Job toolbar",
    config_warning,
    config_adjusted: |adjusted| {
        format!(
            "config.json sets {} to {}, outside what the viewer accepts; it uses {} instead.",
            adjusted.key, adjusted.given, adjusted.used
        )
    },
    not_a_job_file: |name, reason| format!("{name} is not a training job: {}.", body_error(reason)),
    file_unreadable: |name| format!("{name} could not be read"),
    pasted_json: "pasted JSON",
};

fn level_words(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
        Severity::Other => "Other",
    }
}

fn metric_words(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::CpuUsage => "CPU usage",
        MetricKind::MemUsage => "Memory usage",
        MetricKind::GpuUtil => "GPU utilisation",
        MetricKind::GpuMemUsage => "GPU memory usage",
        MetricKind::NpuUtil => "NPU utilisation",
        MetricKind::NpuMemUsage => "NPU memory usage",
    }
}

pub static FINDER_EN: FinderStrings = FinderStrings {
    job_lists: "Job lists",
    cpu_cores_of: |count| en_plural(count, "CPU core", "CPU cores").to_string(),
    compare_title: "Two jobs compared",
    nothing_differs: "The two jobs are set up alike and ended alike.",
    field: "Field",
    fold_same: "Hide what is the same",
    job_list_title: "Jobs",
    project: "Project",
    loading_jobs: "Loading the jobs…",
    no_jobs: "No job matches.",
    compare: "Compare",
    compare_chosen: "Compare the two chosen jobs",
    compare_with_recent: "Recent jobs of this project:",
    compare_with_pasted: "Another job's link or ID",
    compare_go: "Compare",
    hardware: "Hardware",
    nodes: "Nodes",
    pages: "Pages",
    previous_page: "Previous page",
    next_page: "Next page",
    any_phase: "Any phase",
    name_contains: "Name contains",
    sort_by: "Order",
    apply_filters: "Show",
    jobs_matched: |count| format!("{count} {} match", en_plural(count as f64, "job", "jobs")),
    page_number: |page| format!("Page {page}"),
    sort_order: |key, descending| match (key, descending) {
        (SortKey::Created, true) => "Newest first",
        (SortKey::Created, false) => "Oldest first",
        (SortKey::Name, false) => "Name, A to Z",
        (SortKey::Name, true) => "Name, Z to A",
        (SortKey::Duration, true) => "Longest first",
        (SortKey::Duration, false) => "Shortest first",
    },
    fields_same: |count| {
        format!(
            "{count} {}",
            en_plural(count as f64, "field the same", "fields the same")
        )
    },
    change_kind_words: |kind| match kind {
        ChangeKind::Added => "added",
        ChangeKind::Removed => "removed",
        ChangeKind::Changed => "changed",
        ChangeKind::Same => "the same",
    },
    policies: "Policies",
    timing: "Timing",
    outcome: "Outcome",
    queue_time: "Queue time",
    phase: "Phase",
    priority_label: "Priority",
    preemption: "Preemption",
    back_to_job: "Back to the job",
    loading_events: "Loading the events…",
    no_events: "No events match.",
    event_time: "Time",
    event_level: "Level",
    event_source: "Source",
    event_message: "Message",
    all_levels: "All levels",
    level_words,
    events_containing: "Containing",
    events_shown: |shown, total| {
        format!(
            "{shown} of {total} {}",
            en_plural(total as f64, "event", "events")
        )
    },
    events_show: "The events show:",
    loading_log: "Loading the log…",
    log_empty: "The log is empty.",
    no_log_tasks: "This job names no task, so there is no log to read yet.",
    log_search: "Search the log",
    log_matches: |count| format!("{count} {}", en_plural(count as f64, "match", "matches")),
    previous_match: "Previous",
    next_match: "Next",
    download_log: "Download the log",
    wrap_lines: "Wrap lines",
    log_cut: |shown, full| format!("Only the newest {shown} of {full} were sent."),
    found_on_line: |line| format!("Line {line} shows:"),
    log_lines: "Log lines",
    stages: "Stages",
    loading_stages: "Loading the stages…",
    stage_words: |kind| match kind {
        StageKind::Scheduling => "Scheduling",
        StageKind::Preparing => "Preparing",
        StageKind::Running => "Running",
        StageKind::End => "End",
    },
    attempt_of: |number, total| format!("Attempt {number} of {total}"),
    log_follows: |seconds| {
        format!("The job is running: its log is read again every {seconds} s, and a view at its end stays there.")
    },
    full_log: "Link to the full log",
    loading_full_log: "Asking for a link to the full log…",
    open_full_log: |part, parts| {
        if parts > 1 {
            format!("Open part {part} of {parts} of the full log")
        } else {
            "Open the full log".to_string()
        }
    },
    full_log_expires: "The link works for a limited time; ask again once it has expired.",
    full_log_again: "Ask for a new link",
    no_full_log_link: "The answer held no web link to the log.",
    loading_metrics: "Loading the resource usage…",
    no_metrics: "No resource usage was recorded for this task.",
    metric_words,
    peak_and_last: |peak, last, percent| {
        let unit = if percent { "%" } else { "" };
        format!("Peak {peak}{unit}, last {last}{unit}")
    },
    series_without_data: |names| format!("No data for {names}."),
    list_separator: ", ",
    minutes_approximate: |minutes| {
        format!(
            "{minutes} {} from the job's start, one averaged sample a minute. The API sends no times, so these are approximate.",
            en_plural(minutes as f64, "minute", "minutes")
        )
    },
    memory_before_kill: |task, percent| {
        format!("Memory reached {percent}% before {task} was killed (exit code 137): most likely out of memory.")
    },
    no_usage_tasks: "This job names no task, so there is no resource usage to show yet.",
    all_tasks: "All tasks",
    first_tasks: |count| format!("The first {count} tasks"),
    copy_json: "Copy JSON",
    download_with_secrets: "Download with secret values…",
    confirm_download_secrets: "This file will hold the secret values the page masks (tokens, passwords, keys). Download it anyway?",
    raw_masked_note: "Secret values are masked here, in Copy and in Download, by the same rule as on the job page.",
    raw_lines_cut: |shown| format!("Showing the first {shown} lines; Copy and Download hold all of it."),
    download: "Download .json",
    open_title: "Open a training job",
    paste_label: "Paste a console or API URL",
    open: "Open",
    recent_jobs: "Recent jobs",
    demo_jobs: "Demo jobs",
    loading: "Loading…",
    no_demo_jobs: "The demo index could not be read.",
    endpoints_added: "Endpoints added in this browser",
    endpoints_note: "Kept in this browser's localStorage. A link can choose an endpoint by name but can never add one. Reload the page to use a new endpoint.",
    needs_token: "needs an IAM token",
    add: "Add",
    same_origin: "(same origin)",
    added_in_browser: "added in this browser",
};
