//! How an answer becomes the SDK's result: the one path from the wire to [`Error`].
//!
//! The generated client decodes documented answers itself, but drops the HTTP status and
//! headers when a body fails to decode, and leaves undocumented answers unread. The
//! transport therefore [`remember`]s the last answer's status and headers in a task-local
//! slot that [`call`] opens around each SDK call, and this module turns whatever the
//! generated client returned, with that record, into a value or an [`Error`].

use std::cell::RefCell;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, RETRY_AFTER};
use serde_json::Value;

use crate::error::{Error, Result};
use crate::generated::secrets;
use crate::metadata::{self, WithMetadata};
use crate::types;

/// What the transport saw of an answer: enough to explain a body that would not decode.
#[derive(Debug, Clone)]
pub(crate) struct ResponseMeta {
    pub(crate) status: StatusCode,
    /// The headers of an answer that is not a success (a success needs only its status).
    pub(crate) headers: HeaderMap,
    /// Its `X-Request-Id`.
    pub(crate) request_id: Option<String>,
    /// The body limit the answer went past, when it did (its body was then not read).
    pub(crate) too_large: Option<usize>,
}

tokio::task_local! {
    /// The last answer's status and headers for the SDK call running on this task.
    static LAST_RESPONSE: RefCell<Option<ResponseMeta>>;
}

/// Records the answer the transport is about to hand back to the generated client.
fn remember(meta: ResponseMeta) {
    // Outside `call` (the generated client used directly) there is no slot, and no need.
    let _ = LAST_RESPONSE.try_with(|slot| *slot.borrow_mut() = Some(meta));
}

/// The `send` of a generated request that is not a list: `send_with_metadata` (generated
/// beside it), the metadata dropped.
#[cfg_attr(not(katapult_any_operation), allow(unused_macros))]
macro_rules! send_method {
    ($answer:ty) => {
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<$answer> {
            self.send_with_metadata()
                .await
                .map(crate::WithMetadata::into_inner)
        }
    };
}
#[cfg_attr(not(katapult_any_operation), allow(unused_imports))]
pub(crate) use send_method;

/// Runs one call of the generated client and turns its result into the SDK's: the typed
/// answer with its metadata (status, request id, rate limit).
pub(crate) async fn call<T>(
    request: impl Future<
        Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ErrorResponse>>,
    >,
) -> Result<WithMetadata<T>> {
    let answer = answer(request).await?;
    let metadata = metadata::Metadata::read(answer.status(), answer.headers());
    Ok(WithMetadata::new(answer.into_inner(), metadata))
}

/// Sends a request whose answer is text (`text/plain`, which the generated client hands
/// over as a stream of bytes) and returns the text: read whole (the transport bounds it by
/// `max_response_bytes`), and refused as [`Error::InvalidResponse`] when it is not UTF-8.
// Called by the generated code only when an enabled operation answers with text (one in
// the machines' family today).
#[allow(dead_code)]
pub(crate) async fn text(
    request: impl Future<
        Output = Result<
            progenitor_client::ResponseValue<progenitor_client::ByteStream>,
            progenitor_client::Error<types::ErrorResponse>,
        >,
    >,
) -> Result<WithMetadata<String>> {
    use futures::TryStreamExt as _;

    let answer = answer(request).await?;
    let status = answer.status();
    let metadata = metadata::Metadata::read(status, answer.headers());
    let body: Vec<u8> = answer
        .into_inner()
        .into_inner()
        .map_ok(|chunk| chunk.to_vec())
        .try_concat()
        .await
        .map_err(|source| transport(Some(status), source))?;
    match String::from_utf8(body) {
        Ok(text) => Ok(WithMetadata::new(text, metadata)),
        Err(e) => Err(invalid_response(
            status,
            format!("the text answer is not UTF-8 ({})", e.utf8_error()),
            e.as_bytes(),
            metadata.request_id,
        )),
    }
}

/// The generated client's answer, or its error as ours.
async fn answer<T>(
    request: impl Future<
        Output = Result<progenitor_client::ResponseValue<T>, progenitor_client::Error<types::ErrorResponse>>,
    >,
) -> Result<progenitor_client::ResponseValue<T>> {
    let (result, meta) = LAST_RESPONSE
        .scope(RefCell::new(None), async {
            let result = request.await;
            (result, LAST_RESPONSE.with(RefCell::take))
        })
        .await;
    if let Some(meta) = &meta {
        if let Some(limit) = meta.too_large {
            return Err(Error::ResponseTooLarge {
                status: meta.status,
                limit,
                request_id: meta.request_id.clone(),
            });
        }
        // The API never redirects; one that was not followed (see `config.rs`) ends here.
        if meta.status.is_redirection() {
            return Err(Error::Redirected {
                status: meta.status,
                location: meta
                    .headers
                    .get(reqwest::header::LOCATION)
                    .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned()),
                request_id: meta.request_id.clone(),
            });
        }
    }
    match result {
        Ok(value) => Ok(value),
        Err(error) => Err(from_generated(error, meta).await),
    }
}

/// Bounds what the generated client will read of `response` to `limit` bytes, and records
/// the answer for [`call`]. Returns the answer to hand on, and its body when it was read
/// here.
///
/// An answer that declares its length is handed on untouched when the length is within the
/// limit (the HTTP stack never reads past a declared length) and `keep_body` is false, and
/// refused unread when it is over. One without a declared length (chunked), or any answer
/// when `keep_body` is set (the transport reads a `429`'s or `503`'s code before deciding
/// to retry), is read here, at most `limit` bytes, and handed on with its body in memory.
/// An answer over the limit comes back with an empty body and is recorded as too large,
/// which [`call`] turns into [`Error::ResponseTooLarge`]; its connection is dropped unread.
pub(crate) async fn read_bounded(
    mut response: reqwest::Response,
    limit: usize,
    keep_body: bool,
) -> reqwest::Result<(reqwest::Response, Option<Bytes>)> {
    let status = response.status();
    // Headers explain errors (`Retry-After`, `Location`); a success needs only its status.
    let headers = if status.is_success() {
        HeaderMap::new()
    } else {
        response.headers().clone()
    };
    let request_id = metadata::request_id(response.headers());
    let record = |headers, too_large| {
        remember(ResponseMeta {
            status,
            headers,
            request_id: request_id.clone(),
            too_large,
        });
    };
    match response.content_length().map(usize::try_from) {
        Some(Ok(declared)) if declared <= limit && !keep_body => {
            record(headers, None);
            return Ok((response, None));
        }
        Some(Ok(declared)) if declared <= limit => {}
        Some(_) => {
            record(headers, Some(limit));
            return Ok((with_body(response, Bytes::new()), None));
        }
        None => {}
    }
    // Recorded before reading, so a failure while reading still reports the status.
    record(headers.clone(), None);
    let mut chunks: Vec<Bytes> = Vec::new();
    let mut read = 0usize;
    while let Some(chunk) = response.chunk().await? {
        read = read.saturating_add(chunk.len());
        if read > limit {
            record(headers, Some(limit));
            return Ok((with_body(response, Bytes::new()), None));
        }
        chunks.push(chunk);
    }
    let body = match chunks.len() {
        0 => Bytes::new(),
        1 => chunks.swap_remove(0),
        _ => Bytes::from(chunks.concat()),
    };
    Ok((with_body(response, body.clone()), Some(body)))
}

/// The API error code of an error body, wrapped (`{"error": {"code"}}`, as the wire sends
/// it) or bare; `None` for anything else (a gateway's HTML page, empty, not JSON).
pub(crate) fn error_code(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let inner = match value.get("error") {
        Some(wrapped @ Value::Object(_)) => wrapped,
        _ => &value,
    };
    inner.get("code").and_then(Value::as_str).map(str::to_owned)
}

/// `response`'s status, version, headers and extensions, moved, with this body.
fn with_body(response: reqwest::Response, body: Bytes) -> reqwest::Response {
    let (parts, _drained) = http::Response::from(response).into_parts();
    reqwest::Response::from(http::Response::from_parts(parts, reqwest::Body::from(body)))
}

/// The server's `Retry-After`, in seconds or as an HTTP date; `None` when absent or
/// unreadable (a malformed hint is ignored, not an error).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

/// Turns a failure of the generated client into an SDK error. `meta` is what the
/// transport saw of the last answer (the generated error does not always keep it).
async fn from_generated(error: progenitor_client::Error<types::ErrorResponse>, meta: Option<ResponseMeta>) -> Error {
    use progenitor_client::Error as E;
    let status = meta.as_ref().map(|m| m.status);
    match error {
        E::ErrorResponse(value) => {
            let status = value.status();
            let retry_after = retry_after(value.headers());
            let request_id = metadata::request_id(value.headers());
            Error::Api {
                status,
                error: value.into_inner().error,
                retry_after,
                request_id,
            }
        }
        E::InvalidResponsePayload(body, parse_error) => {
            let (status, headers, request_id) = meta.map_or((StatusCode::OK, HeaderMap::new(), None), |m| {
                (m.status, m.headers, m.request_id)
            });
            if status.is_success() {
                // serde's message can quote the value it refused: only where, for a body
                // that names a secret.
                let reason = if names_a_secret(&String::from_utf8_lossy(&body)) {
                    format!(
                        "the body does not match the spec at line {} column {} (serde's message withheld: the body holds a secret)",
                        parse_error.line(),
                        parse_error.column()
                    )
                } else {
                    format!("the body does not match the spec: {parse_error}")
                };
                invalid_response(status, reason, &body, request_id)
            } else {
                decode_error_body(status, &headers, &body)
            }
        }
        E::UnexpectedResponse(response) => {
            let status = response.status();
            let headers = response.headers().clone();
            let request_id = metadata::request_id(&headers);
            match read_capped(response).await {
                Ok(body) if status.is_success() => invalid_response(
                    status,
                    format!("HTTP {status} is not an answer the spec lists"),
                    &body,
                    request_id,
                ),
                Ok(body) => decode_error_body(status, &headers, &body),
                Err(source) => transport(Some(status), source),
            }
        }
        E::CommunicationError(source) | E::ResponseBodyError(source) | E::InvalidUpgrade(source) => {
            transport(status.or(source.status()), source)
        }
        E::InvalidRequest(reason) | E::Custom(reason) => Error::InvalidInput {
            argument: "request",
            reason,
        },
    }
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
fn decode_error_body(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Error {
    let retry_after = retry_after(headers);
    let request_id = metadata::request_id(headers);
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(e) => {
            let reason = if body.is_empty() {
                "empty body".to_owned()
            } else {
                format!("not JSON ({e})")
            };
            return invalid_response(status, reason, body, request_id);
        }
    };
    let inner = match value.get("error") {
        Some(wrapped @ Value::Object(_)) => wrapped,
        _ => &value,
    };
    let Some(code) = inner.get("code").and_then(Value::as_str) else {
        return invalid_response(status, "JSON without an error code".to_owned(), body, request_id);
    };
    match serde_json::from_value::<types::ApiError>(inner.clone()) {
        Ok(error) => Error::Api {
            status,
            error,
            retry_after,
            request_id,
        },
        Err(_) => Error::UnknownApi {
            status,
            code: code.to_owned(),
            description: inner
                .get("description")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
            detail: {
                let mut detail = inner.get("detail").cloned().unwrap_or(Value::Null);
                redact(&mut detail);
                detail
            },
            retry_after,
            request_id,
        },
    }
}

/// The most of a body an error message quotes.
const EXCERPT_CHARS: usize = 200;

/// What an excerpt says in place of a body that may hold a secret and cannot be redacted.
const WITHHELD: &str = "[withheld: the body may hold a secret (x-secret) and is not JSON that can be redacted]";

/// What an excerpt shows of a secret member's value.
const REDACTED: &str = "[redacted]";

pub(crate) fn invalid_response(status: StatusCode, reason: String, body: &[u8], request_id: Option<String>) -> Error {
    Error::InvalidResponse {
        status,
        reason,
        excerpt: excerpt(body),
        request_id,
    }
}

/// The start of `body` for an error's text, never a secret: when the body names a member
/// the spec marks secret (`generated::secrets`), it is quoted as JSON with those members'
/// values redacted, or not at all when it is not JSON (truncated, say).
fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let shown = if names_a_secret(&text) {
        match serde_json::from_slice::<Value>(body) {
            Ok(mut value) => {
                redact(&mut value);
                std::borrow::Cow::Owned(value.to_string())
            }
            Err(_) => return WITHHELD.to_owned(),
        }
    } else {
        text
    };
    let mut excerpt: String = shown.chars().take(EXCERPT_CHARS).collect();
    if shown.chars().nth(EXCERPT_CHARS).is_some() {
        excerpt.push('…');
    }
    excerpt
}

/// Whether `text` names a member the spec marks secret, as a JSON key would.
fn names_a_secret(text: &str) -> bool {
    secrets::MEMBERS
        .iter()
        .any(|member| text.contains(&format!("\"{member}\"")))
}

/// Replaces the value of every secret member in `value`, at any depth.
fn redact(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for (name, member) in members.iter_mut() {
                if secrets::MEMBERS.contains(&name.as_str()) && !member.is_null() {
                    *member = Value::String(REDACTED.to_owned());
                } else {
                    redact(member);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_are_read_wrapped_or_bare_and_nothing_else() {
        assert_eq!(
            error_code(br#"{"error":{"code":"rate_limit_reached","detail":{}}}"#).as_deref(),
            Some("rate_limit_reached")
        );
        assert_eq!(
            error_code(br#"{"code":"service_unavailable"}"#).as_deref(),
            Some("service_unavailable")
        );
        assert_eq!(error_code(b"<html>502 Bad Gateway</html>"), None);
        assert_eq!(error_code(b""), None);
        assert_eq!(error_code(br#"{"error":"busy"}"#), None);
    }

    #[test]
    fn excerpts_never_quote_a_secret() {
        let secret = secrets::MEMBERS.first().copied().expect("the spec marks secrets");
        let body = format!(r#"{{"thing": {{"{secret}": "hunter2-very-secret", "name": "web"}}, "size": "big"}}"#);
        let shown = excerpt(body.as_bytes());
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains(REDACTED) && shown.contains("\"web\""), "{shown}");
        let truncated = &body[..body.len() - 20];
        assert_eq!(excerpt(truncated.as_bytes()), WITHHELD);
        assert_eq!(excerpt(b"<html>bad gateway</html>"), "<html>bad gateway</html>");
    }

    #[test]
    fn retry_after_reads_seconds_and_dates_and_ignores_junk() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "12".parse().expect("valid header"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(12)));
        headers.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().expect("valid header"),
        );
        assert_eq!(
            retry_after(&headers),
            Some(Duration::ZERO),
            "a date in the past means now"
        );
        headers.insert(RETRY_AFTER, "soon".parse().expect("valid header"));
        assert_eq!(retry_after(&headers), None);
    }
}
