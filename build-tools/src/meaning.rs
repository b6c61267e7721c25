//! What each error code the spec documents means to a caller: whether sending the same
//! request again later may succeed (retryable), and whether it says an object the request
//! named does not exist (not found). The SDK's retry policy, `Error::is_retryable` and
//! `Error::is_not_found` read the generated answer, so an operation added to the spec is
//! covered the moment its error examples are, with no list kept by hand.
//!
//! The rules, in one place:
//! - **Retryable**: a code documented at `429` or `503` that is the *service's* answer, not
//!   an operation's: every operation that documents that status documents the code
//!   (`rate_limit_reached`, `service_unavailable`). A code only some operations document
//!   there is their domain's outcome (`503 no_available_addresses`: the pool is empty), and
//!   waiting does not change it. Every other documented code is not retryable.
//! - **Not found**: a code some operation documents at `404`.
//! - **Overrides**: the `ApiError` member of a code may say `x-retryable: true` or `false`,
//!   which wins over the rule.
//!
//! Which operation documents which code comes from the error examples (`/error/code` of
//! each payload): the spec's one list of the answers each operation gives.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use serde_json::Value;

use crate::settings::GenerateError;
use crate::{Spec, openapi};

/// The spec extension on an `ApiError` member that overrides the retry rule for its code.
pub const RETRYABLE_EXTENSION: &str = "x-retryable";

/// The statuses whose answers may say "momentarily unable"; the transport looks for a code
/// in their bodies before retrying.
pub const RETRY_STATUSES: [u16; 2] = [429, 503];

/// What every documented code means, decided by the rules of this module.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorMeanings {
    /// Every documented error code, with whether it is retryable.
    pub retryable: BTreeMap<String, bool>,
    /// The codes some operation documents at `404`.
    pub not_found: BTreeSet<String>,
}

/// Reads the documented `(operation, status, code)` answers of `spec` and applies the rules.
pub fn error_meanings(spec: &Spec) -> Result<ErrorMeanings, GenerateError> {
    let mut documented: BTreeMap<u16, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut operations_at: BTreeMap<u16, BTreeSet<String>> = BTreeMap::new();
    let errors = |status: &str| status.parse::<u16>().is_ok_and(|status| status >= 400);
    for example in spec.examples_at(errors) {
        let Ok(status) = example.status.parse::<u16>() else {
            continue;
        };
        if status < 400 {
            continue;
        }
        let value = example
            .value
            .map_err(|reason| GenerateError::Spec(format!("{} {status}: {reason}", example.operation_id)))?;
        let Some(code) = error_code(&value) else {
            continue;
        };
        operations_at
            .entry(status)
            .or_default()
            .insert(example.operation_id.clone());
        documented
            .entry(status)
            .or_default()
            .entry(code)
            .or_default()
            .insert(example.operation_id);
    }

    let overrides = overrides(spec.raw())?;
    let mut meanings = ErrorMeanings::default();
    for (status, codes) in &documented {
        for (code, operations) in codes {
            let service_wide = operations_at.get(status).is_some_and(|all| all == operations);
            let by_rule = RETRY_STATUSES.contains(status) && service_wide;
            let retryable = overrides.get(code).copied().unwrap_or(by_rule);
            // A code documented at several statuses is retryable if any of them makes it so.
            *meanings.retryable.entry(code.clone()).or_insert(false) |= retryable;
            if *status == 404 {
                meanings.not_found.insert(code.clone());
            }
        }
    }
    Ok(meanings)
}

/// The code of an error payload, wrapped (`{"error": {"code"}}`) or bare.
fn error_code(payload: &Value) -> Option<String> {
    let inner = payload.get("error").filter(|e| e.is_object()).unwrap_or(payload);
    inner.get("code").and_then(Value::as_str).map(str::to_owned)
}

/// `x-retryable` of each `ApiError` member that has one, by the code its `enum` pins.
fn overrides(document: &Value) -> Result<BTreeMap<String, bool>, GenerateError> {
    let mut out = BTreeMap::new();
    let members = document
        .pointer("/components/schemas/ApiError/oneOf")
        .and_then(Value::as_array);
    for member in members.into_iter().flatten() {
        let member = openapi::resolve(document, member).value;
        let Some(flag) = member.get(RETRYABLE_EXTENSION) else {
            continue;
        };
        let codes = member.pointer("/properties/code/enum").and_then(Value::as_array);
        let Some(code) = codes.into_iter().flatten().find_map(Value::as_str) else {
            return Err(GenerateError::Spec(format!(
                "an ApiError member has `{RETRYABLE_EXTENSION}` but no `code` enum to say which code"
            )));
        };
        let Some(flag) = flag.as_bool() else {
            return Err(GenerateError::Spec(format!(
                "`{RETRYABLE_EXTENSION}` of `{code}` must be true or false"
            )));
        };
        out.insert(code.to_owned(), flag);
    }
    Ok(out)
}

impl ErrorMeanings {
    /// `pub mod meanings`, the SDK's reading of the rules above.
    pub(crate) fn tokens(&self) -> TokenStream {
        let retryable: Vec<&str> = self.codes(true);
        let not_retryable: Vec<&str> = self.codes(false);
        let not_found: Vec<&str> = self.not_found.iter().map(String::as_str).collect();
        let retryable_arm = if retryable.is_empty() {
            quote::quote! {}
        } else {
            quote::quote! { #(#retryable)|* => Some(true), }
        };
        let not_retryable_arm = if not_retryable.is_empty() {
            quote::quote! {}
        } else {
            quote::quote! { #(#not_retryable)|* => Some(false), }
        };
        quote::quote! {
            /// What each error code the spec documents means to a caller, decided from the
            /// spec by build-tools (`meaning.rs`): retryable codes are the service's own
            /// answers at 429 and 503 (documented by every operation), not an operation's
            /// outcome; not-found codes are those documented at 404.
            pub mod meanings {
                /// Whether sending the same request later may succeed, for a code the spec
                /// documents; `None` for a code it does not.
                pub fn is_retryable_code(code: &str) -> Option<bool> {
                    match code {
                        #retryable_arm
                        #not_retryable_arm
                        _ => None,
                    }
                }

                /// Whether the spec documents this code at 404: an object the request named
                /// does not exist (or, `route_not_found`, the path itself).
                pub fn is_not_found_code(code: &str) -> bool {
                    [#(#not_found),*].contains(&code)
                }
            }
        }
    }

    fn codes(&self, retryable: bool) -> Vec<&str> {
        self.retryable
            .iter()
            .filter(|(_, r)| **r == retryable)
            .map(|(code, _)| code.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn spec_with(examples: &[(&str, &str, Value)], api_error: Value) -> Spec {
        let mut paths = serde_json::Map::new();
        for (n, (id, status, example)) in examples.iter().enumerate() {
            let path = format!("/{id}");
            let operation = paths
                .entry(path)
                .or_insert_with(|| serde_json::json!({"get": {"operationId": id, "responses": {}}}));
            let response = operation["get"]["responses"][*status].take();
            let mut response = if response.is_null() {
                serde_json::json!({"description": "an answer", "content": {"application/json": {"examples": {}}}})
            } else {
                response
            };
            response["content"]["application/json"]["examples"][format!("e{n}")] =
                serde_json::json!({"value": example});
            operation["get"]["responses"][*status] = response;
        }
        let document = serde_json::json!({
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": paths,
            "components": {"schemas": {"ApiError": api_error}},
        });
        Spec::parse(Path::new("spec.yaml"), document.to_string()).expect("a valid document")
    }

    fn error(code: &str) -> Value {
        serde_json::json!({"error": {"code": code, "description": "d", "detail": {}}})
    }

    #[test]
    fn service_answers_are_retried_and_an_operations_own_are_not() {
        let spec = spec_with(
            &[
                ("a", "503", error("service_unavailable")),
                ("b", "503", error("service_unavailable")),
                ("b", "503", error("no_available_addresses")),
                ("a", "429", error("rate_limit_reached")),
                ("b", "429", error("rate_limit_reached")),
                ("a", "404", error("thing_not_found")),
                ("b", "422", error("validation_error")),
            ],
            serde_json::json!({"oneOf": []}),
        );
        let meanings = error_meanings(&spec).expect("meanings");
        assert!(meanings.retryable["service_unavailable"]);
        assert!(meanings.retryable["rate_limit_reached"]);
        assert!(!meanings.retryable["no_available_addresses"]);
        assert!(!meanings.retryable["validation_error"]);
        assert!(!meanings.retryable["thing_not_found"]);
        assert_eq!(meanings.not_found.iter().collect::<Vec<_>>(), ["thing_not_found"]);
    }

    #[test]
    fn the_spec_may_override_the_rule_for_a_code() {
        let api_error = serde_json::json!({"oneOf": [
            {"x-retryable": true, "properties": {"code": {"enum": ["no_available_addresses"]}}},
        ]});
        let spec = spec_with(
            &[
                ("a", "503", error("service_unavailable")),
                ("b", "503", error("service_unavailable")),
                ("b", "503", error("no_available_addresses")),
            ],
            api_error,
        );
        assert!(error_meanings(&spec).expect("meanings").retryable["no_available_addresses"]);
        let unreadable =
            serde_json::json!({"oneOf": [{"x-retryable": "yes", "properties": {"code": {"enum": ["x"]}}}]});
        let spec = spec_with(&[("a", "503", error("x"))], unreadable);
        assert!(error_meanings(&spec).is_err());
    }
}
