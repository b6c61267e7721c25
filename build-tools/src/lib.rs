//! The one place where the Katapult SDK's spec is loaded, checked and turned into Rust.
//!
//! Data flows one way: `spec/` → this crate → the build scripts of `sdk/` (the client) and
//! `mock/` (typed httpmock helpers), which compile what they generate, and `xtask`, which
//! validates and writes the checked-in review copies. All of them call the same functions
//! here, so the spec path, the validation rules, the progenitor settings and the list of
//! generated files are each decided once.
//!
//! The spec travels inside each package that generates from it: `sdk/spec` and `mock/spec`
//! are links to the workspace's one `spec/`, so [`SPEC_FILE`] is the same relative path
//! from the workspace root and from each generating crate, in the repository and in the
//! published tarballs alike.
//!
//! ```no_run
//! let root = katapult_build_tools::workspace_root_from_manifest_dir(env!("CARGO_MANIFEST_DIR"));
//! let spec = katapult_build_tools::Spec::load(&root.join(katapult_build_tools::SPEC_FILE))?;
//! # #[cfg(feature = "maintainer")]
//! assert!(katapult_build_tools::validate(&spec).is_empty());
//! let source = katapult_build_tools::generate_client(&spec)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Features
//! - `maintainer` (off by default): what `cargo xtask` and the workspace tests need beyond
//!   generation: the spec's validation rules (`validate`, `RULES`), JSON Schema checks
//!   of example payloads (`validate_instance`), the review aids (`facts`, `changes`,
//!   `drift`), what tests need to call every operation (`request_shapes`, `sample`), and `import`
//!   from the vendor's document. Build scripts leave it off: they only load and generate, so
//!   a user of the SDK compiles neither a JSON Schema validator nor the review tooling.
#![deny(missing_docs)]

mod build_script;
mod calls;
#[cfg(feature = "maintainer")]
pub mod changes;
mod contracts;
#[cfg(feature = "maintainer")]
pub mod drift;
#[cfg(feature = "maintainer")]
pub mod facts;
pub mod families;
mod generate;
#[cfg(feature = "maintainer")]
pub mod import;
mod locate;
mod meaning;
mod open_enums;
mod open_polymorphs;
pub mod openapi;
mod presence;
mod progenitor_output;
pub mod progress;
#[cfg(feature = "maintainer")]
pub mod recorded;
mod resources;
#[cfg(feature = "maintainer")]
mod sample;
#[cfg(feature = "maintainer")]
mod schema;
mod secrets;
mod settings;
mod spec;
pub mod subset;
#[cfg(feature = "maintainer")]
mod validate;
mod waiting;

use std::path::{Path, PathBuf};

pub use build_script::run_build_script;
#[cfg(feature = "maintainer")]
pub use calls::{Argument, QueryArray, RequestShape, request_shapes};
pub use contracts::{CHANGES_EXTENSION, READS_EXTENSION, request_contracts};
#[cfg(feature = "maintainer")]
pub use facts::{ExamplePayload, Facts};
#[cfg(feature = "maintainer")]
pub use generate::formatted;
pub use generate::{generate_client, generate_client_for, generate_mocks, generated_header};
pub use meaning::{ErrorMeanings, RETRY_STATUSES, RETRYABLE_EXTENSION, error_meanings};
pub use openapi::HAND_WRITTEN_METHOD;
#[cfg(feature = "maintainer")]
pub use sample::{full_sample, is_placeholder, sample};
#[cfg(feature = "maintainer")]
pub use schema::{SchemaError, Validators, json_schema_for, to_json_schema, validate_instance};
pub use settings::{GenerateError, generation_settings};
pub use spec::{Example, LoadError, Spec};
#[cfg(feature = "maintainer")]
pub use validate::{Problem, RULES, Rule, validate};

/// The spec, relative to the workspace root and to each crate that generates from it.
pub const SPEC_FILE: &str = "spec/katapult-core.yaml";

/// One generated source file.
///
/// A crate's build script writes it into `OUT_DIR` and compiles it; `cargo xtask generate`
/// writes the same tokens, formatted, to the checked-in review copy, which exists so
/// reviewers see every change to generated code as a diff, and is never compiled itself.
#[derive(Clone, Copy, Debug)]
pub struct Output {
    /// The review copy, relative to the workspace root.
    pub review_copy: &'static str,
    /// The file name the build script writes inside `OUT_DIR`.
    pub out_dir_file: &'static str,
    /// Generates the source from the spec (every family: what the review copy holds).
    pub generate: fn(&Spec) -> Result<String, GenerateError>,
    /// Generates the source for some families only (their cargo features), when the
    /// building crate has a feature per family ([`families`]).
    pub generate_for_families: Option<GenerateForFamilies>,
}

/// Generates a crate's source for the families named by their cargo features.
pub type GenerateForFamilies = fn(&Spec, &[String]) -> Result<String, GenerateError>;

/// The client, compiled by `sdk/build.rs`, for the families its features enable.
pub const CLIENT: Output = Output {
    review_copy: "sdk/generated/client.rs",
    out_dir_file: "generated_client.rs",
    generate: generate_client,
    generate_for_families: Some(generate_client_for),
};

/// The typed httpmock helpers, compiled by `mock/build.rs`, for every family (the mock
/// crate uses the SDK with `full`).
pub const MOCKS: Output = Output {
    review_copy: "mock/generated/mocks.rs",
    out_dir_file: "generated_mocks.rs",
    generate: generate_mocks,
    generate_for_families: None,
};

/// Every generated file, for `cargo xtask generate` and `check`.
pub const OUTPUTS: [Output; 2] = [CLIENT, MOCKS];

/// The workspace root, given the `CARGO_MANIFEST_DIR` of any crate directly below it.
pub fn workspace_root_from_manifest_dir(manifest_dir: impl AsRef<Path>) -> PathBuf {
    let dir = manifest_dir.as_ref();
    dir.parent().unwrap_or(dir).to_path_buf()
}

#[cfg(feature = "maintainer")]
impl Spec {
    /// The facts of this spec for comparison (see [`facts`]), with its example files read.
    pub fn facts(&self) -> Facts {
        let examples: Vec<ExamplePayload> = self
            .examples()
            .into_iter()
            .filter_map(|e| {
                let value = e.value.ok()?;
                Some(ExamplePayload {
                    operation_id: e.operation_id,
                    status: e.status,
                    name: e.name,
                    value,
                })
            })
            .collect();
        facts::facts(self.raw(), &examples)
    }
}
