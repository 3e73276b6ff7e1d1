//! Why a job could not be shown: every failure of a load, as plain data that `insight` explains.

use super::{ApiErrorBody, BodyError};

/// Why a job could not be shown.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// The browser could not reach the endpoint: offline, DNS, or a CORS refusal (the browser does
    /// not say which).
    Network { url: String },
    /// No answer within the configured time.
    Timeout { url: String, seconds: u32 },
    /// An HTTP error status, with the error body when there was one.
    Http {
        url: String,
        status: u16,
        body: Option<Box<ApiErrorBody>>,
        /// Seconds to wait, from `Retry-After`.
        retry_after: Option<u32>,
    },
    /// A 2xx answer that is not a job.
    Body { url: String, error: BodyError },
    /// The endpoint answered a request that carried a token with a redirect, which is not followed:
    /// the token goes only where it was configured to go.
    Redirected { url: String },
    /// A link named an endpoint that the configuration does not have.
    UnknownEndpoint { name: String },
}

impl ApiError {
    pub fn url(&self) -> &str {
        match self {
            ApiError::Network { url }
            | ApiError::Timeout { url, .. }
            | ApiError::Http { url, .. }
            | ApiError::Body { url, .. }
            | ApiError::Redirected { url } => url,
            ApiError::UnknownEndpoint { .. } => "",
        }
    }
}
