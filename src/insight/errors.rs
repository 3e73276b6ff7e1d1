//! Every way a load can fail, explained in words with a next step, in the UI's language. The
//! token is never part of it.

use crate::i18n::{Advice, Lang, Strings};
use crate::model::ApiError;
use crate::model::{ApiErrorBody, BodyError};

/// What the error panel says: a sentence, what to do, and the facts support staff ask for.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    pub title: String,
    pub next_step: String,
    /// `(label, value)` pairs: HTTP status, error code, message, request id, URL.
    pub facts: Vec<(&'static str, String)>,
    /// The start of a body that was not JSON, shown as text.
    pub body_start: Option<String>,
    /// Names the title and next step quote as written: the endpoint a link named, config.json
    /// and the keys in it they tell a person to change.
    pub literals: Vec<String>,
}

/// The configuration file and its keys that the sentences about errors name.
const CONFIG_KEYS: [&str; 3] = ["config.json", "timeout_seconds", "base_url"];

/// A cause of failure with a fixed sentence and next step (`Strings::problem` words it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NoToken,
    TokenExpired,
    TokenUnreadable,
    TokenUnparsable,
    TokenNotProjectScoped,
    TokenAuthenticationExpired,
    AccountFrozen,
    MissingApiId,
    InvalidProjectId,
    OperationNotAllowed,
    WorkspacePolicy,
    TokenRefused,
    ProjectNotInToken,
    ModelArtsNotAuthorized,
    AccountInArrears,
    AccountSuspended,
    ProjectDiffersFromToken,
    NoSuchApiPath,
    JobNotFound,
    Throttled,
    LogNotGeneratedYet,
    LogCleared,
    MalformedRequest,
    InternalError,
    GatewayRejectedCredentials,
    CredentialsRefused,
    Forbidden,
    NothingAtAddress,
    TooManyRequests,
    EndpointUnreachable,
    NotJson,
    NotAJob,
    CutOff,
    TooDeep,
    Redirected,
}

impl Problem {
    pub const ALL: [Problem; 35] = [
        Problem::NoToken,
        Problem::TokenExpired,
        Problem::TokenUnreadable,
        Problem::TokenUnparsable,
        Problem::TokenNotProjectScoped,
        Problem::TokenAuthenticationExpired,
        Problem::AccountFrozen,
        Problem::MissingApiId,
        Problem::InvalidProjectId,
        Problem::OperationNotAllowed,
        Problem::WorkspacePolicy,
        Problem::TokenRefused,
        Problem::ProjectNotInToken,
        Problem::ModelArtsNotAuthorized,
        Problem::AccountInArrears,
        Problem::AccountSuspended,
        Problem::ProjectDiffersFromToken,
        Problem::NoSuchApiPath,
        Problem::JobNotFound,
        Problem::Throttled,
        Problem::LogNotGeneratedYet,
        Problem::LogCleared,
        Problem::MalformedRequest,
        Problem::InternalError,
        Problem::GatewayRejectedCredentials,
        Problem::CredentialsRefused,
        Problem::Forbidden,
        Problem::NothingAtAddress,
        Problem::TooManyRequests,
        Problem::EndpointUnreachable,
        Problem::NotJson,
        Problem::NotAJob,
        Problem::CutOff,
        Problem::TooDeep,
        Problem::Redirected,
    ];
}

/// The problem a known `(HTTP status, error_code)` pair from the API reference names.
/// The pair matters: `ModelArts.0210` means three different things under 400, 401 and 403.
fn known_code(status: u16, code: &str) -> Option<Problem> {
    Some(match (status, code) {
        (401, "ModelArts.0201") => Problem::NoToken,
        (401, "ModelArts.0202") => Problem::TokenExpired,
        (401, "ModelArts.0203") => Problem::TokenUnreadable,
        (401, "ModelArts.0204") => Problem::TokenUnparsable,
        (400, "ModelArts.0204") | (401, "ModelArts.0212") => Problem::TokenNotProjectScoped,
        (401, "ModelArts.4127") => Problem::TokenAuthenticationExpired,
        (401, "ModelArts.6201") => Problem::AccountFrozen,
        (401, "ModelArts.0210") => Problem::MissingApiId,
        (400, "ModelArts.0210") => Problem::InvalidProjectId,
        (403, "ModelArts.0108") => Problem::OperationNotAllowed,
        (401 | 403, "ModelArts.0112") => Problem::WorkspacePolicy,
        (403, "ModelArts.0203") => Problem::TokenRefused,
        (403, "ModelArts.0210") => Problem::ProjectNotInToken,
        (403, "ModelArts.2785") => Problem::ModelArtsNotAuthorized,
        (403, "ModelArts.4116") => Problem::AccountInArrears,
        (403, "ModelArts.4118") => Problem::AccountSuspended,
        (404, "ModelArts.2786") => Problem::ProjectDiffersFromToken,
        (404, "ModelArts.2836") => Problem::NoSuchApiPath,
        (400, "ModelArts.2775") => Problem::JobNotFound,
        (429, "ModelArts.2799") => Problem::Throttled,
        (400, "ModelArts.2818") => Problem::LogNotGeneratedYet,
        (400, "ModelArts.2819") => Problem::LogCleared,
        (400, "ModelArts.50004000") => Problem::MalformedRequest,
        (500, "ModelArts.0010") => Problem::InternalError,
        _ => return None,
    })
}

/// Whether asking again may find what this error says is missing: a log not generated yet
/// (400 `ModelArts.2818`), which a running job writes soon.
pub fn may_come_later(error: &ApiError) -> bool {
    matches!(error, ApiError::Http { status, body: Some(body), .. }
        if known_code(*status, body.error_code().map_or("", String::as_str))
            == Some(Problem::LogNotGeneratedYet))
}

fn advised(advice: Advice) -> (String, String) {
    (advice.title.to_string(), advice.next_step.to_string())
}

/// The sentence and action for a status when the body names no known code.
fn by_status(status: u16, retry_after: Option<u32>, s: &Strings) -> (String, String) {
    match status {
        401 => advised((s.problem)(Problem::CredentialsRefused)),
        403 => advised((s.problem)(Problem::Forbidden)),
        404 => advised((s.problem)(Problem::NothingAtAddress)),
        429 => {
            let (title, wait) = advised((s.problem)(Problem::TooManyRequests));
            (title, retry_after.map_or(wait, s.retry_after))
        }
        500..=599 => ((s.server_failed)(status), s.server_failed_next.to_string()),
        _ => (
            (s.request_failed)(status),
            s.request_failed_next.to_string(),
        ),
    }
}

fn body_facts(body: &ApiErrorBody, s: &Strings, facts: &mut Vec<(&'static str, String)>) {
    let fields = [
        (s.error_code, body.error_code()),
        (s.message, body.message()),
        (s.solution, body.solution()),
        (s.request_id, body.request_id()),
    ];
    for (label, field) in fields {
        if let Some(value) = field.filter(|value| !value.is_empty()) {
            facts.push((label, value.clone()));
        }
    }
}

/// Explains a failed load in the UI's language.
pub fn explain(error: &ApiError, lang: Lang) -> Explanation {
    let s = lang.strings();
    let mut facts = Vec::new();
    let mut body_start = None;
    let (title, next_step) = match error {
        ApiError::Network { .. } => advised((s.problem)(Problem::EndpointUnreachable)),
        ApiError::Redirected { .. } => advised((s.problem)(Problem::Redirected)),
        ApiError::Timeout { seconds, .. } => {
            ((s.timed_out)(*seconds), s.timed_out_next.to_string())
        }
        ApiError::UnknownEndpoint { name } => (
            (s.unknown_endpoint)(name),
            s.unknown_endpoint_next.to_string(),
        ),
        ApiError::Http {
            status,
            body,
            retry_after,
            ..
        } => {
            facts.push((s.http_status, status.to_string()));
            let known = body.as_ref().and_then(|body| {
                if body.is_gateway_auth_failure() {
                    return Some(Problem::GatewayRejectedCredentials);
                }
                known_code(*status, body.error_code()?)
            });
            if let Some(body) = body {
                body_facts(body, s, &mut facts);
            }
            match known.map(s.problem) {
                Some(advice) if *status == 429 => (
                    advice.title.to_string(),
                    by_status(429, *retry_after, s).1 + " " + advice.next_step,
                ),
                Some(advice) => advised(advice),
                None => by_status(*status, *retry_after, s),
            }
        }
        ApiError::Body { error, .. } => match error {
            BodyError::NotJson { start } => {
                body_start = Some(start.clone());
                advised((s.problem)(Problem::NotJson))
            }
            BodyError::NotAnObject { found } => {
                ((s.not_an_object)(found), s.not_modelarts_next.to_string())
            }
            BodyError::CutOff => advised((s.problem)(Problem::CutOff)),
            BodyError::TooDeep => advised((s.problem)(Problem::TooDeep)),
            BodyError::NotAJob { error } => {
                if let Some(body) = error {
                    body_facts(body, s, &mut facts);
                }
                advised((s.problem)(Problem::NotAJob))
            }
        },
    };
    if !error.url().is_empty() {
        facts.push((s.request_url, error.url().to_string()));
    }
    let mut literals: Vec<String> = CONFIG_KEYS.map(str::to_string).to_vec();
    if let ApiError::UnknownEndpoint { name } = error {
        literals.push(name.clone());
    }
    Explanation {
        title,
        next_step,
        facts,
        body_start,
        literals,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_error_text;

    fn http(status: u16, body: &str) -> ApiError {
        ApiError::Http {
            url: "https://h/v2/p/training-jobs/j".into(),
            status,
            body: parse_error_text(body).map(Box::new),
            retry_after: None,
        }
    }

    #[test]
    fn only_a_log_not_generated_yet_may_come_later() {
        assert!(may_come_later(&http(
            400,
            r#"{"error_code":"ModelArts.2818"}"#
        )));
        assert!(!may_come_later(&http(
            400,
            r#"{"error_code":"ModelArts.2819"}"#
        )));
        assert!(!may_come_later(&http(
            404,
            r#"{"error_code":"ModelArts.2818"}"#
        )));
        assert!(!may_come_later(&http(404, "")));
    }

    #[test]
    fn the_same_code_means_different_things_under_different_statuses() {
        let body = r#"{"error_code":"ModelArts.0210","error_msg":"x"}"#;
        assert!(explain(&http(400, body), Lang::En)
            .title
            .contains("project ID is not valid"));
        assert!(explain(&http(401, body), Lang::En).title.contains("apiId"));
        assert!(explain(&http(403, body), Lang::En)
            .title
            .contains("does not match the token"));
    }

    #[test]
    fn job_not_found_is_a_400_and_says_so() {
        let explanation = explain(
            &http(
                400,
                r#"{"error_code":"ModelArts.2775","error_msg":"TrainingJobNotFound"}"#,
            ),
            Lang::En,
        );
        assert_eq!(
            explanation.title,
            "No training job with this ID exists here."
        );
        assert!(explanation
            .facts
            .contains(&("Error code", "ModelArts.2775".into())));
        assert!(explanation.facts.contains(&("HTTP status", "400".into())));
        assert!(explanation
            .facts
            .contains(&("Request URL", "https://h/v2/p/training-jobs/j".into())));
    }

    #[test]
    fn gateway_auth_failures_show_the_request_id() {
        let body = include_str!("../../tests/fixtures/apig_0301.json");
        let explanation = explain(&http(401, body), Lang::En);
        assert!(explanation.title.contains("gateway rejected"));
        assert!(explanation
            .facts
            .iter()
            .any(|(label, _)| *label == "Request ID"));
    }

    #[test]
    fn retry_after_is_honoured_in_words() {
        let error = ApiError::Http {
            url: "u".into(),
            status: 429,
            body: None,
            retry_after: Some(30),
        };
        assert!(explain(&error, Lang::En).next_step.contains("30 s"));
    }

    #[test]
    fn every_status_family_has_its_own_sentence() {
        let titles: Vec<String> = [401, 403, 404, 429, 500, 502, 418]
            .into_iter()
            .map(|status| explain(&http(status, ""), Lang::En).title)
            .collect();
        let mut unique = titles.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), titles.len(), "{titles:?}");
        assert!(titles[5].contains("502"), "{titles:?}");
    }

    #[test]
    fn explanations_follow_the_ui_language() {
        let body = r#"{"error_code":"ModelArts.2775","error_msg":"x"}"#;
        let explanation = explain(&http(400, body), Lang::Zh);
        assert_eq!(explanation.title, "此处不存在该 ID 的训练作业。");
        assert!(explanation
            .facts
            .contains(&("错误码", "ModelArts.2775".into())));
    }

    #[test]
    fn a_429_with_a_known_code_adds_the_wait_before_the_advice() {
        let error = ApiError::Http {
            url: "u".into(),
            status: 429,
            body: parse_error_text(r#"{"error_code":"ModelArts.2799"}"#).map(Box::new),
            retry_after: Some(5),
        };
        assert_eq!(
            explain(&error, Lang::En).next_step,
            "The server asks to wait 5 s before trying again. The viewer slows its polling."
        );
        assert_eq!(
            explain(&error, Lang::Zh).next_step,
            "服务器要求等待 5 秒后再试。 查看器会降低轮询频率。"
        );
    }

    #[test]
    fn network_failures_mention_cors_and_a_proxy() {
        let next_step = explain(&ApiError::Network { url: "u".into() }, Lang::En).next_step;
        assert!(next_step.contains("CORS") && next_step.contains("proxy"));
    }
}
