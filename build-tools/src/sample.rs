//! A small value that satisfies a schema: what tests send as an argument they do not care
//! about, and what `cargo xtask import` starts an example from when the vendor gives none.
//!
//! It prefers what the spec says (`example`, `default`, the first `enum` value, the first
//! `oneOf` member) and otherwise makes the least value of the type that meets its bounds.
//! Objects get their required properties only. It does not try to satisfy `pattern`s.

use serde_json::{Map, Value, json};

use crate::openapi;

/// How deep a sample goes before it gives up on optional structure (a self-referencing
/// schema would otherwise never end).
const MAX_DEPTH: usize = 12;

/// A value valid for `schema` (a `$ref` into `document` or an inline schema), with the
/// required properties of each object only.
pub fn sample(document: &Value, schema: &Value) -> Value {
    Sampler {
        document,
        every_property: false,
    }
    .at(schema, 0)
}

/// A value valid for `schema` with every property of each object filled in: a starting
/// point for a full example payload.
pub fn full_sample(document: &Value, schema: &Value) -> Value {
    Sampler {
        document,
        every_property: true,
    }
    .at(schema, 0)
}

struct Sampler<'a> {
    document: &'a Value,
    every_property: bool,
}

impl Sampler<'_> {
    fn at(&self, schema: &Value, depth: usize) -> Value {
        let document = self.document;
        let Some(schema) = openapi::resolve(document, schema).ok() else {
            return Value::Null;
        };
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        for key in ["example", "default"] {
            if let Some(value) = schema.get(key) {
                return value.clone();
            }
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return first.clone();
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(first) = schema.get(key).and_then(Value::as_array).and_then(|m| m.first()) {
                return self.at(first, depth + 1);
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for part in parts {
                match self.at(part, depth + 1) {
                    Value::Object(fields) => merged.extend(fields),
                    other if parts.len() == 1 => return other,
                    _ => {}
                }
            }
            return Value::Object(merged);
        }
        let number = |key: &str| schema.get(key).and_then(Value::as_f64);
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => {
                let mut object = Map::new();
                let properties = schema.get("properties").and_then(Value::as_object);
                let required = schema.get("required").and_then(Value::as_array);
                let names: Vec<&str> = if self.every_property {
                    properties
                        .into_iter()
                        .flatten()
                        .map(|(name, _)| name.as_str())
                        .collect()
                } else {
                    required.into_iter().flatten().filter_map(Value::as_str).collect()
                };
                for name in names {
                    let property = properties.and_then(|p| p.get(name)).unwrap_or(&Value::Null);
                    object.insert(name.to_owned(), self.at(property, depth + 1));
                }
                Value::Object(object)
            }
            Some("array") => {
                let least = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let count = if self.every_property { least.max(1) } else { least };
                let item = self.at(schema.get("items").unwrap_or(&Value::Null), depth + 1);
                Value::Array((0..count).map(|_| item.clone()).collect())
            }
            Some("integer") => json!(number("minimum").map_or(1, |m| m.ceil() as i64)),
            Some("number") => json!(number("minimum").unwrap_or(1.0)),
            Some("boolean") => json!(false),
            Some("string") => json!(string(schema)),
            _ => Value::Null,
        }
    }
}

fn string(schema: &Value) -> String {
    let by_format = match schema.get("format").and_then(Value::as_str) {
        Some("date-time") => Some("2026-01-01T00:00:00Z"),
        Some("date") => Some("2026-01-01"),
        Some("ipv4") => Some("192.0.2.10"),
        Some("ipv6") => Some("2001:db8::10"),
        Some("ip") => Some("192.0.2.10"),
        Some("uuid") => Some("00000000-0000-4000-8000-000000000000"),
        Some("email") => Some("user@example.com"),
        Some("uri") => Some("https://example.com/"),
        _ => None,
    };
    if let Some(value) = by_format {
        return value.to_owned();
    }
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
    let max = schema.get("maxLength").and_then(Value::as_u64);
    let mut value = String::from("sample");
    while (value.len() as u64) < min {
        value.push('x');
    }
    if let Some(max) = max {
        value.truncate(usize::try_from(max).unwrap_or(usize::MAX));
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_meet_required_fields_bounds_and_first_choices() {
        let document = json!({"components": {"schemas": {
            "Lookup": {"oneOf": [
                {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "minLength": 1}}},
                {"type": "object", "required": ["fqdn"], "properties": {"fqdn": {"type": "string"}}}
            ]},
            "Body": {"type": "object", "required": ["lookup", "count", "kind"], "properties": {
                "lookup": {"$ref": "#/components/schemas/Lookup"},
                "count": {"type": "integer", "minimum": 3},
                "kind": {"type": "string", "enum": ["a", "b"]},
                "ignored": {"type": "string"}
            }}
        }}});
        let body = sample(&document, &json!({"$ref": "#/components/schemas/Body"}));
        assert_eq!(body, json!({"lookup": {"id": "sample"}, "count": 3, "kind": "a"}));
        assert_eq!(
            sample(&document, &json!({"type": "string", "minLength": 9, "maxLength": 9})),
            json!("samplexxx")
        );
        assert_eq!(
            sample(&document, &json!({"type": "string", "format": "ipv4"})),
            json!("192.0.2.10")
        );
    }
}
