//! What the job page reads beside the job to explain it, once the job is on screen: the job's
//! events, whose warnings and errors are marked on the status timeline, and a failed job's failed
//! tasks' logs, for what they show beside the exit codes. Each is its own call with its own state;
//! one that fails leaves its marks or words out and never touches the job.
//!
//! They are read once for each reading of the job, not polled: the job's loader decides when. A
//! plain task per reading, not a `Loader` each, keeps their code in the job page's first load
//! small.

use crate::api::{as_file, events_url, fetch_raw, log_preview_url, read_answer, RawResponse};
use crate::browser::after_paint;
use crate::insight::events::{parse_events, EventRow};
use crate::insight::logs::parse_log_preview;
use crate::insight::signatures::Signature;
use crate::insight::tasks::failed_log_tasks;
use crate::insight::triage::triage;
use crate::model::ApiError;
use crate::state::loaded::LoadedJob;
use crate::state::loader::{token_for, Loader, Source};
use crate::storage::prefs::use_prefs;
use futures::channel::oneshot;
use futures::future::select;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// Failed tasks whose logs are read at once: one call each, of up to 5 MB.
const LOGS_AT_ONCE: usize = 4;

/// A job's events as the pages read them.
pub fn decode_events(raw: RawResponse) -> Result<Arc<Vec<EventRow>>, ApiError> {
    read_answer(&raw, parse_events).map(Arc::new)
}

/// What a failed task's log shows, once read. A log not read yet, or that could not be read (the
/// diagnostics page's log says why), has none.
#[derive(Debug, Clone, PartialEq)]
pub enum LogFinding {
    /// A known failure, on this line (from 1).
    Found(usize, Signature),
    /// No known failure in it.
    NothingKnown,
}

/// The logs that showed a known failure, as (task, line, signature), in the order read.
pub fn found_in_logs(logs: &[(String, LogFinding)]) -> Vec<(String, usize, Signature)> {
    logs.iter()
        .filter_map(|(task, finding)| match finding {
            LogFinding::Found(line, signature) => Some((task.clone(), *line, signature.clone())),
            _ => None,
        })
        .collect()
}

/// Only what a log shows, so the page does not keep megabytes of text it does not display.
fn log_finding(raw: RawResponse) -> Option<LogFinding> {
    let log = read_answer(&raw, parse_log_preview).ok()?;
    Some(match log.failure() {
        Some((line, signature)) => LogFinding::Found(line, signature),
        None => LogFinding::NothingKnown,
    })
}

/// The calls' results as the job view shows them.
#[derive(Clone, Copy)]
pub struct Evidence {
    pub events: RwSignal<Option<Arc<Vec<EventRow>>>>,
    /// The events call failed: no marks does not mean no events.
    pub events_unread: RwSignal<bool>,
    /// Each failed task read, with what its log shows.
    pub task_logs: RwSignal<Arc<Vec<(String, LogFinding)>>>,
}

/// Nothing read yet, or nothing to read (a local file).
impl Default for Evidence {
    fn default() -> Evidence {
        Evidence {
            events: RwSignal::new(None),
            events_unread: RwSignal::new(false),
            task_logs: RwSignal::new(Arc::default()),
        }
    }
}

impl Evidence {
    /// Reads the events beside the job's `source` after each reading of `job`, and its failed
    /// tasks' logs once it has failed (again only when someone refreshes a finished job).
    pub fn start(job: &Loader<Arc<LoadedJob>>, source: &Source) -> Evidence {
        let evidence = Evidence::default();
        let prefs = use_prefs();
        let (data, updated_at) = (job.data, job.updated_at);
        let source = source.clone();
        Effect::new(move |_| {
            if updated_at.get().is_none() {
                return;
            }
            let source = source.clone();
            // The next reading of the job, or leaving the page, ends the calls in flight (a
            // dropped fetch is aborted).
            let (gone, until_gone) = oneshot::channel::<()>();
            on_cleanup(move || drop(gone));
            spawn_local(async move {
                let work = async {
                    // After the job's first screen is painted: this is about what is on it.
                    after_paint().await;
                    let tasks = data
                        .try_with_untracked(|loaded| {
                            let job = &loaded.as_ref()?.job;
                            let triage = triage(job, prefs.lang.get_untracked());
                            Some(failed_log_tasks(job, &triage, LOGS_AT_ONCE))
                        })
                        .flatten()
                        .unwrap_or_default();
                    futures::join!(
                        read_events(&source, evidence),
                        read_logs(&source, &tasks, evidence)
                    );
                };
                select(std::pin::pin!(work), until_gone).await;
            });
        });
        evidence
    }
}

/// Reads the job's events; the marks already drawn stay when a later reading fails.
async fn read_events(source: &Source, evidence: Evidence) {
    let raw = fetch_beside(source, events_url(&source.url), "job-events:fetch").await;
    let events = raw.map(decode_events).and_then(Result::ok);
    let shown = evidence
        .events
        .try_with_untracked(|shown| shown.clone())
        .flatten();
    let unread = events.is_none() && shown.is_none();
    if evidence.events_unread.try_get_untracked() != Some(unread) {
        evidence.events_unread.try_set(unread);
    }
    if events.is_some() && events != shown {
        evidence.events.try_set(events);
    }
}

/// Reads the tasks' logs one after the other: the first to fail first, and most failed jobs have
/// one or two failed tasks. What is shown changes only when a reading shows something else; a log
/// that cannot be read keeps what an earlier reading showed.
async fn read_logs(source: &Source, tasks: &[String], evidence: Evidence) {
    for task in tasks {
        let url = log_preview_url(&source.url, task);
        let raw = fetch_beside(source, url, "job-log:fetch").await;
        let Some(finding) = raw.and_then(log_finding) else {
            continue;
        };
        let shown = evidence.task_logs.try_with_untracked(|logs| {
            logs.iter()
                .find(|(name, _)| name == task)
                .map(|(_, shown)| *shown == finding)
        });
        if shown.flatten() == Some(true) || shown.is_none() {
            continue;
        }
        // In place when the task was read before: the order stays that of the first reading, the
        // first to fail first, which breaks a tie between equally telling logs.
        evidence.task_logs.try_update(|logs| {
            let mut updated = logs.to_vec();
            match updated.iter_mut().find(|(name, _)| name == task) {
                Some(entry) => entry.1 = finding,
                None => updated.push((task.clone(), finding)),
            }
            *logs = Arc::new(updated);
        });
    }
}

/// GETs `url` as the job's own call is made (its token, timeout and file layout); `None` when it
/// fails or needs a token that is not saved.
async fn fetch_beside(source: &Source, url: String, measure: &'static str) -> Option<RawResponse> {
    let token = token_for(source.token_scope.as_ref()).ok()?;
    let url = if source.files { as_file(&url) } else { url };
    fetch_raw(
        &url,
        None,
        None,
        token.as_deref(),
        source.timeout_seconds,
        measure,
    )
    .await
    .ok()
}
