//! IAM tokens: kept per endpoint in sessionStorage, or in localStorage for a day only when the person
//! opts in. A token is bound to the endpoint's name AND the API address it was entered for, so
//! after `config.json` points that name somewhere else the token is not sent there. It only ever
//! goes into the `X-Auth-Token` header: never into a URL, the console or another endpoint's requests.

use crate::browser::{now_ms, storage_get, storage_remove, storage_set};
use crate::config::{Auth, Endpoint};
use crate::model::lenient::compact_json;
use serde_json::{json, Value};

/// How long a remembered token is kept: an IAM token's own lifetime, after which it is useless.
pub const REMEMBER_MS: i64 = 24 * 60 * 60 * 1000;

/// Where a token may be sent: the endpoint's name and its resolved API root
/// (`https://host/path/v2/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenScope {
    pub endpoint: String,
    pub api_root: String,
}

impl TokenScope {
    /// Where the token of `endpoint`, whose API starts at `api_root`, may go; `None` for an
    /// endpoint that needs no token.
    pub fn of(endpoint: &Endpoint, api_root: String) -> Option<TokenScope> {
        (endpoint.auth == Auth::Token).then(|| TokenScope {
            endpoint: endpoint.name.clone(),
            api_root,
        })
    }

    fn key(&self) -> String {
        format!("mjv.token.{}|{}", self.endpoint, self.api_root)
    }
}

/// A remembered token as kept in localStorage, with the moment it stops being used.
fn remembered_entry(token: &str, expires_at_ms: i64) -> String {
    compact_json(&json!({ "token": token, "expires_at": expires_at_ms }))
}

/// The token of a remembered entry, if it has not expired at `now_ms`.
fn unexpired(entry: &str, now_ms: i64) -> Option<String> {
    let value: Value = serde_json::from_str(entry).ok()?;
    let expires_at = value.get("expires_at")?.as_i64()?;
    (now_ms < expires_at).then(|| value.get("token")?.as_str().map(str::to_string))?
}

/// The token saved for `scope`, from this tab first, then from the device if remembered and not
/// expired; an expired one is deleted.
pub fn saved_token(scope: &TokenScope) -> Option<String> {
    let key = scope.key();
    let remembered = || {
        let entry = storage_get(true, &key)?;
        let token = unexpired(&entry, now_ms());
        if token.is_none() {
            storage_remove(true, &key);
        }
        token
    };
    storage_get(false, &key)
        .or_else(remembered)
        .filter(|token| !token.trim().is_empty())
}

/// Saves a token for `scope`; `remember` also keeps it on this device for [`REMEMBER_MS`].
pub fn save_token(scope: &TokenScope, token: &str, remember: bool) {
    let (key, token) = (scope.key(), token.trim());
    storage_set(false, &key, token);
    if remember {
        storage_set(true, &key, &remembered_entry(token, now_ms() + REMEMBER_MS));
    } else {
        storage_remove(true, &key);
    }
}

/// Forgets the token of `scope` everywhere.
pub fn forget_token(scope: &TokenScope) {
    storage_remove(false, &scope.key());
    storage_remove(true, &scope.key());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_token_is_used_until_it_expires() {
        let entry = remembered_entry("tok", 1_000 + REMEMBER_MS);
        assert_eq!(unexpired(&entry, 1_000).as_deref(), Some("tok"));
        assert_eq!(unexpired(&entry, 1_000 + REMEMBER_MS), None);
        assert_eq!(
            unexpired("tok", 0),
            None,
            "an entry of the old plain form is not used"
        );
    }

    #[test]
    fn a_token_is_bound_to_the_address_as_well_as_the_name() {
        let here = TokenScope {
            endpoint: "cn".into(),
            api_root: "https://a.example/v2/".into(),
        };
        let moved = TokenScope {
            api_root: "https://b.example/v2/".into(),
            ..here.clone()
        };
        assert_ne!(here.key(), moved.key());
    }
}
