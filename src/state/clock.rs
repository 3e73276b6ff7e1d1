//! Clocks for texts that count time ("updated 4 min ago", a running duration): one signal per
//! text, ticking only as often as that text can change, and only while it is on screen.

use crate::browser::now_ms;
use leptos::prelude::*;
use std::time::Duration;

/// Milliseconds since the Unix epoch, updated every `period` until the calling component goes away.
pub fn ticking_now(period: Duration) -> Signal<i64> {
    let (now, set_now) = signal(now_ms());
    if let Ok(handle) = set_interval_with_handle(move || set_now.set(now_ms()), period) {
        on_cleanup(move || handle.clear());
    }
    now.into()
}
