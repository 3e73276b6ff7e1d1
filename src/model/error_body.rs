//! The two error body shapes: ModelArts' own and the API gateway's `APIG.0301`.

use super::lenient::record;

record! {
    /// `{"error_code", "error_msg"}`, with `error_solution` from ModelArts or `request_id` from the
    /// API gateway.
    pub struct ApiErrorBody {
        error_code: String,
        error_msg: String,
        error_solution: String,
        request_id: String,
    }
}

impl ApiErrorBody {
    /// Whether the gateway rejected the credentials before ModelArts saw the request. Huawei's
    /// signing guide spells the code `APIGW.0301`, the gateway FAQ `APIG.0301`.
    pub fn is_gateway_auth_failure(&self) -> bool {
        matches!(
            self.error_code().map(String::as_str),
            Some("APIG.0301" | "APIGW.0301")
        )
    }
}
