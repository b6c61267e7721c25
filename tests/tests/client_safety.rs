//! Safe and observable defaults, over real HTTP on loopback: redirects stay at the API,
//! secrets stay out of `Debug` and errors, a write is never sent twice on a proxy's word,
//! reads are retried past a gateway, every answer is traceable by its request id, pacing
//! keeps a burst under the rate limit, walks are bounded and a call keeps its deadline.

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::{AdaptivePacing, Error, MAX_CONCURRENCY, RetryPolicy, types};
use katapult_simulator::{Simulator, TokenGrant, seeded};
use katapult_tests::http::{ALLOCATE_PATH, LIST_PATH, builder, quick_retries};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn page(items: usize, page: usize, total_pages: usize) -> Value {
    let interfaces: Vec<Value> = (0..items)
        .map(|n| {
            json!({"id": format!("vmnet_{page}_{n}"), "name": "Public", "network": null,
                        "virtual_network": null, "ip_addresses": []})
        })
        .collect();
    json!({"pagination": {"current_page": page, "total_pages": total_pages, "total": items * total_pages,
                          "per_page": items, "large_set": false},
           "virtual_machine_network_interfaces": interfaces})
}

fn vm() -> VirtualMachine {
    VirtualMachine::id("vm_1")
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_an_error_naming_it_and_nothing_goes_there() {
    let elsewhere = MockServer::start().await;
    Mock::given(path(ALLOCATE_PATH))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&elsewhere)
        .await;
    let api = MockServer::start().await;
    let location = format!("{}{ALLOCATE_PATH}", elsewhere.uri());
    Mock::given(path(ALLOCATE_PATH))
        .respond_with(ResponseTemplate::new(307).insert_header("location", location.as_str()))
        .mount(&api)
        .await;

    for client in [
        builder(&api.uri()).build().expect("builds"),
        builder(&api.uri()).follow_redirects(5).build().expect("builds"),
    ] {
        let address: std::net::IpAddr = "185.22.208.10".parse().expect("an address");
        let error = client
            .allocate_ip_address(vm(), IpAddress::Address(address))
            .await
            .expect_err("a redirect is not an answer");
        let Error::Redirected {
            status,
            location: Some(to),
            ..
        } = &error
        else {
            panic!("expected Redirected, got {error:?}");
        };
        assert_eq!((status.as_u16(), to.as_str()), (307, location.as_str()));
        assert!(error.to_string().contains(&location), "{error}");
    }
    // `elsewhere` verifies on drop that the body never reached it.
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_only_when_allowed() {
    let api = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/core/v1/moved"))
        .mount(&api)
        .await;
    Mock::given(path("/core/v1/moved"))
        .respond_with(ResponseTemplate::new(200).set_body_json(page(1, 1, 1)))
        .mount(&api)
        .await;
    let strict = builder(&api.uri()).build().expect("builds");
    let error = strict
        .list_network_interfaces(vm())
        .send()
        .await
        .expect_err("not followed");
    assert!(matches!(error, Error::Redirected { .. }), "{error:?}");
    let following = builder(&api.uri()).follow_redirects(1).build().expect("builds");
    let page = following.list_network_interfaces(vm()).send().await.expect("followed");
    assert_eq!(page.items.len(), 1);
}

#[tokio::test]
async fn secrets_print_redacted_and_no_error_quotes_one() {
    const SECRET: &str = "Tr0ub4dor-and-3-horses";
    let server = MockServer::start().await;
    let token = json!({"id": "at_14qr7ql1mVwWceuf", "name": "ci", "secret": SECRET,
                       "authorized_ip_addresses": [], "scopes": [], "rate_limit": 60,
                       "expires_at": null, "organization_id": "org_1"});
    Mock::given(path("/api_tokens/api_token/regenerate_secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"api_token": token})))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    // The same answer, of the wrong shape (an ID that is a number): it fails to decode.
    let mut wrong = token.clone();
    wrong["id"] = json!(5);
    Mock::given(path("/api_tokens/api_token/regenerate_secret"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"api_token": wrong})))
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let request = || {
        client
            .regenerate_organization_api_token_secret()
            .api_token(types::ApiTokenLookup::Id("at_14qr7ql1mVwWceuf".parse().expect("an ID")))
    };

    let answer = request().send().await.expect("decodes");
    let secret = answer.api_token.secret.clone().flatten().expect("a secret");
    assert_eq!(secret.expose_secret(), SECRET);
    let printed = format!("{answer:?} {answer:#?}");
    assert!(!printed.contains(SECRET) && printed.contains("[redacted]"), "{printed}");
    // The wire form is unchanged.
    let written = serde_json::to_value(&answer).expect("encodes");
    assert_eq!(written["api_token"]["secret"], SECRET);

    let error = request().send().await.expect_err("the wrong shape");
    let Error::InvalidResponse { excerpt, .. } = &error else {
        panic!("expected InvalidResponse, got {error:?}");
    };
    assert!(excerpt.contains("[redacted]"), "{excerpt}");
    let printed = format!("{error} {error:?}");
    assert!(!printed.contains(SECRET), "{printed}");
}

#[tokio::test]
async fn a_proxys_503_to_a_post_is_not_sent_again_and_the_apis_own_is() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(ALLOCATE_PATH))
        .respond_with(ResponseTemplate::new(503).set_body_string("<html><h1>503 Service Unavailable</h1></html>"))
        .expect(1)
        .mount(&server)
        .await;
    let client = builder(&server.uri()).retry(quick_retries(4)).build().expect("builds");
    let address: std::net::IpAddr = "185.22.208.10".parse().expect("an address");
    let error = client
        .allocate_ip_address(vm(), IpAddress::Address(address))
        .await
        .expect_err("503");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert!(error.is_retryable_read() && !error.is_retryable(), "{error:?}");
}

#[tokio::test]
async fn a_gateways_502_or_504_to_a_get_is_retried() {
    for status in [502, 504] {
        let server = MockServer::start().await;
        Mock::given(path(LIST_PATH))
            .respond_with(ResponseTemplate::new(status).set_body_string("<html>bad gateway</html>"))
            .up_to_n_times(1)
            .with_priority(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(path(LIST_PATH))
            .respond_with(ResponseTemplate::new(200).set_body_json(page(2, 1, 1)))
            .expect(1)
            .mount(&server)
            .await;
        let client = builder(&server.uri()).retry(quick_retries(3)).build().expect("builds");
        let page = client.list_network_interfaces(vm()).send().await.expect("retried");
        assert_eq!(page.items.len(), 2, "after a {status}");
    }
}

#[tokio::test]
async fn every_answer_is_traceable_by_its_request_id() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("x-request-id", "7c1f0d9e-aa41-4c35-9f0e-5b2d1a0c3e77")
                .set_body_json(json!({"error": {"code": "virtual_machine_not_found",
                    "description": "No virtual machine was found matching any of the criteria provided in the arguments",
                    "detail": {}}})),
        )
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(LIST_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "0b7e2c4a-1111-4d2e-8f00-c0ffee000001")
                .insert_header("x-ratelimit-permitted", "600")
                .insert_header("x-ratelimit-remaining", "598")
                .set_body_json(page(1, 1, 1)),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri()).build().expect("builds");
    let error = client.list_network_interfaces(vm()).send().await.expect_err("404");
    assert_eq!(error.request_id(), Some("7c1f0d9e-aa41-4c35-9f0e-5b2d1a0c3e77"));
    assert!(
        error
            .to_string()
            .contains("request id 7c1f0d9e-aa41-4c35-9f0e-5b2d1a0c3e77"),
        "{error}"
    );

    let answer = client
        .list_network_interfaces(vm())
        .send_with_metadata()
        .await
        .expect("200");
    assert_eq!(answer.metadata.status.as_u16(), 200);
    assert_eq!(
        answer.metadata.request_id.as_deref(),
        Some("0b7e2c4a-1111-4d2e-8f00-c0ffee000001")
    );
    let limit = answer.metadata.rate_limit.expect("stated");
    assert_eq!((limit.permitted, limit.remaining), (600, 598));
    assert_eq!(answer.into_inner().items.len(), 1);
}

/// Sends `requests` reads one after another as `token` and returns how many were refused
/// with a 429.
async fn burst(pacing: Option<AdaptivePacing>, requests: usize) -> u64 {
    const TOKEN: &str = "kat-burst-token";
    let simulator = Simulator::builder()
        .tokens(vec![TokenGrant {
            rate_limit_per_minute: 10,
            ..TokenGrant::new(TOKEN, &["virtual_machines"])
        }])
        .rate_limit_window(Duration::from_secs(1))
        .start()
        .await
        .expect("starts");
    let client = katapult_sdk::Client::builder()
        .token(TOKEN)
        .base_url(simulator.url())
        .retry(RetryPolicy::none())
        .adaptive_pacing(pacing)
        .build()
        .expect("builds");
    for _ in 0..requests {
        let _ = client
            .list_network_interfaces(VirtualMachine::fqdn(seeded::MANGO_FQDN))
            .send()
            .await;
    }
    simulator.statuses().get(&429).copied().unwrap_or(0)
}

#[tokio::test]
async fn pacing_from_the_rate_limit_headers_keeps_a_burst_under_the_limit() {
    let unpaced = burst(None, 25).await;
    assert!(unpaced > 0, "without pacing the burst meets the limit");
    let paced = burst(Some(AdaptivePacing::default().window(Duration::from_secs(1))), 25).await;
    assert_eq!(paced, 0, "with pacing no request is refused");
}

/// Full pages for ever, each claiming `total_pages` of 3: a walk must stop at 3.
struct Endless;

impl Respond for Endless {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let number = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "page")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(1);
        ResponseTemplate::new(200).set_body_json(page(5, number, 3))
    }
}

#[tokio::test]
async fn walks_stop_at_the_last_page_and_at_the_callers_caps() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH)).respond_with(Endless).mount(&server).await;
    let client = builder(&server.uri()).build().expect("builds");
    let asked = || async {
        server
            .received_requests()
            .await
            .expect("recording")
            .iter()
            .map(|r| {
                r.url
                    .query_pairs()
                    .find(|(k, _)| k == "page")
                    .map(|(_, v)| v.into_owned())
            })
            .collect::<Vec<_>>()
    };

    let all = client
        .list_network_interfaces(vm())
        .concurrency(4)
        .collect_all()
        .await
        .expect("walks");
    assert_eq!(all.len(), 15, "three pages of five");
    let pages = asked().await;
    assert!(
        pages.iter().all(|p| matches!(p.as_deref(), Some("1" | "2" | "3"))),
        "{pages:?}"
    );
    server.reset().await;
    Mock::given(path(LIST_PATH)).respond_with(Endless).mount(&server).await;

    let seven = client
        .list_network_interfaces(vm())
        .max_items(7)
        .collect_all()
        .await
        .expect("walks");
    assert_eq!(seven.len(), 7);
    assert_eq!(asked().await.len(), 2, "seven items need two pages of five");
    let two_pages = client
        .list_network_interfaces(vm())
        .max_pages(2)
        .collect_all()
        .await
        .expect("walks");
    assert_eq!(two_pages.len(), 10);

    let error = client
        .list_network_interfaces(vm())
        .concurrency(MAX_CONCURRENCY + 1)
        .collect_all()
        .await
        .expect_err("over the bound");
    assert!(
        matches!(
            error,
            Error::InvalidInput {
                argument: "concurrency",
                ..
            }
        ),
        "{error:?}"
    );
    // A page number the API cannot name is refused before anything is sent.
    let before = asked().await.len();
    let last = client.list_network_interfaces(vm()).page(u64::MAX).stream();
    let outcome: Result<Vec<_>, Error> = last.try_collect().await;
    assert!(
        matches!(outcome, Err(Error::InvalidInput { argument: "page", .. })),
        "{outcome:?}"
    );
    assert_eq!(asked().await.len(), before, "nothing sent");
    // Capped by items with no page size given: the answer's page size decides.
    server.reset().await;
    Mock::given(path(LIST_PATH)).respond_with(Endless).mount(&server).await;
    let six = client
        .list_network_interfaces(vm())
        .max_items(6)
        .concurrency(4)
        .collect_all()
        .await
        .expect("walks");
    assert_eq!(six.len(), 6);
    assert_eq!(asked().await.len(), 2, "six items of pages of five need two pages");
}

#[tokio::test]
async fn a_call_keeps_its_deadline_across_attempts() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(page(1, 1, 1))
                .set_delay(Duration::from_secs(20)),
        )
        .mount(&server)
        .await;
    let client = builder(&server.uri())
        .timeout(None)
        .retry(quick_retries(5).max_elapsed(Duration::from_millis(700)))
        .build()
        .expect("builds");
    let started = Instant::now();
    let error = client.list_network_interfaces(vm()).send().await.expect_err("too slow");
    let took = started.elapsed();
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(
        took >= Duration::from_millis(650),
        "cut at the deadline, not before: {took:?}"
    );
    assert!(took < Duration::from_secs(3), "cut at the deadline: {took:?}");
}

#[tokio::test]
async fn an_answer_that_stops_sending_times_out_idle() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let address = listener.local_addr().expect("an address");
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("a connection");
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"pagi";
        socket.write_all(head.as_bytes()).await.expect("writes");
        tokio::time::sleep(Duration::from_secs(30)).await;
    });
    let client = builder(&format!("http://{address}"))
        .timeout(None)
        .read_timeout(Duration::from_millis(300))
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    let started = Instant::now();
    let error = client.list_network_interfaces(vm()).send().await.expect_err("stalled");
    assert!(matches!(error, Error::Timeout { .. }), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
}
