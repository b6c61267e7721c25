//! Payloads that break the spec fail to decode, with an error that names the problem; an
//! unknown error code fails the generated type (the hand-written error layer falls back).

use katapult_sdk::types::{ApiError, ErrorResponse, ListVirtualMachineNetworkInterfacesResponse, VirtualMachineLookup};
use serde_json::json;

#[test]
fn a_missing_required_key_is_named() {
    let err = serde_json::from_value::<ListVirtualMachineNetworkInterfacesResponse>(json!({
        "virtual_machine_network_interfaces": []
    }))
    .expect_err("pagination is required");
    assert!(err.to_string().contains("missing field `pagination`"), "{err}");
}

#[test]
fn a_wrong_type_is_named() {
    let err = serde_json::from_value::<ListVirtualMachineNetworkInterfacesResponse>(json!({
        "pagination": {"current_page": "one"},
        "virtual_machine_network_interfaces": []
    }))
    .expect_err("current_page is an integer");
    assert!(
        err.to_string().contains("invalid type: string \"one\", expected i64"),
        "{err}"
    );
}

#[test]
fn an_unknown_error_code_is_refused_by_the_generated_type() {
    let err = serde_json::from_value::<ErrorResponse>(json!({
        "error": {"code": "quota_exceeded", "description": "Too many", "detail": {}}
    }))
    .expect_err("the generated enum only knows documented codes");
    assert!(err.to_string().contains("unknown variant `quota_exceeded`"), "{err}");
}

#[test]
fn a_known_code_decodes_with_typed_detail() {
    let decoded: ErrorResponse = serde_json::from_value(json!({
        "error": {"code": "rate_limit_reached", "description": "Slow down", "detail": {"total_permitted": 60}}
    }))
    .expect("decodes");
    match decoded.error {
        ApiError::RateLimitReached { detail, .. } => assert_eq!(detail.total_permitted, Some(60)),
        other => panic!("wrong variant: {other:?}"),
    }
}

#[test]
fn a_lookup_cannot_hold_two_keys_and_serializes_to_one() {
    let err = serde_json::from_value::<VirtualMachineLookup>(json!({"id": "vm_1", "fqdn": "a.example"}))
        .expect_err("two keys");
    assert!(err.to_string().contains("expected"), "{err}");
    let lookup: VirtualMachineLookup = serde_json::from_value(json!({"fqdn": "a.example"})).expect("one key");
    assert_eq!(
        serde_json::to_value(&lookup).expect("encodes"),
        json!({"fqdn": "a.example"})
    );
}
