//! One component per file; each reads model and insight values and computes nothing itself.

pub mod algorithm_card;
pub mod autosearch_card;
pub mod copy_button;
pub mod endpoints_card;
pub mod env_table;
pub mod error_panel;
pub mod fact_list;
pub mod flavor_breakdown;
pub mod io_channel_card;
pub mod job_toolbar;
pub mod job_view;
pub mod link_or_text;
pub mod live_duration;
pub mod masked_value;
pub mod overview_card;
pub mod parameter_table;
pub mod phase_badge;
pub mod raw_json;
pub mod resources_card;
pub mod section_nav;
pub mod status_timeline;
pub mod task_table;
pub mod time_text;
pub mod token_prompt;
pub mod ui;
