//! Generates the Katapult client from `spec/` into `OUT_DIR`, through build-tools.
//!
//! An invalid spec fails the build with the validator's messages (file, line, rule), the
//! same ones `cargo xtask validate` prints.

use std::path::Path;
use std::process::ExitCode;

use katapult_build_tools as tools;

fn main() -> ExitCode {
    let root = tools::workspace_root_from_manifest_dir(env!("CARGO_MANIFEST_DIR"));
    let spec_path = root.join(tools::SPEC_FILE);
    // Watch the spec and its example folder before loading, so a broken spec that fails
    // here is retried as soon as it is edited.
    println!("cargo::rerun-if-changed={}", spec_path.display());
    if let Some(dir) = spec_path.parent() {
        println!("cargo::rerun-if-changed={}", dir.join("examples").display());
    }
    match generate(&spec_path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: cannot generate the Katapult client\n\n{message}");
            ExitCode::FAILURE
        }
    }
}

fn generate(spec_path: &Path) -> Result<(), String> {
    let spec = tools::Spec::load(spec_path).map_err(|e| e.to_string())?;
    let problems = tools::validate(&spec);
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
    let source = tools::generate_client(&spec).map_err(|e| e.to_string())?;
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set (not run by cargo?)")?;
    let out = Path::new(&out_dir).join(tools::OUT_DIR_FILE);
    std::fs::write(&out, source).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
