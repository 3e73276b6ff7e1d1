//! Talking to an endpoint: URL building, the fetch itself (timeout, abort), and mapping every kind of
//! failure to an [`ApiError`] that the page can explain. Everything but the fetch is pure.

use crate::config::{resolve_url, Config, Endpoint};
use crate::model::{parse_error_text, parse_job, ApiError, ParsedJob};
use crate::route::percent_encode;

/// The URL of one job under an endpoint's resolved base URL.
pub fn job_url(base_url: &str, project_id: &str, job_id: &str) -> String {
    let separator = if base_url.is_empty() || base_url.ends_with('/') {
        ""
    } else {
        "/"
    };
    format!(
        "{base_url}{separator}v2/{}/training-jobs/{}",
        percent_encode(project_id),
        percent_encode(job_id)
    )
}

/// Maps a finished HTTP exchange to a job or to the reason there is none.
pub fn classify_response(
    url: &str,
    status: u16,
    retry_after: Option<&str>,
    body: &str,
) -> Result<ParsedJob, ApiError> {
    if !(200..300).contains(&status) {
        return Err(ApiError::Http {
            url: url.to_string(),
            status,
            body: parse_error_text(body).map(Box::new),
            retry_after: retry_after.and_then(parse_retry_after),
        });
    }
    parse_job(body).map_err(|error| ApiError::Body {
        url: url.to_string(),
        error,
    })
}

/// `Retry-After` in its delta-seconds form. The HTTP-date form is rare for APIs and is ignored.
pub fn parse_retry_after(value: &str) -> Option<u32> {
    value.trim().parse().ok()
}

/// A finished HTTP exchange, before it is judged.
#[derive(Debug, Clone, PartialEq)]
pub struct RawResponse {
    pub url: String,
    pub status: u16,
    pub retry_after: Option<String>,
    pub body: String,
}

impl RawResponse {
    /// The job, or why there is none.
    pub fn classify(&self) -> Result<ParsedJob, ApiError> {
        classify_response(
            &self.url,
            self.status,
            self.retry_after.as_deref(),
            &self.body,
        )
    }
}

/// The endpoint a link names (or the default) and the job's URL under it. `document_base` is the
/// page's base URL, against which relative base URLs resolve.
pub fn locate_job<'a>(
    config: &'a Config,
    endpoint: Option<&str>,
    document_base: &str,
    project_id: &str,
    job_id: &str,
) -> Result<(&'a Endpoint, String), ApiError> {
    let Some(found) = config.endpoint(endpoint) else {
        return Err(ApiError::UnknownEndpoint {
            name: endpoint.unwrap_or_default().to_string(),
        });
    };
    let base_url = resolve_url(document_base, &found.base_url);
    Ok((found, job_url(&base_url, project_id, job_id)))
}

pub use fetch::fetch_raw;

/// The fetch itself. It compiles on every target so that pages build natively, but only runs in a
/// browser.
mod fetch {
    use super::{ApiError, RawResponse};
    use crate::state::timing::Span;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;
    use web_sys::AbortController;

    /// Aborts the request when the future that owns it is dropped, that is when the page navigates
    /// away or a newer load replaces this one.
    struct AbortOnDrop(AbortController);

    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            self.0.abort();
        }
    }

    /// GETs `url` with `Accept: application/json`. The token, when given, goes only into the
    /// `X-Auth-Token` header of this one request. `while_waiting` runs once the request is sent.
    pub async fn fetch_raw(
        url: String,
        token: Option<String>,
        timeout_seconds: u32,
        while_waiting: impl FnOnce(),
    ) -> Result<RawResponse, ApiError> {
        let network_error = || ApiError::Network { url: url.clone() };
        let controller = AbortController::new().map_err(|_| network_error())?;
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let controller = controller.clone();
            let timed_out = Rc::clone(&timed_out);
            leptos::prelude::set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    controller.abort();
                },
                Duration::from_secs(u64::from(timeout_seconds)),
            )
            .ok()
        };
        let guard = AbortOnDrop(controller);
        let signal = guard.0.signal();

        let span = Span::start("job:fetch");
        let mut headers = vec![("Accept", "application/json")];
        if let Some(token) = token.as_deref() {
            headers.push(("X-Auth-Token", token));
        }
        let exchange = match crate::browser::start_get(&url, &headers, Some(&signal)) {
            Ok(pending) => {
                while_waiting();
                pending.finish().await
            }
            Err(error) => Err(error),
        };
        if let Some(timer) = timer {
            timer.clear();
        }
        match exchange {
            Ok(fetched) => {
                span.end();
                Ok(RawResponse {
                    url: url.clone(),
                    status: fetched.status,
                    retry_after: fetched.retry_after,
                    body: fetched.body,
                })
            }
            Err(_) if timed_out.get() => Err(ApiError::Timeout {
                url: url.clone(),
                seconds: timeout_seconds,
            }),
            Err(_) => Err(network_error()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::BodyError;

    #[test]
    fn job_urls_join_base_and_escape_ids() {
        assert_eq!(job_url("demo/", "p", "j"), "demo/v2/p/training-jobs/j");
        assert_eq!(job_url("", "p", "j"), "v2/p/training-jobs/j");
        assert_eq!(
            job_url(
                "https://modelarts.cn-north-4.myhuaweicloud.com",
                "p",
                "a/b?c"
            ),
            "https://modelarts.cn-north-4.myhuaweicloud.com/v2/p/training-jobs/a%2Fb%3Fc"
        );
    }

    #[test]
    fn a_link_reaches_only_configured_endpoints_resolved_against_the_page() {
        let config = crate::config::parse_config(include_str!("../config.json")).unwrap();
        let base = "http://127.0.0.1:8080/tools/jobs/index.html";
        let (endpoint, url) = locate_job(&config, None, base, "p", "j").unwrap();
        assert_eq!(endpoint.name, "demo");
        assert_eq!(
            url,
            "http://127.0.0.1:8080/tools/jobs/demo/v2/p/training-jobs/j"
        );
        let (_, url) = locate_job(&config, Some("proxy"), base, "p", "j").unwrap();
        assert_eq!(url, "http://127.0.0.1:8080/tools/jobs/v2/p/training-jobs/j");
        assert_eq!(
            locate_job(&config, Some("https://evil.example/"), base, "p", "j").unwrap_err(),
            ApiError::UnknownEndpoint {
                name: "https://evil.example/".into()
            }
        );
    }

    #[test]
    fn a_200_job_body_is_a_job() {
        let parsed = classify_response("u", 200, None, r#"{"metadata":{"name":"n"}}"#).unwrap();
        assert_eq!(parsed.job.metadata().unwrap().name().unwrap(), "n");
    }

    #[test]
    fn error_statuses_keep_the_error_body_and_retry_after() {
        let error = classify_response(
            "u",
            429,
            Some(" 7 "),
            r#"{"error_code":"ModelArts.2799","error_msg":"Too many"}"#,
        )
        .unwrap_err();
        let ApiError::Http {
            status,
            body,
            retry_after,
            ..
        } = error
        else {
            panic!()
        };
        assert_eq!(status, 429);
        assert_eq!(retry_after, Some(7));
        assert_eq!(body.unwrap().error_code().unwrap(), "ModelArts.2799");
    }

    #[test]
    fn an_html_login_page_with_200_is_not_json() {
        let page = format!("<!doctype html><title>Sign in</title>{}", "x".repeat(500));
        let error = classify_response("u", 200, None, &page).unwrap_err();
        let ApiError::Body {
            error: BodyError::NotJson { start },
            ..
        } = error
        else {
            panic!()
        };
        assert_eq!(start.chars().count(), 200);
        assert!(start.starts_with("<!doctype html>"));
    }

    #[test]
    fn an_error_body_with_200_is_not_a_job() {
        let error = classify_response(
            "u",
            200,
            None,
            r#"{"error_code":"APIG.0301","error_msg":"x"}"#,
        )
        .unwrap_err();
        let ApiError::Body {
            error: BodyError::NotAJob { error: Some(body) },
            ..
        } = error
        else {
            panic!()
        };
        assert!(body.is_gateway_auth_failure());
    }
}
