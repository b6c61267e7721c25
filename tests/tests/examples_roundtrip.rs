//! Every example payload in the spec decodes into the generated type for its operation and
//! status, and re-encodes to the same JSON (after `katapult_tests::normalise`).

use katapult_tests::{component_name, normalise, roundtrip, spec};

#[test]
fn every_example_decodes_and_reencodes_to_the_same_json() {
    let spec = spec();
    let examples = spec.examples();
    assert!(
        examples.len() >= 29,
        "expected every example of both pages, found {}",
        examples.len()
    );
    let mut failures = Vec::new();
    for example in &examples {
        let value = example.value.as_ref().unwrap_or_else(|e| panic!("{example}: {e}"));
        // A text answer is handed over as the text itself (a `String`): nothing to decode.
        if example.schema["type"] == "string" {
            assert!(value.is_string(), "{example}: a text answer's example is text");
            continue;
        }
        let name = component_name(&example.schema)
            .unwrap_or_else(|| panic!("{example}: the response schema should be a component $ref"));
        let result = roundtrip(name, value).unwrap_or_else(|| {
            panic!("{example}: no generated type for `{name}` (the registry holds one per component schema)")
        });
        match result {
            Err(e) => failures.push(format!("{example}: does not decode as {name}: {e}")),
            Ok(reencoded) => {
                let expected = normalise(spec, &example.schema, value);
                if reencoded != expected {
                    failures.push(format!(
                        "{example}: re-encoded {name} differs\n  expected: {expected}\n  got:      {reencoded}"
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unknown_fields_are_accepted_and_dropped_by_normalisation_only() {
    let spec = spec();
    let example = spec
        .examples()
        .into_iter()
        .find(|e| e.name == "newer_fields")
        .expect("the spec keeps an example with fields the docs do not know");
    let value = example.value.expect("readable");
    let reencoded = roundtrip("ListVirtualMachineNetworkInterfacesResponse", &value)
        .expect("registered")
        .expect("decodes");
    let interface = &reencoded["virtual_machine_network_interfaces"][0];
    assert!(
        interface.get("firewall_enabled").is_none(),
        "unknown fields are not kept"
    );
    assert!(
        interface["network"].get("default").is_none(),
        "unknown fields are not kept, at any depth"
    );
    assert_eq!(
        interface["network"]["id"], "net_dDYBq1ZZVBWhMqPK",
        "known fields beside them survive"
    );
}
