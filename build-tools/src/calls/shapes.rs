//! What a caller must give each generated request, for tests and tools (maintainers only).

use heck::ToSnakeCase;
use quote::quote;
use serde_json::Value;

use crate::Spec;
use crate::settings::GenerateError;

use super::progenitor::Progenitor;
use super::shape::shape;

/// What a caller must give one operation's generated request before `send`, for tests and
/// tools that call every operation without a hand-kept table.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RequestShape {
    /// The spec's `operationId`, which is also the method's name on `Client`.
    pub operation_id: String,
    /// The request type, in `katapult_sdk::operations`.
    pub request_type: String,
    /// Whether the request is a list, with `stream` and `collect_all`.
    pub paged: bool,
    /// The arguments `send` requires: lookups first, then required parameters and the body.
    pub arguments: Vec<Argument>,
    /// Its arrays of objects in the query (`annotations[][key]`, `annotations[][value]`),
    /// each set by one setter taking tuples.
    pub query_arrays: Vec<QueryArray>,
}

/// An array of objects in a request's query, set item by item with one setter.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct QueryArray {
    /// The setter, which is also the array's name in the query (`annotations`).
    pub setter: String,
    /// Each item's fields, in the order the setter's tuples hold them (`key`, `value`).
    pub fields: Vec<String>,
}

/// One required argument of a generated request.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Argument {
    /// The setter that gives it.
    pub setter: String,
    /// A Rust type the setter takes, as a path from outside the SDK
    /// (`katapult_sdk::types::VirtualMachineLookup`).
    pub rust_type: String,
    /// The JSON Schema of its value in the spec (possibly a `$ref`).
    pub schema: Value,
    /// Where it travels: `query`, `path` or `body`.
    pub location: String,
    /// Its name there (`virtual_machine` for the group `virtual_machine[id]`, …); `body` for
    /// the body.
    pub name: String,
}

/// The shape of every operation's generated request, read the way the generator reads it.
#[cfg(feature = "maintainer")]
pub fn request_shapes(spec: &Spec) -> Result<Vec<RequestShape>, GenerateError> {
    let file = crate::progenitor_output::progenitor_client(spec)?;
    let progenitor = Progenitor::new(&file)?;
    let mut shapes = Vec::new();
    for operation in spec.operations() {
        let shape = shape(spec, &progenitor, &operation)?;
        let mut arguments: Vec<Argument> = shape
            .lookups
            .iter()
            .map(|lookup| Argument {
                setter: lookup.prefix.clone(),
                rust_type: format!("{}::types::{}", crate::settings::SDK_CRATE, lookup.enum_ident),
                schema: serde_json::json!({ "$ref": format!("#/components/schemas/{}", lookup.enum_ident) }),
                location: "query".to_owned(),
                name: lookup.prefix.clone(),
            })
            .collect();
        for param in shape.plain().into_iter().filter(|p| !p.optional) {
            let parameter = shape.parameters.iter().find(|p| param.ident == p.name.to_snake_case());
            let (schema, location, name) = match parameter {
                Some(p) => (p.schema.clone(), p.location.clone(), p.name.clone()),
                None => (None, "query".to_owned(), param.ident.to_string()),
            };
            let owned = &param.owned;
            arguments.push(Argument {
                setter: param.ident.to_string(),
                rust_type: outside_path(&quote! { #owned }.to_string()),
                schema: schema.unwrap_or(Value::Null),
                location,
                name,
            });
        }
        if let Some(body) = &shape.body {
            let ty = &body.ty;
            arguments.push(Argument {
                setter: "body".to_owned(),
                rust_type: outside_path(&quote! { #ty }.to_string()),
                schema: operation
                    .value
                    .pointer("/requestBody/content/application~1json/schema")
                    .cloned()
                    .unwrap_or(Value::Null),
                location: "body".to_owned(),
                name: "body".to_owned(),
            });
        }
        let query_arrays = shape
            .arrays
            .iter()
            .map(|group| QueryArray {
                setter: group.prefix.clone(),
                fields: group.members.iter().map(|(_, key)| key.clone()).collect(),
            })
            .collect();
        shapes.push(RequestShape {
            query_arrays,
            paged: shape.paging.is_some(),
            operation_id: shape.id,
            request_type: shape.name,
            arguments,
        });
    }
    Ok(shapes)
}

/// A type as progenitor writes it in its methods (`types::X`), as a path from outside the
/// SDK (`katapult_sdk::types::X`).
#[cfg(feature = "maintainer")]
pub(super) fn outside_path(tokens: &str) -> String {
    let sdk = crate::settings::SDK_CRATE;
    let rewritten = format!(" {tokens}")
        .replace("< types ::", &format!("< {sdk} :: types ::"))
        .replace(" types ::", &format!(" {sdk} :: types ::"));
    rewritten.trim().to_owned()
}
