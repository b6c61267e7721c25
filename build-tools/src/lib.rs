//! The one place where the Katapult SDK's spec is loaded, checked and turned into Rust.
//!
//! Data flows one way: `spec/` → this crate → `sdk/build.rs` (which compiles the client)
//! and `xtask` (which validates and writes the checked-in review copy). Both call the same
//! functions here, so the spec path, the validation rules and the progenitor settings are
//! each decided once.
//!
//! ```no_run
//! let root = katapult_build_tools::workspace_root_from_manifest_dir(env!("CARGO_MANIFEST_DIR"));
//! let spec = katapult_build_tools::Spec::load(&root.join(katapult_build_tools::SPEC_FILE))?;
//! let problems = katapult_build_tools::validate(&spec);
//! assert!(problems.is_empty());
//! let source = katapult_build_tools::generate_client(&spec)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod generate;
mod locate;
mod schema;
mod spec;
mod validate;

use std::path::{Path, PathBuf};

pub use generate::{GENERATED_HEADER, GenerateError, generate_client, generation_settings};
pub use schema::{SchemaError, json_schema_for, to_json_schema};
pub use spec::{Example, LoadError, Spec};
pub use validate::{Problem, RULES, Rule, validate};

/// The spec, relative to the workspace root.
pub const SPEC_FILE: &str = "spec/katapult-core.yaml";

/// The checked-in review copy of the generated client, relative to the workspace root.
///
/// It is byte-identical to what `sdk/build.rs` compiles; it exists so reviewers see every
/// change to the generated code as a diff. It is never compiled itself.
pub const REVIEW_COPY: &str = "sdk/generated/client.rs";

/// The file name `sdk/build.rs` writes the generated client to, inside `OUT_DIR`.
pub const OUT_DIR_FILE: &str = "generated_client.rs";

/// The workspace root, given the `CARGO_MANIFEST_DIR` of any crate directly below it.
pub fn workspace_root_from_manifest_dir(manifest_dir: impl AsRef<Path>) -> PathBuf {
    let dir = manifest_dir.as_ref();
    dir.parent().unwrap_or(dir).to_path_buf()
}
