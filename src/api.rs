//! Talking to an endpoint: URL building, the fetch itself (timeout, abort), and mapping every kind of
//! failure to an [`ApiError`] that the page can explain. Everything but the fetch is pure.

use crate::config::{Config, Endpoint};
use crate::model::{parse_error_text, parse_job, ApiError, BodyError, ParsedJob};
use crate::route::percent_encode;

/// Where an endpoint's API calls start: `{base_url}v2/`.
pub fn api_root(base_url: &str) -> String {
    let separator = if base_url.is_empty() || base_url.ends_with('/') {
        ""
    } else {
        "/"
    };
    format!("{base_url}{separator}v2/")
}

/// The URL of one job under an endpoint's base URL.
pub fn job_url(base_url: &str, project_id: &str, job_id: &str) -> String {
    format!(
        "{}{}/training-jobs/{}",
        api_root(base_url),
        percent_encode(project_id),
        percent_encode(job_id)
    )
}

/// A call's URL on an endpoint that is a folder of saved answers: its path plus `.json`, without
/// the query a file cannot answer (`…/events?limit=100` is read from `…/events.json`).
pub fn as_file(url: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    format!("{path}.json")
}

/// The newest events of the job at `job_url` (the API allows at most 100 a page).
pub fn events_url(job_url: &str) -> String {
    format!("{job_url}/events?limit=100")
}

/// The newest part of one task's log, for the job at `job_url`.
pub fn log_preview_url(job_url: &str, task: &str) -> String {
    format!("{job_url}/tasks/{}/logs/preview", percent_encode(task))
}

/// Where one task's whole log can be read: a temporary link, for the job at `job_url`.
pub fn log_link_url(job_url: &str, task: &str) -> String {
    format!("{job_url}/tasks/{}/logs/url", percent_encode(task))
}

/// The stages of each attempt of the job at `job_url` (SDK only: other endpoints answer 404).
pub fn stages_url(job_url: &str) -> String {
    format!("{job_url}/stages")
}

/// One task's resource usage, for the job at `job_url`.
pub fn metrics_url(job_url: &str, task: &str) -> String {
    format!("{job_url}/metrics/{}", percent_encode(task))
}

/// The URL of a project's job search (`POST`, or a file of every job on a static host).
pub fn search_url(base_url: &str, project_id: &str) -> String {
    format!(
        "{}{}/training-job-searches",
        api_root(base_url),
        percent_encode(project_id)
    )
}

/// The error an answer outside 2xx stands for, with what its body explains; `None` for a success.
pub fn refusal(url: &str, status: u16, retry_after: Option<&str>, body: &str) -> Option<ApiError> {
    (!(200..300).contains(&status)).then(|| ApiError::Http {
        url: url.to_string(),
        status,
        body: parse_error_text(body).map(Box::new),
        retry_after: retry_after.and_then(parse_retry_after),
    })
}

/// A successful answer's body read by `parse`, or why there is none: what an answer outside 2xx
/// stands for, or what is wrong with the body.
pub fn read_answer<T>(
    raw: &RawResponse,
    parse: impl FnOnce(&str) -> Result<T, BodyError>,
) -> Result<T, ApiError> {
    if let Some(error) = refusal(&raw.url, raw.status, raw.retry_after.as_deref(), &raw.body) {
        return Err(error);
    }
    parse(&raw.body).map_err(|error| ApiError::Body {
        url: raw.url.clone(),
        error,
    })
}

/// Maps a finished HTTP exchange to a job or to the reason there is none.
pub fn classify_response(
    url: &str,
    status: u16,
    retry_after: Option<&str>,
    body: &str,
) -> Result<ParsedJob, ApiError> {
    if let Some(error) = refusal(url, status, retry_after, body) {
        return Err(error);
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
    /// Whether this answers a POST (a search the server ran) rather than a GET.
    pub posted: bool,
}

impl RawResponse {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Resolves a URL against a base as the page's links resolve: the browser's own `URL` in the app
/// (see `browser::resolve_url`), a stand-in in native tests.
pub type ResolveUrl = fn(base: &str, reference: &str) -> Option<String>;

/// A job's place: the endpoint that serves it, the job's URL and the endpoint's API root, both
/// resolved against the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<'a> {
    pub endpoint: &'a Endpoint,
    pub url: String,
    pub api_root: String,
}

/// The endpoint a link names (or the default) and the job's URL under it. `document_base` is the
/// page's base URL, against which relative base URLs resolve.
pub fn locate_job<'a>(
    config: &'a Config,
    endpoint: Option<&str>,
    page: (&str, ResolveUrl),
    project_id: &str,
    job_id: &str,
) -> Result<Located<'a>, ApiError> {
    locate(config, endpoint, page, |base_url| {
        job_url(base_url, project_id, job_id)
    })
}

/// The endpoint a link names (or the default) and the URL of the project's job search under it.
pub fn locate_search<'a>(
    config: &'a Config,
    endpoint: Option<&str>,
    page: (&str, ResolveUrl),
    project_id: &str,
) -> Result<Located<'a>, ApiError> {
    locate(config, endpoint, page, |base_url| {
        search_url(base_url, project_id)
    })
}

fn locate<'a>(
    config: &'a Config,
    endpoint: Option<&str>,
    (document_base, resolve_url): (&str, ResolveUrl),
    url_under: impl Fn(&str) -> String,
) -> Result<Located<'a>, ApiError> {
    let Some(found) = config.endpoint(endpoint) else {
        return Err(ApiError::UnknownEndpoint {
            name: endpoint.unwrap_or_default().to_string(),
        });
    };
    // Whole relative URLs are resolved, so an empty base URL means the page's folder.
    let resolve = |url: String| resolve_url(document_base, &url).unwrap_or(url);
    Ok(Located {
        endpoint: found,
        url: resolve(url_under(&found.base_url)),
        api_root: resolve(api_root(&found.base_url)),
    })
}

pub use fetch::{fetch_raw, get_config, get_text};

/// The fetch itself, through gloo-net. It compiles on every target so that pages build natively,
/// but only runs in a browser.
mod fetch {
    use super::RawResponse;
    use crate::browser::take_early;
    use crate::model::ApiError;
    use crate::state::timing::Span;
    use futures::future::{select, Either};
    use gloo_net::http::{Request, Response};
    use gloo_timers::future::TimeoutFuture;
    use std::pin::pin;
    use web_sys::{AbortController, RequestRedirect, ResponseType};

    /// Aborts the request when the future that owns it is dropped: when the page navigates away,
    /// a newer load replaces this one, or the timeout wins.
    struct AbortOnDrop(AbortController);

    impl Drop for AbortOnDrop {
        fn drop(&mut self) {
            self.0.abort();
        }
    }

    /// GETs `url` as text; any failure (network, CORS, abort) is `None`. For files beside the app.
    pub async fn get_text(url: &str) -> Option<(u16, String)> {
        let response = Request::get(url).send().await.ok()?;
        read_text(response).await
    }

    /// `config.json` as `prefetch.js` requested it while the wasm loaded, or requested now.
    pub async fn get_config() -> Option<(u16, String)> {
        const CONFIG: &str = "config.json";
        match take_early("config", CONFIG, None).await {
            Some(response) => read_text(Response::from(response)).await,
            None => get_text(CONFIG).await,
        }
    }

    async fn read_text(response: Response) -> Option<(u16, String)> {
        let text = response.text().await.ok()?;
        Some((response.status(), text))
    }

    /// GETs `url` with `Accept: application/json` (and `content_type`, when given), or POSTs
    /// `post_json`, recorded as the User Timing measure `measure`.
    /// The token, when given, goes only into the `X-Auth-Token` header of this one request.
    pub async fn fetch_raw(
        url: &str,
        post_json: Option<&str>,
        content_type: Option<&str>,
        token: Option<&str>,
        timeout_seconds: u32,
        measure: &'static str,
    ) -> Result<RawResponse, ApiError> {
        let network_error = || ApiError::Network {
            url: url.to_string(),
        };
        let abort = AbortOnDrop(AbortController::new().map_err(|_| network_error())?);
        let signal = abort.0.signal();
        let early_signal = signal.clone();
        // Only a plain GET without a token may have been started early by prefetch.js.
        let may_be_early = token.is_none() && post_json.is_none() && content_type.is_none();
        let builder = match (post_json, content_type) {
            (Some(_), _) => Request::post(url).header("Content-Type", "application/json"),
            (None, Some(content_type)) => Request::get(url).header("Content-Type", content_type),
            (None, None) => Request::get(url),
        };
        let mut request = builder
            .header("Accept", "application/json")
            .abort_signal(Some(&signal));
        if let Some(token) = token {
            // A redirect would carry the token to an address nobody configured: it is not
            // followed but reported.
            request = request
                .header("X-Auth-Token", token)
                .redirect(RequestRedirect::Manual);
        }
        let span = Span::start(measure);
        let exchange = pin!(async move {
            // The first load of a link may find its request already made by prefetch.js (the
            // job, and on the diagnostics page a task's log or the events), filed under the name
            // of the measure that reads it; a request that carries a token never does.
            let early = if may_be_early {
                let name = measure.split(':').next().unwrap_or(measure);
                take_early(name, url, Some(&early_signal)).await
            } else {
                None
            };
            let response = match (early, post_json) {
                (Some(response), _) => Response::from(response),
                (None, Some(json)) => request.body(json.to_string())?.send().await?,
                (None, None) => request.send().await?,
            };
            if response.type_() == ResponseType::Opaqueredirect {
                return Ok(None);
            }
            let body = response.text().await?;
            Ok::<_, gloo_net::Error>(Some(RawResponse {
                url: url.to_string(),
                status: response.status(),
                retry_after: response.headers().get("Retry-After"),
                body,
                posted: post_json.is_some(),
            }))
        });
        let timeout = TimeoutFuture::new(timeout_seconds.saturating_mul(1000));
        let finished = match select(exchange, timeout).await {
            Either::Left((finished, _)) => finished,
            Either::Right(((), _)) => {
                return Err(ApiError::Timeout {
                    url: url.to_string(),
                    seconds: timeout_seconds,
                })
            }
        };
        match finished {
            Ok(Some(raw)) => {
                span.end();
                Ok(raw)
            }
            Ok(None) => Err(ApiError::Redirected {
                url: url.to_string(),
            }),
            Err(_) => Err(network_error()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_of_answers_is_read_file_by_file() {
        let job = job_url("demo/", "demo", "j");
        assert_eq!(as_file(&job), "demo/v2/demo/training-jobs/j.json");
        assert_eq!(
            as_file(&events_url(&job)),
            "demo/v2/demo/training-jobs/j/events.json"
        );
        assert_eq!(
            as_file(&log_preview_url(&job, "worker-0")),
            "demo/v2/demo/training-jobs/j/tasks/worker-0/logs/preview.json"
        );
        assert_eq!(
            as_file(&metrics_url(&job, "worker-0")),
            "demo/v2/demo/training-jobs/j/metrics/worker-0.json"
        );
        assert_eq!(
            as_file(&search_url("demo/", "demo")),
            "demo/v2/demo/training-job-searches.json"
        );
    }

    #[test]
    fn a_jobs_events_and_logs_are_under_its_url() {
        let job = job_url("https://proxy/", "p", "j");
        assert_eq!(
            events_url(&job),
            "https://proxy/v2/p/training-jobs/j/events?limit=100"
        );
        assert_eq!(
            log_preview_url(&job, "worker 0/1"),
            "https://proxy/v2/p/training-jobs/j/tasks/worker%200%2F1/logs/preview"
        );
        assert_eq!(
            metrics_url(&job, "worker 0/1"),
            "https://proxy/v2/p/training-jobs/j/metrics/worker%200%2F1"
        );
    }
    use crate::model::BodyError;

    /// The WHATWG URL parser, as the browser's `URL` implements it.
    fn resolve_with_url_crate(base: &str, reference: &str) -> Option<String> {
        Some(
            url::Url::parse(base)
                .ok()?
                .join(reference)
                .ok()?
                .to_string(),
        )
    }

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
        let page = (
            "http://127.0.0.1:8080/tools/jobs/index.html",
            resolve_with_url_crate as ResolveUrl,
        );
        let located = locate_job(&config, None, page, "p", "j").unwrap();
        assert_eq!(located.endpoint.name, "demo");
        assert_eq!(
            located.url,
            "http://127.0.0.1:8080/tools/jobs/demo/v2/p/training-jobs/j"
        );
        let located = locate_job(&config, Some("proxy"), page, "p", "j").unwrap();
        assert_eq!(
            located.url,
            "http://127.0.0.1:8080/tools/jobs/v2/p/training-jobs/j"
        );
        assert_eq!(located.api_root, "http://127.0.0.1:8080/tools/jobs/v2/");
        let other_page = ("http://127.0.0.1:8080/tools/jobs/", page.1);
        let located = locate_job(&config, Some("proxy"), other_page, "p", "j").unwrap();
        assert_eq!(
            located.api_root, "http://127.0.0.1:8080/tools/jobs/v2/",
            "the same folder gives the same token scope, with or without index.html"
        );
        assert_eq!(
            locate_job(&config, Some("https://evil.example/"), page, "p", "j").unwrap_err(),
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
