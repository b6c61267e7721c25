//! The API token, kept out of every log line.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// A Katapult API token.
///
/// Its `Debug` and `Display` print `[redacted]`, never the token, and its memory is wiped
/// when it is dropped. The client sends it only as `Authorization: Bearer …` to the base URL
/// it was built with.
///
/// ```
/// let token = katapult_sdk::ApiToken::new("kat_secret");
/// assert_eq!(format!("{token:?}"), "ApiToken([redacted])");
/// assert_eq!(token.to_string(), "[redacted]");
/// ```
#[derive(Clone)]
pub struct ApiToken(SecretString);

impl ApiToken {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Self(SecretString::from(token.into()))
    }

    /// The token itself, for the rare caller that must hand it on (say, to another tool).
    /// Anything printed from the returned value is the secret in clear.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// Whether the token is empty or only whitespace (never a valid token).
    pub(crate) fn is_blank(&self) -> bool {
        self.expose_secret().trim().is_empty()
    }
}

impl From<String> for ApiToken {
    fn from(token: String) -> Self {
        Self::new(token)
    }
}

impl From<&str> for ApiToken {
    fn from(token: &str) -> Self {
        Self::new(token)
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken([redacted])")
    }
}

impl fmt::Display for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}
