//! The SDK's waiting for work that finishes after its answer, generated from the spec: for
//! each kind of object that progresses and can be read again (`progress.rs`: a task, a
//! virtual machine build), a variant of `waiting::Work` and a `Client::wait_for_<key>`
//! method that reads the object again until its state is final; and for each object with a
//! state of its own (a virtual machine, a disk), a variant and a
//! `Client::wait_for_<key>_state` method that reads it until it is in the state asked for. The polling itself
//! (backoff, timeout, progress, tracing) is the SDK's hand-written `wait.rs`; this pass only
//! says, per kind, which request reads it, which field holds its state and which states end
//! it.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::progress::{self, Progressing, Stateful};
use crate::settings::GenerateError;
use crate::{Spec, families};

/// `pub mod waiting` and the `wait_for_*` methods on `crate::Client`, for the awaitable
/// kinds among `spec`'s operations (with no such kind, an empty `Work` and no method).
pub(crate) fn generate(spec: &Spec) -> Result<TokenStream, GenerateError> {
    let document = spec.raw();
    let kinds = progress::progressing(document);
    let objects = progress::stateful(document);
    let availability = families::Availability::of(document).map_err(GenerateError::Spec)?;
    let operations = spec.operations();
    let mut variants = Vec::new();
    let mut methods = Vec::new();
    for kind in &kinds {
        let read_by = operations
            .iter()
            .find(|o| o.id() == Some(kind.read_by.as_str()))
            .ok_or_else(|| {
                GenerateError::Spec(format!(
                    "`{}` reads {} but is not in the spec",
                    kind.read_by, kind.schema
                ))
            })?;
        let needs = availability.doc_cfg(read_by);
        variants.push(variant(kind, needs.as_ref()));
        methods.push(method(kind, needs.as_ref()));
    }
    for object in &objects {
        let read_by = operations
            .iter()
            .find(|o| o.id() == Some(object.read_by.as_str()))
            .ok_or_else(|| GenerateError::Spec(format!("`{}` is not in the spec", object.read_by)))?;
        let needs = availability.doc_cfg(read_by);
        variants.push(object_variant(object, needs.as_ref()));
        methods.push(state_method(object, needs.as_ref()));
    }
    // A `match` over the kinds of work and the objects with a state; each arm's body may
    // read the object as `work`.
    let accessor = |work: &dyn Fn(&Progressing) -> TokenStream, object: &dyn Fn(&Stateful) -> TokenStream| {
        let arm = |schema: &str, body: TokenStream| {
            let variant = format_ident!("{}", schema.to_upper_camel_case());
            quote! {
                #[allow(unused_variables)]
                Self::#variant(work) => #body,
            }
        };
        let arms: Vec<TokenStream> = kinds
            .iter()
            .map(|kind| arm(&kind.schema, work(kind)))
            .chain(objects.iter().map(|o| arm(&o.schema, object(o))))
            .collect();
        if arms.is_empty() {
            quote! { match *self {} }
        } else {
            quote! { match self { #(#arms)* } }
        }
    };
    let words = |key: &str| {
        let name = key.replace('_', " ");
        quote! { #name }
    };
    let kind_names = accessor(&|kind| words(&kind.key), &|object| words(&object.key));
    let ids = accessor(&|_| quote! { crate::wait::id_of(&work.id) }, &|_| {
        quote! { crate::wait::id_of(&work.id) }
    });
    let states = accessor(
        &|kind| {
            let field = format_ident!("{}", kind.state);
            quote! { crate::wait::text_of(&work.#field) }
        },
        &|_| quote! { crate::wait::text_of(&work.state) },
    );
    let percents = accessor(
        &|kind| match &kind.percent {
            Some(field) => {
                let field = format_ident!("{field}");
                quote! { crate::wait::percent_of(&work.#field) }
            }
            None => quote! { None },
        },
        &|_| quote! { None },
    );
    // The states the spec lists for each kind: any other is newer than the SDK.
    let listed_in = |field: &str, values: &[String]| {
        let field = format_ident!("{field}");
        quote! { crate::wait::listed(crate::wait::text_of(&work.#field).as_deref(), &[#(#values),*]) }
    };
    let listed = accessor(&|kind| listed_in(&kind.state, &kind.values), &|object| {
        listed_in("state", &object.values)
    });
    // An object with a state has no end of its own: the wait for it says which state ends it.
    let outcomes = accessor(
        &|kind| {
            let field = format_ident!("{}", kind.state);
            let (succeeded, failed) = (&kind.succeeded, &kind.failed);
            quote! { crate::wait::outcome(crate::wait::text_of(&work.#field).as_deref(), #succeeded, #failed) }
        },
        &|_| quote! { crate::wait::Outcome::UnderWay },
    );
    Ok(quote! {
        /// What the `wait_for_*` methods of [`Client`](crate::Client) read: work that
        /// finishes after its answer (a task, a virtual machine build), and objects awaited
        /// to reach a state (a virtual machine `stopped`).
        pub mod waiting {
            #[allow(unused_imports)]
            use super::types;

            /// One piece of work, or an object awaited to reach a state, as last read: which
            /// kind, with the object the API sent.
            #[derive(Clone, Debug, PartialEq)]
            #[non_exhaustive]
            pub enum Work {
                #(#variants)*
            }

            impl Work {
                /// What kind of work or object this is, in words (`task`, `virtual machine
                /// build`, `virtual machine`).
                pub fn kind(&self) -> &'static str {
                    #kind_names
                }

                /// Its ID, if the API sent one.
                pub fn id(&self) -> Option<&str> {
                    #ids
                }

                /// Its state as the API names it (`running`, `completed`, `stopped`).
                pub fn state(&self) -> Option<String> {
                    #states
                }

                /// How much of it is done, in percent, where the API says.
                pub fn percent(&self) -> Option<i64> {
                    #percents
                }

                /// Whether its state is one the spec lists (or it has none yet): a state newer
                /// than the SDK is not final, so the wait goes on, reporting it.
                pub(crate) fn state_is_listed(&self) -> bool {
                    #listed
                }

                /// Whether work is still under way, or ended, and how (an object with a
                /// state is always under way: the wait for it decides).
                // Unused in a build whose families have objects with a state but no work.
                #[allow(dead_code)]
                pub(crate) fn outcome(&self) -> crate::wait::Outcome {
                    #outcomes
                }
            }
        }

        impl crate::Client {
            #(#methods)*
        }
    })
}

fn variant(kind: &Progressing, needs: Option<&TokenStream>) -> TokenStream {
    let doc = format!(
        " A {}, read again by [`Client::{}`](crate::Client::{}).",
        kind.key.replace('_', " "),
        kind.read_by,
        kind.read_by
    );
    work_variant(&kind.schema, &doc, needs)
}

/// A variant of `Work` named as its component, holding it.
fn work_variant(schema: &str, doc: &str, needs: Option<&TokenStream>) -> TokenStream {
    let variant = format_ident!("{}", schema.to_upper_camel_case());
    quote! {
        #needs
        #[doc = #doc]
        #variant(types::#variant),
    }
}

/// What a wait reads by its `id` argument: the statement that makes the lookup (a blank ID
/// refused), and the closure that reads the object with `read_by`, answered under `key`.
fn read_by_id(key: &str, read_by: &str) -> (TokenStream, TokenStream) {
    let lookup = format_ident!("{}", crate::openapi::lookup_schema_name(key));
    let request = format_ident!("{}", read_by.to_upper_camel_case());
    let key = format_ident!("{key}");
    let argument = format!("{key}[id]");
    (
        quote! { let lookup: types::#lookup = crate::wait::lookup_by_id(id, #argument)?; },
        quote! {
            || async {
                let answer = operations::#request::new(self).#key(lookup.clone()).send().await?;
                Ok(answer.#key)
            }
        },
    )
}

fn method(kind: &Progressing, needs: Option<&TokenStream>) -> TokenStream {
    let words = kind.key.replace('_', " ");
    let name = format_ident!("wait_for_{}", kind.key.to_snake_case());
    let ty = format_ident!("{}", kind.schema.to_upper_camel_case());
    let (lookup, read) = read_by_id(&kind.key, &kind.read_by);
    let doc = format!(
        " Waits until the {words} `id` is final, reading it again with [`{read_by}`](Self::{read_by}) \
         as [`Wait`](crate::Wait) says (backing off, up to its timeout), and returns it \
         once its `{state}` is `{succeeded}`.\n\n \
         # Errors\n \
         [`Error::WorkFailed`](crate::Error::WorkFailed) with the {words} when it ends \
         `{failed}`; [`Error::WaitTimedOut`](crate::Error::WaitTimedOut) with its last state when \
         the timeout passes first; [`Error::InvalidInput`](crate::Error::InvalidInput) for a \
         blank `id`; and any error of reading it. Dropping the future stops the waiting.",
        read_by = kind.read_by,
        state = kind.state,
        succeeded = kind.succeeded,
        failed = kind.failed,
    );
    quote! {
        #needs
        #[doc = #doc]
        pub async fn #name(&self, id: &str, wait: crate::Wait) -> crate::Result<types::#ty> {
            #lookup
            crate::wait::until_final(
                &wait,
                #read,
                waiting::Work::#ty,
                waiting::Work::outcome,
            )
            .await
        }
    }
}

fn object_variant(object: &Stateful, needs: Option<&TokenStream>) -> TokenStream {
    let doc = format!(
        " A {} awaited to reach a state, read by [`Client::{}`](crate::Client::{}).",
        object.key.replace('_', " "),
        object.read_by,
        object.read_by
    );
    work_variant(&object.schema, &doc, needs)
}

fn state_method(object: &Stateful, needs: Option<&TokenStream>) -> TokenStream {
    let words = object.key.replace('_', " ");
    let name = format_ident!("wait_for_{}_state", object.key.to_snake_case());
    let ty = format_ident!("{}", object.schema.to_upper_camel_case());
    let state_ty = format_ident!("{}", object.state_schema.to_upper_camel_case());
    let (lookup, read) = read_by_id(&object.key, &object.read_by);
    let (failed, fails) = match &object.failed {
        Some(failed) => (
            quote! { Some(#failed) },
            format!(
                "[`Error::WorkFailed`](crate::Error::WorkFailed) with the {words} when its state \
                 becomes `{failed}` instead; "
            ),
        ),
        None => (quote! { None }, String::new()),
    };
    let doc = format!(
        " Waits until the {words} `id` is in `state`, reading it with [`{read_by}`](Self::{read_by}) \
         as [`Wait`](crate::Wait) says (backing off, up to its timeout, reporting each other \
         state), and returns it as last read.\n\n \
         # Errors\n \
         {fails}[`Error::WaitTimedOut`](crate::Error::WaitTimedOut) with its last state when \
         the timeout passes first; [`Error::InvalidInput`](crate::Error::InvalidInput) for a \
         blank `id`; and any error of reading it. Dropping the future stops the waiting.",
        read_by = object.read_by,
    );
    quote! {
        #needs
        #[doc = #doc]
        pub async fn #name(&self, id: &str, state: types::#state_ty, wait: crate::Wait) -> crate::Result<types::#ty> {
            #lookup
            let wanted = crate::wait::text_of(&state);
            crate::wait::until_final(
                &wait,
                #read,
                waiting::Work::#ty,
                move |work| crate::wait::reached(work.state().as_deref(), wanted.as_deref(), #failed),
            )
            .await
        }
    }
}
