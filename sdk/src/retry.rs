//! When a failed request is tried again, and after how long.

use std::time::Duration;

use reqwest::StatusCode;

use crate::generated::meanings;

/// How the client retries requests the server did not act on.
///
/// A request is retried when the answer is `429 Too Many Requests` or `503 Service
/// Unavailable` and says the service is momentarily unable (the server did nothing): the
/// rate limiter's and the service's own codes, an error code newer than the spec, or a body
/// that is not the API's (a gateway's page). A `503` whose code the spec documents as an
/// operation's outcome (`no_available_addresses`: the pool is empty) is returned at once,
/// since waiting does not change it; which codes are which is decided from the spec (see
/// [`Error::is_retryable`](crate::Error::is_retryable)). Reads are also retried when the
/// connection fails or times out. A `POST` is retried after a transport failure only when
/// the connection was never made, so an IP address is never allocated twice.
///
/// The wait before attempt *n + 1* is drawn uniformly from zero to
/// `min(max_backoff, initial_backoff × 2ⁿ⁻¹)` ("full jitter"), and is never shorter than
/// the server's `Retry-After`. Retrying stops after `max_attempts` attempts, or when the next
/// wait would take the whole call past `max_elapsed`; the last answer is then returned.
///
/// ```
/// use std::time::Duration;
/// use katapult_sdk::RetryPolicy;
///
/// let patient = RetryPolicy::default()
///     .max_attempts(8)
///     .max_elapsed(Duration::from_secs(300));
/// let never = RetryPolicy::none();
/// # let _ = (patient, never);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_elapsed: Duration,
}

impl Default for RetryPolicy {
    /// Four attempts, backoff from 500 ms up to 30 s, one minute in all.
    fn default() -> Self {
        Self {
            max_attempts: 4,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_elapsed: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// The most attempts per call, the first included (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The ceiling of the first backoff; each later one doubles.
    #[must_use]
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The largest ceiling any backoff grows to.
    #[must_use]
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest a call may spend, retries and waits included, before it gives up.
    #[must_use]
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// Whether the policy allows another attempt after `attempt` (counted from 1).
    pub(crate) fn allows_attempt_after(&self, attempt: u32) -> bool {
        attempt < self.max_attempts
    }

    /// How long to wait before trying again after `attempt` (counted from 1) failed, or
    /// `None` to stop. `retry_after` is the server's hint; `elapsed` is the time the call
    /// has taken so far.
    pub(crate) fn delay(&self, attempt: u32, retry_after: Option<Duration>, elapsed: Duration) -> Option<Duration> {
        if !self.allows_attempt_after(attempt) {
            return None;
        }
        let doubling = 2u32.saturating_pow(attempt.saturating_sub(1));
        let ceiling = self.initial_backoff.saturating_mul(doubling).min(self.max_backoff);
        let jittered = ceiling.mul_f64(fastrand::f64());
        let delay = jittered.max(retry_after.unwrap_or_default());
        (elapsed.saturating_add(delay) <= self.max_elapsed).then_some(delay)
    }
}

/// The statuses after which the server may not have acted, so any request, even one that
/// changes something, may be sent again: `429 Too Many Requests` and `503 Service
/// Unavailable`. Whether a given answer is retried also depends on its code
/// ([`is_retryable_answer`]); the transport reads the body of these answers to find it.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE
}

/// The one decision behind the retry loop and [`Error::is_retryable`](crate::Error::is_retryable):
/// an answer at a retryable status is retried unless its error code is one the spec
/// documents as not retryable (an operation's own outcome, `generated::meanings`). With no
/// code (not the API's envelope) or a code the spec does not know, the status decides.
pub(crate) fn is_retryable_answer(status: StatusCode, code: Option<&str>) -> bool {
    is_retryable_status(status) && code.and_then(meanings::is_retryable_code) != Some(false)
}

/// Whether a request that failed in transport may be sent again: reads whenever the
/// failure was in connecting, sending or waiting; anything else only if it never left
/// (the connection was not made), so a `POST` is never repeated after it may have arrived.
pub(crate) fn may_resend(idempotent: bool, error: &reqwest::Error) -> bool {
    error.is_connect() || (idempotent && (error.is_timeout() || error.is_request()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_stays_under_its_doubling_ceiling() {
        let policy = RetryPolicy::default()
            .max_attempts(10)
            .max_elapsed(Duration::from_secs(3600));
        for attempt in 1..9 {
            let ceiling = Duration::from_millis(500) * 2u32.pow(attempt - 1);
            let delay = policy.delay(attempt, None, Duration::ZERO).expect("attempts remain");
            assert!(
                delay <= ceiling.min(Duration::from_secs(30)),
                "attempt {attempt}: {delay:?}"
            );
        }
    }

    #[test]
    fn only_answers_the_server_did_not_act_on_are_retried() {
        for status in [StatusCode::TOO_MANY_REQUESTS, StatusCode::SERVICE_UNAVAILABLE] {
            assert!(is_retryable_status(status), "{status}");
        }
        for status in [
            StatusCode::OK,
            StatusCode::BAD_GATEWAY,
            StatusCode::GATEWAY_TIMEOUT,
            StatusCode::NOT_FOUND,
        ] {
            assert!(!is_retryable_status(status), "{status}");
        }
    }

    #[test]
    fn a_documented_outcome_at_503_is_final_and_the_services_answers_are_not() {
        let unavailable = StatusCode::SERVICE_UNAVAILABLE;
        assert!(!is_retryable_answer(unavailable, Some("no_available_addresses")));
        assert!(is_retryable_answer(unavailable, Some("service_unavailable")));
        assert!(is_retryable_answer(
            StatusCode::TOO_MANY_REQUESTS,
            Some("rate_limit_reached")
        ));
        // A gateway's page or a code newer than the spec: the status decides, as before.
        assert!(is_retryable_answer(unavailable, None));
        assert!(is_retryable_answer(unavailable, Some("a_code_from_the_future")));
        assert!(!is_retryable_answer(StatusCode::BAD_GATEWAY, None));
        assert!(!is_retryable_answer(StatusCode::NOT_FOUND, Some("service_unavailable")));
    }

    #[test]
    fn retry_after_is_a_floor_and_limits_are_kept() {
        let policy = RetryPolicy::default();
        let delay = policy.delay(1, Some(Duration::from_secs(7)), Duration::ZERO);
        assert_eq!(delay, Some(Duration::from_secs(7)));
        assert_eq!(
            policy.delay(4, None, Duration::ZERO),
            None,
            "four attempts is the limit"
        );
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(61)), Duration::ZERO),
            None,
            "past max_elapsed"
        );
        assert_eq!(RetryPolicy::none().delay(1, None, Duration::ZERO), None);
    }
}
