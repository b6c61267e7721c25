//! Every example payload validates against the spec's schema under an independent JSON
//! Schema validator (the `jsonschema` crate), after build-tools maps OpenAPI's `nullable`.

use katapult_build_tools::json_schema_for;
use katapult_tests::spec;
use serde_json::{Value, json};

fn validator(spec: &katapult_build_tools::Spec, schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .build(&json_schema_for(spec, schema))
        .expect("the spec's schemas are valid JSON Schema")
}

#[test]
fn every_example_validates_against_its_schema() {
    let spec = spec();
    let mut failures = Vec::new();
    for example in spec.examples() {
        let value = example.value.as_ref().expect("readable");
        let errors: Vec<String> = validator(spec, &example.schema)
            .iter_errors(value)
            .map(|e| e.to_string())
            .collect();
        if !errors.is_empty() {
            failures.push(format!("{example}: {}", errors.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_validator_rejects_payloads_that_break_the_schema() {
    let spec = spec();
    let list = json!({"$ref": "#/components/schemas/ListVirtualMachineNetworkInterfacesResponse"});
    let v = validator(spec, &list);
    assert!(
        !v.is_valid(&json!({"virtual_machine_network_interfaces": []})),
        "pagination is required"
    );
    let pagination = |total: Value| json!({"current_page": 1, "per_page": 30, "large_set": true, "total": total, "total_pages": null});
    assert!(!v.is_valid(&json!({"pagination": pagination(json!("3")), "virtual_machine_network_interfaces": []})));
    assert!(
        v.is_valid(&json!({"pagination": pagination(Value::Null), "virtual_machine_network_interfaces": []})),
        "nullable"
    );
    assert!(
        !v.is_valid(&json!({"pagination": {"total": null}, "virtual_machine_network_interfaces": []})),
        "a pagination block always has its five fields"
    );

    let errors = json!({"$ref": "#/components/schemas/ErrorResponse"});
    let v = validator(spec, &errors);
    assert!(
        !v.is_valid(&json!({"code": "rate_limit_reached", "description": "x"})),
        "the bare form is not the wire"
    );
    assert!(!v.is_valid(&json!({"error": {"code": "no_such_code", "description": "x"}})));

    let lookup = json!({"$ref": "#/components/schemas/VirtualMachineLookup"});
    let v = validator(spec, &lookup);
    assert!(v.is_valid(&json!({"id": "vm_1"})));
    assert!(
        !v.is_valid(&json!({"id": "vm_1", "fqdn": "a.example"})),
        "a lookup holds one key"
    );
}
