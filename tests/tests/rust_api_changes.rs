//! A spec change the spec-level rules call harmless can still break Rust callers: renaming
//! the schema `Country` to `NetworkCountry` keeps every payload the same, but renames the
//! generated type `katapult_sdk::types::Country`. `cargo xtask changes` must report that
//! as breaking at the Rust level, beside a spec-level report with nothing breaking.
//!
//! Ignored by default: it copies the workspace into a scratch git repository under
//! `target/`, builds the SDK's rustdoc at two revisions, and needs cargo-semver-checks,
//! which `cargo xtask changes` installs into `.tools/` the first time (minutes). Run it with
//! `cargo test -p katapult-tests --test rust_api_changes -- --ignored`.

use std::path::Path;
use std::process::Command;

use katapult_tests::workspace_root;

fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success() || program == "cargo",
        "{program} {args:?} failed:\n{text}"
    );
    text
}

/// Copies the files git would commit (tracked, and untracked but not ignored), keeping
/// symbolic links as links.
fn copy_sources(from: &Path, to: &Path) {
    let listing = run(
        from,
        "git",
        &["ls-files", "--cached", "--others", "--exclude-standard", "-z"],
    );
    for relative in listing.split('\0').filter(|p| !p.is_empty()) {
        let (source, dest) = (from.join(relative), to.join(relative));
        let Ok(meta) = std::fs::symlink_metadata(&source) else {
            continue;
        };
        std::fs::create_dir_all(dest.parent().expect("inside the copy")).expect("creates folders");
        if meta.file_type().is_symlink() {
            let target = std::fs::read_link(&source).expect("reads the link");
            std::os::unix::fs::symlink(target, &dest).expect("links");
        } else {
            std::fs::copy(&source, &dest).expect("copies");
        }
    }
}

#[test]
#[ignore = "slow, and needs cargo-semver-checks: run with --ignored (see the file's header)"]
fn a_renamed_schema_is_reported_as_a_rust_level_break() {
    let root = workspace_root();
    let scratch = root.join("target/rust-api-changes/workspace");
    let _ = std::fs::remove_dir_all(&scratch);
    copy_sources(&root, &scratch);
    std::os::unix::fs::symlink(root.join(".tools"), scratch.join(".tools")).expect("shares the installed tools");
    let git = |args: &[&str]| {
        let mut all = vec!["-c", "user.name=test", "-c", "user.email=test@example.com"];
        all.extend_from_slice(args);
        run(&scratch, "git", &all)
    };
    git(&["init", "--quiet", "--initial-branch=main"]);
    git(&["add", "--all"]);
    git(&["commit", "--quiet", "--message", "base"]);

    let spec_path = scratch.join("spec/katapult-core.yaml");
    let spec = std::fs::read_to_string(&spec_path).expect("reads the spec");
    let renamed = spec
        .replace(
            "#/components/schemas/Country\"",
            "#/components/schemas/NetworkCountry\"",
        )
        .replace("\n    Country:\n", "\n    NetworkCountry:\n");
    assert_ne!(renamed, spec, "the spec still has a Country schema to rename");
    std::fs::write(&spec_path, renamed).expect("writes the spec");

    let target = root.join("target/rust-api-changes/target");
    let output = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--package", "xtask", "--", "changes", "HEAD"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&scratch)
        .output()
        .expect("runs cargo xtask changes");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "cargo xtask changes failed:\n{report}");
    let (spec_level, rust_level) = report.split_once("## Rust API").expect("a Rust API section");
    println!("## Rust API{rust_level}");
    assert!(
        spec_level.contains("### Breaking (0)"),
        "the spec rules see no break:\n{spec_level}"
    );
    assert!(rust_level.contains("**Breaking** at the Rust level"), "{report}");
    assert!(
        rust_level.contains("Country"),
        "the report names the lost type:\n{rust_level}"
    );
}
