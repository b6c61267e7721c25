//! What an OpenAPI document says about each operation, flattened for comparison: its
//! parameters, request body fields, success response fields, statuses, error codes and
//! examples. Works on any OpenAPI 3.0 document as JSON (ours, or the vendor's), following
//! `$ref`s, single-element `allOf` wrappers and `nullable`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::openapi::{self, Operation, Unwrapped, escape};

/// One property or parameter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fact {
    /// JSON types (`string`, `integer`, …); empty when unconstrained.
    pub types: BTreeSet<String>,
    /// The `format`, if any.
    pub format: Option<String>,
    /// Whether `null` is allowed.
    pub nullable: bool,
    /// The allowed values, when an enum.
    pub enumeration: Option<BTreeSet<String>>,
    /// Whether it must be present.
    pub required: bool,
    /// Where it is defined in its document, as a JSON pointer (`#/components/schemas/…`).
    pub pointer: String,
}

/// One response.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ResponseFacts {
    /// Fields of a success response, by path (`ip_address.network.name`, `items[].id`).
    pub fields: BTreeMap<String, Fact>,
    /// Error codes this response can carry: from its examples when it has any, else from
    /// its schema's `code` enums.
    pub codes: BTreeSet<String>,
    /// Whether errors are wrapped in an `error` object (`{"error": {"code", …}}`).
    pub wrapped_error: bool,
    /// Example payloads by name.
    pub examples: BTreeMap<String, Value>,
    /// Where the response is defined.
    pub pointer: String,
}

/// One operation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OperationFacts {
    /// The `operationId`, or `METHOD path` without one.
    pub id: String,
    /// Where the operation is defined.
    pub pointer: String,
    /// Parameters by `in:name`.
    pub parameters: BTreeMap<String, Fact>,
    /// Request body fields by path.
    pub body: BTreeMap<String, Fact>,
    /// Responses by status.
    pub responses: BTreeMap<String, ResponseFacts>,
}

/// Every operation of a document, by `METHOD path`.
pub type Facts = BTreeMap<String, OperationFacts>;

/// An example payload attached to an operation's response (from a file or inline).
#[derive(Clone, Debug)]
pub struct ExamplePayload {
    /// The operation's `operationId`.
    pub operation_id: String,
    /// The response status, e.g. `"404"`.
    pub status: String,
    /// The example's name.
    pub name: String,
    /// The payload.
    pub value: Value,
}

const MAX_DEPTH: usize = 24;

/// The facts of `document`; `examples` are the payloads of its `externalValue` examples
/// (inline `value`s are read from the document itself).
pub fn facts(document: &Value, examples: &[ExamplePayload]) -> Facts {
    openapi::operations(document)
        .into_iter()
        .map(|operation| (operation.key(), operation_facts(document, &operation, examples)))
        .collect()
}

fn operation_facts(document: &Value, operation: &Operation<'_>, examples: &[ExamplePayload]) -> OperationFacts {
    let pointer = format!("#{}", operation.pointer());
    let id = operation.id().map_or_else(|| operation.key(), str::to_owned);
    let responses = operation
        .value
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(status, response)| {
            let at = format!("{pointer}/responses/{status}");
            let examples = examples.iter().filter(|e| e.operation_id == id && &e.status == status);
            (status.clone(), response_facts(document, status, response, at, examples))
        })
        .collect();
    OperationFacts {
        parameters: parameter_facts(document, operation, &pointer),
        body: body_facts(document, operation, &pointer),
        responses,
        id,
        pointer,
    }
}

/// Parameters by `in:name`: the path item's shared ones, then the operation's own.
fn parameter_facts(document: &Value, operation: &Operation<'_>, pointer: &str) -> BTreeMap<String, Fact> {
    let list = |holder: &Value| {
        holder
            .get("parameters")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (shared, own) = (list(operation.path_item), list(operation.value));
    let mut out = BTreeMap::new();
    for (index, parameter) in shared.iter().chain(own.iter()).enumerate() {
        let resolved = openapi::resolve(document, parameter);
        let (parameter, at) = (
            resolved.value,
            resolved.pointer(format!("{pointer}/parameters/{index}")),
        );
        let (Some(name), Some(location)) = (
            parameter.get("name").and_then(Value::as_str),
            parameter.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        let schema = parameter.get("schema").unwrap_or(&Value::Null);
        let mut fact = fact_of(document, schema, format!("{at}/schema"));
        fact.required = parameter.get("required").and_then(Value::as_bool).unwrap_or(false);
        out.insert(format!("{location}:{name}"), fact);
    }
    out
}

/// The request body's fields by path.
fn body_facts(document: &Value, operation: &Operation<'_>, pointer: &str) -> BTreeMap<String, Fact> {
    let mut out = BTreeMap::new();
    if let Some(body) = operation.value.get("requestBody") {
        let resolved = openapi::resolve(document, body);
        let at = resolved.pointer(format!("{pointer}/requestBody"));
        if let Some(schema) = json_schema(resolved.value) {
            flatten(
                document,
                schema,
                &format!("{at}/content/application~1json/schema"),
                "",
                &mut out,
                0,
            );
        }
    }
    out
}

/// One response: a success's fields, or an error's envelope and codes; and its examples.
fn response_facts<'a>(
    document: &Value,
    status: &str,
    response: &Value,
    at: String,
    files: impl Iterator<Item = &'a ExamplePayload>,
) -> ResponseFacts {
    let resolved = openapi::resolve(document, response);
    let (response, at) = (resolved.value, resolved.pointer(at));
    let mut out = ResponseFacts {
        pointer: at.clone(),
        ..Default::default()
    };
    let success = status.starts_with('2');
    if let Some(schema) = json_schema(response) {
        if success {
            let schema_at = format!("{at}/content/application~1json/schema");
            flatten(document, schema, &schema_at, "", &mut out.fields, 0);
        } else {
            out.wrapped_error = has_property(document, schema, "error");
            collect_codes(document, schema, &mut out.codes, 0);
        }
    }
    let inline = response
        .pointer("/content/application~1json/examples")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(name, example)| example.get("value").map(|v| (name.clone(), v.clone())));
    out.examples.extend(inline);
    out.examples.extend(files.map(|e| (e.name.clone(), e.value.clone())));
    // Examples say which codes really arrive; the schema's enum may list more.
    if !success && !out.examples.is_empty() {
        out.codes = out.examples.values().filter_map(example_code).collect();
    }
    out
}

fn json_schema(holder: &Value) -> Option<&Value> {
    holder.pointer("/content/application~1json/schema")
}

fn example_code(example: &Value) -> Option<String> {
    let inner = example.get("error").filter(|e| e.is_object()).unwrap_or(example);
    inner.get("code").and_then(Value::as_str).map(str::to_owned)
}

fn fact_of(document: &Value, schema: &Value, at: String) -> Fact {
    let Unwrapped {
        schema,
        pointer: at,
        nullable,
    } = openapi::unwrap(document, schema, at);
    let mut types = BTreeSet::new();
    match schema.get("type") {
        Some(Value::String(t)) => {
            types.insert(t.clone());
        }
        Some(Value::Array(ts)) => types.extend(ts.iter().filter_map(Value::as_str).map(str::to_owned)),
        _ => {
            if schema.get("properties").is_some() {
                types.insert("object".to_owned());
            }
        }
    }
    let nullable = nullable || types.remove("null");
    let enumeration = schema.get("enum").and_then(Value::as_array).map(|values| {
        values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect()
    });
    Fact {
        types,
        format: schema.get("format").and_then(Value::as_str).map(str::to_owned),
        nullable,
        enumeration,
        required: false,
        pointer: at,
    }
}

/// Records every property under `schema` by path.
fn flatten(document: &Value, schema: &Value, at: &str, prefix: &str, out: &mut BTreeMap<String, Fact>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let Unwrapped {
        schema, pointer: at, ..
    } = openapi::unwrap(document, schema, at.to_owned());
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        for (index, part) in parts.iter().enumerate() {
            flatten(document, part, &format!("{at}/allOf/{index}"), prefix, out, depth + 1);
        }
    }
    for keyword in ["oneOf", "anyOf"] {
        let Some(parts) = schema.get(keyword).and_then(Value::as_array) else {
            continue;
        };
        // A field of one alternative is required only if every alternative requires it.
        let variants: Vec<BTreeMap<String, Fact>> = parts
            .iter()
            .enumerate()
            .map(|(index, part)| {
                let mut fields = BTreeMap::new();
                flatten(
                    document,
                    part,
                    &format!("{at}/{keyword}/{index}"),
                    prefix,
                    &mut fields,
                    depth + 1,
                );
                fields
            })
            .collect();
        for fields in &variants {
            for (path, fact) in fields {
                let everywhere = variants.iter().all(|v| v.get(path).is_some_and(|f| f.required));
                let fact = Fact {
                    required: everywhere,
                    ..fact.clone()
                };
                merge(out, path.clone(), fact);
            }
        }
    }
    if let Some(items) = schema.get("items") {
        flatten(
            document,
            items,
            &format!("{at}/items"),
            &format!("{prefix}[]"),
            out,
            depth + 1,
        );
    }
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    let required: BTreeSet<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for (name, property) in properties {
        let path = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        let property_at = format!("{at}/properties/{}", escape(name));
        let mut fact = fact_of(document, property, property_at.clone());
        fact.required = required.contains(name.as_str());
        merge(out, path.clone(), fact);
        flatten(document, property, &property_at, &path, out, depth + 1);
    }
}

/// Adds `fact` at `path`, combining with what alternatives already said there.
fn merge(out: &mut BTreeMap<String, Fact>, path: String, fact: Fact) {
    out.entry(path)
        .and_modify(|seen| {
            seen.required &= fact.required;
            seen.types.extend(fact.types.iter().cloned());
            seen.nullable |= fact.nullable;
            if let (Some(a), Some(b)) = (&mut seen.enumeration, &fact.enumeration) {
                a.extend(b.iter().cloned());
            }
        })
        .or_insert(fact);
}

fn has_property(document: &Value, schema: &Value, name: &str) -> bool {
    let schema = openapi::unwrap(document, schema, String::new()).schema;
    schema.get("properties").and_then(|p| p.get(name)).is_some()
}

/// Every value of every `code` enum under `schema`.
fn collect_codes(document: &Value, schema: &Value, out: &mut BTreeSet<String>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let schema = openapi::unwrap(document, schema, String::new()).schema;
    for keyword in ["allOf", "oneOf", "anyOf"] {
        for part in schema.get(keyword).and_then(Value::as_array).into_iter().flatten() {
            collect_codes(document, part, out, depth + 1);
        }
    }
    let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
        return;
    };
    for (name, property) in properties {
        if name == "code" {
            let code = openapi::unwrap(document, property, String::new()).schema;
            out.extend(
                code.get("enum")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned),
            );
        } else if name == "error" {
            collect_codes(document, property, out, depth + 1);
        }
    }
}
