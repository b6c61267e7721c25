//! The spec against the traffic recorded from the live service (`spec/recorded/`): every
//! interaction since the vendor's document is matched to its operation, its answer read with
//! the SDK's type and written back the same, and its request expressed by the SDK's request;
//! and the reads the recordings first showed failing read their recorded answers through the
//! client.

use katapult_build_tools::recorded;
use katapult_sdk::lookup::IpAddress;
use katapult_sdk::types::{Allocation, DiskLookup, LoadBalancerLookup, LoadBalancerResource};
use katapult_tests::http::client;
use katapult_tests::recorded::{Report, check};
use katapult_tests::{spec, workspace_root};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

fn corpus() -> Report {
    let dir = workspace_root().join("spec/recorded");
    let interactions = recorded::read(std::slice::from_ref(&dir), &dir).unwrap_or_else(|e| panic!("{e}"));
    check(spec(), &interactions)
}

#[test]
fn every_recorded_interaction_since_the_vendor_document_is_read_and_written_back() {
    let report = corpus();
    // The whole corpus was read: a check over nothing would pass.
    assert!(report.recordings.len() >= 200, "{} recordings", report.recordings.len());
    assert!(
        report.since_document >= 5_000,
        "{} interactions since the document",
        report.since_document
    );
    let failures: Vec<String> = report
        .failures_since_document()
        .map(|f| format!("{:?} {}: {}", f.operation, f.interaction, f.reason))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        report.unknown_members.is_empty() && report.unknown_request_members.is_empty(),
        "members the spec does not know:\n{report}"
    );
    // Older recordings lack what the service added since (`annotations`): reported, with
    // the reason, and not failed.
    assert!(report.failures.iter().all(|f| f.predates_document));
    assert!(report.to_string().contains("## Failures older than the document"));
}

#[test]
fn the_reads_the_recordings_showed_failing_read_every_recorded_answer() {
    let report = corpus();
    for operation in [
        "get_ip_address",
        "get_load_balancer",
        "get_disk",
        "get_object_storage_bucket",
    ] {
        let figures = report
            .operations
            .get(operation)
            .unwrap_or_else(|| panic!("no recorded `{operation}`"));
        assert!(
            figures.since_document > 0,
            "`{operation}` has no recording since the document"
        );
        assert_eq!(figures.failed, 0, "`{operation}`:\n{report}");
    }
}

/// A server answering every request with the recorded answer `name` (tests/fixtures/recorded/).
async fn recorded_answer(name: &str) -> MockServer {
    let path = workspace_root()
        .join("tests/fixtures/recorded")
        .join(format!("{name}.json"));
    let body = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_raw(body, "application/json"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn an_allocated_address_names_what_it_is_allocated_to() {
    let server = recorded_answer("get_ip_address").await;
    let answer = client(&server.uri())
        .get_ip_address()
        .ip_address(IpAddress::id("ip_1"))
        .send()
        .await
        .expect("the recorded answer reads");
    match answer.allocation {
        Some(Allocation::VirtualMachine(vm)) => assert!(vm.id.starts_with("vm_"), "{vm:?}"),
        other => panic!("expected a machine, got {other:?}"),
    }
}

#[tokio::test]
async fn a_load_balancers_resources_are_told_apart_by_the_services_class_names() {
    let server = recorded_answer("get_load_balancer").await;
    let answer = client(&server.uri())
        .get_load_balancer()
        .load_balancer(LoadBalancerLookup::Id("lb_1".parse().expect("an ID")))
        .send()
        .await
        .expect("the recorded answer reads");
    let resources = answer.load_balancer.resources.expect("recorded with resources");
    assert!(!resources.is_empty());
    assert!(
        resources
            .iter()
            .all(|r| matches!(r, LoadBalancerResource::VirtualMachine(_))),
        "{resources:?}"
    );
}

#[tokio::test]
async fn a_built_disk_reads_its_installations_template_version_without_an_id() {
    let server = recorded_answer("get_disk").await;
    let answer = client(&server.uri())
        .get_disk()
        .disk(DiskLookup::Id("disk_1".parse().expect("an ID")))
        .send()
        .await
        .expect("the recorded answer reads");
    let installation = answer
        .disk
        .installation
        .flatten()
        .expect("recorded with an installation");
    assert!(installation.disk_template_version.number >= 1);
    assert!(!installation.disk_template_version.disk_template.name.is_empty());
}

#[test]
fn a_bucket_is_written_back_without_inventing_custom_domain() {
    let path = workspace_root().join("tests/fixtures/recorded/get_object_storage_bucket.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let answer: katapult_sdk::types::GetObjectStorageBucketResponse =
        serde_json::from_value(value.clone()).expect("the recorded answer reads");
    assert_eq!(answer.object_storage_bucket.custom_domains, Vec::<String>::new());
    assert_eq!(answer.object_storage_bucket.cors_origins, Vec::<String>::new());
    let again = serde_json::to_value(&answer).expect("encodes");
    assert!(again["object_storage_bucket"].get("custom_domain").is_none(), "{again}");
    assert_eq!(again, value, "written back as it came");
}

#[test]
fn a_kind_newer_than_the_spec_is_kept_and_written_back_as_it_came() {
    let wire = serde_json::json!({"type": "Kubernetes", "value": {"id": "k8s_1", "name": "edge"}});
    let read: Allocation = serde_json::from_value(wire.clone()).expect("an unknown kind reads");
    match &read {
        Allocation::Unknown { kind, value } => {
            assert_eq!(kind, "Kubernetes");
            assert_eq!(value["id"], "k8s_1");
        }
        other => panic!("expected Unknown, got {other:?}"),
    }
    assert_eq!(serde_json::to_value(&read).expect("encodes"), wire);
    // A listed kind whose value is wrong is an error, not `Unknown`.
    let wrong = serde_json::json!({"type": "VirtualMachine", "value": {"id": 7}});
    assert!(serde_json::from_value::<Allocation>(wrong).is_err());
    assert_eq!(Allocation::KINDS, ["VirtualMachine", "LoadBalancer"]);
}
