//! One way to load remote data and keep it fresh: fetch with a timeout, abort when the page goes
//! away, poll while the data can still change, back off on errors (honouring `Retry-After`), pause
//! while the tab is hidden, and leave the data untouched when a body is identical to the last one.
//!
//! Every wait is a timer or a channel, so nothing runs while nothing is scheduled: a finished job's
//! page costs no main-thread time however long it stays open.

use crate::api::{as_file, fetch_raw, Located, RawResponse};
use crate::browser::{now_ms, page_hidden};
use crate::config::Config;
use crate::insight::errors::may_come_later;
use crate::model::ApiError;
use crate::state::refresh::{after_error, after_success, Next};
use crate::state::timing::Span;
use crate::storage::token::{saved_token, TokenScope};
use futures::channel::{mpsc, oneshot};
use futures::future::{select, Either};
use futures::StreamExt;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::pin::pin;

/// Where the data is in its life; the data itself is in [`Loader::data`], so a refresh with new
/// data does not change the stage.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Loading,
    Ready,
    /// Nothing could be shown: the reason.
    Failed(ApiError),
    /// The endpoint needs a token and none is saved for it.
    NeedsToken,
}

/// The User Timing measures one kind of load records.
#[derive(Debug, Clone, Copy)]
pub struct Measures {
    pub fetch: &'static str,
    pub parse: &'static str,
    pub render: &'static str,
}

/// What to load, from where, and how often.
#[derive(Debug, Clone)]
pub struct Source {
    pub url: String,
    /// Where the endpoint's token may go; `None` for endpoints that need no token.
    pub token_scope: Option<TokenScope>,
    pub timeout_seconds: u32,
    pub refresh_seconds: u32,
    pub measures: Measures,
    /// A search to POST as JSON. A static host refuses a POST (405 from nginx, 501 from Python's
    /// server); the same path is then read with GET, as a file, from then on.
    pub post_json: Option<String>,
    /// The `Content-Type` a GET announces: the log link answers with a link to view in the
    /// browser for `text/plain` (reference §5).
    pub content_type: Option<&'static str>,
    /// The endpoint is a folder of saved answers (`Endpoint::files`): the call is read at once as
    /// the file `api::as_file` names, by GET.
    pub files: bool,
}

impl Source {
    /// A GET of the located URL under the configured timeout and refresh policy, with the token
    /// scope and file layout of its endpoint.
    pub fn get(located: Located, config: &Config, measures: Measures) -> Source {
        Source {
            token_scope: TokenScope::of(located.endpoint, located.api_root),
            url: located.url,
            timeout_seconds: config.timeout_seconds,
            refresh_seconds: config.refresh_seconds,
            measures,
            post_json: None,
            content_type: None,
            files: located.endpoint.files,
        }
    }
}

/// Static hosts answer a POST with these: the path is then a file to GET.
const POST_REFUSED: [u16; 2] = [405, 501];

/// How a kind of data is read and when it stops changing.
pub struct Reader<T> {
    /// A response turned into data, or into the reason there is none.
    pub decode: fn(RawResponse) -> Result<T, ApiError>,
    /// Data that will not change again (a finished job) stops the polling.
    pub settled: fn(&T) -> bool,
}

impl<T> Reader<T> {
    /// Data read once and never polled again: a job's events, a log.
    pub fn once(decode: fn(RawResponse) -> Result<T, ApiError>) -> Reader<T> {
        Reader {
            decode,
            settled: |_| true,
        }
    }
}

/// Loaded data and what the page says about it, as signals.
pub struct Loader<T: Send + Sync + 'static> {
    pub stage: RwSignal<Stage>,
    pub data: RwSignal<Option<T>>,
    /// When data last arrived or was confirmed unchanged.
    pub updated_at: RwSignal<Option<i64>>,
    /// A refresh that failed while data is on screen: the data stays, the toolbar says why.
    pub refresh_error: RwSignal<Option<ApiError>>,
    /// Whether another load is scheduled.
    pub polling: RwSignal<bool>,
    wake: mpsc::UnboundedSender<()>,
}

impl<T: Send + Sync + 'static> Clone for Loader<T> {
    fn clone(&self) -> Self {
        Loader {
            wake: self.wake.clone(),
            ..*self
        }
    }
}

impl<T: Send + Sync + 'static> Loader<T> {
    /// Starts loading now; everything stops when the current reactive owner is cleaned up.
    pub fn start(source: Source, reader: Reader<T>) -> Loader<T> {
        let (wake, wakes) = mpsc::unbounded();
        let loader = Loader {
            stage: RwSignal::new(Stage::Loading),
            data: RwSignal::new(None),
            updated_at: RwSignal::new(None),
            refresh_error: RwSignal::new(None),
            polling: RwSignal::new(false),
            wake,
        };
        let (became_visible, visibility_changes) = mpsc::unbounded();
        let listener = window_event_listener_untyped("visibilitychange", move |_| {
            let _ = became_visible.unbounded_send(());
        });
        let (gone, until_gone) = oneshot::channel::<()>();
        on_cleanup(move || {
            listener.remove();
            drop(gone);
        });
        let signals = loader.clone();
        spawn_local(async move {
            let polling = pin!(poll(signals, source, reader, wakes, visibility_changes));
            // Leaving the page drops the loop, which aborts a request in flight and every timer.
            select(polling, until_gone).await;
        });
        loader
    }

    /// Loads again now, or, when waiting for a token, tries the token just saved.
    pub fn refresh(&self) {
        let _ = self.wake.unbounded_send(());
    }

    /// Shows the loading state until the next answer, as after a new token.
    pub fn reload(&self) {
        self.stage.set(Stage::Loading);
        self.refresh();
    }

    /// [`Loader::refresh`] as a callback, for a Refresh button.
    pub fn refresh_callback(&self) -> Callback<()> {
        let loader = self.clone();
        Callback::new(move |_: ()| loader.refresh())
    }

    /// [`Loader::reload`] as a callback, for a token saved or forgotten.
    /// Loads again each time `token_saved` changes: a token saved in another prompt on the page is
    /// for this endpoint's every call.
    pub fn reload_on(&self, token_saved: RwSignal<u32>) {
        let loader = self.clone();
        Effect::new(move |seen: Option<u32>| {
            let now = token_saved.get();
            if seen.is_some_and(|seen| seen != now) {
                loader.reload();
            }
            now
        });
    }

    /// [`Loader::reload_on`] for a call whose prompts save tokens too: the callback they run when
    /// one is saved, which counts it in `token_saved` and so reloads every call of the page.
    pub fn share_token(&self, token_saved: RwSignal<u32>) -> Callback<()> {
        self.reload_on(token_saved);
        Callback::new(move |_: ()| token_saved.update(|saved| *saved += 1))
    }

    /// Loads again, keeping what is shown, each time `read_at` moves on after its first value: a
    /// running job's log and events are read again whenever the job is, under its refresh policy.
    /// Only data on screen whose last reading worked, or a log not generated yet, is read again:
    /// a failed call keeps its own back-off (a 429's `Retry-After`, a 404 that will not change),
    /// and a reload is already on its way.
    pub fn refresh_with(&self, read_at: Signal<Option<i64>>) {
        let loader = self.clone();
        Effect::new(move |seen: Option<Option<i64>>| {
            let now = read_at.get();
            let moved_on = seen.is_some_and(|seen| seen.is_some() && seen != now);
            let worth_asking = loader.stage.with_untracked(|stage| match stage {
                Stage::Ready => loader.refresh_error.with_untracked(Option::is_none),
                Stage::Failed(error) => may_come_later(error),
                Stage::Loading | Stage::NeedsToken => false,
            });
            if moved_on && worth_asking {
                loader.refresh();
            }
            now
        });
    }

    pub fn reload_callback(&self) -> Callback<()> {
        let loader = self.clone();
        Callback::new(move |_: ()| loader.reload())
    }

    /// Data shown on the page stays, with the toolbar saying the refresh failed; anything else
    /// (loading, or a reload after a new token) shows the error instead.
    fn show_error(&self, error: ApiError) {
        if self.stage.get_untracked() == Stage::Ready {
            self.refresh_error.set(Some(error));
        } else {
            self.stage.set(Stage::Failed(error));
        }
    }
}

/// The token the endpoint needs: `Err` when it needs one and none is saved.
pub(crate) fn token_for(scope: Option<&TokenScope>) -> Result<Option<String>, ()> {
    match scope {
        None => Ok(None),
        Some(scope) => saved_token(scope).map(Some).ok_or(()),
    }
}

/// A body's length and hash: enough to recognise an identical answer without keeping a copy of a
/// document that may weigh megabytes.
fn fingerprint(body: &str) -> (usize, u64) {
    let mut hasher = DefaultHasher::new();
    body.hash(&mut hasher);
    (body.len(), hasher.finish())
}

/// Waits for a wake; `false` when no one can wake this loop any more.
async fn woken(wakes: &mut mpsc::UnboundedReceiver<()>) -> bool {
    wakes.next().await.is_some()
}

async fn poll<T: Send + Sync + 'static>(
    loader: Loader<T>,
    source: Source,
    reader: Reader<T>,
    mut wakes: mpsc::UnboundedReceiver<()>,
    mut visibility_changes: mpsc::UnboundedReceiver<()>,
) {
    let mut previous_body: Option<(usize, u64)> = None;
    let url = if source.files {
        as_file(&source.url)
    } else {
        source.url.clone()
    };
    let mut post_json = source.post_json.clone().filter(|_| !source.files);
    let mut failures = 0u32;
    loop {
        // A burst of clicks is one refresh.
        while wakes.try_recv().is_ok() {}
        let Ok(token) = token_for(source.token_scope.as_ref()) else {
            loader.stage.set(Stage::NeedsToken);
            loader.polling.set(false);
            if !woken(&mut wakes).await {
                return;
            }
            continue;
        };
        let mut fetched = fetch_raw(
            &url,
            post_json.as_deref(),
            source.content_type,
            token.as_deref(),
            source.timeout_seconds,
            source.measures.fetch,
        )
        .await;
        if post_json.is_some()
            && fetched
                .as_ref()
                .is_ok_and(|raw| POST_REFUSED.contains(&raw.status))
        {
            post_json = None;
            fetched = fetch_raw(
                &url,
                None,
                source.content_type,
                token.as_deref(),
                source.timeout_seconds,
                source.measures.fetch,
            )
            .await;
        }
        let body = fetched
            .as_ref()
            .ok()
            .filter(|raw| raw.is_success())
            .map(|raw| fingerprint(&raw.body));
        let next = match fetched {
            Ok(_) if body.is_some() && body == previous_body => {
                // Identical data: nothing in the DOM changes but the "updated" time. After a
                // reload (a new token) the same data is shown again.
                failures = 0;
                if loader.stage.get_untracked() != Stage::Ready {
                    loader.stage.set(Stage::Ready);
                }
                loader.refresh_error.set(None);
                loader.updated_at.set(Some(now_ms()));
                let settled = loader
                    .data
                    .with_untracked(|data| data.as_ref().is_some_and(reader.settled));
                after_success(settled, source.refresh_seconds)
            }
            Ok(raw) => {
                let span = Span::start(source.measures.parse);
                let decoded = (reader.decode)(raw);
                span.end();
                match decoded {
                    Ok(data) => {
                        failures = 0;
                        previous_body = body;
                        let settled = (reader.settled)(&data);
                        let render = Span::start(source.measures.render);
                        loader.refresh_error.set(None);
                        loader.data.set(Some(data));
                        if loader.stage.get_untracked() != Stage::Ready {
                            loader.stage.set(Stage::Ready);
                        }
                        // The view updates in a microtask queued by the sets above; this one runs
                        // after it, so the measure covers building the DOM.
                        queue_microtask(move || render.end());
                        loader.updated_at.set(Some(now_ms()));
                        after_success(settled, source.refresh_seconds)
                    }
                    Err(error) => {
                        failures += 1;
                        let next = after_error(&error, failures, source.refresh_seconds);
                        loader.show_error(error);
                        next
                    }
                }
            }
            Err(error) => {
                failures += 1;
                let next = after_error(&error, failures, source.refresh_seconds);
                loader.show_error(error);
                next
            }
        };
        loader.polling.set(matches!(next, Next::After(_)));
        let still_wanted = match next {
            Next::After(ms) => {
                let timer = TimeoutFuture::new(u32::try_from(ms).unwrap_or(u32::MAX));
                match select(timer, wakes.next()).await {
                    Either::Right((None, _)) => false,
                    _ => until_visible(&mut wakes, &mut visibility_changes).await,
                }
            }
            Next::Wait => woken(&mut wakes).await,
        };
        if !still_wanted {
            return;
        }
    }
}

/// Holds a scheduled load while the tab is hidden, until it is shown again or someone asks;
/// `false` when no one can wake this loop any more.
async fn until_visible(
    wakes: &mut mpsc::UnboundedReceiver<()>,
    visibility_changes: &mut mpsc::UnboundedReceiver<()>,
) -> bool {
    while page_hidden() {
        if let Either::Left((None, _)) = select(wakes.next(), visibility_changes.next()).await {
            return false;
        }
    }
    true
}
