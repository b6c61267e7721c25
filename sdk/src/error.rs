//! The SDK's one error type and its accessors. How an answer becomes one is in
//! `response.rs`; which answers are retried is decided in `retry.rs`.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::generated::meanings;
use crate::generated::waiting::Work;
use crate::retry;
use crate::types;

/// The result of every SDK call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling Katapult.
///
/// Errors the service describes arrive as [`Error::Api`], whose `error` is the generated
/// [`types::ApiError`] with one variant per documented code and a typed `detail`.
#[cfg_attr(
    all(feature = "virtual-machines", feature = "ip-addresses"),
    doc = r#"
With the default features:

```no_run
use katapult_sdk::{Error, lookup::{IpAddress, VirtualMachine}, types::ApiError};

# async fn run(client: katapult_sdk::Client) {
let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
let ip = IpAddress::Address("185.22.208.10".parse().unwrap());
match client.allocate_ip_address(vm, ip).await {
    Ok(ip) => println!("allocated {:?}", ip.address),
    Err(Error::Api { error: ApiError::IpAlreadyAllocated { .. }, .. }) => println!("taken"),
    Err(e) if e.is_not_found() => println!("no such VM or IP: {e}"),
    Err(e) => eprintln!("{e}"),
}
# }
```
"#
)]
///
/// No message, `Debug` output or field of an error contains the API token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service refused the request with a code this SDK knows. Both the wire's wrapped
    /// form (`{"error": {...}}`) and the bare form the API pages show decode to this.
    #[error("Katapult API error (HTTP {status}{}): {}", with_id(request_id), describe(error))]
    Api {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The code, its description and its typed detail.
        error: types::ApiError,
        /// How long the server asked the caller to wait (`Retry-After`), if it said.
        retry_after: Option<Duration>,
        /// The answer's `X-Request-Id`, which the vendor's support asks for.
        request_id: Option<String>,
    },

    /// The service answered with an error this SDK cannot type: a code it does not know
    /// (newer than the spec), or a known code whose `detail` has an unexpected shape.
    /// Nothing is lost: the code, description and raw detail are all here.
    #[error("Katapult API error (HTTP {status}{}): {code}: {description}", with_id(request_id))]
    UnknownApi {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The error code, e.g. `some_new_error`.
        code: String,
        /// The service's description of the error.
        description: String,
        /// The error's `detail`, as sent (`null` when absent).
        detail: Value,
        /// How long the server asked the caller to wait (`Retry-After`), if it said.
        retry_after: Option<Duration>,
        /// The answer's `X-Request-Id`, which the vendor's support asks for.
        request_id: Option<String>,
    },

    /// The answer was not what the API promises: not JSON (an HTML page from a proxy),
    /// empty, truncated, or JSON of the wrong shape. `excerpt` is the start of the body,
    /// with every member the spec marks secret (`x-secret`) redacted; when the body holds
    /// such a member and cannot be read as JSON, the excerpt is withheld.
    #[error(
        "unexpected answer from the Katapult API (HTTP {status}{}): {reason}; body starts {excerpt:?}",
        with_id(request_id)
    )]
    InvalidResponse {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// What was wrong with it.
        reason: String,
        /// Up to 200 characters of the body, lossily decoded, secrets redacted.
        excerpt: String,
        /// The answer's `X-Request-Id`, when it had one.
        request_id: Option<String>,
    },

    /// The answer's body was larger than the client reads
    /// ([`ClientBuilder::max_response_bytes`](crate::ClientBuilder::max_response_bytes)); it
    /// was not read past the limit.
    #[error(
        "the Katapult API's answer (HTTP {status}{}) is larger than the {limit}-byte limit",
        with_id(request_id)
    )]
    ResponseTooLarge {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The limit it went past, in bytes.
        limit: usize,
        /// The answer's `X-Request-Id`, when it had one.
        request_id: Option<String>,
    },

    /// The answer was a redirect, which the API never sends: a proxy or a wrong base URL.
    /// Redirects are not followed unless
    /// [`ClientBuilder::follow_redirects`](crate::ClientBuilder::follow_redirects) allows
    /// them, and then never to another origin (scheme, host and port) nor from `https`
    /// to `http`; a redirect that was not followed ends here, naming where it pointed.
    #[error("the Katapult API's answer (HTTP {status}{}) redirects to {}; redirects are not followed", with_id(request_id), location.as_deref().unwrap_or("(no Location)"))]
    Redirected {
        /// The HTTP status of the answer (`301`, `302`, `303`, `307` or `308`).
        status: StatusCode,
        /// The answer's `Location` header, as sent.
        location: Option<String>,
        /// The answer's `X-Request-Id`, when it had one.
        request_id: Option<String>,
    },

    /// The request could not be sent, or its answer could not be read (DNS, connection
    /// refused or dropped, TLS).
    #[error("could not reach the Katapult API: {source}")]
    Transport {
        /// The HTTP status, when the connection failed while reading the body.
        status: Option<StatusCode>,
        /// The underlying failure.
        #[source]
        source: reqwest::Error,
    },

    /// The request, or reading its answer, took longer than the configured timeout.
    #[error("request to the Katapult API timed out")]
    Timeout {
        /// The underlying failure.
        #[source]
        source: reqwest::Error,
    },

    /// An argument was refused before anything was sent (empty ID, `per_page` out of
    /// range, page 0, …).
    #[error("invalid argument `{argument}`: {reason}")]
    InvalidInput {
        /// The argument, named as the API names it (e.g. `per_page`, `virtual_machine[id]`).
        argument: &'static str,
        /// Why it was refused.
        reason: String,
    },

    /// Awaited work (a task, a build) ended in its failed state. It holds the work as last
    /// read, so its ID, name and timestamps can be reported.
    #[error("the {} {} failed", work.kind(), work.id().unwrap_or("(no ID)"))]
    WorkFailed {
        /// The work, in its failed state.
        work: Box<Work>,
    },

    /// Waiting for work gave up at its timeout, with the work still under way. The work may
    /// still finish; wait again, or read it, to know.
    #[error("gave up waiting for the {} after {waited:?} (last state: {})", waited_for(work.as_deref()), work.as_deref().and_then(Work::state).unwrap_or_else(|| "not read yet".into()))]
    WaitTimedOut {
        /// How long it waited.
        waited: Duration,
        /// The work as last read (`None` when the first read had not answered in time).
        work: Option<Box<Work>>,
    },

    /// The client could not be built: no token, a base URL that is not `https://` (plain
    /// `http://` is allowed for loopback only), or an HTTP client that failed to start.
    #[error("invalid Katapult client configuration: {0}")]
    Config(String),
}

/// A conversion that cannot fail, such as a generated lookup passed as itself.
impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

impl Error {
    /// A caller's argument that failed to convert, as the `(argument, reason)` a request
    /// keeps until `send` reports it: an [`Error::InvalidInput`] keeps its own argument
    /// name (`virtual_machine[fqdn]`), anything else is filed under `argument`.
    pub(crate) fn into_input(self, argument: &'static str) -> (&'static str, String) {
        match self {
            Self::InvalidInput { argument, reason } => (argument, reason),
            other => (argument, other.to_string()),
        }
    }

    /// The HTTP status of the answer behind this error, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. }
            | Self::UnknownApi { status, .. }
            | Self::InvalidResponse { status, .. }
            | Self::ResponseTooLarge { status, .. }
            | Self::Redirected { status, .. } => Some(*status),
            Self::Transport { status, .. } => *status,
            Self::Timeout { .. }
            | Self::InvalidInput { .. }
            | Self::Config(_)
            | Self::WorkFailed { .. }
            | Self::WaitTimedOut { .. } => None,
        }
    }

    /// The `X-Request-Id` of the answer behind this error: quote it to the vendor's support.
    /// `None` for errors with no answer (a timeout, a refused argument) or an answer
    /// without the header (a proxy's).
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Api { request_id, .. }
            | Self::UnknownApi { request_id, .. }
            | Self::InvalidResponse { request_id, .. }
            | Self::ResponseTooLarge { request_id, .. }
            | Self::Redirected { request_id, .. } => request_id.as_deref(),
            _ => None,
        }
    }

    /// The awaited work an error holds: failed ([`Error::WorkFailed`]), or as last read when
    /// waiting timed out ([`Error::WaitTimedOut`]).
    pub fn work(&self) -> Option<&Work> {
        match self {
            Self::WorkFailed { work } => Some(work.as_ref()),
            Self::WaitTimedOut { work, .. } => work.as_deref(),
            _ => None,
        }
    }

    /// The API's error code (e.g. `ip_already_allocated`), for errors the service described.
    pub fn code(&self) -> Option<String> {
        match self {
            Self::Api { error, .. } => Some(code_and_description(error).0),
            Self::UnknownApi { code, .. } => Some(code.clone()),
            _ => None,
        }
    }

    /// The typed API error, if the service described one this SDK knows.
    pub fn api_error(&self) -> Option<&types::ApiError> {
        match self {
            Self::Api { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The server's `Retry-After`, if it gave one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Api { retry_after, .. } | Self::UnknownApi { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Whether the service answered that something the request named does not exist: an
    /// HTTP `404` whose error code the spec documents at `404` for some operation (every
    /// `*_not_found` code, such as `virtual_machine_not_found`, `organization_not_found` or
    /// `network_not_found`, and the framework's `route_not_found`), or a `404` with a code
    /// newer than the spec. False for every other status, whatever the code says, and for
    /// answers that are not the API's errors (a proxy's `404` page).
    ///
    /// Which codes count is read from the spec's error examples when the SDK is built, so
    /// an operation added to the spec brings its not-found codes with it.
    pub fn is_not_found(&self) -> bool {
        match self {
            Self::Api { status, error, .. } => {
                *status == StatusCode::NOT_FOUND && meanings::is_not_found_code(&code_and_description(error).0)
            }
            Self::UnknownApi { status, .. } => *status == StatusCode::NOT_FOUND,
            _ => false,
        }
    }

    /// Whether the same request may be sent again later, whatever its method: the answer
    /// proves the service did not act on it (its own `429 rate_limit_reached` or `503
    /// service_unavailable`), or no connection was made. A proxy's `503`, a `502` or a
    /// timeout is not proof: a write may have been processed, so this is false for them (a
    /// read may still be sent again: [`is_retryable_read`](Self::is_retryable_read)). A code
    /// the spec documents as an operation's outcome (`503 no_available_addresses`) is not
    /// retryable: waiting does not change it.
    ///
    /// By the time a call returns one of these, the client has already retried it as far as
    /// its [`RetryPolicy`](crate::RetryPolicy) allows; the README's "Safety and limits"
    /// table has the rules, which the client's retries follow.
    pub fn is_retryable(&self) -> bool {
        self.outcome().is_some_and(|outcome| retry::is_retried(outcome, false))
    }

    /// Whether the same request, if it only reads (`GET`), may succeed if sent again later:
    /// as [`is_retryable`](Self::is_retryable), and also after a gateway's `429`, `502`,
    /// `503` or `504`, a timeout or a lost connection, since a read changes nothing.
    pub fn is_retryable_read(&self) -> bool {
        self.outcome().is_some_and(|outcome| retry::is_retried(outcome, true))
    }

    /// What this error comes to in the retry table, when it came from an attempt.
    fn outcome(&self) -> Option<retry::Outcome> {
        match self {
            Self::Api { status, error, .. } => {
                Some(retry::answer_outcome(*status, Some(&code_and_description(error).0)))
            }
            Self::UnknownApi { status, code, .. } => Some(retry::answer_outcome(*status, Some(code))),
            Self::InvalidResponse { status, .. } => Some(retry::answer_outcome(*status, None)),
            Self::Transport { source, .. } => Some(retry::transport_outcome(source)),
            Self::Timeout { .. } => Some(retry::Outcome::Interrupted),
            // Waiting again is the caller's choice; the work itself is not repeated.
            Self::ResponseTooLarge { .. }
            | Self::Redirected { .. }
            | Self::InvalidInput { .. }
            | Self::Config(_)
            | Self::WorkFailed { .. }
            | Self::WaitTimedOut { .. } => None,
        }
    }
}

/// `, request id …` for an error's text, when the answer had one.
fn with_id(request_id: &Option<String>) -> String {
    request_id
        .as_deref()
        .map_or_else(String::new, |id| format!(", request id {id}"))
}

/// The code and description of a typed API error, read back through its serde form so the
/// list of codes lives only in the spec.
fn code_and_description(error: &types::ApiError) -> (String, String) {
    let value = serde_json::to_value(error).unwrap_or(Value::Null);
    let field = |name: &str| value.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
    (field("code"), field("description"))
}

/// What a timed-out wait was waiting for, in words: `task task_…`.
fn waited_for(work: Option<&Work>) -> String {
    work.map_or_else(
        || "work".to_owned(),
        |work| format!("{} {}", work.kind(), work.id().unwrap_or("(no ID)")),
    )
}

fn describe(error: &types::ApiError) -> String {
    let (code, description) = code_and_description(error);
    format!("{code}: {description}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(status: StatusCode) -> Error {
        Error::InvalidResponse {
            status,
            reason: "test".into(),
            excerpt: String::new(),
            request_id: Some("req-7".into()),
        }
    }

    #[test]
    fn retryable_means_what_the_transport_retries() {
        // A gateway's page: a read is sent again, a write is not (it may have been done).
        for status in [
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::BAD_GATEWAY,
            StatusCode::SERVICE_UNAVAILABLE,
            StatusCode::GATEWAY_TIMEOUT,
        ] {
            assert!(answered(status).is_retryable_read(), "{status}");
            assert!(!answered(status).is_retryable(), "{status}");
        }
        assert!(!answered(StatusCode::INTERNAL_SERVER_ERROR).is_retryable_read());
        let too_large = Error::ResponseTooLarge {
            status: StatusCode::OK,
            limit: 1,
            request_id: None,
        };
        assert!(!too_large.is_retryable());
        assert_eq!(too_large.status(), Some(StatusCode::OK));
    }

    #[test]
    fn the_request_id_is_in_the_text_and_reachable() {
        let error = answered(StatusCode::BAD_GATEWAY);
        assert_eq!(error.request_id(), Some("req-7"));
        assert!(
            error.to_string().contains("(HTTP 502 Bad Gateway, request id req-7)"),
            "{error}"
        );
    }
}
