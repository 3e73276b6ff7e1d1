//! Every way a load can fail, explained in words with a next step. The token is never part of it.

use crate::api::ApiError;
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
}

/// The sentence and action for a known `(HTTP status, error_code)` pair from the API reference.
/// The pair matters: `ModelArts.0210` means three different things under 400, 401 and 403.
fn known_code(status: u16, code: &str) -> Option<(&'static str, &'static str)> {
    Some(match (status, code) {
        (401, "ModelArts.0201") => (
            "No access token was sent with the request.",
            "Sign in again, and check that the proxy forwards X-Auth-Token.",
        ),
        (401, "ModelArts.0202") => (
            "The access token has expired.",
            "Get a new token; IAM tokens last 24 hours.",
        ),
        (401, "ModelArts.0203") => (
            "The access token could not be read.",
            "Paste or issue the token again; it may have been cut off.",
        ),
        (401, "ModelArts.0204") => (
            "The access token could not be parsed.",
            "Issue a fresh project-scoped token.",
        ),
        (400, "ModelArts.0204") => (
            "The access token is not scoped to a project.",
            "Request a token with scope.project for this region's project.",
        ),
        (401, "ModelArts.0212") => (
            "The token is not scoped to a project.",
            "Request a token with scope.project for this region's project.",
        ),
        (401, "ModelArts.4127") => ("Token authentication has expired.", "Get a new token."),
        (401, "ModelArts.6201") => (
            "The cloud account is frozen.",
            "The account owner must check the balance; the viewer cannot fix this.",
        ),
        (401, "ModelArts.0210") => (
            "The request lacks the apiId header the service expects.",
            "Check that the proxy forwards requests to ModelArts unchanged.",
        ),
        (400, "ModelArts.0210") => (
            "The project ID is not valid.",
            "Check the project ID in the link.",
        ),
        (403, "ModelArts.0108") => (
            "You are not allowed to perform this operation.",
            "Ask an administrator for the ModelArts and OBS permissions the message names.",
        ),
        (401 | 403, "ModelArts.0112") => (
            "A policy blocks this action in this workspace.",
            "Ask for access to the workspace or a suitable role.",
        ),
        (403, "ModelArts.0203") => (
            "The access token was refused.",
            "Issue a token for this account and project again.",
        ),
        (403, "ModelArts.0210") => (
            "The project in the URL does not match the token.",
            "Use a token issued for the same project and region as the link.",
        ),
        (403, "ModelArts.2785") => (
            "ModelArts has not been authorized for this account.",
            "An administrator must grant ModelArts authorization in the console settings.",
        ),
        (403, "ModelArts.4116") => (
            "The account is in arrears.",
            "Top up or settle the account balance.",
        ),
        (403, "ModelArts.4118") => (
            "The account has been suspended.",
            "Check the account balance with its owner.",
        ),
        (404, "ModelArts.2786") => (
            "The project ID in the request differs from the one in the token.",
            "Fix the project ID, or get a token for that project.",
        ),
        (404, "ModelArts.2836") => (
            "The API path does not exist.",
            "Check the region's endpoint, the /v2 prefix and the proxy's path rewriting.",
        ),
        (400, "ModelArts.2775") => (
            "No training job with this ID exists here.",
            "Check the job ID, the project and the region; the job may have been deleted.",
        ),
        (429, "ModelArts.2799") => (
            "Too many requests right now.",
            "Wait a moment; the viewer slows its polling.",
        ),
        (400, "ModelArts.2818") => (
            "The log file has not been generated yet.",
            "Try again later.",
        ),
        (400, "ModelArts.2819") => (
            "The log file has been cleared.",
            "Logs survive only when an OBS log path was set at creation.",
        ),
        (400, "ModelArts.50004000") => (
            "The service called the request malformed.",
            "Check the link's IDs.",
        ),
        (500, "ModelArts.0010") => (
            "ModelArts had an internal error.",
            "Retry later; report the time and the request ID.",
        ),
        _ => return None,
    })
}

/// The sentence and action for a status when the body names no known code.
fn by_status(status: u16, retry_after: Option<u32>) -> (String, String) {
    let (title, next_step): (String, &str) = match status {
        401 => (
            "The credentials were refused (HTTP 401).".into(),
            "Enter a new token; behind a proxy that adds credentials, the proxy's credentials were refused.",
        ),
        403 => (
            "Access to this job is forbidden (HTTP 403).".into(),
            "Ask an administrator for permission on this project.",
        ),
        404 => (
            "Nothing was found at this address (HTTP 404).".into(),
            "Check the endpoint, the project ID and that the proxy forwards /v2/.",
        ),
        429 => {
            let wait = match retry_after {
                Some(seconds) => format!("The server asks to wait {seconds} s before trying again."),
                None => "Wait a moment before trying again.".to_string(),
            };
            return ("Too many requests (HTTP 429).".into(), wait);
        }
        500..=599 => (
            format!("The server or the proxy failed (HTTP {status})."),
            "Try again in a minute; if it persists, report the time and the request ID.",
        ),
        _ => (
            format!("The request failed with HTTP {status}."),
            "Check the link and the endpoint.",
        ),
    };
    (title, next_step.to_string())
}

fn body_facts(body: &ApiErrorBody, facts: &mut Vec<(&'static str, String)>) {
    let fields = [
        ("Error code", &body.error_code),
        ("Message", &body.error_msg),
        ("Solution", &body.error_solution),
        ("Request ID", &body.request_id),
    ];
    for (label, field) in fields {
        if let Some(value) = field.get().filter(|value| !value.is_empty()) {
            facts.push((label, value.clone()));
        }
    }
}

/// Explains a failed load.
pub fn explain(error: &ApiError) -> Explanation {
    let mut facts = Vec::new();
    let mut body_start = None;
    let (title, next_step) = match error {
        ApiError::Network { .. } => (
            "The browser could not reach the endpoint.".to_string(),
            "Check the network. ModelArts does not send CORS headers, so a browser can only reach it \
             through a proxy on the viewer's own origin: configure one in config.json."
                .to_string(),
        ),
        ApiError::Timeout { seconds, .. } => (
            format!("The endpoint did not answer within {seconds} s."),
            "Try again; if it keeps happening, check the proxy or raise timeout_seconds in config.json.".to_string(),
        ),
        ApiError::UnknownEndpoint { name } => (
            format!("The link names an endpoint called \"{name}\", which this viewer's configuration does not have."),
            "Pick one of the configured endpoints. A link can only choose an endpoint by name, never add one."
                .to_string(),
        ),
        ApiError::Http {
            status,
            body,
            retry_after,
            ..
        } => {
            facts.push(("HTTP status", status.to_string()));
            let known = body.as_ref().and_then(|body| {
                if body.is_gateway_auth_failure() {
                    return Some((
                        "The API gateway rejected the credentials.",
                        "Enter a new token (or fix the proxy's credentials); after repeated AK/SK failures, wait 5 minutes.",
                    ));
                }
                known_code(*status, body.error_code.get()?)
            });
            if let Some(body) = body {
                body_facts(body, &mut facts);
            }
            match known {
                Some((title, next_step)) if *status == 429 => (title.to_string(), by_status(429, *retry_after).1 + " " + next_step),
                Some((title, next_step)) => (title.to_string(), next_step.to_string()),
                None => by_status(*status, *retry_after),
            }
        }
        ApiError::Body { error, .. } => match error {
            BodyError::NotJson { start } => {
                body_start = Some(start.clone());
                (
                    "The endpoint answered with something that is not JSON, such as a sign-in page.".to_string(),
                    "A proxy may be asking you to sign in: open the endpoint in a tab, or check the proxy.".to_string(),
                )
            }
            BodyError::NotAnObject { found } => (
                format!("The endpoint answered with JSON that is {found}, not a job."),
                "Check that the endpoint is a ModelArts API or a proxy to one.".to_string(),
            ),
            BodyError::NotAJob { error } => {
                if let Some(body) = error {
                    body_facts(body, &mut facts);
                }
                (
                    "The endpoint answered with JSON that is not a training job.".to_string(),
                    "Check that the endpoint is a ModelArts API or a proxy to one.".to_string(),
                )
            }
        },
    };
    if !error.url().is_empty() {
        facts.push(("Request URL", error.url().to_string()));
    }
    Explanation {
        title,
        next_step,
        facts,
        body_start,
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
    fn the_same_code_means_different_things_under_different_statuses() {
        let body = r#"{"error_code":"ModelArts.0210","error_msg":"x"}"#;
        assert!(explain(&http(400, body))
            .title
            .contains("project ID is not valid"));
        assert!(explain(&http(401, body)).title.contains("apiId"));
        assert!(explain(&http(403, body))
            .title
            .contains("does not match the token"));
    }

    #[test]
    fn job_not_found_is_a_400_and_says_so() {
        let explanation = explain(&http(
            400,
            r#"{"error_code":"ModelArts.2775","error_msg":"TrainingJobNotFound"}"#,
        ));
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
        let explanation = explain(&http(401, body));
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
        assert!(explain(&error).next_step.contains("30 s"));
    }

    #[test]
    fn every_status_family_has_its_own_sentence() {
        let titles: Vec<String> = [401, 403, 404, 429, 500, 502, 418]
            .into_iter()
            .map(|status| explain(&http(status, "")).title)
            .collect();
        let mut unique = titles.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), titles.len(), "{titles:?}");
        assert!(titles[5].contains("502"), "{titles:?}");
    }

    #[test]
    fn network_failures_mention_cors_and_a_proxy() {
        let next_step = explain(&ApiError::Network { url: "u".into() }).next_step;
        assert!(next_step.contains("CORS") && next_step.contains("proxy"));
    }
}
