//! Running the commands the tasks need, with errors that say what was being attempted, and
//! the few workspace facts several tasks share (which crates are published, copying a tree).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

/// Runs `command` to completion with no input; `what` names the attempt in errors.
pub fn run_checked(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command
        .stdin(Stdio::null())
        .status()
        .map_err(|e| format!("cannot {what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("could not {what} ({status})"))
    }
}

/// Cargo's target directory for this workspace (`CARGO_TARGET_DIR`, else `target/`).
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from)
}

/// A workspace member that is published (no `publish = false`), as `cargo metadata` tells.
pub struct Published {
    pub name: String,
    pub version: String,
    /// Its folder, relative to the workspace root (e.g. `sdk`).
    pub dir: PathBuf,
    /// Its entry in `cargo metadata`.
    pub metadata: Value,
}

/// Workspace members without `publish = false`, from `cargo metadata`.
pub fn published_members(root: &Path) -> Result<Vec<Published>, String> {
    let output = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let metadata: Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata printed something else: {e}"))?;
    let packages = metadata["packages"].as_array().cloned().unwrap_or_default();
    Ok(packages
        .into_iter()
        // `publish` is null when unrestricted and `[]` for `publish = false`.
        .filter(|p| p["publish"].as_array().is_none_or(|registries| !registries.is_empty()))
        .map(|p| {
            let manifest = Path::new(p["manifest_path"].as_str().unwrap_or_default());
            let dir = manifest
                .parent()
                .and_then(|d| d.strip_prefix(root).ok())
                .unwrap_or(Path::new(""));
            Published {
                name: p["name"].as_str().unwrap_or_default().to_owned(),
                version: p["version"].as_str().unwrap_or_default().to_owned(),
                dir: dir.to_path_buf(),
                metadata: p,
            }
        })
        .collect())
}

/// Copies the tree at `from` to `to`, leaving out the top-level entries named in `skip`, and
/// keeping symbolic links as links (`sdk/spec` and `mock/spec` link to `spec/`).
pub fn copy_tree(from: &Path, to: &Path, skip: &[&str]) -> Result<(), String> {
    std::fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    let entries = std::fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        let name = entry.file_name();
        if name.to_str().is_some_and(|n| skip.contains(&n)) {
            continue;
        }
        let (source, dest) = (entry.path(), to.join(&name));
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read {}: {e}", source.display()))?;
        if kind.is_symlink() {
            let link = std::fs::read_link(&source).map_err(|e| format!("cannot read {}: {e}", source.display()))?;
            std::os::unix::fs::symlink(&link, &dest).map_err(|e| format!("cannot link {}: {e}", dest.display()))?;
        } else if kind.is_dir() {
            copy_tree(&source, &dest, &[])?;
        } else {
            std::fs::copy(&source, &dest).map_err(|e| format!("cannot copy {}: {e}", source.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::copy_tree;

    #[test]
    fn copy_tree_skips_top_level_names_and_keeps_links() {
        let scratch = std::env::temp_dir().join(format!("xtask-copy-tree-{}", std::process::id()));
        let (from, to) = (scratch.join("from"), scratch.join("to"));
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(from.join("spec/examples")).expect("creates");
        std::fs::create_dir_all(from.join("target")).expect("creates");
        std::fs::create_dir_all(from.join("sdk")).expect("creates");
        std::fs::write(from.join("spec/examples/a.json"), "{}").expect("writes");
        std::fs::write(from.join("target/junk"), "x").expect("writes");
        std::os::unix::fs::symlink("../spec", from.join("sdk/spec")).expect("links");

        copy_tree(&from, &to, &["target"]).expect("copies");
        assert_eq!(
            std::fs::read_to_string(to.join("spec/examples/a.json")).ok().as_deref(),
            Some("{}")
        );
        assert!(!to.join("target").exists(), "skipped");
        let link = std::fs::symlink_metadata(to.join("sdk/spec")).expect("present");
        assert!(link.file_type().is_symlink(), "a link stays a link");
        assert!(
            to.join("sdk/spec/examples/a.json").exists(),
            "and points inside the copy"
        );
        let _ = std::fs::remove_dir_all(&scratch);
    }
}
