//! Every operation of the spec that the simulator does not model with state, answered from
//! the spec itself.
//!
//! The simulator's build script embeds each operation's contract (build-tools'
//! `request_contracts`): its scopes, query parameters, lookups, the body's required
//! properties, and its first success example. A request is checked as the service checks
//! it, in the framework's order (the bearer token, the rate limit and the scopes; then each
//! lookup, exactly one key; then required arguments and integer bounds), and a valid one
//! gets the example, with the example's status. Nothing is remembered between requests:
//! an object that does not exist is still answered with the example.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use serde_json::Value;

use crate::api::MODELLED;
use crate::arguments;
use crate::errors::ApiFailure;

/// What the spec says of one operation (the shape build-tools writes).
#[derive(Debug, Deserialize)]
pub(crate) struct Contract {
    pub(crate) operation_id: String,
    pub(crate) method: String,
    pub(crate) path: String,
    endpoint: String,
    pub(crate) scopes: Vec<String>,
    query: Vec<QueryParameter>,
    lookups: Vec<Lookup>,
    body: Option<Body>,
    answer: Answer,
}

#[derive(Debug, Deserialize)]
struct QueryParameter {
    name: String,
    required: bool,
    integer: Option<Bounds>,
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Bounds {
    minimum: Option<i64>,
    maximum: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct Lookup {
    argument: String,
    #[serde(rename = "in")]
    location: String,
    keys: Vec<String>,
    description: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Body {
    required: Vec<String>,
    descriptions: BTreeMap<String, Option<String>>,
}

#[derive(Debug, Deserialize)]
struct Answer {
    status: u16,
    body: Value,
}

/// Every operation's contract, as embedded at build time.
pub(crate) fn contracts() -> Result<&'static [Contract], &'static str> {
    static CONTRACTS: OnceLock<Result<Vec<Contract>, String>> = OnceLock::new();
    CONTRACTS
        .get_or_init(|| {
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/contracts.json")))
                .map_err(|e| format!("the embedded request contracts do not read: {e}"))
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(String::as_str)
}

/// The operations answered from the spec's examples: every operation of the spec that the
/// simulator does not model with state, by `operationId`.
pub fn answered_from_examples() -> Vec<&'static str> {
    contracts()
        .unwrap_or_default()
        .iter()
        .map(|c| c.operation_id.as_str())
        .filter(|id| !MODELLED.contains(id))
        .collect()
}

/// Every scope some operation of the spec needs.
pub(crate) fn all_scopes() -> Vec<&'static str> {
    let mut scopes: Vec<&str> = contracts()
        .unwrap_or_default()
        .iter()
        .flat_map(|c| c.scopes.iter().map(String::as_str))
        .collect();
    scopes.sort_unstable();
    scopes.dedup();
    scopes
}

/// The contract for `method` and `path` (below the base path), if the spec has one that the
/// simulator does not model.
pub(crate) fn find(method: &str, path: &str) -> Option<&'static Contract> {
    contracts()
        .ok()?
        .iter()
        .find(|c| c.method == method && c.path == path && !MODELLED.contains(&c.operation_id.as_str()))
}

impl Contract {
    /// Checks the request's arguments and gives the example answer; the caller has
    /// authorised it for [`scopes`](Self::scopes).
    pub(crate) fn answer(&self, query: &str, body: &[u8]) -> Result<(u16, Value), ApiFailure> {
        let query = arguments::parse_query(query);
        let body = match &self.body {
            Some(_) => Some(arguments::json_body(&self.endpoint, body)?),
            None => None,
        };
        for lookup in &self.lookups {
            let keys: Vec<&str> = lookup.keys.iter().map(String::as_str).collect();
            let description = lookup.description.as_deref();
            match (lookup.location.as_str(), &body) {
                ("body", Some(body)) => {
                    arguments::body_lookup(
                        &self.endpoint,
                        body,
                        &lookup.argument,
                        &keys,
                        description.unwrap_or_default(),
                    )?;
                }
                _ => {
                    arguments::query_lookup(&self.endpoint, &query, &lookup.argument, &keys, description)?;
                }
            }
        }
        for parameter in &self.query {
            let raw = query
                .iter()
                .rev()
                .find(|(k, _)| *k == parameter.name)
                .map(|(_, v)| v.clone());
            if raw.is_none() && parameter.required {
                return Err(ApiFailure::missing_required_argument(
                    &parameter.name,
                    parameter.description.as_deref().unwrap_or_default(),
                ));
            }
            if let Some(bounds) = &parameter.integer {
                let minimum = bounds.minimum.unwrap_or(i64::MIN);
                arguments::integer_argument(
                    &self.endpoint,
                    &parameter.name,
                    raw,
                    minimum.max(0),
                    (minimum, bounds.maximum),
                )?;
            }
        }
        if let (Some(contract), Some(body)) = (&self.body, &body) {
            for name in &contract.required {
                if body.get(name).is_none_or(Value::is_null) {
                    let description = contract.descriptions.get(name).cloned().flatten();
                    return Err(ApiFailure::missing_required_argument(
                        name,
                        description.as_deref().unwrap_or_default(),
                    ));
                }
            }
        }
        Ok((self.answer.status, self.answer.body.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_contracts_read_and_name_the_modelled_operations() {
        let contracts = contracts().unwrap_or_else(|e| panic!("{e}"));
        for modelled in MODELLED {
            assert!(
                contracts.iter().any(|c| c.operation_id == *modelled),
                "{modelled} is modelled but not in the spec"
            );
        }
        assert!(all_scopes().contains(&"ip_addresses"));
    }
}
