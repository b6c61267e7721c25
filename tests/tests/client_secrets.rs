//! The token is sent as `Authorization: Bearer …` and shows up nowhere else: not in
//! `Debug` or `Display` of the client, its builder or its errors, nor in tracing output.
//! Plain `http://` is refused off loopback.

use std::io::Write;
use std::sync::{Arc, Mutex};

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::{ApiToken, Client, Error};
use katapult_tests::http::{LIST_PATH, TOKEN, builder, quick_retries};
use serde_json::json;
use wiremock::matchers::{header, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("not poisoned").extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("not poisoned")).into_owned()
    }
}

#[tokio::test]
async fn the_token_goes_in_the_authorization_header_with_the_user_agent() {
    let server = MockServer::start().await;
    let body = json!({"pagination": {"current_page": 1, "total_pages": 1, "per_page": 30, "total": 0, "large_set": false},
        "virtual_machine_network_interfaces": []});
    Mock::given(path(LIST_PATH))
        .and(header("authorization", format!("Bearer {TOKEN}").as_str()))
        .and(header(
            "user-agent",
            concat!("katapult-sdk/", env!("CARGO_PKG_VERSION"), " inventory/1.0"),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .user_agent_suffix("inventory/1.0")
        .build()
        .expect("builds");
    client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect("matched the headers");
    let request = &server.received_requests().await.expect("recording")[0];
    let url = request.url.as_str();
    assert!(!url.contains(TOKEN), "the token is not in the URL: {url}");
    assert!(!String::from_utf8_lossy(&request.body).contains(TOKEN));
}

#[tokio::test]
async fn the_token_is_absent_from_debug_display_errors_and_traces() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(503).set_body_raw("<html>unavailable</html>", "text/html"))
        .mount(&server)
        .await;
    let client = builder(&server.uri()).retry(quick_retries(2)).build().expect("builds");
    let error = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .send()
        .await
        .expect_err("503");
    let refused = client
        .allocate_ip_address(VirtualMachine::id(""), IpAddress::id("ip_1"))
        .await
        .expect_err("blank");

    let mut outputs = vec![
        format!("{client:?}"),
        format!("{:?}", builder(&server.uri())),
        format!("{error}"),
        format!("{error:?}"),
        format!("{refused} {refused:?}"),
        format!("{:?} {}", ApiToken::new(TOKEN), ApiToken::new(TOKEN)),
    ];
    let traces = captured.text();
    assert!(traces.contains("katapult.request"), "spans were recorded: {traces}");
    assert!(traces.contains("attempt=2"), "the retry was traced: {traces}");
    assert!(traces.contains("status=503"), "{traces}");
    outputs.push(traces);
    for output in &outputs {
        assert!(!output.contains(TOKEN), "the token leaked into: {output}");
    }
}

#[test]
fn config_errors_never_show_the_token() {
    let errors = [
        Client::builder()
            .base_url("http://api.katapult.io/core/v1")
            .token(TOKEN)
            .build(),
        Client::builder()
            .base_url(format!("https://user:{TOKEN}@api.katapult.io"))
            .token(TOKEN)
            .build(),
        Client::builder().token(format!("{TOKEN}\n")).build(),
        Client::builder().token("").build(),
        Client::builder().build(),
    ];
    for result in errors {
        let error = result.expect_err("refused");
        assert!(matches!(error, Error::Config(_)), "{error:?}");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains(TOKEN), "{shown}");
    }
}

#[test]
fn plain_http_is_for_loopback_only() {
    let refused = Client::builder()
        .token(TOKEN)
        .base_url("http://api.katapult.io/core/v1")
        .build();
    assert!(
        matches!(&refused, Err(Error::Config(reason)) if reason.contains("http")),
        "{refused:?}"
    );
    for allowed in [
        "http://127.0.0.1:9",
        "http://localhost:9/core/v1",
        "http://[::1]:9",
        "https://api.katapult.io/core/v1/",
    ] {
        let built = Client::builder().token(TOKEN).base_url(allowed).build();
        assert!(built.is_ok(), "{allowed}: {built:?}");
    }
    let default = Client::new(TOKEN).expect("builds");
    assert_eq!(default.base_url(), katapult_sdk::DEFAULT_BASE_URL);
}
