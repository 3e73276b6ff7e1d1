//! The error body shapes, ModelArts' own and the API gateway's `APIG.0301`, in the four published
//! variants: `{error_code, error_msg}`, with `error_solution`, with `request_id` and `solution_msg`,
//! and `{error_code, error_message, is_success: false}`.

use super::lenient::record;

record! {
    /// `{"error_code", "error_msg"}`, with `error_solution` from ModelArts or `request_id` from the
    /// API gateway.
    pub struct ApiErrorBody {
        error_code: String,
        error_msg: String,
        /// `error_msg` under the name older deployments use.
        error_message: String,
        error_solution: String,
        /// `error_solution` under the name the gateway uses.
        solution_msg: String,
        request_id: String,
        is_success: bool,
    }
}

impl ApiErrorBody {
    /// The message, under whichever name the body uses.
    pub fn message(&self) -> Option<&String> {
        self.error_msg().or_else(|| self.error_message())
    }

    /// What to do about it, under whichever name the body uses.
    pub fn solution(&self) -> Option<&String> {
        self.error_solution().or_else(|| self.solution_msg())
    }

    /// Whether the gateway rejected the credentials before ModelArts saw the request. Huawei's
    /// signing guide spells the code `APIGW.0301`, the gateway FAQ `APIG.0301`.
    pub fn is_gateway_auth_failure(&self) -> bool {
        matches!(
            self.error_code().map(String::as_str),
            Some("APIG.0301" | "APIGW.0301")
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::model::parse_error_text;

    #[test]
    fn every_published_shape_gives_its_message_solution_and_request_id() {
        let shapes = [
            (
                r#"{"error_code": "ModelArts.2775", "error_msg": "m"}"#,
                Some("m"),
                None,
                None,
            ),
            (
                r#"{"error_code": "ModelArts.2755", "error_msg": "m", "error_solution": "s"}"#,
                Some("m"),
                Some("s"),
                None,
            ),
            (
                r#"{"error_code": "APIG.0301", "error_msg": "m", "request_id": "r", "solution_msg": "s"}"#,
                Some("m"),
                Some("s"),
                Some("r"),
            ),
            (
                r#"{"error_code": "ModelArts.0001", "error_message": "m", "is_success": false}"#,
                Some("m"),
                None,
                None,
            ),
        ];
        for (text, message, solution, request_id) in shapes {
            let body = parse_error_text(text).unwrap();
            assert_eq!(body.message().map(String::as_str), message, "{text}");
            assert_eq!(body.solution().map(String::as_str), solution, "{text}");
            assert_eq!(body.request_id().map(String::as_str), request_id, "{text}");
        }
    }
}
