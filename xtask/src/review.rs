//! Review aids: `cargo xtask changes [BASE] [--fail-on-breaking] [--spec-only]` and
//! `cargo xtask drift [PATH] [--fail-on-drift]` (default: the pinned vendor document).
//!
//! `changes` reports at two levels side by side: the spec, by the rules of API evolution
//! (build-tools' `changes`), and the Rust API of the published crates, by
//! [cargo-semver-checks](https://github.com/obi1kenobi/cargo-semver-checks) against the same
//! base revision. A spec change can break Rust callers in ways the spec rules miss (a
//! renamed schema renames its generated type), so both are shown.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use katapult_build_tools::changes::{Impact, changes, render_markdown};
use katapult_build_tools::drift::{
    DEVIATIONS_FILE, allow_lookups_in_query, allow_other_views, drift, hold_required_to_the_rule, parse_deviations,
    render,
};
use katapult_build_tools::{SPEC_FILE, Spec, facts};

use crate::process::published_members;

/// The vendor's published OpenAPI document, pinned (see `spec/vendor/README.md`).
pub const VENDOR_DOCUMENT: &str = "spec/vendor/katapult-core-openapi.json";

/// cargo-semver-checks, pinned; installed into `.tools/cargo` on first use.
const SEMVER_CHECKS_VERSION: &str = "0.51.0";

/// Prints what changed since `base` (default: the merge base with `main`, or `HEAD`) in the
/// spec and, unless `spec_only`, in the published crates' Rust API, as Markdown; with
/// `fail_on_breaking`, fails when either is breaking.
pub fn changes_since(root: &Path, base: Option<&str>, fail_on_breaking: bool, spec_only: bool) -> Result<(), String> {
    let base = match base {
        Some(base) => base.to_owned(),
        None => git(root, &["merge-base", "HEAD", "main"]).or_else(|_| git(root, &["rev-parse", "HEAD"]))?,
    };
    let short = git(root, &["rev-parse", "--short", &base]).map_err(|e| format!("unknown revision {base}: {e}"))?;
    let scratch = std::env::temp_dir().join(format!("katapult-changes-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(|e| format!("cannot create {}: {e}", scratch.display()))?;
    let old = extract_spec(root, &base, &scratch).and_then(|found| match found {
        true => Spec::load(&scratch.join(SPEC_FILE))
            .map(|s| s.facts())
            .map_err(|e| e.to_string()),
        false => Ok(facts::Facts::new()),
    });
    let _cleanup = Cleanup(&scratch);
    let old = old?;
    let new = Spec::load(&root.join(SPEC_FILE)).map_err(|e| e.to_string())?.facts();
    let found = changes(&old, &new);
    print!(
        "{}",
        render_markdown(&format!("API changes: `{short}` → working tree ({SPEC_FILE})"), &found)
    );
    let breaking = found.iter().filter(|c| c.impact == Impact::Breaking).count();
    let rust_breaking = if spec_only {
        false
    } else {
        rust_api_changes(root, &base, &short)?
    };
    if fail_on_breaking && (breaking > 0 || rust_breaking) {
        return Err(format!(
            "breaking: {breaking} spec change(s){}",
            if rust_breaking { ", and the Rust API" } else { "" }
        ));
    }
    Ok(())
}

/// Runs cargo-semver-checks on the published crates against `base`; prints its report
/// as a Markdown section and answers whether it found a breaking change.
fn rust_api_changes(root: &Path, base: &str, short: &str) -> Result<bool, String> {
    let tool = semver_checks(root)?;
    println!("\n## Rust API: `{short}` → working tree (cargo-semver-checks {SEMVER_CHECKS_VERSION})\n");
    let mut command = Command::new(&tool);
    command
        .args([
            "semver-checks",
            "check-release",
            "--baseline-rev",
            base,
            "--color",
            "never",
        ])
        .current_dir(root);
    // Crates published at both revisions: a crate new since `base` has nothing to break.
    for crate_ in published_members(root)? {
        let manifest = git(root, &["show", &format!("{base}:{}/Cargo.toml", crate_.dir.display())]);
        match manifest {
            Ok(manifest) if !manifest.contains("publish = false") => {
                command.args(["--package", &crate_.name]);
            }
            _ => println!("- `{}`: not published at `{short}`; nothing to compare", crate_.name),
        }
    }
    let output = command
        .output()
        .map_err(|e| format!("cannot run {}: {e}", tool.display()))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    println!("```text\n{}\n```", text.trim_end());
    let breaking = !output.status.success();
    if breaking && !text.contains("Summary") {
        return Err("cargo-semver-checks did not run to completion (above)".into());
    }
    println!(
        "\n{}",
        if breaking {
            "**Breaking** at the Rust level: see the version policy in CHANGELOG.md."
        } else {
            "No breaking change at the Rust level."
        }
    );
    Ok(breaking)
}

/// The pinned cargo-semver-checks, installed into `.tools/cargo` when missing.
fn semver_checks(root: &Path) -> Result<std::path::PathBuf, String> {
    let prefix = root.join(".tools/cargo");
    let binary = prefix.join("bin/cargo-semver-checks");
    let installed = Command::new(&binary)
        .arg("--version")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains(SEMVER_CHECKS_VERSION));
    if !installed {
        eprintln!(
            "installing cargo-semver-checks {SEMVER_CHECKS_VERSION} into {} (once; takes minutes)",
            prefix.display()
        );
        crate::process::run_checked(
            Command::new(env!("CARGO"))
                .args([
                    "install",
                    "--locked",
                    "--quiet",
                    "cargo-semver-checks",
                    "--version",
                    SEMVER_CHECKS_VERSION,
                    "--root",
                ])
                .arg(&prefix),
            "install cargo-semver-checks",
        )?;
    }
    Ok(binary)
}

struct Cleanup<'a>(&'a Path);

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(self.0);
    }
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// Writes `spec/` as it was at `base` under `into`; false when `base` had no spec.
fn extract_spec(root: &Path, base: &str, into: &Path) -> Result<bool, String> {
    let archive = Command::new("git")
        .args(["archive", "--format=tar", base, "spec"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot run git archive: {e}"))?;
    if !archive.status.success() {
        // No `spec/` at that revision: everything is new.
        return Ok(false);
    }
    let mut tar = Command::new("tar")
        .args(["-x", "-C"])
        .arg(into)
        .stdin(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    if let Some(mut stdin) = tar.stdin.take() {
        stdin
            .write_all(&archive.stdout)
            .map_err(|e| format!("cannot feed tar: {e}"))?;
    }
    let status = tar.wait().map_err(|e| format!("tar failed: {e}"))?;
    if !status.success() {
        return Err(format!("tar failed ({status})"));
    }
    Ok(into.join(SPEC_FILE).exists())
}

/// Prints how our operations differ from the vendor's document at `path`.
pub fn drift_from(root: &Path, path: &Path, fail_on_drift: bool) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let vendor: serde_json::Value =
        serde_yaml_ng::from_str(&text).map_err(|e| format!("{} is not JSON or YAML: {e}", path.display()))?;
    // The vendor's document read one type per API object too, as the import writes it
    // (build-tools `import::objects`): a field of ours that another view of the same
    // object has is no drift.
    // Its polymorphic fields as the wire sends them, as the import reads them too.
    let vendor = katapult_build_tools::import::as_sent(&vendor);
    let by_object = facts::facts(&katapult_build_tools::import::with_views_merged(&vendor), &[]);
    let vendor = facts::facts(&vendor, &[]);
    let ours = Spec::load(&root.join(SPEC_FILE)).map_err(|e| e.to_string())?.facts();
    let deviations_text = std::fs::read_to_string(root.join(DEVIATIONS_FILE))
        .map_err(|e| format!("cannot read {DEVIATIONS_FILE}: {e}"))?;
    let deviations = parse_deviations(&deviations_text)?;
    let mut items = drift(&ours, &vendor, &deviations);
    let against_objects = drift(&ours, &by_object, &deviations);
    allow_other_views(&mut items, &against_objects);
    hold_required_to_the_rule(&mut items, &against_objects);
    allow_lookups_in_query(&mut items);
    println!("{SPEC_FILE} against {}\n", path.display());
    print!("{}", render(&items));
    let drifted = items.iter().filter(|d| d.intended.is_none()).count();
    if fail_on_drift && drifted > 0 {
        return Err(format!("{drifted} unintended difference(s)"));
    }
    Ok(())
}
