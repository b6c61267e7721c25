//! The SDK's one error type, and how wire answers become it.

use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

use crate::types;

/// The result of every SDK call.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong calling Katapult.
///
/// Errors the service describes arrive as [`Error::Api`], whose `error` is the generated
/// [`types::ApiError`] with one variant per documented code and a typed `detail`:
///
/// ```no_run
/// use katapult_sdk::{Error, lookup::{IpAddress, VirtualMachine}, types::ApiError};
///
/// # async fn run(client: katapult_sdk::Client) {
/// let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
/// let ip = IpAddress::Address("185.22.208.10".parse().unwrap());
/// match client.allocate_ip_address(vm, ip).await {
///     Ok(ip) => println!("allocated {:?}", ip.address),
///     Err(Error::Api { error: ApiError::IpAlreadyAllocated { .. }, .. }) => println!("taken"),
///     Err(e) if e.is_not_found() => println!("no such VM or IP: {e}"),
///     Err(e) => eprintln!("{e}"),
/// }
/// # }
/// ```
///
/// No message, `Debug` output or field of an error contains the API token.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The service refused the request with a code this SDK knows. Both the wire's wrapped
    /// form (`{"error": {...}}`) and the bare form the API pages show decode to this.
    #[error("Katapult API error (HTTP {status}): {}", describe(error))]
    Api {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// The code, its description and its typed detail.
        error: types::ApiError,
        /// How long the server asked the caller to wait (`Retry-After`), if it said.
        retry_after: Option<Duration>,
    },

    /// The service answered with an error this SDK cannot type: a code it does not know
    /// (newer than the spec), or a known code whose `detail` has an unexpected shape.
    /// Nothing is lost: the code, description and raw detail are all here.
    #[error("Katapult API error (HTTP {status}): {code}: {description}")]
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
    },

    /// The answer was not what the API promises: not JSON (an HTML page from a proxy),
    /// empty, truncated, or JSON of the wrong shape. `excerpt` is the start of the body.
    #[error("unexpected answer from the Katapult API (HTTP {status}): {reason}; body starts {excerpt:?}")]
    InvalidResponse {
        /// The HTTP status of the answer.
        status: StatusCode,
        /// What was wrong with it.
        reason: String,
        /// Up to 200 characters of the body, lossily decoded.
        excerpt: String,
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

    /// The client could not be built: no token, a base URL that is not `https://` (plain
    /// `http://` is allowed for loopback only), or an HTTP client that failed to start.
    #[error("invalid Katapult client configuration: {0}")]
    Config(String),
}

impl Error {
    /// The HTTP status of the answer behind this error, if there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Api { status, .. } | Self::UnknownApi { status, .. } | Self::InvalidResponse { status, .. } => {
                Some(*status)
            }
            Self::Transport { status, .. } => *status,
            Self::Timeout { .. } | Self::InvalidInput { .. } | Self::Config(_) => None,
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

    /// Whether a virtual machine or IP address the request named does not exist.
    pub fn is_not_found(&self) -> bool {
        match self {
            Self::Api { error, .. } => {
                matches!(
                    error,
                    types::ApiError::VirtualMachineNotFound { .. } | types::ApiError::IpAddressNotFound { .. }
                )
            }
            Self::UnknownApi { status, code, .. } => *status == StatusCode::NOT_FOUND && code.ends_with("_not_found"),
            _ => false,
        }
    }

    /// Whether the same request may succeed later: rate limited, service unavailable, a
    /// timeout or a failed connection. The client has already retried these as its
    /// [`RetryPolicy`](crate::RetryPolicy) allows.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Api { status, .. } | Self::UnknownApi { status, .. } | Self::InvalidResponse { status, .. } => {
                matches!(
                    *status,
                    StatusCode::TOO_MANY_REQUESTS
                        | StatusCode::BAD_GATEWAY
                        | StatusCode::SERVICE_UNAVAILABLE
                        | StatusCode::GATEWAY_TIMEOUT
                )
            }
            Self::Transport { source, .. } => source.is_connect(),
            Self::Timeout { .. } => true,
            Self::InvalidInput { .. } | Self::Config(_) => false,
        }
    }

    /// Turns a failure of the generated client into an SDK error. `meta` is what the
    /// transport saw of the last answer (the generated error does not always keep it).
    pub(crate) async fn from_generated(
        error: progenitor_client::Error<types::ErrorResponse>,
        meta: Option<ResponseMeta>,
    ) -> Self {
        use progenitor_client::Error as E;
        let status = meta.as_ref().map(|m| m.status);
        match error {
            E::ErrorResponse(value) => {
                let status = value.status();
                let retry_after = crate::retry::retry_after(value.headers());
                Self::Api {
                    status,
                    error: value.into_inner().error,
                    retry_after,
                }
            }
            E::InvalidResponsePayload(body, parse_error) => {
                let (status, headers) = meta.map_or((StatusCode::OK, HeaderMap::new()), |m| (m.status, m.headers));
                if status.is_success() {
                    invalid_response(
                        status,
                        format!("the body does not match the spec: {parse_error}"),
                        &body,
                    )
                } else {
                    decode_error_body(status, &headers, &body)
                }
            }
            E::UnexpectedResponse(response) => {
                let status = response.status();
                let headers = response.headers().clone();
                match read_capped(response).await {
                    Ok(body) if status.is_success() => {
                        invalid_response(status, format!("HTTP {status} is not an answer the spec lists"), &body)
                    }
                    Ok(body) => decode_error_body(status, &headers, &body),
                    Err(source) => transport(Some(status), source),
                }
            }
            E::CommunicationError(source) | E::ResponseBodyError(source) | E::InvalidUpgrade(source) => {
                transport(status.or(source.status()), source)
            }
            E::InvalidRequest(reason) | E::Custom(reason) => Self::InvalidInput {
                argument: "request",
                reason,
            },
        }
    }
}

/// What the transport saw of an answer: enough to explain a body that would not decode.
#[derive(Debug, Clone)]
pub(crate) struct ResponseMeta {
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
}

fn transport(status: Option<StatusCode>, source: reqwest::Error) -> Error {
    if source.is_timeout() {
        Error::Timeout { source }
    } else {
        Error::Transport { status, source }
    }
}

/// The largest error body read from an answer the spec does not list.
const MAX_UNEXPECTED_BODY: usize = 64 * 1024;

async fn read_capped(mut response: reqwest::Response) -> Result<Bytes, reqwest::Error> {
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await? {
        let room = MAX_UNEXPECTED_BODY.saturating_sub(body.len());
        body.extend_from_slice(&chunk[..chunk.len().min(room)]);
        if body.len() >= MAX_UNEXPECTED_BODY {
            break;
        }
    }
    Ok(body.into())
}

/// Decodes an error answer: the wrapped wire form or the pages' bare form, a known code
/// into [`Error::Api`], anything else with a code into [`Error::UnknownApi`], and anything
/// without one into [`Error::InvalidResponse`].
pub(crate) fn decode_error_body(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Error {
    let retry_after = crate::retry::retry_after(headers);
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            let reason = if body.is_empty() {
                "empty body".to_owned()
            } else {
                format!("not JSON ({e})")
            };
            return invalid_response(status, reason, body);
        }
    };
    let inner = match value.get("error") {
        Some(wrapped @ Value::Object(_)) => wrapped,
        _ => &value,
    };
    let Some(code) = inner.get("code").and_then(Value::as_str) else {
        return invalid_response(status, "JSON without an error code".to_owned(), body);
    };
    match serde_json::from_value::<types::ApiError>(inner.clone()) {
        Ok(error) => Error::Api {
            status,
            error,
            retry_after,
        },
        Err(_) => Error::UnknownApi {
            status,
            code: code.to_owned(),
            description: inner
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            detail: inner.get("detail").cloned().unwrap_or(Value::Null),
            retry_after,
        },
    }
}

/// The most of a body an error message quotes.
const EXCERPT_CHARS: usize = 200;

fn invalid_response(status: StatusCode, reason: String, body: &[u8]) -> Error {
    let text = String::from_utf8_lossy(body);
    let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        excerpt.push('…');
    }
    Error::InvalidResponse {
        status,
        reason,
        excerpt,
    }
}

/// The code and description of a typed API error, read back through its serde form so the
/// list of codes lives only in the spec.
fn code_and_description(error: &types::ApiError) -> (String, String) {
    let value = serde_json::to_value(error).unwrap_or(Value::Null);
    let field = |name: &str| value.get(name).and_then(Value::as_str).unwrap_or_default().to_owned();
    (field("code"), field("description"))
}

fn describe(error: &types::ApiError) -> String {
    let (code, description) = code_and_description(error);
    format!("{code}: {description}")
}
