//! When a failed request is tried again, and after how long.

use std::time::Duration;

use reqwest::StatusCode;

use crate::generated::meanings;

/// How the client retries requests, by whether the request may have been processed.
///
/// A write (`POST`, `PATCH`, `PUT`, `DELETE`) is sent again only when the outcome proves
/// the service did nothing: its own JSON code for the rate limit or for being unavailable
/// (`429 rate_limit_reached`, `503 service_unavailable`), or a connection that was never
/// made. So a machine is never built twice because a proxy answered `503`. A read (`GET`)
/// changes nothing, so it is also sent again after a gateway's `429`, `502`, `503` or `504`
/// and after a timeout. A code the spec documents as an operation's outcome
/// (`503 no_available_addresses`: the pool is empty) is returned at once, since waiting does
/// not change it; which codes are which is decided from the spec. The README's "Safety and
/// limits" section has the table.
///
/// The wait before attempt *n + 1* is drawn uniformly from zero to
/// `min(max_backoff, initial_backoff × 2ⁿ⁻¹)` ("full jitter"), and is never shorter than
/// the server's `Retry-After`. Retrying stops after `max_attempts` attempts, or when the next
/// wait would take the whole call past `max_elapsed`; the last answer is then returned.
/// `max_elapsed` is also the whole call's deadline: every attempt is cut at it, so a call
/// never runs longer, whatever the per-attempt timeout.
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

    /// The longest a call may spend from its first attempt, retries and their waits included
    /// (one minute unless set): the call's deadline. An attempt still running at the deadline is cut, and the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout). `Duration::MAX` means no deadline.
    #[must_use]
    pub fn max_elapsed(mut self, elapsed: Duration) -> Self {
        self.max_elapsed = elapsed;
        self
    }

    /// The whole call's deadline, for a call started at `started` (`None` when
    /// `max_elapsed` is too long to have one).
    pub(crate) fn deadline(&self, started: tokio::time::Instant) -> Option<tokio::time::Instant> {
        started.checked_add(self.max_elapsed)
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
        // Another attempt only when it would have time to be answered.
        (elapsed.saturating_add(delay).saturating_add(MIN_USEFUL_ATTEMPT) <= self.max_elapsed).then_some(delay)
    }
}

/// The least time an attempt is worth sending with: a retry that would leave less before
/// the deadline is not made, and the last answer is returned instead.
const MIN_USEFUL_ATTEMPT: Duration = Duration::from_millis(100);

/// What one attempt came to, as the retry decision sees it: one row of [`RULES`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// `429` or `503` with the API's own code for its rate limit or for being unavailable,
    /// which the spec documents as retryable (`rate_limit_reached`, `service_unavailable`):
    /// the service says it did nothing.
    ApiBusy,
    /// An error code the spec documents as an operation's outcome, at any status
    /// (`503 no_available_addresses`, every `4xx` code): waiting changes nothing.
    Documented,
    /// `429`, `502`, `503` or `504` with no code the spec knows: a gateway's or proxy's
    /// page, or a code newer than the spec. The request may have reached the service.
    Gateway,
    /// No connection was made (refused, DNS, TLS): nothing was sent.
    NotConnected,
    /// The attempt timed out, or the connection failed after the request went out.
    Interrupted,
    /// Anything else: a success, a redirect, any other status.
    Final,
}

/// One row of the retry table: an outcome, whether reads (`GET`, `HEAD`, `OPTIONS`) and
/// writes (`POST`, `PATCH`, `PUT`, `DELETE`) are sent again after it, and the row's words
/// (the README's table is these rows; `tests` holds the two to each other).
#[derive(Debug)]
pub(crate) struct Rule {
    pub(crate) outcome: Outcome,
    pub(crate) reads: bool,
    pub(crate) writes: bool,
    /// Read by the test that holds the README's table to this one.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) answer: &'static str,
}

/// The one table of retries. A write is sent again only when the outcome proves the
/// request was not processed; a read, which changes nothing, also after a gateway's error
/// or a timeout.
pub(crate) const RULES: [Rule; 6] = [
    Rule {
        outcome: Outcome::ApiBusy,
        reads: true,
        writes: true,
        answer: "`429` or `503` with the API's own code: `rate_limit_reached`, `service_unavailable`",
    },
    Rule {
        outcome: Outcome::NotConnected,
        reads: true,
        writes: true,
        answer: "no connection made (refused, DNS, TLS): nothing was sent",
    },
    Rule {
        outcome: Outcome::Gateway,
        reads: true,
        writes: false,
        answer: "`429`, `502`, `503` or `504` with no code the spec knows (a gateway's or proxy's page)",
    },
    Rule {
        outcome: Outcome::Interrupted,
        reads: true,
        writes: false,
        answer: "a timeout, or the connection lost before the answer came",
    },
    Rule {
        outcome: Outcome::Documented,
        reads: false,
        writes: false,
        answer: "a code the spec documents as the operation's outcome (`503 no_available_addresses`, any `4xx`)",
    },
    Rule {
        outcome: Outcome::Final,
        reads: false,
        writes: false,
        answer: "anything else (success, redirect, other statuses)",
    },
];

/// Whether a request of `method` only reads (sending it twice changes nothing).
pub(crate) fn is_read(method: &reqwest::Method) -> bool {
    matches!(
        *method,
        reqwest::Method::GET | reqwest::Method::HEAD | reqwest::Method::OPTIONS
    )
}

/// What an answer at `status` with the API error `code` (if its body had one) comes to.
pub(crate) fn answer_outcome(status: StatusCode, code: Option<&str>) -> Outcome {
    let busy = status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE;
    let gateway = busy || status == StatusCode::BAD_GATEWAY || status == StatusCode::GATEWAY_TIMEOUT;
    match code.and_then(meanings::is_retryable_code) {
        Some(false) => Outcome::Documented,
        Some(true) if busy => Outcome::ApiBusy,
        None if gateway => Outcome::Gateway,
        _ => Outcome::Final,
    }
}

/// What a failure to send or read comes to.
pub(crate) fn transport_outcome(error: &reqwest::Error) -> Outcome {
    if error.is_connect() {
        Outcome::NotConnected
    } else {
        Outcome::Interrupted
    }
}

/// Whether an attempt with this outcome is sent again, for a read or a write ([`RULES`]).
pub(crate) fn is_retried(outcome: Outcome, read: bool) -> bool {
    RULES
        .iter()
        .find(|rule| rule.outcome == outcome)
        .is_some_and(|rule| if read { rule.reads } else { rule.writes })
}

/// Whether the transport reads an answer's body before deciding (its code decides).
pub(crate) fn needs_code(status: StatusCode) -> bool {
    answer_outcome(status, None) == Outcome::Gateway
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
    fn writes_are_sent_again_only_when_the_answer_proves_nothing_was_done() {
        let (unavailable, limited) = (StatusCode::SERVICE_UNAVAILABLE, StatusCode::TOO_MANY_REQUESTS);
        let cases = [
            (answer_outcome(limited, Some("rate_limit_reached")), true, true),
            (answer_outcome(unavailable, Some("service_unavailable")), true, true),
            // A documented outcome is final at any status.
            (
                answer_outcome(unavailable, Some("no_available_addresses")),
                false,
                false,
            ),
            (
                answer_outcome(StatusCode::NOT_FOUND, Some("service_unavailable")),
                false,
                false,
            ),
            // A gateway's page, or a code newer than the spec: reads only.
            (answer_outcome(unavailable, None), true, false),
            (answer_outcome(StatusCode::BAD_GATEWAY, None), true, false),
            (answer_outcome(StatusCode::GATEWAY_TIMEOUT, None), true, false),
            (answer_outcome(limited, None), true, false),
            (answer_outcome(unavailable, Some("a_code_from_the_future")), true, false),
            (answer_outcome(StatusCode::INTERNAL_SERVER_ERROR, None), false, false),
            (answer_outcome(StatusCode::OK, None), false, false),
            (Outcome::NotConnected, true, true),
            (Outcome::Interrupted, true, false),
        ];
        for (outcome, read, write) in cases {
            assert_eq!(
                (is_retried(outcome, true), is_retried(outcome, false)),
                (read, write),
                "{outcome:?}"
            );
        }
        assert!(needs_code(StatusCode::BAD_GATEWAY) && !needs_code(StatusCode::OK));
    }

    #[test]
    fn the_readme_holds_the_table() {
        let readme = include_str!("../../README.md");
        let yes = |b: bool| if b { "yes" } else { "no" };
        for rule in &RULES {
            let row = format!("| {} | {} | {} |", rule.answer, yes(rule.reads), yes(rule.writes));
            assert!(readme.contains(&row), "README.md lacks the retry row:\n{row}");
        }
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
