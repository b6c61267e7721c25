//! Bringing operations from the vendor's published OpenAPI document into ours, in this
//! spec's conventions, so that adding an operation is one command and a review.
//!
//! For each operation it writes, into `spec/katapult-core.yaml` (as text, so every comment
//! stays) and `spec/examples/`:
//!
//! - the operation with a snake_case `operationId` of ours (from its summary), its summary
//!   and description (without the vendor's scope list, which becomes `security` on the
//!   `apiToken` scheme, one requirement per scope), and its parameters, where a query group
//!   `x[key]` becomes a one-key lookup (`XLookup`, made if the spec lacks it);
//! - its request body and success answer as components named for the operation, and every
//!   component they use that the spec lacks, under the vendor's name (a component the spec
//!   already has under the same Rust name is ours, and is used as it is);
//! - its error answers corrected to the wire: every one is `ErrorResponse` (wrapped), the
//!   framework's statuses point at the shared responses, and any other status lists one
//!   example per code, with each new code added to `ApiError`;
//! - example payloads made from the schemas, which a person must compare with the service.
//!
//! Whatever it had to invent (descriptions the vendor lacks, examples) is listed in
//! [`Imported::to_check`].

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value, json};

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

/// Statuses whose answers are the framework's, shared by every operation: they point at the
/// spec's shared responses.
const SHARED_RESPONSES: [(&str, &str); 6] = [
    ("400", "BadRequest"),
    ("403", "Forbidden"),
    ("406", "ObjectInTrash"),
    ("429", "RateLimitReached"),
    ("500", "UnhandledException"),
    ("503", "ServiceUnavailable"),
];

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
    // The codes each shared response already answers, read from its example payloads.
    let mut shared_codes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for example in spec.examples() {
        let Some(name) = example.pointer.strip_prefix("/components/responses/") else {
            continue;
        };
        let name = name.split('/').next().unwrap_or_default().to_owned();
        if let Some(code) = example
            .value
            .as_ref()
            .ok()
            .and_then(|v| v.pointer("/error/code")?.as_str())
        {
            shared_codes.entry(name).or_default().insert(code.to_owned());
        }
    }
    let mut state = State {
        ours: spec.raw(),
        shared_codes,
        vendor,
        schemas: BTreeMap::new(),
        codes: Vec::new(),
        examples: Vec::new(),
        to_check: BTreeSet::new(),
    };
    let mut operations = Vec::new();
    let mut blocks: Vec<(String, String, String)> = Vec::new();
    let mut taken: BTreeSet<String> = spec
        .operations()
        .iter()
        .filter_map(|o| o.id())
        .map(str::to_owned)
        .collect();
    // Every refusal of the call is reported at once, and nothing is imported if any.
    let mut refusals: Vec<String> = Vec::new();
    for selector in selectors {
        // `SELECTOR as ID` names the operation when the summary's name is taken or reads badly.
        let (selector, chosen_id) = match selector.rsplit_once(" as ") {
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
        if spec
            .raw()
            .pointer(&format!("/paths/{}/{method}", openapi::escape(&path)))
            .is_some()
            || blocks.iter().any(|(p, m, _)| *p == path && *m == method)
        {
            refusals.push(format!("{} {path} is already in the spec", method.to_uppercase()));
            continue;
        }
        let id = match chosen_id {
            Some(id) if is_snake_case_id(id) => id.to_owned(),
            Some(id) => {
                refusals.push(format!("{id:?} is not a snake_case operationId"));
                continue;
            }
            None => our_operation_id(operation, &method, &path),
        };
        if !taken.insert(id.clone()) {
            refusals.push(format!(
                "{} {path}: the operationId {id} is taken (name it: '{} {path} as OTHER_ID')",
                method.to_uppercase(),
                method.to_uppercase()
            ));
            continue;
        }
        let converted = state.operation(&id, &path, &method, operation);
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
        emit_map(&mut block, &converted, 6);
        operations.push(format!("{id} ({} {path})", method.to_uppercase()));
        state.to_check.insert(format!(
            "{id}: the operationId, summary and description read well (the operationId becomes the method on `Client`)"
        ));
        blocks.push((path, method, block));
    }

    if !refusals.is_empty() {
        return Err(format!(
            "nothing imported; {} of {} refused:\n  - {}",
            refusals.len(),
            selectors.len(),
            refusals.join("\n  - ")
        ));
    }
    let mut text = spec_text.to_owned();
    for (path, _, block) in &blocks {
        text = insert_operation(&text, path, block)?;
    }
    let mut schemas = String::new();
    for (name, schema) in &state.schemas {
        writeln!(schemas, "\n    {name}:").ok();
        emit_map(&mut schemas, schema, 6);
    }
    text = insert_at_block_end(&text, "  schemas:", 2, &schemas)?;
    let mut variants = String::new();
    for variant in &state.codes {
        emit_list(&mut variants, std::slice::from_ref(variant), 8);
    }
    text = insert_at_block_end(&text, "    ApiError:", 4, &variants)?;
    Ok(Imported {
        spec_text: text,
        examples: state.examples,
        operations,
        to_check: state.to_check.into_iter().collect(),
    })
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

/// Whether `id` is a usable operationId: lower snake_case, starting with a letter.
fn is_snake_case_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Ours: the summary in snake_case without articles ("Get virtual machine" →
/// `get_virtual_machine`), or the method and path when there is no summary.
fn our_operation_id(operation: &Value, method: &str, path: &str) -> String {
    let summary = operation.get("summary").and_then(Value::as_str).unwrap_or_default();
    let words: Vec<&str> = summary
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !["a", "an", "the"].contains(&w.to_lowercase().as_str()))
        .collect();
    if words.is_empty() {
        format!("{method}_{path}").to_snake_case()
    } else {
        words.join(" ").to_snake_case()
    }
}

struct State<'a> {
    ours: &'a Value,
    /// The codes each shared response (`Forbidden`, …) has examples of.
    shared_codes: BTreeMap<String, BTreeSet<String>>,
    vendor: &'a Value,
    /// Components to add, by our name.
    schemas: BTreeMap<String, Value>,
    /// `ApiError` variants to add.
    codes: Vec<Value>,
    examples: Vec<(String, Value)>,
    to_check: BTreeSet<String>,
}

impl State<'_> {
    fn operation(&mut self, id: &str, path: &str, method: &str, vendor_op: &Value) -> Value {
        let mut op = Map::new();
        op.insert("operationId".into(), json!(id));
        if let Some(tag) = vendor_op.pointer("/tags/0").and_then(Value::as_str) {
            op.insert("tags".into(), json!([tag.to_snake_case()]));
        }
        let summary = vendor_op.get("summary").and_then(Value::as_str).unwrap_or(id);
        op.insert("summary".into(), json!(summary));
        let description = vendor_op
            .get("description")
            .and_then(Value::as_str)
            .map(|d| d.split("\n## Scopes").next().unwrap_or(d).trim().to_owned())
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
        if let Some(schema) = vendor_op.pointer("/requestBody/content/application~1json/schema") {
            let name = format!("{}Request", id.to_upper_camel_case());
            let schema = self.body_schema(&name, schema);
            self.add_schema(&name, schema, &format!("The request body of `{id}`."));
            op.insert(
                "requestBody".into(),
                json!({"required": true, "content": {"application/json": {"schema": reference(&name)}}}),
            );
        }
        let mut responses = Map::new();
        for (status, response) in vendor_op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let response = openapi::resolve(self.vendor, response).ok().unwrap_or(response);
            let converted = if status.starts_with('2') {
                self.success(id, status, response)
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
        op.insert("responses".into(), Value::Object(responses));
        Value::Object(op)
    }

    /// The vendor's bearer-scheme scopes as our `apiToken` requirements, one per scope.
    fn security(&self, vendor_op: &Value) -> Vec<Value> {
        let mut scopes = Vec::new();
        for requirement in vendor_op
            .get("security")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for (scheme, listed) in requirement.as_object().into_iter().flatten() {
                let bearer = self
                    .vendor
                    .pointer(&format!(
                        "/components/securitySchemes/{}/scheme",
                        openapi::escape(scheme)
                    ))
                    .and_then(Value::as_str)
                    == Some("bearer");
                if !bearer {
                    continue;
                }
                for scope in listed.as_array().into_iter().flatten() {
                    if !scopes.contains(scope) {
                        scopes.push(scope.clone());
                    }
                }
            }
        }
        scopes.into_iter().map(|scope| json!({"apiToken": [scope]})).collect()
    }

    fn parameter(&mut self, id: &str, parameter: &Value) -> Value {
        let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default();
        let location = parameter.get("in").and_then(Value::as_str).unwrap_or("query");
        // Paging travels the same way in every list, and the spec already states its wire
        // limits (the vendor's document has none): the spec's own parameter is used.
        if location == "query"
            && ["page", "per_page"].contains(&name)
            && let Some(ours) = self.our_parameter(name)
        {
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
            // A lookup value is never empty; the service treats an empty one as not given.
            if schema.get("type") == Some(&json!("string")) {
                schema["minLength"] = json!(1);
            }
            self.query_lookup(prefix, key, &description);
        }
        converted.insert("schema".into(), schema);
        Value::Object(converted)
    }

    /// The spec's query parameter `name` as an existing operation states it.
    fn our_parameter(&self, name: &str) -> Option<Value> {
        openapi::operations(self.ours).iter().find_map(|operation| {
            let parameters = operation.value.get("parameters")?.as_array()?;
            parameters
                .iter()
                .map(|p| openapi::resolve(self.ours, p).ok().unwrap_or(p))
                .find(|p| p.get("name") == Some(&json!(name)) && p.get("in") == Some(&json!("query")))
                .cloned()
        })
    }

    /// Makes sure `XLookup` exists with `key` for a query group `x[key]`.
    fn query_lookup(&mut self, prefix: &str, key: &str, description: &str) {
        let name = openapi::lookup_schema_name(prefix);
        if self.ours_named(&name).is_some() {
            return;
        }
        let member = json!({
            "title": format!("{}By{}", prefix.to_upper_camel_case(), key.to_upper_camel_case()),
            "type": "object",
            "description": format!("The {} with this {}.", prefix.replace('_', " "), key.replace('_', " ")),
            "required": [key],
            "additionalProperties": false,
            "properties": {key: {"description": format!("The {} of the {}.", key.replace('_', " "), prefix.replace('_', " ")), "type": "string", "minLength": 1}},
        });
        let lookup = self.schemas.entry(name.clone()).or_insert_with(|| {
            json!({
                "description": format!("{}, identified by exactly one of its keys. {description}", with_article(&prefix.replace('_', " "))),
                "oneOf": [],
            })
        });
        if let Some(members) = lookup.get_mut("oneOf").and_then(Value::as_array_mut)
            && !members.iter().any(|m| m["required"][0] == key)
        {
            members.push(member);
        }
        self.to_check.insert(format!(
            "components/schemas/{name}: a one-key lookup made from the query group `{prefix}[…]`"
        ));
    }

    /// A body schema: its lookup properties become one-key lookups.
    fn body_schema(&mut self, name: &str, schema: &Value) -> Value {
        let resolved = openapi::resolve(self.vendor, schema).ok().unwrap_or(schema);
        let mut converted = self.schema(resolved);
        let properties = resolved
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (property, value) in properties {
            let target = value
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.rsplit('/').next());
            if let Some(vendor_name) = target.filter(|n| n.ends_with("Lookup")) {
                let ours = self.body_lookup(vendor_name);
                converted["properties"][&property] = reference(&ours);
            }
        }
        if converted.get("type").is_none() {
            converted["type"] = json!("object");
        }
        self.describe_properties(name, &mut converted);
        converted
    }

    /// Our one-key lookup for the vendor's lookup object (`{id, fqdn}` with both optional).
    fn body_lookup(&mut self, vendor_name: &str) -> String {
        let name = vendor_name.to_upper_camel_case();
        if let Some(ours) = self.ours_named(&name) {
            return ours;
        }
        if self.schemas.contains_key(&name) {
            return name;
        }
        let vendor = self
            .vendor
            .pointer(&format!("/components/schemas/{}", openapi::escape(vendor_name)))
            .cloned()
            .unwrap_or(Value::Null);
        let subject = name.trim_end_matches("Lookup").to_snake_case().replace('_', " ");
        let members: Vec<Value> = vendor
            .get("properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(key, value)| {
                let mut property = self.schema(value);
                if property.get("type") == Some(&json!("string")) {
                    property["minLength"] = json!(1);
                }
                if property.get("description").is_none() {
                    property["description"] = json!(format!("The {subject}'s {}.", key.replace('_', " ")));
                }
                json!({
                    "title": format!("{}By{}", name.trim_end_matches("Lookup"), key.to_upper_camel_case()),
                    "type": "object",
                    "description": format!("The {subject} with this {}.", key.replace('_', " ")),
                    "required": [key],
                    "additionalProperties": false,
                    "properties": {key: property},
                })
            })
            .collect();
        self.schemas.insert(
            name.clone(),
            json!({"description": format!("{}, identified by exactly one of its keys.", with_article(&subject)), "oneOf": members}),
        );
        self.to_check.insert(format!(
            "components/schemas/{name}: a one-key lookup made from the vendor's `{vendor_name}`"
        ));
        name
    }

    fn success(&mut self, id: &str, status: &str, response: &Value) -> Value {
        let description = response.get("description").and_then(Value::as_str).unwrap_or("Success");
        let Some(schema) = response.pointer("/content/application~1json/schema") else {
            return json!({"description": description});
        };
        let name = format!("{}Response", id.to_upper_camel_case());
        let resolved = openapi::resolve(self.vendor, schema).ok().unwrap_or(schema);
        let mut converted = self.schema(resolved);
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
            "content": {"application/json": {
                "schema": reference(&name),
                "examples": {"imported": {"summary": "Made from the schema by `cargo xtask import`", "externalValue": file}},
            }},
        })
    }

    fn error(&mut self, id: &str, path: &str, method: &str, status: &str, response: &Value) -> Value {
        // Which codes this answer lists; a shared status keeps only those the spec lacks.
        let mut description = response
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("An error")
            .trim()
            .to_owned();
        let mut codes = BTreeSet::new();
        if let Some(schema) = response.pointer("/content/application~1json/schema") {
            collect_codes(self.vendor, schema, &mut codes, 0);
        }
        let shared = SHARED_RESPONSES
            .iter()
            .find(|(s, _)| *s == status)
            .map(|(_, name)| *name);
        let mut examples = Map::new();
        if let Some(shared) = shared {
            // The shared response covers the codes it has examples of; any other code is this
            // operation's own, even one an earlier import added to `ApiError`.
            let covered = self.shared_codes.get(shared);
            let shared_examples = self
                .ours
                .pointer(&format!(
                    "/components/responses/{shared}/content/application~1json/examples"
                ))
                .and_then(Value::as_object);
            let unknown: BTreeSet<String> = codes
                .iter()
                .filter(|c| !covered.is_some_and(|covered| covered.contains(c.as_str())))
                .cloned()
                .collect();
            if unknown.is_empty() {
                return reference_response(shared);
            }
            // The framework's answer, and codes of this operation's own at the same status:
            // the shared examples are kept beside the new ones.
            examples.extend(
                shared_examples
                    .into_iter()
                    .flatten()
                    .map(|(k, v)| (k.clone(), v.clone())),
            );
            if let Some(ours) = self
                .ours
                .pointer(&format!("/components/responses/{shared}/description"))
                .and_then(Value::as_str)
            {
                description = ours.trim().to_owned();
            }
            self.to_check.insert(format!(
                "{id}: HTTP {status} has codes of its own ({}), so it lists the shared {shared} examples beside them",
                unknown.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
            codes = unknown;
        }
        for code in &codes {
            if !self.code_known(code) {
                self.codes.push(json!({
                    "description": description,
                    "type": "object",
                    "required": ["code", "description"],
                    "properties": {
                        "code": {"description": "The error code.", "type": "string", "enum": [code]},
                        "description": {"description": "A human-readable description of the error.", "type": "string"},
                        "detail": reference("EmptyDetail"),
                    },
                }));
                self.to_check.insert(format!("components/schemas/ApiError: `{code}` added with an empty detail; type its detail if the service sends one"));
            }
            let file = format!("examples/{id}/{status}-{}.json", code.replace('_', "-"));
            self.examples.push((
                file.clone(),
                json!({"error": {"code": code, "description": description, "detail": {}}}),
            ));
            examples.insert(code.clone(), json!({"summary": description, "externalValue": file}));
        }
        if examples.is_empty() {
            self.to_check.insert(format!(
                "{} {path}: HTTP {status} names no error code in the vendor's document; add an example",
                method.to_uppercase()
            ));
        }
        let mut content = Map::new();
        content.insert("schema".into(), reference("ErrorResponse"));
        if !examples.is_empty() {
            content.insert("examples".into(), Value::Object(examples));
        }
        json!({"description": description, "content": {"application/json": Value::Object(content)}})
    }

    fn code_known(&self, code: &str) -> bool {
        let listed = |variants: &[Value]| {
            variants
                .iter()
                .any(|v| v.pointer("/properties/code/enum/0") == Some(&json!(code)))
        };
        let ours = self
            .ours
            .pointer("/components/schemas/ApiError/oneOf")
            .and_then(Value::as_array);
        ours.is_some_and(|v| listed(v)) || listed(&self.codes)
    }

    /// A vendor schema in our terms: its references imported (or pointed at ours).
    fn schema(&mut self, schema: &Value) -> Value {
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
    fn component(&mut self, vendor_name: &str) -> String {
        let name = self.our_component_name(vendor_name);
        if let Some(ours) = self.ours_named(&name) {
            self.to_check.insert(format!(
                "components/schemas/{ours}: the vendor's `{vendor_name}` is taken to be ours; compare their fields (`cargo xtask drift`)"
            ));
            return ours;
        }
        if self.schemas.contains_key(&name) {
            return name;
        }
        // Reserved first, so a schema that refers to itself ends.
        self.schemas.insert(name.clone(), Value::Null);
        let vendor = self
            .vendor
            .pointer(&format!("/components/schemas/{}", openapi::escape(vendor_name)))
            .cloned()
            .unwrap_or(Value::Null);
        let mut converted = self.schema(&vendor);
        self.describe_properties(&name, &mut converted);
        self.add_schema(
            &name,
            converted,
            &format!("{} (from the vendor's document).", words(&name)),
        );
        name
    }

    /// The name a vendor component gets here: the vendor's, except that a schema the
    /// vendor named after where it appears (`GetVirtualMachine200ResponseVirtualMachine`)
    /// is named for what it is (`VirtualMachine`), unless that name is taken by another.
    fn our_component_name(&self, vendor_name: &str) -> String {
        let name = vendor_name.to_upper_camel_case();
        let Some(at) = name.find("200Response") else {
            return name;
        };
        let short = &name[at + "200Response".len()..];
        let taken = self.ours_named(short).is_some() || self.schemas.contains_key(short);
        if short.is_empty() || taken || self.vendor_has_other(short, vendor_name) {
            name
        } else {
            short.to_owned()
        }
    }

    /// Whether the vendor's document has a different component that would take `name`.
    fn vendor_has_other(&self, name: &str, vendor_name: &str) -> bool {
        let schemas = self.vendor.pointer("/components/schemas").and_then(Value::as_object);
        schemas
            .into_iter()
            .flatten()
            .any(|(other, _)| other != vendor_name && other.to_upper_camel_case() == name)
    }

    /// The spec's component with this Rust name (`IPAddress` and `IpAddress` are one).
    fn ours_named(&self, name: &str) -> Option<String> {
        let schemas = self.ours.pointer("/components/schemas").and_then(Value::as_object)?;
        schemas
            .keys()
            .find(|existing| existing.to_upper_camel_case() == name.to_upper_camel_case())
            .cloned()
    }

    fn add_schema(&mut self, name: &str, mut schema: Value, description: &str) {
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
    fn describe_properties(&mut self, owner: &str, schema: &mut Value) {
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
            map.insert("description".into(), json!(format!("The {}.", name.replace('_', " "))));
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
    fn document_with_new_schemas(&self) -> Value {
        let mut document = self.ours.clone();
        for (name, schema) in &self.schemas {
            document["components"]["schemas"][name] = schema.clone();
        }
        document
    }
}

/// Every `code` enum value reachable from an error schema of the vendor's.
fn collect_codes(document: &Value, schema: &Value, codes: &mut BTreeSet<String>, depth: usize) {
    if depth > 8 {
        return;
    }
    let Some(schema) = openapi::resolve(document, schema).ok() else {
        return;
    };
    if let Some(code) = schema.pointer("/properties/code") {
        let code = openapi::resolve(document, code).ok().unwrap_or(code);
        for value in code.get("enum").and_then(Value::as_array).into_iter().flatten() {
            if let Some(value) = value.as_str() {
                codes.insert(value.to_owned());
            }
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        for member in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
            collect_codes(document, member, codes, depth + 1);
        }
    }
}

/// "An organization", "A virtual machine".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    };
    format!("{article} {noun}")
}

fn reference(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

fn reference_response(name: &str) -> Value {
    json!({"$ref": format!("#/components/responses/{name}")})
}

/// `GetVirtualMachine200ResponseVirtualMachine` → "Get virtual machine 200 response virtual machine".
fn words(name: &str) -> String {
    let snake = name.to_snake_case().replace('_', " ");
    let mut chars = snake.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Inserts an operation block under its path item (a new one before `components:`).
fn insert_operation(text: &str, path: &str, block: &str) -> Result<String, String> {
    let header = format!("  {path}:");
    if text.lines().any(|line| line == header) {
        return insert_at_block_end(text, &header, 2, block);
    }
    let mut lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|line| *line == "components:")
        .ok_or("the spec has no top-level `components:` line")?;
    let item = format!("{header}\n{block}");
    lines.insert(at, &item);
    Ok(join(&lines))
}

/// Inserts `addition` at the end of the block that starts at the line `header` (indented
/// `indent` spaces): before the next line indented as little or less, or at the end.
fn insert_at_block_end(text: &str, header: &str, indent: usize, addition: &str) -> Result<String, String> {
    if addition.is_empty() {
        return Ok(text.to_owned());
    }
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|line| *line == header)
        .ok_or_else(|| format!("the spec has no line `{header}`"))?;
    let ends_block = |line: &&str| {
        let content = line.trim_start();
        !content.is_empty() && !content.starts_with('#') && line.len() - content.len() <= indent
    };
    let mut end = lines[start + 1..]
        .iter()
        .position(ends_block)
        .map_or(lines.len(), |offset| start + 1 + offset);
    // Comments and blank lines just above the next block belong to it.
    while end > start + 1 && (lines[end - 1].trim().is_empty() || lines[end - 1].trim_start().starts_with('#')) {
        end -= 1;
    }
    let mut out: Vec<&str> = lines[..end].to_vec();
    let addition = addition.trim_end_matches('\n');
    out.push(addition);
    out.extend_from_slice(&lines[end..]);
    Ok(join(&out))
}

fn join(lines: &[&str]) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

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
fn emit_map(out: &mut String, map: &Value, indent: usize) {
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
fn emit_list(out: &mut String, items: &[Value], indent: usize) {
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

    #[test]
    fn insertion_lands_at_the_end_of_the_block() {
        let text = "a:\n  b:\n    x: 1\n  # about c\n  c:\n    y: 2\nz: 3\n";
        let out = insert_at_block_end(text, "  b:", 2, "    w: 0\n").expect("b exists");
        assert_eq!(out, "a:\n  b:\n    x: 1\n    w: 0\n  # about c\n  c:\n    y: 2\nz: 3\n");
    }

    /// A spec of ours with one operation, the shared responses and `ApiError`, in the
    /// layout `import` writes into.
    const OURS: &str = r##"openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /things/thing/list:
    get:
      operationId: list_things
      responses:
        "200": {description: ok}
components:
  responses:
    Forbidden:
      description: The API token may not be used for this request.
      content:
        application/json:
          schema: {$ref: "#/components/schemas/ErrorResponse"}
  schemas:
    ErrorResponse:
      type: object
      properties:
        error: {$ref: "#/components/schemas/ApiError"}
    ApiError:
      oneOf:
        - type: object
          properties:
            code: {type: string, enum: [known_code]}
    EmptyDetail:
      type: object
"##;

    fn vendor() -> Value {
        json!({
            "openapi": "3.0.0",
            "paths": {"/things/thing": {"get": {
                "operationId": "get:thing",
                "summary": "Get a thing",
                "description": "Return a thing\n## Scopes\n- `things`\n",
                "security": [{"OAuth2": ["api/things"]}, {"Bearer": ["things", "things:read"]}],
                "parameters": [
                    {"in": "query", "name": "thing[id]", "schema": {"type": "string"}},
                    {"in": "query", "name": "thing[name]", "schema": {"type": "string"}, "description": "By name."}
                ],
                "responses": {
                    "200": {"description": "A thing", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["thing"],
                        "properties": {"thing": {"$ref": "#/components/schemas/GetThing200ResponseThing"}}
                    }}}},
                    "404": {"description": "No thing", "content": {"application/json": {"schema": {
                        "properties": {"code": {"$ref": "#/components/schemas/ThingNotFoundEnum"}}
                    }}}}
                }
            }}},
            "components": {
                "securitySchemes": {"Bearer": {"type": "http", "scheme": "bearer"}, "OAuth2": {"type": "oauth2"}},
                "schemas": {
                    "GetThing200ResponseThing": {"type": "object", "properties": {
                        "id": {"type": "string"}, "owner": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": true}
                    }},
                    "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "ThingNotFoundEnum": {"type": "string", "enum": ["thing_not_found"]}
                }
            }
        })
    }

    #[test]
    fn an_imported_operation_follows_our_conventions_and_the_wire() {
        let spec = Spec::parse(std::path::Path::new("spec/katapult-core.yaml"), OURS.to_owned()).expect("parses");
        let imported = import(&spec, OURS, &vendor(), "test", &["GET /things/thing".to_owned()]).expect("imports");
        assert_eq!(imported.operations, ["get_thing (GET /things/thing)"]);
        let written: Value = serde_yaml_ng::from_str(&imported.spec_text).expect("valid YAML");
        let op = &written["paths"]["/things/thing"]["get"];
        assert_eq!(op["operationId"], "get_thing");
        assert_eq!(op["description"], "Return a thing", "the scope list is dropped");
        assert_eq!(
            op["security"],
            json!([{"apiToken": ["things"]}, {"apiToken": ["things:read"]}])
        );
        assert_eq!(
            op["parameters"][0]["schema"]["minLength"], 1,
            "lookup values are never empty"
        );
        assert_eq!(
            op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/ErrorResponse",
            "errors are wrapped, as on the wire"
        );
        assert!(
            imported
                .spec_text
                .contains("# WIRE: the vendor's document gives its error answers bare")
        );
        let schemas = &written["components"]["schemas"];
        let codes: Vec<&Value> = schemas["ApiError"]["oneOf"]
            .as_array()
            .expect("a oneOf")
            .iter()
            .map(|v| &v["properties"]["code"]["enum"][0])
            .collect();
        assert_eq!(codes, [&json!("known_code"), &json!("thing_not_found")]);
        assert_eq!(
            schemas["ThingLookup"]["oneOf"].as_array().map(Vec::len),
            Some(2),
            "a one-key lookup for the query group"
        );
        assert!(
            schemas.get("Thing").is_some(),
            "named for what it is, not where it appears"
        );
        assert_eq!(
            schemas["Thing"]["properties"]["owner"]["type"], "object",
            "nullable has a type"
        );
        assert!(
            written["paths"]["/things/thing/list"].is_object(),
            "what was there stays"
        );
        let files: Vec<&str> = imported.examples.iter().map(|(file, _)| file.as_str()).collect();
        assert_eq!(
            files,
            [
                "examples/get_thing/200-imported.json",
                "examples/get_thing/404-thing-not-found.json"
            ]
        );
        // Made from the schema, with values of the API's shape (see `sample.rs`).
        let example = &imported.examples[0].1;
        assert!(
            example["thing"]["id"]
                .as_str()
                .is_some_and(|id| id.starts_with("thing_")),
            "{example}"
        );
        assert_eq!(example["thing"]["owner"], json!({"name": "Owner 1"}));
    }

    #[test]
    fn an_operation_the_spec_has_or_the_vendor_lacks_is_refused() {
        let spec = Spec::parse(std::path::Path::new("spec/katapult-core.yaml"), OURS.to_owned()).expect("parses");
        let missing = import(&spec, OURS, &vendor(), "test", &["GET /nowhere".to_owned()]);
        assert!(missing.is_err_and(|e| e.contains("no operation")));
        let twice = import(
            &spec,
            OURS,
            &vendor(),
            "test",
            &["get:thing".to_owned(), "GET /things/thing".to_owned()],
        );
        assert!(twice.is_err_and(|e| e.contains("already")));
    }

    #[test]
    fn an_operation_can_be_named_when_its_summary_name_is_not_wanted() {
        let spec = Spec::parse(std::path::Path::new("spec/katapult-core.yaml"), OURS.to_owned()).expect("parses");
        let named = import(&spec, OURS, &vendor(), "test", &["get:thing as fetch_thing".to_owned()]).expect("imports");
        assert!(named.spec_text.contains("operationId: fetch_thing"));
        assert_eq!(named.operations, ["fetch_thing (GET /things/thing)"]);
        let bad = import(&spec, OURS, &vendor(), "test", &["get:thing as Fetch-Thing".to_owned()]);
        assert!(bad.is_err_and(|e| e.contains("snake_case")));
    }

    #[test]
    fn our_ids_come_from_the_summary_without_articles() {
        let op = json!({"summary": "Allocate an IP address to a network interface"});
        assert_eq!(
            our_operation_id(&op, "post", "/x"),
            "allocate_ip_address_to_network_interface"
        );
        assert_eq!(
            our_operation_id(&json!({}), "get", "/ip_addresses/ip_address"),
            "get_ip_addresses_ip_address"
        );
    }
}
