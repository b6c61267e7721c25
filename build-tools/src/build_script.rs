//! The body of every build script that compiles generated code.

use std::path::Path;
use std::process::ExitCode;

use crate::{Output, SPEC_FILE, Spec, validate, workspace_root_from_manifest_dir};

/// Validates the spec and writes `output` into `OUT_DIR`, for a crate directly below the
/// workspace root. Prints the rerun triggers; an invalid spec fails the build with the
/// validator's messages (file, line, rule), the same ones `cargo xtask validate` prints.
pub fn run_build_script(output: &Output) -> ExitCode {
    let Some(manifest_dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        eprintln!("error: CARGO_MANIFEST_DIR is not set (not run by cargo?)");
        return ExitCode::FAILURE;
    };
    let spec_path = workspace_root_from_manifest_dir(manifest_dir).join(SPEC_FILE);
    // Watch the spec and its example folder before loading, so a broken spec that fails
    // here is retried as soon as it is edited.
    println!("cargo::rerun-if-changed={}", spec_path.display());
    if let Some(dir) = spec_path.parent() {
        println!("cargo::rerun-if-changed={}", dir.join("examples").display());
    }
    match write(&spec_path, output) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: cannot generate {}\n\n{message}", output.out_dir_file);
            ExitCode::FAILURE
        }
    }
}

fn write(spec_path: &Path, output: &Output) -> Result<(), String> {
    let spec = Spec::load(spec_path).map_err(|e| e.to_string())?;
    let problems = validate(&spec);
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{}\n\n{} problem(s); run `cargo xtask validate` for the same list",
            lines.join("\n"),
            problems.len()
        ));
    }
    for input in spec.inputs() {
        println!("cargo::rerun-if-changed={}", input.display());
    }
    let source = (output.generate)(&spec).map_err(|e| e.to_string())?;
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set (not run by cargo?)")?;
    let out = Path::new(&out_dir).join(output.out_dir_file);
    std::fs::write(&out, source).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
