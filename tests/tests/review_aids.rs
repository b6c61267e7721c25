//! `cargo xtask changes` and `drift`, rule by rule, on pairs of small hand-made specs.

use katapult_build_tools::changes::{Change, Impact, changes, render_markdown};
use katapult_build_tools::drift::{Deviation, drift, parse_deviations};
use katapult_build_tools::facts::{ExamplePayload, facts};
use serde_json::{Value, json};

/// A one-operation spec: `GET /things` with these parameters, this request body schema
/// (as a POST when given) and this 200 schema.
fn spec(parameters: Value, body: Option<Value>, ok: Value) -> Value {
    let mut operation = json!({
        "operationId": "list_things",
        "parameters": parameters,
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": ok}}},
            "404": {"description": "missing", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
        },
    });
    if let Some(body) = body {
        operation["requestBody"] = json!({"content": {"application/json": {"schema": body}}});
    }
    json!({
        "openapi": "3.0.3",
        "paths": {"/things": {"get": operation}},
        "components": {"schemas": {"Error": {"type": "object", "properties": {"error": {"type": "object", "properties": {"code": {"type": "string"}}}}}}},
    })
}

fn param(name: &str, required: bool, schema: Value) -> Value {
    json!({"name": name, "in": "query", "required": required, "schema": schema})
}

fn object(properties: Value, required: &[&str]) -> Value {
    json!({"type": "object", "properties": properties, "required": required})
}

fn diff(old: &Value, new: &Value) -> Vec<Change> {
    changes(&facts(old, &[]), &facts(new, &[]))
}

/// Asserts exactly one change mentions `needle`, with `impact`.
fn assert_one(found: &[Change], impact: Impact, needle: &str) {
    let matching: Vec<&Change> = found.iter().filter(|c| c.message.contains(needle)).collect();
    assert_eq!(matching.len(), 1, "one change about {needle:?} in {found:#?}");
    assert_eq!(matching[0].impact, impact, "{}", matching[0]);
    assert_eq!(matching[0].operation, "list_things");
    assert!(
        matching[0].pointer.starts_with("#/"),
        "a JSON pointer: {}",
        matching[0].pointer
    );
}

fn base() -> Value {
    spec(
        json!([param("page", false, json!({"type": "integer"}))]),
        None,
        object(json!({"id": {"type": "string"}}), &["id"]),
    )
}

#[test]
fn identical_specs_have_no_changes() {
    assert!(diff(&base(), &base()).is_empty());
}

#[test]
fn operations_added_and_removed() {
    let mut more = base();
    more["paths"]["/other"] = json!({"get": {"operationId": "other", "responses": {}}});
    let added = diff(&base(), &more);
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].impact, added[0].operation.as_str()),
        (Impact::Additive, "other")
    );
    let removed = diff(&more, &base());
    assert_eq!(
        (removed[0].impact, removed[0].message.as_str()),
        (Impact::Breaking, "operation removed (GET /other)")
    );
}

#[test]
fn parameter_rules() {
    let ok = object(json!({"id": {"type": "string"}}), &["id"]);
    let with = |params: Value| spec(params, None, ok.clone());
    let page = param("page", false, json!({"type": "integer"}));

    assert_one(
        &diff(
            &with(json!([page])),
            &with(json!([
                page,
                param("sort", false, json!({"type": "string", "enum": ["a"]}))
            ])),
        ),
        Impact::Additive,
        "optional parameter `sort` added",
    );
    assert_one(
        &diff(
            &with(json!([page])),
            &with(json!([page, param("zone", true, json!({"type": "boolean"}))])),
        ),
        Impact::Breaking,
        "required parameter `zone` added",
    );
    assert_one(
        &diff(&with(json!([page])), &with(json!([]))),
        Impact::Breaking,
        "parameter `page` removed",
    );
    assert_one(
        &diff(
            &with(json!([page])),
            &with(json!([param("page_number", false, json!({"type": "integer"}))])),
        ),
        Impact::Breaking,
        "parameter `page` renamed to `page_number`",
    );
    assert_one(
        &diff(
            &with(json!([page])),
            &with(json!([param("page", true, json!({"type": "integer"}))])),
        ),
        Impact::Breaking,
        "parameter `page` is now required",
    );
    assert_one(
        &diff(
            &with(json!([param("page", true, json!({"type": "integer"}))])),
            &with(json!([page])),
        ),
        Impact::Additive,
        "parameter `page` is now optional",
    );
    assert_one(
        &diff(
            &with(json!([page])),
            &with(json!([param("page", false, json!({"type": "string"}))])),
        ),
        Impact::Breaking,
        "type `integer` → `string`",
    );
}

#[test]
fn request_body_rules() {
    let ok = object(json!({}), &[]);
    let with = |body: Value| spec(json!([]), Some(body), ok.clone());
    let before = with(object(json!({"name": {"type": "string"}}), &["name"]));

    let added_optional = with(object(
        json!({"name": {"type": "string"}, "label": {"type": "string"}}),
        &["name"],
    ));
    assert_one(
        &diff(&before, &added_optional),
        Impact::Additive,
        "optional request body field `label` added",
    );
    let added_required = with(object(
        json!({"name": {"type": "string"}, "zone": {"type": "string"}}),
        &["name", "zone"],
    ));
    assert_one(
        &diff(&before, &added_required),
        Impact::Breaking,
        "required request body field `zone` added",
    );
    assert_one(
        &diff(&before, &with(object(json!({}), &[]))),
        Impact::Breaking,
        "request body field `name` removed",
    );

    let optional = with(object(json!({"name": {"type": "string"}}), &[]));
    assert_one(&diff(&optional, &before), Impact::Breaking, "`name` is now required");
    assert_one(&diff(&before, &optional), Impact::Additive, "`name` is now optional");

    let enumerated = |values: Value| with(object(json!({"name": {"type": "string", "enum": values}}), &["name"]));
    assert_one(
        &diff(&enumerated(json!(["a", "b"])), &enumerated(json!(["a"]))),
        Impact::Breaking,
        "enum values removed: `b`",
    );
    assert_one(
        &diff(&enumerated(json!(["a"])), &enumerated(json!(["a", "b"]))),
        Impact::Additive,
        "enum values added: `b`",
    );
    assert_one(
        &diff(&before, &enumerated(json!(["a"]))),
        Impact::Breaking,
        "now limited to `a`",
    );

    let nullable = with(object(json!({"name": {"type": "string", "nullable": true}}), &["name"]));
    assert_one(&diff(&before, &nullable), Impact::Additive, "now nullable");
    assert_one(&diff(&nullable, &before), Impact::Breaking, "now not nullable");
}

#[test]
fn response_rules() {
    let with = |ok: Value| spec(json!([]), None, ok);
    let before = with(object(
        json!({"id": {"type": "string"}, "size": {"type": "integer", "format": "int32"}}),
        &["id"],
    ));

    let added = with(object(
        json!({"id": {"type": "string"}, "size": {"type": "integer", "format": "int32"}, "tag": {"type": "string"}}),
        &["id"],
    ));
    assert_one(
        &diff(&before, &added),
        Impact::Additive,
        "optional response 200 field `tag` added",
    );
    let removed = with(object(json!({"id": {"type": "string"}}), &["id"]));
    assert_one(
        &diff(&before, &removed),
        Impact::Breaking,
        "response 200 field `size` removed",
    );
    let loosened = with(object(
        json!({"id": {"type": "string"}, "size": {"type": "integer", "format": "int32"}}),
        &[],
    ));
    assert_one(&diff(&before, &loosened), Impact::Breaking, "`id` may now be absent");
    assert_one(
        &diff(&loosened, &before),
        Impact::Additive,
        "`id` is now always present",
    );
    let reformatted = with(object(
        json!({"id": {"type": "string"}, "size": {"type": "integer", "format": "int64"}}),
        &["id"],
    ));
    assert_one(&diff(&before, &reformatted), Impact::Breaking, "format int32 → int64");
    let nullable = with(object(
        json!({"id": {"type": "string", "nullable": true}, "size": {"type": "integer", "format": "int32"}}),
        &["id"],
    ));
    assert_one(&diff(&before, &nullable), Impact::Breaking, "`id`: now nullable");

    let state = |values: Value| with(object(json!({"state": {"type": "string", "enum": values}}), &[]));
    assert_one(
        &diff(&state(json!(["on"])), &state(json!(["on", "off"]))),
        Impact::Breaking,
        "enum values added: `off`",
    );
    assert_one(
        &diff(&state(json!(["on", "off"])), &state(json!(["on"]))),
        Impact::Additive,
        "enum values removed: `off`",
    );

    // Nested and array fields are followed through `$ref`s.
    let nested = |inner: Value| {
        let mut s = with(object(
            json!({"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}}),
            &[],
        ));
        s["components"]["schemas"]["Item"] = inner;
        s
    };
    let dropped = diff(
        &nested(object(json!({"a": {"type": "string"}, "b": {"type": "string"}}), &[])),
        &nested(object(json!({"a": {"type": "string"}}), &[])),
    );
    assert_one(&dropped, Impact::Breaking, "response 200 field `items[].b` removed");
    assert_eq!(dropped[0].pointer, "#/components/schemas/Item/properties/b");
}

#[test]
fn statuses_error_codes_and_examples() {
    let before = base();
    let mut fewer = base();
    fewer["paths"]["/things"]["get"]["responses"]
        .as_object_mut()
        .map(|r| r.remove("404"));
    assert_one(&diff(&before, &fewer), Impact::Breaking, "response 404 removed");
    assert_one(&diff(&fewer, &before), Impact::Additive, "response 404 added");

    let example = |code: &str, name: &str| ExamplePayload {
        operation_id: "list_things".into(),
        status: "404".into(),
        name: name.into(),
        value: json!({"error": {"code": code, "description": "x"}}),
    };
    let old = facts(&before, &[example("thing_not_found", "missing")]);
    let new = facts(
        &before,
        &[
            example("thing_not_found", "missing"),
            example("route_not_found", "route"),
        ],
    );
    let found = changes(&old, &new);
    assert_one(
        &found,
        Impact::Additive,
        "error code `route_not_found` now listed for 404",
    );
    assert_one(&found, Impact::Other, "example `route` added for 404");
    assert_one(
        &changes(&new, &old),
        Impact::Breaking,
        "error code `route_not_found` no longer listed for 404",
    );

    let edited = facts(
        &before,
        &[ExamplePayload {
            value: json!({"error": {"code": "thing_not_found", "description": "y"}}),
            ..example("thing_not_found", "missing")
        }],
    );
    assert_one(
        &changes(&old, &edited),
        Impact::Other,
        "example `missing` changed for 404",
    );
}

#[test]
fn the_markdown_report_is_grouped_and_stable() {
    let before = base();
    let after = spec(
        json!([]),
        None,
        object(json!({"id": {"type": "string"}, "tag": {"type": "string"}}), &["id"]),
    );
    let found = diff(&before, &after);
    let report = render_markdown("API changes", &found);
    let breaking = report.find("### Breaking (1)").expect("a breaking section");
    let additive = report.find("### Additive (1)").expect("an additive section");
    assert!(breaking < additive);
    assert!(
        report.contains("- `list_things` `#/paths/~1things/get/parameters/0/schema`: parameter `page` removed"),
        "{report}"
    );
    assert_eq!(
        report,
        render_markdown("API changes", &diff(&before, &after)),
        "same input, same report"
    );
}

#[test]
fn drift_reports_differences_and_marks_intended_ones() {
    let ours = spec(
        json!([param("page", false, json!({"type": "integer"}))]),
        None,
        object(json!({"id": {"type": "string"}, "label": {"type": "string"}}), &["id"]),
    );
    // The vendor's: a bare error, a nullable label, one more field, one more status.
    let mut vendor = spec(
        json!([param("page", false, json!({"type": "integer"}))]),
        None,
        object(
            json!({"id": {"type": "string"}, "label": {"allOf": [{"type": "string"}], "nullable": true}, "zone": {"type": "string"}}),
            &["id"],
        ),
    );
    vendor["components"]["schemas"]["Error"] =
        json!({"type": "object", "properties": {"code": {"type": "string", "enum": ["thing_not_found"]}}});
    vendor["paths"]["/things"]["get"]["responses"]["429"] = json!({"description": "slow down"});
    let deviations: Vec<Deviation> =
        parse_deviations("- kind: error-envelope\n  where: \"* response 404\"\n  reason: the wire wraps errors\n")
            .expect("valid");

    let found = drift(&facts(&ours, &[]), &facts(&vendor, &[]), &deviations);
    let line = |kind: &str| {
        found
            .iter()
            .find(|d| d.kind == kind)
            .unwrap_or_else(|| panic!("no {kind} in {found:#?}"))
    };
    assert_eq!(line("field-nullable").location, "response 200 field label");
    assert_eq!(line("field-only-vendor").location, "response 200 field zone");
    assert_eq!(line("status-only-vendor").location, "response 429");
    assert_eq!(
        line("error-code-only-vendor").location,
        "response 404 code thing_not_found"
    );
    let envelope = line("error-envelope");
    assert_eq!(envelope.intended.as_deref(), Some("the wire wraps errors"));
    assert_eq!(found.iter().filter(|d| d.intended.is_none()).count(), found.len() - 1);

    let missing_operation = drift(&facts(&ours, &[]), &facts(&json!({"paths": {}}), &[]), &[]);
    assert_eq!(missing_operation.len(), 1);
    assert_eq!(missing_operation[0].kind, "operation-only-ours");
}

#[test]
fn the_real_deviations_file_parses_and_every_entry_has_a_reason() {
    let text =
        std::fs::read_to_string(katapult_tests::workspace_root().join(katapult_build_tools::drift::DEVIATIONS_FILE))
            .expect("readable");
    let deviations = parse_deviations(&text).expect("valid YAML");
    assert!(!deviations.is_empty());
    for deviation in deviations {
        assert!(!deviation.reason.trim().is_empty(), "{deviation:?}");
    }
}
