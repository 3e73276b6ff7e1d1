//! A duration that ticks every second while the job runs.

use crate::browser::now_ms;
use crate::i18n::Lang;
use crate::insight::display::format_duration_in;
use leptos::prelude::*;
use std::time::Duration;

/// Counts up from `start_ms` once a second when given one; otherwise shows `fixed_ms`.
#[component]
pub fn LiveDuration(start_ms: Option<i64>, fixed_ms: Option<i64>, lang: Lang) -> impl IntoView {
    let now = RwSignal::new(now_ms());
    if start_ms.is_some() {
        if let Ok(handle) =
            set_interval_with_handle(move || now.set(now_ms()), Duration::from_secs(1))
        {
            on_cleanup(move || handle.clear());
        }
    }
    let text = move || match (start_ms, fixed_ms) {
        (Some(start), _) => format_duration_in(now.get() - start, lang),
        (None, Some(fixed)) => format_duration_in(fixed, lang),
        (None, None) => String::new(),
    };
    view! { <span class="live-duration">{text}</span> }
}
