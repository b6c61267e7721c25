//! Members that hold a secret, decided once from the spec: a component's string property
//! marked `x-secret: true` (an API token's secret, a private key, a password).
//!
//! - progenitor generates each as the SDK's `crate::Secret` ([`secrets_as_secret_type`]),
//!   whose `Debug` and `Display` are redacted; the wire form is the same string.
//! - `pub mod secrets` lists their wire names ([`tokens`]), so an error never quotes a body
//!   with one in clear (`sdk/src/response.rs`).
//! - The validator refuses the mark anywhere else (`validate/`, [`misplaced`]).

use std::collections::BTreeSet;

use openapiv3::{ReferenceOr, Schema, SchemaData, SchemaKind, Type};
use proc_macro2::TokenStream;
use serde_json::Value;

/// The extension that marks a member secret.
pub const SECRET_EXTENSION: &str = "x-secret";

/// The component progenitor is given for every secret member, replaced by `crate::Secret`
/// (`settings.rs`).
pub(crate) const SECRET_COMPONENT: &str = "Secret";

/// The type the SDK holds a secret in.
pub(crate) const SECRET_TYPE: &str = "crate::Secret";

/// Every secret member: (component, member), in order.
pub(crate) fn secret_members(document: &Value) -> BTreeSet<(String, String)> {
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object);
    let mut found = BTreeSet::new();
    for (name, schema) in schemas.into_iter().flatten() {
        let properties = schema.get("properties").and_then(Value::as_object);
        for (member, property) in properties.into_iter().flatten() {
            if is_marked(property) {
                found.insert((name.clone(), member.clone()));
            }
        }
    }
    found
}

fn is_marked(schema: &Value) -> bool {
    schema.get(SECRET_EXTENSION) == Some(&Value::Bool(true))
}

/// Where the mark is somewhere the SDK cannot honour it: not `true`, or not on a string
/// property of a component (a JSON pointer and why, for each).
#[cfg(feature = "maintainer")]
pub(crate) fn misplaced(document: &Value) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    walk(document, String::new(), &mut |pointer, value| {
        let Some(mark) = value.get(SECRET_EXTENSION) else {
            return;
        };
        let on_property = pointer.starts_with("/components/schemas/")
            && pointer.split('/').nth(4) == Some("properties")
            && pointer.split('/').count() == 6;
        if mark != &Value::Bool(true) {
            problems.push((pointer.to_owned(), format!("`{SECRET_EXTENSION}` is `true` or absent")));
        } else if !on_property {
            problems.push((
                pointer.to_owned(),
                format!("`{SECRET_EXTENSION}` marks a property of a component (`/components/schemas/X/properties/y`)"),
            ));
        } else if value.get("type").and_then(Value::as_str) != Some("string") {
            problems.push((pointer.to_owned(), "a secret member is a string".to_owned()));
        }
    });
    problems
}

#[cfg(feature = "maintainer")]
fn walk(value: &Value, pointer: String, visit: &mut impl FnMut(&str, &Value)) {
    match value {
        Value::Object(members) => {
            visit(&pointer, value);
            for (key, member) in members {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                walk(member, format!("{pointer}/{escaped}"), visit);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, format!("{pointer}/{index}"), visit);
            }
        }
        _ => {}
    }
}

/// Gives progenitor every secret member as a reference to one `Secret` component (a string;
/// nullable ones stay nullable), which the settings replace with the SDK's `crate::Secret`.
///
/// # Errors
/// A marked member that is not a property of an object component (say, one inside an
/// `allOf`): it would stay a plain `String`, printed in `Debug`.
pub(crate) fn secrets_as_secret_type(raw: &Value, document: &mut openapiv3::OpenAPI) -> Result<(), String> {
    let members = secret_members(raw);
    if members.is_empty() {
        return Ok(());
    }
    let not_replaced = |component: &str, member: &str| {
        format!(
            "components/schemas/{component}/properties/{member}: `{SECRET_EXTENSION}` is honoured on a property of an object component only"
        )
    };
    let Some(components) = document.components.as_mut() else {
        return Err("secret members, but no components".into());
    };
    let secret = || ReferenceOr::Reference {
        reference: format!("#/components/schemas/{SECRET_COMPONENT}"),
    };
    for (component, member) in &members {
        let Some(ReferenceOr::Item(schema)) = components.schemas.get_mut(component) else {
            return Err(not_replaced(component, member));
        };
        let SchemaKind::Type(Type::Object(object)) = &mut schema.schema_kind else {
            return Err(not_replaced(component, member));
        };
        let Some(ReferenceOr::Item(property)) = object.properties.get_mut(member) else {
            return Err(not_replaced(component, member));
        };
        let data = SchemaData {
            nullable: property.schema_data.nullable,
            description: property.schema_data.description.clone(),
            ..SchemaData::default()
        };
        **property = Schema {
            schema_data: data,
            schema_kind: SchemaKind::AllOf { all_of: vec![secret()] },
        };
    }
    components.schemas.insert(
        SECRET_COMPONENT.to_owned(),
        ReferenceOr::Item(Schema {
            schema_data: SchemaData::default(),
            schema_kind: SchemaKind::Type(Type::String(Default::default())),
        }),
    );
    Ok(())
}

/// `pub mod secrets`: the wire names of the secret members, for the SDK's error excerpts.
pub(crate) fn tokens(raw: &Value) -> TokenStream {
    let names: BTreeSet<String> = secret_members(raw).into_iter().map(|(_, member)| member).collect();
    let names = names.iter();
    quote::quote! {
        /// The members the spec marks secret (`x-secret`), by their names on the wire: an
        /// error quoting an answer redacts their values.
        pub mod secrets {
            /// Each secret member's name, as it is written in JSON.
            pub const MEMBERS: &[&str] = &[#(#names),*];
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    #[cfg(feature = "maintainer")]
    fn the_mark_is_read_on_component_strings_and_refused_elsewhere() {
        let document = json!({"components": {"schemas": {
            "Token": {"type": "object", "properties": {
                "secret": {"type": "string", "nullable": true, "x-secret": true},
                "name": {"type": "string"}}},
            "Bad": {"type": "object", "properties": {
                "count": {"type": "integer", "x-secret": true},
                "nested": {"type": "object", "properties": {"key": {"type": "string", "x-secret": true}}},
                "maybe": {"type": "string", "x-secret": "yes"}}}}}});
        assert_eq!(
            secret_members(&document),
            BTreeSet::from([
                ("Bad".to_owned(), "count".to_owned()),
                ("Token".to_owned(), "secret".to_owned())
            ])
        );
        let mut problems: Vec<String> = misplaced(&document).into_iter().map(|(at, _)| at).collect();
        problems.sort();
        assert_eq!(
            problems,
            [
                "/components/schemas/Bad/properties/count",
                "/components/schemas/Bad/properties/maybe",
                "/components/schemas/Bad/properties/nested/properties/key",
            ]
        );
    }
}
