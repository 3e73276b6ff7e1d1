//! The endpoints a person adds on the start page, kept in localStorage.

use crate::browser::{storage_get, storage_set};
use crate::config::Endpoint;
use crate::storage::json_list::{read_list, write_list};

pub fn save_endpoints(list: &[Endpoint]) {
    storage_set(
        true,
        USER_ENDPOINTS_KEY,
        &write_list(list, Endpoint::to_json),
    );
}

/// Where the endpoints a person adds are kept.
pub const USER_ENDPOINTS_KEY: &str = "mjv.endpoints";

/// The endpoints saved in this browser.
pub fn saved_endpoints() -> Vec<Endpoint> {
    storage_get(true, USER_ENDPOINTS_KEY)
        .map(|text| read_list(&text, |value| Endpoint::from_json(value).ok()))
        .unwrap_or_default()
}
