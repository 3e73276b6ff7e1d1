//! Every word the UI shows, in English and Simplified Chinese, in one typed table. A missing
//! translation is a compile error, not a blank label.
//!
//! An entry is a `&'static str`, or a function when it takes values: each language then writes
//! its own sentence order and, in English, its own plurals (see `en::en_plural`). Everything
//! that decides *which* sentence applies (an exit code's meaning, an error's cause) stays with
//! its logic and names the case with an enum; only the words live here.

mod en;
mod ui;
#[cfg(test)]
mod walk;
mod zh;

pub use en::{EN, FINDER_EN};
pub use ui::Ui;
pub use zh::{FINDER_ZH, ZH};

use crate::config::{Adjusted, ConfigWarning};
use crate::insight::compare::ChangeKind;
use crate::insight::errors::Problem;
use crate::insight::events::Severity;
use crate::insight::facts::Piece;
use crate::insight::hardware::AcceleratorFamily;
use crate::insight::job_list::SortKey;
use crate::insight::metrics::MetricKind;
use crate::insight::phase::Phase;
use crate::insight::signatures::Signature;
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

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// Picks the language from `navigator.language` (`zh`, `zh-CN`, `zh-Hans-…` are Chinese).
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// The language code parameter descriptions use (`i18n_description.language`).
    pub fn api_code(self) -> &'static str {
        match self {
            Lang::En => "en-us",
            Lang::Zh => "zh-cn",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }

    /// The finder page's words in this language.
    pub fn finder(self) -> &'static FinderStrings {
        match self {
            Lang::En => &FINDER_EN,
            Lang::Zh => &FINDER_ZH,
        }
    }
}

/// Appends `piece` to a sentence being built, after `separator` unless it comes first.
fn push_after(line: &mut Vec<Piece>, separator: &str, piece: Piece) {
    if !line.is_empty() {
        line.push(Piece::Ours(separator.to_string()));
    }
    line.push(piece);
}

/// What an error panel says about one cause: the sentence and the next step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Advice {
    pub title: &'static str,
    pub next_step: &'static str,
}

/// All words of the UI. Adding a field fails to compile until both tables fill it and the test
/// in `walk.rs` checks it.
#[derive(Debug)]
pub struct Strings {
    pub app_title: &'static str,
    /// The tab's title on a job's page.
    pub job_title: fn(name: &str, phase: &str) -> String,
    pub skip_to_content: &'static str,
    pub section_title: fn(Section) -> &'static str,
    pub sections_nav: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_link: &'static str,
    pub reveal: &'static str,
    pub hide: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub theme_toggle: &'static str,
    pub language_toggle: &'static str,
    pub time_mode: &'static str,
    pub time_relative: &'static str,
    pub time_local: &'static str,
    pub time_utc: &'static str,
    pub loading_job: &'static str,
    pub unnamed_job: &'static str,
    // Overview
    pub id: &'static str,
    pub kind: &'static str,
    pub created: &'static str,
    pub started: &'static str,
    pub not_started: &'static str,
    pub duration: &'static str,
    pub user: &'static str,
    pub workspace: &'static str,
    pub description: &'static str,
    pub experiment: &'static str,
    pub ai_project: &'static str,
    pub retention_time: &'static str,
    pub annotations: &'static str,
    pub decode_warnings: &'static str,
    // Status
    pub timeline_label: &'static str,
    pub segment_waiting: &'static str,
    pub segment_running: &'static str,
    pub segment_ongoing: &'static str,
    /// Between one run attempt and the next.
    pub segment_restarting: &'static str,
    pub attempts: &'static str,
    pub attempt: &'static str,
    /// One run attempt by its number, in the timeline's tooltips.
    pub attempt_number: fn(number: usize) -> String,
    pub ended: &'static str,
    pub accelerators_up: &'static str,
    pub start_type: &'static str,
    pub end_reason: &'static str,
    pub failed_attempt: &'static str,
    pub detached_records: &'static str,
    pub per_task_algorithm: &'static str,
    pub recovery: &'static str,
    /// How many recoveries one mark of the timeline stands for.
    pub recovery_count: fn(count: usize) -> String,
    /// Warning or Error events marked on the timeline: "3 error events".
    pub event_count: fn(severity: Severity, count: usize) -> String,
    pub events_unread: &'static str,
    pub start_type_words: fn(StartType) -> &'static str,
    pub job_kind_words: fn(JobKind) -> &'static str,
    pub train_type_words: fn(TrainType) -> &'static str,
    pub runtime_type_words: fn(RuntimeType) -> &'static str,
    pub recover_action_words: fn(RecoverAction) -> &'static str,
    pub fault_scenario_words: fn(FaultScenario) -> &'static str,
    pub recover_result_words: fn(RecoverResult) -> &'static str,
    /// One recovery as a sentence, its parts in this language's order and punctuation.
    pub recovery_line: fn(RecoveryParts) -> Vec<Piece>,
    /// The recovery an attempt ended with, and the one it was downgraded from.
    pub downgraded_from: fn(now: Piece, before: Piece) -> Vec<Piece>,
    /// Why an attempt ended, and the task that ended it.
    pub ended_on_task: fn(reason: Piece, task: Piece) -> Vec<Piece>,
    /// The end marker of a job still going.
    pub now: &'static str,
    pub node_count: &'static str,
    pub no_timeline: &'static str,
    pub clamped_note: &'static str,
    // Tasks
    pub task: &'static str,
    pub exit_code: &'static str,
    pub meaning: &'static str,
    pub message: &'static str,
    pub first_failure: &'static str,
    pub no_task_statuses: &'static str,
    pub all_tasks_ok: &'static str,
    /// Before what the failing tasks' message shows, under the triage headline.
    pub message_shows: &'static str,
    /// The headline's evidence read in a failed task's log: "The log of worker-2 shows at line 206:".
    pub log_shows: fn(task: &str, line: usize) -> String,
    /// A failed task's log, at the line that shows its failure: "Log line 1234:".
    pub log_line_shows: fn(line: usize) -> String,
    pub log_shows_nothing: &'static str,
    pub task_names: &'static str,
    pub task_ips: &'static str,
    pub ip: &'static str,
    pub host_ip: &'static str,
    pub schedule_count: &'static str,
    pub heterogeneous_tasks: &'static str,
    pub role: &'static str,
    // Algorithm
    pub code_source: &'static str,
    pub algorithm: &'static str,
    pub subscription: &'static str,
    pub code_dir: &'static str,
    pub boot_file: &'static str,
    pub image: &'static str,
    pub command: &'static str,
    pub engine: &'static str,
    pub local_code_dir: &'static str,
    pub working_dir: &'static str,
    pub environment: &'static str,
    pub no_environment: &'static str,
    pub summary: &'static str,
    pub log_type_words: fn(LogType) -> &'static str,
    pub engine_id: &'static str,
    pub image_repo_id: &'static str,
    pub run_user: &'static str,
    pub v1_compatible: &'static str,
    pub install_sys_packages: &'static str,
    /// `engine.usage`, undocumented (seen `training`).
    pub engine_usage: &'static str,
    pub support_groups: &'static str,
    pub tags: &'static str,
    pub parameters_customization: &'static str,
    // Fine-tuning (`ftjob_config`)
    pub fine_tuning: &'static str,
    /// `ft_job_uuid`, which the SDK calls the model ID.
    pub fine_tuning_model_id: &'static str,
    pub fine_tuning_type: &'static str,
    pub model_type: &'static str,
    pub output_path: &'static str,
    pub training_progress: &'static str,
    pub checkpoint_id: &'static str,
    pub checkpoint_config: &'static str,
    pub fine_tuning_env: &'static str,
    pub autosearch_config: &'static str,
    pub autosearch_framework: &'static str,
    // Parameters
    pub name: &'static str,
    pub value: &'static str,
    pub r#type: &'static str,
    pub required: &'static str,
    pub editable: &'static str,
    pub allowed: &'static str,
    pub no_parameters: &'static str,
    pub flagged_parameters: fn(count: usize) -> String,
    pub auto_search: &'static str,
    pub reward_metrics: &'static str,
    pub search_params: &'static str,
    pub search_algorithms: &'static str,
    pub skip_search_params: &'static str,
    pub param_type_words: fn(ParamType) -> &'static str,
    /// Which way a metric is optimised, with an arrow that shows it.
    pub reward_mode_words: fn(RewardMode) -> &'static str,
    // I/O
    pub inputs: &'static str,
    pub outputs: &'static str,
    pub no_inputs: &'static str,
    pub no_outputs: &'static str,
    pub local_dir: &'static str,
    pub remote: &'static str,
    pub dataset: &'static str,
    pub access_method: &'static str,
    pub access_method_words: fn(AccessMethod) -> &'static str,
    pub upload: &'static str,
    pub upload_mode_words: fn(UploadMode) -> &'static str,
    pub constraints: &'static str,
    // Resources
    pub flavor: &'static str,
    pub pool: &'static str,
    pub policy: &'static str,
    pub resource_policy_words: fn(ResourcePolicy) -> &'static str,
    pub pool_group_id: &'static str,
    pub max_nodes: &'static str,
    pub support_engines: &'static str,
    pub attributes: &'static str,
    pub per_node: &'static str,
    pub totals: &'static str,
    pub cpu: &'static str,
    pub accelerators: &'static str,
    pub memory: &'static str,
    pub disk: &'static str,
    pub billing: &'static str,
    pub main_container: &'static str,
    /// `main_container_customized_flavor`: the size asked for, beside the size allocated.
    pub main_container_requested: &'static str,
    pub hosted_log: &'static str,
    pub output_model: &'static str,
    pub asset_model: &'static str,
    pub custom_metrics: &'static str,
    pub schedule_policy: &'static str,
    pub volumes: &'static str,
    pub log_export: &'static str,
    pub endpoints: &'static str,
    pub no_resources: &'static str,
    pub no_algorithm: &'static str,
    // Raw
    pub raw_json_link: &'static str,
    pub left_out_fields: &'static str,
    pub nothing_left_out: &'static str,
    pub not_in_reference: &'static str,
    pub refresh: &'static str,
    pub updated: &'static str,
    pub forget_token: &'static str,
    pub clear_recent_jobs: &'static str,
    pub recent_jobs_cleared: &'static str,
    pub token_title: &'static str,
    pub token_title_refused: &'static str,
    pub token_explainer: &'static str,
    pub token_label: &'static str,
    pub token_remember: &'static str,
    pub token_submit: &'static str,
    pub project_id: &'static str,
    pub job_id: &'static str,
    pub endpoint: &'static str,
    pub open_saved: &'static str,
    pub saved_note: &'static str,
    pub json_file: &'static str,
    pub paste_json: &'static str,
    pub show: &'static str,
    pub base_url: &'static str,
    pub remove: &'static str,
    /// The banner over a response file opened in this tab, naming the file.
    pub local_banner: fn(name: &str) -> String,
    pub no_local_title: &'static str,
    pub no_local_body: &'static str,
    pub go_home: &'static str,
    /// The link on a page that moves to the other page of the site.
    pub continue_there: &'static str,
    /// Above the list of endpoints a failed job can be opened through instead.
    pub open_through: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub show_all: &'static str,
    /// The button under clamped long text, and under the same text shown whole.
    pub show_more: &'static str,
    pub show_less: &'static str,
    pub theme: &'static str,
    pub cores: &'static str,
    pub unit_not_stated: &'static str,
    /// Words in brackets after what they qualify.
    pub aside: fn(text: &str) -> String,
    pub sensitive: &'static str,
    pub read_only: &'static str,
    pub priority: &'static str,
    pub preemptible: &'static str,
    pub not_preemptible: &'static str,
    pub affinity: &'static str,
    pub job_level: &'static str,
    pub group_size: &'static str,
    pub group_level: &'static str,
    pub affinity_type_words: fn(AffinityType) -> &'static str,
    pub topology_level_words: fn(TopologyLevel) -> &'static str,
    // Load errors
    pub problem: fn(Problem) -> Advice,
    pub timed_out: fn(seconds: u32) -> String,
    pub timed_out_next: &'static str,
    pub unknown_endpoint: fn(name: &str) -> String,
    pub unknown_endpoint_next: &'static str,
    pub not_an_object: fn(found: &'static str) -> String,
    pub not_modelarts_next: &'static str,
    pub retry_after: fn(seconds: u32) -> String,
    pub server_failed: fn(status: u16) -> String,
    pub server_failed_next: &'static str,
    pub request_failed: fn(status: u16) -> String,
    pub request_failed_next: &'static str,
    pub http_status: &'static str,
    pub error_code: &'static str,
    pub solution: &'static str,
    pub request_id: &'static str,
    pub request_url: &'static str,
    pub response_began_with: &'static str,
    // Phases and annotations
    pub phase_name: fn(Phase) -> &'static str,
    /// `None` is a phase the API reference does not document.
    pub phase_meaning: fn(Option<Phase>) -> &'static str,
    pub phase_unknown: &'static str,
    pub annotation_meaning: fn(key: &str) -> Option<&'static str>,
    // Exits
    pub exit_meaning: fn(ExitCause) -> String,
    pub exit_headline: fn(&ExitHeadline) -> String,
    /// A running record's exit, after the task's name when the record names it (`named`).
    pub task_exit_headline: fn(bool, i64, &str) -> String,
    /// What a failure signature means; its detail (a path, a module, an exception) follows as sent.
    pub failure_signature: fn(&Signature) -> &'static str,
    pub unnamed_task: fn(number: usize) -> String,
    // Hardware
    pub hardware_headline:
        fn(nodes: u64, per_node: f64, total: f64, accelerator: Option<AcceleratorFamily>) -> String,
    pub accelerators_of: fn(family: AcceleratorFamily, count: f64) -> String,
    pub accelerator_count: fn(count: f64) -> String,
    // Times and type warnings
    pub unit_day: &'static str,
    pub unit_hour: &'static str,
    pub unit_minute: &'static str,
    pub unit_second: &'static str,
    pub just_now: &'static str,
    pub time_ago: fn(amount: &str) -> String,
    /// A calendar date (month 1 to 12) and a `hh:mm:ss` time, in the language's order.
    pub date_time: fn(year: i64, month: i64, day: i64, time: &str) -> String,
    pub time_from_now: fn(amount: &str) -> String,
    /// `expected` and `found` are the model's names of JSON kinds (`"a string"`).
    pub type_warning: fn(path: &str, expected: &'static str, found: &'static str) -> String,
    // Parameter checks
    pub required_but_empty: &'static str,
    pub not_of_type: fn(declared: &str) -> String,
    pub outside_range: fn(low: &str, high: &str) -> String,
    pub range_needs_number: &'static str,
    pub not_one_of: fn(choices: &str) -> String,
    // Search, remote access, datasets
    pub discrete_points: fn(points: &str) -> String,
    pub key_pairs: fn(names: &str) -> String,
    pub token_word: &'static str,
    pub dataset_version: &'static str,
    pub dataset_service: &'static str,
    /// After a label: ": " in English, "：" in Chinese.
    pub colon: &'static str,
    pub compare_with: &'static str,
    // Fields from published responses (reference §7)
    pub training_type: &'static str,
    pub uuid: &'static str,
    pub updated_at: &'static str,
    pub pool_name: &'static str,
    pub pool_node: &'static str,
    pub turbo_range: &'static str,
    pub flavor_attributes: &'static str,
    pub runtime_type: &'static str,
    pub auto_stop: &'static str,
    pub log_export_settings: &'static str,
    pub format_version: &'static str,
    pub log_rotation: &'static str,
    pub notifications: &'static str,
    pub asset_id: &'static str,
    pub required_nodes: &'static str,
    pub preferred_nodes: &'static str,
    pub weight: fn(weight: &str) -> String,
    pub proportion: &'static str,
    pub metric_command: &'static str,
    pub metric_http: &'static str,
    pub stop_after: fn(amount: f64, unit: &str) -> String,
    pub job_toolbar: &'static str,
    // Start page and config
    pub config_warning: fn(&ConfigWarning) -> String,
    pub config_adjusted: fn(&Adjusted) -> String,
    pub not_a_job_file: fn(name: &str, reason: &BodyError) -> String,
    pub file_unreadable: fn(name: &str) -> String,
    pub pasted_json: &'static str,
}

/// The words only the finder page (`jobs.html`) shows: its job list and its comparison. A table of
/// their own, beside [`Strings`], so the viewer's wasm does not carry them.
pub struct FinderStrings {
    /// The start page's links to each known project's job list.
    pub job_lists: &'static str,
    /// What a node of a flavor without accelerators counts, after the number: "8 CPU cores".
    pub cpu_cores_of: fn(count: f64) -> String,
    // The finder page: job list and comparison
    pub job_list_title: &'static str,
    pub project: &'static str,
    pub loading_jobs: &'static str,
    pub no_jobs: &'static str,
    pub compare: &'static str,
    pub compare_chosen: &'static str,
    pub compare_with_recent: &'static str,
    pub compare_with_pasted: &'static str,
    pub compare_go: &'static str,
    pub hardware: &'static str,
    pub nodes: &'static str,
    pub pages: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub any_phase: &'static str,
    pub name_contains: &'static str,
    pub sort_by: &'static str,
    pub apply_filters: &'static str,
    pub jobs_matched: fn(count: usize) -> String,
    pub page_number: fn(page: usize) -> String,
    pub sort_order: fn(key: SortKey, descending: bool) -> &'static str,
    pub compare_title: &'static str,
    pub nothing_differs: &'static str,
    pub field: &'static str,
    pub fold_same: &'static str,
    // Compare two runs
    /// The fields both jobs have alike, folded away: "41 fields the same".
    pub fields_same: fn(count: usize) -> String,
    /// How a field differs from the first job to the second; a changed secret shows only this.
    pub change_kind_words: fn(ChangeKind) -> &'static str,
    pub policies: &'static str,
    pub timing: &'static str,
    pub outcome: &'static str,
    /// From creation to start.
    pub queue_time: &'static str,
    pub phase: &'static str,
    /// A row's label, where `priority` is a word inside a line.
    pub priority_label: &'static str,
    /// A row's label; its values are `preemptible` and `not_preemptible`.
    pub preemption: &'static str,
    // The finder page: a job's events and a task's log
    /// The link from the events or a log back to the job's page.
    pub back_to_job: &'static str,
    pub loading_events: &'static str,
    pub no_events: &'static str,
    /// The events table's columns.
    pub event_time: &'static str,
    pub event_level: &'static str,
    pub event_source: &'static str,
    pub event_message: &'static str,
    pub all_levels: &'static str,
    /// An event's level in words; unknown levels are shown as sent.
    pub level_words: fn(Severity) -> &'static str,
    /// The events filter's text box.
    pub events_containing: &'static str,
    pub events_shown: fn(shown: usize, total: usize) -> String,
    /// Before the failure the events' messages show.
    pub events_show: &'static str,
    pub loading_log: &'static str,
    pub log_empty: &'static str,
    /// A job that names no task has no log to read.
    pub no_log_tasks: &'static str,
    pub log_search: &'static str,
    pub log_matches: fn(count: usize) -> String,
    pub previous_match: &'static str,
    pub next_match: &'static str,
    pub download_log: &'static str,
    /// Toggles long lines between wrapped and scrolled sideways.
    pub wrap_lines: &'static str,
    /// Only the newest part of a longer log was sent: sizes as `5.2 MB`.
    pub log_cut: fn(shown: &str, full: &str) -> String,
    /// Before the failure a log line shows, which links to that line.
    pub found_on_line: fn(line: usize) -> String,
    /// The scrolled view of the log's lines, for screen readers.
    pub log_lines: &'static str,
    // The diagnostics page: each attempt's stages, above the events
    pub stages: &'static str,
    pub loading_stages: &'static str,
    /// A documented stage in words; other names are shown as sent.
    pub stage_words: fn(StageKind) -> &'static str,
    /// Above each attempt's stages when there were several, the latest first.
    pub attempt_of: fn(number: usize, total: usize) -> String,
    /// A running job's log is read again with the job, every `seconds`.
    pub log_follows: fn(seconds: u32) -> String,
    /// Asks the API for a temporary link to the whole log, beyond the newest 5 MB shown.
    pub full_log: &'static str,
    pub loading_full_log: &'static str,
    /// The link to the whole log, or to one of the parts of a log kept in several.
    pub open_full_log: fn(part: usize, parts: usize) -> String,
    /// Beside the link: it is pre-signed and stops working after a while.
    pub full_log_expires: &'static str,
    /// Asks for a fresh link once the shown one has expired.
    pub full_log_again: &'static str,
    /// An answer without any http(s) link in it.
    pub no_full_log_link: &'static str,
    // The finder page: the tasks' resource usage
    pub loading_metrics: &'static str,
    /// A task whose answer holds no series at all.
    pub no_metrics: &'static str,
    /// A documented series in words.
    pub metric_words: fn(MetricKind) -> &'static str,
    /// A chart's figures in text, as numbers such as `16.8`: percentages for the documented series
    /// (the API states no unit, but they read as such), bare numbers for any other.
    pub peak_and_last: fn(peak: &str, last: &str, percent: bool) -> String,
    /// The series sent with `-1` only, left out of the charts: names joined by `list_separator`.
    pub series_without_data: fn(names: &str) -> String,
    /// Between the names of `series_without_data`.
    pub list_separator: &'static str,
    /// After the time axis: how the times were made up, as the API sends none.
    pub minutes_approximate: fn(minutes: usize) -> String,
    /// A task that exited with 137 right after its memory was nearly full: `percent` as `99.8`.
    pub memory_before_kill: fn(task: &str, percent: &str) -> String,
    /// A job that names no task has no usage to show.
    pub no_usage_tasks: &'static str,
    /// The task picker's link to every task at once.
    pub all_tasks: &'static str,
    /// The same link when only the first `count` tasks are shown at once.
    pub first_tasks: fn(count: usize) -> String,
    // The job as JSON (the diagnostics and local-file pages)
    pub copy_json: &'static str,
    pub download_with_secrets: &'static str,
    pub confirm_download_secrets: &'static str,
    pub raw_masked_note: &'static str,
    pub raw_lines_cut: fn(shown: usize) -> String,
    pub download: &'static str,
    // The start page
    pub open_title: &'static str,
    pub paste_label: &'static str,
    pub open: &'static str,
    pub recent_jobs: &'static str,
    pub demo_jobs: &'static str,
    pub loading: &'static str,
    pub no_demo_jobs: &'static str,
    pub endpoints_added: &'static str,
    pub endpoints_note: &'static str,
    pub needs_token: &'static str,
    pub add: &'static str,
    pub same_origin: &'static str,
    pub added_in_browser: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_follows_the_browser_tag() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh-Hans-SG"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag("de"), Lang::En);
    }
}
