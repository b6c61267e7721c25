//! Retries over real HTTP: 429 and 503 are retried within the policy unless the code is an
//! operation's own outcome, `Retry-After` is honoured (on tokio's paused clock), reads are
//! retried after a dropped connection and the allocate POST is not.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::ApiError;
use katapult_sdk::{Error, RetryPolicy};
use katapult_tests::call_operation;
use katapult_tests::http::{LIST_PATH, builder, quick_retries};
use serde_json::json;
use tokio::io::AsyncReadExt;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn page_body() -> serde_json::Value {
    json!({"pagination": {"current_page": 1, "total_pages": 1, "total": 1, "per_page": 30, "large_set": false},
           "virtual_machine_network_interfaces": [{"id": "vmnet_1", "name": "Public", "network": null,
                                                   "virtual_network": null, "ip_addresses": []}]})
}

fn rate_limited() -> ResponseTemplate {
    ResponseTemplate::new(429).set_body_json(json!({"error": {"code": "rate_limit_reached",
        "description": "You have reached the rate limit for this type of request",
        "detail": {"total_permitted": 60}}}))
}

fn unavailable() -> ResponseTemplate {
    ResponseTemplate::new(503).set_body_json(json!({"error": {"code": "service_unavailable",
        "description": "The service is currently unavailable, please try again later", "detail": {}}}))
}

#[tokio::test]
async fn a_429_then_a_200_succeeds() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(rate_limited())
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_body()))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).retry(quick_retries(3)).build().expect("builds");
    let page = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect("retried to success");
    assert_eq!(page.items.len(), 1);
    assert_eq!(server.received_requests().await.expect("recording").len(), 2);
}

#[tokio::test]
async fn a_503_is_retried_until_attempts_run_out() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(unavailable())
        .mount(&server)
        .await;
    let client = builder(&server.uri()).retry(quick_retries(5)).build().expect("builds");
    let error = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("always 503");
    assert!(
        matches!(
            error,
            Error::Api {
                error: ApiError::ServiceUnavailable { .. },
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(server.received_requests().await.expect("recording").len(), 5);
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(unavailable())
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let _ = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("503");
    assert_eq!(server.received_requests().await.expect("recording").len(), 1);
}

#[tokio::test]
async fn the_allocate_post_is_retried_after_a_429() {
    let server = MockServer::start().await;
    let allocated = json!({"ip_address": {"id": "ip_1", "address": "185.22.208.10"}});
    Mock::given(method("POST"))
        .respond_with(rate_limited())
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(allocated))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).retry(quick_retries(3)).build().expect("builds");
    let ip = client
        .allocate_ip_address(VirtualMachine::id("vm_1"), IpAddress::id("ip_1"))
        .await
        .expect("the server did not act on the 429, so retrying is safe");
    assert_eq!(ip.address, "185.22.208.10");
    assert_eq!(server.received_requests().await.expect("recording").len(), 2);
}

#[tokio::test(start_paused = true)]
async fn retry_after_is_honoured_without_real_sleeping() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(rate_limited().insert_header("retry-after", "120"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_body()))
        .mount(&server)
        .await;
    // No timeouts and no deadline: on a paused clock a pending timer would fire while real
    // I/O is under way.
    let policy = RetryPolicy::default().max_elapsed(Duration::MAX);
    let client = builder(&server.uri())
        .timeout(None)
        .read_timeout(None)
        .retry(policy)
        .build()
        .expect("builds");

    let wall = std::time::Instant::now();
    let paused = tokio::time::Instant::now();
    client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect("succeeds after waiting");
    assert!(
        paused.elapsed() >= Duration::from_secs(120),
        "waited {:?} of tokio time",
        paused.elapsed()
    );
    assert!(
        wall.elapsed() < Duration::from_secs(30),
        "really slept {:?}",
        wall.elapsed()
    );
}

#[tokio::test]
async fn a_retry_after_beyond_the_budget_is_returned_not_waited() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(rate_limited().insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().expect("builds");
    let error = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("429");
    assert_eq!(error.retry_after(), Some(Duration::from_secs(3600)));
    assert_eq!(server.received_requests().await.expect("recording").len(), 1);
}

/// A server that reads each request and closes the connection without answering;
/// returns its base URL and a count of connections.
async fn dropping_server() -> (String, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let address = listener.local_addr().expect("address");
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = connections.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            let mut buffer = [0u8; 4096];
            // Read the request head (and a small body), then hang up.
            let _ = tokio::time::timeout(Duration::from_millis(200), socket.read(&mut buffer)).await;
            drop(socket);
        }
    });
    (format!("http://{address}"), connections)
}

#[tokio::test]
async fn the_allocate_post_is_not_retried_after_a_dropped_connection() {
    let (url, connections) = dropping_server().await;
    let client = builder(&url).retry(quick_retries(4)).build().expect("builds");
    let error = client
        .allocate_ip_address(VirtualMachine::id("vm_1"), IpAddress::id("ip_1"))
        .await
        .expect_err("the server hangs up");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "the POST may have arrived, so it is sent once"
    );
}

#[tokio::test]
async fn a_read_is_retried_after_a_dropped_connection() {
    let (url, connections) = dropping_server().await;
    let client = builder(&url).retry(quick_retries(4)).build().expect("builds");
    let error = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("hangs up");
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(connections.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_the_post() {
    // Bind then drop, so the port refuses connections.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port();
    let client = builder(&format!("http://127.0.0.1:{port}"))
        .retry(quick_retries(3))
        .build()
        .expect("builds");
    let error = client
        .allocate_ip_address(VirtualMachine::id("vm_1"), IpAddress::id("ip_1"))
        .await
        .expect_err("nothing listens");
    assert!(
        matches!(&error, Error::Transport { source, .. } if source.is_connect()),
        "{error:?}"
    );
    assert!(error.is_retryable());
}

#[tokio::test]
async fn a_slow_answer_times_out() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page_body())
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .timeout(Duration::from_millis(100))
        .retry(quick_retries(2))
        .build()
        .expect("builds");
    let error = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("too slow");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert_eq!(
        server.received_requests().await.expect("recording").len(),
        2,
        "a read is retried after a timeout"
    );
}

#[tokio::test(start_paused = true)]
async fn pacing_spaces_requests() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(page_body()))
        .mount(&server)
        .await;
    // No timeouts and no deadline, as above.
    let client = builder(&server.uri())
        .timeout(None)
        .read_timeout(None)
        .retry(RetryPolicy::default().max_elapsed(Duration::MAX))
        .requests_per_minute(30)
        .build()
        .expect("builds");
    let start = tokio::time::Instant::now();
    for _ in 0..4 {
        client
            .list_network_interfaces(VirtualMachine::id("vm_1"))
            .send()
            .await
            .expect("ok");
    }
    // 30 a minute is one every two seconds: the first at once, three more after 6 s.
    assert!(start.elapsed() >= Duration::from_secs(6), "{:?}", start.elapsed());
}

/// `503 no_available_addresses` (the pool is empty) is the operation's answer, not the
/// service's: the default policy sends the request once and the error says so at once.
#[tokio::test]
async fn a_503_with_an_operations_own_code_is_sent_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503).set_body_json(json!({"error": {
            "code": "no_available_addresses",
            "description": "There are no addresses of this version available in this network",
            "detail": {}}})))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().expect("builds with the default policy");
    let error = call_operation(&client, "create_ip_address")
        .await
        .expect("a generated call")
        .expect_err("503");
    assert!(
        matches!(
            error,
            Error::Api {
                error: ApiError::NoAvailableAddresses { .. },
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable());
    assert_eq!(server.received_requests().await.expect("recording").len(), 1);
}

/// A gateway's page and a code newer than the spec do not prove the service did nothing:
/// their `503` to a write is returned at once (a retry could do the work twice), though a
/// read would be retried. The API's own `service_unavailable` proves it, so it is retried.
#[tokio::test]
async fn a_503_to_a_write_is_retried_only_with_the_apis_own_code() {
    let answers = [
        (
            ResponseTemplate::new(503).set_body_string("<html><h1>503 Service Unavailable</h1></html>"),
            1,
        ),
        (
            ResponseTemplate::new(503).set_body_json(json!({"error": {"code": "maintenance_window",
                "description": "Back soon", "detail": {}}})),
            1,
        ),
        (unavailable(), 3),
    ];
    for (answer, sent) in answers {
        let server = MockServer::start().await;
        Mock::given(method("POST")).respond_with(answer).mount(&server).await;
        let client = builder(&server.uri()).retry(quick_retries(3)).build().expect("builds");
        let error = call_operation(&client, "create_ip_address")
            .await
            .expect("a generated call")
            .expect_err("503");
        assert!(error.is_retryable_read(), "{error:?}");
        assert_eq!(error.is_retryable(), sent > 1, "{error:?}");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert_eq!(
            server.received_requests().await.expect("recording").len(),
            sent,
            "{error:?}"
        );
    }
}
