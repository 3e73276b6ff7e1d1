//! The linked job's name, painted by `prefetch.js` from its early answer before the app started,
//! kept on screen by the app's loading cards until the job itself is shown (issue 15).

use crate::browser::early_name;
use leptos::prelude::*;

/// The early name, until the first job page takes it.
#[derive(Clone, Copy)]
pub struct EarlyName(StoredValue<Option<String>>);

impl EarlyName {
    /// Takes the name from `prefetch.js` (there is none on the other pages) and provides it.
    pub fn provide() {
        provide_context(EarlyName(StoredValue::new(early_name())));
    }

    /// The name, for the first job page only: the page the link opened (prefetch.js drops the
    /// name when the link changes before the app has started).
    pub fn take() -> Option<String> {
        use_context::<EarlyName>()?
            .0
            .try_update_value(Option::take)?
    }
}
