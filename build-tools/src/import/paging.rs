//! Lists page the same way everywhere: `page` and `per_page` in the query, and a
//! `pagination` block beside the one list in the answer. The vendor's document names that
//! block's schema `PaginationObject`; the generator recognises a list by our `Pagination`
//! (build-tools `calls/`, which then gives the request `stream` and `collect_all`), so an
//! answer's `pagination` is always our `Pagination`, whatever the vendor calls it. The
//! spec's own paging parameters, which state the service's limits, replace the vendor's.

use serde_json::{Value, json};

use super::{State, reference};
use crate::openapi;

/// Our name for the paging block, which the generator looks for.
const PAGINATION: &str = "Pagination";

/// The answer's property holding the paging block.
const BLOCK: &str = "pagination";

/// The query parameters that choose a page.
const PARAMETERS: [&str; 2] = ["page", "per_page"];

impl State<'_> {
    /// The spec's own paging parameter `name`, when `name` is one and the spec has it.
    pub(super) fn paging_parameter(&self, location: &str, name: &str) -> Option<Value> {
        if location != "query" || !PARAMETERS.contains(&name) {
            return None;
        }
        openapi::operations(self.ours).iter().find_map(|operation| {
            let parameters = operation.value.get("parameters")?.as_array()?;
            parameters
                .iter()
                .map(|p| openapi::resolve(self.ours, p).ok().unwrap_or(p))
                .find(|p| p.get("name") == Some(&json!(name)) && p.get("in") == Some(&json!("query")))
                .cloned()
        })
    }

    /// A success answer's schema in our terms, its paging block our `Pagination`.
    pub(super) fn answer_schema(&mut self, id: &str, vendor_op: &Value, answer: &Value) -> Value {
        let Some(block) = answer.pointer(&format!("/properties/{BLOCK}")) else {
            return self.schema(answer);
        };
        let mut rest = answer.clone();
        if let Some(properties) = rest.get_mut("properties").and_then(Value::as_object_mut) {
            properties.remove(BLOCK);
        }
        let mut converted = self.schema(&rest);
        converted["properties"][BLOCK] = reference(&self.pagination(block));
        if let Some(reason) = unpageable(vendor_op, answer) {
            self.to_check.insert(format!(
                "{id}: its answer has a `{BLOCK}` block but the SDK cannot page it ({reason}); it has `send` only"
            ));
        }
        converted
    }

    /// Our paging schema: the spec's `Pagination`, or the vendor's block imported under
    /// that name when the spec has none yet.
    fn pagination(&mut self, block: &Value) -> String {
        let vendor_name = block
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.rsplit('/').next());
        let vendor = openapi::resolve(self.vendor, block).ok().unwrap_or(block);
        if let Some(ours) = self.ours_named(PAGINATION) {
            let our_fields = self
                .ours
                .pointer(&format!("/components/schemas/{ours}/properties"))
                .and_then(Value::as_object);
            let missing: Vec<&str> = vendor
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(field, _)| field.as_str())
                .filter(|field| !our_fields.is_some_and(|ours| ours.contains_key(*field)))
                .collect();
            if !missing.is_empty() {
                self.to_check.insert(format!(
                    "components/schemas/{ours}: the vendor's paging block also has {}; add them if the service sends them",
                    missing.join(", ")
                ));
            }
            return ours;
        }
        match vendor_name {
            Some(vendor_name) => self.component_as(vendor_name, PAGINATION),
            None if !self.schemas.contains_key(PAGINATION) => {
                let converted = self.schema(vendor);
                self.add_schema(PAGINATION, converted, "Where this page sits in the whole list.");
                PAGINATION.to_owned()
            }
            None => PAGINATION.to_owned(),
        }
    }
}

/// Why the generator would not page an answer with a paging block, if it would not: it
/// pages an answer whose block is required, beside exactly one list, of a call that takes
/// `page` and `per_page`.
fn unpageable(vendor_op: &Value, answer: &Value) -> Option<String> {
    let takes = |name: &str| {
        vendor_op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|p| p.get("name") == Some(&json!(name)) && p.get("in") == Some(&json!("query")))
    };
    let missing: Vec<&str> = PARAMETERS.into_iter().filter(|p| !takes(p)).collect();
    if !missing.is_empty() {
        return Some(format!("the call takes no `{}`", missing.join("` or `")));
    }
    let required = answer
        .get("required")
        .and_then(Value::as_array)
        .is_some_and(|r| r.contains(&json!(BLOCK)));
    if !required {
        return Some(format!("`{BLOCK}` is optional in the answer"));
    }
    let lists = answer
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, p)| p.get("type") == Some(&json!("array")))
        .count();
    (lists != 1).then(|| format!("the answer has {lists} lists beside it, not one"))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use crate::import::tests::{import_one, vendor_with};

    fn list(extra_list: bool, required: &[&str]) -> Value {
        let mut properties = json!({
            "pagination": {"$ref": "#/components/schemas/PaginationObject"},
            "things": {"type": "array", "items": {"type": "string"}},
        });
        if extra_list {
            properties["others"] = json!({"type": "array", "items": {"type": "string"}});
        }
        vendor_with(json!({"/things": {"get": {
            "summary": "List things",
            "parameters": [
                {"in": "query", "name": "page", "schema": {"type": "integer"}, "description": "The page."},
                {"in": "query", "name": "per_page", "schema": {"type": "integer"}, "description": "Per page."}
            ],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
                "type": "object", "required": required, "properties": properties
            }}}}}
        }}}))
    }

    #[test]
    fn a_list_answer_pages_with_our_pagination() {
        let (op, schemas, imported) = import_one(&list(false, &["pagination", "things"]), "GET /things");
        let answer = &schemas["ListThingsResponse"];
        assert_eq!(
            answer["properties"]["pagination"]["$ref"], "#/components/schemas/Pagination",
            "the generator pages by our `Pagination`"
        );
        assert!(
            schemas.get("PaginationObject").is_none(),
            "the vendor's paging block is not imported beside ours"
        );
        assert_eq!(
            op["parameters"][1]["schema"]["maximum"], 200,
            "the spec's own `per_page`, with the service's limits"
        );
        assert!(
            !imported.to_check.iter().any(|line| line.contains("cannot page")),
            "{:?}",
            imported.to_check
        );
    }

    #[test]
    fn a_list_the_sdk_cannot_page_is_named_with_why() {
        let (_, _, imported) = import_one(&list(true, &["pagination", "things"]), "GET /things");
        assert!(
            imported
                .to_check
                .contains(&"list_things: its answer has a `pagination` block but the SDK cannot page it (the answer has 2 lists beside it, not one); it has `send` only".to_owned()),
            "{:?}",
            imported.to_check
        );
        let (_, _, imported) = import_one(&list(false, &["things"]), "GET /things");
        assert!(
            imported
                .to_check
                .iter()
                .any(|line| line.contains("`pagination` is optional")),
            "{:?}",
            imported.to_check
        );
    }
}
