//! A value newer than the spec does not break a read: every string enum of the spec decodes
//! a value it does not list, keeps it, displays it and writes it back as received; the
//! values it lists still decode to their own variants.

use katapult_tests::{roundtrip, spec};
use serde_json::{Value, json};

/// A value no spec lists.
const NEWER: &str = "a-state-newer-than-the-spec";

#[test]
fn every_string_enum_keeps_a_value_it_does_not_list() {
    let schemas = spec()
        .raw()
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .expect("the spec's components");
    let enums: Vec<(&String, &Vec<Value>)> = schemas
        .iter()
        .filter(|(_, s)| s.get("type") == Some(&json!("string")))
        .filter_map(|(name, s)| Some((name, s.get("enum")?.as_array()?)))
        .collect();
    assert!(enums.len() >= 30, "the spec's string enums, found {}", enums.len());
    for (name, values) in enums {
        let kept = roundtrip(name, &json!(NEWER))
            .unwrap_or_else(|| panic!("{name} has a generated type"))
            .unwrap_or_else(|e| panic!("{name} decodes a newer value: {e}"));
        assert_eq!(kept, json!(NEWER), "{name} writes the newer value back as received");
        for value in values {
            let again = roundtrip(name, value)
                .expect("registered")
                .unwrap_or_else(|e| panic!("{name} decodes its own {value}: {e}"));
            assert_eq!(&again, value, "{name}: a listed value is itself");
        }
    }
}

#[test]
fn a_newer_value_is_its_own_variant_and_displays_as_received() {
    use katapult_sdk::types::{TaskStatusEnum, VirtualMachineGpuStatusEnum};

    let status: TaskStatusEnum = serde_json::from_value(json!("cancelled")).expect("decodes");
    assert_eq!(status, TaskStatusEnum::Unknown("cancelled".to_owned()));
    assert_eq!(status.to_string(), "cancelled");
    assert!(
        "cancelled".parse::<TaskStatusEnum>().is_err(),
        "parsing gives listed values only"
    );
    assert_eq!(
        "completed".parse::<TaskStatusEnum>().ok(),
        Some(TaskStatusEnum::Completed)
    );
    // Where the spec lists `unknown` itself, that is a value like any other.
    let listed: VirtualMachineGpuStatusEnum = serde_json::from_value(json!("unknown")).expect("decodes");
    assert_eq!(listed, VirtualMachineGpuStatusEnum::Unknown);
    let newer: VirtualMachineGpuStatusEnum = serde_json::from_value(json!("melted")).expect("decodes");
    assert_eq!(newer, VirtualMachineGpuStatusEnum::UnknownValue("melted".to_owned()));
}

#[tokio::test]
async fn a_task_in_a_newer_state_reads_whole() {
    use wiremock::matchers::path;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    let server = MockServer::start().await;
    let task = json!({"task": {"id": "task_1", "name": "Stop", "status": "cancelled", "created_at": 1767225600,
                               "started_at": null, "finished_at": null, "progress": 0}});
    Mock::given(path("/tasks/task"))
        .respond_with(ResponseTemplate::new(200).set_body_json(task))
        .mount(&server)
        .await;
    let answer = katapult_tests::http::client(&server.uri())
        .get_task()
        .task(katapult_sdk::types::TaskLookup::Id("task_1".parse().expect("an ID")))
        .send()
        .await
        .expect("a newer status does not fail the read");
    assert_eq!(answer.task.id, "task_1");
    assert_eq!(answer.task.status.to_string(), "cancelled");
}
