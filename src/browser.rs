//! The few browser calls the app makes, in one place: clock, Intl date formatting, clipboard,
//! downloads, storage and the URL. Only runs in a browser.

use crate::i18n::Lang;
use crate::route::TimeMode;
use js_sys::{Array, Date, Object, Reflect};
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

fn set(object: &Object, key: &str, value: &str) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &JsValue::from_str(value));
}

fn date_format(utc: bool, lang: Lang) -> js_sys::Function {
    let options = Object::new();
    // The month by name, so no reader takes 04/05 for the 4th of May.
    for (key, value) in [
        ("year", "numeric"),
        ("month", "short"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("second", "2-digit"),
    ] {
        set(&options, key, value);
    }
    set(&options, "hourCycle", "h23");
    if utc {
        set(&options, "timeZone", "UTC");
    }
    let locales = Array::of1(&JsValue::from_str(lang.code()));
    js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
}

thread_local! {
    /// Building an `Intl.DateTimeFormat` costs far more than formatting with one, and a big job
    /// formats thousands of times, so each (zone, language) formatter is built once.
    static DATE_FORMATS: std::cell::RefCell<Vec<((bool, Lang), js_sys::Function)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn cached_date_format(utc: bool, lang: Lang) -> js_sys::Function {
    DATE_FORMATS.with_borrow_mut(|formats| {
        if let Some((_, format)) = formats.iter().find(|(key, _)| *key == (utc, lang)) {
            return format.clone();
        }
        let format = date_format(utc, lang);
        formats.push(((utc, lang), format.clone()));
        format
    })
}

/// Builds the local and UTC formatters of `lang` ahead of their first use. The first
/// `Intl.DateTimeFormat` of a page loads locale data and takes about 20 ms, which the job page
/// spends while its request is in flight instead of in its first render.
pub fn prepare_date_formats(lang: Lang) {
    cached_date_format(false, lang);
    cached_date_format(true, lang);
}

/// An absolute time through `Intl.DateTimeFormat`, in the local zone or UTC: the date and time in
/// the language's own order, then the zone (`zone_label`).
pub fn format_absolute(ms: i64, utc: bool, lang: Lang) -> String {
    format_date(&Date::new(&JsValue::from_f64(ms as f64)), utc, lang)
}

fn format_date(date: &Date, utc: bool, lang: Lang) -> String {
    let text = cached_date_format(utc, lang)
        .call1(&JsValue::UNDEFINED, date)
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    // getTimezoneOffset is minutes west of UTC, at that date (summer time included).
    let minutes_east = if utc {
        0
    } else {
        -(date.get_timezone_offset() as i32)
    };
    format!(
        "{text} {}",
        crate::insight::display::zone_label(minutes_east)
    )
}

/// How far the browser's zone is ahead of UTC at `ms`, so the timeline's ticks fall on its whole
/// hours and days.
pub fn zone_offset_ms(ms: i64) -> i64 {
    (Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset() * -60_000.0) as i64
}

/// A time as the chosen mode shows it, and the full absolute form for its tooltip.
pub fn format_time(ms: i64, mode: TimeMode, lang: Lang) -> (String, String) {
    // One Date and one formatting per zone: a list shows fifty of these at once.
    let date = Date::new(&JsValue::from_f64(ms as f64));
    let (local, utc) = (
        format_date(&date, false, lang),
        format_date(&date, true, lang),
    );
    let shown = match mode {
        TimeMode::Relative => crate::insight::display::format_relative(ms - now_ms(), lang),
        TimeMode::Local => local.clone(),
        TimeMode::Utc => utc.clone(),
    };
    (shown, format!("{local} · {utc}"))
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

/// The answer `prefetch.js` requested for `url` while the wasm loaded (`key` is "config" or
/// "job"), taken once; `signal` aborts it from then on. `None` when it made no such request, asked
/// for another URL, or failed: the caller then asks itself.
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
