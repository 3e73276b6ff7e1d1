//! IAM tokens: kept per endpoint in sessionStorage, or in localStorage only when the person opts in.
//! A token is only ever read back for the endpoint it was entered for, and only goes into the
//! `X-Auth-Token` header: never into a URL, the console or another endpoint's requests.

use crate::browser::{storage_get, storage_remove, storage_set};

fn key(endpoint: &str) -> String {
    format!("mjv.token.{endpoint}")
}

/// The token saved for `endpoint`, from this tab first, then from the device if remembered.
pub fn saved_token(endpoint: &str) -> Option<String> {
    storage_get(false, &key(endpoint))
        .or_else(|| storage_get(true, &key(endpoint)))
        .filter(|token| !token.trim().is_empty())
}

/// Saves a token for `endpoint`; `remember` also keeps it on this device after the tab closes.
pub fn save_token(endpoint: &str, token: &str, remember: bool) {
    let token = token.trim();
    storage_set(false, &key(endpoint), token);
    if remember {
        storage_set(true, &key(endpoint), token);
    } else {
        storage_remove(true, &key(endpoint));
    }
}

/// Forgets the token of `endpoint` everywhere.
pub fn forget_token(endpoint: &str) {
    storage_remove(false, &key(endpoint));
    storage_remove(true, &key(endpoint));
}
