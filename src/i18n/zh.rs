//! The Simplified Chinese table. Chinese has no plural forms, so counts only change the number.

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
use crate::model::BodyError;
use crate::route::Section;

fn section_title(section: Section) -> &'static str {
    match section {
        Section::Overview => "概览",
        Section::Status => "状态",
        Section::Tasks => "任务",
        Section::Algorithm => "算法",
        Section::Parameters => "超参",
        Section::Io => "输入输出",
        Section::Resources => "资源",
        Section::Raw => "原始数据",
        Section::Events => "事件",
        Section::Logs => "日志",
        Section::Metrics => "资源使用",
        Section::Json => "原始 JSON",
    }
}

/// The model's English names of JSON kinds (`json_type_name`, type warnings), in Chinese.
fn json_kind(kind: &str) -> &str {
    match kind {
        "a string" => "字符串",
        "a boolean" => "布尔值",
        "a number" => "数字",
        "a number or text" => "数字或文本",
        "an array" => "数组",
        "an object" => "对象",
        "any JSON value" => "任意 JSON 值",
        other => other,
    }
}

/// Shared by a JSON answer that is not an object and one that is an object but not a job.
const NOT_MODELARTS: &str = "请确认该接口是 ModelArts API 或其代理。";

fn problem(problem: Problem) -> Advice {
    let (title, next_step) = match problem {
        Problem::NoToken => (
            "请求中没有访问令牌。",
            "请重新登录，并检查代理是否转发 X-Auth-Token。",
        ),
        Problem::TokenExpired => ("访问令牌已过期。", "请获取新令牌；IAM 令牌有效期为 24 小时。"),
        Problem::TokenUnreadable => ("无法读取访问令牌。", "请重新粘贴或签发令牌，它可能被截断了。"),
        Problem::TokenUnparsable => ("无法解析访问令牌。", "请签发新的项目级令牌。"),
        Problem::TokenNotProjectScoped => (
            "访问令牌没有项目范围。",
            "请为该区域的项目申请带 scope.project 的令牌。",
        ),
        Problem::TokenAuthenticationExpired => ("令牌认证已过期。", "请获取新令牌。"),
        Problem::AccountFrozen => ("云账号已被冻结。", "需要账号所有者检查余额，查看器无法处理。"),
        Problem::MissingApiId => (
            "请求缺少服务需要的 apiId 请求头。",
            "请检查代理是否原样转发请求到 ModelArts。",
        ),
        Problem::InvalidProjectId => ("项目 ID 无效。", "请检查链接中的项目 ID。"),
        Problem::OperationNotAllowed => (
            "您无权执行此操作。",
            "请向管理员申请信息中提到的 ModelArts 和 OBS 权限。",
        ),
        Problem::WorkspacePolicy => (
            "此工作空间的策略禁止该操作。",
            "请申请该工作空间的访问权限或合适的角色。",
        ),
        Problem::TokenRefused => ("访问令牌被拒绝。", "请为此账号和项目重新签发令牌。"),
        Problem::ProjectNotInToken => (
            "URL 中的项目与令牌不匹配。",
            "请使用与链接相同项目和区域签发的令牌。",
        ),
        Problem::ModelArtsNotAuthorized => (
            "此账号尚未授权 ModelArts。",
            "需要管理员在控制台设置中授予 ModelArts 授权。",
        ),
        Problem::AccountInArrears => ("账号已欠费。", "请充值或结清账号余额。"),
        Problem::AccountSuspended => ("账号已被停用。", "请与账号所有者确认余额。"),
        Problem::ProjectDiffersFromToken => (
            "请求中的项目 ID 与令牌中的不一致。",
            "请修正项目 ID，或获取该项目的令牌。",
        ),
        Problem::NoSuchApiPath => (
            "API 路径不存在。",
            "请检查区域接口地址、/v2 前缀和代理的路径改写。",
        ),
        Problem::JobNotFound => (
            "此处不存在该 ID 的训练作业。",
            "请检查作业 ID、项目和区域；作业可能已被删除。",
        ),
        Problem::Throttled => ("当前请求过多。", "查看器会降低轮询频率。"),
        Problem::LogNotGeneratedYet => ("日志文件尚未生成。", "请稍后再试。"),
        Problem::LogCleared => (
            "日志文件已被清理。",
            "只有创建时设置了 OBS 日志路径，日志才会保留。",
        ),
        Problem::MalformedRequest => ("服务认为请求格式错误。", "请检查链接中的 ID。"),
        Problem::InternalError => ("ModelArts 内部错误。", "请稍后重试，并报告时间和请求 ID。"),
        Problem::GatewayRejectedCredentials => (
            "API 网关拒绝了凭据。",
            "请输入新令牌（或修正代理的凭据）；AK/SK 多次失败后需等待 5 分钟。",
        ),
        Problem::CredentialsRefused => (
            "凭据被拒绝（HTTP 401）。",
            "请输入新令牌；如果由代理添加凭据，则是代理的凭据被拒绝。",
        ),
        Problem::Forbidden => ("禁止访问此作业（HTTP 403）。", "请向管理员申请此项目的权限。"),
        Problem::NothingAtAddress => (
            "此地址没有内容（HTTP 404）。",
            "请检查接口地址、项目 ID，以及代理是否转发 /v2/。",
        ),
        Problem::TooManyRequests => ("请求过多（HTTP 429）。", "请稍等片刻再试。"),
        Problem::EndpointUnreachable => (
            "浏览器无法访问该接口。",
            "请检查网络。ModelArts 不返回 CORS 响应头，浏览器只能通过与查看器同源的代理访问它：请在 config.json 中配置代理。",
        ),
        Problem::NotJson => (
            "接口返回的不是 JSON，例如一个登录页面。",
            "可能是代理要求登录：请在新标签页中打开该接口，或检查代理。",
        ),
        Problem::NotAJob => ("接口返回的 JSON 不是训练作业。", NOT_MODELARTS),
        Problem::CutOff => (
            "返回的 JSON 在中途断开：传输途中被截断了。",
            "请重新加载。如果反复出现，可能是代理限制了响应大小。",
        ),
        Problem::TooDeep => (
            "返回的 JSON 嵌套超过 128 层，训练作业不会这样。",
            NOT_MODELARTS,
        ),
        Problem::Redirected => (
            "接口返回了重定向。由于请求携带您的令牌，查看器不会跟随。",
            "令牌只发送到为它配置的地址：如果信任重定向的目标，请把 config.json 中该接口的 base_url 改为该地址。",
        ),
    };
    Advice { title, next_step }
}

fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Creating => "创建中",
        Phase::Pending => "排队中",
        Phase::Running => "运行中",
        Phase::Completed => "已完成",
        Phase::Failed => "运行失败",
        Phase::Terminating => "停止中",
        Phase::Terminated => "已停止",
        Phase::Abnormal => "异常",
    }
}

fn phase_meaning(phase: Option<Phase>) -> &'static str {
    match phase {
        Some(Phase::Creating) => "正在创建作业资源。",
        Some(Phase::Pending) => "作业正在排队等待资源。",
        Some(Phase::Running) => "作业正在节点上运行。",
        Some(Phase::Completed) => "作业已成功完成。",
        Some(Phase::Failed) => "作业失败：请查看下方任务退出码。",
        Some(Phase::Terminating) => "作业正在停止。",
        Some(Phase::Terminated) => "作业在完成前被停止。",
        Some(Phase::Abnormal) => "作业状态异常，无法创建或运行。",
        None => "该状态未在文档中说明，按接口返回原样显示。",
    }
}

fn annotation_meaning(key: &str) -> Option<&'static str> {
    Some(match key {
        "job_template" => "作业模板",
        "fault-tolerance/job-retry-num" => "故障后自动重试次数",
        "fault-tolerance/job-unconditional-retry" => "无条件重启",
        "fault-tolerance/hang-retry" => "作业卡死时重启",
        "jupyter-lab/enable" => "已启用 JupyterLab",
        "tensorboard/enable" => "已启用 TensorBoard",
        "mindstudio-insight/enable" => "已启用 MindStudio Insight",
        "key_task" => "决定作业结果的关键任务（未在文档中说明）",
        _ => return None,
    })
}

fn start_type_words(start: StartType) -> &'static str {
    match start {
        StartType::InitOrRescheduled => "（重新）调度后首次运行",
        StartType::Restarted => "进程重启",
    }
}

fn recover_action_words(action: RecoverAction) -> &'static str {
    match action {
        RecoverAction::NpuStepRetry => "NPU 单步重试",
        RecoverAction::NpuProcRestart => "NPU 进程重启",
        RecoverAction::GpuProcRestart => "GPU 进程重启",
        RecoverAction::ProcRestart => "进程重启",
        RecoverAction::PodReschedule => "Pod 重调度",
        RecoverAction::JobReschedule => "作业重调度",
        RecoverAction::JobRescheduleWithTaint => "作业重调度（节点打污点）",
    }
}

fn fault_scenario_words(fault: FaultScenario) -> &'static str {
    match fault {
        FaultScenario::ChipFault => "芯片故障",
        FaultScenario::NodeFault => "节点故障",
        FaultScenario::JobFailed => "作业失败",
        FaultScenario::JobHanged => "作业卡死",
        FaultScenario::JobSubhealth => "作业亚健康",
        FaultScenario::ErrorInLog => "日志中有错误",
    }
}

fn recover_result_words(result: RecoverResult) -> &'static str {
    match result {
        RecoverResult::Recovering => "恢复中",
        RecoverResult::Success => "成功",
        RecoverResult::Failed => "失败",
        RecoverResult::Downgrade => "已降级",
        RecoverResult::Terminated => "已终止",
        RecoverResult::QuotaExceeded => "超出配额",
    }
}

/// "worker-1 芯片故障（HBM ECC error）：NPU 单步重试——成功": the task comes first, as where the
/// fault happened.
fn recovery_line(parts: RecoveryParts) -> Vec<Piece> {
    let mut line = Vec::new();
    line.extend(parts.task);
    if let Some(fault) = parts.fault {
        push_after(&mut line, " ", fault);
    }
    if let Some(reason) = parts.reason {
        if line.is_empty() {
            line.push(reason);
        } else {
            line.extend([Piece::Ours("（".into()), reason, Piece::Ours("）".into())]);
        }
    }
    if let Some(action) = parts.action {
        push_after(&mut line, "：", action);
    }
    if let Some(result) = parts.result {
        push_after(&mut line, "——", result);
    }
    line
}

fn access_method_words(method: AccessMethod) -> &'static str {
    match method {
        AccessMethod::Parameter => "超参",
        AccessMethod::Env => "环境变量",
    }
}

/// The SDK's job kinds in words; MapReduce keeps its product name.
fn job_kind_words(kind: JobKind) -> &'static str {
    match kind {
        JobKind::Job => "训练作业",
        JobKind::FederatedPoolJob => "联邦资源池作业",
        JobKind::EdgeJob => "边缘作业",
        JobKind::HeteroJob => "异构作业",
        JobKind::MrsJob => "MapReduce 服务作业",
        JobKind::AutosearchJob => "自动搜索作业",
        JobKind::DiagJob => "诊断作业",
        JobKind::VisualizationJob => "可视化作业",
    }
}

fn train_type_words(kind: TrainType) -> &'static str {
    match kind {
        TrainType::Job => "训练",
        TrainType::FineTuning => "微调",
    }
}

fn runtime_type_words(kind: RuntimeType) -> &'static str {
    match kind {
        RuntimeType::Production => "生产",
        RuntimeType::Debug => "调试",
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
        ParamType::Continuous => "连续",
        ParamType::Discrete => "离散",
    }
}

fn resource_policy_words(policy: ResourcePolicy) -> &'static str {
    match policy {
        ResourcePolicy::Regular => "常规",
        ResourcePolicy::Economic => "经济",
    }
}

fn affinity_type_words(affinity: AffinityType) -> &'static str {
    match affinity {
        AffinityType::Cabinet => "整柜",
        AffinityType::Hyperinstance => "超节点",
        AffinityType::NetworkTopology => "网络拓扑",
    }
}

fn topology_level_words(level: TopologyLevel) -> &'static str {
    match level {
        TopologyLevel::Cluster => "集群",
        TopologyLevel::HyperinstanceGroup => "超节点组",
        TopologyLevel::Hyperinstance => "超节点",
        TopologyLevel::Slice => "切片",
    }
}

fn exit_meaning(cause: ExitCause) -> String {
    match cause {
        ExitCause::Succeeded => "成功".to_string(),
        ExitCause::GeneralError => "一般错误：请查看任务日志".to_string(),
        ExitCause::UsageError => "用法错误：参数错误或命令行误用".to_string(),
        ExitCause::NotExecutable => "找到命令但无法执行（权限问题或不是可执行文件）".to_string(),
        ExitCause::CommandNotFound => "找不到命令：请检查启动文件、启动命令和 PATH".to_string(),
        ExitCause::OutOfMemory => "被强制终止（SIGKILL），很可能是内存不足".to_string(),
        ExitCause::SegmentationFault => "段错误崩溃（SIGSEGV）".to_string(),
        ExitCause::Terminated => {
            "被终止（SIGTERM），通常由平台、用户或失败的其他任务触发".to_string()
        }
        ExitCause::Aborted => "异常中止（SIGABRT），常见于断言失败或原生库错误".to_string(),
        ExitCause::Signal {
            signal,
            name: Some(name),
        } => format!("被信号 {signal}（{name}）终止"),
        ExitCause::Signal { signal, name: None } => format!("被信号 {signal} 终止"),
        ExitCause::Status255 => "以 255 退出（通常是程序返回 -1 或 SSH 失败）".to_string(),
        ExitCause::Negative(code) => format!("以 {code} 退出，通常表示被信号 {} 终止", -code),
        ExitCause::Other(code) => format!("以退出码 {code} 失败：请查看任务日志"),
    }
}

fn task_exit_headline(named: bool, code: i64, meaning: &str) -> String {
    let subject = if named { "" } else { "某个任务" };
    format!("{subject}以 {code} 退出：{meaning}")
}

fn failure_signature(signature: &Signature) -> &'static str {
    match signature {
        Signature::DeviceOutOfMemory(Device::Cuda) => "GPU 显存不足：请减小批大小或模型占用",
        Signature::DeviceOutOfMemory(Device::Npu) => "NPU 内存不足：请减小批大小或模型占用",
        Signature::HostOutOfMemory => "节点内存不足，进程被终止",
        Signature::NoSpaceLeft => "磁盘已满，设备上没有剩余空间",
        Signature::CollectiveTimeout(Collective::Nccl) => {
            "任务间的 NCCL 通信超时：有节点失败或卡住"
        }
        Signature::CollectiveTimeout(Collective::Hccl) => {
            "任务间的 HCCL 通信超时：有节点失败或卡住"
        }
        Signature::CollectiveError(Collective::Nccl) => "任务间的 NCCL 通信出错",
        Signature::CollectiveError(Collective::Hccl) => "任务间的 HCCL 通信出错",
        Signature::SegmentationFault => "进程因段错误崩溃",
        Signature::ModuleNotFound { .. } => "镜像中未安装所需的 Python 模块：",
        Signature::MissingFile { .. } => "缺少文件或命令：",
        Signature::ObsAccessDenied => "OBS 拒绝访问：请检查桶的权限",
        Signature::Killed => "进程被强制终止（SIGKILL），多为内存不足",
        Signature::PythonException { .. } => "程序因 Python 异常而停止：",
    }
}

fn exit_headline(headline: &ExitHeadline) -> String {
    format!(
        "{} 个任务中有 {} 个以 {} 退出：{}",
        headline.total, headline.failed, headline.code, headline.meaning
    )
}

fn accelerator_unit(accelerator: Option<AcceleratorFamily>) -> &'static str {
    match accelerator {
        Some(AcceleratorFamily::Gpu) => "GPU",
        Some(AcceleratorFamily::Npu) => "NPU",
        None => "CPU 核",
    }
}

fn hardware_headline(
    nodes: u64,
    per_node: f64,
    total: f64,
    accelerator: Option<AcceleratorFamily>,
) -> String {
    let unit = accelerator_unit(accelerator);
    format!(
        "{nodes} 节点 × {} {unit} = {} {unit}",
        format_number(per_node),
        format_number(total)
    )
}

fn config_error(error: &ConfigError) -> String {
    let invalid = |what: String| format!("config.json 无效：{what}");
    match error {
        ConfigError::NotJson { line, column } => {
            invalid(format!("不是 JSON（第 {line} 行第 {column} 列）"))
        }
        ConfigError::NotAnObject => invalid("必须是对象".to_string()),
        ConfigError::EndpointsNotAnArray => invalid("endpoints 必须是数组".to_string()),
        ConfigError::EndpointNotAnObject => invalid("接口必须是对象".to_string()),
        ConfigError::EndpointWithoutName => invalid("有接口没有 name".to_string()),
        ConfigError::NotAString {
            endpoint: Some(endpoint),
            key,
        } => invalid(format!("接口“{endpoint}”的 {key} 必须是字符串")),
        ConfigError::NotAString {
            endpoint: None,
            key,
        } => invalid(format!("{key} 必须是字符串")),
        ConfigError::UnknownAuth { endpoint } => invalid(format!(
            "接口“{endpoint}”的 auth 必须是 \"none\" 或 \"token\""
        )),
        ConfigError::NotSeconds { key } => invalid(format!("{key} 必须是整数秒")),
        ConfigError::NoEndpoints => "config.json 没有列出任何接口".to_string(),
        ConfigError::DisallowedBaseUrl { endpoint } => {
            format!("config.json：接口“{endpoint}”的 base_url 既不是 http(s) 也不是相对地址")
        }
    }
}

fn config_warning(warning: &ConfigWarning) -> String {
    let cause = match warning {
        ConfigWarning::Unreachable => "无法获取 config.json".to_string(),
        ConfigWarning::Status(status) => format!("config.json 返回 HTTP {status}"),
        ConfigWarning::Invalid(error) => config_error(error),
    };
    format!("{cause}。只显示内置的示例接口。")
}

fn body_error(error: &BodyError) -> String {
    match error {
        BodyError::NotJson { .. } => "它不是 JSON".to_string(),
        BodyError::CutOff => "它的 JSON 在中途断开".to_string(),
        BodyError::TooDeep => "它的 JSON 嵌套超过 128 层".to_string(),
        BodyError::NotAnObject { found } => format!("它是 JSON，但为{}", json_kind(found)),
        BodyError::NotAJob { .. } => {
            "它是 JSON 对象，但没有 kind、metadata、status、algorithm、spec 或 tasks".to_string()
        }
    }
}

pub static ZH: Strings = Strings {
    section_title,
    app_title: "ModelArts 训练作业查看器",
    job_title: |name, phase| format!("{name} · {phase} — ModelArts 训练作业查看器"),
    skip_to_content: "跳到正文",
    sections_nav: "章节",
    copy: "复制",
    copied: "已复制",
    copy_link: "复制链接",
    reveal: "显示",
    hide: "隐藏",
    yes: "是",
    no: "否",
    theme_toggle: "切换浅色或深色主题",
    language_toggle: "English",
    time_mode: "时间",
    time_relative: "相对",
    time_local: "本地",
    time_utc: "UTC",
    loading_job: "正在加载作业…",
    unnamed_job: "未命名作业",
    id: "ID",
    kind: "类型",
    created: "创建时间",
    started: "开始时间",
    not_started: "尚未开始",
    duration: "运行时长",
    user: "用户",
    workspace: "工作空间",
    description: "描述",
    experiment: "实验",
    ai_project: "人工智能项目",
    retention_time: "保留时长",
    annotations: "注解",
    decode_warnings: "类型不符合预期的字段（按原样显示）",
    timeline_label: "作业时间线",
    segment_waiting: "等待",
    segment_running: "运行",
    segment_ongoing: "运行中",
    segment_restarting: "重启中",
    attempts: "运行记录",
    attempt: "运行",
    attempt_number: |number| format!("第 {number} 次运行"),
    ended: "结束时间",
    accelerators_up: "加速卡就绪",
    start_type: "启动方式",
    end_reason: "结束原因",
    failed_attempt: "失败的运行",
    detached_records: "运行记录的时间与作业其他时间相距很远（源数据不一致），时间轴只显示运行记录。相隔：",
    per_task_algorithm: "此作业按任务定义代码：请查看“任务”中每个任务的卡片。",
    recovery: "故障恢复",
    recovery_count: |count| format!("{count} 次故障恢复"),
    event_count: |severity, count| match severity {
        Severity::Error => format!("{count} 个错误事件"),
        _ => format!("{count} 个警告事件"),
    },
    events_unread: "无法读取作业事件，因此此处未标记事件；原因见“事件”部分。",
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
            Piece::Ours("（降级前：".into()),
            before,
            Piece::Ours("）".into()),
        ]
    },
    ended_on_task: |reason, task| {
        vec![
            reason,
            Piece::Ours("（".into()),
            task,
            Piece::Ours("）".into()),
        ]
    },
    now: "现在",
    node_count: "节点数",
    no_timeline: "尚无时间记录。",
    clamped_note: "源数据中结束早于开始，按零长度绘制",
    task: "任务",
    exit_code: "退出码",
    meaning: "含义",
    message: "信息",
    first_failure: "最先失败",
    no_task_statuses: "没有任务退出信息。",
    all_tasks_ok: "所有任务均以 0 退出。",
    message_shows: "任务消息表明：",
    log_shows: |task, line| format!("{task} 的日志第 {line} 行表明："),
    log_line_shows: |line| format!("日志第 {line} 行："),
    log_shows_nothing: "其日志未显示已知的失败原因。",
    task_names: "任务",
    task_ips: "任务地址",
    ip: "IP",
    host_ip: "主机 IP",
    schedule_count: "调度轮次",
    heterogeneous_tasks: "异构任务",
    role: "角色",
    code_source: "代码来源",
    algorithm: "算法",
    subscription: "订阅",
    code_dir: "代码目录",
    boot_file: "启动文件",
    image: "自定义镜像",
    command: "启动命令",
    engine: "引擎",
    local_code_dir: "本地代码目录",
    working_dir: "工作目录",
    environment: "环境变量",
    no_environment: "没有环境变量。",
    summary: "可视化日志",
    log_type_words,
    engine_id: "引擎 ID",
    image_repo_id: "镜像仓库实例",
    run_user: "运行用户 ID",
    v1_compatible: "旧版训练兼容模式",
    install_sys_packages: "安装平台软件包",
    engine_usage: "用途",
    support_groups: "可用用户组",
    tags: "标签",
    parameters_customization: "允许自定义超参",
    fine_tuning: "微调",
    fine_tuning_model_id: "模型 ID",
    fine_tuning_type: "训练类型",
    model_type: "模型类型",
    output_path: "输出路径",
    training_progress: "训练进度",
    checkpoint_id: "检查点 ID",
    checkpoint_config: "检查点设置",
    fine_tuning_env: "微调环境",
    autosearch_config: "自动搜索配置",
    autosearch_framework: "自动搜索框架",
    name: "名称",
    value: "值",
    r#type: "类型",
    required: "必填",
    editable: "可编辑",
    allowed: "允许值",
    no_parameters: "没有超参。",
    flagged_parameters: |count| format!("{count} 个值不符合约束"),
    auto_search: "超参搜索",
    reward_metrics: "优化指标",
    search_params: "搜索的超参",
    search_algorithms: "搜索算法",
    skip_search_params: "跳过的组合",
    param_type_words,
    reward_mode_words: |mode| match mode {
        RewardMode::Max => "↑ 最大",
        RewardMode::Min => "↓ 最小",
    },
    inputs: "输入",
    outputs: "输出",
    no_inputs: "没有输入。",
    no_outputs: "没有输出。",
    local_dir: "本地目录",
    remote: "远端",
    dataset: "数据集",
    access_method: "传递方式",
    access_method_words,
    upload: "上传",
    upload_mode_words: |mode| match mode {
        UploadMode::Periodically => "定期",
    },
    constraints: "约束",
    flavor: "规格",
    pool: "资源池",
    policy: "策略",
    resource_policy_words,
    pool_group_id: "资源池联邦 ID",
    max_nodes: "最大节点数",
    support_engines: "支持的引擎",
    attributes: "属性",
    per_node: "每个节点",
    totals: "合计",
    cpu: "CPU",
    accelerators: "加速卡",
    memory: "内存",
    disk: "磁盘",
    billing: "计费",
    main_container: "主容器",
    main_container_requested: "主容器（申请规格）",
    hosted_log: "托管日志",
    output_model: "输出模型",
    asset_model: "模型资产",
    custom_metrics: "自定义指标",
    schedule_policy: "调度",
    volumes: "挂载卷",
    log_export: "日志导出",
    endpoints: "远程访问",
    no_resources: "没有资源信息。",
    no_algorithm: "没有算法信息。",
    raw_json_link: "以 JSON 查看、复制或下载文档",
    left_out_fields: "上方未展示的字段",
    nothing_left_out: "本文档的所有字段都已在上方展示。",
    not_in_reference: "API 参考中没有此字段",
    refresh: "刷新",
    updated: "更新于",
    forget_token: "忘记令牌",
    clear_recent_jobs: "同时清除最近打开的作业",
    recent_jobs_cleared: "已清除最近打开的作业。",
    token_title: "此接口需要 IAM 令牌",
    token_title_refused: "令牌被拒绝：请输入新的令牌",
    token_explainer: "令牌只会作为 X-Auth-Token 请求头发送到此接口，绝不会出现在 URL 中。",
    token_label: "项目级 IAM 令牌",
    token_remember: "在此设备上记住 24 小时（IAM 令牌本身的有效期）：保存在本浏览器的 localStorage 中，到期或选择“忘记令牌”时删除。否则关闭标签页即忘记。",
    token_submit: "使用令牌",
    project_id: "项目 ID",
    job_id: "作业 ID",
    endpoint: "接口",
    open_saved: "打开保存的响应",
    saved_note: "文件只在本浏览器中读取，不会发送到任何地方。",
    json_file: "JSON 文件",
    paste_json: "或粘贴 JSON",
    show: "显示",
    base_url: "基础 URL",
    remove: "删除",
    local_banner: |name| format!("📄 本地文件：{name}。未发起任何请求；此视图不是可分享的链接。"),
    no_local_title: "没有打开的本地文件",
    no_local_body: "在此打开的文件只存在于当前标签页，刷新后即消失。",
    go_home: "返回首页",
    continue_there: "继续",
    open_through: "通过其他接口打开此作业：",
    not_found_title: "页面不存在",
    not_found_body: "此链接不是查看器的页面：",
    show_all: "全部显示",
    show_more: "展开",
    show_less: "收起",
    theme: "主题",
    cores: "核",
    unit_not_stated: "单位未说明",
    aside: |text| format!("（{text}）"),
    sensitive: "敏感",
    read_only: "只读",
    priority: "优先级",
    preemptible: "可抢占",
    not_preemptible: "不可抢占",
    affinity: "亲和性",
    job_level: "作业级别",
    group_size: "组大小",
    group_level: "组级别",
    affinity_type_words,
    topology_level_words,
    problem,
    timed_out: |seconds| format!("接口在 {seconds} 秒内没有响应。"),
    timed_out_next: "请重试；如果持续出现，请检查代理或在 config.json 中调大 timeout_seconds。",
    unknown_endpoint: |name| format!("链接指定的接口“{name}”不在此查看器的配置中。"),
    unknown_endpoint_next: "请选择已配置的接口。链接只能按名称选择接口，不能添加接口。",
    not_an_object: |found| format!("接口返回的 JSON 是{}，不是作业。", json_kind(found)),
    not_modelarts_next: NOT_MODELARTS,
    retry_after: |seconds| format!("服务器要求等待 {seconds} 秒后再试。"),
    server_failed: |status| format!("服务器或代理出错（HTTP {status}）。"),
    server_failed_next: "请一分钟后重试；如果持续出现，请报告时间和请求 ID。",
    request_failed: |status| format!("请求失败，HTTP {status}。"),
    request_failed_next: "请检查链接和接口。",
    http_status: "HTTP 状态",
    error_code: "错误码",
    solution: "解决办法",
    request_id: "请求 ID",
    request_url: "请求 URL",
    response_began_with: "响应的开头是：",
    phase_name,
    phase_meaning,
    phase_unknown: "未知",
    annotation_meaning,
    exit_meaning,
    exit_headline,
    task_exit_headline,
    failure_signature,
    unnamed_task: |number| format!("任务 #{number}"),
    hardware_headline,
    accelerators_of: |family, _| accelerator_unit(Some(family)).to_string(),
    accelerator_count: |count| format!("{} 张加速卡", format_number(count)),
    unit_day: "天",
    unit_hour: "小时",
    unit_minute: "分",
    unit_second: "秒",
    just_now: "刚刚",
    time_ago: |amount| format!("{amount}前"),
    date_time: |year, month, day, time| format!("{year}年{month}月{day}日 {time}"),
    time_from_now: |amount| format!("{amount}后"),
    type_warning: |path, expected, found| {
        format!("{path}：应为{}，实际为{}", json_kind(expected), json_kind(found))
    },
    required_but_empty: "必填，但为空",
    not_of_type: |declared| format!("不是有效的 {declared}"),
    outside_range: |low, high| format!("超出 {low} … {high}"),
    range_needs_number: "不是数字，但要求在范围内",
    not_one_of: |choices| format!("不是以下之一：{choices}"),
    discrete_points: |points| format!("{points} 个点"),
    key_pairs: |names| format!("密钥对：{names}"),
    token_word: "令牌",
    dataset_version: "版本",
    dataset_service: "服务",
    colon: "：",
    compare_with: "与其他作业对比…",
    training_type: "训练类型",
    uuid: "UUID",
    updated_at: "更新时间",
    pool_name: "资源池名称",
    pool_node: "资源池节点",
    turbo_range: "加速范围",
    flavor_attributes: "规格属性",
    runtime_type: "运行类型",
    auto_stop: "自动停止",
    log_export_settings: "日志导出设置",
    format_version: "格式版本",
    log_rotation: "日志轮转",
    notifications: "通知",
    asset_id: "资产 ID",
    required_nodes: "必需节点",
    preferred_nodes: "优先节点",
    weight: |weight| format!("（权重 {weight}）"),
    proportion: "比例",
    metric_command: "命令",
    metric_http: "HTTP",
    stop_after: |amount, unit| {
        let unit = match unit {
            "HOURS" => "小时",
            "MINUTES" => "分钟",
            other => other,
        };
        format!("{} {unit}后", format_number(amount))
    },
    job_toolbar: "作业工具栏",
    config_warning,
    config_adjusted: |adjusted| {
        format!(
            "config.json 将 {} 设为 {}，超出查看器接受的范围；改用 {}。",
            adjusted.key, adjusted.given, adjusted.used
        )
    },
    not_a_job_file: |name, reason| format!("{name} 不是训练作业：{}。", body_error(reason)),
    file_unreadable: |name| format!("无法读取 {name}"),
    pasted_json: "粘贴的 JSON",
};

fn level_words(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "信息",
        Severity::Other => "其他",
    }
}

fn metric_words(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::CpuUsage => "CPU 使用率",
        MetricKind::MemUsage => "内存使用率",
        MetricKind::GpuUtil => "GPU 利用率",
        MetricKind::GpuMemUsage => "显存使用率",
        MetricKind::NpuUtil => "NPU 利用率",
        MetricKind::NpuMemUsage => "NPU 内存使用率",
    }
}

pub static FINDER_ZH: FinderStrings = FinderStrings {
    job_lists: "作业列表",
    cpu_cores_of: |_| accelerator_unit(None).to_string(),
    compare_title: "两个作业对比",
    nothing_differs: "两个作业的设置与结果相同。",
    field: "字段",
    fold_same: "隐藏相同的字段",
    job_list_title: "作业列表",
    project: "项目",
    loading_jobs: "正在加载作业…",
    no_jobs: "没有匹配的作业。",
    compare: "对比",
    compare_chosen: "对比选中的两个作业",
    compare_with_recent: "本项目的最近作业：",
    compare_with_pasted: "其他作业的链接或 ID",
    compare_go: "对比",
    hardware: "硬件",
    nodes: "节点数",
    pages: "分页",
    previous_page: "上一页",
    next_page: "下一页",
    any_phase: "任意状态",
    name_contains: "名称包含",
    sort_by: "排序",
    apply_filters: "筛选",
    jobs_matched: |count| format!("匹配 {count} 个作业"),
    page_number: |page| format!("第 {page} 页"),
    sort_order: |key, descending| match (key, descending) {
        (SortKey::Created, true) => "最新的在前",
        (SortKey::Created, false) => "最早的在前",
        (SortKey::Name, false) => "名称升序",
        (SortKey::Name, true) => "名称降序",
        (SortKey::Duration, true) => "运行最久的在前",
        (SortKey::Duration, false) => "运行最短的在前",
    },
    fields_same: |count| format!("{count} 项相同"),
    change_kind_words: |kind| match kind {
        ChangeKind::Added => "新增",
        ChangeKind::Removed => "移除",
        ChangeKind::Changed => "已更改",
        ChangeKind::Same => "相同",
    },
    policies: "策略",
    timing: "时间",
    outcome: "结果",
    queue_time: "排队时长",
    phase: "状态",
    priority_label: "优先级",
    preemption: "抢占",
    back_to_job: "返回作业",
    loading_events: "正在加载事件…",
    no_events: "没有符合条件的事件。",
    event_time: "时间",
    event_level: "级别",
    event_source: "来源",
    event_message: "消息",
    all_levels: "全部级别",
    level_words,
    events_containing: "包含",
    events_shown: |shown, total| format!("共 {total} 条事件，显示 {shown} 条"),
    events_show: "事件表明：",
    loading_log: "正在加载日志…",
    log_empty: "日志为空。",
    no_log_tasks: "此作业尚未列出任何任务，因此还没有可读取的日志。",
    log_search: "搜索日志",
    log_matches: |count| format!("{count} 处匹配"),
    previous_match: "上一处",
    next_match: "下一处",
    download_log: "下载日志",
    wrap_lines: "自动换行",
    log_cut: |shown, full| format!("仅发送了最新的 {shown}（共 {full}）。"),
    found_on_line: |line| format!("第 {line} 行表明："),
    log_lines: "日志行",
    stages: "阶段",
    loading_stages: "正在加载阶段…",
    stage_words: |kind| match kind {
        StageKind::Scheduling => "调度",
        StageKind::Preparing => "准备",
        StageKind::Running => "运行",
        StageKind::End => "结束",
    },
    attempt_of: |number, total| format!("第 {number} 次尝试（共 {total} 次）"),
    log_follows: |seconds| {
        format!("作业正在运行：日志每 {seconds} 秒重新读取一次，停在末尾的视图会跟随最新内容。")
    },
    full_log: "获取完整日志链接",
    loading_full_log: "正在获取完整日志链接…",
    open_full_log: |part, parts| {
        if parts > 1 {
            format!("打开完整日志的第 {part} 部分（共 {parts} 部分）")
        } else {
            "打开完整日志".to_string()
        }
    },
    full_log_expires: "链接的有效期有限，过期后请重新获取。",
    full_log_again: "重新获取链接",
    no_full_log_link: "应答中没有日志的网页链接。",
    loading_metrics: "正在加载资源使用情况…",
    no_metrics: "此任务没有记录资源使用情况。",
    metric_words,
    peak_and_last: |peak, last, percent| {
        let unit = if percent { "%" } else { "" };
        format!("峰值 {peak}{unit}，最新 {last}{unit}")
    },
    series_without_data: |names| format!("{names}没有数据。"),
    list_separator: "、",
    minutes_approximate: |minutes| {
        format!("自作业开始起 {minutes} 分钟，每分钟一个平均值。接口不返回时间，以上时间为估算。")
    },
    memory_before_kill: |task, percent| {
        format!("{task} 被终止（退出码 137）前，内存使用率达到 {percent}%：很可能是内存不足。")
    },
    no_usage_tasks: "此作业尚未列出任何任务，因此还没有可显示的资源使用情况。",
    all_tasks: "全部任务",
    first_tasks: |count| format!("前 {count} 个任务"),
    copy_json: "复制 JSON",
    download_with_secrets: "下载含机密值的文件…",
    confirm_download_secrets: "此文件将包含页面上已遮盖的机密值（令牌、密码、密钥）。仍要下载吗？",
    raw_masked_note: "此处以及复制和下载的内容中，机密值都按与作业页面相同的规则遮盖。",
    raw_lines_cut: |shown| format!("只显示前 {shown} 行；复制和下载包含全部内容。"),
    download: "下载 .json",
    open_title: "打开训练作业",
    paste_label: "粘贴控制台或 API 链接",
    open: "打开",
    recent_jobs: "最近打开",
    demo_jobs: "示例作业",
    loading: "正在加载…",
    no_demo_jobs: "无法读取示例作业列表。",
    endpoints_added: "在本浏览器中添加的接口",
    endpoints_note:
        "保存在本浏览器的 localStorage 中。链接只能按名称选择接口，不能添加接口。添加后请刷新页面。",
    needs_token: "需要 IAM 令牌",
    add: "添加",
    same_origin: "（同源）",
    added_in_browser: "在本浏览器中添加",
};
