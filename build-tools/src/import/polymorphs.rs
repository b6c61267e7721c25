//! Polymorphic fields as the wire sends them.
//!
//! A field that holds one of several kinds of object (a load balancer's resources are
//! virtual machines, groups or tags; a backup policy's target is a machine or a disk) is an
//! Apia *polymorph*. The framework renders its value as `{"type": <option>, "value":
//! <object>}` (`Apia::Definitions::PolymorphOption#cast`), but its OpenAPI generator writes
//! the polymorph as an object with one property, named for the field, that is a `oneOf` of
//! the options (`Apia::OpenApi::Objects::Schema#build_schema_for_polymorph`). That schema
//! describes no payload the service sends, and as its options require no field, every
//! object matches all of them.
//!
//! So the vendor's document is read with each such component as the wire has it: a `oneOf`
//! of `{type, value}` objects, one per option, told apart by `type` (typify makes it an
//! adjacently tagged enum, which keeps a kind newer than the spec as `Unknown`). The
//! option's name is the framework's option name, which the document does not give; the
//! live service writes it as the object's class name (`VirtualMachine`, `VirtualMachineGroup`,
//! `Tag`: every load balancer's resources in the recorded traffic, `spec/recorded/`), so it
//! is the object's component name as it stands.

use serde_json::{Map, Value, json};

/// The vendor's document with every polymorph written as the wire sends it. `cargo xtask
/// drift` and the import both read the document through this, so the spec's polymorphs
/// are compared with what they should be.
pub fn as_sent(vendor: &Value) -> Value {
    let mut out = vendor.clone();
    if let Some(schemas) = out.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        for schema in schemas.values_mut() {
            if let Some(options) = options(schema) {
                *schema = tagged(&options);
            }
        }
    }
    out
}

/// The option references of a component that is the generator's rendering of a polymorph:
/// an object with exactly one property, a `oneOf` of references and nothing else.
fn options(schema: &Value) -> Option<Vec<String>> {
    let properties = schema.get("properties")?.as_object()?;
    if properties.len() != 1 || schema.get("required").is_some() {
        return None;
    }
    let (_, field) = properties.iter().next()?;
    let field = field.as_object()?;
    if field.keys().any(|key| key != "oneOf" && key != "description") {
        return None;
    }
    let references: Option<Vec<String>> = field
        .get("oneOf")?
        .as_array()?
        .iter()
        .map(|option| option.get("$ref").and_then(Value::as_str).map(str::to_owned))
        .collect();
    references.filter(|r| r.len() > 1)
}

/// The name the service gives an option: the object's class name, as the component is named.
fn option_name(reference: &str) -> String {
    reference.rsplit('/').next().unwrap_or(reference).to_owned()
}

fn tagged(references: &[String]) -> Value {
    let names: Vec<String> = references.iter().map(|r| option_name(r)).collect();
    let variants: Vec<Value> = references
        .iter()
        .zip(&names)
        .map(|(reference, name)| {
            json!({
                "type": "object",
                "additionalProperties": false,
                "required": ["type", "value"],
                "properties": {
                    "type": {"description": "Which kind of object `value` is.", "type": "string", "enum": [name]},
                    "value": {"$ref": reference},
                },
            })
        })
        .collect();
    let mut out = Map::new();
    out.insert(
        "description".into(),
        json!(format!(
            "One of several kinds of object, sent as `type` (the kind, as the service names its classes: {}) \
             and `value` (the object). WIRE: the vendor's document shows the object under a property named for \
             the field; the framework (Apia) sends a polymorphic value as `{{type, value}}`, its `type` the \
             option's name, which Katapult gives as the class name (recorded for load balancers' resources: \
             `VirtualMachine`, `VirtualMachineGroup`, `Tag`, spec/recorded/). A kind newer than these is kept \
             (`Unknown`).",
            names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
        )),
    );
    out.insert("oneOf".into(), Value::Array(variants));
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::as_sent;

    #[test]
    fn a_polymorph_becomes_a_type_and_a_value_and_nothing_else_changes() {
        let vendor = json!({"components": {"schemas": {
            "Target": {"type": "object", "properties": {"target": {"oneOf": [
                {"$ref": "#/components/schemas/VirtualMachine"},
                {"$ref": "#/components/schemas/Disk"},
            ]}}},
            "Plain": {"type": "object", "properties": {"name": {"type": "string"}}},
            "OneOfErrors": {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        }}});
        let sent = as_sent(&vendor);
        let target = &sent["components"]["schemas"]["Target"];
        let variants = target["oneOf"].as_array().expect("a oneOf");
        assert_eq!(variants.len(), 2);
        assert_eq!(variants[0]["properties"]["type"]["enum"], json!(["VirtualMachine"]));
        assert_eq!(
            variants[0]["properties"]["value"]["$ref"],
            json!("#/components/schemas/VirtualMachine")
        );
        assert_eq!(variants[1]["properties"]["type"]["enum"], json!(["Disk"]));
        assert_eq!(variants[1]["required"], json!(["type", "value"]));
        assert!(target["description"].as_str().is_some_and(|d| d.contains("WIRE:")));
        assert_eq!(
            sent["components"]["schemas"]["Plain"],
            vendor["components"]["schemas"]["Plain"]
        );
        assert_eq!(
            sent["components"]["schemas"]["OneOfErrors"],
            vendor["components"]["schemas"]["OneOfErrors"]
        );
    }

    #[test]
    fn the_vendor_document_has_two_polymorphs() {
        let vendor: serde_json::Value =
            serde_json::from_str(include_str!("../../../spec/vendor/katapult-core-openapi.json"))
                .expect("the pinned document");
        let sent = as_sent(&vendor);
        let changed: Vec<&String> = sent["components"]["schemas"]
            .as_object()
            .expect("schemas")
            .iter()
            .filter(|(name, schema)| vendor["components"]["schemas"][name.as_str()] != **schema)
            .map(|(name, _)| name)
            .collect();
        assert_eq!(changed, ["DiskBackupPolicyTarget", "LoadBalancerResource"]);
    }
}
