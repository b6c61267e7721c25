//! The simulator answers every operation of the spec, each one way: the ones it models by
//! hand, the state it keeps from the spec (`simulator_resources.rs`, `simulator_state.rs`),
//! and the few left from the spec's examples after checking the request as the service
//! does. Each
//! of the latter is driven here through the SDK's generated request.

use std::collections::BTreeSet;

use katapult_simulator::{
    Answering, BUILDS, MODELLED, NO_SCOPES_TOKEN, answered_from_examples, answering, kept, left_because,
};
use katapult_tests::http::{assert_api, simulator, simulator_client};
use katapult_tests::{OPERATIONS, call_operation};
use serde_json::Value;

#[test]
fn every_operation_is_answered_one_way_and_each_left_to_examples_says_why() {
    let answering = answering();
    let ids: Vec<&str> = answering.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids, OPERATIONS,
        "one decision for each operation of the spec, in its order"
    );
    let way = |id: &str| answering.iter().find(|(o, _)| *o == id).map(|(_, way)| *way);
    for id in MODELLED {
        assert_eq!(way(id), Some(Answering::Modelled), "{id}");
    }
    for id in BUILDS {
        assert_eq!(way(id), Some(Answering::Builds), "{id}");
    }
    let kept: BTreeSet<&str> = kept().into_iter().collect();
    let answered: BTreeSet<&str> = answered_from_examples().into_iter().collect();
    assert!(kept.is_disjoint(&answered));
    for id in OPERATIONS {
        match (answered.contains(id), left_because(id)) {
            (true, None) => panic!("{id} is left to its examples without a reason"),
            (false, Some(why)) => panic!("{id} keeps state now: its reason to be left ({why}) is stale"),
            _ => {}
        }
    }
    assert!(
        answered.len() * 5 < OPERATIONS.len(),
        "most operations keep or read state: {} of {} from examples",
        answered.len(),
        OPERATIONS.len()
    );
}

#[tokio::test]
async fn operations_answered_from_examples_accept_valid_requests_and_refuse_as_the_service_does() {
    let simulator = simulator().await;
    let spec = katapult_tests::spec();
    for id in answered_from_examples() {
        let operation = spec
            .operations()
            .into_iter()
            .find(|o| o.id() == Some(id))
            .expect("answered operations are in the spec");

        let result = call_operation(&simulator_client(&simulator, simulator.token()), id)
            .await
            .expect("a generated call");
        assert!(result.is_ok(), "{id}: {result:?}");

        // An operation that names scopes refuses a token without them; one that only needs
        // a token (`apiToken: []`) takes any valid one.
        let scoped = !katapult_build_tools::openapi::scopes(operation.value).is_empty();
        if scoped {
            let refused = call_operation(&simulator_client(&simulator, NO_SCOPES_TOKEN), id)
                .await
                .expect("a generated call");
            assert_api(refused, 403, "scope_not_granted");
        }
        let refused = call_operation(&simulator_client(&simulator, "not-a-token"), id)
            .await
            .expect("a generated call");
        assert_api(refused, 403, "invalid_api_token");

        // A lookup group given by no key, sent raw (the SDK refuses to send it).
        let parameters = operation
            .value
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let group = parameters
            .iter()
            .filter_map(|p| spec.deref(p))
            .filter_map(|p| p["name"].as_str())
            .find_map(katapult_build_tools::openapi::lookup_group_member);
        if let Some((prefix, _)) = group {
            let response = reqwest::Client::new()
                .request(
                    operation.method.to_uppercase().parse().expect("a method"),
                    format!("{}{}", simulator.url(), operation.path),
                )
                .bearer_auth(simulator.token())
                .header("content-type", "application/json")
                .body(body_sample(spec, &operation))
                .send()
                .await
                .expect("the simulator answers");
            assert_eq!(response.status().as_u16(), 400, "{id}");
            let body: Value = response.json().await.expect("JSON");
            assert_eq!(body["error"]["code"], "invalid_argument", "{id}: {body}");
            assert_eq!(body["error"]["detail"]["issue"], "missing_lookup_value", "{id}: {body}");
            assert_eq!(body["error"]["detail"]["argument"]["name"], prefix, "{id}: {body}");
        }
    }
}

/// A valid body for the operation, or none.
fn body_sample(spec: &katapult_build_tools::Spec, operation: &katapult_build_tools::openapi::Operation<'_>) -> String {
    operation
        .value
        .pointer("/requestBody/content/application~1json/schema")
        .map(|schema| katapult_build_tools::sample(spec.raw(), schema).to_string())
        .unwrap_or_default()
}
