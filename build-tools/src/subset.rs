//! What part of a document some operations need: the components they reach (by `$ref`,
//! through the security schemes they name, and through their query lookup groups, which
//! the generator reads as `XLookup` with no `$ref` to show for it), and the document cut
//! down to those operations. Validation reports what no operation reaches; the import's
//! end-to-end test starts from a spec with a family cut out; the same cut is what a build
//! for some API families gives progenitor.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::openapi::{self, Operation};

/// The pointers (`#/components/schemas/X`, …) of every component the operations of
/// `document` that `keep` accepts reach, and of the document-level `security`'s schemes.
pub fn reachable_components(document: &Value, keep: impl Fn(&Operation<'_>) -> bool) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut pending: Vec<&Value> = Vec::new();
    let target = |reference: &str| openapi::target(document, reference);
    for operation in openapi::operations(document).into_iter().filter(|o| keep(o)) {
        pending.push(operation.value);
        // Parameters shared by every method of the path.
        pending.extend(operation.path_item.get("parameters"));
        let parameters = operation.value.get("parameters").and_then(Value::as_array);
        for parameter in parameters.into_iter().flatten() {
            let parameter = openapi::resolve(document, parameter).value;
            let Some((prefix, _)) = parameter
                .get("name")
                .and_then(Value::as_str)
                .and_then(openapi::lookup_group_member)
            else {
                continue;
            };
            let reference = format!("#/components/schemas/{}", openapi::lookup_schema_name(prefix));
            if let Some(found) = target(&reference)
                && used.insert(reference)
            {
                pending.push(found);
            }
        }
        schemes(operation.value.get("security"), &mut used);
    }
    pending.extend(document.get("security"));
    schemes(document.get("security"), &mut used);
    close_over_references(document, pending, &mut used);
    used
}

/// Adds to `used` the pointer of every component `pending` refers to, and of everything
/// those refer to in turn (each component followed once: the ones already in `used` are
/// not followed again).
pub fn close_over_references<'v>(document: &'v Value, mut pending: Vec<&'v Value>, used: &mut BTreeSet<String>) {
    while let Some(value) = pending.pop() {
        references(value, &mut |reference| {
            if used.insert(reference.to_owned())
                && let Some(found) = openapi::target(document, reference)
            {
                pending.push(found);
            }
        });
    }
}

/// `document` with only the operations `keep` accepts, and only the components they reach;
/// paths left with no operation are removed.
pub fn with_operations(document: &Value, keep: impl Fn(&Operation<'_>) -> bool) -> Value {
    let reachable = reachable_components(document, &keep);
    let mut out = document.clone();
    let kept: BTreeSet<(String, &str)> = openapi::operations(document)
        .into_iter()
        .filter(|o| keep(o))
        .map(|o| (o.path.to_owned(), o.method))
        .collect();
    if let Some(paths) = out.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths.iter_mut() {
            if let Some(item) = item.as_object_mut() {
                item.retain(|key, _| {
                    !openapi::METHODS.contains(&key.as_str()) || kept.contains(&(path.clone(), key.as_str()))
                });
            }
        }
        paths.retain(|_, item| {
            item.as_object()
                .is_some_and(|i| i.keys().any(|k| openapi::METHODS.contains(&k.as_str())))
        });
    }
    if let Some(components) = out.get_mut("components").and_then(Value::as_object_mut) {
        for (kind, entries) in components.iter_mut() {
            if let Some(entries) = entries.as_object_mut() {
                let kind = kind.clone();
                entries.retain(|name, _| {
                    reachable.contains(&format!(
                        "#/components/{}/{}",
                        openapi::escape(&kind),
                        openapi::escape(name)
                    ))
                });
            }
        }
        components.retain(|_, entries| entries.as_object().is_none_or(|e| !e.is_empty()));
    }
    out
}

fn schemes(security: Option<&Value>, used: &mut BTreeSet<String>) {
    for requirement in security.and_then(Value::as_array).into_iter().flatten() {
        for name in requirement.as_object().into_iter().flat_map(Map::keys) {
            used.insert(format!("#/components/securitySchemes/{}", openapi::escape(name)));
        }
    }
}

/// Every `$ref` inside `value`, in document order.
pub fn references_in<'v>(value: &'v Value, found: &mut Vec<&'v str>) {
    references(value, &mut |r| found.push(r));
}

fn references<'v>(value: &'v Value, found: &mut impl FnMut(&'v str)) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                found(r);
            }
            map.values().for_each(|v| references(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, found)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_cut_keeps_what_the_kept_operations_reach_and_nothing_else() {
        let document = json!({
            "paths": {
                "/a": {"get": {"operationId": "a", "tags": ["one"],
                    "parameters": [{"name": "thing[id]", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"$ref": "#/components/responses/A"}}}},
                "/b": {"get": {"operationId": "b", "tags": ["two"],
                    "security": [{"token": []}],
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/B"}}}}}}}
            },
            "components": {
                "responses": {"A": {"description": "a", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
                "schemas": {
                    "A": {"type": "object", "properties": {"shared": {"$ref": "#/components/schemas/Shared"}}},
                    "B": {"type": "object", "properties": {"shared": {"$ref": "#/components/schemas/Shared"}}},
                    "Shared": {"type": "string"},
                    "ThingLookup": {"oneOf": []}
                },
                "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}
            }
        });
        let only_one = |o: &Operation<'_>| o.value["tags"][0] == "one";
        let cut = with_operations(&document, only_one);
        assert!(cut.pointer("/paths/~1b").is_none());
        let schemas: Vec<&String> = cut["components"]["schemas"]
            .as_object()
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        assert_eq!(schemas, ["A", "Shared", "ThingLookup"]);
        assert!(cut["components"].get("securitySchemes").is_none());
        let all = reachable_components(&document, |_| true);
        assert!(all.contains("#/components/schemas/B"));
        assert!(all.contains("#/components/securitySchemes/token"));
    }
}
