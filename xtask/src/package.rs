//! `cargo xtask package`: proves a release would work for a user.
//!
//! 1. `cargo package` (with its verification build) for every crate that is published
//!    (every workspace member without `publish = false`).
//! 2. A local registry under `target/consumer/registry`, built from the `.crate` files
//!    `cargo package` wrote: cargo's `local-registry` layout (an `index/` of JSON lines and
//!    the `.crate` files beside it), standing in for the alternative registry
//!    `katapult-local`.
//! 3. `consumer/` (a user's crate, outside the workspace, depending on our crates by
//!    version only) copied to `target/consumer/app`, where `cargo run` runs a program
//!    against the published simulator, `cargo test` a test with the published mocks, and
//!    `cargo doc --offline` documents the packaged crates as docs.rs would.
//! 4. `cargo doc` of the published crates with every feature and warnings denied (lints are
//!    capped for registry crates, so step 3 cannot catch a broken link).
//!
//! Third-party crates still come from crates.io, as for any user.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::process::{Published, copy_tree, published_members, run_checked, target_dir};

/// Removes the sources cargo extracted from earlier packages of these same versions.
///
/// Verification and the consumer both unpack our `.crate` files into cargo's registry
/// cache, and cargo reuses an extracted crate of the same name and version without looking
/// at its contents. Published versions never change, so that is right for crates.io; here
/// the version stays put while the code changes, and a stale copy would be built instead.
fn forget_extracted(published: &[Published]) {
    let home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".cargo")));
    let Some(sources) = home.map(|home| home.join("registry").join("src")) else {
        return;
    };
    let Ok(registries) = std::fs::read_dir(&sources) else {
        return;
    };
    for registry in registries.flatten() {
        for crate_ in published {
            let extracted = registry.path().join(format!("{}-{}", crate_.name, crate_.version));
            if extracted.is_dir() {
                let _ = std::fs::remove_dir_all(&extracted);
            }
        }
    }
}

/// Makes cargo rebuild packaged copies of our crates in every target directory under
/// `target` (the workspace's, the consumer's).
///
/// Extracted files carry cargo's fixed tarball timestamp, so cargo's freshness checks
/// (file times, and a build script's `rerun-if-changed` on the packaged spec) never see a
/// change: without this, code or a spec changed at the same version would be built from
/// the copy of the first run. A unit is known for a packaged copy by its dep-info (or its
/// build script's `output`) naming a path under cargo's registry sources; removing its
/// fingerprint makes cargo build it afresh.
fn forget_build_outputs(target: &Path) {
    let mut profiles = Vec::new();
    let mut pending = vec![(target.to_path_buf(), 0)];
    while let Some((dir, depth)) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten().filter(|e| e.path().is_dir()) {
            if entry.file_name() == ".fingerprint" {
                profiles.push(dir.clone());
            } else if depth < 4 {
                pending.push((entry.path(), depth + 1));
            }
        }
    }
    let from_registry =
        |file: &Path| std::fs::read(file).is_ok_and(|bytes| bytes.windows(14).any(|w| w == b"/registry/src/"));
    for profile in profiles {
        // `deps/katapult_sdk-HASH.d` and `build/katapult-sdk-HASH/output` name the unit's hash.
        let mut stale = Vec::new();
        for (dir, file) in [("deps", None), ("build", Some("output"))] {
            let Ok(entries) = std::fs::read_dir(profile.join(dir)) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !name.starts_with("katapult") {
                    continue;
                }
                let path = match file {
                    Some(file) => entry.path().join(file),
                    None if name.ends_with(".d") => entry.path(),
                    None => continue,
                };
                if from_registry(&path)
                    && let Some((_, hash)) = name.trim_end_matches(".d").rsplit_once('-')
                {
                    stale.push(hash.to_owned());
                }
            }
        }
        let Ok(fingerprints) = std::fs::read_dir(profile.join(".fingerprint")) else {
            continue;
        };
        for fingerprint in fingerprints.flatten() {
            let name = fingerprint.file_name().to_string_lossy().into_owned();
            if stale.iter().any(|hash| name.ends_with(&format!("-{hash}"))) {
                let _ = std::fs::remove_dir_all(fingerprint.path());
            }
        }
    }
}

/// The name the consumer gives the registry of our packaged crates.
const REGISTRY: &str = "katapult-local";
const CRATES_IO_INDEX: &str = "https://github.com/rust-lang/crates.io-index";

pub fn run(root: &Path) -> Result<(), String> {
    let target = target_dir(root);
    let published = published_members(root)?;
    let names: Vec<&str> = published.iter().map(|p| p.name.as_str()).collect();
    forget_extracted(&published);
    forget_build_outputs(&target);
    // Not verified by `cargo package` itself: the consumer below builds every packaged
    // crate from its tarball (the SDK with every feature, through the mocks), which is
    // that verification, done once instead of twice.
    println!("== cargo package: {}", names.join(", "));
    let mut package = Command::new(env!("CARGO"));
    package
        .args(["package", "--allow-dirty", "--no-verify"])
        .current_dir(root);
    for name in &names {
        package.args(["--package", name]);
    }
    run_checked(&mut package, "package the published crates")?;

    let consumer = target.join("consumer");
    let registry = consumer.join("registry");
    let _ = std::fs::remove_dir_all(&consumer);
    println!("\n== local registry at {}", registry.display());
    for crate_ in &published {
        let file = format!("{}-{}.crate", crate_.name, crate_.version);
        let bytes = std::fs::read(target.join("package").join(&file))
            .map_err(|e| format!("cannot read the packaged {file}: {e}"))?;
        write_file(&registry.join(&file), &bytes)?;
        let entry = index_entry(crate_, &names, &bytes);
        write_file(
            &registry.join("index").join(index_path(&crate_.name)),
            format!("{entry}\n").as_bytes(),
        )?;
        println!("{file}");
    }

    let app = consumer.join("app");
    copy_tree(&root.join("consumer"), &app, &[])?;
    let config = format!(
        "# Written by `cargo xtask package`.\n\
         [registries.{REGISTRY}]\nindex = \"{index}\"\n\n\
         [source.{REGISTRY}]\nregistry = \"{index}\"\nreplace-with = \"{REGISTRY}-files\"\n\n\
         [source.{REGISTRY}-files]\nlocal-registry = \"{registry}\"\n",
        index = file_url(&registry.join("remote-index-unused")),
        registry = registry.display(),
    );
    write_file(&app.join(".cargo/config.toml"), config.as_bytes())?;
    let app_target = consumer.join("target");
    for (args, what) in [
        (
            &["run", "--quiet"][..],
            "run the consumer's program against the simulator",
        ),
        (&["test", "--quiet"][..], "run the consumer's test with the typed mocks"),
    ] {
        println!("\n== consumer: cargo {}", args[0]);
        run_checked(
            Command::new(env!("CARGO"))
                .args(args)
                .env("CARGO_TARGET_DIR", &app_target)
                .current_dir(&app),
            what,
        )?;
    }
    // As docs.rs builds documentation: from the packaged crate, with no network. (Lints
    // are capped for registry crates, so broken links are caught by the next step.)
    println!("\n== consumer: cargo doc of the packaged crates, offline");
    let mut doc = Command::new(env!("CARGO"));
    doc.args(["doc", "--quiet", "--offline", "--no-deps"])
        .env("CARGO_TARGET_DIR", &app_target)
        .current_dir(&app);
    // Every published crate a user depends on. (build-tools is only a build dependency
    // here, which `cargo doc --package` cannot select; the consumer's build compiles it.)
    for name in names.iter().filter(|n| **n != "katapult-build-tools") {
        doc.args(["--package", name]);
    }
    run_checked(&mut doc, "document the packaged crates offline")?;

    println!("\n== cargo doc of the published crates, every feature, warnings denied");
    let mut strict = Command::new(env!("CARGO"));
    strict
        .args(["doc", "--quiet", "--no-deps", "--all-features"])
        .env("RUSTDOCFLAGS", "-D warnings")
        .current_dir(root);
    for name in &names {
        strict.args(["--package", name]);
    }
    run_checked(&mut strict, "document the published crates without warnings")?;
    println!("\nthe packaged crates build, run, test and document from a registry, by version only");
    Ok(())
}

/// The crate's line in the registry index: its dependencies as the packaged manifest
/// states them, ours from this registry and the rest from crates.io.
fn index_entry(crate_: &Published, ours: &[&str], bytes: &[u8]) -> Value {
    let deps: Vec<Value> = crate_.metadata["dependencies"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|dep| {
            let name = dep["name"].as_str().unwrap_or_default();
            let registry = if ours.contains(&name) {
                Value::Null
            } else {
                json!(CRATES_IO_INDEX)
            };
            json!({
                "name": dep["rename"].as_str().unwrap_or(name),
                "package": if dep["rename"].is_string() { json!(name) } else { Value::Null },
                "req": dep["req"],
                "features": dep["features"],
                "optional": dep["optional"],
                "default_features": dep["uses_default_features"],
                "target": dep["target"],
                "kind": dep["kind"].as_str().unwrap_or("normal"),
                "registry": registry,
            })
        })
        .collect();
    let features: BTreeMap<String, Value> = crate_.metadata["features"]
        .as_object()
        .map(|f| f.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default();
    json!({
        "name": crate_.name,
        "vers": crate_.version,
        "deps": deps,
        "features": features,
        "cksum": format!("{:x}", Sha256::digest(bytes)),
        "yanked": false,
        "links": crate_.metadata["links"],
        "rust_version": crate_.metadata["rust_version"],
        "v": 2,
    })
}

/// Where a crate's entry lives in an index (`ka/ta/katapult-sdk`, `3/a/abc`, `2/ab`).
fn index_path(name: &str) -> PathBuf {
    let lower = name.to_lowercase();
    match lower.len() {
        1 => PathBuf::from("1").join(&lower),
        2 => PathBuf::from("2").join(&lower),
        3 => PathBuf::from("3").join(&lower[..1]).join(&lower),
        _ => PathBuf::from(&lower[..2]).join(&lower[2..4]).join(&lower),
    }
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.display())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::index_path;

    #[test]
    fn index_paths_follow_cargo_layout() {
        assert_eq!(index_path("katapult-sdk"), std::path::Path::new("ka/ta/katapult-sdk"));
        assert_eq!(index_path("abc"), std::path::Path::new("3/a/abc"));
        assert_eq!(index_path("ab"), std::path::Path::new("2/ab"));
        assert_eq!(index_path("A"), std::path::Path::new("1/a"));
    }
}
