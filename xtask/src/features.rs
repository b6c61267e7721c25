//! `cargo xtask features`: every family's feature that brings operations compiles alone,
//! and so does the SDK with no family at all (`cargo check -p katapult-sdk --no-default-features [--features F]`),
//! so a consumer may enable any one. The families come from the spec.

use std::path::Path;
use std::process::Command;

use katapult_build_tools::families::{families, family_of};
use katapult_build_tools::{SPEC_FILE, Spec};

use crate::process::run_checked;

pub fn run(root: &Path) -> Result<(), String> {
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
                "check",
                "--quiet",
                "--package",
                "katapult-sdk",
                "--lib",
                "--no-default-features",
            ])
            .current_dir(root);
        if let Some(feature) = selection {
            command.args(["--features", feature]);
        }
        run_checked(&mut command, &format!("check katapult-sdk with {shown}"))?;
    }
    println!(
        "every feature with operations compiles alone ({} of {} families), and so does none",
        selections.len() - 1,
        families.len()
    );
    Ok(())
}
