//! A point in time in the page's time mode, with the absolute time and zone on hover and focus.

use crate::browser::format_time;
use crate::i18n::Ui;
use leptos::prelude::*;

/// Renders `ms` as relative, local or UTC time; the tooltip always has both absolute forms.
#[component]
pub fn TimeText(ms: i64, ui: Ui) -> impl IntoView {
    let (shown, tooltip) = format_time(ms, ui.time, ui.lang);
    let iso = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64))
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
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
