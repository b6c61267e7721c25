//! The docs generated on `Client`'s method for each operation.

use serde_json::Value;

use crate::{Spec, openapi};

use super::arguments::Lookup;

pub(super) trait LowercaseFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowercaseFirst for str {
    /// "List virtual machines" → "list virtual machines" (a summary inside a sentence).
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// The doc of `Client::<operation>`: summary, description, method and path, scopes,
/// arguments and documented error answers.
pub(super) fn method_doc(
    spec: &Spec,
    operation: &openapi::Operation<'_>,
    id: &str,
    name: &str,
    lookups: &[Lookup],
    paged: bool,
) -> String {
    let text = |key: &str| {
        operation
            .value
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
    };
    let mut doc = String::new();
    let summary = text("summary");
    doc.push_str(&format!(
        " {}.\n",
        if summary.is_empty() { id } else { summary }.trim_end_matches('.')
    ));
    if !text("description").is_empty() {
        doc.push_str(&format!("\n {}\n", text("description")));
    }
    doc.push_str(&format!("\n `{}`.", operation.key()));
    let scopes = openapi::scopes(operation.value);
    match scopes.as_slice() {
        [] => {}
        [one] => doc.push_str(&format!(" Needs the `{one}` scope.")),
        many => {
            let listed: Vec<String> = many.iter().map(|s| format!("`{s}`")).collect();
            doc.push_str(&format!(" Needs one of the scopes {}.", listed.join(", ")));
        }
    }
    doc.push_str(&format!(
        "\n\n Returns an [`operations::{name}`] request to complete and {}.",
        if paged {
            "`send` (one page), `stream` or `collect_all` (every page)"
        } else {
            "`send`"
        }
    ));
    for lookup in lookups {
        doc.push_str(&format!(" Set its `{}` (a lookup).", lookup.prefix));
    }
    doc.push_str("\n\n # Errors\n Any [`Error`](crate::Error). The API documents these answers:\n");
    if let Some(responses) = operation.value.get("responses").and_then(Value::as_object) {
        for (status, response) in responses.iter().filter(|(status, _)| !status.starts_with('2')) {
            let response = openapi::resolve(spec.raw(), response).ok().unwrap_or(response);
            let description = response.get("description").and_then(Value::as_str).unwrap_or_default();
            doc.push_str(&format!(" - `{status}`: {}\n", description.trim()));
        }
    }
    doc
}
