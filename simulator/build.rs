//! Embeds the spec's request contracts (`contracts.json` in `OUT_DIR`), so the simulator
//! answers every operation of the spec: the ones it models with state, and the rest from
//! the spec's examples (see `src/from_spec.rs`).

use std::path::Path;
use std::process::ExitCode;

use katapult_build_tools::{SPEC_FILE, Spec, request_contracts};

fn main() -> ExitCode {
    match write() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: cannot embed the spec's request contracts: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write() -> Result<(), String> {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").ok_or("CARGO_MANIFEST_DIR is not set")?;
    let spec_path = Path::new(&manifest_dir).join(SPEC_FILE);
    println!("cargo::rerun-if-changed={}", spec_path.display());
    let spec = Spec::load(&spec_path).map_err(|e| e.to_string())?;
    // The answers are the examples, so each example file is an input too.
    for input in spec.inputs() {
        println!("cargo::rerun-if-changed={}", input.display());
    }
    let contracts = request_contracts(&spec)?;
    let out_dir = std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?;
    let out = Path::new(&out_dir).join("contracts.json");
    std::fs::write(&out, contracts.to_string()).map_err(|e| format!("cannot write {}: {e}", out.display()))
}
