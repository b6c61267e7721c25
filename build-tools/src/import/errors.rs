//! Error answers as the wire sends them: every one is `ErrorResponse` (wrapped, spec/README
//! "Errors are wrapped"), the framework's statuses point at the shared responses, and any
//! other status lists one example per code, with each new code added to `ApiError`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use super::{State, content, reference, reference_response};
use crate::{Spec, openapi};

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

/// The codes each shared response already answers, read from its example payloads.
pub(super) fn shared_codes(spec: &Spec) -> BTreeMap<String, BTreeSet<String>> {
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
    shared_codes
}

impl State<'_> {
    pub(super) fn error(&mut self, id: &str, path: &str, method: &str, status: &str, response: &Value) -> Value {
        // Which codes this answer lists; a shared status keeps only those the spec lacks.
        let mut description = response
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("An error")
            .trim()
            .to_owned();
        let mut codes = BTreeSet::new();
        if let Some(schema) = content::json_schema(response) {
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
        json!({"description": description, "content": {content::JSON: Value::Object(content)}})
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
