//! Building a [`Client`]: token, base URL, user agent, timeouts, retries and pacing, from
//! code ([`ClientBuilder`]) or from the environment ([`Client::from_env`]).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use reqwest::Url;
use reqwest::header::HeaderValue;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::generated;
use crate::pacing::{AdaptivePacing, Pacer};
use crate::retry::RetryPolicy;
use crate::token::ApiToken;
use crate::transport::Transport;

/// Where the live API is.
pub const DEFAULT_BASE_URL: &str = "https://api.katapult.io/core/v1";
/// The environment variable [`Client::from_env`] reads the token from.
pub const TOKEN_ENV: &str = "KATAPULT_API_TOKEN";
/// The environment variable [`Client::from_env`] reads a base URL from, if set.
pub const URL_ENV: &str = "KATAPULT_API_URL";
/// How long connecting may take, unless configured.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one attempt (send and read the answer) may take, unless configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long the client waits for the next bytes of an answer before giving up on the
/// attempt (an idle read), unless configured.
pub const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(20);
/// The largest answer body read, unless configured: 16 MiB, eighty times the largest page
/// of the largest list (200 interfaces with their addresses, about 200 KiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

impl Client {
    /// A client for the live API with this token and default settings.
    ///
    /// # Errors
    /// [`Error::Config`] if the token is empty or cannot be sent in a header.
    pub fn new(token: impl Into<crate::ApiToken>) -> Result<Self> {
        Self::builder().token(token).build()
    }

    /// A client configured from the environment: the token from `KATAPULT_API_TOKEN`,
    /// and the base URL from `KATAPULT_API_URL` when it is set.
    ///
    /// # Errors
    /// [`Error::Config`] if `KATAPULT_API_TOKEN` is unset or empty, or the URL is refused.
    pub fn from_env() -> Result<Self> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let token = var(TOKEN_ENV).ok_or_else(|| Error::Config(format!("{TOKEN_ENV} is not set (or is not UTF-8)")))?;
        let mut builder = Self::builder().token(token);
        if let Some(url) = var(URL_ENV) {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }
}

/// Configures a [`Client`]. Start with [`Client::builder`].
///
/// ```
/// use std::time::Duration;
/// use katapult_sdk::{Client, RetryPolicy};
///
/// let client = Client::builder()
///     .token("my-token")
///     .user_agent_suffix("inventory-sync/2.1")
///     .timeout(Duration::from_secs(10))
///     .retry(RetryPolicy::default().max_attempts(6))
///     .requests_per_minute(300)
///     .build()?;
/// # let _ = client;
/// # Ok::<(), katapult_sdk::Error>(())
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct ClientBuilder {
    token: Option<ApiToken>,
    base_url: String,
    user_agent_suffix: Option<String>,
    connect_timeout: Duration,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    requests_per_minute: Option<u32>,
    adaptive_pacing: Option<AdaptivePacing>,
    read_timeout: Option<Duration>,
    follow_redirects: usize,
    max_response_bytes: usize,
    http: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            token: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            user_agent_suffix: None,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: Some(DEFAULT_TIMEOUT),
            retry: RetryPolicy::default(),
            requests_per_minute: None,
            adaptive_pacing: Some(AdaptivePacing::default()),
            read_timeout: Some(DEFAULT_READ_TIMEOUT),
            follow_redirects: 0,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            http: None,
        }
    }
}

impl ClientBuilder {
    /// The API token to authenticate with (required).
    pub fn token(mut self, token: impl Into<ApiToken>) -> Self {
        self.token = Some(token.into());
        self
    }

    /// The API's base URL, [`DEFAULT_BASE_URL`] unless set. It must be `https://`, or
    /// `http://` to a loopback host (`localhost`, `127.0.0.1`, `::1`), as for the simulator.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Text added after `katapult-sdk/<version>` in the `User-Agent` header, to name
    /// your application.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }

    /// How long connecting may take ([`DEFAULT_CONNECT_TIMEOUT`] unless set). Ignored
    /// with [`http_client`](Self::http_client), whose own setting applies.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long one attempt may take, sending and reading the answer
    /// ([`DEFAULT_TIMEOUT`] unless set). `None` means no limit per attempt; the whole
    /// call's deadline ([`RetryPolicy::max_elapsed`]) still holds.
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// How failed requests are retried ([`RetryPolicy::default`] unless set;
    /// [`RetryPolicy::none`] turns retries off).
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Spaces requests evenly to send at most this many a minute, across all clones of
    /// the client: for bulk work that should not trip the API's per-minute rate limit.
    /// Zero turns this fixed pace off (the default); pacing from the rate-limit headers is
    /// [`adaptive_pacing`](Self::adaptive_pacing).
    pub fn requests_per_minute(mut self, limit: u32) -> Self {
        self.requests_per_minute = Some(limit);
        self
    }

    /// How long an answer may go without sending a byte before the attempt fails as a
    /// timeout ([`DEFAULT_READ_TIMEOUT`] unless set; `None` for no idle limit). Ignored
    /// with [`http_client`](Self::http_client), whose own setting applies.
    pub fn read_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.read_timeout = timeout.into();
        self
    }

    /// Slows requests down before the API's rate limit runs out, from the count each answer
    /// states ([`AdaptivePacing::default`] unless set; `None` turns it off).
    pub fn adaptive_pacing(mut self, pacing: impl Into<Option<AdaptivePacing>>) -> Self {
        self.adaptive_pacing = pacing.into();
        self
    }

    /// Follows up to this many redirects (none unless set: the API never redirects, so a
    /// redirect is an [`Error::Redirected`] naming its `Location`). Even then a redirect is
    /// followed only within the base URL's origin (scheme, host and port), so never to
    /// another host nor from `https` to `http`, and no `Referer` is sent. Ignored with
    /// [`http_client`](Self::http_client), whose own policy applies (reqwest's default
    /// follows up to ten, across origins: give it `redirect::Policy::none()`).
    pub fn follow_redirects(mut self, max: usize) -> Self {
        self.follow_redirects = max;
        self
    }

    /// The largest answer body the client reads ([`DEFAULT_MAX_RESPONSE_BYTES`] unless set).
    /// A larger answer is not read past the limit, so memory stays bounded whatever the
    /// server sends, and the call fails with [`Error::ResponseTooLarge`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Sends through this `reqwest::Client` (for proxies, custom TLS roots, shared
    /// connection pools). The token, user agent, timeout and deadline are still set per
    /// request; its own connect and read timeouts and redirect policy apply (build it with
    /// `redirect(reqwest::redirect::Policy::none())` to keep requests at the API).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the settings and builds the client.
    ///
    /// # Errors
    /// [`Error::Config`] when no token was given, the token cannot be sent in a header,
    /// the base URL is not a valid `https://` URL (or `http://` to loopback), or the HTTP
    /// client fails to start.
    pub fn build(self) -> Result<Client> {
        let token = self.token.ok_or_else(|| {
            Error::Config(format!(
                "no API token: call `.token(..)` or set {TOKEN_ENV} for `Client::from_env`"
            ))
        })?;
        if token.is_blank() {
            return Err(Error::Config("the API token is empty".into()));
        }
        let mut authorization = HeaderValue::try_from(format!("Bearer {}", token.expose_secret()))
            .map_err(|_| Error::Config("the API token contains characters an HTTP header cannot carry".into()))?;
        authorization.set_sensitive(true);

        let base_url = checked_base_url(&self.base_url)?;
        let mut user_agent = format!("{}/{}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"));
        if let Some(suffix) = self.user_agent_suffix.filter(|s| !s.trim().is_empty()) {
            user_agent = format!("{user_agent} {}", suffix.trim());
        }
        let user_agent = HeaderValue::try_from(user_agent).map_err(|_| {
            Error::Config("the user agent suffix contains characters an HTTP header cannot carry".into())
        })?;

        let http = match self.http {
            Some(http) => http,
            None => {
                let mut http = reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout)
                    .redirect(same_origin_redirects(self.follow_redirects))
                    .referer(false);
                if let Some(timeout) = self.read_timeout {
                    http = http.read_timeout(timeout);
                }
                http.build()
                    .map_err(|e| Error::Config(format!("cannot start the HTTP client: {e}")))?
            }
        };
        let pacer = Pacer::new(self.requests_per_minute.and_then(NonZeroU32::new), self.adaptive_pacing);
        let transport = Transport::new(
            authorization,
            user_agent,
            self.timeout,
            self.retry,
            pacer,
            self.max_response_bytes,
        );
        Ok(Client::from_generated(generated::Client::new_with_client(
            &base_url, http, transport,
        )))
    }
}

/// The redirect policy: none followed, or up to `max` within the origin they start from.
fn same_origin_redirects(max: usize) -> reqwest::redirect::Policy {
    if max == 0 {
        return reqwest::redirect::Policy::none();
    }
    reqwest::redirect::Policy::custom(move |attempt| {
        let first = attempt.previous().first().map(Url::origin);
        if attempt.previous().len() <= max && first.is_some_and(|origin| origin == attempt.url().origin()) {
            attempt.follow()
        } else {
            // Past the limit or the origin: handed back as the answer, which the SDK reports
            // as `Error::Redirected`.
            attempt.stop()
        }
    })
}

/// The base URL without a trailing slash, if it is one the client may send a token to.
fn checked_base_url(raw: &str) -> Result<String> {
    let url = Url::parse(raw.trim()).map_err(|e| Error::Config(format!("base URL {raw:?} is not a URL: {e}")))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::Config(
            "the base URL must not carry credentials; use `.token(..)`".into(),
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::Config(format!(
            "base URL {url} must not have a query or fragment"
        )));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::Config(format!(
                "refusing plain http:// to {}: the token would cross the network unencrypted (http is allowed for loopback only)",
                url.host_str().unwrap_or_default()
            )));
        }
        other => return Err(Error::Config(format!("base URL scheme must be https, not {other:?}"))),
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_urls_are_checked() {
        assert_eq!(
            checked_base_url("https://api.katapult.io/core/v1/").ok().as_deref(),
            Some(DEFAULT_BASE_URL)
        );
        for ok in [
            "http://127.0.0.1:8080",
            "http://localhost:3000/core/v1",
            "http://[::1]:9",
        ] {
            assert!(checked_base_url(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://api.katapult.io/core/v1",
            "http://10.0.0.1",
            "ftp://x",
            "not a url",
            "https://u:p@h/",
        ] {
            assert!(matches!(checked_base_url(bad), Err(Error::Config(_))), "{bad}");
        }
    }

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn from_env_reads_the_token_and_an_optional_url() {
        let missing = Client::from_vars(vars(&[])).expect_err("no token");
        assert!(missing.to_string().contains(TOKEN_ENV), "{missing}");
        let empty = Client::from_vars(vars(&[(TOKEN_ENV, " ")])).expect_err("blank token");
        assert!(matches!(empty, Error::Config(_)));
        let live = Client::from_vars(vars(&[(TOKEN_ENV, "t")])).expect("builds");
        assert_eq!(live.base_url(), crate::DEFAULT_BASE_URL);
        let local = Client::from_vars(vars(&[(TOKEN_ENV, "t"), (URL_ENV, "http://127.0.0.1:4010/")])).expect("builds");
        assert_eq!(local.base_url(), "http://127.0.0.1:4010");
    }
}
