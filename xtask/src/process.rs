//! Running the commands the tasks need, with errors that say what was being attempted.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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
