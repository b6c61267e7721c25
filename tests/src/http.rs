//! Helpers for tests that drive the SDK over real HTTP on 127.0.0.1.

use std::time::Duration;

use katapult_sdk::{Client, RetryPolicy};

/// The token every HTTP test client uses; tests search output for it.
pub const TOKEN: &str = "kat-test-token-5f3c9e1d7a";

/// The allocate operation's path under the base URL.
pub use katapult_simulator::paths::ALLOCATE_IP as ALLOCATE_PATH;
/// The list operation's path under the base URL.
pub use katapult_simulator::paths::LIST_NETWORK_INTERFACES as LIST_PATH;

/// A client for `base_url` with [`TOKEN`], no retries and a short timeout.
pub fn client(base_url: &str) -> Client {
    builder(base_url)
        .retry(RetryPolicy::none())
        .build()
        .expect("a loopback client builds")
}

/// A client for `base_url` with this token and retry policy, and default timeouts.
pub fn client_with(base_url: impl Into<String>, token: &str, retry: RetryPolicy) -> Client {
    Client::builder()
        .token(token)
        .base_url(base_url)
        .retry(retry)
        .build()
        .expect("a loopback client builds")
}

/// A builder for `base_url` with [`TOKEN`] and a short timeout.
pub fn builder(base_url: &str) -> katapult_sdk::ClientBuilder {
    Client::builder()
        .token(TOKEN)
        .base_url(base_url)
        .timeout(Duration::from_secs(10))
}

/// A retry policy with no real waiting to speak of: `attempts` attempts, 1 ms backoff.
pub fn quick_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2))
}
