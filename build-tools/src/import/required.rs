//! Required where the API always sends it.
//!
//! Apia writes every field of the view an endpoint answers with: `FieldSet#generate_hash`
//! leaves a field out only when a `condition` block refuses it, when `skip_if_null` (Apia
//! 3.10) meets a nil, or when the endpoint's field spec does not include it; a nil in a
//! field that is not nullable is a 500 (`null_value_for_non_null_field`), never an absent
//! key. The vendor's document comes from Apia's generator, which marks no field of an
//! object `required` (only an endpoint's own top-level fields) and writes a component per
//! view, with the fields that view includes.
//!
//! So a field present in *every* vendor view of an object is sent in every answer that
//! holds the object, unless a `condition` refuses it, which the vendor's document cannot
//! show: it is `required`. (A view is a component with fields; one that states none says
//! nothing about them and is no view, `objects.rs`.) Where the service is found to leave out
//! a field the rule requires, the spec drops it from the object's `required` with a `WIRE:`
//! comment and a `field-required` entry in `spec/deviations.yaml` giving the evidence, and
//! `cargo xtask drift` takes it as intended. One that is not nullable in any view becomes a plain
//! Rust field (`task.id: String`); a nullable one stays `Option` and is written as `null`.
//! A field that some view leaves out (a machine's `disks` in a task's view of it) stays
//! optional: one type per object reads every view (see `objects.rs`), rather than one type
//! per view, so that a user meets one `VirtualMachine` however it was reached.
//!
//! The rule holds for objects the API sends, not for what it reads: a component reachable
//! from a request body or parameter (an argument set, a lookup, a key-value pair) keeps the
//! `required` the vendor's document gives it.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::openapi;

/// The vendor components a request reaches (bodies and parameters, and everything they
/// refer to): the argument side, where the rule does not apply.
pub(super) fn argument_components(vendor: &Value) -> BTreeSet<String> {
    let operations = openapi::operations(vendor);
    let requests = operations.iter().flat_map(|operation| {
        [
            operation.value.get("requestBody"),
            operation.value.get("parameters"),
            operation.path_item.get("parameters"),
        ]
        .into_iter()
        .flatten()
    });
    let mut reached = BTreeSet::new();
    crate::subset::close_over_references(vendor, requests.collect(), &mut reached);
    reached
        .iter()
        .filter_map(|pointer| pointer.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
        .collect()
}

/// The fields every one of an object's `views` (its vendor components) shows, sorted;
/// `None` when the object is on the argument side (any view of it is in `arguments`) or has
/// no views with fields. Which views are one object's is `objects.rs`'s to say.
pub(super) fn always_sent(vendor: &Value, views: &[String], arguments: &BTreeSet<String>) -> Option<Vec<String>> {
    if views.is_empty() || views.iter().any(|view| arguments.contains(view)) {
        return None;
    }
    let mut common: Option<BTreeSet<String>> = None;
    for view in views {
        let fields: BTreeSet<String> = vendor
            .pointer(&format!("/components/schemas/{}/properties", openapi::escape(view)))
            .and_then(Value::as_object)
            .into_iter()
            .flat_map(|properties| properties.keys().cloned())
            .collect();
        if fields.is_empty() {
            continue;
        }
        common = Some(match common {
            None => fields,
            Some(so_far) => so_far.intersection(&fields).cloned().collect(),
        });
    }
    common.filter(|c| !c.is_empty()).map(|c| c.into_iter().collect())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_field_in_every_view_of_an_answered_object_is_required_and_arguments_are_left_alone() {
        let answer = |schema: &str| {
            json!({"200": {"description": "OK", "content": {"application/json": {"schema": {
                "$ref": format!("#/components/schemas/{schema}")}}}}})
        };
        let vendor = json!({
            "paths": {
                "/tasks/task": {"get": {"operationId": "get_task", "responses": answer("GetTask200Response")}},
                "/vm/stop": {"post": {
                    "operationId": "stop",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/StopArguments"}}}},
                    "responses": answer("PostVmStop200Response"),
                }},
            },
            "components": {"schemas": {
                "GetTask200Response": {"type": "object", "properties": {"task": {"$ref": "#/components/schemas/Task"}}},
                "PostVmStop200Response": {"type": "object", "properties": {"task": {"$ref": "#/components/schemas/PostVmStop200ResponseTask"}}},
                "Task": {"type": "object", "properties": {
                    "id": {"type": "string"}, "status": {"type": "string"}, "progress": {"type": "integer"}}},
                "PostVmStop200ResponseTask": {"type": "object", "properties": {
                    "id": {"type": "string"}, "status": {"type": "string"}}},
                "StopArguments": {"type": "object", "properties": {"force": {"type": "boolean"}}},
            }},
        });
        // The task's views, as `objects.rs` groups them: its own and the stop's answer's.
        let task = ["Task".to_owned(), "PostVmStop200ResponseTask".to_owned()];
        let arguments = argument_components(&vendor);
        assert!(arguments.contains("StopArguments"));
        assert_eq!(
            always_sent(&vendor, &task, &arguments),
            Some(vec!["id".to_owned(), "status".to_owned()]),
            "progress is left out of the stop's view of the task"
        );
        assert_eq!(always_sent(&vendor, &["StopArguments".to_owned()], &arguments), None);
    }
}
