//! Shared helpers for the workspace tests: the spec, the registries of generated types and
//! of calls (one per operation), the one normalisation applied before comparing payloads, and schema shapes.

use std::path::PathBuf;

use katapult_build_tools::{self as tools, Spec};
use katapult_sdk::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

pub mod http;
pub mod recorded;
pub mod shape;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    tools::workspace_root_from_manifest_dir(env!("CARGO_MANIFEST_DIR"))
}

/// The project's spec, loaded the way build.rs loads it, once per test binary (it is
/// large, and many tests ask for it).
pub fn spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let path = workspace_root().join(tools::SPEC_FILE);
        Spec::load(&path).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Whether `operation_id`'s success answer is text (`text/plain`): any UTF-8 body is a
/// valid one, so what is bad JSON for the other operations is a good answer for it.
pub fn answers_text(operation_id: &str) -> bool {
    spec().operations().into_iter().any(|o| {
        o.id() == Some(operation_id)
            && o.value["responses"].as_object().is_some_and(|responses| {
                responses
                    .iter()
                    .any(|(status, r)| status.starts_with('2') && r.pointer("/content/text~1plain").is_some())
            })
    })
}

/// The component name a schema refers to (`{"$ref": "#/components/schemas/X"}` → `X`).
pub fn component_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")
}

macro_rules! generated_types {
    ($($name:ident),* $(,)?) => {
        /// Every component schema's generated type, by name.
        pub const GENERATED_TYPES: &[&str] = &[$(stringify!($name)),*];

        /// Decodes `value` into the generated type for component `name` and encodes it
        /// again. `None` if no generated type is registered under that name.
        pub fn roundtrip(name: &str, value: &Value) -> Option<Result<Value, String>> {
            match name {
                $(stringify!($name) => Some(roundtrip_as::<types::$name>(value)),)*
                _ => None,
            }
        }

        /// The schemars schema of the generated type for component `name`, as JSON.
        pub fn generated_schema(name: &str) -> Option<Value> {
            match name {
                $(stringify!($name) => Some(
                    serde_json::to_value(schemars::schema_for!(types::$name)).expect("schemas serialize")
                ),)*
                _ => None,
            }
        }
    };
}

// One entry per component schema of the spec, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/generated_types.rs"));

// `OPERATIONS` and `call_operation`: one call per operation of the spec, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/operation_calls.rs"));

/// A sample argument for a generated call, decoded from the JSON `build.rs` made for it.
fn sample_argument<T: DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("the sample {json} does not decode: {e}"))
}

fn roundtrip_as<T: DeserializeOwned + Serialize>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

/// The one normalisation applied to a payload before it is compared with its re-encoding:
/// object members the schema does not declare are removed, since unknown fields are
/// accepted and ignored, as the wire requires (newer API versions add fields). Nothing else:
/// an empty list stays `[]`, a `null` stays `null` and an absent member stays absent
/// (build-tools `presence.rs`).
///
/// Objects whose schema declares no properties (free-form `detail` objects) keep every
/// member.
pub fn normalise(spec: &Spec, schema: &Value, value: &Value) -> Value {
    let Some(schema) = spec.deref(schema) else {
        return value.clone();
    };
    // `{allOf: [X]}` (a reference with a description or `nullable` beside it) is X.
    if let Some(inner) = katapult_build_tools::openapi::single_all_of(schema) {
        return normalise(spec, inner, value);
    }
    match value {
        Value::Object(members) => {
            let variant = schema
                .get("oneOf")
                .and_then(Value::as_array)
                .and_then(|variants| variants.iter().find(|v| variant_matches(spec, v, value)));
            if let Some(variant) = variant {
                return normalise(spec, variant, value);
            }
            let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                return value.clone();
            };
            let declared = members
                .iter()
                .filter_map(|(key, member)| Some((key.clone(), normalise(spec, props.get(key)?, member))));
            Value::Object(declared.collect())
        }
        Value::Array(items) => {
            let item_schema = schema.get("items").cloned().unwrap_or(Value::Null);
            Value::Array(items.iter().map(|i| normalise(spec, &item_schema, i)).collect())
        }
        other => other.clone(),
    }
}

/// A `oneOf` variant matches when every property it pins with a one-value `enum` has that
/// value, and every property it requires is present.
fn variant_matches(spec: &Spec, variant: &Value, value: &Value) -> bool {
    let Some(variant) = spec.deref(variant) else {
        return false;
    };
    let required = variant.get("required").and_then(Value::as_array);
    let has_required = required
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .all(|k| value.get(k).is_some());
    let props = variant.get("properties").and_then(Value::as_object);
    let pins_match = props
        .into_iter()
        .flatten()
        .all(|(k, p)| match p.get("enum").and_then(Value::as_array) {
            Some(values) if values.len() == 1 => value.get(k) == Some(&values[0]),
            _ => true,
        });
    has_required && pins_match
}
