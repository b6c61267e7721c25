//! Generating the client: the project's one set of progenitor settings, and formatting.

use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};

use crate::{SPEC_FILE, Spec};

/// The first lines of every generated file, so nobody edits one by hand.
pub const GENERATED_HEADER: &str = "\
// The contents of this file are generated; do not modify them.
// Source: spec/katapult-core.yaml. Regenerate with `cargo xtask generate`.
";

/// Why generation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GenerateError {
    /// progenitor refused the spec.
    #[error("progenitor could not generate a client from {SPEC_FILE}: {0}")]
    Progenitor(String),
    /// progenitor's output did not parse as Rust (a bug in progenitor or typify).
    #[error("progenitor's output is not valid Rust: {0}")]
    Parse(String),
}

/// The project's progenitor settings: the builder interface (`client.op().arg(..).send()`),
/// one merged client (no tags), `schemars::JsonSchema` and `PartialEq` on every type so
/// tests can compare generated types with the spec and callers can compare values, and the
/// SDK's hand-written `crate::transport::Transport` as the client's inner value, with its
/// `ClientHooks` implementation required, so no request leaves without auth, retries,
/// pacing and tracing.
pub fn generation_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Builder)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_inner_type(quote::quote!(crate::transport::Transport))
        .with_hooks(HooksMode::Expected);
    settings
}

/// Generates the client source for `spec`: formatted with prettyplease and headed by
/// [`GENERATED_HEADER`]. The same bytes go to `OUT_DIR` and to the review copy.
pub fn generate_client(spec: &Spec) -> Result<String, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let tokens = generator
        .generate_tokens(spec.document())
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| GenerateError::Parse(e.to_string()))?;
    Ok(format!("{GENERATED_HEADER}\n{}", prettyplease::unparse(&file)))
}

/// The crate the mock helpers refer to for types (`katapult_sdk::types::…`).
const SDK_CRATE: &str = "katapult_sdk";

/// Generates typed `httpmock` helpers for `spec` (one `MockServerExt` method per
/// operation), with the same settings as the client so the types line up.
pub fn generate_mocks(spec: &Spec) -> Result<String, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let tokens = generator
        .httpmock(spec.document(), SDK_CRATE)
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| GenerateError::Parse(e.to_string()))?;
    Ok(format!("{GENERATED_HEADER}\n{}", prettyplease::unparse(&file)))
}
