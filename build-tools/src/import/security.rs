//! Who may call an operation: the vendor's bearer-scheme scopes become requirements on our
//! `apiToken` scheme, one per scope that suffices (spec/README "Scopes are security
//! requirements").
//!
//! An operation that names no scopes of its own is under the document's requirement, as
//! OpenAPI says (an operation's `security` replaces the document's only when present). The
//! service answers every operation without a token with 403, so an imported operation is
//! never anonymous: with no scopes anywhere it still requires a token (`apiToken: []`).

use serde_json::{Value, json};

use super::State;
use crate::openapi;

/// The heading under which the vendor's descriptions list an operation's scopes, which
/// become `security` instead.
const SCOPE_LIST: &str = "\n## Scopes";

/// The vendor's description without its scope list.
pub(super) fn without_scope_list(description: &str) -> String {
    description
        .split(SCOPE_LIST)
        .next()
        .unwrap_or(description)
        .trim()
        .to_owned()
}

impl State<'_> {
    /// Our `security` for the vendor's operation.
    pub(super) fn security(&self, vendor_op: &Value) -> Vec<Value> {
        let mut scopes = self.bearer_scopes(vendor_op.get("security"));
        if scopes.is_empty() {
            scopes = self.bearer_scopes(self.vendor.get("security"));
        }
        if scopes.is_empty() {
            return vec![json!({"apiToken": []})];
        }
        scopes.into_iter().map(|scope| json!({"apiToken": [scope]})).collect()
    }

    /// The scopes that `requirements` (a `security` list) name on a bearer scheme, each once,
    /// in order. Other schemes (the vendor's OAuth2) name the same scopes with a prefix.
    fn bearer_scopes(&self, requirements: Option<&Value>) -> Vec<Value> {
        let mut scopes = Vec::new();
        for requirement in requirements.and_then(Value::as_array).into_iter().flatten() {
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
        scopes
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::import::tests::{import_one, vendor_with};

    #[test]
    fn an_operation_without_scopes_of_its_own_needs_a_token_as_the_document_says() {
        let vendor = vendor_with(json!({
            "/things": {"get": {
                "summary": "List things",
                "responses": {"200": {"description": "ok"}}
            }}
        }));
        let (op, _, _) = import_one(&vendor, "GET /things");
        assert_eq!(op["security"], json!([{"apiToken": []}]), "never anonymous");
    }

    #[test]
    fn the_documents_bearer_scopes_are_inherited() {
        let mut vendor = vendor_with(json!({
            "/things": {"get": {
                "summary": "List things",
                "responses": {"200": {"description": "ok"}}
            }}
        }));
        vendor["security"] = json!([{"OAuth2": ["api/things:read"]}, {"Bearer": ["things:read"]}]);
        let (op, _, _) = import_one(&vendor, "GET /things");
        assert_eq!(op["security"], json!([{"apiToken": ["things:read"]}]));
    }
}
