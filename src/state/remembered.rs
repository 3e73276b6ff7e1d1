//! What a person opened or revealed on a page ("Show all", a revealed value), kept
//! while the page lives, so a refresh that rebuilds a section puts it back as it was.

use leptos::prelude::*;
use std::collections::HashMap;

/// The page's open/closed flags by name, each a signal owned by the page rather than by the
/// section that shows it.
#[derive(Clone)]
pub struct Remembered {
    owner: Owner,
    flags: StoredValue<HashMap<String, RwSignal<bool>>>,
}

impl Remembered {
    /// Flags that live as long as the current reactive owner (the page).
    pub fn provide() {
        provide_context(Remembered {
            owner: Owner::current().unwrap_or_default(),
            flags: StoredValue::new(HashMap::new()),
        });
    }

    fn flag(&self, key: String) -> RwSignal<bool> {
        if let Some(flag) = self.flags.with_value(|flags| flags.get(&key).copied()) {
            return flag;
        }
        let flag = self.owner.with(|| RwSignal::new(false));
        self.flags.update_value(|flags| {
            flags.insert(key, flag);
        });
        flag
    }
}

/// The page's flag named `key`, off until someone sets it. Outside a page that remembers (a
/// component mounted on its own), a flag of the component's own.
pub fn remembered_flag(key: impl Into<String>) -> RwSignal<bool> {
    match use_context::<Remembered>() {
        Some(remembered) => remembered.flag(key.into()),
        None => RwSignal::new(false),
    }
}
