//! Every operation of the spec through the SDK against the simulator: its refusals are
//! typed, carry their status, and are ones the spec documents for that operation (a
//! missing object's 404 for the operations the simulator keeps state for). The
//! operations come from the spec (`katapult_tests::OPERATIONS`), so a new one is covered
//! the moment it is added.

use std::collections::{BTreeMap, BTreeSet};

use katapult_sdk::{Error, RetryPolicy};
use katapult_simulator::{Answering, Injected, MODELLED, NO_SCOPES_TOKEN};
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
        .expect_err(&format!("{operation}: a refusal"));
    assert!(matches!(error, Error::Api { .. }), "{operation}: {error:?}");
    let status = error.status().map(|s| s.as_u16()).expect("a status");
    (status, error.code().expect("a code"))
}

#[tokio::test]
async fn a_request_for_objects_that_do_not_exist_is_refused_as_documented() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let documented = documented();
    // Every operation answered from state (by hand, kept, or from the catalog) keeps a
    // world, so the sample arguments name objects it does not have; an operation answered
    // from its examples has no world to miss them in, nor does a list without a parent.
    let answering: BTreeMap<&str, Answering> = katapult_simulator::answering().into_iter().collect();
    let stateful = OPERATIONS
        .iter()
        .filter(|o| MODELLED.contains(o) || answering[**o] != Answering::FromExamples);
    let mut accepted = Vec::new();
    for &operation in stateful {
        let result = call_operation(&client, operation)
            .await
            .expect("a generated call for every operation");
        let Err(error) = result else {
            accepted.push(operation);
            continue;
        };
        let answer = (
            error.status().map_or(0, |s| s.as_u16()),
            error.code().unwrap_or_default(),
        );
        assert!(
            answer.0 == 404 && documented[operation].contains(&answer),
            "{operation}: {answer:?} is not a documented 404 ({:?})",
            documented[operation]
        );
    }
    // A catalog's sample argument may name one of its seeded objects: found, it answers;
    // and what asks for no object (every organisation, the current user) answers.
    let contracts = katapult_build_tools::request_contracts(spec()).expect("the contracts build");
    let looks_up = |operation: &str| {
        contracts
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["operation_id"] == operation && c["lookups"].as_array().is_some_and(|l| !l.is_empty()))
    };
    accepted.retain(|o| answering[*o] != Answering::Catalog && looks_up(o));
    assert!(accepted.is_empty(), "accepted objects that do not exist: {accepted:?}");
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
