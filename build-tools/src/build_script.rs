//! The body of every build script that compiles generated code.
//!
//! It only loads the spec and generates: the spec's own rules and its examples are checked
//! by `cargo xtask check` and the workspace tests, so a user's build pays for neither.

use std::path::Path;
use std::process::ExitCode;

use crate::{Output, SPEC_FILE, Spec};

/// Writes `output` into `OUT_DIR`, generated from the spec inside the building crate
/// (`<crate>/spec/katapult-core.yaml`, a link to the workspace's spec in the repository, a
/// file in the published package). Prints the rerun trigger; a spec that does not load or
/// generate fails the build with the reason (file, line, pointer where known).
pub fn run_build_script(output: &Output) -> ExitCode {
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        eprintln!("error: CARGO_MANIFEST_DIR is not set (not run by cargo?)");
        return ExitCode::FAILURE;
    };
    let spec_path = Path::new(&manifest_dir).join(SPEC_FILE);
    // Watched before loading, so a broken spec that fails here is retried once edited.
    println!("cargo::rerun-if-changed={}", spec_path.display());
    match write(&spec_path, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!(
                "error: cannot generate {}\n\n{message}\n\nrun `cargo xtask validate` for every problem with the spec",
                output.out_dir_file
            );
            ExitCode::FAILURE
        }
    }
}

fn write(spec_path: &Path, output: &Output) -> Result<(), String> {
    let spec = Spec::load(spec_path).map_err(|e| e.to_string())?;
    // The error examples say which codes each operation answers with (`meaning.rs`).
    for input in spec.inputs() {
        println!("cargo::rerun-if-changed={}", input.display());
    }
    let source = match output.generate_for_families {
        Some(generate) => {
            let families = crate::families::families(spec.raw())?;
            let enabled = crate::families::enabled_in_build(&families);
            let availability = crate::families::Availability::of(spec.raw())?;
            let operations = spec.operations();
            let enabled_operations: Vec<_> = operations
                .iter()
                .filter(|operation| availability.holds(operation, &enabled))
                .collect();
            // Lets hand-written code tell a build with no operation at all.
            println!("cargo::rustc-check-cfg=cfg(katapult_any_operation)");
            if !enabled_operations.is_empty() {
                println!("cargo::rustc-cfg=katapult_any_operation");
            }
            // And one with nothing to wait for (no enabled operation reads a task, a build or
            // an object with a state).
            println!("cargo::rustc-check-cfg=cfg(katapult_any_work)");
            let any_work = crate::progress::awaited_reads(spec.raw())
                .iter()
                .any(|read_by| enabled_operations.iter().any(|o| o.id() == Some(read_by.as_str())));
            if any_work {
                println!("cargo::rustc-cfg=katapult_any_work");
            }
            generate(&spec, &enabled)
        }
        None => (output.generate)(&spec),
    }
    .map_err(|e| e.to_string())?;
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set (not run by cargo?)")?;
    let out = Path::new(&out_dir).join(output.out_dir_file);
    std::fs::write(&out, source).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
