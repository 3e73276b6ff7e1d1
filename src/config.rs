//! Runtime configuration: `config.json` beside `index.html` names the endpoints. Nothing about an
//! endpoint is baked into the build, and a link can only pick an endpoint by its configured name.

use serde_json::{Map, Value};

// config.json and endpoints are read through `serde_json::Value` by hand, like the lists in
// `json_list`: no serde derives in the wasm, and messages in the config's own terms.

/// What is wrong with `config.json`, in the config's own terms; `Strings::config_warning` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigError {
    /// Not JSON; where the parser stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    EndpointsNotAnArray,
    EndpointNotAnObject,
    EndpointWithoutName,
    /// `key` is not a string, in the endpoint named, or at the top level.
    NotAString {
        endpoint: Option<String>,
        key: &'static str,
    },
    UnknownAuth {
        endpoint: String,
    },
    NotSeconds {
        key: &'static str,
    },
    NoEndpoints,
    /// A `base_url` that is neither http(s) nor relative.
    DisallowedBaseUrl {
        endpoint: String,
    },
}

/// Why the app runs on the bundled demo endpoint alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigWarning {
    Unreachable,
    Status(u16),
    Invalid(ConfigError),
}

/// The string at `key`: `Ok(None)` when absent or `null`, an error naming `key` when not a string.
fn optional_text(
    object: &Map<String, Value>,
    key: &'static str,
) -> Result<Option<String>, ConfigError> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text.clone())),
        Some(_) => Err(ConfigError::NotAString {
            endpoint: None,
            key,
        }),
    }
}

/// A number of seconds from `config.json` that was out of its range and was replaced by the nearest
/// sane value; the app says so, and runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Adjusted {
    pub key: &'static str,
    pub given: u64,
    pub used: u32,
}

/// The range a number of seconds may take; `off` is a value outside it that is allowed too (a
/// refresh interval of 0 turns polling off).
struct SecondsRange {
    key: &'static str,
    default: u32,
    min: u32,
    max: u32,
    off: Option<u32>,
}

/// How long a request may take: at least a second, at most five minutes.
const TIMEOUT: SecondsRange = SecondsRange {
    key: "timeout_seconds",
    default: 20,
    min: 1,
    max: 300,
    off: None,
};

/// How often a job that can still change is loaded again: 0 (never), or 2 s to an hour.
const REFRESH: SecondsRange = SecondsRange {
    key: "refresh_seconds",
    default: 10,
    min: 2,
    max: 3600,
    off: Some(0),
};

/// The number at `range.key` as whole seconds within `range`, the default when absent; a number
/// out of range is clamped and reported in `adjusted`.
fn seconds(
    object: &Map<String, Value>,
    range: &SecondsRange,
    adjusted: &mut Vec<Adjusted>,
) -> Result<u32, ConfigError> {
    let given = match object.get(range.key) {
        None | Some(Value::Null) => return Ok(range.default),
        Some(value) => value
            .as_u64()
            .ok_or(ConfigError::NotSeconds { key: range.key })?,
    };
    if range.off.is_some_and(|off| u64::from(off) == given) {
        return Ok(given as u32);
    }
    let used = given.clamp(u64::from(range.min), u64::from(range.max)) as u32;
    if u64::from(used) != given {
        adjusted.push(Adjusted {
            key: range.key,
            given,
            used,
        });
    }
    Ok(used)
}

/// How a request to an endpoint is authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Auth {
    /// No credentials: a proxy adds them, or the endpoint is the bundled demo.
    #[default]
    None,
    /// The app asks for an IAM token and sends it as `X-Auth-Token`.
    Token,
}

/// A place that answers `GET {base_url}v2/{project_id}/training-jobs/{id}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub name: String,
    /// Resolved against the document's base URL: `""` is the folder `index.html` is served from.
    pub base_url: String,
    pub auth: Auth,
    /// A folder of saved answers, such as the demo, rather than an API: each call is read as a file
    /// at its path plus `.json` (`…/training-jobs/{id}.json`, `…/training-jobs/{id}/events.json`),
    /// so a job and its events can sit side by side on any static host.
    pub files: bool,
    /// Added by the person in the settings panel and kept in this browser, not in `config.json`.
    pub user_added: bool,
}

impl Endpoint {
    /// Reads `{"name", "base_url"?, "auth"?: "none" | "token", "files"?: true}`; other keys are
    /// ignored.
    pub fn from_json(value: &Value) -> Result<Endpoint, ConfigError> {
        let object = value.as_object().ok_or(ConfigError::EndpointNotAnObject)?;
        let name = optional_text(object, "name")?.ok_or(ConfigError::EndpointWithoutName)?;
        let in_endpoint = |error: ConfigError| match error {
            ConfigError::NotAString { key, .. } => ConfigError::NotAString {
                endpoint: Some(name.clone()),
                key,
            },
            other => other,
        };
        let auth = match optional_text(object, "auth")
            .map_err(in_endpoint)?
            .as_deref()
        {
            None | Some("none") => Auth::None,
            Some("token") => Auth::Token,
            Some(_) => return Err(ConfigError::UnknownAuth { endpoint: name }),
        };
        // Trimmed before it is checked: " javascript:…" must not pass as a relative URL.
        let base_url = optional_text(object, "base_url").map_err(in_endpoint)?;
        Ok(Endpoint {
            base_url: base_url
                .map(|url| url.trim().to_string())
                .unwrap_or_default(),
            name,
            auth,
            files: object
                .get("files")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            user_added: false,
        })
    }

    /// The endpoint as `from_json` reads it, for keeping in this browser.
    pub fn to_json(&self) -> Value {
        let mut object = Map::new();
        object.insert("name".into(), self.name.clone().into());
        object.insert("base_url".into(), self.base_url.clone().into());
        let auth = match self.auth {
            Auth::None => "none",
            Auth::Token => "token",
        };
        object.insert("auth".into(), auth.into());
        if self.files {
            object.insert("files".into(), true.into());
        }
        Value::Object(object)
    }
}

/// The whole runtime configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub endpoints: Vec<Endpoint>,
    pub default_endpoint: Option<String>,
    pub refresh_seconds: u32,
    pub timeout_seconds: u32,
    /// Numbers that were out of range, and what is used instead.
    pub adjusted: Vec<Adjusted>,
}

/// The name of the bundled demo endpoint.
pub const DEMO_ENDPOINT: &str = "demo";

impl Config {
    /// The configuration used when `config.json` is missing or broken: the bundled demo only.
    pub fn demo_only() -> Config {
        Config {
            endpoints: vec![Endpoint {
                name: DEMO_ENDPOINT.to_string(),
                base_url: "demo/".to_string(),
                auth: Auth::None,
                files: true,
                user_added: false,
            }],
            default_endpoint: Some(DEMO_ENDPOINT.to_string()),
            refresh_seconds: REFRESH.default,
            timeout_seconds: TIMEOUT.default,
            adjusted: Vec::new(),
        }
    }

    /// The endpoint called `name`, or the default one when there is no name. A name that is not
    /// configured gives `None`: a link never introduces an endpoint.
    pub fn endpoint(&self, name: Option<&str>) -> Option<&Endpoint> {
        match name {
            Some(name) => self.endpoints.iter().find(|endpoint| endpoint.name == name),
            None => self.default(),
        }
    }

    /// Adds the endpoints a person saved in this browser. A saved name never replaces a configured
    /// one, and a saved base URL must be http(s) or relative like any other.
    pub fn with_user_endpoints(mut self, saved: Vec<Endpoint>) -> Config {
        for mut endpoint in saved {
            let taken = self
                .endpoints
                .iter()
                .any(|existing| existing.name == endpoint.name);
            if !taken && !endpoint.name.trim().is_empty() && is_allowed_base(&endpoint.base_url) {
                endpoint.user_added = true;
                self.endpoints.push(endpoint);
            }
        }
        self
    }

    /// The endpoint serving `region`: named after it, or with that region's host in its base URL
    /// (`https://modelarts.{region}.…`).
    pub fn endpoint_for_region(&self, region: &str) -> Option<&Endpoint> {
        let host_start = format!("modelarts.{region}.");
        self.endpoints.iter().find(|endpoint| {
            let host = endpoint.base_url.split_once("://").map(|(_, rest)| rest);
            endpoint.name.eq_ignore_ascii_case(region)
                || host.is_some_and(|host| host.to_ascii_lowercase().starts_with(&host_start))
        })
    }

    fn default(&self) -> Option<&Endpoint> {
        let named = self.default_endpoint.as_deref();
        named
            .and_then(|name| self.endpoints.iter().find(|endpoint| endpoint.name == name))
            .or_else(|| self.endpoints.first())
    }
}

/// Reads `config.json`. An error says what is wrong, for the warning banner.
pub fn parse_config(text: &str) -> Result<Config, ConfigError> {
    let value: Value = serde_json::from_str(text).map_err(|error| ConfigError::NotJson {
        line: error.line(),
        column: error.column(),
    })?;
    let object = value.as_object().ok_or(ConfigError::NotAnObject)?;
    let endpoints = match object.get("endpoints") {
        Some(Value::Array(items)) => items
            .iter()
            .map(Endpoint::from_json)
            .collect::<Result<Vec<_>, _>>()?,
        _ => return Err(ConfigError::EndpointsNotAnArray),
    };
    let mut adjusted = Vec::new();
    let config = Config {
        endpoints,
        default_endpoint: optional_text(object, "default_endpoint")?,
        refresh_seconds: seconds(object, &REFRESH, &mut adjusted)?,
        timeout_seconds: seconds(object, &TIMEOUT, &mut adjusted)?,
        adjusted,
    };
    if config.endpoints.is_empty() {
        return Err(ConfigError::NoEndpoints);
    }
    if let Some(endpoint) = config
        .endpoints
        .iter()
        .find(|endpoint| !is_allowed_base(&endpoint.base_url))
    {
        return Err(ConfigError::DisallowedBaseUrl {
            endpoint: endpoint.name.clone(),
        });
    }
    Ok(config)
}

/// A base URL may be relative or http(s); other schemes (`javascript:`, `data:`, `file:`) are refused.
fn is_allowed_base(base_url: &str) -> bool {
    match scheme_of(base_url) {
        Some(scheme) => scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"),
        None => true,
    }
}

fn scheme_of(url: &str) -> Option<&str> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (starts_with_letter && rest_ok).then_some(scheme)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_config_parses_with_demo_as_default() {
        let config = parse_config(include_str!("../config.json")).unwrap();
        assert_eq!(config.endpoint(None).unwrap().name, DEMO_ENDPOINT);
    }

    #[test]
    fn unknown_keys_are_ignored_and_defaults_filled() {
        let config = parse_config(
            r#"{"endpoints":[{"name":"p","base_url":"","auth":"token","x":1}],"y":2}"#,
        )
        .unwrap();
        assert_eq!(config.endpoints[0].auth, Auth::Token);
        assert_eq!(config.refresh_seconds, 10);
        assert_eq!(config.timeout_seconds, 20);
        assert_eq!(config.endpoint(None).unwrap().name, "p");
    }

    #[test]
    fn a_region_picks_the_endpoint_named_after_it_or_on_its_host() {
        let config = parse_config(
            r#"{"endpoints":[{"name":"demo","base_url":"demo/"},
                {"name":"Beijing","base_url":"https://modelarts.cn-north-4.myhuaweicloud.com/"},
                {"name":"ap-southeast-3","base_url":"/proxy/"},
                {"name":"elsewhere","base_url":"https://proxy.example/modelarts.eu-west-101.x/"}]}"#,
        )
        .unwrap();
        let name = |region| config.endpoint_for_region(region).map(|e| e.name.as_str());
        assert_eq!(name("cn-north-4"), Some("Beijing"));
        assert_eq!(name("ap-southeast-3"), Some("ap-southeast-3"));
        assert_eq!(name("eu-west-101"), None);
    }

    /// The banner a broken config shows, in English.
    fn warning(text: &str) -> String {
        (crate::i18n::EN.config_warning)(&ConfigWarning::Invalid(parse_config(text).unwrap_err()))
    }

    #[test]
    fn broken_configs_say_what_is_wrong() {
        assert_eq!(
            warning("{"),
            "config.json is not valid: it is not JSON (line 1, column 1). Showing the bundled demo endpoint only."
        );
        assert!(warning(r#"{"endpoints":[]}"#).contains("no endpoints"));
        let error = warning(r#"{"endpoints":[{"name":"x","base_url":"javascript:alert(1)//"}]}"#);
        assert!(error.contains("\"x\""), "{error}");
    }

    #[test]
    fn wrong_types_are_named_in_the_message() {
        let cases = [
            (r#"[]"#, "must be an object"),
            (r#"{"endpoints":{}}"#, "endpoints must be an array"),
            (r#"{"endpoints":[{"base_url":""}]}"#, "has no name"),
            (
                r#"{"endpoints":[{"name":"p","auth":"basic"}]}"#,
                "endpoint \"p\": auth must be",
            ),
            (
                r#"{"endpoints":[{"name":"p","base_url":7}]}"#,
                "base_url must be a string",
            ),
            (
                r#"{"endpoints":[{"name":"p"}],"timeout_seconds":-1}"#,
                "timeout_seconds must be",
            ),
            (
                r#"{"endpoints":[{"name":"p"}],"default_endpoint":1}"#,
                "default_endpoint must be",
            ),
        ];
        for (text, expected) in cases {
            let error = warning(text);
            assert!(error.contains(expected), "{text}: {error}");
        }
    }

    #[test]
    fn endpoints_are_written_as_they_are_read() {
        let endpoint = Endpoint {
            name: "mine".into(),
            base_url: "https://proxy.corp/".into(),
            auth: Auth::Token,
            files: false,
            user_added: true,
        };
        for files in [false, true] {
            let endpoint = Endpoint {
                files,
                ..endpoint.clone()
            };
            let again = Endpoint::from_json(&endpoint.to_json()).unwrap();
            assert_eq!(
                again,
                Endpoint {
                    user_added: false,
                    ..endpoint
                }
            );
        }
    }

    #[test]
    fn a_link_can_only_pick_a_configured_endpoint() {
        let config = Config::demo_only();
        assert!(config.endpoint(Some("https://evil.example/")).is_none());
        assert_eq!(config.endpoint(Some("demo")).unwrap().base_url, "demo/");
    }

    #[test]
    fn saved_endpoints_are_added_marked_and_never_replace_configured_ones() {
        let saved: Vec<Endpoint> = serde_json::json!([
            {"name": "demo", "base_url": "https://evil.example/"},
            {"name": "mine", "base_url": "https://proxy.corp/modelarts/", "auth": "token"},
            {"name": "bad", "base_url": "javascript:alert(1)"}
        ])
        .as_array()
        .unwrap()
        .iter()
        .map(|value| Endpoint::from_json(value).unwrap())
        .collect();
        let config = Config::demo_only().with_user_endpoints(saved);
        assert_eq!(config.endpoints.len(), 2);
        assert_eq!(config.endpoint(Some("demo")).unwrap().base_url, "demo/");
        let mine = config.endpoint(Some("mine")).unwrap();
        assert!(mine.user_added && mine.auth == Auth::Token);
    }

    #[test]
    fn out_of_range_seconds_are_clamped_and_reported() {
        let config = parse_config(
            r#"{"endpoints": [{"name": "demo", "base_url": "demo/"}], "timeout_seconds": 2147484, "refresh_seconds": 1}"#,
        )
        .unwrap();
        assert_eq!((config.timeout_seconds, config.refresh_seconds), (300, 2));
        assert_eq!(
            config.adjusted,
            [
                Adjusted {
                    key: "refresh_seconds",
                    given: 1,
                    used: 2
                },
                Adjusted {
                    key: "timeout_seconds",
                    given: 2147484,
                    used: 300
                },
            ]
        );
        let config = parse_config(
            r#"{"endpoints": [{"name": "demo"}], "timeout_seconds": 0, "refresh_seconds": 0}"#,
        )
        .unwrap();
        assert_eq!((config.timeout_seconds, config.refresh_seconds), (1, 0));
        assert_eq!(
            config.adjusted.len(),
            1,
            "refresh 0 is 'off', not out of range"
        );
        let huge = parse_config(r#"{"endpoints": [{"name": "d"}], "timeout_seconds": 1e300}"#);
        assert_eq!(
            huge.unwrap_err(),
            ConfigError::NotSeconds {
                key: "timeout_seconds"
            }
        );
    }

    #[test]
    fn base_urls_are_checked_after_trimming() {
        let refused =
            parse_config(r#"{"endpoints": [{"name": "x", "base_url": " javascript:alert(1)//"}]}"#);
        assert_eq!(
            refused.unwrap_err(),
            ConfigError::DisallowedBaseUrl {
                endpoint: "x".into()
            }
        );
        let config =
            parse_config(r#"{"endpoints": [{"name": "x", "base_url": " demo/ "}]}"#).unwrap();
        assert_eq!(config.endpoints[0].base_url, "demo/");
    }
}
