//! What every section needs to render text: the strings, the language and the time mode.

use super::{Lang, Strings};
use crate::route::TimeMode;

/// The display settings a section renders with; the page re-renders when one of them changes.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub s: &'static Strings,
    pub lang: Lang,
    pub time: TimeMode,
}

impl Ui {
    pub fn new(lang: Lang, time: TimeMode) -> Ui {
        Ui {
            s: lang.strings(),
            lang,
            time,
        }
    }
}
