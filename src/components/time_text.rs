//! A point in time in the page's time mode, with the absolute time and zone on hover and focus.

use crate::browser::format_time;
use crate::i18n::Ui;
use crate::insight::display::iso_utc;
use leptos::prelude::*;

/// Renders `ms` as relative, local or UTC time; the tooltip has the absolute forms (one where the
/// browser's zone is UTC).
#[component]
pub fn TimeText(ms: i64, ui: Ui) -> impl IntoView {
    let (shown, tooltip) = format_time(ms, ui.time, ui.lang);
    let iso = iso_utc(ms);
    // Not a tab stop: a time does nothing when focused. Screen readers read the absolute form from
    // the hidden text, pointers see it in the tooltip.
    let spoken = (ui.s.aside)(&tooltip);
    view! {
        <time class="time" datetime=iso title=tooltip>
            {shown}
            <span class="visually-hidden">{spoken}</span>
        </time>
    }
}
