//! Pure functions over the model: what the views show, computed and tested natively.

pub mod algorithm;
pub mod autosearch;
pub mod channels;
pub mod compare;
pub mod coverage;
pub mod display;
pub mod errors;
pub mod events;
pub mod facts;
pub mod hardware;
pub mod job_list;
pub mod logs;
pub mod metrics;
pub mod order;
pub mod overview;
pub mod parameters;
pub mod phase;
pub mod raw;
pub mod resources;
pub mod secrets;
pub mod signatures;
pub mod status;
pub mod tasks;
pub mod timeline;
pub mod triage;
pub mod vocabulary;
