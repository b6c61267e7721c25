//! What an error means to a caller, for every error answer the spec documents: each
//! documented `404` is [`Error::is_not_found`] and no other status is, and
//! [`Error::is_retryable`] follows build-tools' one rule (`meaning.rs`). Both walk the
//! spec's error examples, so an operation added later is covered by adding it.

use katapult_build_tools::{RETRY_STATUSES, error_meanings};
use katapult_sdk::Error;
use katapult_sdk::types::ApiError;
use katapult_tests::spec;
use reqwest::StatusCode;
use serde_json::json;

/// Every documented error answer: operation, status, code, and the error the SDK makes of it.
fn documented_errors() -> Vec<(String, u16, String, Error)> {
    let mut out = Vec::new();
    for example in spec().examples() {
        let Ok(status) = example.status.parse::<u16>() else {
            continue;
        };
        if status < 400 {
            continue;
        }
        let value = example.value.unwrap_or_else(|e| panic!("{e}"));
        let inner = value.get("error").cloned().unwrap_or(value);
        let code = inner["code"].as_str().expect("an error example has a code").to_owned();
        let error: ApiError = serde_json::from_value(inner).unwrap_or_else(|e| panic!("{code}: {e}"));
        let status_code = StatusCode::from_u16(status).expect("a valid status");
        out.push((
            example.operation_id,
            status,
            code,
            Error::Api {
                status: status_code,
                error,
                retry_after: None,
                request_id: None,
            },
        ));
    }
    out
}

#[test]
fn every_documented_404_is_not_found_and_no_other_status_is() {
    let errors = documented_errors();
    let mut not_found_codes = std::collections::BTreeSet::new();
    for (operation, status, code, error) in &errors {
        assert_eq!(error.is_not_found(), *status == 404, "{operation} {status} {code}");
        if *status == 404 {
            not_found_codes.insert(code.as_str());
        }
    }
    // The codes the old hand list missed are among them.
    for code in [
        "organization_not_found",
        "network_not_found",
        "virtual_machine_network_interface_not_found",
        "virtual_machine_not_found",
        "ip_address_not_found",
    ] {
        assert!(not_found_codes.contains(code), "{code} is documented at 404");
    }
}

#[test]
fn a_not_found_code_at_another_status_or_a_foreign_404_is_not_not_found() {
    let moved = Error::Api {
        status: StatusCode::GONE,
        error: serde_json::from_value(json!({"code": "virtual_machine_not_found", "description": "d", "detail": {}}))
            .expect("a known code"),
        retry_after: None,
        request_id: None,
    };
    assert!(!moved.is_not_found());
    let proxy_page = Error::InvalidResponse {
        status: StatusCode::NOT_FOUND,
        reason: "not JSON".into(),
        excerpt: "<html>".into(),
        request_id: None,
    };
    assert!(!proxy_page.is_not_found());
    let newer = Error::UnknownApi {
        status: StatusCode::NOT_FOUND,
        code: "load_balancer_rule_not_found".into(),
        description: "d".into(),
        detail: json!({}),
        retry_after: None,
        request_id: None,
    };
    assert!(newer.is_not_found(), "a 404 with a code newer than the spec");
}

#[test]
fn every_documented_code_is_retryable_exactly_as_the_rule_says() {
    let meanings = error_meanings(spec()).expect("meanings");
    let mut seen = (0, 0);
    for (operation, status, code, error) in documented_errors() {
        let expected = RETRY_STATUSES.contains(&status) && meanings.retryable[&code];
        assert_eq!(error.is_retryable(), expected, "{operation} {status} {code}");
        if RETRY_STATUSES.contains(&status) {
            if expected { seen.0 += 1 } else { seen.1 += 1 }
        }
    }
    assert!(seen.0 > 0 && seen.1 > 0, "both kinds are documented: {seen:?}");
    assert!(meanings.retryable["rate_limit_reached"]);
    assert!(meanings.retryable["service_unavailable"]);
    assert!(!meanings.retryable["no_available_addresses"]);
}
