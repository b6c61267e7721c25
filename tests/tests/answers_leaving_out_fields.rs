//! Answers that leave out a field the spec marks required, shaped like the vendor's Go
//! client fixtures (`tests/fixtures/vendor-go-client/`): a required *nullable* field that is
//! absent reads as `None` (the service writes it as `null` when it has no value, so absent
//! says the same), while a required field that is not nullable stays required, and its
//! absence is a typed error naming it.

use katapult_sdk::Error;
use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_tests::http::client;
use katapult_tests::workspace_root;
use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn fixture(name: &str) -> Value {
    let file = workspace_root().join("tests/fixtures/vendor-go-client").join(name);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

async fn serving(route: &str, body: Value) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(route))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_absent_allocation_reads_as_none_and_the_rest_is_kept() {
    let server = serving("/ip_addresses/ip_address", fixture("ip_address_get.json")).await;
    let answer = client(&server.uri())
        .get_ip_address()
        .ip_address(IpAddress::id("ip_dZxJVsVBQ3DnBW9r"))
        .send()
        .await
        .expect("an absent nullable field is tolerated");
    assert_eq!(answer.allocation, None);
    assert_eq!(answer.ip_address.address, "185.22.208.14");
    assert_eq!(
        answer.ip_address.reverse_dns.as_deref(),
        Some("mango-14.acme.katapult.cloud")
    );
    // Written back, the field is there again, as the service writes it.
    let written = serde_json::to_value(&answer).expect("serializes");
    assert_eq!(written.get("allocation"), Some(&Value::Null));
}

#[tokio::test]
async fn an_absent_required_list_is_a_typed_error_that_names_it() {
    let server = serving("/virtual_machines/virtual_machine", fixture("virtual_machine_get.json")).await;
    let error = client(&server.uri())
        .get_virtual_machine()
        .virtual_machine(VirtualMachine::id("vm_t8yomYsG4bccKw5D"))
        .send()
        .await
        .expect_err("annotations is required and not nullable");
    match &error {
        Error::InvalidResponse { status, reason, .. } => {
            assert_eq!(status.as_u16(), 200);
            assert!(reason.contains("annotations"), "{reason}");
        }
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
}

#[tokio::test]
async fn a_task_without_its_status_is_a_typed_error_that_names_it() {
    // Every vendor view of a task has `id`, `name` and `status` (spec/README.md, "Required
    // where the API always sends it"), so an answer without one cannot be the service's.
    let server = serving(
        "/tasks/task",
        serde_json::json!({"task": {"id": "task_1", "name": "Stop"}}),
    )
    .await;
    let error = client(&server.uri())
        .get_task()
        .task(katapult_sdk::types::TaskLookup::Id("task_1".parse().expect("an ID")))
        .send()
        .await
        .expect_err("status is required");
    match &error {
        Error::InvalidResponse { reason, .. } => assert!(reason.contains("status"), "{reason}"),
        other => panic!("expected InvalidResponse, got {other:?}"),
    }
}
