//! The vendor's schemas in our terms: every reference imported under our name (or pointed at
//! the spec's own component), lookups made one-key, and every schema and property described.

use serde_json::{Map, Value, json};

use super::{State, naming, reference};
use crate::openapi;

impl State<'_> {
    /// A vendor schema in our terms: its references imported (or pointed at ours).
    pub(super) fn schema(&mut self, schema: &Value) -> Value {
        match schema {
            Value::Object(map) => {
                if let Some(target) = map.get("$ref").and_then(Value::as_str) {
                    let vendor_name = target.rsplit('/').next().unwrap_or(target);
                    return reference(&self.component(vendor_name));
                }
                let mut converted: Map<String, Value> = map.iter().map(|(k, v)| (k.clone(), self.schema(v))).collect();
                // `nullable` needs a `type` beside it (OpenAPI 3.0); the vendor's nullable
                // references have none, so the referenced schema's type is stated.
                if map.get("nullable") == Some(&json!(true)) && !map.contains_key("type") {
                    let target = map
                        .get("allOf")
                        .and_then(|parts| parts.get(0))
                        .and_then(|part| openapi::resolve(self.vendor, part).ok());
                    let ty = target
                        .and_then(|t| t.get("type"))
                        .cloned()
                        .unwrap_or_else(|| json!("object"));
                    converted.insert("type".into(), ty);
                }
                Value::Object(converted)
            }
            Value::Array(items) => Value::Array(items.iter().map(|v| self.schema(v)).collect()),
            other => other.clone(),
        }
    }

    /// Our name for the vendor's component, importing it if the spec lacks it.
    ///
    /// Every reference to a vendor component comes through here, from a body, an answer or
    /// another component alike, so what a component becomes does not depend on where it
    /// was met first.
    pub(super) fn component(&mut self, vendor_name: &str) -> String {
        let vendor = vendor_component(self.vendor, vendor_name);
        if let Some(lookup) = self.lookup(vendor_name, vendor) {
            return lookup;
        }
        if let Some(object) = self.objects.object(vendor_name) {
            return self.object(vendor_name, &object);
        }
        let name = self.our_component_name(vendor_name);
        self.component_as(vendor_name, &name)
    }

    /// The API object that the vendor's view `vendor_name` shows (see `objects`): the
    /// spec's own component of that name, else one imported with every field of every
    /// view of it.
    fn object(&mut self, vendor_name: &str, name: &str) -> String {
        let views = self.objects.views(vendor_name).to_vec();
        if let Some(ours) = self.ours_named(name) {
            self.to_check.insert(format!(
                "components/schemas/{ours}: the vendor's views of it ({}) are taken to be ours; compare their fields (`cargo xtask drift`)",
                views.join(", ")
            ));
            return ours;
        }
        if self.schemas.contains_key(name) {
            return name.to_owned();
        }
        // Reserved first, so an object that refers to itself ends.
        self.schemas.insert(name.to_owned(), Value::Null);
        let mut merged = Map::new();
        for view in &views {
            let converted = self.schema(vendor_component(self.vendor, view));
            merge_view(&mut merged, converted);
        }
        if let Some(fields) = super::required::always_sent(self.vendor, &views, &self.arguments) {
            merged.insert("required".into(), json!(fields));
        }
        let mut merged = Value::Object(merged);
        self.describe_properties(name, &mut merged);
        self.add_schema(
            name,
            merged,
            &format!(
                "{} (from the vendor's document).",
                naming::with_article(&naming::words(name).to_lowercase())
            ),
        );
        name.to_owned()
    }

    /// The vendor's component `vendor_name` under our name `name`: the spec's own when it
    /// has one, else imported.
    pub(super) fn component_as(&mut self, vendor_name: &str, name: &str) -> String {
        if let Some(ours) = self.ours_named(name) {
            self.to_check.insert(format!(
                "components/schemas/{ours}: the vendor's `{vendor_name}` is taken to be ours; compare their fields (`cargo xtask drift`)"
            ));
            return ours;
        }
        if self.schemas.contains_key(name) {
            return name.to_owned();
        }
        // Reserved first, so a schema that refers to itself ends.
        self.schemas.insert(name.to_owned(), Value::Null);
        let mut converted = self.schema(vendor_component(self.vendor, vendor_name));
        self.describe_properties(name, &mut converted);
        self.add_schema(
            name,
            converted,
            &format!("{} (from the vendor's document).", naming::words(name)),
        );
        name.to_owned()
    }

    /// The spec's component with this Rust name (`IPAddress` and `IpAddress` are one).
    pub(super) fn ours_named(&self, name: &str) -> Option<String> {
        naming::ours_named(self.ours, name)
    }

    pub(super) fn add_schema(&mut self, name: &str, mut schema: Value, description: &str) {
        if schema.get("description").is_none()
            && let Some(map) = schema.as_object_mut()
        {
            map.insert("description".into(), json!(description));
            self.to_check.insert(format!(
                "components/schemas/{name}: its description was written by the import"
            ));
        }
        self.schemas.insert(name.to_owned(), schema);
    }

    /// Gives every property without a description one, and lists it for review.
    pub(super) fn describe_properties(&mut self, owner: &str, schema: &mut Value) {
        let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
            return;
        };
        let mut written = Vec::new();
        for (name, property) in properties.iter_mut() {
            let Some(map) = property.as_object_mut() else { continue };
            // A reference is described by the schema it points to.
            if map.contains_key("description") || map.contains_key("$ref") {
                continue;
            }
            map.insert("description".into(), json!(super::descriptions::of(name)));
            written.push(name.clone());
        }
        if !written.is_empty() {
            self.to_check.insert(format!(
                "components/schemas/{owner}: descriptions written for {}",
                written.join(", ")
            ));
        }
    }

    /// Our document with the components imported so far, for making examples.
    pub(super) fn document_with_new_schemas(&self) -> Value {
        let mut document = self.ours.clone();
        for (name, schema) in &self.schemas {
            document["components"]["schemas"][name] = schema.clone();
        }
        document
    }
}

/// The vendor's component named `vendor_name` (`null` if it has none).
pub(super) fn vendor_component<'v>(vendor: &'v Value, vendor_name: &str) -> &'v Value {
    vendor
        .pointer(&format!("/components/schemas/{}", openapi::escape(vendor_name)))
        .unwrap_or(&Value::Null)
}

/// Adds one view of an object to the object's schema: its fields that are new, and, for a
/// field both have, the reading that admits more (`null`, or a known object over any).
fn merge_view(merged: &mut Map<String, Value>, view: Value) {
    let Value::Object(view) = view else { return };
    for (key, value) in view {
        if key != "properties" {
            merged.entry(key).or_insert(value);
            continue;
        }
        let Value::Object(fields) = value else { continue };
        let into = merged
            .entry("properties")
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .expect("properties is an object");
        for (field, schema) in fields {
            match into.get_mut(&field) {
                None => {
                    into.insert(field, schema);
                }
                Some(existing) => {
                    let admits_null = |s: &Value| s.get("nullable") == Some(&Value::Bool(true));
                    let any_object = |s: &Value| {
                        s.get("type").and_then(Value::as_str) == Some("object")
                            && s.get("properties").is_none()
                            && s.get("allOf").is_none()
                            && s.get("$ref").is_none()
                    };
                    if (admits_null(&schema) && !admits_null(existing))
                        || (any_object(existing) && !any_object(&schema))
                    {
                        let description = existing.get("description").cloned();
                        *existing = schema;
                        if let (Some(description), Some(map)) = (description, existing.as_object_mut()) {
                            map.entry("description").or_insert(description);
                        }
                    }
                }
            }
        }
    }
}
