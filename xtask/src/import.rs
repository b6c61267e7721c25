//! `cargo xtask import [--from PATH] OPERATION...`: operations from the vendor's OpenAPI
//! document into `spec/`, in this spec's conventions (see build-tools' `import`), then
//! validated; prints what a person must still check.

use std::path::Path;

use katapult_build_tools::{self as tools, Spec};

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
    for (file, value) in &imported.examples {
        let path = spec_dir.join(file);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        let text = serde_json::to_string_pretty(value).map_err(|e| e.to_string())? + "\n";
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    std::fs::write(&spec_path, &imported.spec_text)
        .map_err(|e| format!("cannot write {}: {e}", spec_path.display()))?;

    println!("imported from {label}:");
    for operation in &imported.operations {
        println!("  {operation}");
    }
    println!("\nto check before committing:");
    for item in &imported.to_check {
        println!("  - {item}");
    }
    println!("\nthen: `cargo xtask generate`, and `cargo xtask changes` to review the change.\n");
    crate::validate(root).map(drop)
}
