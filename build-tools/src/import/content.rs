//! Which media types are read. The service speaks JSON, and so does everything downstream
//! of the spec (the generator's typed answers, examples, drift and facts), so request
//! bodies and answers are read as `application/json`. A body or an answer the vendor gives
//! only in another media type is not imported; it is listed for a person, since the
//! generated client would have no type for it.

use serde_json::Value;

use super::State;

/// The media type bodies and answers are read and written in.
pub(super) const JSON: &str = "application/json";

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
    if content.contains_key(JSON) {
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
}
