//! Values that satisfy a schema. Two uses, two rules:
//!
//! - [`sample`]: the least value a test sends as an argument it does not care about:
//!   required properties only, the least value of each type that meets its bounds.
//! - [`full_sample`]: what `cargo xtask import` starts an example payload from when the
//!   vendor gives none. It must look like what the service sends, since the tests check the
//!   generated types against it: every property filled in, lists of two, IDs with the API's
//!   prefixes, plausible names and addresses, integer timestamps. Values come from the
//!   schema (`example`, `default`, `enum`, `format`) and otherwise from the field's name and
//!   the object it belongs to ([`values`]).
//!
//! Both prefer what the spec says (`example`, `default`, the first `enum` value, the first
//! `oneOf` member), and neither tries to satisfy `pattern`s. Recursive objects (a disk
//! template whose latest version names its template) end where they would repeat: an
//! optional property that would expand an object already being expanded is left out, a
//! required nullable one is `null`, a required list is empty, and anything else required
//! gets its required properties only. So every sample is valid for its schema and finite.

mod values;

pub use values::is_placeholder;
pub(crate) use values::words;

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use crate::openapi;

/// How deep a sample goes before it treats what is left as it treats recursion.
const MAX_DEPTH: usize = 12;

/// Items in each list of a full sample: more than one, as real answers have.
const FULL_LIST_ITEMS: usize = 2;

/// The least value valid for `schema` (a `$ref` into `document` or an inline schema),
/// with the required properties of each object only.
pub fn sample(document: &Value, schema: &Value) -> Value {
    let sampler = Sampler {
        document,
        every_property: false,
    };
    sampler.at(schema, &Place::root(schema)).unwrap_or(Value::Null)
}

/// A realistic value valid for `schema`, with every property of each object filled in: a
/// starting point for an example payload (see the module docs).
pub fn full_sample(document: &Value, schema: &Value) -> Value {
    let sampler = Sampler {
        document,
        every_property: true,
    };
    sampler.at(schema, &Place::root(schema)).unwrap_or(Value::Null)
}

/// [`full_sample`] for a value that is itself what `field` names (a text answer that is a
/// machine's authorized `keys`), so a scalar at the root is realistic too.
pub(crate) fn full_sample_named(document: &Value, schema: &Value, field: &str) -> Value {
    let sampler = Sampler {
        document,
        every_property: true,
    };
    let place = Place {
        field: Some(field.to_owned()),
        ..Place::root(schema)
    };
    sampler.at(schema, &place).unwrap_or(Value::Null)
}

struct Sampler<'a> {
    document: &'a Value,
    every_property: bool,
}

/// Where in the payload a value is made: what it is called and what it belongs to.
#[derive(Clone, Debug)]
struct Place<'s> {
    depth: usize,
    /// The components being expanded, outermost first (to end recursion).
    expanding: Vec<&'s str>,
    /// The object the value belongs to, as an API noun (`DataCenter`), when known.
    owner: Option<String>,
    /// The property the value is held under (`created_at`), when it is one.
    field: Option<String>,
    /// Which item of its list (0 outside lists), so list items differ.
    ordinal: usize,
}

impl<'s> Place<'s> {
    fn root(schema: &Value) -> Self {
        Place {
            depth: 0,
            expanding: Vec::new(),
            owner: component_name(schema).map(values::noun_of_component),
            field: None,
            ordinal: 0,
        }
    }

    fn deeper(&self) -> Self {
        Place {
            depth: self.depth + 1,
            ..self.clone()
        }
    }
}

/// Why a value could not be made: it would repeat an object being expanded, or go past
/// [`MAX_DEPTH`].
struct Recursion;

fn component_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")
}

impl<'a> Sampler<'a> {
    fn at(&self, schema: &'a Value, place: &Place<'a>) -> Result<Value, Recursion> {
        if place.depth > MAX_DEPTH {
            return Err(Recursion);
        }
        let mut place = place.clone();
        if let Some(name) = component_name(schema) {
            if place.expanding.contains(&name) {
                return Err(Recursion);
            }
            place.expanding.push(name);
            // A component the table knows names the object better than its property does.
            let noun = values::noun_of_component(name);
            if values::is_known_noun(&noun) {
                place.owner = Some(noun);
            }
        }
        let Some(schema) = openapi::resolve(self.document, schema).ok() else {
            return Ok(Value::Null);
        };
        for key in ["example", "default"] {
            if let Some(value) = schema.get(key) {
                return Ok(value.clone());
            }
        }
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return Ok(first.clone());
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(members) = schema.get(key).and_then(Value::as_array) {
                // The first member that can be made without repeating itself.
                return members
                    .iter()
                    .find_map(|member| self.at(member, &place.deeper()).ok())
                    .ok_or(Recursion);
            }
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            for part in parts {
                match self.at(part, &place.deeper())? {
                    Value::Object(fields) => merged.extend(fields),
                    other if parts.len() == 1 => return Ok(other),
                    _ => {}
                }
            }
            return Ok(Value::Object(merged));
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => self.object(schema, &place),
            Some("array") => self.array(schema, &place),
            Some("integer") => Ok(self.integer(schema, &place)),
            Some("number") => Ok(json!(number(schema, "minimum").unwrap_or(1.0))),
            Some("boolean") => Ok(json!(false)),
            Some("string") => Ok(json!(self.string(schema, &place))),
            _ if schema.get("properties").is_some() => self.object(schema, &place),
            _ => Ok(Value::Null),
        }
    }

    fn object(&self, schema: &'a Value, place: &Place<'a>) -> Result<Value, Recursion> {
        let properties = schema.get("properties").and_then(Value::as_object);
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let names: Vec<&str> = if self.every_property {
            properties
                .into_iter()
                .flatten()
                .map(|(name, _)| name.as_str())
                .collect()
        } else {
            required.clone()
        };
        let mut object = Map::new();
        for name in names {
            let property = properties.and_then(|p| p.get(name)).unwrap_or(&Value::Null);
            // An object is named for the property holding it (`zone` holds a zone); a
            // scalar belongs to the object it is in, unless it names another (`zone_id`).
            let owner = if self.holds_object(property) {
                values::noun_of_component(&name.to_upper_camel_case())
            } else {
                values::noun_of_property(name, place.owner.as_deref())
            };
            let inner = Place {
                depth: place.depth + 1,
                expanding: place.expanding.clone(),
                owner: Some(owner),
                field: Some(name.to_owned()),
                ordinal: place.ordinal,
            };
            match self.at(property, &inner) {
                Ok(value) => {
                    object.insert(name.to_owned(), value);
                }
                // Apia writes every field an answer includes, `null` when it has no
                // value, and the SDK writes an optional nullable field back as `null`.
                Err(Recursion) if !required.contains(&name) => {
                    if openapi::unwrap(self.document, property, String::new()).nullable {
                        object.insert(name.to_owned(), Value::Null);
                    }
                }
                Err(Recursion) => {
                    object.insert(name.to_owned(), self.end_of_recursion(property, &inner)?);
                }
            }
        }
        Ok(Value::Object(object))
    }

    fn holds_object(&self, schema: &Value) -> bool {
        let schema = openapi::unwrap(self.document, schema, String::new()).schema;
        schema.get("type").and_then(Value::as_str) == Some("object")
            || schema.get("properties").is_some()
            || schema.get("oneOf").is_some()
            || schema.get("anyOf").is_some()
    }

    /// A required property that would recurse: `null` if it may be, an empty list if it is
    /// one, else its required properties only (which fails only for a schema no finite
    /// value satisfies).
    fn end_of_recursion(&self, schema: &'a Value, place: &Place<'a>) -> Result<Value, Recursion> {
        let unwrapped = openapi::unwrap(self.document, schema, String::new());
        if unwrapped.nullable {
            return Ok(Value::Null);
        }
        if unwrapped.schema.get("type").and_then(Value::as_str) == Some("array") {
            return Ok(json!([]));
        }
        let least = Sampler {
            document: self.document,
            every_property: false,
        };
        let mut place = place.clone();
        place.expanding.clear();
        least.at(schema, &place)
    }

    fn array(&self, schema: &'a Value, place: &Place<'a>) -> Result<Value, Recursion> {
        let least = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        let least = usize::try_from(least).unwrap_or(usize::MAX);
        let count = if self.every_property {
            least.max(FULL_LIST_ITEMS)
        } else {
            least
        };
        let items = schema.get("items").unwrap_or(&Value::Null);
        let mut out = Vec::with_capacity(count);
        for ordinal in 0..count {
            let item = Place {
                depth: place.depth + 1,
                ordinal,
                // A list's items are named for the list: `disks` holds disks.
                owner: place
                    .field
                    .as_deref()
                    .map(values::singular_noun)
                    .or_else(|| place.owner.clone()),
                ..place.clone()
            };
            match self.at(items, &item) {
                Ok(value) => out.push(value),
                Err(Recursion) if least == 0 => return Ok(json!([])),
                Err(Recursion) => return Err(Recursion),
            }
        }
        Ok(Value::Array(out))
    }

    fn integer(&self, schema: &Value, place: &Place<'_>) -> Value {
        let minimum = number(schema, "minimum").map(|m| m.ceil() as i64);
        let maximum = number(schema, "maximum").map(|m| m.floor() as i64);
        let value = match (self.every_property, place.field.as_deref()) {
            (true, Some(field)) => values::integer(field, place.ordinal),
            _ => 1,
        };
        let value = minimum.map_or(value, |min| value.max(min));
        json!(maximum.map_or(value, |max| value.min(max)))
    }

    fn string(&self, schema: &Value, place: &Place<'_>) -> String {
        if let Some(value) = by_format(schema, place.ordinal) {
            return value;
        }
        let value = match (self.every_property, place.field.as_deref()) {
            (true, Some(field)) => values::string(field, place.owner.as_deref(), place.ordinal),
            _ => String::from("sample"),
        };
        fit_length(value, schema)
    }
}

fn number(schema: &Value, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

fn by_format(schema: &Value, ordinal: usize) -> Option<String> {
    let host = 10 + ordinal;
    Some(match schema.get("format").and_then(Value::as_str)? {
        "date-time" => "2026-01-01T00:00:00Z".to_owned(),
        "date" => "2026-01-01".to_owned(),
        "ipv4" | "ip" => format!("185.22.208.{host}"),
        "ipv6" => format!("2a03:2800:100::{host}"),
        "uuid" => format!("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e{host:02}"),
        "email" => "ops@acme.example".to_owned(),
        "uri" | "url" => "https://files.katapult.io/acme/report.pdf".to_owned(),
        _ => return None,
    })
}

/// `value`, padded or cut to the schema's length bounds.
fn fit_length(mut value: String, schema: &Value) -> String {
    let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0);
    while (value.chars().count() as u64) < min {
        value.push('x');
    }
    if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
        let max = usize::try_from(max).unwrap_or(usize::MAX);
        value = value.chars().take(max).collect();
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
            json!("185.22.208.10")
        );
    }

    /// A disk's template's latest version names the template again: the full sample stops
    /// there, leaving out the optional repeat, and has no `null` where none is allowed.
    #[test]
    fn recursive_objects_end_validly() {
        let document = json!({"components": {"schemas": {
            "Disk": {"type": "object", "properties": {
                "id": {"type": "string"},
                "disk_template": {"$ref": "#/components/schemas/DiskTemplate"}
            }},
            "DiskTemplate": {"type": "object", "required": ["id"], "properties": {
                "id": {"type": "string"},
                "latest_version": {"$ref": "#/components/schemas/DiskTemplateVersion"}
            }},
            "DiskTemplateVersion": {"type": "object", "required": ["disk_template"], "properties": {
                "number": {"type": "integer"},
                "disk_template": {"$ref": "#/components/schemas/DiskTemplate"}
            }}
        }}});
        let disk = full_sample(&document, &json!({"$ref": "#/components/schemas/Disk"}));
        let version = &disk["disk_template"]["latest_version"];
        assert!(disk["id"].as_str().is_some_and(|id| id.starts_with("disk_")), "{disk}");
        assert!(
            disk["disk_template"]["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("dtpl_")),
            "{disk}"
        );
        // The required repeat holds its required properties only, and nothing is null.
        assert!(version["disk_template"]["id"].is_string(), "{disk}");
        assert!(version["disk_template"].get("latest_version").is_none(), "{disk}");
        assert!(!disk.to_string().contains("null"), "{disk}");
    }

    /// Where the repeat may be `null`, the sample writes it so, as the service writes a field
    /// it has no value for (and as the SDK writes it back).
    #[test]
    fn a_nullable_repeat_ends_as_null() {
        let document = json!({"components": {"schemas": {
            "DiskTemplate": {"type": "object", "properties": {
                "id": {"type": "string"},
                "latest_version": {"nullable": true, "type": "object", "allOf": [{"$ref": "#/components/schemas/DiskTemplateVersion"}]}
            }},
            "DiskTemplateVersion": {"type": "object", "properties": {
                "number": {"type": "integer"},
                "disk_template": {"$ref": "#/components/schemas/DiskTemplate"}
            }}
        }}});
        let version = full_sample(&document, &json!({"$ref": "#/components/schemas/DiskTemplateVersion"}));
        let template = &version["disk_template"];
        assert!(template["id"].is_string(), "{version}");
        assert_eq!(template.get("latest_version"), Some(&Value::Null), "{version}");
    }

    #[test]
    fn full_samples_look_like_answers() {
        let document = json!({"components": {"schemas": {
            "GetOrganizationVirtualMachines200ResponseVirtualMachine": {"type": "object", "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "fqdn": {"type": "string"},
                "created_at": {"type": "integer"},
                "zone": {"type": "object", "properties": {"id": {"type": "string"}, "permalink": {"type": "string"}}},
                "ip_addresses": {"type": "array", "items": {"type": "object", "properties": {
                    "id": {"type": "string"}, "address": {"type": "string"}
                }}}
            }}
        }}});
        let vm = full_sample(
            &document,
            &json!({"$ref": "#/components/schemas/GetOrganizationVirtualMachines200ResponseVirtualMachine"}),
        );
        let id = vm["id"].as_str().unwrap_or_default();
        assert!(id.starts_with("vm_") && id.len() == 19, "{vm}");
        assert!(vm["created_at"].as_i64().is_some_and(|t| t > 1_600_000_000), "{vm}");
        assert!(
            vm["fqdn"].as_str().is_some_and(|f| f.ends_with(".katapult.cloud")),
            "{vm}"
        );
        assert!(
            vm["zone"]["id"].as_str().is_some_and(|z| z.starts_with("zone_")),
            "{vm}"
        );
        let ips = vm["ip_addresses"].as_array().cloned().unwrap_or_default();
        assert_eq!(ips.len(), 2, "{vm}");
        assert_ne!(ips[0]["id"], ips[1]["id"], "items differ");
        assert!(ips[0]["id"].as_str().is_some_and(|i| i.starts_with("ip_")), "{vm}");
        assert!(
            ips[1]["address"]
                .as_str()
                .is_some_and(|a| a.parse::<std::net::IpAddr>().is_ok()),
            "{vm}"
        );
        assert!(!values::is_placeholder("id", &vm["id"]));
    }
}
