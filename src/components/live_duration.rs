//! A running job's duration, ticking every second; a finished job's, fixed.

use crate::i18n::Lang;
use crate::insight::display::format_duration_in;
use crate::insight::timeline::running_duration_ms;
use crate::model::TrainingJob;
use crate::state::clock::ticking_now;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Ticks from what ModelArts reported at `fetched_at_ms` with `clock` while the job runs; otherwise
/// shows `fixed_ms`.
#[component]
pub fn LiveDuration(
    job: Arc<TrainingJob>,
    /// A clock ticking every second ([`duration_clock`]) while the job runs; none once it has ended,
    /// as a finished job's duration never changes.
    clock: Option<Signal<i64>>,
    fetched_at_ms: i64,
    fixed_ms: Option<i64>,
    lang: Lang,
) -> impl IntoView {
    let text = move || {
        let shown = match clock {
            Some(now) => running_duration_ms(&job, fetched_at_ms, now.get()),
            None => fixed_ms,
        };
        shown
            .map(|ms| format_duration_in(ms, lang))
            .unwrap_or_default()
    };
    view! { <span class="live-duration">{text}</span> }
}

/// The clock of running durations: one for a whole list, so fifty rows share one timer.
pub fn duration_clock() -> Signal<i64> {
    ticking_now(Duration::from_secs(1))
}
