//! `cargo xtask import [--from PATH] OPERATION...`: operations from the vendor's OpenAPI
//! document into `spec/`, in this spec's conventions (see build-tools' `import`); prints
//! what a person must still check.
//!
//! All or nothing: the result is written to a staging copy of `spec/` under `target/` and
//! validated there first, so a refused import leaves the spec as it was.

use std::path::Path;

use katapult_build_tools::{self as tools, Spec};

use crate::process::target_dir;

/// `cargo xtask import --help`.
pub const USAGE: &str = "\
usage: cargo xtask import [--from PATH] OPERATION...

Brings operations from the vendor's OpenAPI document (default: the pinned copy,
spec/vendor/katapult-core-openapi.json) into spec/katapult-core.yaml and spec/examples/,
in this spec's conventions, and prints what a person must still check.

OPERATION is 'METHOD /path' (quoted) or the vendor's operationId, either followed by
'as OUR_ID' to choose the operationId (the method's name on Client).

Nothing is written unless every operation imports and the result validates; every
refusal is reported at once.

examples:
  cargo xtask import 'GET /data_centers/data_center'
  cargo xtask import 'POST /ip_addresses/ip_address/unallocate as unallocate_ip_address'
";

/// Imports `operations` (`'METHOD /path'` or the vendor's operationId) from the document at
/// `from`, writes the spec and the example files, and validates the result.
pub fn run(root: &Path, from: &Path, operations: &[String]) -> Result<(), String> {
    if operations.is_empty() {
        return Err("name at least one operation: 'METHOD /path' or the vendor's operationId".into());
    }
    let spec_path = root.join(tools::SPEC_FILE);
    let spec = Spec::load(&spec_path).map_err(|e| e.to_string())?;
    let spec_text =
        std::fs::read_to_string(&spec_path).map_err(|e| format!("cannot read {}: {e}", spec_path.display()))?;
    let vendor_text = std::fs::read_to_string(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    let vendor: serde_json::Value =
        serde_json::from_str(&vendor_text).map_err(|e| format!("{} is not JSON: {e}", from.display()))?;
    let version = vendor
        .pointer("/info/x-katapult-version")
        .or_else(|| vendor.pointer("/info/version"))
        .and_then(serde_json::Value::as_str)
        .unwrap_or("unknown version");
    let shown = from.strip_prefix(root).unwrap_or(from).display().to_string();
    let label = format!("{shown}, Katapult {version}");
    let imported = tools::import::import(&spec, &spec_text, &vendor, &label, operations)?;

    let spec_dir = spec_path.parent().ok_or("the spec has no folder")?;
    let staging = target_dir(root).join("import-staging/spec");
    stage(spec_dir, &staging)?;
    write(&staging, &imported)?;
    let staged_spec = staging.join(spec_path.file_name().ok_or("the spec has no file name")?);
    let staged = Spec::load(&staged_spec).map_err(|e| format!("the imported spec does not load: {e}"))?;
    let problems = tools::validate(&staged);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        return Err(format!(
            "nothing imported: the result has {} problem(s) (above, in the staging copy {})",
            problems.len(),
            staging.display()
        ));
    }
    write(spec_dir, &imported)?;

    println!("imported from {label}:");
    for operation in &imported.operations {
        println!("  {operation}");
    }
    println!("\nto check before committing:");
    for item in grouped(&imported.to_check) {
        println!("  - {item}");
    }
    println!("\nthen: `cargo xtask generate`, and `cargo xtask changes` to review the change.\n");
    crate::validate(root).map(drop)
}

/// A fresh copy of the spec folder (the spec and its examples) at `staging`.
fn stage(spec_dir: &Path, staging: &Path) -> Result<(), String> {
    if staging.exists() {
        std::fs::remove_dir_all(staging).map_err(|e| format!("cannot clear {}: {e}", staging.display()))?;
    }
    copy_tree(spec_dir, staging)
}

fn copy_tree(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_tree(&source, &target)?;
        } else {
            std::fs::copy(&source, &target).map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
        }
    }
    Ok(())
}

/// Writes the imported spec text and example files into the spec folder `spec_dir`.
fn write(spec_dir: &Path, imported: &tools::import::Imported) -> Result<(), String> {
    for (file, value) in &imported.examples {
        let path = spec_dir.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        // A text answer's example (`.txt`) is written as the text itself.
        let text = match value {
            serde_json::Value::String(text) if path.extension().is_some_and(|e| e == "txt") => text.clone(),
            _ => serde_json::to_string_pretty(value).map_err(|e| e.to_string())? + "\n",
        };
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let spec_path = spec_dir.join(
        Path::new(tools::SPEC_FILE)
            .file_name()
            .ok_or("the spec has no file name")?,
    );
    std::fs::write(&spec_path, &imported.spec_text).map_err(|e| format!("cannot write {}: {e}", spec_path.display()))
}

/// The to-check list with items that ask the same of several subjects (`X: the
/// operationId reads well`, for every operation) merged into one line each, so the few
/// lines that ask something particular stand out.
fn grouped(items: &[String]) -> Vec<String> {
    let mut by_ask: Vec<(&str, Vec<&str>)> = Vec::new();
    for item in items {
        let (subject, ask) = item.split_once(": ").unwrap_or(("", item.as_str()));
        match by_ask.iter_mut().find(|(a, _)| *a == ask) {
            Some((_, subjects)) => subjects.push(subject),
            None => by_ask.push((ask, vec![subject])),
        }
    }
    // Particular asks first, then the ones shared by many.
    by_ask.sort_by_key(|(_, subjects)| subjects.len());
    by_ask
        .into_iter()
        .map(|(ask, subjects)| match subjects.as_slice() {
            [""] => ask.to_owned(),
            [one] => format!("{one}: {ask}"),
            many => format!("{ask} ({}): {}", many.len(), many.join(", ")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn shared_asks_become_one_line_and_particular_ones_come_first() {
        let items: Vec<String> = [
            "get_zone: the operationId reads well",
            "list_zones: the operationId reads well",
            "components/schemas/Zone: compare its fields",
        ]
        .map(str::to_owned)
        .to_vec();
        assert_eq!(
            grouped(&items),
            [
                "components/schemas/Zone: compare its fields",
                "the operationId reads well (2): get_zone, list_zones",
            ]
        );
    }
}
