//! OpenAPI 3.0 schemas as JSON Schema, so off-the-shelf validators can check payloads.
//!
//! OpenAPI 3.0's schema dialect is JSON Schema draft 4/5 with changes; the only one our
//! spec relies on that a JSON Schema validator would misread is `nullable`, which becomes
//! `null` added to `type` (or an `anyOf` with `{"type": "null"}` where there is no `type`).
//! This mapping lives here once; the validator (`validate`) and the tests both use it.

use std::collections::HashMap;

use serde_json::{Map, Value, json};

use crate::Spec;

/// Why a JSON Schema could not be built.
#[derive(Debug, Clone, thiserror::Error)]
#[error("cannot build a JSON Schema validator: {0}")]
pub struct SchemaError(pub String);

/// Converts one OpenAPI schema (and everything below it) to JSON Schema draft 7.
pub fn to_json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let converted = match key.as_str() {
                    // Values that are data, not schemas.
                    "enum" | "example" | "default" | "required" | "discriminator" => value.clone(),
                    "nullable" => continue,
                    "properties" => Value::Object(
                        value
                            .as_object()
                            .map(|props| props.iter().map(|(k, v)| (k.clone(), to_json_schema(v))).collect())
                            .unwrap_or_default(),
                    ),
                    _ => to_json_schema(value),
                };
                out.insert(key.clone(), converted);
            }
            if map.get("nullable") == Some(&Value::Bool(true)) {
                make_nullable(out)
            } else {
                Value::Object(out)
            }
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

fn make_nullable(mut schema: Map<String, Value>) -> Value {
    // With a composition beside it, the members decide the type: null must be an
    // alternative to the whole, or `allOf: [{$ref: X}]` would refuse it again.
    let composed = ["allOf", "oneOf", "anyOf", "$ref"]
        .iter()
        .any(|k| schema.contains_key(*k));
    match schema.get("type").cloned() {
        Some(Value::String(t)) if !composed => {
            schema.insert("type".into(), json!([t, "null"]));
            if let Some(Value::Array(values)) = schema.get_mut("enum") {
                values.push(Value::Null);
            }
            Value::Object(schema)
        }
        _ => json!({ "anyOf": [Value::Object(schema), { "type": "null" }] }),
    }
}

/// A JSON Schema document for `schema` (as written in the spec, usually a `$ref`), with
/// the spec's components embedded so every `$ref` resolves inside it.
pub fn json_schema_for(spec: &Spec, schema: &Value) -> Value {
    document(schema, &components_of(spec))
}

fn components_of(spec: &Spec) -> Value {
    spec.raw()
        .pointer("/components/schemas")
        .map(to_components)
        .unwrap_or_else(|| json!({}))
}

fn document(schema: &Value, components: &Value) -> Value {
    let mut root = match to_json_schema(schema) {
        Value::Object(map) => map,
        other => return other,
    };
    root.insert("components".into(), json!({ "schemas": components }));
    root.insert("$schema".into(), json!("http://json-schema.org/draft-07/schema#"));
    Value::Object(root)
}

fn to_components(schemas: &Value) -> Value {
    match schemas.as_object() {
        Some(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), to_json_schema(v))).collect()),
        None => json!({}),
    }
}

/// Validates `instance` against `schema` (as written in the spec), returning every error as
/// `instance pointer: message`. To check many instances, [`Validators`] compiles each
/// schema once.
pub fn validate_instance(spec: &Spec, schema: &Value, instance: &Value) -> Result<Vec<String>, SchemaError> {
    Validators::new(spec).validate(schema, instance)
}

/// The validators of one spec's schemas: its components converted once, and each distinct
/// schema compiled the first time an instance is checked against it (the spec's thousands
/// of examples share a few hundred schemas, most error examples one).
pub struct Validators {
    components: Value,
    compiled: HashMap<String, Result<jsonschema::Validator, SchemaError>>,
}

impl Validators {
    /// Validators for `spec`'s schemas; none is compiled yet.
    pub fn new(spec: &Spec) -> Self {
        Self {
            components: components_of(spec),
            compiled: HashMap::new(),
        }
    }

    /// Every error of `instance` against `schema` (as written in the spec), as `at
    /// `pointer`: message`.
    ///
    /// # Errors
    /// A schema no validator can be built from.
    pub fn validate(&mut self, schema: &Value, instance: &Value) -> Result<Vec<String>, SchemaError> {
        let components = &self.components;
        let validator = self.compiled.entry(schema.to_string()).or_insert_with(|| {
            jsonschema::options()
                .with_draft(jsonschema::Draft::Draft7)
                .build(&document(schema, components))
                .map_err(|e| SchemaError(e.to_string()))
        });
        let validator = validator.as_ref().map_err(Clone::clone)?;
        Ok(validator
            .iter_errors(instance)
            .map(|e| {
                let at = e.instance_path().to_string();
                format!("at `{}`: {e}", if at.is_empty() { "/" } else { &at })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::to_json_schema;
    use serde_json::json;

    #[test]
    fn nullable_with_type_adds_null() {
        let s = to_json_schema(&json!({"type": "integer", "nullable": true}));
        assert_eq!(s, json!({"type": ["integer", "null"]}));
    }

    #[test]
    fn nullable_enum_accepts_null() {
        let s = to_json_schema(&json!({"type": "string", "enum": ["a"], "nullable": true}));
        assert_eq!(s, json!({"type": ["string", "null"], "enum": ["a", null]}));
    }

    #[test]
    fn nullable_composition_admits_null_beside_it() {
        let s = to_json_schema(&json!({"type": "object", "nullable": true, "allOf": [{"$ref": "#/x"}]}));
        assert_eq!(
            s,
            json!({"anyOf": [{"type": "object", "allOf": [{"$ref": "#/x"}]}, {"type": "null"}]})
        );
    }

    #[test]
    fn nullable_without_type_becomes_any_of() {
        let s = to_json_schema(&json!({"oneOf": [{"type": "string"}], "nullable": true}));
        assert_eq!(s, json!({"anyOf": [{"oneOf": [{"type": "string"}]}, {"type": "null"}]}));
    }

    #[test]
    fn property_named_nullable_is_kept() {
        let s = to_json_schema(&json!({"properties": {"nullable": {"type": "boolean"}}}));
        assert_eq!(s, json!({"properties": {"nullable": {"type": "boolean"}}}));
    }
}
