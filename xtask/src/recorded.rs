//! `cargo xtask recorded`: the spec against traffic recorded from the live service.
//!
//! - `recorded [PATH...]` checks every Core API interaction of the cassettes at PATH
//!   (default: the project's corpus, `spec/recorded/`) against the spec and the SDK's types,
//!   and prints the report (`katapult-tests`' `recorded` binary, which links the SDK).
//! - `recorded refresh CHECKOUT [--commit SHA]` brings the corpus up to date from a
//!   checkout of the vendor's Terraform provider, whose acceptance tests record the live API.

use std::path::{Path, PathBuf};
use std::process::Command;

use katapult_build_tools::recorded;

use crate::process::run_checked;

/// The project's corpus.
pub const CORPUS: &str = "spec/recorded";

/// Where the provider keeps its cassettes, one folder per provider generation.
const PROVIDER_TESTDATA: [&str; 2] = ["internal/provider/testdata", "internal/v6provider/testdata"];

/// The source of the corpus, recorded beside it.
const SOURCE_FILE: &str = "SOURCE";

/// Runs the check over `paths` (the corpus when empty); fails if any interaction since the
/// vendor's document fails.
pub fn check(root: &Path, paths: &[String]) -> Result<(), String> {
    let mut command = Command::new(env!("CARGO"));
    command
        .args([
            "run",
            "--quiet",
            "--package",
            "katapult-tests",
            "--bin",
            "recorded",
            "--",
        ])
        .args(paths)
        .current_dir(root);
    run_checked(&mut command, "check the recorded traffic (cargo run --bin recorded)")
}

/// Replaces the corpus with the Core API interactions of the provider at `checkout`.
pub fn refresh(root: &Path, checkout: &Path, commit: Option<&str>) -> Result<(), String> {
    let commit = match commit {
        Some(commit) => commit.to_owned(),
        None => head_commit(checkout)?,
    };
    let corpus = root.join(CORPUS);
    let (mut recordings, mut interactions) = (0, 0);
    for testdata in PROVIDER_TESTDATA {
        let from = checkout.join(testdata);
        if !from.is_dir() {
            continue;
        }
        let generation = Path::new(testdata)
            .parent()
            .and_then(Path::file_name)
            .ok_or_else(|| format!("{testdata} has no parent"))?;
        let to = corpus.join(generation);
        if to.exists() {
            std::fs::remove_dir_all(&to).map_err(|e| format!("cannot empty {}: {e}", to.display()))?;
        }
        std::fs::create_dir_all(&to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
        let mut names = Vec::new();
        cassettes_under(&from, &mut names)?;
        names.sort();
        for path in names {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let relative = path.strip_prefix(&from).unwrap_or(&path);
            let name = relative.display().to_string();
            let Some(trimmed) = recorded::trimmed(&name, &text)? else {
                continue;
            };
            interactions += recorded::parse(&name, &trimmed)?.len();
            recordings += 1;
            let out = to.join(relative);
            if let Some(dir) = out.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&out, trimmed).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        }
    }
    if recordings == 0 {
        return Err(format!(
            "no cassettes under {} ({})",
            checkout.display(),
            PROVIDER_TESTDATA.join(", ")
        ));
    }
    let source = format!(
        "repository: https://github.com/krystal/terraform-provider-katapult\n\
         commit: {commit}\n\
         folders: {}\n\
         recordings: {recordings}\n\
         interactions: {interactions}\n",
        PROVIDER_TESTDATA.join(", ")
    );
    let out = corpus.join(SOURCE_FILE);
    std::fs::write(&out, source).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("{CORPUS}: {recordings} recordings, {interactions} Core API interactions, from {commit}");
    Ok(())
}

/// Every `*.cassette.yaml` under `dir`, at any depth (the provider groups some scenarios
/// in folders).
fn cassettes_under(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?.path();
        if path.is_dir() {
            cassettes_under(&path, found)?;
        } else if path.to_string_lossy().ends_with(".cassette.yaml") {
            found.push(path);
        }
    }
    Ok(())
}

fn head_commit(checkout: &Path) -> Result<String, String> {
    let output = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(checkout)
        .output()
        .map_err(|e| format!("cannot run git in {}: {e}", checkout.display()))?;
    if !output.status.success() {
        return Err(format!(
            "{} is not a git checkout: name its commit with --commit SHA",
            checkout.display()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}
