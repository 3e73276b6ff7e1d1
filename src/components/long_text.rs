//! The API's prose (descriptions, messages), long text clamped to three lines behind "Show more".

use crate::i18n::Ui;
use crate::insight::display::is_long_text;
use crate::state::remembered::remembered_flag;
use leptos::prelude::*;

/// `text` as sent, marked "do not translate"; when [`is_long_text`], a button follows it that the
/// stylesheet clamps it by (`aria-expanded`), whose state is the page's flag named by `key`, so a
/// refresh that rebuilds the section keeps the text open.
#[component]
pub fn LongText(text: String, key: String, ui: Ui) -> impl IntoView {
    let toggle = is_long_text(&text).then(|| {
        let open = remembered_flag(format!("more:{key}"));
        view! {
            <button type="button" class="long-text__toggle"
                aria-expanded=move || if open.get() { "true" } else { "false" }
                on:click=move |_| open.update(|open| *open = !*open)>
                {move || if open.get() { ui.s.show_less } else { ui.s.show_more }}
            </button>
        }
    });
    view! { <span class="long-text" translate="no">{text}</span> {toggle} }
}
