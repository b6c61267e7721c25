//! The one path every request takes: the generated client hands each built request to
//! [`Transport`] (progenitor's `ClientHooks`), which orders array items in the query as the
//! service's parser reads them (`query.rs`), adds the token and user agent, paces, retries
//! as the table in `retry.rs` says, cuts every attempt at the call's deadline, and records a
//! `tracing` span per attempt.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};
use reqwest::header::{AUTHORIZATION, HeaderValue, USER_AGENT};
use reqwest::{Request, Response};
use tokio::time::Instant;
use tracing::Instrument;

use crate::generated;
use crate::metadata;
use crate::pacing::Pacer;
use crate::query;
use crate::response;
use crate::retry::{self, RetryPolicy};

/// The generated client's inner value: how to send a request. Built by
/// [`ClientBuilder`](crate::ClientBuilder); shared by clones of a [`Client`](crate::Client).
#[derive(Clone)]
pub struct Transport {
    shared: Arc<Shared>,
}

struct Shared {
    /// `Bearer …`, marked sensitive so `http`'s `Debug` never prints it.
    authorization: HeaderValue,
    user_agent: HeaderValue,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    pacer: Option<Pacer>,
    max_response_bytes: usize,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shared = &self.shared;
        f.debug_struct("Transport")
            .field("authorization", &"Bearer [redacted]")
            .field("user_agent", &shared.user_agent)
            .field("timeout", &shared.timeout)
            .field("retry", &shared.retry)
            .field("pacer", &shared.pacer)
            .field("max_response_bytes", &shared.max_response_bytes)
            .finish()
    }
}

impl Transport {
    pub(crate) fn new(
        authorization: HeaderValue,
        user_agent: HeaderValue,
        timeout: Option<Duration>,
        retry: RetryPolicy,
        pacer: Option<Pacer>,
        max_response_bytes: usize,
    ) -> Self {
        Self {
            shared: Arc::new(Shared {
                authorization,
                user_agent,
                timeout,
                retry,
                pacer,
                max_response_bytes,
            }),
        }
    }

    async fn execute(
        &self,
        http: &reqwest::Client,
        mut request: Request,
        operation: &'static str,
    ) -> reqwest::Result<Response> {
        let shared = &*self.shared;
        request
            .headers_mut()
            .insert(AUTHORIZATION, shared.authorization.clone());
        request.headers_mut().insert(USER_AGENT, shared.user_agent.clone());
        let read = retry::is_read(request.method());
        // Set when the first attempt goes: a wait for pacing before it does not use up the
        // call's deadline.
        let mut clock: Option<(Instant, Option<Instant>)> = None;
        let mut attempt = 1u32;
        loop {
            // Kept only while another attempt is possible; a request whose body cannot be
            // replayed is sent once.
            let retry_copy = if shared.retry.allows_attempt_after(attempt) {
                request.try_clone()
            } else {
                None
            };
            let in_flight = match &shared.pacer {
                Some(pacer) => Some(pacer.wait().await),
                None => None,
            };
            let (started, deadline) = *clock.get_or_insert_with(|| {
                let now = Instant::now();
                (now, shared.retry.deadline(now))
            });
            // Each attempt is cut at the call's deadline, so the last one ends with it.
            let left = deadline.map(|at| at.saturating_duration_since(Instant::now()).max(MIN_ATTEMPT));
            *request.timeout_mut() = match (shared.timeout, left) {
                (Some(timeout), Some(left)) => Some(timeout.min(left)),
                (timeout, left) => timeout.or(left),
            };
            // Field values are only computed when a subscriber wants the span.
            let span = tracing::info_span!(
                "katapult.request",
                operation,
                method = %request.method(),
                path = %request.url().path(),
                attempt,
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            let sent = Instant::now();
            let result = http.execute(request).instrument(span.clone()).await;
            span.record("duration_ms", sent.elapsed().as_millis());
            let result = match result {
                Ok(response) => {
                    span.record("status", response.status().as_u16());
                    if let Some(id) = response
                        .headers()
                        .get(metadata::REQUEST_ID)
                        .and_then(|v| v.to_str().ok())
                    {
                        span.record("request_id", id);
                    }
                    if let Some(in_flight) = in_flight {
                        in_flight.answered(metadata::rate_limit(response.headers()));
                    }
                    // A gateway-like answer's body is read here: its code decides whether it
                    // is retried. Any other answer of a declared length is handed on unread
                    // (reading every read's body here costs a call about half its time, in
                    // `cargo xtask bench`'s per-call rows), so a failure while its body is
                    // read later is returned, not retried.
                    let keep_body = retry::needs_code(response.status());
                    response::read_bounded(response, shared.max_response_bytes, keep_body).await
                }
                // `in_flight`, dropped, counts the request as done.
                Err(error) => Err(error),
            };

            let (outcome, retry_after) = match &result {
                Ok((response, body)) => {
                    let code = body.as_deref().and_then(response::error_code);
                    (
                        retry::answer_outcome(response.status(), code.as_deref()),
                        response::retry_after(response.headers()),
                    )
                }
                Err(error) => (retry::transport_outcome(error), None),
            };
            let delay = retry::is_retried(outcome, read)
                .then(|| shared.retry.delay(attempt, retry_after, started.elapsed()))
                .flatten();
            match (delay, retry_copy) {
                (Some(delay), Some(copy)) => {
                    span.in_scope(|| {
                        let outcome = match &result {
                            Ok((response, _)) => response.status().to_string(),
                            Err(error) => error_kind(error).to_owned(),
                        };
                        tracing::debug!(%outcome, delay_ms = delay.as_millis(), "retrying");
                    });
                    drop(result);
                    tokio::time::sleep(delay).await;
                    request = copy;
                    attempt += 1;
                }
                _ => {
                    return result.map(|(response, _)| response);
                }
            }
        }
    }
}

/// The shortest an attempt is given, even at or past the deadline: it then fails at once as
/// a timeout (the transport can only fail as the HTTP client does).
const MIN_ATTEMPT: Duration = Duration::from_millis(1);

fn error_kind(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "connect error"
    } else {
        "transport error"
    }
}

impl ClientHooks<Transport> for generated::Client {
    async fn pre<E>(
        &self,
        request: &mut Request,
        _info: &OperationInfo,
    ) -> std::result::Result<(), progenitor_client::Error<E>> {
        query::group_array_items(request.url_mut());
        Ok(())
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> reqwest::Result<Response> {
        self.inner().execute(self.client(), request, info.operation_id).await
    }
}
