//! The few browser calls the app makes, in one place: clock, the local zone, clipboard,
//! downloads, storage and the URL. Only runs in a browser.

use crate::i18n::Lang;
use crate::insight::display::format_absolute_in;
use crate::route::TimeMode;
use js_sys::{Array, Date, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// `reference` resolved against `base` by the browser's own URL parser, which handles `..`, `./`,
/// scheme-relative and absolute references as every link on the page does.
pub fn resolve_url(base: &str, reference: &str) -> Option<String> {
    web_sys::Url::new_with_base(reference, base)
        .ok()
        .map(|url| url.href())
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    Date::now() as i64
}

/// The browser's zone offset east of UTC at `ms`, in minutes (summer time included); what
/// `getTimezoneOffset` gives is minutes west.
fn minutes_east(date: &Date) -> i32 {
    -(date.get_timezone_offset() as i32)
}

/// An absolute time in the local zone or UTC: the date and time in the language's own order, then
/// the zone (`insight::display::format_absolute_in`).
pub fn format_absolute(ms: i64, utc: bool, lang: Lang) -> String {
    let offset = if utc {
        0
    } else {
        minutes_east(&Date::new(&JsValue::from_f64(ms as f64)))
    };
    format_absolute_in(ms, offset, lang)
}

/// How far the browser's zone is ahead of UTC at `ms`, so the timeline's ticks fall on its whole
/// hours and days.
pub fn zone_offset_ms(ms: i64) -> i64 {
    (Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset() * -60_000.0) as i64
}

/// A time as the chosen mode shows it, and the full absolute form for its tooltip: local and UTC,
/// or one of them where the browser's zone is UTC.
pub fn format_time(ms: i64, mode: TimeMode, lang: Lang) -> (String, String) {
    let offset = minutes_east(&Date::new(&JsValue::from_f64(ms as f64)));
    let (local, utc) = (
        format_absolute_in(ms, offset, lang),
        format_absolute_in(ms, 0, lang),
    );
    let tooltip = if offset == 0 {
        utc.clone()
    } else {
        format!("{local} · {utc}")
    };
    let shown = match mode {
        TimeMode::Relative => crate::insight::display::format_relative(ms - now_ms(), lang),
        TimeMode::Local => local,
        TimeMode::Utc => utc,
    };
    (shown, tooltip)
}

/// Copies text with the asynchronous clipboard API.
pub fn copy_text(text: &str) {
    let clipboard = Reflect::get(
        &leptos::prelude::window().navigator(),
        &JsValue::from_str("clipboard"),
    );
    if let Ok(clipboard) = clipboard {
        if let Ok(write) = Reflect::get(&clipboard, &JsValue::from_str("writeText")) {
            if let Some(write) = write.dyn_ref::<js_sys::Function>() {
                let _ = write.call1(&clipboard, &JsValue::from_str(text));
            }
        }
    }
}

/// Offers `text` as a file download, without any network request.
pub fn download(file_name: &str, text: &str, mime: &str) {
    let parts = Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(anchor) = document.create_element("a") {
        let _ = anchor.set_attribute("href", &url);
        let _ = anchor.set_attribute("download", file_name);
        if let Some(anchor) = anchor.dyn_ref::<web_sys::HtmlElement>() {
            anchor.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// `localStorage` (`persistent`) or `sessionStorage`, when the browser allows storage.
pub fn storage(persistent: bool) -> Option<web_sys::Storage> {
    let window = leptos::prelude::window();
    if persistent {
        window.local_storage().ok().flatten()
    } else {
        window.session_storage().ok().flatten()
    }
}

pub fn storage_get(persistent: bool, key: &str) -> Option<String> {
    storage(persistent)?.get_item(key).ok().flatten()
}

pub fn storage_set(persistent: bool, key: &str, value: &str) {
    if let Some(storage) = storage(persistent) {
        let _ = storage.set_item(key, value);
    }
}

pub fn storage_remove(persistent: bool, key: &str) {
    if let Some(storage) = storage(persistent) {
        let _ = storage.remove_item(key);
    }
}

/// The browser's preferred language tag.
pub fn navigator_language() -> String {
    leptos::prelude::window()
        .navigator()
        .language()
        .unwrap_or_default()
}

/// Replaces the URL's hash without adding a history entry, so selections do not fill history.
pub fn replace_hash(hash: &str) {
    let window = leptos::prelude::window();
    let location = window.location();
    let base = location.href().unwrap_or_default();
    let base = base.split('#').next().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{base}{hash}")));
    }
}

/// The full URL of the current view, for "Copy link".
pub fn current_url() -> String {
    leptos::prelude::window()
        .location()
        .href()
        .unwrap_or_default()
}

/// Scrolls the element with `id` into view, if there is one.
pub fn scroll_to(id: &str) {
    if let Some(element) = leptos::prelude::document().get_element_by_id(id) {
        element.scroll_into_view();
    }
}

/// Whether the tab is hidden, when polling should pause.
pub fn page_hidden() -> bool {
    leptos::prelude::document().hidden()
}

/// The job's name `prefetch.js` painted in the page's skeleton from its early answer, if it did.
pub fn early_name() -> Option<String> {
    let early = Reflect::get(
        &leptos::prelude::window(),
        &JsValue::from_str("modelartsEarly"),
    )
    .ok()?;
    Reflect::get(&early, &JsValue::from_str("name"))
        .ok()?
        .as_string()
}

/// The answer `prefetch.js` requested for `url` while the wasm loaded (`key` is "config" or the
/// name of the measure that reads it: "job", "diagnostics", "log" or "events"), taken once;
/// `signal` aborts it from then on. `None` when it made no such request, asked for another URL, or
/// failed: the caller then asks itself.
pub async fn take_early(
    key: &str,
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
) -> Option<web_sys::Response> {
    let early = Reflect::get(
        &leptos::prelude::window(),
        &JsValue::from_str("modelartsEarly"),
    )
    .ok()?;
    let take: js_sys::Function = Reflect::get(&early, &JsValue::from_str("take"))
        .ok()?
        .dyn_into()
        .ok()?;
    let signal = signal.map_or(JsValue::UNDEFINED, JsValue::from);
    let answer: js_sys::Promise = take
        .call3(
            &early,
            &JsValue::from_str(key),
            &JsValue::from_str(url),
            &signal,
        )
        .ok()?
        .dyn_into()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(answer)
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// Resolves once the frame after now has been painted: a timeout queued in an animation frame
/// runs after that frame is painted (in a hidden tab, frames wait until it is shown).
pub async fn after_paint() {
    let (painted, after) = futures::channel::oneshot::channel::<()>();
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(
            move || {
                let _ = painted.send(());
            },
            std::time::Duration::ZERO,
        )
    });
    let _ = after.await;
}
