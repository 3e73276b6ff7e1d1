//! A job as the app holds it once loaded, from an endpoint or from a local file.

use crate::browser::now_ms;
use crate::model::{ParsedJob, Report, TrainingJob};
use leptos::prelude::*;
use std::sync::Arc;

/// A job as loaded: the parsed document and the body it came from, for the raw view.
#[derive(Debug, Default)]
pub struct LoadedJob {
    pub job: Arc<TrainingJob>,
    /// Shared, so a refresh does not copy a report of hundreds of thousands of warnings.
    pub report: Arc<Report>,
    pub body: Arc<str>,
    /// When the document arrived: a running job's reported duration is as of this moment.
    pub fetched_at_ms: i64,
}

impl LoadedJob {
    pub fn new(parsed: ParsedJob, body: Arc<str>) -> LoadedJob {
        LoadedJob {
            job: Arc::new(parsed.job),
            report: Arc::new(parsed.report),
            body,
            fetched_at_ms: now_ms(),
        }
    }
}

/// A response file opened in this tab, with its name; shown at `#/local`.
#[derive(Clone, Copy)]
pub struct LocalDocument(pub RwSignal<Option<(String, Arc<LoadedJob>)>>);
