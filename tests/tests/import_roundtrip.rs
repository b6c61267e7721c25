//! The import end to end: take an API family out of a copy of the spec (its operations, the
//! components only they use, their examples), import it again from the pinned vendor
//! document with nothing but `METHOD /path`, and get back exactly what the spec has: the
//! same operationIds, operations, components and example payloads. So the spec's families
//! are the import's output with no hand edit, and a family the API adds is spec-only work.
//! (Since the result is the spec itself, it validates, generates and passes the tests as
//! the spec does.)

use std::collections::{BTreeMap, BTreeSet};

use katapult_build_tools::{Spec, families, import};
use katapult_tests::workspace_root;
use serde_json::Value;

/// The families imported whole from the vendor's document: all but `virtual-machines` and
/// `ip-addresses`, which hold operations written by hand from the API pages before the
/// import existed, with `WIRE:` corrections of their own.
const IMPORTED_FAMILIES: &[&str] = &[
    "networking",
    "load-balancers",
    "dns",
    "object-storage",
    "file-storage",
    "organizations",
    "disks",
    "tasks-and-trash",
    "catalog",
];

/// The extension that marks a component corrected from recorded live traffic.
const RECORDED: &str = "x-recorded";

#[test]
fn a_family_taken_out_and_imported_again_is_what_the_spec_has() {
    let root = workspace_root();
    let spec_path = root.join(katapult_build_tools::SPEC_FILE);
    let text = std::fs::read_to_string(&spec_path).expect("the spec");
    let spec = Spec::parse(&spec_path, text.clone()).expect("the spec loads");
    let vendor: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("spec/vendor/katapult-core-openapi.json")).expect("the vendor's document"),
    )
    .expect("JSON");
    let families = families::families(spec.raw()).expect("x-families");
    for &feature in IMPORTED_FAMILIES {
        let family = families.iter().find(|f| f.feature == feature).expect("a family");
        let operations: Vec<_> = spec
            .operations()
            .into_iter()
            .filter(|o| {
                o.value["tags"].as_array().is_some_and(|tags| {
                    tags.iter()
                        .any(|t| t.as_str().is_some_and(|t| family.tags.iter().any(|f| f == t)))
                })
            })
            .map(|o| {
                (
                    o.method.to_uppercase(),
                    o.path.to_owned(),
                    o.id().expect("an id").to_owned(),
                )
            })
            .collect();
        assert!(!operations.is_empty(), "{feature} has operations");

        // The copy: the family's operations gone, and the components only they use.
        let kept_operations: Vec<&Value> = spec
            .operations()
            .into_iter()
            .filter(|o| !operations.iter().any(|(_, _, id)| Some(id.as_str()) == o.id()))
            .map(|o| o.value)
            .collect();
        // A component corrected from recorded live traffic (`x-recorded`, with its `WIRE:`
        // note) stays in the copy with what it refers to: the vendor's document cannot give
        // it back, and the import takes an object the spec already has to be it, as for the
        // hand-written ones.
        let recorded: Vec<&Value> = spec.raw()["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, schema)| schema.get(RECORDED).is_some())
            .map(|(_, schema)| schema)
            .collect();
        let mut still_used = reachable(spec.raw(), kept_operations);
        still_used.extend(reachable(spec.raw(), recorded.clone()));
        for (name, schema) in spec.raw()["components"]["schemas"].as_object().into_iter().flatten() {
            if schema.get(RECORDED).is_some() {
                still_used.insert(name.clone());
            }
        }
        let family_values: Vec<&Value> = operations
            .iter()
            .map(|(method, path, _)| &spec.raw()["paths"][path.as_str()][method.to_lowercase().as_str()])
            .collect();
        let removed: BTreeSet<String> = reachable(spec.raw(), family_values)
            .difference(&still_used)
            .cloned()
            .collect();
        let mut copy = text.clone();
        for (method, path, _) in &operations {
            let others = spec.raw()["paths"][path.as_str()]
                .as_object()
                .expect("a path item")
                .keys()
                .filter(|m| {
                    *m != &method.to_lowercase()
                        && !operations
                            .iter()
                            .any(|(om, op, _)| op == path && om.to_lowercase() == **m)
                })
                .count();
            if others == 0 {
                // The whole path item goes with its last operation.
                if copy.lines().any(|line| line == format!("  {path}:")) {
                    copy = without_block(&copy, &["paths:", &format!("  {path}:")]);
                }
            } else {
                copy = without_block(
                    &copy,
                    &[&format!("  {path}:"), &format!("    {}:", method.to_lowercase())],
                );
            }
        }
        for name in &removed {
            copy = without_block(&copy, &["  schemas:", &format!("    {name}:")]);
        }
        let copy_spec = Spec::parse(&spec_path, copy.clone()).expect("the copy loads");
        assert_eq!(
            copy_spec.operations().len() + operations.len(),
            spec.operations().len(),
            "{feature}: the copy lacks exactly the family"
        );

        let selectors: Vec<String> = operations
            .iter()
            .map(|(method, path, _)| format!("{method} {path}"))
            .collect();
        let imported = import::import(&copy_spec, &copy, &vendor, "the pinned document", &selectors)
            .unwrap_or_else(|e| panic!("{feature}: {e}"));
        let again = Spec::parse(&spec_path, imported.spec_text.clone()).expect("the import's result loads");

        for (method, path, id) in &operations {
            let mut ours = spec.raw()["paths"][path.as_str()][method.to_lowercase().as_str()].clone();
            // What an action changes is written by hand after the import, from evidence the
            // vendor's document does not hold (`spec/README.md`).
            if let Some(ours) = ours.as_object_mut() {
                ours.remove(katapult_build_tools::CHANGES_EXTENSION);
                ours.remove(katapult_build_tools::READS_EXTENSION);
            }
            let theirs = &again.raw()["paths"][path.as_str()][method.to_lowercase().as_str()];
            assert_eq!(
                theirs, &ours,
                "{feature}: {id} ({method} {path}) imported again differs"
            );
        }
        for name in &removed {
            // Which members hold a secret (`x-secret`) is marked by hand after the import,
            // from what the members are, which the vendor's document does not say.
            let mut ours = spec.raw()["components"]["schemas"][name.as_str()].clone();
            if let Some(properties) = ours.get_mut("properties").and_then(Value::as_object_mut) {
                for property in properties.values_mut().filter_map(Value::as_object_mut) {
                    property.remove("x-secret");
                }
            }
            assert_eq!(
                again.raw()["components"]["schemas"][name.as_str()],
                ours,
                "{feature}: component {name} imported again differs"
            );
        }
        let spec_dir = spec_path.parent().expect("a folder");
        let written: BTreeMap<&String, &Value> = imported.examples.iter().map(|(p, v)| (p, v)).collect();
        for (file, value) in written {
            let on_disk: Value = serde_json::from_str(
                &std::fs::read_to_string(spec_dir.join(file)).unwrap_or_else(|e| panic!("{feature}: {file}: {e}")),
            )
            .expect("JSON");
            assert_eq!(value, &on_disk, "{feature}: example {file} imported again differs");
        }
    }
}

/// The components the `operations` use, directly or through other components.
fn reachable(document: &Value, operations: Vec<&Value>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut pending: Vec<&Value> = operations;
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(name) = map
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/schemas/"))
                    && found.insert(name.to_owned())
                {
                    pending.push(&document["components"]["schemas"][name]);
                }
                pending.extend(map.values());
            }
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    found
}

/// `text` without the block that the line `path[last]` opens, found after each earlier line
/// of `path` in turn: the line and every line below it indented more.
fn without_block(text: &str, path: &[&str]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    for header in path {
        at += lines[at..]
            .iter()
            .position(|line| line == header)
            .unwrap_or_else(|| panic!("no line `{header}`"));
    }
    let indent = path.last().map_or(0, |h| h.len() - h.trim_start().len());
    let end = lines[at + 1..]
        .iter()
        .position(|line| {
            let content = line.trim_start();
            !content.is_empty() && line.len() - content.len() <= indent
        })
        .map_or(lines.len(), |offset| at + 1 + offset);
    let mut out: Vec<&str> = lines[..at].to_vec();
    out.extend_from_slice(&lines[end..]);
    let mut text = out.join("\n");
    text.push('\n');
    text
}
