//! Schema shapes: a JSON Schema (the spec's, converted; or schemars' for a generated type)
//! reduced to what both must agree on: types, properties, required sets, nullability and
//! enum values. `$ref`s are followed, single-entry `allOf` wrappers (schemars' way of
//! describing a reference) are unwrapped, and `anyOf [X, null]` becomes nullable X.
//! A reference met again inside itself (a disk template's latest version, whose template
//! is the disk template) ends there as [`Shape::Again`], so a recursive type is walked once.

use std::collections::BTreeMap;

use katapult_build_tools::openapi;
use serde_json::Value;

/// A schema reduced to its shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Whether `null` is accepted.
    pub nullable: bool,
    /// What is accepted besides `null`.
    pub shape: Shape,
}

/// What a schema accepts.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// Anything (no type given).
    Any,
    /// A scalar type, with its allowed values if it is an enum.
    Scalar { ty: String, values: Option<Vec<String>> },
    /// An array of items.
    Array(Box<Node>),
    /// An object: each property with whether it is required.
    Object(BTreeMap<String, (bool, Node)>),
    /// Exactly one of several variants.
    OneOf(Vec<Node>),
    /// The schema of a reference being reduced already, met again inside itself: its
    /// shape is compared where it was first met.
    Again(String),
}

/// Reduces the schema at `schema` inside the document `root` (for `$ref`s).
pub fn reduce(root: &Value, schema: &Value) -> Node {
    let mut within = Vec::new();
    reduce_within(root, schema, &mut within)
}

/// [`reduce`], inside the references `within` (outermost first).
fn reduce_within(root: &Value, schema: &Value, within: &mut Vec<String>) -> Node {
    let any = Node {
        nullable: true,
        shape: Shape::Any,
    };
    let Some(map) = schema.as_object() else { return any };
    if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
        if within.iter().any(|r| r == reference) {
            let name = reference.rsplit('/').next().unwrap_or(reference).to_owned();
            return Node {
                nullable: false,
                shape: Shape::Again(name),
            };
        }
        let target = openapi::resolve(root, schema).ok().unwrap_or(&Value::Null);
        within.push(reference.to_owned());
        let node = reduce_within(root, target, within);
        within.pop();
        return node;
    }
    if let Some(only) = openapi::single_all_of(schema) {
        // `{allOf: [X], type: [object, null]}`: X, made nullable by its wrapper.
        let mut node = reduce_within(root, only, within);
        let wrapper_null = match map.get("type") {
            Some(Value::Array(types)) => types.iter().any(|t| t == "null"),
            _ => false,
        };
        node.nullable |= wrapper_null;
        return node;
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(variants) = map.get(key).and_then(Value::as_array) {
            let (nulls, others): (Vec<&Value>, Vec<&Value>) = variants.iter().partition(|v| is_null_schema(v));
            let nullable = !nulls.is_empty();
            if let [only] = others.as_slice() {
                let mut node = reduce_within(root, only, within);
                node.nullable |= nullable;
                return node;
            }
            let nodes = others.iter().map(|v| reduce_within(root, v, within)).collect();
            return Node {
                nullable,
                shape: Shape::OneOf(nodes),
            };
        }
    }
    let (ty, nullable) = match map.get("type") {
        Some(Value::String(t)) => (Some(t.clone()), false),
        Some(Value::Array(ts)) => {
            let nullable = ts.iter().any(|t| t == "null");
            (
                ts.iter()
                    .filter_map(Value::as_str)
                    .find(|t| *t != "null")
                    .map(String::from),
                nullable,
            )
        }
        _ => (None, false),
    };
    let ty = ty.or_else(|| map.get("properties").map(|_| "object".to_string()));
    let shape = match ty.as_deref() {
        None => Shape::Any,
        Some("object") => {
            let required: Vec<&str> = map
                .get("required")
                .and_then(Value::as_array)
                .map(|r| r.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let props = map.get("properties").and_then(Value::as_object);
            Shape::Object(
                props
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| {
                        (
                            k.clone(),
                            (required.contains(&k.as_str()), reduce_within(root, v, within)),
                        )
                    })
                    .collect(),
            )
        }
        Some("array") => Shape::Array(Box::new(
            map.get("items")
                .map(|i| reduce_within(root, i, within))
                .unwrap_or(any.clone()),
        )),
        Some(t) => Shape::Scalar {
            ty: t.to_string(),
            values: map.get("enum").and_then(Value::as_array).map(|vs| {
                let mut vs: Vec<String> = vs.iter().filter(|v| !v.is_null()).map(Value::to_string).collect();
                vs.sort();
                vs
            }),
        },
    };
    Node { nullable, shape }
}

fn is_null_schema(v: &Value) -> bool {
    v.get("type").and_then(Value::as_str) == Some("null")
}

/// Every difference between the spec's shape and the generated type's, each naming its
/// path (`ErrorResponse.error<rate_limit_reached>.detail.total_permitted`).
pub fn compare(path: &str, spec: &Node, generated: &Node) -> Vec<String> {
    let mut out = Vec::new();
    compare_into(path, spec, generated, true, &mut out);
    out
}

fn compare_into(path: &str, spec: &Node, generated: &Node, required: bool, out: &mut Vec<String>) {
    // Compared where the recursion began; the two sides may meet it a wrapper apart.
    if matches!(spec.shape, Shape::Again(_)) || matches!(generated.shape, Shape::Again(_)) {
        return;
    }
    // An optional property is `Option<T>`, which schemars marks nullable; there only the
    // spec's `nullable: true` must be matched. A required one must agree exactly.
    let nullability_ok = if required {
        spec.nullable == generated.nullable
    } else {
        !spec.nullable || generated.nullable
    };
    if !nullability_ok {
        out.push(format!(
            "{path}: nullable is {} in the spec but {} in the generated type",
            spec.nullable, generated.nullable
        ));
    }
    match (&spec.shape, &generated.shape) {
        (Shape::Any, Shape::Any) => {}
        (Shape::Scalar { ty: a, values: va }, Shape::Scalar { ty: b, values: vb }) => {
            if a != b {
                out.push(format!("{path}: type is {a} in the spec but {b} in the generated type"));
            }
            if va != vb {
                out.push(format!(
                    "{path}: enum values are {va:?} in the spec but {vb:?} in the generated type"
                ));
            }
        }
        (Shape::Array(a), Shape::Array(b)) => compare_into(&format!("{path}[]"), a, b, true, out),
        (Shape::Object(a), Shape::Object(b)) => {
            for (name, (req_a, node_a)) in a {
                match b.get(name) {
                    None => out.push(format!("{path}.{name}: in the spec but not in the generated type")),
                    Some((req_b, node_b)) => {
                        // typify makes a required nullable property an `Option<T>` whose
                        // key must still be present (`deserialize_with`), which schemars
                        // can only report as not required.
                        let required_null = *req_a && !*req_b && node_a.nullable && node_b.nullable;
                        if req_a != req_b && !required_null {
                            out.push(format!(
                                "{path}.{name}: required is {req_a} in the spec but {req_b} in the generated type"
                            ));
                        }
                        compare_into(&format!("{path}.{name}"), node_a, node_b, *req_a, out);
                    }
                }
            }
            for name in b.keys().filter(|k| !a.contains_key(*k)) {
                out.push(format!("{path}.{name}: in the generated type but not in the spec"));
            }
        }
        (Shape::OneOf(a), Shape::OneOf(b)) => {
            let keyed = |nodes: &[Node]| -> BTreeMap<String, Node> {
                nodes.iter().map(|n| (variant_key(n), n.clone())).collect()
            };
            let (ka, kb) = (keyed(a), keyed(b));
            for (key, node_a) in &ka {
                match kb.get(key) {
                    None => out.push(format!(
                        "{path}<{key}>: variant in the spec but not in the generated type"
                    )),
                    Some(node_b) => compare_into(&format!("{path}<{key}>"), node_a, node_b, true, out),
                }
            }
            for key in kb.keys().filter(|k| !ka.contains_key(*k)) {
                out.push(format!(
                    "{path}<{key}>: variant in the generated type but not in the spec"
                ));
            }
        }
        (a, b) => out.push(format!(
            "{path}: the spec has {} but the generated type has {}",
            kind(a),
            kind(b)
        )),
    }
}

/// A variant is known by the value it pins with a one-value enum (an error's `code`), or
/// else by its property names (a lookup's `id` / `fqdn`).
fn variant_key(node: &Node) -> String {
    match &node.shape {
        Shape::Object(props) => props
            .iter()
            .find_map(|(_, (_, n))| match &n.shape {
                Shape::Scalar { values: Some(v), .. } if v.len() == 1 => Some(v[0].trim_matches('"').to_string()),
                _ => None,
            })
            .unwrap_or_else(|| props.keys().cloned().collect::<Vec<_>>().join("+")),
        other => kind(other).to_string(),
    }
}

fn kind(shape: &Shape) -> &'static str {
    match shape {
        Shape::Any => "any value",
        Shape::Scalar { .. } => "a scalar",
        Shape::Array(_) => "an array",
        Shape::Object(_) => "an object",
        Shape::OneOf(_) => "a oneOf",
        Shape::Again(_) => "a reference to itself",
    }
}
