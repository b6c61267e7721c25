//! What an answer says beside its body: its status, the service's request id and the rate
//! limit's count, read from the headers every answer of the service carries.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// The header that names the request on the service's side; the vendor's support asks for it.
pub(crate) const REQUEST_ID: &str = "x-request-id";
/// How many requests the token may make in the rate limit's window (a minute).
pub(crate) const RATE_LIMIT_PERMITTED: &str = "x-ratelimit-permitted";
/// How many of those are left in the current window.
pub(crate) const RATE_LIMIT_REMAINING: &str = "x-ratelimit-remaining";

/// A successful answer's metadata: its status, the service's request id and the rate limit
/// as the answer states it. From `send_with_metadata` on any request, beside the typed
/// answer ([`WithMetadata`]); an error carries its request id itself
/// ([`Error::request_id`](crate::Error::request_id)).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Metadata {
    /// The HTTP status of the answer.
    pub status: StatusCode,
    /// The answer's `X-Request-Id`: quote it to the vendor's support. `None` if the answer
    /// had none (a proxy's, or a server other than Katapult).
    pub request_id: Option<String>,
    /// The rate limit as the answer states it (`X-Ratelimit-Permitted` and
    /// `X-Ratelimit-Remaining`), when it states both.
    pub rate_limit: Option<RateLimit>,
}

/// The token's rate limit, as an answer states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RateLimit {
    /// Requests the token may make in the limit's window (a minute).
    pub permitted: u32,
    /// Requests left in the current window, this one counted.
    pub remaining: u32,
}

impl Metadata {
    /// The metadata of an answer at `status` with these headers.
    pub(crate) fn read(status: StatusCode, headers: &HeaderMap) -> Self {
        Self {
            status,
            request_id: request_id(headers),
            rate_limit: rate_limit(headers),
        }
    }
}

/// A typed answer with its [`Metadata`], from a request's `send_with_metadata`.
///
/// ```no_run
/// # #[cfg(feature = "virtual-machines")]
/// # async fn run(client: katapult_sdk::Client) -> katapult_sdk::Result<()> {
/// use katapult_sdk::lookup::VirtualMachine;
///
/// let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
/// let answer = client.get_virtual_machine().virtual_machine(vm).send_with_metadata().await?;
/// println!("request {:?}, {:?} left this minute", answer.metadata.request_id, answer.metadata.rate_limit);
/// let machine = answer.into_inner().virtual_machine;
/// # let _ = machine;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct WithMetadata<T> {
    /// The typed answer, as `send` returns it.
    pub value: T,
    /// Its status, request id and rate limit.
    pub metadata: Metadata,
}

impl<T> WithMetadata<T> {
    pub(crate) fn new(value: T, metadata: Metadata) -> Self {
        Self { value, metadata }
    }

    /// The typed answer, the metadata dropped.
    pub fn into_inner(self) -> T {
        self.value
    }

    /// The same metadata with the answer changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> WithMetadata<U> {
        WithMetadata {
            value: f(self.value),
            metadata: self.metadata,
        }
    }
}

/// The answer's `X-Request-Id`, if it has a readable one.
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(REQUEST_ID)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The rate limit an answer states, when it states both numbers readably.
pub(crate) fn rate_limit(headers: &HeaderMap) -> Option<RateLimit> {
    let number = |name: &str| headers.get(name)?.to_str().ok()?.trim().parse::<u32>().ok();
    Some(RateLimit {
        permitted: number(RATE_LIMIT_PERMITTED)?,
        remaining: number(RATE_LIMIT_REMAINING)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_and_junk_is_ignored() {
        let mut headers = HeaderMap::new();
        assert_eq!(Metadata::read(StatusCode::OK, &headers).request_id, None);
        headers.insert(REQUEST_ID, " 4f1c-aa ".parse().expect("a header"));
        headers.insert(RATE_LIMIT_PERMITTED, "600".parse().expect("a header"));
        headers.insert(RATE_LIMIT_REMAINING, "598".parse().expect("a header"));
        let meta = Metadata::read(StatusCode::OK, &headers);
        assert_eq!(meta.request_id.as_deref(), Some("4f1c-aa"));
        assert_eq!(
            meta.rate_limit,
            Some(RateLimit {
                permitted: 600,
                remaining: 598
            })
        );
        headers.insert(RATE_LIMIT_REMAINING, "lots".parse().expect("a header"));
        assert_eq!(rate_limit(&headers), None);
    }
}
