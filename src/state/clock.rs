//! The app's one clock for every text that counts time ("updated 5 s ago", a running duration),
//! so they tick together from one timer instead of one each.

use crate::browser::now_ms;
use leptos::prelude::*;
use std::time::Duration;

#[derive(Clone, Copy)]
struct Clock(ReadSignal<i64>);

/// Starts the clock for everything below the current owner.
pub fn provide_clock() {
    let (now, set_now) = signal(now_ms());
    if let Ok(handle) =
        set_interval_with_handle(move || set_now.set(now_ms()), Duration::from_secs(1))
    {
        on_cleanup(move || handle.clear());
    }
    provide_context(Clock(now));
}

/// Milliseconds since the Unix epoch, updated each second; fixed when no clock was provided (a
/// component mounted on its own).
pub fn use_now() -> Signal<i64> {
    match use_context::<Clock>() {
        Some(Clock(now)) => now.into(),
        None => Signal::stored(now_ms()),
    }
}
