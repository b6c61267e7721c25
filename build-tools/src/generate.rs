//! Generating code from the spec with the project's settings (`settings.rs`): the one render
//! step (head with [`generated_header`]) that every generated file goes through, and the
//! formatting of its review copy ([`formatted`], for maintainers).

use proc_macro2::TokenStream;
use progenitor::Generator;
use quote::ToTokens;
use serde_json::Value;

use crate::settings::{GenerateError, SDK_CRATE, generation_settings};
use crate::{SPEC_FILE, Spec, calls, families, meaning, openapi, progenitor_output, secrets, waiting};

/// The first lines of every generated file, so nobody edits one by hand.
pub fn generated_header() -> String {
    format!(
        "// The contents of this file are generated; do not modify them.\n\
         // Source: {SPEC_FILE}. Regenerate with `cargo xtask generate`.\n"
    )
}

/// Generates the client source for `spec`: progenitor's client, the page limits the spec
/// gives (`paging`), what each documented error code means (`meanings`, see `meaning.rs`),
/// and the SDK's request for every operation (`operations`, with a method
/// on `crate::Client` each; see `calls/`), and waiting for work that finishes after its
/// answer (`waiting`, with a `wait_for_*` method each; see `waiting.rs`). The same tokens go
/// to `OUT_DIR` and, [`formatted`], to the review copy.
pub fn generate_client(spec: &Spec) -> Result<String, GenerateError> {
    let every = families::families(spec.raw())
        .map_err(GenerateError::Spec)?
        .into_iter()
        .map(|f| f.feature)
        .collect::<Vec<_>>();
    generate_client_for(spec, &every)
}

/// [`generate_client`] for the families `features` names only: progenitor sees their
/// operations and what they reach ([`Spec::for_families`]); the page limits and the error
/// meanings, which the runtime needs whatever is enabled, come from the whole spec.
pub fn generate_client_for(spec: &Spec, features: &[String]) -> Result<String, GenerateError> {
    let part = spec.for_families(features).map_err(GenerateError::Spec)?;
    let client = progenitor_output::progenitor_client(&part)?;
    let calls = calls::generate(&part, &client)?;
    let parsed = client.file;
    let waiting = waiting::generate(&part)?;
    let paging = paging_limits(spec)?;
    let meanings = meaning::error_meanings(spec)?.tokens();
    let secrets = secrets::tokens(spec.raw());
    Ok(render(
        quote::quote! { #parsed #paging #meanings #secrets #calls #waiting },
    ))
}

/// Generates typed `httpmock` helpers for `spec` (one `MockServerExt` method per
/// operation), with the same settings as the client so the types line up.
pub fn generate_mocks(spec: &Spec) -> Result<String, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let mocks = generator
        .httpmock(&progenitor_output::progenitor_document(spec)?, SDK_CRATE)
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let mut file: syn::File = syn::parse2(mocks).map_err(|e| GenerateError::Parse(e.to_string()))?;
    for_each_method(&mut file.items, &mut |on, method| {
        repeat_array_query_parameters(method);
        text_answers_as_text(on, method);
    });
    Ok(render(quote::quote! { #file }))
}

/// Every method of every `impl` block in `items`, and in the modules inside them, with the
/// name of the type it is on: where the rules on progenitor's mock helpers apply.
fn for_each_method(items: &mut [syn::Item], rule: &mut impl FnMut(&str, &mut syn::ImplItemFn)) {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &mut module.content {
                    for_each_method(items, rule);
                }
            }
            syn::Item::Impl(block) => {
                let on = block.self_ty.to_token_stream().to_string();
                for member in &mut block.items {
                    if let syn::ImplItem::Fn(method) = member {
                        rule(&on, method);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Progenitor's httpmock matchers format an array query parameter (`annotations[][key]`)
/// with `to_string`, which a `Vec` lacks. The client sends one `name=item` pair per item
/// (progenitor's `QueryParam`), so the matcher asks for each pair instead.
fn repeat_array_query_parameters(method: &mut syn::ImplItemFn) {
    let signature = method.sig.to_token_stream().to_string();
    let body = method.block.to_token_stream().to_string();
    let name = body
        .split_once("query_param (\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(name, _)| name.to_owned());
    let Some(name) = name.filter(|_| signature.contains(":: vec :: Vec <")) else {
        return;
    };
    method.block = syn::parse_quote! {{
        if let Some(value) = value.into() {
            let mut when = self.0;
            for item in value {
                when = when.query_param(#name, item.to_string());
            }
            Self(when)
        } else {
            Self(self.0.query_param_missing(#name))
        }
    }};
}

/// Progenitor's mock helper for an answer that is not JSON (a text answer, `text/plain`)
/// takes a `serde_json::Value` and sends it as JSON. It takes the text and sends it as
/// text, as the service does.
fn text_answers_as_text(on: &str, method: &mut syn::ImplItemFn) {
    let signature = method.sig.to_token_stream().to_string().replace(' ', "");
    let body = method.block.to_token_stream().to_string().replace(' ', "");
    if !on.ends_with("Then") || !signature.contains("value:::serde_json::Value") || !body.contains(".json_body(value)")
    {
        return;
    }
    let Some(status) = body
        .split_once(".status(")
        .and_then(|(_, rest)| rest.split_once(')'))
        .and_then(|(status, _)| status.trim_end_matches("u16").parse::<u16>().ok())
    else {
        return;
    };
    let name = &method.sig.ident;
    *method = syn::parse_quote! {
        pub fn #name(self, value: &str) -> Self {
            Self(
                self.0
                    .status(#status)
                    .header("content-type", "text/plain; charset=utf-8")
                    .body(value),
            )
        }
    };
}

/// Heads generated tokens: the source a build script compiles, written as the tokens print
/// (one long line), since rustc reads it and nobody else does. The review copy is the same
/// tokens formatted ([`formatted`]), which `cargo xtask generate` writes.
fn render(tokens: TokenStream) -> String {
    format!("{}\n{tokens}\n", generated_header())
}

/// A generated source (from [`generate_client`] or [`generate_mocks`]) formatted for
/// review: parsed and printed with prettyplease, under the same header. The tokens are
/// unchanged, so what is compiled and what is reviewed are the same code
/// (`tests/review_copy.rs` compares them token by token).
#[cfg(feature = "maintainer")]
pub fn formatted(source: &str) -> Result<String, GenerateError> {
    let header = generated_header();
    let body = source.strip_prefix(header.as_str()).unwrap_or(source);
    let file: syn::File = syn::parse_str(body).map_err(|e| GenerateError::Parse(e.to_string()))?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
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
