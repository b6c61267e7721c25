//! `katapult-sdk`'s cargo features are the spec's families (`x-families`): one feature per
//! family, `full` with every family, and the default set the spec marks. Cargo reads
//! features from `sdk/Cargo.toml`, which cannot be generated, so this holds the two together.

use std::collections::BTreeSet;

use katapult_build_tools::families::{Availability, families};
use katapult_build_tools::progress::{awaited_reads, carried, progressing};
use katapult_tests::{spec, workspace_root};

fn sdk_features() -> toml::Table {
    let path = workspace_root().join("sdk/Cargo.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let manifest: toml::Table = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    manifest
        .get("features")
        .and_then(toml::Value::as_table)
        .cloned()
        .unwrap_or_default()
}

fn names(value: Option<&toml::Value>) -> BTreeSet<String> {
    value
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_str)
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_sdks_features_are_the_specs_families() {
    let families = families(spec().raw()).expect("the spec's families read");
    assert!(!families.is_empty(), "the spec lists its families");
    let features = sdk_features();
    let every: BTreeSet<String> = families.iter().map(|f| f.feature.clone()).collect();
    let defaults: BTreeSet<String> = families
        .iter()
        .filter(|f| f.default)
        .map(|f| f.feature.clone())
        .collect();
    for family in &every {
        assert_eq!(
            features.get(family).and_then(toml::Value::as_array).map(Vec::len),
            Some(0),
            "sdk/Cargo.toml has `{family} = []`"
        );
    }
    assert_eq!(names(features.get("full")), every, "`full` is every family");
    assert_eq!(
        names(features.get("default")),
        defaults,
        "`default` is what the spec marks"
    );
    let declared: BTreeSet<String> = features.keys().cloned().collect();
    // `schemars` is the one feature that is no family: the generated types' JSON Schemas,
    // for the tests.
    let expected: BTreeSet<String> = every
        .iter()
        .cloned()
        .chain(["full".into(), "default".into(), "schemars".into()])
        .collect();
    assert_eq!(
        declared, expected,
        "no feature beyond the families, `full`, `default` and `schemars`"
    );
    assert!(
        !names(features.get("full")).contains("schemars"),
        "`full` is the families only"
    );
}

#[test]
fn a_build_for_one_family_holds_only_its_operations() {
    let spec = spec();
    let families = families(spec.raw()).expect("the spec's families read");
    for family in &families {
        let part = spec
            .for_families(std::slice::from_ref(&family.feature))
            .expect("a family's part of the spec");
        let operations = part.operations();
        if operations.is_empty() {
            continue; // a family the spec has not imported yet brings nothing
        }
        // Its own operations, and the reads that await the work they start: nothing else.
        let availability = Availability::of(spec.raw()).expect("the spec's families read");
        for operation in &operations {
            assert!(
                availability.features(operation).contains(&family.feature),
                "{} is not brought by {}",
                operation.key(),
                family.feature
            );
        }
        let awaited = awaited_reads(part.raw());
        for kind in progressing(spec.raw()) {
            let starts = operations
                .iter()
                .any(|o| !carried(spec.raw(), o.value, std::slice::from_ref(&kind)).is_empty());
            assert_eq!(
                awaited.contains(&kind.read_by),
                starts,
                "{}: a build that starts {} work can read it again ({}), and only then",
                family.feature,
                kind.key,
                kind.read_by
            );
        }
        // The runtime's schemas stay, and the part still validates as a document.
        for schema in katapult_build_tools::families::RUNTIME_SCHEMAS {
            assert!(
                part.raw().pointer(&format!("/components/schemas/{schema}")).is_some(),
                "{}: {schema}",
                family.feature
            );
        }
        let source =
            katapult_build_tools::generate_client_for(spec, std::slice::from_ref(&family.feature)).expect("generates");
        assert!(source.len() < katapult_build_tools::generate_client(spec).expect("generates").len());
    }
}

/// Every tag of the vendor's document, as the import writes it, is in a family, so an
/// imported operation never needs a new family (or a new cargo feature).
#[test]
fn every_vendor_tag_has_a_family() {
    let families = families(spec().raw()).expect("the spec's families read");
    let path = workspace_root().join("spec/vendor/katapult-core-openapi.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let vendor: serde_json::Value = serde_json::from_str(&text).expect("the vendor's document is JSON");
    let mut missing = BTreeSet::new();
    for operation in katapult_build_tools::openapi::operations(&vendor) {
        let Some(tag) = operation.value.pointer("/tags/0").and_then(serde_json::Value::as_str) else {
            continue;
        };
        let ours = katapult_build_tools::import::our_tag(tag);
        if !families.iter().any(|f| f.tags.contains(&ours)) {
            missing.insert(ours);
        }
    }
    assert!(missing.is_empty(), "tags in no family: {missing:?}");
}
