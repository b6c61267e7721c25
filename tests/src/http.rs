//! Helpers for tests that drive the SDK over real HTTP on 127.0.0.1.

use std::time::Duration;

use katapult_sdk::{Client, Error, RetryPolicy};
use katapult_simulator::{RunningSimulator, Simulator, WorkOptions};

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

/// A simulator with the default world and tokens, on a random loopback port.
pub async fn simulator() -> RunningSimulator {
    Simulator::builder().start().await.expect("the simulator starts")
}

/// A simulator whose work runs as `work` says, and a client for it with the default token.
pub async fn simulator_working(work: WorkOptions) -> (RunningSimulator, Client) {
    let simulator = Simulator::builder()
        .work(work)
        .start()
        .await
        .expect("the simulator starts");
    let client = simulator_client(&simulator, simulator.token());
    (simulator, client)
}

/// A client for `simulator` with this token and no retries.
pub fn simulator_client(simulator: &RunningSimulator, token: &str) -> Client {
    Client::builder()
        .token(token)
        .base_url(simulator.url())
        .retry(RetryPolicy::none())
        // The service's own answers, rate limit included, not the client's pacing.
        .adaptive_pacing(None)
        .build()
        .expect("a loopback client builds")
}

/// Asserts `result` is the API error `code` with `status`, and returns the error.
pub fn assert_api(result: Result<impl std::fmt::Debug, Error>, status: u16, code: &str) -> Error {
    let error = result.expect_err("an API error");
    assert!(matches!(error, Error::Api { .. }), "expected {code}, got {error:?}");
    assert_eq!(error.code().as_deref(), Some(code), "{error}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(status), "{error}");
    error
}

/// A raw request to `simulator`, for what the SDK refuses to send: the status, the JSON
/// body (`null` if it is not JSON) and the `x-api-schema` header.
pub async fn raw(
    simulator: &RunningSimulator,
    method: reqwest::Method,
    path_and_query: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> (reqwest::StatusCode, serde_json::Value, Option<String>) {
    let mut request = reqwest::Client::new().request(method, format!("{}{path_and_query}", simulator.url()));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(body) = body {
        request = request.header("content-type", "application/json").body(body.to_owned());
    }
    let response = request.send().await.expect("the simulator answers");
    let status = response.status();
    let schema = response
        .headers()
        .get("x-api-schema")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let body = response.json().await.unwrap_or(serde_json::Value::Null);
    (status, body, schema)
}
