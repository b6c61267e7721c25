//! The spec's YAML as `import` writes it: block style, keys in OpenAPI's reading order, and
//! scalars quoted only when they would otherwise read as something else, so an imported
//! operation looks like one written by hand.

use std::fmt::Write as _;

use serde_json::{Map, Value};

/// The order keys are written in: OpenAPI's usual reading order, then alphabetical.
const KEY_ORDER: [&str; 28] = [
    "operationId",
    "tags",
    "summary",
    "title",
    "name",
    "in",
    "description",
    "required",
    "security",
    "parameters",
    "requestBody",
    "responses",
    "content",
    "schema",
    "$ref",
    "type",
    "format",
    "nullable",
    "enum",
    "minLength",
    "minimum",
    "maximum",
    "additionalProperties",
    "allOf",
    "oneOf",
    "properties",
    "items",
    "examples",
];

fn ordered(map: &Map<String, Value>) -> Vec<(&String, &Value)> {
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_by_key(|(key, _)| {
        (
            KEY_ORDER.iter().position(|k| k == key).unwrap_or(KEY_ORDER.len()),
            key.as_str(),
        )
    });
    entries
}

/// Writes a map as block YAML at `indent`.
pub(super) fn emit_map(out: &mut String, map: &Value, indent: usize) {
    let pad = " ".repeat(indent);
    let Some(map) = map.as_object() else { return };
    for (key, value) in ordered(map) {
        let key = scalar(&Value::String(key.clone()), true);
        match value {
            Value::Object(m) if !m.is_empty() => {
                writeln!(out, "{pad}{key}:").ok();
                emit_map(out, value, indent + 2);
            }
            Value::Array(items) if !items.is_empty() && items.iter().any(|i| i.is_object() || i.is_array()) => {
                writeln!(out, "{pad}{key}:").ok();
                emit_list(out, items, indent + 2);
            }
            Value::Array(items) => {
                let listed: Vec<String> = items.iter().map(|i| scalar(i, false)).collect();
                writeln!(out, "{pad}{key}: [{}]", listed.join(", ")).ok();
            }
            Value::Object(_) => {
                writeln!(out, "{pad}{key}: {{}}").ok();
            }
            other => {
                writeln!(out, "{pad}{key}: {}", scalar(other, false)).ok();
            }
        }
    }
}

/// Writes list items as block YAML at `indent`.
pub(super) fn emit_list(out: &mut String, items: &[Value], indent: usize) {
    let pad = " ".repeat(indent);
    for item in items {
        match item {
            Value::Object(m) if !m.is_empty() => {
                let mut inner = String::new();
                emit_map(&mut inner, item, indent + 2);
                let dashed = format!("{pad}- {}", &inner[(indent + 2).min(inner.len())..]);
                out.push_str(&dashed);
            }
            Value::Array(nested) if !nested.is_empty() => {
                writeln!(out, "{pad}-").ok();
                emit_list(out, nested, indent + 2);
            }
            other => {
                writeln!(out, "{pad}- {}", scalar(other, false)).ok();
            }
        }
    }
}

/// A scalar as YAML: plain when it cannot be mistaken for anything else, JSON-quoted
/// (valid YAML) otherwise.
fn scalar(value: &Value, is_key: bool) -> String {
    match value {
        Value::String(s) => {
            let plain = !s.is_empty()
                && s.chars().all(|c| c.is_ascii_alphanumeric() || " _-./$[]()".contains(c))
                && s.chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || (is_key && c == '$'))
                && !s.ends_with(' ')
                && !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(&s.to_lowercase().as_str())
                && (is_key || !s.starts_with('/') && !s.starts_with('['));
            if plain {
                s.clone()
            } else {
                Value::String(s.clone()).to_string()
            }
        }
        Value::Array(_) | Value::Object(_) => value.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn yaml_is_block_style_in_reading_order_and_reads_back() {
        let value = json!({
            "responses": {"200": {"description": "ok: fine"}},
            "operationId": "get_thing",
            "parameters": [{"name": "thing[id]", "in": "query", "schema": {"type": "string"}}],
            "tags": ["things"],
        });
        let mut out = String::new();
        emit_map(&mut out, &value, 0);
        assert!(out.starts_with("operationId: get_thing\ntags: [things]\n"), "{out}");
        assert!(out.contains("\"200\":"), "{out}");
        let back: Value = serde_yaml_ng::from_str(&out).expect("valid YAML");
        assert_eq!(back, value);
    }
}
