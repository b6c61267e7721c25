//! Generating code from the spec: the project's one set of progenitor settings, and the
//! one render step (parse, format with prettyplease, head with [`generated_header`]) that
//! every generated file goes through.

use proc_macro2::TokenStream;
use progenitor::{GenerationSettings, Generator, HooksMode, InterfaceStyle, TagStyle};
use serde_json::Value;

use crate::{SPEC_FILE, Spec, calls, openapi};

/// The first lines of every generated file, so nobody edits one by hand.
pub fn generated_header() -> String {
    format!(
        "// The contents of this file are generated; do not modify them.\n\
         // Source: {SPEC_FILE}. Regenerate with `cargo xtask generate`.\n"
    )
}

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

/// Generates the client source for `spec`: progenitor's client, the page limits the spec
/// gives (`paging`), and the SDK's request for every operation (`operations`, with a method
/// on `crate::Client` each; see `calls.rs`). The same bytes go to `OUT_DIR` and to the review copy.
pub fn generate_client(spec: &Spec) -> Result<String, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let client = generator
        .generate_tokens(spec.document())
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let parsed: syn::File = syn::parse2(client.clone()).map_err(|e| GenerateError::Parse(e.to_string()))?;
    let calls = calls::generate(spec, &parsed)?;
    let paging = paging_limits(spec)?;
    render(quote::quote! { #client #paging #calls })
}

/// The crate the mock helpers refer to for types (`katapult_sdk::types::…`).
pub(crate) const SDK_CRATE: &str = "katapult_sdk";

/// Generates typed `httpmock` helpers for `spec` (one `MockServerExt` method per
/// operation), with the same settings as the client so the types line up.
pub fn generate_mocks(spec: &Spec) -> Result<String, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let mocks = generator
        .httpmock(spec.document(), SDK_CRATE)
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    render(mocks)
}

/// Parses, formats and heads generated tokens.
fn render(tokens: TokenStream) -> Result<String, GenerateError> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| GenerateError::Parse(e.to_string()))?;
    Ok(format!("{}\n{}", generated_header(), prettyplease::unparse(&file)))
}

/// `pub mod paging` with the API's page limits, read from the `per_page` query parameter
/// of the spec's list operations, which must all agree.
fn paging_limits(spec: &Spec) -> Result<TokenStream, GenerateError> {
    let mut limits: Option<(u64, u64, String)> = None;
    for operation in spec.operations() {
        let parameters = operation.value.get("parameters").and_then(Value::as_array);
        for parameter in parameters.into_iter().flatten() {
            let parameter = openapi::resolve(spec.raw(), parameter).value;
            if parameter.get("name").and_then(Value::as_str) != Some("per_page") {
                continue;
            }
            let schema = openapi::unwrap(
                spec.raw(),
                parameter.get("schema").unwrap_or(&Value::Null),
                String::new(),
            )
            .schema;
            let read = |key: &str| {
                schema.get(key).and_then(Value::as_u64).ok_or_else(|| {
                    GenerateError::Spec(format!("{}: `per_page` has no integer `{key}`", operation.key()))
                })
            };
            let found = (read("maximum")?, read("default")?, operation.key());
            match &limits {
                Some((max, default, first)) if (*max, *default) != (found.0, found.1) => {
                    return Err(GenerateError::Spec(format!(
                        "`per_page` limits differ: {first} says maximum {max}, default {default}; {} says maximum {}, default {}",
                        found.2, found.0, found.1
                    )));
                }
                Some(_) => {}
                None => limits = Some(found),
            }
        }
    }
    let Some((max, default, _)) = limits else {
        return Ok(TokenStream::new());
    };
    let (max_lit, default_lit) = (
        proc_macro2::Literal::u64_unsuffixed(max),
        proc_macro2::Literal::u64_unsuffixed(default),
    );
    let max_doc = format!(" The most items the API returns per page (the spec's `per_page` maximum, {max}).");
    let default_doc =
        format!(" The page size the API uses when none is asked for (the spec's `per_page` default, {default}).");
    Ok(quote::quote! {
        /// The API's page limits, as the spec states them for every list operation.
        pub mod paging {
            #[doc = #max_doc]
            pub const MAX_PER_PAGE: u64 = #max_lit;
            #[doc = #default_doc]
            pub const DEFAULT_PER_PAGE: u64 = #default_lit;
        }
    })
}
