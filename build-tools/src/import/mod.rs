//! Bringing operations from the vendor's published OpenAPI document into ours, in this
//! spec's conventions, so that adding an operation is one command and a review.
//!
//! For each operation it writes, into `spec/katapult-core.yaml` (as text, so every comment
//! stays) and `spec/examples/`:
//!
//! - the operation with a snake_case `operationId` of ours (from its summary), its summary
//!   and description, its security, and its parameters, where a query group `x[key]`
//!   becomes a one-key lookup (`XLookup`, made if the spec lacks it);
//! - its request body and success answer as components named for the operation, and every
//!   component they use that the spec lacks (a component the spec already has under the
//!   same Rust name is ours, and is used as it is);
//! - its error answers corrected to the wire;
//! - example payloads made from the schemas, which a person must compare with the service.
//!
//! Each rule has a file named for it, so "why did the import do that" is answered by a
//! file name: `naming` (operationIds and component names), `lookups` (what a lookup is, its
//! one-key shape, and whether a call sends it in its query or its body), `paging` (list
//! answers page with our `Pagination`), `security` (scopes and the document's requirement),
//! `content` (the media types read), `errors` (error answers as the wire sends them) and
//! `components` (vendor schemas in our terms), `polymorphs` (a field of several kinds of
//! object, as the wire sends it). `yaml` and `text` write the result into the
//! spec's text.
//!
//! Whatever it had to invent (descriptions the vendor lacks, examples) is listed in
//! [`Imported::to_check`].

mod components;
mod content;
mod descriptions;
mod errors;
mod lookups;
mod naming;
mod objects;
mod paging;
mod polymorphs;
mod required;
mod security;
#[cfg(test)]
mod tests;
mod text;
mod yaml;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

pub use naming::our_tag;
pub use objects::with_views_merged;
pub use polymorphs::as_sent;

use crate::sample::full_sample;
use crate::{Spec, openapi};

/// What an import produced.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Imported {
    /// The spec's new text.
    pub spec_text: String,
    /// Example payloads to write, by path relative to the spec's folder.
    pub examples: Vec<(String, Value)>,
    /// The operations added, as `operationId (METHOD /path)`.
    pub operations: Vec<String>,
    /// What a person must still check, one line each.
    pub to_check: Vec<String>,
}

/// Imports `selectors` (`'METHOD /path'` or the vendor's `operationId`) from `vendor`, the
/// vendor's document (described by `vendor_label` in comments), into `spec`, whose text is
/// `spec_text`.
///
/// # Errors
/// An operation that the vendor lacks or that the spec already has, or a spec whose text
/// lacks the sections it writes into.
pub fn import(
    spec: &Spec,
    spec_text: &str,
    vendor: &Value,
    vendor_label: &str,
    selectors: &[String],
) -> Result<Imported, String> {
    let vendor = &polymorphs::as_sent(vendor);
    let chosen = choose(spec, vendor, selectors)?;
    let mut state = State::new(spec, vendor);
    let mut operations = Vec::new();
    let mut blocks = Vec::new();
    for Chosen {
        id,
        path,
        method,
        operation,
    } in &chosen
    {
        let converted = state.operation(id, path, method, operation);
        blocks.push((path.clone(), operation_block(method, &converted, vendor_label)));
        operations.push(format!("{id} ({} {path})", method.to_uppercase()));
        state.to_check.insert(format!(
            "{id}: the operationId, summary and description read well (the operationId becomes the method on `Client`)"
        ));
    }
    let spec_text = text::with_additions(spec_text, &blocks, &state.schemas, &state.codes)?;
    Ok(Imported {
        spec_text,
        examples: state.examples,
        operations,
        to_check: state.to_check.into_iter().collect(),
    })
}

/// An operation a call asked for, with the operationId it gets here.
struct Chosen<'v> {
    id: String,
    path: String,
    method: String,
    operation: &'v Value,
}

/// The vendor's operations `selectors` name. Every refusal is reported at once, and
/// nothing is imported if there is any.
fn choose<'v>(spec: &Spec, vendor: &'v Value, selectors: &[String]) -> Result<Vec<Chosen<'v>>, String> {
    let mut chosen: Vec<Chosen<'v>> = Vec::new();
    let mut taken: BTreeSet<String> = spec
        .operations()
        .iter()
        .filter_map(|o| o.id())
        .map(str::to_owned)
        .collect();
    let mut refusals: Vec<String> = Vec::new();
    for selector in selectors {
        // `SELECTOR as ID` names the operation when the summary's name is taken or reads badly.
        let (selector, named) = match selector.rsplit_once(" as ") {
            Some((selector, id)) => (selector.trim(), Some(id.trim())),
            None => (selector.as_str(), None),
        };
        let (path, method, operation) = match find_operation(vendor, selector) {
            Ok(found) => found,
            Err(refusal) => {
                refusals.push(refusal);
                continue;
            }
        };
        let route = format!("{} {path}", method.to_uppercase());
        // A path of ours with a template where the vendor's has a literal segment (WIRE:
        // `…/available_ips/{address_version}`) is the same operation.
        let ours = spec
            .operations()
            .iter()
            .any(|o| o.method == method && openapi::path_matches(o.path, &path));
        if ours || chosen.iter().any(|c| c.path == path && c.method == method) {
            refusals.push(format!("{route} is already in the spec"));
            continue;
        }
        let id = match named {
            Some(id) if naming::is_snake_case_id(id) => id.to_owned(),
            Some(id) => {
                refusals.push(format!("{id:?} is not a snake_case operationId"));
                continue;
            }
            None => naming::our_operation_id(operation, &method, &path),
        };
        if !taken.insert(id.clone()) {
            refusals.push(format!(
                "{route}: the operationId {id} is taken (name it: '{route} as OTHER_ID')"
            ));
            continue;
        }
        chosen.push(Chosen {
            id,
            path,
            method,
            operation,
        });
    }
    if refusals.is_empty() {
        Ok(chosen)
    } else {
        Err(format!(
            "nothing imported; {} of {} refused:\n  - {}",
            refusals.len(),
            selectors.len(),
            refusals.join("\n  - ")
        ))
    }
}

/// The vendor's operation a selector names: `'METHOD /path'` or its `operationId`.
fn find_operation<'v>(vendor: &'v Value, selector: &str) -> Result<(String, String, &'v Value), String> {
    let by_route = selector
        .split_once(' ')
        .map(|(method, path)| (method.trim().to_lowercase(), path.trim().to_owned()));
    for operation in openapi::operations(vendor) {
        let matches = match &by_route {
            Some((method, path)) => operation.method == method && operation.path == path,
            None => operation.id() == Some(selector),
        };
        if matches {
            return Ok((operation.path.to_owned(), operation.method.to_owned(), operation.value));
        }
    }
    Err(format!(
        "the vendor's document has no operation {selector:?} (give 'METHOD /path' or its operationId)"
    ))
}

/// The operation as YAML under its method, headed by where it came from.
fn operation_block(method: &str, converted: &Value, vendor_label: &str) -> String {
    let mut block = String::new();
    writeln!(
        block,
        "    # Imported from the vendor's document ({vendor_label}) by `cargo xtask import`."
    )
    .ok();
    writeln!(
        block,
        "    # WIRE: the vendor's document gives its error answers bare (`{{\"code\", ...}}`); the service\n    \
         # wraps them (`{{\"error\": {{...}}}}`, wire-facts.md), so every error answer here is `ErrorResponse`."
    )
    .ok();
    writeln!(block, "    {method}:").ok();
    yaml::emit_map(&mut block, converted, 6);
    block
}

/// What one import call has built so far; each rule's file adds the methods it needs.
struct State<'a> {
    ours: &'a Value,
    /// The codes each shared response (`Forbidden`, …) has examples of.
    shared_codes: BTreeMap<String, BTreeSet<String>>,
    vendor: &'a Value,
    /// Which object each of the vendor's views shows.
    objects: objects::Objects,
    /// The vendor's components a request reaches, which no answer rule changes.
    arguments: BTreeSet<String>,
    /// Components to add, by our name.
    schemas: BTreeMap<String, Value>,
    /// `ApiError` variants to add.
    codes: Vec<Value>,
    examples: Vec<(String, Value)>,
    to_check: BTreeSet<String>,
}

impl<'a> State<'a> {
    fn new(spec: &'a Spec, vendor: &'a Value) -> Self {
        State {
            ours: spec.raw(),
            shared_codes: errors::shared_codes(spec),
            vendor,
            objects: objects::Objects::of(vendor),
            arguments: required::argument_components(vendor),
            schemas: BTreeMap::new(),
            codes: Vec::new(),
            examples: Vec::new(),
            to_check: BTreeSet::new(),
        }
    }

    fn operation(&mut self, id: &str, path: &str, method: &str, vendor_op: &Value) -> Value {
        // The vendor's call as the service's own client makes it: which lookups travel in
        // the query is decided once, before anything is converted.
        let vendor_op = lookups::placed(self.vendor, method, vendor_op);
        let vendor_op = vendor_op.as_ref();
        let mut op = Map::new();
        op.insert("operationId".into(), json!(id));
        if let Some(tag) = vendor_op.pointer("/tags/0").and_then(Value::as_str) {
            op.insert("tags".into(), json!([naming::our_tag(tag)]));
        }
        let summary = vendor_op.get("summary").and_then(Value::as_str).unwrap_or(id);
        op.insert("summary".into(), json!(summary));
        let description = vendor_op
            .get("description")
            .and_then(Value::as_str)
            .map(security::without_scope_list)
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| format!("{summary}."));
        op.insert("description".into(), json!(description));
        op.insert("security".into(), Value::Array(self.security(vendor_op)));

        let mut parameters = Vec::new();
        for parameter in vendor_op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let parameter = openapi::resolve(self.vendor, parameter).ok().unwrap_or(parameter);
            parameters.push(self.parameter(id, parameter));
        }
        if !parameters.is_empty() {
            op.insert("parameters".into(), Value::Array(parameters));
        }
        if let Some(schema) = vendor_op.get("requestBody").and_then(content::json_schema) {
            let name = format!("{}Request", id.to_upper_camel_case());
            let schema = self.body_schema(&name, schema);
            // The framework reads an absent body as no arguments, so the body is required
            // exactly when one of its arguments is (an empty body is refused only then).
            let required = schema
                .get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| !r.is_empty());
            self.add_schema(&name, schema, &format!("The request body of `{id}`."));
            let mut body = json!({"content": {content::JSON: {"schema": reference(&name)}}});
            if required {
                body["required"] = json!(true);
            }
            op.insert("requestBody".into(), body);
        }
        self.unread_media_types(id, vendor_op);
        op.insert("responses".into(), self.responses(id, path, method, vendor_op));
        Value::Object(op)
    }

    fn responses(&mut self, id: &str, path: &str, method: &str, vendor_op: &Value) -> Value {
        let mut responses = Map::new();
        for (status, response) in vendor_op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let response = openapi::resolve(self.vendor, response).ok().unwrap_or(response);
            let converted = if status.starts_with('2') {
                self.success(id, status, response, vendor_op)
            } else {
                self.error(id, path, method, status, response)
            };
            responses.insert(status.clone(), converted);
        }
        // The framework answers 500 `unhandled_exception` on any operation (wire-facts.md);
        // the vendor's document never lists it.
        responses
            .entry("500")
            .or_insert_with(|| reference_response("UnhandledException"));
        Value::Object(responses)
    }

    fn parameter(&mut self, id: &str, parameter: &Value) -> Value {
        let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default();
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or("query");
        if let Some(ours) = self.paging_parameter(location, name) {
            return ours;
        }
        let mut converted = Map::new();
        converted.insert("name".into(), json!(name));
        converted.insert("in".into(), json!(location));
        let description = match parameter.get("description").and_then(Value::as_str) {
            Some(d) if !d.trim().is_empty() => d.trim().to_owned(),
            _ => {
                self.to_check.insert(format!(
                    "{id}: parameter `{name}` has no description in the vendor's document; one was written"
                ));
                format!("The `{name}` argument.")
            }
        };
        converted.insert("description".into(), json!(description));
        if parameter.get("required").and_then(Value::as_bool) == Some(true) {
            converted.insert("required".into(), json!(true));
        }
        let mut schema = self.schema(parameter.get("schema").unwrap_or(&json!({"type": "string"})));
        if let Some((prefix, key)) = openapi::lookup_group_member(name) {
            lookups::never_empty(&mut schema);
            self.query_lookup(prefix, key);
        }
        converted.insert("schema".into(), schema);
        Value::Object(converted)
    }

    /// A request body in our terms; the lookups it holds are ours (see `lookups`).
    fn body_schema(&mut self, name: &str, schema: &Value) -> Value {
        let resolved = openapi::resolve(self.vendor, schema).ok().unwrap_or(schema);
        let mut converted = self.schema(resolved);
        if converted.get("type").is_none() {
            converted["type"] = json!("object");
        }
        self.describe_properties(name, &mut converted);
        converted
    }

    fn success(&mut self, id: &str, status: &str, response: &Value, vendor_op: &Value) -> Value {
        let description = response.get("description").and_then(Value::as_str).unwrap_or("Success");
        if let Some(schema) = content::text_schema(response) {
            return self.text_success(id, status, description, schema);
        }
        let Some(schema) = content::json_schema(response) else {
            return json!({"description": description});
        };
        let name = format!("{}Response", id.to_upper_camel_case());
        let resolved = openapi::resolve(self.vendor, schema).ok().unwrap_or(schema);
        let mut converted = self.answer_schema(id, vendor_op, resolved);
        if converted.get("type").is_none() && converted.get("properties").is_some() {
            converted["type"] = json!("object");
        }
        self.describe_properties(&name, &mut converted);
        self.add_schema(&name, converted, &format!("The answer of `{id}`."));
        let file = format!("examples/{id}/{status}-imported.json");
        let document = self.document_with_new_schemas();
        self.examples
            .push((file.clone(), full_sample(&document, &reference(&name))));
        self.to_check.insert(format!(
            "{file}: made from the schema; replace it with a payload the service really sends, and add partial and null-laden ones"
        ));
        json!({
            "description": description,
            "content": {content::JSON: {
                "schema": reference(&name),
                "examples": {"imported": {"summary": "Made from the schema by `cargo xtask import`", "externalValue": file}},
            }},
        })
    }
}

fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn reference_response(name: &str) -> Value {
    json!({"$ref": format!("#/components/responses/{name}")})
}
