//! The SDK's request for every operation, generated beside progenitor's client: the one
//! layer a call is built in.
//!
//! progenitor (with its positional interface) gives each operation one async method on its
//! client that takes every argument at once, borrowed, and sends it. The SDK wants, for
//! every operation, `client.<operation>()` returning a request that owns a handle to the
//! client (so a list can be streamed as `'static`), has a setter per argument (each of the
//! body's members too, so a caller never builds a body by hand), takes a lookup as one
//! one-key enum, walks pages, and fails with `katapult_sdk::Error`, reporting a missing or
//! invalid argument before anything is sent.
//!
//! This pass writes, per operation, a request type in `operations` and a method on
//! `crate::Client`. It reads progenitor's own output (each method's parameters and answer
//! type, the body's struct, typify's lookup enums and list answers) rather than re-deriving
//! types from the spec, so the two cannot disagree; the spec gives the docs, the scopes and
//! the lookup groups. What it generates calls into the SDK's hand-written runtime:
//! `crate::request` (arguments), `crate::response::call`, `crate::paginate` and
//! `crate::Error`.

mod arguments;
mod docs;
mod progenitor;
mod requests;
mod shape;
#[cfg(feature = "maintainer")]
mod shapes;

#[cfg(feature = "maintainer")]
pub use shapes::{Argument, QueryArray, RequestShape, request_shapes};

use proc_macro2::TokenStream;
use quote::quote;

use crate::Spec;
use crate::settings::GenerateError;

use progenitor::Progenitor;
use requests::{Generated, generate_operation};
use shape::shape;

/// The request types and `Client` methods for every operation of `spec`, given
/// progenitor's output for it.
pub(crate) fn generate(
    spec: &Spec,
    progenitor: &crate::progenitor_output::ProgenitorClient,
) -> Result<TokenStream, GenerateError> {
    let progenitor = Progenitor::new(progenitor)?;
    let availability = crate::families::Availability::of(spec.raw()).map_err(GenerateError::Spec)?;
    let mut requests = Vec::new();
    let mut methods = Vec::new();
    for operation in spec.operations() {
        let shape = shape(spec, &progenitor, &operation)?;
        // docs.rs (all features) shows which features bring each request and method.
        let needs = availability.doc_cfg(&operation);
        let Generated { request, method } = generate_operation(spec, &operation, &shape);
        requests.push(quote! { #needs #request });
        methods.extend(method.map(|method| quote! { #needs #method }));
    }
    Ok(quote! {
        /// The SDK's request for every operation, made by the method of the same name on
        /// [`Client`](crate::Client): set its arguments (each member of a body too), then
        /// `send` it (and, for a list, `stream` or `collect_all` its pages). Every request
        /// fails with [`Error`](crate::Error): API errors typed, unknown codes kept, the
        /// status always present, and a caller's mistake reported before anything is sent.
        pub mod operations {
            #[allow(unused_imports)]
            use super::{ByteStream, types};
            #(#requests)*
        }
        impl crate::Client {
            #(#methods)*
        }
    })
}
