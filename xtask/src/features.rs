//! `cargo xtask features`: each published crate's own tests pass alone, under its own
//! default features (`cargo test -p <crate>`: the workspace's `cargo test` unifies every
//! crate's features, so it cannot tell whether a user's default build works); and every family's feature that brings operations compiles alone,
//! and so does the SDK with no family at all, and the doc examples of each such build pass
//! (`cargo test -p katapult-sdk --doc --no-default-features [--features F]`, which compiles
//! the library first), so a consumer may enable any one and copy what the docs show. The
//! families come from the spec.

use std::path::Path;
use std::process::Command;

use katapult_build_tools::families::{families, family_of};
use katapult_build_tools::{SPEC_FILE, Spec};

use crate::process::{published_members, run_checked};

pub fn run(root: &Path) -> Result<(), String> {
    for member in published_members(root)? {
        println!("== {} alone, with its default features", member.name);
        let mut command = Command::new(env!("CARGO"));
        command
            .args(["test", "--quiet", "--package", &member.name])
            .current_dir(root);
        run_checked(&mut command, &format!("test {} alone", member.name))?;
    }
    let spec = Spec::load(&root.join(SPEC_FILE)).map_err(|e| e.to_string())?;
    let families = families(spec.raw())?;
    let operations = spec.operations();
    // A family with no operation yet compiles as "none" does.
    let filled = families.iter().filter(|family| {
        operations
            .iter()
            .any(|o| family_of(&families, o).is_some_and(|f| f.feature == family.feature))
    });
    let mut selections: Vec<Option<String>> = vec![None];
    selections.extend(filled.map(|f| Some(f.feature.clone())));
    for selection in &selections {
        let shown = selection.as_deref().unwrap_or("no family");
        println!("== katapult-sdk with {shown}");
        let mut command = Command::new(env!("CARGO"));
        command
            .args([
                "test",
                "--quiet",
                "--package",
                "katapult-sdk",
                "--doc",
                "--no-default-features",
            ])
            .current_dir(root);
        if let Some(feature) = selection {
            command.args(["--features", feature]);
        }
        run_checked(&mut command, &format!("test katapult-sdk's docs with {shown}"))?;
    }
    println!(
        "every feature with operations compiles alone and its doc examples pass ({} of {} families), and so do none",
        selections.len() - 1,
        families.len()
    );
    Ok(())
}
