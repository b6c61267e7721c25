//! Every operation of the spec through the SDK against the simulator: its refusals are
//! typed, carry their status, and are ones the spec documents for that operation (a
//! missing object's 404 for the operations the simulator keeps state for). The
//! operations come from the spec (`katapult_tests::OPERATIONS`), so a new one is covered
//! the moment it is added.

use std::collections::{BTreeMap, BTreeSet};

use katapult_sdk::{Error, RetryPolicy};
use katapult_simulator::{Injected, MODELLED, NO_SCOPES_TOKEN};
use katapult_tests::http::{client_with, simulator, simulator_client};
use katapult_tests::{OPERATIONS, call_operation, spec};

/// The `(status, code)` pairs the spec documents for each operation's error answers (the
/// examples are read once: there are thousands).
fn documented() -> BTreeMap<String, BTreeSet<(u16, String)>> {
    let mut documented: BTreeMap<String, BTreeSet<(u16, String)>> = BTreeMap::new();
    for example in spec().examples().into_iter().filter(|e| !e.status.starts_with('2')) {
        let code = example
            .value
            .ok()
            .and_then(|v| Some(v.pointer("/error/code")?.as_str()?.to_owned()));
        if let (Some(code), Ok(status)) = (code, example.status.parse()) {
            documented
                .entry(example.operation_id)
                .or_default()
                .insert((status, code));
        }
    }
    documented
}

/// The scopes `operation` names (none when it needs only a token).
fn scopes(operation: &str) -> Vec<String> {
    let spec = spec();
    let found = spec.operations().into_iter().find(|o| o.id() == Some(operation));
    found
        .map(|o| katapult_build_tools::openapi::scopes(o.value))
        .unwrap_or_default()
}

/// The error's `(status, code)`, after asserting it is a typed API error.
fn typed(operation: &str, result: Option<katapult_sdk::Result<()>>) -> (u16, String) {
    let error = result
        .expect("a generated call for every operation")
        .expect_err("a refusal");
    assert!(matches!(error, Error::Api { .. }), "{operation}: {error:?}");
    let status = error.status().map(|s| s.as_u16()).expect("a status");
    (status, error.code().expect("a code"))
}

#[tokio::test]
async fn a_request_for_objects_that_do_not_exist_is_refused_as_documented() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let documented = documented();
    // The modelled operations and the kept resources keep a world, so the sample arguments
    // name objects it does not have; an operation answered from its examples has no world
    // to miss them in.
    let kept = katapult_simulator::kept();
    let stateful = OPERATIONS
        .iter()
        .filter(|o| MODELLED.contains(o) || katapult_simulator::BUILDS.contains(o) || kept.contains(o));
    for &operation in stateful {
        let answer = typed(operation, call_operation(&client, operation).await);
        assert!(
            answer.0 == 404 && documented[operation].contains(&answer),
            "{operation}: {answer:?} is not a documented 404 ({:?})",
            documented[operation]
        );
    }
}

#[tokio::test]
async fn every_operation_types_the_framework_refusals() {
    let simulator = simulator().await;
    let no_scopes = simulator_client(&simulator, NO_SCOPES_TOKEN);
    let wrong_token = simulator_client(&simulator, "not-a-token");
    let client = client_with(simulator.url(), simulator.token(), RetryPolicy::none());
    let all_documented = documented();
    for &operation in OPERATIONS {
        let documented = &all_documented[operation];
        let expect = |answer: (u16, String)| {
            assert!(
                documented.contains(&answer),
                "{operation}: {answer:?} is not documented"
            );
        };
        // A token without scopes is refused where the operation names scopes; where it
        // needs only a token, any valid one is taken.
        if !scopes(operation).is_empty() {
            let answer = typed(operation, call_operation(&no_scopes, operation).await);
            assert_eq!(answer.1, "scope_not_granted", "{operation}");
            expect(answer);
        }
        let answer = typed(operation, call_operation(&wrong_token, operation).await);
        assert_eq!(answer.1, "invalid_api_token", "{operation}");
        expect(answer);
        simulator.inject(Injected::RateLimited { retry_after: 1 }, 1);
        let answer = typed(operation, call_operation(&client, operation).await);
        assert_eq!(answer, (429, "rate_limit_reached".to_owned()), "{operation}");
        expect(answer);
        simulator.inject(Injected::Unavailable, 1);
        let answer = typed(operation, call_operation(&client, operation).await);
        assert_eq!(answer, (503, "service_unavailable".to_owned()), "{operation}");
        expect(answer);
    }
}
