//! Lookups: how a call names the object it acts on (spec/README "Lookups hold one key",
//! "Every lookup is one key", "Lookups travel where the service's own client sends them").
//!
//! - **What a lookup is.** A vendor component named `…Lookup`, or an "argument set lookup":
//!   an object whose properties are all optional scalars and whose description says they
//!   are mutually exclusive. In a query, a group `x[key]`.
//! - **Its shape.** `XLookup`: a `oneOf` of single-key objects with
//!   `additionalProperties: false`, so the generated type is an enum that holds exactly one
//!   key, as the framework demands (it refuses both keys or neither). Every vendor lookup
//!   becomes one wherever it is referenced (a body, another component, an answer), since
//!   every reference goes through `State::component`.
//! - **Where it travels.** Where the vendor's Go client (krystal/go-katapult `core/`)
//!   sends it; the framework reads either. A DELETE sends its lookups in the query and no
//!   body (every DELETE there does, and a DELETE with a body is unusual: some proxies drop
//!   it). A call whose body would be one lookup and nothing else (start, stop, unallocate,
//!   restore…) sends it in the query with no body (every such call there does). Any other
//!   call keeps its lookups in the body, as the vendor's document has them: the Go client
//!   does both for those, so the document decides.

use std::borrow::Cow;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value, json};

use super::components::vendor_component;
use super::naming::with_article;
use super::{State, content};
use crate::openapi;

/// How the vendor's document, and this spec, end a lookup's name.
const SUFFIX: &str = "Lookup";

/// Whether the vendor's component `vendor_name` is a lookup: a set of optional scalar keys,
/// named as a lookup or described as mutually exclusive.
pub(super) fn is_lookup(vendor_name: &str, schema: &Value) -> bool {
    let Some(properties) = schema
        .get("properties")
        .and_then(Value::as_object)
        .filter(|p| !p.is_empty())
    else {
        return false;
    };
    let scalar = |p: &Value| {
        matches!(
            p.get("type").and_then(Value::as_str),
            Some("string" | "integer" | "number" | "boolean")
        )
    };
    let none_required = schema
        .get("required")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty);
    let exclusive = schema
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| d.contains("mutually exclusive"));
    properties.values().all(scalar) && none_required && (vendor_name.ends_with(SUFFIX) || exclusive)
}

/// Our name for the vendor's lookup: `IPAddressLookup` → `IpAddressLookup`, an argument set
/// `X` → `XLookup`.
fn lookup_name(vendor_name: &str) -> String {
    let name = vendor_name.to_upper_camel_case();
    if name.ends_with(SUFFIX) {
        name
    } else {
        format!("{name}{SUFFIX}")
    }
}

/// A lookup's value is never empty: the service treats an empty one as not given.
pub(super) fn never_empty(schema: &mut Value) {
    if schema.get("type") == Some(&json!("string")) {
        schema["minLength"] = json!(1);
    }
}

/// The vendor's operation with its lookups where the service's own client sends them
/// (see the module's documentation): each lookup moved out of the body becomes a query
/// group `x[key]`, one parameter per key, and the body keeps the rest (none left: no body).
pub(super) fn placed<'v>(vendor: &Value, method: &str, operation: &'v Value) -> Cow<'v, Value> {
    let Some(body) = operation.get("requestBody").and_then(content::json_schema) else {
        return Cow::Borrowed(operation);
    };
    let body = openapi::resolve(vendor, body).ok().unwrap_or(body);
    let Some(properties) = body.get("properties").and_then(Value::as_object) else {
        return Cow::Borrowed(operation);
    };
    let lookups: Vec<(&String, &Value, &Value)> = properties
        .iter()
        .filter_map(|(name, property)| {
            let target = property
                .get("$ref")
                .or_else(|| openapi::single_all_of(property)?.get("$ref"))?
                .as_str()?;
            let vendor_name = target.rsplit('/').next()?;
            let lookup = vendor_component(vendor, vendor_name);
            is_lookup(vendor_name, lookup).then_some((name, property, lookup))
        })
        .collect();
    let only_a_lookup = properties.len() == 1;
    if lookups.is_empty() || !(method == "delete" || only_a_lookup) {
        return Cow::Borrowed(operation);
    }
    let mut rest = body.clone();
    let mut parameters = Vec::new();
    for (name, property, lookup) in lookups {
        if let Some(properties) = rest.get_mut("properties").and_then(Value::as_object_mut) {
            properties.remove(name);
        }
        if let Some(required) = rest.get_mut("required").and_then(Value::as_array_mut) {
            required.retain(|r| r.as_str() != Some(name.as_str()));
        }
        parameters.extend(query_group(name, property, lookup));
    }
    let mut operation = operation.clone();
    parameters.extend(
        operation
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .cloned(),
    );
    operation["parameters"] = Value::Array(parameters);
    let emptied = rest
        .get("properties")
        .and_then(Value::as_object)
        .is_none_or(Map::is_empty);
    if !emptied {
        operation["requestBody"]["content"][content::JSON]["schema"] = rest;
    } else if let Some(operation) = operation.as_object_mut() {
        operation.remove("requestBody");
    }
    Cow::Owned(operation)
}

/// The query parameters `name[key]` of the body property `name`, a lookup, in the
/// vendor's form (they are converted as the vendor's own query groups are).
fn query_group(name: &str, property: &Value, lookup: &Value) -> Vec<Value> {
    let keys = lookup.get("properties").and_then(Value::as_object);
    let count = keys.map_or(0, Map::len);
    let subject = name.replace('_', " ");
    keys.into_iter()
        .flatten()
        .map(|(key, schema)| {
            let mut description = property
                .get("description")
                .and_then(Value::as_str)
                .map_or_else(|| format!("The {subject} to act on, by its `{key}`."), str::to_owned);
            if count > 1 {
                // The vendor's own words for its query groups.
                description.push_str(&format!(
                    " All '{name}[]' params are mutually exclusive, only one can be provided."
                ));
            }
            json!({"in": "query", "name": format!("{name}[{key}]"), "description": description, "schema": schema})
        })
        .collect()
}

impl State<'_> {
    /// Our one-key lookup for the vendor's component `vendor_name`, if it is a lookup.
    pub(super) fn lookup(&mut self, vendor_name: &str, vendor: &Value) -> Option<String> {
        if is_lookup(vendor_name, vendor) {
            return Some(self.lookup_component(vendor_name, vendor));
        }
        if vendor_name.ends_with(SUFFIX) {
            self.to_check.insert(format!(
                "the vendor's `{vendor_name}` is named a lookup but is not a set of optional keys; it was imported as it is"
            ));
        }
        None
    }

    /// Our one-key lookup for the vendor's lookup component (see [`is_lookup`]).
    fn lookup_component(&mut self, vendor_name: &str, vendor: &Value) -> String {
        let name = lookup_name(vendor_name);
        if let Some(ours) = self.ours_named(&name) {
            return ours;
        }
        for (key, property) in vendor
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let property = self.schema(property);
            self.lookup_key(&name, key, property);
        }
        self.to_check.insert(format!(
            "components/schemas/{name}: a one-key lookup made from the vendor's `{vendor_name}`"
        ));
        name
    }

    /// Makes sure `XLookup` exists with `key` for a query group `x[key]`.
    pub(super) fn query_lookup(&mut self, prefix: &str, key: &str) {
        let name = openapi::lookup_schema_name(prefix);
        if self.ours_named(&name).is_some() {
            return;
        }
        self.lookup_key(&name, key, json!({"type": "string"}));
        self.to_check.insert(format!(
            "components/schemas/{name}: a one-key lookup made from the query group `{prefix}[…]`"
        ));
    }

    /// Adds `key` (a property `property`) to the one-key lookup `name`, making the lookup
    /// if it is not there yet. Its description says what it is and nothing of the call that
    /// met it first, so a lookup is the same whatever the order operations are imported in.
    fn lookup_key(&mut self, name: &str, key: &str, mut property: Value) {
        let subject_type = name.trim_end_matches(SUFFIX);
        let subject = subject_type.to_snake_case().replace('_', " ");
        let key_words = key.replace('_', " ");
        never_empty(&mut property);
        if property.get("description").is_none() {
            property["description"] = json!(format!("The {subject}'s {key_words}."));
        }
        let member = json!({
            "title": format!("{subject_type}By{}", key.to_upper_camel_case()),
            "type": "object",
            "description": format!("The {subject} with this {key_words}."),
            "required": [key],
            "additionalProperties": false,
            "properties": {key: property},
        });
        let lookup = self.schemas.entry(name.to_owned()).or_insert_with(|| {
            let description = format!("{}, identified by exactly one of its keys.", with_article(&subject));
            json!({"description": description, "oneOf": []})
        });
        if let Some(members) = lookup.get_mut("oneOf").and_then(Value::as_array_mut)
            && !members.iter().any(|m| m["required"][0] == key)
        {
            members.push(member);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::import::tests::{import_all, import_one, vendor_with};

    fn answer() -> Value {
        json!({"200": {"description": "ok"}})
    }

    fn body(schema: Value) -> Value {
        json!({"content": {"application/json": {"schema": schema}}})
    }

    /// Whether `schema` is a one-key lookup with exactly `keys`.
    fn one_key(schema: &Value, keys: &[&str]) -> bool {
        let Some(members) = schema["oneOf"].as_array() else {
            return false;
        };
        members.len() == keys.len()
            && members.iter().zip(keys).all(|(member, key)| {
                member["required"] == json!([key])
                    && member["additionalProperties"] == json!(false)
                    && member["properties"].as_object().map(|p| p.len()) == Some(1)
            })
    }

    fn places_and_zones() -> Value {
        vendor_with(json!({
            "/places": {"post": {
                "summary": "Create place",
                "requestBody": body(json!({"type": "object", "properties": {
                    "zone": {"$ref": "#/components/schemas/ZoneLookup"},
                    "properties": {"$ref": "#/components/schemas/PlaceArguments"},
                }})),
                "responses": answer(),
            }},
            "/zones/zone": {"get": {
                "summary": "Get zone",
                "parameters": [
                    {"in": "query", "name": "zone[id]", "schema": {"type": "string"}, "description": "The zone."},
                    {"in": "query", "name": "zone[permalink]", "schema": {"type": "string"}, "description": "The zone."}
                ],
                "responses": answer(),
            }},
        }))
    }

    #[test]
    fn a_vendor_lookup_is_one_key_wherever_it_is_referenced_in_either_import_order() {
        let vendor = places_and_zones();
        for order in [["POST /places", "GET /zones/zone"], ["GET /zones/zone", "POST /places"]] {
            let (written, _) = import_all(&vendor, &order);
            let schemas = &written["components"]["schemas"];
            assert!(
                one_key(&schemas["ZoneLookup"], &["id", "permalink"]),
                "{order:?}: {}",
                schemas["ZoneLookup"]
            );
            assert_eq!(
                schemas["CreatePlaceRequest"]["properties"]["zone"]["$ref"],
                "#/components/schemas/ZoneLookup"
            );
            assert_eq!(
                schemas["PlaceArguments"]["properties"]["zone"]["$ref"], "#/components/schemas/ZoneLookup",
                "referenced from another component, the same one-key lookup"
            );
        }
    }

    #[test]
    fn an_argument_set_lookup_is_one_key_too() {
        let vendor = vendor_with(json!({"/shelves/shelf/label": {"post": {
            "summary": "Label shelf",
            "requestBody": body(json!({"type": "object", "properties": {
                "shelf": {"$ref": "#/components/schemas/ShelfSelector"},
                "label": {"type": "string", "description": "The label."},
            }})),
            "responses": answer(),
        }}}));
        let (_, schemas, _) = import_one(&vendor, "POST /shelves/shelf/label");
        assert!(
            one_key(&schemas["ShelfSelectorLookup"], &["code", "id"]),
            "{}",
            schemas["ShelfSelectorLookup"]
        );
        assert_eq!(
            schemas["LabelShelfRequest"]["properties"]["shelf"]["$ref"],
            "#/components/schemas/ShelfSelectorLookup"
        );
        assert!(schemas.get("ShelfSelector").is_none());
    }

    /// The query parameters of `operation`, by name.
    fn query(operation: &Value) -> Vec<&str> {
        operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "query")
            .filter_map(|p| p["name"].as_str())
            .collect()
    }

    #[test]
    fn a_delete_sends_its_lookups_in_the_query_and_keeps_the_rest_of_its_body() {
        let vendor = vendor_with(json!({
            "/things/thing": {"delete": {
                "summary": "Delete thing",
                "requestBody": body(json!({"type": "object", "required": ["thing"], "properties": {
                    "thing": {"$ref": "#/components/schemas/ThingLookup"},
                }})),
                "responses": answer(),
            }},
            "/things/thing/schedule": {"delete": {
                "summary": "Unschedule thing",
                "requestBody": body(json!({"type": "object", "required": ["thing", "at"], "properties": {
                    "thing": {"$ref": "#/components/schemas/ThingLookup"},
                    "at": {"type": "integer", "description": "When."},
                }})),
                "responses": answer(),
            }},
        }));
        let (written, imported) = import_all(&vendor, &["DELETE /things/thing", "DELETE /things/thing/schedule"]);
        let delete = &written["paths"]["/things/thing"]["delete"];
        assert_eq!(query(delete), ["thing[id]", "thing[name]"]);
        assert!(delete.get("requestBody").is_none(), "no body left: none sent");
        let parameter = &delete["parameters"][0];
        assert_eq!(parameter["schema"], json!({"type": "string", "minLength": 1}));
        assert!(
            parameter["description"]
                .as_str()
                .is_some_and(|d| d.contains("mutually exclusive"))
        );
        let schemas = &written["components"]["schemas"];
        assert!(
            one_key(&schemas["ThingLookup"], &["id", "name"]),
            "{}",
            schemas["ThingLookup"]
        );

        let unschedule = &written["paths"]["/things/thing/schedule"]["delete"];
        assert_eq!(query(unschedule), ["thing[id]", "thing[name]"]);
        let rest = &schemas["UnscheduleThingRequest"];
        assert_eq!(rest["required"], json!(["at"]));
        assert_eq!(rest["properties"].as_object().map(|p| p.len()), Some(1));

        let about_the_calls: Vec<&String> = imported
            .to_check
            .iter()
            .filter(|line| line.starts_with("delete_thing:") || line.starts_with("unschedule_thing:"))
            .filter(|line| !line.contains("the operationId, summary and description read well"))
            .collect();
        assert!(
            about_the_calls.is_empty(),
            "the rule is documented once: {about_the_calls:?}"
        );
    }

    #[test]
    fn a_call_whose_body_is_one_lookup_sends_it_in_the_query() {
        let vendor = vendor_with(json!({"/things/thing/start": {"post": {
            "summary": "Start thing",
            "requestBody": body(json!({"type": "object", "required": ["thing"], "properties": {
                "thing": {"$ref": "#/components/schemas/ThingLookup"},
            }})),
            "responses": answer(),
        }}}));
        let (op, _, _) = import_one(&vendor, "POST /things/thing/start");
        assert_eq!(query(&op), ["thing[id]", "thing[name]"]);
        assert!(op.get("requestBody").is_none());
    }

    #[test]
    fn a_call_with_arguments_beside_its_lookups_keeps_them_in_the_body() {
        let vendor = vendor_with(json!({
            "/things/thing": {"patch": {
                "summary": "Update thing",
                "requestBody": body(json!({"type": "object", "required": ["thing"], "properties": {
                    "thing": {"$ref": "#/components/schemas/ThingLookup"},
                    "name": {"type": "string", "description": "The new name."},
                }})),
                "responses": answer(),
            }},
            "/things/thing/move": {"post": {
                "summary": "Move thing",
                "requestBody": body(json!({"type": "object", "required": ["thing", "zone"], "properties": {
                    "thing": {"$ref": "#/components/schemas/ThingLookup"},
                    "zone": {"$ref": "#/components/schemas/ZoneLookup"},
                }})),
                "responses": answer(),
            }},
        }));
        let (written, _) = import_all(&vendor, &["PATCH /things/thing", "POST /things/thing/move"]);
        let schemas = &written["components"]["schemas"];
        for (path, method, request) in [
            ("/things/thing", "patch", "UpdateThingRequest"),
            ("/things/thing/move", "post", "MoveThingRequest"),
        ] {
            let op = &written["paths"][path][method];
            assert!(query(op).is_empty(), "{method} {path}");
            assert_eq!(
                schemas[request]["properties"]["thing"]["$ref"],
                "#/components/schemas/ThingLookup"
            );
        }
    }
}
