//! The request type and `Client` method generated for one operation.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::{Spec, openapi};

use super::arguments::{array_setter, bind_lookup, body_setter, lookup_setter, member_setter, parameter_doc};
use super::docs::{LowercaseFirst, method_doc};
use super::progenitor::{Member, Paging, type_name};
use super::shape::Shape;

pub(super) struct Generated {
    pub(super) request: TokenStream,
    pub(super) method: Option<TokenStream>,
}

pub(super) fn generate_operation(spec: &Spec, operation: &openapi::Operation<'_>, shape: &Shape) -> Generated {
    let Shape {
        id,
        name,
        answer,
        params,
        parameters,
        lookups,
        arrays,
        paging,
        body,
    } = shape;
    let name_ident = format_ident!("{name}");
    let method_ident = format_ident!("{}", id.to_snake_case());
    let plain = shape.plain();
    let members: &[Member] = body.as_ref().and_then(|b| b.members.as_deref()).unwrap_or_default();
    let whole_body = body.as_ref().filter(|b| b.members.is_none());

    // What the request holds: a slot per argument.
    let mut slots: Vec<(syn::Ident, TokenStream)> = Vec::new();
    for param in &plain {
        let owned = &param.owned;
        slots.push((param.ident.clone(), quote! { #owned }));
    }
    for lookup in lookups {
        let enum_ident = &lookup.enum_ident;
        slots.push((format_ident!("{}", lookup.prefix), quote! { types::#enum_ident }));
    }
    for member in members {
        let inner = &member.inner;
        slots.push((member.ident.clone(), quote! { #inner }));
    }
    if let Some(body) = whole_body {
        let ty = &body.ty;
        slots.push((format_ident!("body"), quote! { #ty }));
    }
    let slot_idents: Vec<_> = slots.iter().map(|(ident, _)| ident).collect();
    let slot_types: Vec<_> = slots.iter().map(|(_, ty)| ty).collect();
    let (paging_fields, paging_inits, paging_pattern) = if paging.is_some() {
        (
            quote! { paging: crate::paginate::Paging, },
            quote! { paging: crate::paginate::Paging::default(), },
            quote! { paging: crate::paginate::Paging { per_page, .. }, },
        )
    } else {
        (quote! {}, quote! {}, quote! {})
    };

    // The setters.
    let setters = plain.iter().filter(|p| !shape.in_array(&p.ident)).map(|param| {
        let ident = &param.ident;
        let owned = &param.owned;
        let argument = ident.to_string();
        let doc = parameter_doc(parameters, ident);
        quote! {
            #[doc = #doc]
            pub fn #ident<V>(mut self, value: V) -> Self
            where
                V: TryInto<#owned>,
                V::Error: ::std::fmt::Display,
            {
                self.#ident = crate::request::convert(#argument, value);
                self
            }
        }
    });
    let lookup_setters = lookups.iter().map(lookup_setter);
    let array_setters = arrays.iter().map(|group| array_setter(group, parameters));
    let member_setters = members.iter().map(member_setter);
    let body_setter = body.as_ref().map(body_setter);

    // `send`: each slot bound to what progenitor's method takes, then the call.
    let mut bindings = Vec::new();
    for param in &plain {
        let ident = &param.ident;
        let argument = ident.to_string();
        bindings.push(if param.optional {
            quote! { let #ident = crate::request::optional(#ident)?; }
        } else {
            quote! { let #ident = crate::request::required(#ident, #argument)?; }
        });
    }
    for lookup in lookups {
        bindings.push(bind_lookup(lookup, params));
    }
    if let Some(body) = body {
        let ty = &body.ty;
        bindings.push(match &body.members {
            Some(members) => {
                let values = members.iter().map(|m| {
                    let ident = &m.ident;
                    let wire = &m.wire;
                    if m.optional {
                        quote! { #ident: crate::request::optional(#ident)? }
                    } else {
                        quote! { #ident: crate::request::required(#ident, #wire)? }
                    }
                });
                quote! { let body = #ty { #(#values,)* }; }
            }
            None => quote! { let body = crate::request::required(body, "body")?; },
        });
    }
    let arguments: Vec<TokenStream> = params
        .iter()
        .map(|param| match param.ident.to_string().as_str() {
            "page" if paging.is_some() => {
                let owned = &param.owned;
                quote! { Some(crate::request::number::<#owned>("page", page)?) }
            }
            "per_page" if paging.is_some() => {
                let owned = &param.owned;
                quote! { per_page.map(|n| crate::request::number::<#owned>("per_page", n)).transpose()? }
            }
            _ => param.pass(),
        })
        .collect();

    let key = operation.key();
    let summary = operation.value.get("summary").and_then(Value::as_str).unwrap_or(id);
    let struct_doc = format!(
        " A `{key}` request: {}. Made by [`Client::{method_ident}`](crate::Client::{method_ident}).",
        summary.trim_end_matches('.').to_lowercase_first()
    );
    let must_use = "a request does nothing until it is sent";
    let new_doc = format!(
        " A request for `client`; the same as [`Client::{method_ident}`](crate::Client::{method_ident}) where the client has that method."
    );

    // A text answer (`text/plain`) comes from the generator as a byte stream; `send` reads
    // it whole as a `String`.
    let (answer, read) = if type_name(answer).as_deref() == Some("ByteStream") {
        (syn::parse_quote!(::std::string::String), format_ident!("text"))
    } else {
        ((*answer).clone(), format_ident!("call"))
    };
    let send_and_pages = match &paging {
        None => quote! {
            crate::response::send_method!(#answer);

            /// Sends the request and returns the answer with its
            /// [`Metadata`](crate::Metadata): status, request id and rate limit.
            ///
            /// # Errors
            /// As [`send`](Self::send).
            pub async fn send_with_metadata(self) -> crate::Result<crate::WithMetadata<#answer>> {
                let Self { client, #(#slot_idents,)* } = self;
                #(#bindings)*
                crate::response::#read(client.#method_ident(#(#arguments),*)).await
            }
        },
        Some(Paging { items, item }) => quote! {
            crate::paginate::list_methods!(#item);

            async fn fetch(self, page: u64) -> crate::Result<crate::WithMetadata<crate::Page<#item>>> {
                let Self { client, #(#slot_idents,)* #paging_pattern } = self;
                #(#bindings)*
                let answer = crate::response::call(client.#method_ident(#(#arguments),*)).await?;
                Ok(answer.map(|answer| crate::Page { items: answer.#items, pagination: answer.pagination }))
            }
        },
    };

    let request = quote! {
        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        #[must_use = #must_use]
        pub struct #name_ident {
            client: ::std::sync::Arc<super::Client>,
            #(#slot_idents: crate::request::Slot<#slot_types>,)*
            #paging_fields
        }

        impl #name_ident {
            #[doc = #new_doc]
            pub fn new(client: &crate::Client) -> Self {
                Self {
                    client: client.shared(),
                    #(#slot_idents: crate::request::unset(),)*
                    #paging_inits
                }
            }

            #(#lookup_setters)*
            #(#array_setters)*
            #(#setters)*
            #(#member_setters)*
            #body_setter
            #send_and_pages
        }
    };

    let method = (!operation.has_hand_written_method()).then(|| {
        let doc = method_doc(spec, operation, id, name, lookups, paging.is_some());
        quote! {
            #[doc = #doc]
            pub fn #method_ident(&self) -> operations::#name_ident {
                operations::#name_ident::new(self)
            }
        }
    });
    Generated { request, method }
}
