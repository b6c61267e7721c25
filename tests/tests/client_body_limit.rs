//! Every answer is read up to a limit: a larger one, declared or streamed, becomes a typed
//! error carrying the status, and the client stops reading, so memory stays bounded.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::VirtualMachineNetworkInterface;
use katapult_sdk::{Client, DEFAULT_MAX_RESPONSE_BYTES, Error, MAX_PER_PAGE, Page};
use katapult_tests::http::{ALLOCATE_PATH, LIST_PATH, builder};
use reqwest::StatusCode;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use wiremock::matchers::path;
use wiremock::{Mock, MockServer, ResponseTemplate};

const LIMIT: usize = 4096;

/// A list page padded to about `bytes` bytes with interfaces.
fn page_of_about(bytes: usize) -> serde_json::Value {
    let interface = json!({"id": "vmnet_0123456789abcdef", "name": "Public Network on bitter-beautiful-mango",
                           "network": null, "virtual_network": null, "ip_addresses": []});
    let each = interface.to_string().len() + 1;
    let items = vec![interface; bytes / each + 1];
    json!({"pagination": {"current_page": 1, "total_pages": 1, "per_page": items.len(), "total": items.len(), "large_set": false},
           "virtual_machine_network_interfaces": items})
}

/// A server answering every list and allocate request with `answer`, and a client for it
/// reading at most `limit` bytes of an answer (the default when `None`).
async fn answering(answer: ResponseTemplate, limit: Option<usize>) -> (MockServer, Client) {
    let server = MockServer::start().await;
    for operation in [LIST_PATH, ALLOCATE_PATH] {
        Mock::given(path(operation))
            .respond_with(answer.clone())
            .mount(&server)
            .await;
    }
    let mut client = builder(&server.uri());
    if let Some(limit) = limit {
        client = client.max_response_bytes(limit);
    }
    (server, client.build().expect("builds"))
}

async fn list(client: &Client) -> Result<Page<VirtualMachineNetworkInterface>, Error> {
    client.list_network_interfaces(VirtualMachine::id("vm_1")).send().await
}

#[tokio::test]
async fn an_answer_over_the_limit_is_a_typed_error_with_its_status() {
    let ok = ResponseTemplate::new(200).set_body_json(page_of_about(LIMIT * 2));
    let (_server, client) = answering(ok, Some(LIMIT)).await;
    let error = list(&client).await.expect_err("too large");
    assert!(
        matches!(
            error,
            Error::ResponseTooLarge {
                status: StatusCode::OK,
                limit: LIMIT,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(StatusCode::OK));
    assert!(!error.is_retryable());
    assert!(error.to_string().contains("4096-byte limit"), "{error}");

    let big_error = json!({"error": {"code": "x", "description": "y".repeat(LIMIT * 2)}});
    let refused = ResponseTemplate::new(422).set_body_json(big_error);
    let (_server, client) = answering(refused, Some(LIMIT)).await;
    let error = client
        .allocate_ip_address(VirtualMachine::id("vm_1"), IpAddress::id("ip_1"))
        .await
        .expect_err("too large");
    assert!(
        matches!(
            error,
            Error::ResponseTooLarge {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                ..
            }
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_answer_within_the_limit_decodes_as_before() {
    let page = page_of_about(LIMIT / 2);
    let (_server, client) = answering(ResponseTemplate::new(200).set_body_json(&page), Some(LIMIT)).await;
    let got = list(&client).await.expect("within the limit");
    assert_eq!(
        got.items.len(),
        page["virtual_machine_network_interfaces"]
            .as_array()
            .map_or(0, Vec::len)
    );
}

#[tokio::test]
async fn the_default_limit_reads_the_largest_page_with_room_to_spare() {
    // The largest page the API sends, with twenty addresses on each interface (ten times
    // the usual).
    let interface = json!({
        "id": "vmnet_0123456789abcdef",
        "name": "Public Network on bitter-beautiful-mango",
        "network": {"id": "net_dDYBq1ZZVBWhMqPK", "name": "Public Network"},
        "virtual_network": null,
        "ip_addresses": vec![json!({"id": "ip_0123456789abcdef", "address": "2a03:2800:1::10"}); 20],
    });
    let items = vec![interface; usize::try_from(MAX_PER_PAGE).expect("small")];
    let page = json!({"pagination": {"current_page": 1, "total_pages": 1, "per_page": MAX_PER_PAGE, "total": MAX_PER_PAGE, "large_set": false},
                      "virtual_machine_network_interfaces": items});
    let size = page.to_string().len();
    assert!(
        size * 10 < DEFAULT_MAX_RESPONSE_BYTES,
        "a {size}-byte page is far below the default"
    );
    let (_server, client) = answering(ResponseTemplate::new(200).set_body_json(&page), None).await;
    let got = list(&client).await.expect("within the default limit");
    assert_eq!(got.items.len() as u64, MAX_PER_PAGE);
}

/// A server that answers every request with an endless chunked body (no
/// `Content-Length`), and counts what it managed to send before the client hung up.
async fn endless_server(sent: Arc<AtomicUsize>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("binds");
    let address = listener.local_addr().expect("has an address");
    tokio::spawn(async move {
        let Ok((mut socket, _)) = listener.accept().await else {
            return;
        };
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if socket.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "[".repeat(64 * 1024));
        // Stops when the client hangs up, or after 1 GiB, which a bounded client never takes.
        while sent.load(Ordering::Relaxed) < 1 << 30 {
            if socket.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            sent.fetch_add(64 * 1024, Ordering::Relaxed);
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn an_endless_streamed_answer_is_cut_off_at_the_limit() {
    let sent = Arc::new(AtomicUsize::new(0));
    let url = endless_server(sent.clone()).await;
    let limit = 256 * 1024;
    let client = builder(&url).max_response_bytes(limit).build().expect("builds");
    let error = tokio::time::timeout(Duration::from_secs(30), list(&client))
        .await
        .expect("the client gives up at the limit, not at the end of an endless body")
        .expect_err("too large");
    assert!(
        matches!(error, Error::ResponseTooLarge { status: StatusCode::OK, limit: l, .. } if l == limit),
        "{error:?}"
    );
    // What the server got out is the limit plus what the sockets buffer, far from 1 GiB.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let sent = sent.load(Ordering::Relaxed);
    assert!(sent < 64 * 1024 * 1024, "the server sent {sent} bytes");
}
