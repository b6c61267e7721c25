//! The client's errors over real HTTP: every documented error example, in the wire's
//! wrapped form and the pages' bare form, decodes to its typed variant; bodies that are
//! not what the spec promises become typed errors; caller mistakes send nothing.

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::ApiError;
use katapult_sdk::{Client, Error};
use katapult_tests::http::client;
use reqwest::StatusCode;
use serde_json::{Value, json};
use wiremock::matchers::{any, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Calls `operation` through the SDK, with sample arguments (the call table is generated
/// from the spec by `tests/build.rs`).
#[allow(clippy::result_large_err)] // the SDK's error, unboxed, as callers see it
async fn call(client: &Client, operation: &str) -> Result<(), Error> {
    katapult_tests::call_operation(client, operation)
        .await
        .unwrap_or_else(|| panic!("no generated call for operation {operation}"))
}

/// A server that gives `body` to every request, and a client for it.
async fn answer(body: ResponseTemplate) -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(body).mount(&server).await;
    let client = client(&server.uri());
    (server, client)
}

#[tokio::test]
async fn every_error_example_decodes_wrapped_and_bare() {
    let spec = katapult_tests::spec();
    let mut codes_seen = std::collections::BTreeSet::new();
    let mut checked = 0;
    // One server and one client for every case (a client per case was most of the time).
    let server = MockServer::start().await;
    let client = client(&server.uri());
    // Any 2xx is a success (the vendor's creates answer 201).
    for example in spec.examples().into_iter().filter(|e| !e.status.starts_with('2')) {
        let value = example.value.clone().expect("examples load");
        let status: u16 = example.status.parse().expect("numeric status");
        let inner = value.get("error").cloned().unwrap_or_else(|| value.clone());
        let code = inner["code"].as_str().expect("error examples have a code").to_owned();
        for (form, body) in [("wrapped", json!({ "error": inner })), ("bare", inner.clone())] {
            let template = ResponseTemplate::new(status)
                .insert_header("x-api-schema", "json-error")
                .set_body_json(&body);
            server.reset().await;
            Mock::given(any()).respond_with(template).mount(&server).await;
            let error = call(&client, &example.operation_id).await.expect_err("an error status");
            let context = format!("{} ({form})", example.pointer);
            assert!(matches!(error, Error::Api { .. }), "{context}: {error:?}");
            assert_eq!(
                error.status(),
                Some(StatusCode::from_u16(status).expect("valid")),
                "{context}"
            );
            assert_eq!(error.code().as_deref(), Some(code.as_str()), "{context}");
            let typed = serde_json::to_value(error.api_error().expect("typed")).expect("serialises");
            assert_eq!(typed["code"], Value::from(code.clone()), "{context}");
            checked += 1;
        }
        codes_seen.insert(code);
    }
    // Every code the spec lists is among the examples, so the loop above covers them all.
    let listed = spec_codes(spec);
    assert_eq!(codes_seen, listed, "codes with examples vs codes in the spec");
    assert!(checked >= 2 * listed.len(), "checked {checked}");
}

fn spec_codes(spec: &katapult_build_tools::Spec) -> std::collections::BTreeSet<String> {
    spec.raw()["components"]["schemas"]["ApiError"]["oneOf"]
        .as_array()
        .expect("ApiError is a oneOf")
        .iter()
        .flat_map(|variant| {
            variant["properties"]["code"]["enum"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|code| code.as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn typed_details_come_through() {
    let body = json!({"error": {"code": "scope_not_granted", "description": "no",
        "detail": {"scopes": ["virtual_machines", "virtual_machines:read"]}}});
    let (_server, client) = answer(ResponseTemplate::new(403).set_body_json(body)).await;
    let error = call(&client, "list_virtual_machine_network_interfaces")
        .await
        .expect_err("403");
    let Error::Api {
        error: ApiError::ScopeNotGranted { detail, .. },
        ..
    } = &error
    else {
        panic!("not scope_not_granted: {error:?}");
    };
    assert_eq!(
        detail.scopes.as_deref(),
        Some(&["virtual_machines".to_owned(), "virtual_machines:read".to_owned()][..])
    );
    assert!(!error.is_retryable());
    assert_eq!(
        error.to_string(),
        "Katapult API error (HTTP 403 Forbidden): scope_not_granted: no"
    );
}

#[tokio::test]
async fn rate_limit_carries_total_permitted_and_retry_after() {
    let body = json!({"error": {"code": "rate_limit_reached", "description": "slow down",
        "detail": {"total_permitted": 300}}});
    let template = ResponseTemplate::new(429)
        .insert_header("retry-after", "17")
        .set_body_json(body);
    let (_server, client) = answer(template).await;
    let error = call(&client, "allocate_ip_address").await.expect_err("429");
    let Error::Api {
        error: ApiError::RateLimitReached { detail, .. },
        retry_after,
        ..
    } = &error
    else {
        panic!("not rate_limit_reached: {error:?}");
    };
    assert_eq!(detail.total_permitted, Some(300));
    assert_eq!(*retry_after, Some(std::time::Duration::from_secs(17)));
    assert!(error.is_retryable());
}

#[tokio::test]
async fn unknown_codes_keep_everything() {
    let body = json!({"error": {"code": "quota_exceeded", "description": "Too many IPs",
        "detail": {"limit": 16}}});
    for (status, form) in [(422, body.clone()), (418, body["error"].clone())] {
        let (_server, client) = answer(ResponseTemplate::new(status).set_body_json(form)).await;
        let error = call(&client, "allocate_ip_address").await.expect_err("an error status");
        let Error::UnknownApi {
            status: got,
            code,
            description,
            detail,
            ..
        } = &error
        else {
            panic!("not UnknownApi: {error:?}");
        };
        assert_eq!(got.as_u16(), status);
        assert_eq!(code, "quota_exceeded");
        assert_eq!(description, "Too many IPs");
        assert_eq!(detail, &json!({"limit": 16}));
        assert_eq!(error.code().as_deref(), Some("quota_exceeded"));
    }
}

#[tokio::test]
async fn a_known_code_with_a_strange_detail_is_kept_not_lost() {
    let body = json!({"error": {"code": "invalid_argument", "description": "bad", "detail": "not an object"}});
    let (_server, client) = answer(ResponseTemplate::new(400).set_body_json(body)).await;
    let error = call(&client, "list_virtual_machine_network_interfaces")
        .await
        .expect_err("400");
    assert!(
        matches!(&error, Error::UnknownApi { code, detail, .. }
        if code == "invalid_argument" && detail == &json!("not an object")),
        "{error:?}"
    );
}

#[tokio::test]
async fn bodies_that_are_not_the_api_become_invalid_response() {
    let html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let cases: Vec<(u16, ResponseTemplate, &str)> = vec![
        (
            502,
            ResponseTemplate::new(502).set_body_raw(html, "text/html"),
            "<html>",
        ),
        (
            503,
            ResponseTemplate::new(503).set_body_raw(html, "text/html"),
            "<html>",
        ),
        (500, ResponseTemplate::new(500), ""),
        (
            400,
            ResponseTemplate::new(400).set_body_raw(r#"{"error": {"code": "inva"#, "application/json"),
            "{\"error\"",
        ),
        (
            200,
            ResponseTemplate::new(200).set_body_raw(r#"{"pagination": {"#, "application/json"),
            "{\"pagination\"",
        ),
        (
            200,
            ResponseTemplate::new(200).set_body_json(json!({"unexpected": true})),
            "{\"unexpected\"",
        ),
        (200, ResponseTemplate::new(200).set_body_raw("", "application/json"), ""),
        (
            403,
            ResponseTemplate::new(403).set_body_json(json!({"message": "denied"})),
            "{\"message\"",
        ),
    ];
    let spec = katapult_tests::spec();
    // One server and one client for every case.
    let server = MockServer::start().await;
    let client = client(&server.uri());
    for operation in katapult_tests::OPERATIONS {
        for (status, template, excerpt_start) in &cases {
            // JSON of the wrong shape is only wrong where the answer requires a field; an
            // answer whose fields are all optional accepts it, as the wire requires.
            if *excerpt_start == "{\"unexpected\"" && !success_requires_a_field(spec, operation) {
                continue;
            }
            // Any text is a text answer, an empty one too.
            if (200..300).contains(status) && katapult_tests::answers_text(operation) {
                continue;
            }
            server.reset().await;
            Mock::given(any()).respond_with(template.clone()).mount(&server).await;
            let error = call(&client, operation).await.expect_err("not a success");
            let Error::InvalidResponse {
                status: got,
                excerpt,
                reason,
                ..
            } = &error
            else {
                panic!("{operation}, HTTP {status}: not InvalidResponse: {error:?}");
            };
            assert_eq!(got.as_u16(), *status, "{operation}: {reason}");
            assert!(
                excerpt.starts_with(excerpt_start),
                "{operation}, HTTP {status}: excerpt {excerpt:?}"
            );
            assert!(error.to_string().contains(&status.to_string()), "{error}");
        }
    }
}

/// Whether the operation's success answer requires at least one property.
fn success_requires_a_field(spec: &katapult_build_tools::Spec, operation_id: &str) -> bool {
    let Some(operation) = spec.operations().into_iter().find(|o| o.id() == Some(operation_id)) else {
        return false;
    };
    let responses = operation.value["responses"].as_object().cloned().unwrap_or_default();
    responses
        .iter()
        .filter(|(status, _)| status.starts_with('2'))
        .filter_map(|(_, response)| spec.deref(response))
        .filter_map(|response| spec.deref(&response["content"]["application/json"]["schema"]))
        .any(|schema| schema["required"].as_array().is_some_and(|r| !r.is_empty()))
}

#[tokio::test]
async fn excerpts_are_short() {
    let long = "x".repeat(10_000);
    let (_server, client) = answer(ResponseTemplate::new(502).set_body_raw(long, "text/plain")).await;
    let error = call(&client, "list_virtual_machine_network_interfaces")
        .await
        .expect_err("502");
    let Error::InvalidResponse { excerpt, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(excerpt.chars().count(), 201, "200 characters and an ellipsis");
}

#[tokio::test]
async fn caller_mistakes_are_refused_before_sending() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200))
        .expect(0)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let vm = VirtualMachine::id("vm_abc");
    let cases: Vec<(&str, Result<(), Error>)> = vec![
        (
            "virtual_machine[id]",
            client
                .list_network_interfaces(VirtualMachine::id(""))
                .send()
                .await
                .map(drop),
        ),
        (
            "virtual_machine[fqdn]",
            client
                .list_network_interfaces(VirtualMachine::fqdn("  "))
                .send()
                .await
                .map(drop),
        ),
        (
            "page",
            client
                .list_network_interfaces(vm.clone())
                .page(0)
                .send()
                .await
                .map(drop),
        ),
        (
            "per_page",
            client
                .list_network_interfaces(vm.clone())
                .per_page(0)
                .send()
                .await
                .map(drop),
        ),
        (
            "per_page",
            client
                .list_network_interfaces(vm.clone())
                .per_page(201)
                .send()
                .await
                .map(drop),
        ),
        (
            "per_page",
            client
                .list_network_interfaces(vm.clone())
                .per_page(500)
                .collect_all()
                .await
                .map(drop),
        ),
        (
            "concurrency",
            client
                .list_network_interfaces(vm.clone())
                .concurrency(0)
                .collect_all()
                .await
                .map(drop),
        ),
        (
            "ip_address[id]",
            client
                .allocate_ip_address(vm.clone(), IpAddress::id(""))
                .await
                .map(drop),
        ),
        (
            "virtual_machine[id]",
            client
                .allocate_ip_address(VirtualMachine::id(""), IpAddress::id("ip_1"))
                .await
                .map(drop),
        ),
    ];
    for (argument, result) in cases {
        match result {
            Err(Error::InvalidInput { argument: got, reason }) => {
                assert_eq!(got, argument, "{reason}");
                assert!(!reason.is_empty());
            }
            other => panic!("{argument}: expected InvalidInput, got {other:?}"),
        }
    }
    assert!(server.received_requests().await.expect("recording").is_empty());
}

#[tokio::test]
async fn max_per_page_is_the_specs() {
    let spec = katapult_tests::spec();
    let params = spec.raw()["paths"]["/virtual_machines/virtual_machine/network_interfaces"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .clone();
    let per_page = params
        .iter()
        .filter_map(|p| spec.deref(p).cloned())
        .find(|p| p["name"] == "per_page")
        .expect("a per_page parameter");
    assert_eq!(per_page["schema"]["maximum"].as_u64(), Some(katapult_sdk::MAX_PER_PAGE));
}

#[tokio::test]
async fn a_text_answer_is_its_text_and_one_that_is_not_utf8_is_refused() {
    let keys =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq8 deploy@acme\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDm4 ops@acme\n";
    let (_server, client) = answer(ResponseTemplate::new(200).set_body_raw(keys, "text/plain")).await;
    let got = client
        .get_authorized_keys_for_virtual_machine()
        .send()
        .await
        .expect("a text answer");
    assert_eq!(got, keys);

    let (_server, client) =
        answer(ResponseTemplate::new(200).set_body_raw(vec![b'o', b'k', 0xff, 0xfe], "text/plain")).await;
    let error = client
        .get_authorized_keys_for_virtual_machine()
        .send()
        .await
        .expect_err("not UTF-8");
    let Error::InvalidResponse {
        status,
        reason,
        excerpt,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(status.as_u16(), 200);
    assert!(reason.contains("UTF-8"), "{reason}");
    assert!(excerpt.starts_with("ok"), "{excerpt:?}");
}
