//! A broken spec is reported by the validator with the rule, the place and the line.

use katapult_build_tools::{LoadError, Rule, Spec, validate};
use katapult_tests::workspace_root;

fn spec_text() -> String {
    std::fs::read_to_string(workspace_root().join(katapult_build_tools::SPEC_FILE)).expect("readable")
}

fn parse(text: String) -> Result<Spec, LoadError> {
    // Parse as if it were the real file, so example files resolve.
    Spec::parse(&workspace_root().join(katapult_build_tools::SPEC_FILE), text)
}

#[test]
fn the_real_spec_has_no_problems() {
    let spec = parse(spec_text()).expect("loads");
    let problems = validate(&spec);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = spec_text()
        .replacen("operationId: allocate_ip_address", "operationId: AllocateIP", 1)
        .replacen("      summary: List virtual machine network interfaces\n", "", 1)
        .replacen(
            "          description: The interface's name, e.g. `Public Network on bitter-beautiful-mango`.\n",
            "",
            1,
        )
        .replacen(
            "$ref: \"#/components/schemas/ReleaseIpAddressResponse\"",
            "$ref: \"#/components/schemas/Nope\"",
            1,
        )
        .replacen(
            "examples/allocate_ip_address/200-ipv4.json",
            "examples/allocate_ip_address/missing.json",
            1,
        );
    let spec = parse(text).expect("still parses");
    let problems = validate(&spec);
    let rules: Vec<Rule> = problems.iter().map(|p| p.rule).collect();
    for rule in [
        Rule::OperationId,
        Rule::Summary,
        Rule::SchemaDescription,
        Rule::RefResolves,
        Rule::UnusedComponent,
        Rule::ExampleReadable,
    ] {
        assert!(rules.contains(&rule), "{rule:?} not reported: {problems:#?}");
    }
    let op = problems.iter().find(|p| p.rule == Rule::OperationId).expect("reported");
    assert!(op.to_string().contains("`AllocateIP` is not snake_case"), "{op}");
    assert!(op.line.is_some(), "the line is found: {op}");
}

#[test]
fn an_example_that_breaks_its_schema_is_named() {
    let text = spec_text().replacen(
        "externalValue: examples/allocate_ip_address/200-ipv4.json",
        "externalValue: examples/list_virtual_machine_network_interfaces/200-partial.json",
        1,
    );
    let problems = validate(&parse(text).expect("parses"));
    let bad = problems
        .iter()
        .find(|p| p.rule == Rule::ExampleValid)
        .expect("reported");
    let message = bad.to_string();
    assert!(message.contains("allocate_ip_address 200 example `ipv4`"), "{message}");
    assert!(message.contains("\"ip_address\" is a required property"), "{message}");
}

#[test]
fn error_responses_must_share_a_schema() {
    let text = spec_text().replacen(
        "        \"406\":\n          $ref: \"#/components/responses/ObjectInTrash\"\n        \"429\"",
        "        \"406\":\n          description: x\n          content:\n            application/json:\n              schema:\n                $ref: \"#/components/schemas/ApiError\"\n              example: {code: object_in_trash, description: x}\n        \"429\"",
        1,
    );
    let problems = validate(&parse(text).expect("parses"));
    assert!(problems.iter().any(|p| p.rule == Rule::OneErrorSchema), "{problems:#?}");
}

#[test]
fn yaml_errors_name_the_file_and_line() {
    let text = spec_text().replacen("openapi: 3.0.3\n", "openapi: 3.0.3\n  bad: [\n", 1);
    let err = parse(text).expect_err("broken YAML");
    let message = err.to_string();
    assert!(message.contains("katapult-core.yaml:"), "{message}");
    assert!(matches!(err, LoadError::Yaml { line: Some(_), .. }), "{message}");
}

#[test]
fn openapi_shape_errors_name_the_pointer() {
    let text = spec_text().replacen(
        "      operationId: allocate_ip_address\n",
        "      operationId: [1]\n",
        1,
    );
    let message = parse(text).expect_err("not OpenAPI").to_string();
    assert!(message.contains("/operationId"), "{message}");
}

/// `GET /data_centers/data_center` takes its lookup only in the query: its `DataCenterLookup`
/// is used by the group `data_center[id]` / `data_center[permalink]`, with no `$ref`.
#[test]
fn a_lookup_used_only_by_a_query_group_is_used() {
    let operation = [
        "  /data_centers/data_center:",
        "    get:",
        "      operationId: get_data_center",
        "      summary: Get a data center",
        "      description: A data center, by exactly one of its ID or permalink.",
        "      security:",
        "        - apiToken: []",
        "      parameters:",
        "        - name: data_center[id]",
        "          in: query",
        "          description: Its ID.",
        "          schema: {type: string}",
        "        - name: data_center[permalink]",
        "          in: query",
        "          description: Its permalink.",
        "          schema: {type: string}",
        "      responses:",
        "        \"404\":",
        "          $ref: \"#/components/responses/ObjectInTrash\"",
        "",
    ]
    .join("\n");
    let lookup = [
        "    DataCenterLookup:",
        "      description: A data center, by exactly one of its ID or permalink.",
        "      oneOf:",
        "        - {type: object, description: By ID., required: [id], additionalProperties: false, properties: {id: {type: string, description: Its ID.}}}",
        "        - {type: object, description: By permalink., required: [permalink], additionalProperties: false, properties: {permalink: {type: string, description: Its permalink.}}}",
        "",
    ]
    .join("\n");
    let text = spec_text()
        .replacen("paths:\n", &format!("paths:\n{operation}"), 1)
        .replacen("  schemas:\n", &format!("  schemas:\n{lookup}"), 1);
    let problems = validate(&parse(text).expect("parses"));
    let unused: Vec<_> = problems.iter().filter(|p| p.rule == Rule::UnusedComponent).collect();
    assert!(unused.is_empty(), "{unused:#?}");
}

/// The build scripts rerun when any example file changes: every file an example reads is
/// among the spec's inputs (found without reading them).
#[test]
fn every_example_file_is_a_build_input() {
    let spec = parse(spec_text()).expect("loads");
    let inputs = spec.inputs();
    let mut files = 0;
    for example in spec.examples() {
        if let Some(file) = example.file {
            assert!(inputs.contains(&file), "{} is not an input", file.display());
            files += 1;
        }
    }
    assert!(files > 0);
    assert_eq!(
        inputs.len() - 1,
        inputs
            .iter()
            .filter(|i| i.extension().is_some_and(|e| e == "json" || e == "txt"))
            .count()
    );
}

#[test]
fn what_an_action_says_it_changes_must_name_its_own_arguments_properties_and_codes() {
    let text = spec_text()
        .replacen("    size_in_gb: $size_in_gb\n", "    size_in_gb: $size_in_tb\n", 1)
        .replacen("    io_profile: $io_profile\n", "    io_profiles: $io_profile\n", 1)
        .replacen(
            "$requires: {virtual_machine_disk: unable_to_unassign}",
            "$requires: {virtual_machine_disk: not_a_documented_code}",
            1,
        )
        .replacen(
            "access_control_list.read_key_ids: access_key\n",
            "access_control_list.read_key_ids: acess_key\n",
            1,
        )
        .replacen(
            "    cpu_cores: $resources.cpu_cores\n",
            "    cpu_core: $resources.cpu_cores\n",
            1,
        );
    let spec = parse(text).expect("still parses");
    let problems: Vec<String> = validate(&spec)
        .into_iter()
        .filter(|p| p.rule == Rule::Changes)
        .map(|p| p.to_string())
        .collect();
    for wanted in [
        "`$size_in_tb` is not an argument of resize_disk",
        "`disk` has no property `io_profiles`",
        "refuses with `not_a_documented_code`, which unassign_disk_from_virtual_machine does not document",
        "refers to `acess_key`, which no operation looks up",
        "`virtual_machine` has no property `cpu_core`",
    ] {
        assert!(problems.iter().any(|p| p.contains(wanted)), "{wanted}: {problems:#?}");
    }
}
