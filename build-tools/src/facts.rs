//! What an OpenAPI document says about each operation, flattened for comparison: its
//! parameters, request body fields, success response fields, statuses, error codes and
//! examples. Works on any OpenAPI 3.0 document as JSON (ours, or the vendor's), following
//! `$ref`s, single-element `allOf` wrappers and `nullable`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

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

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const MAX_DEPTH: usize = 24;

/// The facts of `document`; `examples` are the payloads of its `externalValue` examples
/// (inline `value`s are read from the document itself).
pub fn facts(document: &Value, examples: &[ExamplePayload]) -> Facts {
    let mut out = Facts::new();
    let Some(paths) = document.get("paths").and_then(Value::as_object) else {
        return out;
    };
    for (path, item) in paths {
        for method in METHODS {
            let Some(operation) = item.get(method) else { continue };
            let pointer = format!("#/paths/{}/{method}", escape(path));
            let id = operation
                .get("operationId")
                .and_then(Value::as_str)
                .map_or_else(|| format!("{} {path}", method.to_uppercase()), str::to_owned);
            let mut facts = OperationFacts {
                id: id.clone(),
                pointer: pointer.clone(),
                ..Default::default()
            };
            let shared = item
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let own = operation
                .get("parameters")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for (index, parameter) in shared.iter().chain(own.iter()).enumerate() {
                let (parameter, at) = resolve(document, parameter, format!("{pointer}/parameters/{index}"));
                let (Some(name), Some(location)) = (
                    parameter.get("name").and_then(Value::as_str),
                    parameter.get("in").and_then(Value::as_str),
                ) else {
                    continue;
                };
                let schema = parameter.get("schema").cloned().unwrap_or(Value::Null);
                let mut fact = fact_of(document, &schema, format!("{at}/schema"));
                fact.required = parameter.get("required").and_then(Value::as_bool).unwrap_or(false);
                facts.parameters.insert(format!("{location}:{name}"), fact);
            }
            if let Some(body) = operation.get("requestBody") {
                let (body, at) = resolve(document, body, format!("{pointer}/requestBody"));
                if let Some(schema) = json_schema(body) {
                    flatten(
                        document,
                        schema,
                        &format!("{at}/content/application~1json/schema"),
                        "",
                        &mut facts.body,
                        0,
                    );
                }
            }
            if let Some(responses) = operation.get("responses").and_then(Value::as_object) {
                for (status, response) in responses {
                    let (response, at) = resolve(document, response, format!("{pointer}/responses/{status}"));
                    let mut facts_here = ResponseFacts {
                        pointer: at.clone(),
                        ..Default::default()
                    };
                    let schema = json_schema(response);
                    if status.starts_with('2') {
                        if let Some(schema) = schema {
                            let schema_at = format!("{at}/content/application~1json/schema");
                            flatten(document, schema, &schema_at, "", &mut facts_here.fields, 0);
                        }
                    } else if let Some(schema) = schema {
                        let (resolved, _) = resolve(document, schema, String::new());
                        facts_here.wrapped_error = has_property(document, resolved, "error");
                        collect_codes(document, schema, &mut facts_here.codes, 0);
                    }
                    let inline = response
                        .pointer("/content/application~1json/examples")
                        .and_then(Value::as_object)
                        .into_iter()
                        .flatten()
                        .filter_map(|(name, example)| example.get("value").map(|v| (name.clone(), v.clone())));
                    facts_here.examples.extend(inline);
                    facts_here.examples.extend(
                        examples
                            .iter()
                            .filter(|e| e.operation_id == id && &e.status == status)
                            .map(|e| (e.name.clone(), e.value.clone())),
                    );
                    if !status.starts_with('2') && !facts_here.examples.is_empty() {
                        facts_here.codes = facts_here.examples.values().filter_map(example_code).collect();
                    }
                    facts.responses.insert(status.clone(), facts_here);
                }
            }
            out.insert(format!("{} {path}", method.to_uppercase()), facts);
        }
    }
    out
}

fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn json_schema(holder: &Value) -> Option<&Value> {
    holder.pointer("/content/application~1json/schema")
}

fn example_code(example: &Value) -> Option<String> {
    let inner = example.get("error").filter(|e| e.is_object()).unwrap_or(example);
    inner.get("code").and_then(Value::as_str).map(str::to_owned)
}

/// Follows `$ref`s; returns the target and its pointer.
fn resolve<'a>(document: &'a Value, mut value: &'a Value, mut at: String) -> (&'a Value, String) {
    for _ in 0..16 {
        let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let Some(target) = reference.strip_prefix('#').and_then(|p| document.pointer(p)) else {
            break;
        };
        value = target;
        at = reference.to_owned();
    }
    (value, at)
}

/// Unwraps `allOf: [x]` (how some generators mark a `$ref` nullable); whether it said nullable.
fn unwrap<'a>(document: &'a Value, schema: &'a Value, at: String) -> (&'a Value, String, bool) {
    let (mut schema, mut at) = resolve(document, schema, at);
    let mut nullable = schema.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    for _ in 0..8 {
        match schema.get("allOf").and_then(Value::as_array) {
            Some(parts) if parts.len() == 1 => {
                let (inner, inner_at) = resolve(document, &parts[0], format!("{at}/allOf/0"));
                nullable |= inner.get("nullable").and_then(Value::as_bool).unwrap_or(false);
                schema = inner;
                at = inner_at;
            }
            _ => break,
        }
    }
    (schema, at, nullable)
}

fn fact_of(document: &Value, schema: &Value, at: String) -> Fact {
    let (schema, at, nullable) = unwrap(document, schema, at);
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
    let (schema, at, _) = unwrap(document, schema, at.to_owned());
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
    let (schema, _, _) = unwrap(document, schema, String::new());
    schema.get("properties").and_then(|p| p.get(name)).is_some()
}

/// Every value of every `code` enum under `schema`.
fn collect_codes(document: &Value, schema: &Value, out: &mut BTreeSet<String>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let (schema, _, _) = unwrap(document, schema, String::new());
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
            let (code, _, _) = unwrap(document, property, String::new());
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
