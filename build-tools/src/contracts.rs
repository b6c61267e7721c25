//! What the spec says each operation's request must be, and the answer it gives, as one
//! JSON document: the simulator's build script embeds it so that the simulator answers
//! every operation of the spec, the ones it does not model included.
//!
//! A contract holds the scopes, the query parameters (required, integer bounds), the
//! lookups (query groups `x[key]` and one-key objects in the body, exactly one key each),
//! the body's required properties and its schema (references inlined), and the first
//! success example with its status, and the work its answer starts or reads again (a task,
//! a build: `progress.rs`), its error examples, and its part in a resource the simulator
//! keeps (`resources.rs`). The shape is this crate's and the simulator's business only; it is versioned by the two
//! being built together.

use std::collections::BTreeMap;

use heck::ToUpperCamelCase;
use serde_json::{Value, json};

use crate::{Spec, openapi, progress, resources};

/// What an action changes in the objects it acts on, as the spec says it (see
/// `spec/README.md`): the simulator applies it, readers learn from it.
pub const CHANGES_EXTENSION: &str = "x-changes";
/// Which kept objects a read that is not a list of its own answers with (see
/// `spec/README.md`).
pub const READS_EXTENSION: &str = "x-reads";

/// Every operation's contract, in the spec's order (see the module docs for the shape).
pub fn request_contracts(spec: &Spec) -> Result<Value, String> {
    let document = spec.raw();
    let examples = spec.examples();
    let kinds = progress::progressing(document);
    // Each operation's documented errors: its error examples, by code.
    let mut errors: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for example in examples.iter().filter(|e| !e.status.starts_with('2')) {
        let (Ok(body), Ok(status)) = (&example.value, example.status.parse::<u16>()) else {
            continue;
        };
        if let Some(code) = body.pointer("/error/code").and_then(Value::as_str) {
            errors
                .entry(example.operation_id.clone())
                .or_default()
                .push(json!({"status": status, "code": code, "body": body}));
        }
    }
    let error_codes = errors
        .iter()
        .map(|(id, list)| {
            let codes = list
                .iter()
                .filter_map(|e| e["code"].as_str().map(str::to_owned))
                .collect();
            (id.clone(), codes)
        })
        .collect();
    let roles = resources::roles(document, &error_codes);
    let mut contracts = Vec::new();
    for operation in spec.operations() {
        let id = operation
            .id()
            .ok_or_else(|| format!("{} has no operationId", operation.key()))?;
        let scopes = openapi::scopes(operation.value);

        let mut query = Vec::new();
        let mut lookups: Vec<Value> = Vec::new();
        let parameters = operation.value.get("parameters").and_then(Value::as_array);
        for parameter in parameters.into_iter().flatten() {
            let parameter = openapi::resolve(document, parameter).ok().unwrap_or(parameter);
            if parameter.get("in").and_then(Value::as_str) != Some("query") {
                continue;
            }
            let Some(name) = parameter.get("name").and_then(Value::as_str) else {
                continue;
            };
            let description = parameter.get("description").cloned().unwrap_or(Value::Null);
            if let Some((prefix, key)) = openapi::lookup_group_member(name) {
                match lookups
                    .iter_mut()
                    .find(|l| l["argument"] == prefix && l["in"] == "query")
                {
                    Some(lookup) => push(&mut lookup["keys"], key),
                    None => lookups
                        .push(json!({"argument": prefix, "in": "query", "keys": [key], "description": description})),
                }
                continue;
            }
            let schema =
                openapi::unwrap(document, parameter.get("schema").unwrap_or(&Value::Null), String::new()).schema;
            let integer = (schema.get("type").and_then(Value::as_str) == Some("integer"))
                .then(|| json!({"minimum": schema.get("minimum"), "maximum": schema.get("maximum")}));
            query.push(json!({
                "name": name,
                "required": parameter.get("required").and_then(Value::as_bool).unwrap_or(false),
                "integer": integer,
                "schema": inline(document, parameter.get("schema").unwrap_or(&Value::Null), 0),
                "description": description,
            }));
        }

        let body_schema = operation.value.pointer("/requestBody/content/application~1json/schema");
        let body = body_schema.map(|schema| {
            let schema = openapi::resolve(document, schema).ok().unwrap_or(schema);
            let properties = schema.get("properties").and_then(Value::as_object);
            for (name, property) in properties.into_iter().flatten() {
                if let Some(keys) = openapi::lookup_keys(document, property) {
                    let description = openapi::resolve(document, property)
                        .ok()
                        .and_then(|p| p.get("description"))
                        .cloned()
                        .unwrap_or(Value::Null);
                    lookups.push(json!({"argument": name, "in": "body", "keys": keys, "description": description}));
                }
            }
            let required = schema.get("required").cloned().unwrap_or_else(|| json!([]));
            let descriptions: serde_json::Map<String, Value> = properties
                .into_iter()
                .flatten()
                .map(|(name, property)| {
                    let property = openapi::resolve(document, property).ok().unwrap_or(property);
                    (
                        name.clone(),
                        property.get("description").cloned().unwrap_or(Value::Null),
                    )
                })
                .collect();
            json!({"required": required, "descriptions": descriptions, "schema": inline(document, schema, 0)})
        });

        let answer = examples
            .iter()
            .find(|e| e.operation_id == id && e.status.starts_with('2'))
            .ok_or_else(|| format!("{} has no success example to answer with", operation.key()))?;
        let status: u16 = answer
            .status
            .parse()
            .map_err(|_| format!("{}: status {} is not a number", operation.key(), answer.status))?;
        let answer_body = answer.value.clone().map_err(|e| format!("{}: {e}", answer.pointer))?;
        // Work the answer starts, or the work it reads again (`progress.rs`).
        let (reads, starts): (Vec<_>, Vec<_>) = progress::carried(document, operation.value, &kinds)
            .into_iter()
            .partition(|kind| kind.read_by == id);
        let work = json!({
            "starts": starts.iter().map(|k| k.to_json()).collect::<Vec<_>>(),
            "reads": reads.first().map(|k| k.to_json()),
        });

        contracts.push(json!({
            "operation_id": id,
            "method": operation.method.to_uppercase(),
            "path": operation.path,
            "endpoint": endpoint_name(operation.path),
            "scopes": scopes,
            "query": query,
            "lookups": lookups,
            "body": body,
            "answer": {"status": status, "body": answer_body},
            "work": work,
            "resource": roles.get(id).map(resources::Role::to_json),
            "changes": operation.value.get(CHANGES_EXTENSION),
            "reads": operation.value.get(READS_EXTENSION),
            "errors": errors.get(id).cloned().unwrap_or_default(),
        }));
    }
    Ok(Value::Array(contracts))
}

/// How deep references are followed when a body schema is made self-contained.
const MAX_INLINE_DEPTH: usize = 16;

/// `schema` with every `$ref` replaced by its target, so the simulator can check a body
/// against it alone. Past [`MAX_INLINE_DEPTH`] (a schema that refers to itself) anything
/// goes.
fn inline(document: &Value, schema: &Value, depth: usize) -> Value {
    if depth > MAX_INLINE_DEPTH {
        return json!({});
    }
    match schema {
        Value::Object(map) => {
            if map.contains_key("$ref") {
                let target = openapi::resolve(document, schema).ok().unwrap_or(&Value::Null);
                return inline(document, target, depth + 1);
            }
            Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), inline(document, v, depth + 1)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| inline(document, v, depth + 1)).collect()),
        other => other.clone(),
    }
}

fn push(list: &mut Value, key: &str) {
    if let Some(list) = list.as_array_mut() {
        list.push(json!(key));
    }
}

/// The name the framework gives an endpoint in `invalid_argument` details, approximated
/// from the path (`/ip_addresses/ip_address/unallocate` → `IpAddresses/IpAddress/UnallocateEndpoint`).
fn endpoint_name(path: &str) -> String {
    let segments: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|segment| segment.to_upper_camel_case())
        .collect();
    format!("{}Endpoint", segments.join("/"))
}
