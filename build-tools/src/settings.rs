//! The project's one set of progenitor settings, and what generation fails with: shared by
//! the generation of progenitor's code (`generate.rs`) and of the SDK's calls (`calls/`).

use progenitor::{GenerationSettings, HooksMode, InterfaceStyle, TagStyle};

use crate::SPEC_FILE;

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
    /// The spec states a fact the SDK needs in two ways that disagree, or not at all.
    #[error("{SPEC_FILE}: {0}")]
    Spec(String),
}

/// The project's progenitor settings: the positional interface (one async method per
/// operation taking every argument at once, which the SDK's own requests call, `calls/`;
/// it brings neither progenitor's request builders nor typify's struct builders, each a
/// second layer building what the SDK's requests build), one merged client (no tags), `schemars::JsonSchema` and `PartialEq` on every type so
/// tests can compare generated types with the spec (the JSON Schema derive is then moved
/// behind the SDK's `schemars` feature, `generate.rs`) and callers can compare values, and the
/// SDK's hand-written `crate::transport::Transport` as the client's inner value, with its
/// `ClientHooks` implementation required, so no request leaves without auth, retries,
/// pacing and tracing; and every secret member as the SDK's `crate::Secret` (`secrets.rs`).
pub fn generation_settings() -> GenerationSettings {
    let mut settings = GenerationSettings::new();
    settings
        .with_interface(InterfaceStyle::Positional)
        .with_tag(TagStyle::Merged)
        .with_derive("schemars::JsonSchema")
        .with_derive("PartialEq")
        .with_inner_type(quote::quote!(crate::transport::Transport))
        .with_hooks(HooksMode::Expected)
        .with_replacement(
            crate::secrets::SECRET_COMPONENT,
            crate::secrets::SECRET_TYPE,
            std::iter::empty(),
        );
    settings
}

/// The crate the mock helpers refer to for types (`katapult_sdk::types::…`).
pub(crate) const SDK_CRATE: &str = "katapult_sdk";
