//! What the import tests share: a spec of ours and a vendor document (files under
//! `fixtures/`), and a way to import one operation and read back what was written.

use serde_json::{Value, json};

use super::{Imported, import};
use crate::Spec;

/// A spec of ours, in the layout `import` writes into.
pub(super) const OURS: &str = include_str!("fixtures/ours.yaml");

/// [`OURS`], parsed.
pub(super) fn ours() -> Spec {
    Spec::parse(std::path::Path::new("spec/katapult-core.yaml"), OURS.to_owned()).expect("the fixture parses")
}

/// The vendor's document of the tests.
pub(super) fn vendor() -> Value {
    serde_json::from_str(include_str!("fixtures/vendor.json")).expect("the fixture is JSON")
}

/// [`vendor`] with `paths` (path items by path) added.
pub(super) fn vendor_with(paths: Value) -> Value {
    let mut vendor = vendor();
    for (path, item) in paths.as_object().into_iter().flatten() {
        vendor["paths"][path] = item.clone();
    }
    vendor
}

/// Imports the operations `selectors` from `vendor` into [`OURS`]: the spec it wrote, read
/// back, and what the import reported.
pub(super) fn import_all(vendor: &Value, selectors: &[&str]) -> (Value, Imported) {
    let selectors: Vec<String> = selectors.iter().map(|s| (*s).to_owned()).collect();
    let imported = import(&ours(), OURS, vendor, "test", &selectors).expect("imports");
    let written: Value = serde_yaml_ng::from_str(&imported.spec_text).expect("valid YAML");
    (written, imported)
}

/// Imports the operation `selector` (`'METHOD /path'`): the operation written, every
/// component of the spec written, and what the import reported.
pub(super) fn import_one(vendor: &Value, selector: &str) -> (Value, Value, Imported) {
    let (written, imported) = import_all(vendor, &[selector]);
    let (method, path) = selector.split_once(' ').expect("'METHOD /path'");
    let operation = written["paths"][path][method.to_lowercase()].clone();
    (operation, written["components"]["schemas"].clone(), imported)
}

#[test]
fn an_imported_operation_follows_our_conventions_and_the_wire() {
    let spec = ours();
    let imported = import(&spec, OURS, &vendor(), "test", &["GET /things/thing".to_owned()]).expect("imports");
    assert_eq!(imported.operations, ["get_thing (GET /things/thing)"]);
    let written: Value = serde_yaml_ng::from_str(&imported.spec_text).expect("valid YAML");
    let op = &written["paths"]["/things/thing"]["get"];
    assert_eq!(op["operationId"], "get_thing");
    assert_eq!(op["description"], "Return a thing", "the scope list is dropped");
    assert_eq!(
        op["security"],
        json!([{"apiToken": ["things"]}, {"apiToken": ["things:read"]}])
    );
    assert_eq!(
        op["parameters"][0]["schema"]["minLength"], 1,
        "lookup values are never empty"
    );
    assert_eq!(
        op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ErrorResponse",
        "errors are wrapped, as on the wire"
    );
    assert!(
        imported
            .spec_text
            .contains("# WIRE: the vendor's document gives its error answers bare")
    );
    let schemas = &written["components"]["schemas"];
    let codes: Vec<&Value> = schemas["ApiError"]["oneOf"]
        .as_array()
        .expect("a oneOf")
        .iter()
        .map(|v| &v["properties"]["code"]["enum"][0])
        .collect();
    assert_eq!(codes, [&json!("known_code"), &json!("thing_not_found")]);
    assert_eq!(
        schemas["ThingLookup"]["oneOf"].as_array().map(Vec::len),
        Some(2),
        "a one-key lookup for the query group"
    );
    assert!(
        schemas.get("Thing").is_some(),
        "named for what it is, not where it appears"
    );
    assert_eq!(
        schemas["Thing"]["properties"]["owner"]["type"], "object",
        "nullable has a type"
    );
    assert!(
        written["paths"]["/things/thing/list"].is_object(),
        "what was there stays"
    );
    let files: Vec<&str> = imported.examples.iter().map(|(file, _)| file.as_str()).collect();
    assert_eq!(
        files,
        [
            "examples/get_thing/200-imported.json",
            "examples/get_thing/404-thing-not-found.json"
        ]
    );
    // Made from the schema, with values of the API's shape (see `sample.rs`).
    let example = &imported.examples[0].1;
    assert!(
        example["thing"]["id"]
            .as_str()
            .is_some_and(|id| id.starts_with("thing_")),
        "{example}"
    );
    assert_eq!(example["thing"]["owner"], json!({"name": "Owner 1"}));
}

#[test]
fn an_operation_the_spec_has_or_the_vendor_lacks_is_refused() {
    let spec = ours();
    let missing = import(&spec, OURS, &vendor(), "test", &["GET /nowhere".to_owned()]);
    assert!(missing.is_err_and(|e| e.contains("no operation")));
    let twice = import(
        &spec,
        OURS,
        &vendor(),
        "test",
        &["get:thing".to_owned(), "GET /things/thing".to_owned()],
    );
    assert!(twice.is_err_and(|e| e.contains("already")));
}

#[test]
fn a_vendor_path_with_a_literal_where_ours_has_a_template_is_the_same_operation() {
    // As `…/available_ips/address_version` is ours `…/available_ips/{address_version}`.
    let text = OURS.replace("/things/thing/list:", "/things/thing/{kind}:");
    let spec = Spec::parse(std::path::Path::new("spec/katapult-core.yaml"), text.clone()).expect("parses");
    let vendor = vendor_with(json!({"/things/thing/kind": {"get": {"summary": "List kinds", "responses": {}}}}));
    let again = import(&spec, &text, &vendor, "test", &["GET /things/thing/kind".to_owned()]);
    assert!(again.is_err_and(|e| e.contains("already in the spec")));
}

#[test]
fn an_operation_can_be_named_when_its_summary_name_is_not_wanted() {
    let spec = ours();
    let named = import(&spec, OURS, &vendor(), "test", &["get:thing as fetch_thing".to_owned()]).expect("imports");
    assert!(named.spec_text.contains("operationId: fetch_thing"));
    assert_eq!(named.operations, ["fetch_thing (GET /things/thing)"]);
    let bad = import(&spec, OURS, &vendor(), "test", &["get:thing as Fetch-Thing".to_owned()]);
    assert!(bad.is_err_and(|e| e.contains("snake_case")));
}

#[test]
fn a_body_is_required_only_when_one_of_its_arguments_is() {
    let body = |schema: Value| json!({"content": {"application/json": {"schema": schema}}});
    let answer = json!({"200": {"description": "OK", "content": {"application/json": {
        "schema": {"type": "object", "properties": {"status": {"type": "boolean"}}, "required": ["status"]}}}}});
    let vendor = vendor_with(json!({
        "/things/forget": {"post": {"operationId": "post:things/forget", "summary": "Forget things",
            "requestBody": body(json!({"properties": {}})), "responses": answer.clone()}},
        "/things/name": {"post": {"operationId": "post:things/name", "summary": "Name things",
            "requestBody": body(json!({"properties": {"name": {"type": "string"}}, "required": ["name"]})),
            "responses": answer}},
    }));
    let (written, _) = import_all(&vendor, &["POST /things/forget", "POST /things/name"]);
    let required = |path: &str| written["paths"][path]["post"]["requestBody"].get("required").cloned();
    assert_eq!(
        required("/things/forget"),
        None,
        "an absent body is no arguments, as the framework reads it"
    );
    assert_eq!(required("/things/name"), Some(json!(true)));
}

#[test]
fn a_text_answer_gets_a_realistic_example_and_an_apostrophe_no_word_break() {
    let vendor = vendor_with(json!({
        "/widgets/widget/label": {"get": {"operationId": "get:widgets/widget/label",
            "summary": "Get a widget's label",
            "responses": {"200": {"description": "The label", "content": {"text/plain": {
                "schema": {"type": "string"}}}}}}},
    }));
    let (written, imported) = import_all(&vendor, &["GET /widgets/widget/label"]);
    let operation = &written["paths"]["/widgets/widget/label"]["get"];
    assert_eq!(operation["operationId"], "get_widget_label");
    let (file, example) = imported
        .examples
        .iter()
        .find(|(file, _)| file.ends_with(".txt"))
        .expect("a text example");
    assert!(
        !crate::sample::is_placeholder("label", example),
        "{file}: {example} is a placeholder"
    );
    assert_eq!(example, &json!("Web server 1"), "a label, as the sampler writes labels");
}
