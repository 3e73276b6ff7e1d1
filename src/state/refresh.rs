//! When to load a job again: on a timer while it can still change, with exponential back-off on
//! errors, never while a person has to act first. Pure, so the policy is tested natively.

use crate::model::ApiError;

/// The longest wait between two attempts.
pub const MAX_BACKOFF_MS: u64 = 5 * 60 * 1000;

/// What the poll loop does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    /// Load again after this many milliseconds.
    After(u64),
    /// Stop until a person asks (refresh button, new token).
    Wait,
}

/// After a successful load: poll at the configured rate until the phase is terminal.
pub fn after_success(terminal: bool, refresh_seconds: u32) -> Next {
    if terminal || refresh_seconds == 0 {
        Next::Wait
    } else {
        Next::After(u64::from(refresh_seconds) * 1000)
    }
}

/// After the `failures`-th failure in a row (1 for the first): back off exponentially from the
/// refresh interval up to five minutes, honouring `Retry-After`. Errors that need a person (a bad
/// token, a missing job, a forbidden project, an unknown endpoint) stop polling.
pub fn after_error(error: &ApiError, failures: u32, refresh_seconds: u32) -> Next {
    let base = u64::from(refresh_seconds.max(1)) * 1000;
    let backoff = base
        .saturating_mul(1u64 << failures.min(16))
        .min(MAX_BACKOFF_MS);
    match error {
        ApiError::Http {
            status: 429,
            retry_after,
            ..
        } => {
            let asked = retry_after
                .map(|seconds| u64::from(seconds) * 1000)
                .unwrap_or(0);
            Next::After(backoff.max(asked).min(MAX_BACKOFF_MS.max(asked)))
        }
        ApiError::Http {
            status: 400..=499, ..
        }
        | ApiError::UnknownEndpoint { .. }
        | ApiError::Redirected { .. } => Next::Wait,
        ApiError::Http { .. }
        | ApiError::Network { .. }
        | ApiError::Timeout { .. }
        | ApiError::Body { .. } => Next::After(backoff),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(status: u16, retry_after: Option<u32>) -> ApiError {
        ApiError::Http {
            url: String::new(),
            status,
            body: None,
            retry_after,
        }
    }

    #[test]
    fn running_jobs_poll_and_finished_ones_stop() {
        assert_eq!(after_success(false, 10), Next::After(10_000));
        assert_eq!(after_success(true, 10), Next::Wait);
        assert_eq!(after_success(false, 0), Next::Wait);
    }

    #[test]
    fn errors_back_off_exponentially_up_to_five_minutes() {
        let network = ApiError::Network { url: String::new() };
        assert_eq!(after_error(&network, 1, 10), Next::After(20_000));
        assert_eq!(after_error(&network, 2, 10), Next::After(40_000));
        assert_eq!(after_error(&network, 5, 10), Next::After(300_000));
        assert_eq!(after_error(&network, 60, 10), Next::After(300_000));
        assert_eq!(after_error(&http(503, None), 1, 10), Next::After(20_000));
    }

    #[test]
    fn retry_after_is_honoured_even_beyond_the_backoff() {
        assert_eq!(
            after_error(&http(429, Some(90)), 1, 10),
            Next::After(90_000)
        );
        assert_eq!(after_error(&http(429, None), 1, 10), Next::After(20_000));
        assert_eq!(
            after_error(&http(429, Some(900)), 1, 10),
            Next::After(900_000)
        );
    }

    #[test]
    fn errors_a_person_must_fix_stop_polling() {
        for status in [400, 401, 403, 404] {
            assert_eq!(
                after_error(&http(status, None), 1, 10),
                Next::Wait,
                "{status}"
            );
        }
        assert_eq!(
            after_error(&ApiError::UnknownEndpoint { name: "x".into() }, 1, 10),
            Next::Wait
        );
        assert_eq!(
            after_error(&ApiError::Redirected { url: "u".into() }, 1, 10),
            Next::Wait
        );
    }
}
