//! The response of `GET /v2/{project_id}/training-jobs/{training_job_id}`, field by field as in §2 of
//! the API reference. Units are noted where the API mixes them: ms for `create_time`, `start_time`,
//! `duration` and `node_count_metrics`; seconds for everything in `running_records`.

use super::lenient::{record, List, Object, Scalar};
use serde_json::Value;

record! {
    /// One training job, the whole document.
    pub struct TrainingJob {
        /// `job`, `hetero_job`, `autosearch_job`, … (the SDK knows eight kinds; show unknown ones verbatim)
        kind: String,
        metadata: Metadata,
        status: Status,
        algorithm: Algorithm,
        /// Per-task setup of heterogeneous jobs; not the same as `status.tasks`.
        tasks: List<TaskSpec>,
        spec: Spec,
        endpoints: Endpoints,
        ftjob_config: FtJobConfig,
        /// `job` or `ftjob` (§7: Terraform, SDK).
        train_type: String,
    }
}

impl TrainingJob {
    /// The whole document as sent, for the raw view.
    pub fn as_object(&self) -> &crate::model::lenient::Object {
        &self.0
    }
}

record! {
    /// Identity and creation info.
    pub struct Metadata {
        id: String,
        name: String,
        workspace_id: String,
        description: String,
        /// Unix milliseconds.
        create_time: Scalar,
        user_name: String,
        /// Feature switches such as `fault-tolerance/job-retry-num`; values are strings.
        annotations: Object,
        training_experiment_reference: ExperimentReference,
        ai_project: String,
        /// §7: read-only fields of unknown shape that a third-party client strips.
        uuid: Scalar,
        update_time: Scalar,
        tags: Value,
    }
}

record! {
    /// The experiment a job belongs to.
    pub struct ExperimentReference {
        name: String,
        id: String,
        serial_number: Scalar,
    }
}

record! {
    /// Lifecycle state and history.
    pub struct Status {
        phase: String,
        secondary_phase: String,
        /// Milliseconds of run time; 0 before the job starts.
        duration: Scalar,
        /// Pairs of `[Unix ms, node count]`; `null` while creating.
        node_count_metrics: List<List<Scalar>>,
        /// Task names such as `worker-0`.
        tasks: List<String>,
        /// Unix milliseconds; 0 before the job starts.
        start_time: Scalar,
        task_statuses: List<TaskStatus>,
        running_records: List<RunningRecord>,
        retention_time: Scalar,
        task_ips: List<TaskIp>,
    }
}

record! {
    /// How one task ended.
    pub struct TaskStatus {
        task: String,
        exit_code: Scalar,
        message: String,
    }
}

record! {
    /// One run attempt, including fault recovery. Times are Unix seconds.
    pub struct RunningRecord {
        start_at: Scalar,
        end_at: Scalar,
        xpu_start_at: Scalar,
        start_type: String,
        end_reason: String,
        end_related_task: String,
        end_recover: String,
        end_recover_before_downgrade: String,
        recover_records: List<RecoverRecord>,
    }
}

record! {
    /// One recovery action tried during an attempt. Times are Unix seconds.
    pub struct RecoverRecord {
        recover_start_at: Scalar,
        recover_end_at: Scalar,
        recover: String,
        fault_scenario: String,
        reason: String,
        related_task: String,
        recover_result: String,
    }
}

record! {
    /// Where a task ran (search results only).
    pub struct TaskIp {
        task: String,
        ip: String,
        host_ip: String,
        schedule_count: Scalar,
    }
}

record! {
    /// Code, hyperparameters, data and engine.
    pub struct Algorithm {
        id: String,
        name: String,
        subscription_id: String,
        item_version_id: String,
        code_dir: String,
        boot_file: String,
        autosearch_config_path: String,
        autosearch_framework_path: String,
        command: String,
        parameters: List<Parameter>,
        policies: Policies,
        inputs: List<Channel>,
        outputs: List<Channel>,
        engine: Engine,
        local_code_dir: String,
        working_dir: String,
        /// A list of maps in responses, one map in requests and in `tasks[]`.
        environments: List<Object>,
        summary: Summary,
        parameters_customization: bool,
    }
}

record! {
    /// One hyperparameter. `value` is always text, even for integers and booleans.
    pub struct Parameter {
        name: String,
        value: Scalar,
        description: String,
        constraint: Constraint,
        i18n_description: List<I18nDescription>,
    }
}

record! {
    /// The rules a parameter's value must follow.
    pub struct Constraint {
        r#type: String,
        editable: bool,
        required: bool,
        /// A boolean, sometimes sent as the text `"true"`.
        sensitive: Scalar,
        /// `Range`, `Choice`, or the literal text `None`.
        valid_type: String,
        valid_range: List<Scalar>,
    }
}

record! {
    /// A parameter description in one language.
    pub struct I18nDescription {
        language: String,
        description: String,
    }
}

record! {
    /// Job policies; in practice only hyperparameter search.
    pub struct Policies {
        auto_search: AutoSearch,
    }
}

record! {
    /// Hyperparameter-search settings.
    pub struct AutoSearch {
        skip_search_params: String,
        reward_attrs: List<RewardAttr>,
        search_params: List<SearchParam>,
        algo_configs: List<AlgoConfig>,
    }
}

record! {
    /// A metric the search optimises.
    pub struct RewardAttr {
        name: String,
        /// `max` or `min`.
        mode: String,
        regex: String,
    }
}

record! {
    /// A hyperparameter the search varies. Bounds are numbers sent as text.
    pub struct SearchParam {
        name: String,
        /// `continuous` or `discrete`.
        param_type: String,
        lower_bound: Scalar,
        upper_bound: Scalar,
        discrete_points_num: Scalar,
        discrete_values: List<Scalar>,
    }
}

record! {
    /// A search algorithm and its settings.
    pub struct AlgoConfig {
        name: String,
        params: List<AlgoParam>,
    }
}

record! {
    /// One setting of a search algorithm.
    pub struct AlgoParam {
        key: String,
        value: Scalar,
        r#type: String,
    }
}

record! {
    /// A data input or output channel.
    pub struct Channel {
        name: String,
        description: String,
        local_dir: String,
        /// `parameter` or `env`.
        access_method: String,
        remote: Remote,
        remote_constraint: List<RemoteConstraint>,
        /// Outputs only, e.g. `upload_periodically`.
        mode: String,
        /// Outputs only: `30` in one place, `"30s"` in another.
        period: Scalar,
    }
}

record! {
    /// Where a channel's data lives: a dataset or an OBS path.
    pub struct Remote {
        dataset: Dataset,
        obs: ObsLocation,
    }
}

record! {
    /// A ModelArts dataset.
    pub struct Dataset {
        id: String,
        version_id: String,
        obs_url: String,
        /// `V3` for the asset service; anything else is a legacy dataset.
        service_type: String,
        name: String,
        /// §7 (SDK, Terraform).
        dataset_proportion: Scalar,
    }
}

record! {
    /// An OBS path, `obs://bucket/dir/` or `/bucket/dir/`.
    pub struct ObsLocation {
        obs_url: String,
    }
}

record! {
    /// A restriction on an input channel.
    pub struct RemoteConstraint {
        data_type: String,
        attributes: String,
    }
}

record! {
    /// The framework or custom image.
    pub struct Engine {
        engine_id: String,
        engine_name: String,
        engine_version: String,
        image_url: String,
        install_sys_packages: bool,
        image_repo_id: String,
        usage: String,
        support_groups: String,
        tags: List<Object>,
        v1_compatible: bool,
        run_user: Scalar,
    }
}

record! {
    /// Visualization log settings.
    pub struct Summary {
        /// `tensorboard` or `mindstudio-insight`.
        log_type: String,
        log_dir: SummaryLogDir,
        data_sources: List<SummaryDataSource>,
    }
}

record! {
    /// Where visualization logs are written.
    pub struct SummaryLogDir {
        pfs: PfsLocation,
    }
}

record! {
    /// A parallel-file-system path.
    pub struct PfsLocation {
        pfs_path: String,
    }
}

record! {
    /// A job whose logs a visualization job reads.
    pub struct SummaryDataSource {
        job: JobReference,
    }
}

record! {
    /// A reference to another training job.
    pub struct JobReference {
        job_id: String,
    }
}

record! {
    /// One task of a heterogeneous job: its own code, data, engine and flavor.
    pub struct TaskSpec {
        role: String,
        algorithm: Algorithm,
        task_resource: TaskResource,
        log_export_path: LogExportPath,
    }
}

record! {
    /// The flavor of one heterogeneous task.
    pub struct TaskResource {
        pool_id: String,
        flavor_id: String,
        flavor_name: String,
        /// A JSON array encoded as a string.
        support_engines: String,
        support_groups: String,
        max_num: Scalar,
        flavor_type: String,
        billing: Billing,
        flavor_info: FlavorInfo,
        attributes: Object,
    }
}

record! {
    /// Resources, volumes, log export and scheduling.
    pub struct Spec {
        resource: Resource,
        volumes: List<Volume>,
        log_export_path: LogExportPath,
        schedule_policy: SchedulePolicy,
        custom_metrics: List<CustomMetric>,
        output_model: OutputModel,
        asset_model: Object,
        is_hosted_log: bool,
        /// §7: `production` or `debug`.
        runtime_type: String,
        auto_stop: AutoStop,
        log_export_config: LogExportConfig,
        notification: Notification,
        asset_id: String,
    }
}

record! {
    /// Compute resources.
    pub struct Resource {
        /// `regular` (documented) or `economic` (seen).
        policy: String,
        flavor_id: String,
        flavor_name: String,
        node_count: Scalar,
        pool_id: String,
        pool_group_id: String,
        flavor_detail: FlavorDetail,
        main_container_allocated_resources: ContainerResources,
        main_container_customized_flavor: ContainerResources,
        /// One node of the pool, in the shape a third-party client reads (§7); §2 leaves it
        /// undocumented.
        pool_info: PoolInfo,
        pool_name: String,
        /// §7: e.g. `[1, 2]`.
        turbo_range: List<Scalar>,
    }
}

record! {
    /// A public-pool flavor.
    pub struct FlavorDetail {
        /// `CPU`, `GPU` or `Ascend`.
        flavor_type: String,
        billing: Billing,
        flavor_info: FlavorInfo,
        /// §7: text booleans such as `is_multi_nodes_supported` and `max_free_job_count`.
        attributes: Object,
    }
}

record! {
    /// What a flavor is billed as.
    pub struct Billing {
        code: String,
        unit_num: Scalar,
    }
}

record! {
    /// The hardware of one node.
    pub struct FlavorInfo {
        max_num: Scalar,
        cpu: Cpu,
        gpu: Accelerator,
        npu: Accelerator,
        memory: Size,
        disk: Size,
    }
}

record! {
    /// CPU of one node.
    pub struct Cpu {
        arch: String,
        core_num: Scalar,
    }
}

record! {
    /// GPUs or NPUs of one node. `unit_num` is a number for GPUs and text for NPUs.
    pub struct Accelerator {
        unit_num: Scalar,
        product_name: String,
        /// Unit inside the text, e.g. `"32GB"`.
        memory: Scalar,
    }
}

record! {
    /// A size with its unit, e.g. `{"size": 32, "unit": "GB"}`.
    pub struct Size {
        size: Scalar,
        unit: String,
    }
}

record! {
    /// What the main container got, or asked for.
    pub struct ContainerResources {
        cpu_arch: String,
        cpu_core_num: Scalar,
        mem_size: Scalar,
        accelerator_num: Scalar,
        accelerator_type: String,
    }
}

record! {
    /// A mounted volume.
    pub struct Volume {
        nfs: NfsVolume,
        /// §7 (Terraform).
        pfs: StorageVolume,
        obs: StorageVolume,
    }
}

record! {
    /// A parallel file system or OBS volume (§7); the path is under `pfs_path` or `obs_path`.
    pub struct StorageVolume {
        pfs_path: String,
        obs_path: String,
        local_path: String,
    }
}

record! {
    /// One node of a dedicated pool (§7).
    pub struct PoolInfo {
        accelerator_num: Scalar,
        accelerator_type: String,
        core_num: Scalar,
        /// GiB.
        mem_size: Scalar,
    }
}

record! {
    /// When a job stops by itself (§7).
    pub struct AutoStop {
        time_unit: String,
        duration: Scalar,
    }
}

record! {
    /// How logs are exported (§7).
    pub struct LogExportConfig {
        version: String,
        rotation_enabled: bool,
    }
}

record! {
    /// Where job events are announced (§7).
    pub struct Notification {
        topic_urn: String,
        events: List<String>,
    }
}

record! {
    /// Nodes the job must run on (§7).
    pub struct NodeAffinity {
        #[allow(non_snake_case)]
        nodeSelectorTerms: List<SelectorTerm>,
    }
}

record! {
    /// One way a node qualifies: every expression and field must match.
    pub struct SelectorTerm {
        #[allow(non_snake_case)]
        matchExpressions: List<Requirement>,
        #[allow(non_snake_case)]
        matchFields: List<Requirement>,
    }
}

record! {
    /// `key operator values`, as in Kubernetes.
    pub struct Requirement {
        key: String,
        operator: String,
        values: List<String>,
    }
}

record! {
    /// Nodes the job prefers (§7).
    pub struct PreferredAffinity {
        node_affinity: List<WeightedTerm>,
    }
}

record! {
    /// A preference and its weight, 1–100.
    pub struct WeightedTerm {
        weight: Scalar,
        preference: SelectorTerm,
    }
}

record! {
    /// An NFS export mounted into the container.
    pub struct NfsVolume {
        nfs_server_path: String,
        local_path: String,
        read_only: bool,
    }
}

record! {
    /// Where logs are exported.
    pub struct LogExportPath {
        obs_url: String,
        host_path: String,
    }
}

record! {
    /// Scheduling rules.
    pub struct SchedulePolicy {
        required_affinity: Affinity,
        priority: Scalar,
        preemptible: bool,
        /// §7: node preferences with weights 1–100.
        preferred_affinity: PreferredAffinity,
    }
}

record! {
    /// Topology affinity.
    pub struct Affinity {
        affinity_type: String,
        job_level: String,
        affinity_group_size: Scalar,
        affinity_group_level: String,
        /// §7: Kubernetes-style node selection, camelCase inside.
        node_affinity: NodeAffinity,
    }
}

record! {
    /// A custom metric collector.
    pub struct CustomMetric {
        exec: MetricExec,
        http_get: MetricHttpGet,
        /// §7: a second shape, `{metrics_url: "/raw_text", metrics_port: 5006}`.
        metrics_url: String,
        metrics_port: Scalar,
    }
}

record! {
    /// Collect metrics by running a command.
    pub struct MetricExec {
        command: List<String>,
    }
}

record! {
    /// Collect metrics over HTTP.
    pub struct MetricHttpGet {
        path: String,
        port: Scalar,
    }
}

record! {
    /// Where a custom job's artifacts are saved.
    pub struct OutputModel {
        obs: OutputModelObs,
    }
}

record! {
    /// OBS and local paths of saved artifacts.
    pub struct OutputModelObs {
        obs_path: String,
        local_path: String,
    }
}

record! {
    /// Remote access to the running job.
    pub struct Endpoints {
        ssh: SshEndpoint,
        jupyter_lab: WebEndpoint,
        tensorboard: WebEndpoint,
        mindstudio_insight: WebEndpoint,
    }
}

record! {
    /// SSH access.
    pub struct SshEndpoint {
        key_pair_names: List<String>,
        task_urls: List<TaskUrl>,
    }
}

record! {
    /// The SSH address of one task.
    pub struct TaskUrl {
        task: String,
        url: String,
    }
}

record! {
    /// A web tool with its access token (a secret).
    pub struct WebEndpoint {
        url: String,
        token: String,
    }
}

record! {
    /// Fine-tuning job settings.
    pub struct FtJobConfig {
        ft_job_uuid: String,
        ft_train_type: String,
        model_type: String,
        train_output_path: String,
        train_process: Scalar,
        checkpoint_id: String,
        task_env: Object,
        checkpoint_config: Object,
    }
}

impl TaskSpec {
    /// The task's role, or its position (`#2`) when the role is missing or blank.
    pub fn role_label(&self, index: usize) -> String {
        self.role()
            .filter(|role| !role.trim().is_empty())
            .cloned()
            .unwrap_or_else(|| format!("#{}", index + 1))
    }
}
