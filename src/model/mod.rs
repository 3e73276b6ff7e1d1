//! The API's JSON read leniently through typed views, so that nothing is lost. Knows nothing of the
//! browser, so all of it is tested natively.

mod api_error;
mod error_body;
mod job;
pub mod lenient;

pub use api_error::ApiError;
pub use error_body::ApiErrorBody;
pub use job::*;
pub use lenient::{object_text, value_text, DecodeWarning, List, Object, Report, Scalar};

use lenient::{json_type_name, JsonPath, Shape};
use serde_json::Value;

/// A job as read, with what the walk over it noticed.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedJob {
    pub job: TrainingJob,
    pub report: Report,
}

/// Why a response body is not a job.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyError {
    /// Not JSON at all, such as a proxy's HTML login page. Holds the first 200 characters.
    NotJson { start: String },
    /// JSON, but not an object (`[]`, `"text"`, `42`).
    NotAnObject { found: &'static str },
    /// An object that carries none of a job's top-level keys, such as an error body.
    NotAJob { error: Option<Box<ApiErrorBody>> },
    /// JSON that stops in the middle: the answer was cut off on its way.
    CutOff,
    /// JSON nested deeper than the parser follows (128 levels); no job is that deep.
    TooDeep,
}

/// Keys of which a job document has at least one; an object with none of them is something else.
const JOB_KEYS: [&str; 6] = ["kind", "metadata", "status", "algorithm", "spec", "tasks"];

/// Reads a response body as a job, keeping every field and reporting odd ones.
pub fn parse_job(body: &str) -> Result<ParsedJob, BodyError> {
    job_from_value(parse_json(body)?)
}

/// Reads a response body as JSON of any shape, telling a cut-off or too deep answer from one that
/// is not JSON at all, as [`parse_job`] does; for answers that hold jobs inside, like a job list.
pub fn parse_json(body: &str) -> Result<Value, BodyError> {
    serde_json::from_str(body).map_err(|error| body_error(body, &error))
}

/// Why `body` does not parse: cut off, too deep, or not JSON at all.
fn body_error(body: &str, error: &serde_json::Error) -> BodyError {
    let starts_as_json = body.trim_start().starts_with(['{', '[']);
    if starts_as_json && error.classify() == serde_json::error::Category::Eof {
        BodyError::CutOff
    } else if error.to_string().starts_with("recursion limit exceeded") {
        BodyError::TooDeep
    } else {
        BodyError::NotJson {
            start: body.chars().take(200).collect(),
        }
    }
}

/// Reads an already parsed document as a job.
pub fn job_from_value(value: Value) -> Result<ParsedJob, BodyError> {
    let Value::Object(object) = value else {
        return Err(BodyError::NotAnObject {
            found: json_type_name(&value),
        });
    };
    let looks_like_job = object.is_empty() || JOB_KEYS.iter().any(|key| object.contains_key(*key));
    if !looks_like_job {
        return Err(BodyError::NotAJob {
            error: parse_error_body(Value::Object(object)).map(Box::new),
        });
    }
    let job = TrainingJob(object);
    let mut report = Report::default();
    report.walk_object(&job.0, &TrainingJob::KIND, &JsonPath::Root);
    Ok(ParsedJob { job, report })
}

/// Reads an error body if `value` is one: it has an `error_code` or an `error_msg`.
pub fn parse_error_body(value: Value) -> Option<ApiErrorBody> {
    let Value::Object(object) = value else {
        return None;
    };
    let body = ApiErrorBody(object);
    (body.error_code().is_some() || body.message().is_some()).then_some(body)
}

/// Reads an error body from response text, if it is one.
pub fn parse_error_text(body: &str) -> Option<ApiErrorBody> {
    parse_error_body(serde_json::from_str(body).ok()?)
}
