//! The API's families: groups of operations a user recognises (virtual machines, IP
//! addresses, …), each a cargo feature of `katapult-sdk`, so a consumer compiles only the
//! families it enables. The spec lists them once, under `x-families` at its root, each with
//! its feature name, description, whether it is on by default, and the operation tags it
//! holds; an operation belongs to the family of its first tag.
//!
//! `katapult-sdk`'s build script gives progenitor only the operations of the families whose
//! features are enabled, and the components they reach ([`Spec::for_families`]).
//!
//! A family that starts work can await it ([`Availability`]): the read a wait needs
//! (`get_task`, in `tasks-and-trash`) comes with every family holding an operation whose
//! answer carries that work (`stop_virtual_machine`'s task), so a default build can stop a
//! machine and wait for the task it started.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use crate::Spec;
use crate::openapi::Operation;

/// The root extension that lists the families.
pub const FAMILIES_EXTENSION: &str = "x-families";

/// The components the SDK's hand-written runtime names, kept whatever families are
/// enabled: the error envelope every call decodes, and the page every list returns.
pub const RUNTIME_SCHEMAS: [&str; 2] = ["ErrorResponse", "Pagination"];

/// One family: a cargo feature and the operation tags it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Family {
    /// The cargo feature, kebab-case (`virtual-machines`).
    pub feature: String,
    /// What it brings, for docs and the README.
    pub description: String,
    /// Whether `katapult-sdk` enables it by default.
    pub default: bool,
    /// The operation tags it holds.
    pub tags: Vec<String>,
}

/// The spec's families, in order. An unreadable entry is an error naming it.
pub fn families(document: &Value) -> Result<Vec<Family>, String> {
    let Some(listed) = document.get(FAMILIES_EXTENSION) else {
        return Ok(Vec::new());
    };
    let listed = listed
        .as_array()
        .ok_or_else(|| format!("`{FAMILIES_EXTENSION}` must be a list"))?;
    listed
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let text = |key: &str| entry.get(key).and_then(Value::as_str).map(str::to_owned);
            let feature = text("feature").ok_or_else(|| format!("`{FAMILIES_EXTENSION}[{i}]` has no `feature`"))?;
            let valid = !feature.is_empty()
                && feature
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !valid {
                return Err(format!("family feature `{feature}` is not kebab-case"));
            }
            Ok(Family {
                description: text("description").unwrap_or_default(),
                default: entry.get("default").and_then(Value::as_bool).unwrap_or(false),
                tags: entry
                    .get("tags")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
                feature,
            })
        })
        .collect()
}

/// The feature of the family `operation` belongs to (by its first tag), if any.
pub fn family_of<'f>(families: &'f [Family], operation: &Operation<'_>) -> Option<&'f Family> {
    let tag = operation.value.get("tags")?.as_array()?.first()?.as_str()?;
    families.iter().find(|f| f.tags.iter().any(|t| t == tag))
}

/// Which features bring each operation into a build: the feature of its own family and, for
/// an operation that reads work again (`get_task`), the feature of every family with an
/// operation whose answer carries that work (see [`crate::progress::carried`]). An
/// operation is compiled when any one of its features is enabled.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Availability {
    /// Each operation's features, by [`Operation::key`], its own family's first.
    by_operation: BTreeMap<String, Vec<String>>,
}

impl Availability {
    /// Every operation of `document` with the features that bring it. An operation in no
    /// family is brought by none (the spec's validation reports it).
    pub fn of(document: &Value) -> Result<Self, String> {
        let families = families(document)?;
        let operations = crate::openapi::operations(document);
        let mut by_operation: BTreeMap<String, Vec<String>> = operations
            .iter()
            .map(|o| {
                (
                    o.key(),
                    family_of(&families, o).map(|f| f.feature.clone()).into_iter().collect(),
                )
            })
            .collect();
        let kinds = crate::progress::progressing(document);
        for carrier in &operations {
            let Some(family) = family_of(&families, carrier) else {
                continue;
            };
            for kind in crate::progress::carried(document, carrier.value, &kinds) {
                let Some(read) = operations.iter().find(|o| o.id() == Some(kind.read_by.as_str())) else {
                    continue;
                };
                let features = by_operation.entry(read.key()).or_default();
                if !features.contains(&family.feature) {
                    features.push(family.feature.clone());
                }
            }
        }
        Ok(Self { by_operation })
    }

    /// The features that bring `operation`, its own family's first.
    pub fn features(&self, operation: &Operation<'_>) -> &[String] {
        self.by_operation.get(&operation.key()).map_or(&[], Vec::as_slice)
    }

    /// Whether a build with `enabled` features holds `operation`.
    pub fn holds(&self, operation: &Operation<'_>, enabled: &[String]) -> bool {
        self.features(operation).iter().any(|f| enabled.contains(f))
    }

    /// The attribute that shows on docs.rs (built with every feature) which features bring
    /// `operation`: `doc(cfg(feature = "disks"))`, or `doc(cfg(any(…)))` for a read that
    /// comes with the families whose work it awaits.
    pub(crate) fn doc_cfg(&self, operation: &Operation<'_>) -> Option<TokenStream> {
        match self.features(operation) {
            [] => None,
            [one] => Some(quote! { #[cfg_attr(docsrs, doc(cfg(feature = #one)))] }),
            many => Some(quote! { #[cfg_attr(docsrs, doc(cfg(any(#(feature = #many),*))))] }),
        }
    }
}

/// The features cargo enabled for the building crate, read from `CARGO_FEATURE_*`.
pub fn enabled_in_build(families: &[Family]) -> Vec<String> {
    families
        .iter()
        .filter(|f| {
            let variable = format!("CARGO_FEATURE_{}", f.feature.to_uppercase().replace('-', "_"));
            std::env::var_os(variable).is_some()
        })
        .map(|f| f.feature.clone())
        .collect()
}

impl Spec {
    /// This spec with only the operations the features `features` names bring
    /// ([`Availability`]: their families' own, and the reads that await the work they
    /// start), and the components they and the runtime ([`RUNTIME_SCHEMAS`]) reach. With
    /// every family enabled it is the spec itself.
    pub fn for_families(&self, features: &[String]) -> Result<Spec, String> {
        let families = families(self.raw())?;
        if families.iter().all(|f| features.contains(&f.feature)) {
            return Ok(self.clone());
        }
        let availability = Availability::of(self.raw())?;
        let mut document =
            crate::subset::with_operations(self.raw(), |operation| availability.holds(operation, features));
        // The runtime's schemas, and what they reach, stay whatever is enabled.
        let schemas = self.raw().pointer("/components/schemas").and_then(Value::as_object);
        let mut keep: Vec<String> = RUNTIME_SCHEMAS.iter().map(|s| (*s).to_owned()).collect();
        while let Some(name) = keep.pop() {
            let Some(schema) = schemas.and_then(|s| s.get(&name)) else {
                continue;
            };
            let slot = &mut document["components"]["schemas"][&name];
            if slot.is_null() {
                *slot = schema.clone();
                let mut found = Vec::new();
                crate::subset::references_in(schema, &mut found);
                keep.extend(
                    found
                        .into_iter()
                        .filter_map(|r| r.strip_prefix("#/components/schemas/").map(str::to_owned)),
                );
            }
        }
        self.with_document(document).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn families_are_read_and_operations_find_theirs() {
        let document = json!({
            "x-families": [
                {"feature": "virtual-machines", "description": "Machines.", "default": true, "tags": ["virtual_machines"]},
                {"feature": "ip-addresses", "tags": ["ip_addresses"]}
            ],
            "paths": {"/a": {"get": {"tags": ["ip_addresses"]}}}
        });
        let families = families(&document).expect("readable");
        assert_eq!(families.len(), 2);
        assert!(families[0].default && !families[1].default);
        let operations = crate::openapi::operations(&document);
        assert_eq!(
            family_of(&families, &operations[0]).map(|f| f.feature.as_str()),
            Some("ip-addresses")
        );
        let bad = json!({"x-families": [{"feature": "Not_Kebab", "tags": []}]});
        assert!(families_error(&bad).contains("kebab-case"));
    }

    fn families_error(document: &Value) -> String {
        families(document).err().unwrap_or_default()
    }
}
