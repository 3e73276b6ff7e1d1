//! What the app keeps in the browser's storage: preferences, tokens, recent jobs and the endpoints
//! a person added, each behind its own small module, all as JSON text read through `json_list`.

pub mod endpoints;
pub mod json_list;
pub mod prefs;
pub mod recent;
pub mod token;
