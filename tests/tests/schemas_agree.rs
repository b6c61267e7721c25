//! Every generated type's schemars schema agrees with the spec's schema for it: the same
//! properties, types, required sets, nullability and enum values.

use katapult_build_tools::json_schema_for;
use katapult_tests::shape::{compare, reduce};
use katapult_tests::{GENERATED_TYPES, generated_schema, spec};
use serde_json::json;

#[test]
fn every_component_schema_has_a_registered_generated_type() {
    let spec = spec();
    let components = spec
        .raw()
        .pointer("/components/schemas")
        .and_then(|s| s.as_object())
        .expect("schemas");
    let missing: Vec<&String> = components
        .keys()
        .filter(|k| !GENERATED_TYPES.contains(&k.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "add these to `generated_types!` in tests/src/lib.rs: {missing:?}"
    );
}

#[test]
fn generated_types_agree_with_the_spec() {
    let spec = spec();
    let mut mismatches = Vec::new();
    for name in GENERATED_TYPES {
        let from_spec = json_schema_for(spec, &json!({"$ref": format!("#/components/schemas/{name}")}));
        let generated = generated_schema(name).expect("registered");
        let spec_node = reduce(&from_spec, &from_spec);
        let generated_node = reduce(&generated, &generated);
        mismatches.extend(compare(name, &spec_node, &generated_node));
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_comparison_names_the_path_of_a_mismatch() {
    let spec = json!({"type": "object", "required": ["a"], "properties": {
        "a": {"type": "integer"}, "b": {"type": "string", "enum": ["x", "y"]}}});
    let generated = json!({"type": "object", "required": [], "properties": {
        "a": {"type": "string"}, "b": {"type": "string", "enum": ["x"]}, "c": {"type": "boolean"}}});
    let diffs = compare("T", &reduce(&spec, &spec), &reduce(&generated, &generated));
    assert_eq!(diffs.len(), 4, "{diffs:#?}");
    assert!(diffs.iter().any(|d| d.starts_with("T.a: required is true")));
    assert!(diffs.iter().any(|d| d.starts_with("T.a: type is integer")));
    assert!(diffs.iter().any(|d| d.starts_with("T.b: enum values")));
    assert!(
        diffs
            .iter()
            .any(|d| d.starts_with("T.c: in the generated type but not in the spec"))
    );
}

#[test]
fn both_sides_see_every_error_code() {
    let spec = spec();
    let from_spec = json_schema_for(spec, &json!({"$ref": "#/components/schemas/ApiError"}));
    let generated = generated_schema("ApiError").expect("registered");
    let listed = spec.raw()["components"]["schemas"]["ApiError"]["oneOf"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(listed > 0, "ApiError lists its codes");
    for (side, root) in [("spec", &from_spec), ("generated", &generated)] {
        match reduce(root, root).shape {
            katapult_tests::shape::Shape::OneOf(variants) => assert_eq!(variants.len(), listed, "{side}"),
            other => panic!("{side}: ApiError should be a oneOf, got {other:?}"),
        }
    }
}

#[test]
fn a_recursive_type_is_walked_once() {
    // A template whose latest version names its template, as the disk templates do; the
    // generated side wraps the reference once more, as schemars does.
    let spec = json!({
        "$ref": "#/definitions/Template",
        "definitions": {
            "Template": {"type": "object", "properties": {"latest": {"$ref": "#/definitions/Version"}}},
            "Version": {"type": "object", "properties": {"template": {"$ref": "#/definitions/Template"}, "n": {"type": "integer"}}},
        }
    });
    let generated = json!({
        "$ref": "#/definitions/Template",
        "definitions": {
            "Template": {"type": "object", "properties": {"latest": {"allOf": [{"$ref": "#/definitions/Version"}]}}},
            "Version": {"type": "object", "properties": {"template": {"allOf": [{"$ref": "#/definitions/Template"}]}, "n": {"type": "string"}}},
        }
    });
    let diffs = compare("Template", &reduce(&spec, &spec), &reduce(&generated, &generated));
    assert_eq!(
        diffs,
        ["Template.latest.n: type is integer in the spec but string in the generated type"]
    );
}
