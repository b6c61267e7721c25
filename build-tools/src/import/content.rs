//! Which media types are read. The service speaks JSON, and so does everything downstream
//! of the spec (the generator's typed answers, examples, drift and facts), so request
//! bodies and answers are read as `application/json`. One answer is text (a machine's
//! authorized keys, `text/plain`): it is imported as text, with a `.txt` example, and the
//! SDK returns it as a `String`. A body or an answer the vendor gives only in another
//! media type is not imported; it is listed for a person, since the generated client would
//! have no type for it.

use serde_json::{Value, json};

use super::State;

/// The media type bodies and answers are read and written in.
pub(super) const JSON: &str = "application/json";

/// The media type of a text answer.
pub(super) const TEXT: &str = "text/plain";

/// The schema of a text answer (one with no JSON).
pub(super) fn text_schema(holder: &Value) -> Option<&Value> {
    let content = holder.get("content")?;
    if content.get(JSON).is_some() {
        return None;
    }
    content.get(TEXT)?.get("schema")
}

/// The JSON schema of a request body or an answer.
pub(super) fn json_schema(holder: &Value) -> Option<&Value> {
    holder.get("content")?.get(JSON)?.get("schema")
}

/// The media types of `holder` (a request body or an answer) other than JSON, when it has
/// no JSON.
fn unread(holder: &Value) -> Vec<&str> {
    let Some(content) = holder.get("content").and_then(Value::as_object) else {
        return Vec::new();
    };
    if content.contains_key(JSON) || content.contains_key(TEXT) {
        return Vec::new();
    }
    content.keys().map(String::as_str).collect()
}

impl State<'_> {
    /// Lists every request body and success answer of the vendor's operation that only
    /// comes in a media type the import does not read.
    pub(super) fn unread_media_types(&mut self, id: &str, vendor_op: &Value) {
        let body = vendor_op.get("requestBody").map(|b| ("request body".to_owned(), b));
        let answers = vendor_op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter(|(status, _)| status.starts_with('2'))
            .map(|(status, answer)| (format!("HTTP {status} answer"), answer));
        for (what, holder) in body.into_iter().chain(answers) {
            let holder = crate::openapi::resolve(self.vendor, holder).ok().unwrap_or(holder);
            let types = unread(holder);
            if !types.is_empty() {
                self.to_check.insert(format!(
                    "{id}: its {what} is {} in the vendor's document, which the import does not read; it was left out",
                    types.join(", ")
                ));
            }
        }
    }

    /// A text answer: its schema as the vendor gives it (described), and a `.txt` example.
    pub(super) fn text_success(&mut self, id: &str, status: &str, description: &str, schema: &Value) -> Value {
        let mut schema = self.schema(schema);
        if schema.get("description").is_none() {
            schema["description"] = json!(description);
        }
        let file = format!("examples/{id}/{status}-imported.txt");
        let document = self.document_with_new_schemas();
        // Named for what the answer is: the operation's subject, its last word (`label` of
        // `get_widget_label`, `keys` of `get_authorized_keys_for_virtual_machine`).
        let subject = id.split_once('_').map_or(id, |(_, rest)| rest);
        let subject = subject.split("_for_").next().unwrap_or(subject);
        let field = subject.rsplit('_').next().unwrap_or(subject);
        self.examples.push((
            file.clone(),
            crate::sample::full_sample_named(&document, &schema, field),
        ));
        self.to_check.insert(format!(
            "{file}: made from the schema; replace it with a payload the service really sends, and add partial and null-laden ones"
        ));
        json!({
            "description": description,
            "content": {TEXT: {
                "schema": schema,
                "examples": {"imported": {"summary": "Made from the schema by `cargo xtask import`", "externalValue": file}},
            }},
        })
    }
}
