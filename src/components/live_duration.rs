//! A running job's duration, ticking every second; a finished job's, fixed.

use crate::i18n::Lang;
use crate::insight::display::format_duration_in;
use crate::insight::timeline::running_duration_ms;
use crate::model::TrainingJob;
use crate::state::clock::ticking_now;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;

/// Ticks from what ModelArts reported at `fetched_at_ms` while `running`; otherwise shows `fixed_ms`.
#[component]
pub fn LiveDuration(
    job: Arc<TrainingJob>,
    running: bool,
    fetched_at_ms: i64,
    fixed_ms: Option<i64>,
    lang: Lang,
) -> impl IntoView {
    // A finished job's duration never changes, so only a running one ticks.
    let now = if running {
        ticking_now(Duration::from_secs(1))
    } else {
        Signal::stored(fetched_at_ms)
    };
    let text = move || {
        let shown = if running {
            running_duration_ms(&job, fetched_at_ms, now.get())
        } else {
            fixed_ms
        };
        shown
            .map(|ms| format_duration_in(ms, lang))
            .unwrap_or_default()
    };
    view! { <span class="live-duration">{text}</span> }
}
