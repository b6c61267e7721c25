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

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::settings::GenerateError;
use crate::{Spec, openapi};

/// progenitor's output, as far as this pass reads it.
struct Progenitor<'a> {
    /// The signatures of the methods on progenitor's `Client`, one per operation.
    calls: &'a [syn::Signature],
    types: &'a [syn::Item],
    /// The names of every type in `types`, which the code in `operations` reaches as
    /// `types::X`.
    type_names: BTreeSet<String>,
}

impl<'a> Progenitor<'a> {
    fn new(client: &'a crate::progenitor_output::ProgenitorClient) -> Result<Self, GenerateError> {
        let types = client
            .file
            .items
            .iter()
            .find_map(|item| match item {
                syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items.as_slice()),
                _ => None,
            })
            .ok_or_else(|| GenerateError::Progenitor("progenitor's output has no `types` module".to_owned()))?;
        let type_names = types
            .iter()
            .filter_map(|item| match item {
                syn::Item::Struct(s) => Some(s.ident.to_string()),
                syn::Item::Enum(e) => Some(e.ident.to_string()),
                syn::Item::Type(t) => Some(t.ident.to_string()),
                _ => None,
            })
            .collect();
        Ok(Self {
            calls: &client.methods,
            types,
            type_names,
        })
    }

    fn call(&self, id: &str) -> Option<&'a syn::Signature> {
        self.calls.iter().find(|sig| sig.asyncness.is_some() && sig.ident == id)
    }

    fn type_item(&self, name: &str) -> Option<&'a syn::Item> {
        self.types.iter().find(|item| match item {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            _ => false,
        })
    }
}

fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The first generic argument of the last segment of a path type (`Result<T, _>` → `T`).
fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
    let syn::Type::Path(p) = ty else { return None };
    let syn::PathArguments::AngleBracketed(args) = &p.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// `T` of `Option<T>`.
fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    (type_name(ty).as_deref() == Some("Option"))
        .then(|| first_generic(ty))
        .flatten()
}

/// A type as written inside `mod types` (`DiskLookup`, `Vec<DiskLookup>`), as code in
/// `operations` reaches it (`types::DiskLookup`).
fn qualify(ty: &mut syn::Type, names: &BTreeSet<String>) {
    match ty {
        syn::Type::Path(p) => {
            let bare = p.qself.is_none() && p.path.leading_colon.is_none() && p.path.segments.len() == 1;
            if bare && names.contains(&p.path.segments[0].ident.to_string()) {
                p.path.segments.insert(0, format_ident!("types").into());
            }
            for segment in &mut p.path.segments {
                if let syn::PathArguments::AngleBracketed(args) = &mut segment.arguments {
                    for arg in &mut args.args {
                        if let syn::GenericArgument::Type(inner) = arg {
                            qualify(inner, names);
                        }
                    }
                }
            }
        }
        syn::Type::Reference(r) => qualify(&mut r.elem, names),
        syn::Type::Slice(s) => qualify(&mut s.elem, names),
        syn::Type::Array(a) => qualify(&mut a.elem, names),
        syn::Type::Tuple(t) => t.elems.iter_mut().for_each(|e| qualify(e, names)),
        _ => {}
    }
}

/// How progenitor's method takes a parameter.
#[derive(Clone, Copy, PartialEq)]
enum Passing {
    /// `&'a str`, from a `String`.
    Str,
    /// `&'a T`.
    Ref,
    /// `T` itself.
    Value,
}

/// A parameter of progenitor's method: its name, what the request holds for it, whether it
/// may be left out, and how it is passed.
struct Param {
    ident: syn::Ident,
    owned: syn::Type,
    optional: bool,
    passing: Passing,
}

impl Param {
    /// The argument for progenitor's method, from a local binding of the same name.
    fn pass(&self) -> TokenStream {
        let ident = &self.ident;
        match (self.optional, self.passing) {
            (false, Passing::Str | Passing::Ref) => quote! { &#ident },
            (true, Passing::Str) => quote! { ::std::option::Option::as_deref(&#ident) },
            (true, Passing::Ref) => quote! { ::std::option::Option::as_ref(&#ident) },
            (_, Passing::Value) => quote! { #ident },
        }
    }
}

/// progenitor's method's parameters, in order.
fn params(call: &syn::Signature) -> Option<Vec<Param>> {
    let mut params = Vec::new();
    for input in &call.inputs {
        let syn::FnArg::Typed(typed) = input else { continue };
        let syn::Pat::Ident(pat) = &*typed.pat else { return None };
        let (optional, ty) = match option_inner(&typed.ty) {
            Some(inner) => (true, inner),
            None => (false, &*typed.ty),
        };
        let (owned, passing) = match ty {
            syn::Type::Reference(r) if r.elem.to_token_stream().to_string() == "str" => {
                (syn::parse_quote!(::std::string::String), Passing::Str)
            }
            syn::Type::Reference(r) => ((*r.elem).clone(), Passing::Ref),
            other => (other.clone(), Passing::Value),
        };
        params.push(Param {
            ident: pat.ident.clone(),
            owned,
            optional,
            passing,
        });
    }
    Some(params)
}

/// A member of a request body, set on the request with a setter of its own.
struct Member {
    ident: syn::Ident,
    /// What the setter sets: the member's type, or `T` of an optional member's `Option<T>`.
    inner: syn::Type,
    optional: bool,
    docs: Vec<syn::Attribute>,
    /// Its name on the wire.
    wire: String,
    /// A one-key lookup enum (`types::DiskLookup`), which the SDK's lookups convert into.
    lookup: bool,
}

/// A request body: its type, and its members when it is a struct.
struct Body {
    ty: syn::Type,
    members: Option<Vec<Member>>,
}

fn body(progenitor: &Progenitor<'_>, param: &Param) -> Body {
    let struct_item = type_name(&param.owned).and_then(|name| match progenitor.type_item(&name) {
        Some(syn::Item::Struct(s)) if matches!(s.fields, syn::Fields::Named(_)) => Some(s),
        _ => None,
    });
    // A member this pass cannot read leaves the body to be set whole.
    let members = struct_item.and_then(|s| {
        s.fields
            .iter()
            .map(|field| {
                let ident = field.ident.clone()?;
                let optional = field.attrs.iter().any(|a| {
                    a.path().is_ident("serde") && a.to_token_stream().to_string().contains("skip_serializing_if")
                });
                let mut inner = if optional {
                    option_inner(&field.ty)?.clone()
                } else {
                    field.ty.clone()
                };
                qualify(&mut inner, &progenitor.type_names);
                let lookup = type_name(&inner).is_some_and(|name| {
                    name.ends_with("Lookup") && matches!(progenitor.type_item(&name), Some(syn::Item::Enum(_)))
                });
                Some(Member {
                    wire: serde_rename(&field.attrs).unwrap_or_else(|| ident.to_string()),
                    docs: field
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("doc"))
                        .cloned()
                        .collect(),
                    ident,
                    inner,
                    optional,
                    lookup,
                })
            })
            .collect::<Option<Vec<_>>>()
    });
    Body {
        ty: param.owned.clone(),
        members,
    }
}

/// A query group `x[key]` that names one object by exactly one key, taken as the one-key
/// enum `types::XLookup`.
struct Lookup {
    /// `virtual_machine`: the setter and the argument name.
    prefix: String,
    /// `types::VirtualMachineLookup`.
    enum_ident: syn::Ident,
    /// Each variant with progenitor's parameter for its key, and the key.
    variants: Vec<(syn::Ident, syn::Ident, String)>,
}

impl Lookup {
    /// Its query parameters, quoted for docs and messages: `` `virtual_machine[id]` ``.
    fn parameter_names(&self) -> Vec<String> {
        let prefix = &self.prefix;
        self.variants
            .iter()
            .map(|(_, _, key)| format!("`{prefix}[{key}]`"))
            .collect()
    }
}

/// Query arrays `x[][key]` that travel side by side, one entry per item (`annotations[][key]`
/// and `annotations[][value]`): one setter taking the items as tuples, so the arrays cannot
/// differ in length.
struct ArrayGroup {
    /// `annotations`: the setter.
    prefix: String,
    /// Progenitor's parameter for each key (`Vec<String>` each), in the spec's order.
    members: Vec<(syn::Ident, String)>,
}

/// A list answer: its items field and item type.
struct Paging {
    items: syn::Ident,
    item: TokenStream,
}

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

struct Generated {
    request: TokenStream,
    method: Option<TokenStream>,
}

/// What this pass learnt of one operation from progenitor's output and the spec.
struct Shape {
    id: String,
    name: String,
    answer: syn::Type,
    params: Vec<Param>,
    parameters: Vec<Parameter>,
    lookups: Vec<Lookup>,
    arrays: Vec<ArrayGroup>,
    paging: Option<Paging>,
    body: Option<Body>,
}

impl Shape {
    fn in_lookup(&self, ident: &syn::Ident) -> bool {
        self.lookups
            .iter()
            .any(|l| l.variants.iter().any(|(_, param, _)| param == ident))
    }

    fn is_paging(&self, ident: &syn::Ident) -> bool {
        self.paging.is_some() && (ident == "page" || ident == "per_page")
    }

    fn in_array(&self, ident: &syn::Ident) -> bool {
        self.arrays.iter().any(|a| a.members.iter().any(|(p, _)| p == ident))
    }

    /// The parameters the request holds as they are: not a lookup's key, not paging, not
    /// the body.
    fn plain(&self) -> Vec<&Param> {
        self.params
            .iter()
            .filter(|p| !self.in_lookup(&p.ident) && !self.is_paging(&p.ident) && p.ident != "body")
            .collect()
    }

    /// Every setter's name and every field the request holds, which must all differ.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = vec!["client".to_owned(), "new".to_owned(), "send".to_owned()];
        if self.paging.is_some() {
            names.extend(["page", "per_page", "concurrency", "stream", "collect_all", "fetch"].map(str::to_owned));
        }
        names.extend(self.lookups.iter().map(|l| l.prefix.clone()));
        names.extend(self.arrays.iter().map(|a| a.prefix.clone()));
        names.extend(self.plain().iter().map(|p| p.ident.to_string()));
        if let Some(body) = &self.body {
            names.push("body".to_owned());
            names.extend(body.members.iter().flatten().map(|m| m.ident.to_string()));
        }
        names
    }
}

fn shape(spec: &Spec, progenitor: &Progenitor<'_>, operation: &openapi::Operation<'_>) -> Result<Shape, GenerateError> {
    let Some(id) = operation.id() else {
        return Err(GenerateError::Spec(format!("{} has no operationId", operation.key())));
    };
    let missing = |what: &str| GenerateError::Progenitor(format!("{}: progenitor made no {what}", operation.key()));
    let call = progenitor.call(id).ok_or_else(|| missing("method"))?;
    let answer = answer_type(call).ok_or_else(|| missing("answer type"))?;
    let params = params(call).ok_or_else(|| missing("readable parameters"))?;
    let parameters = parameters(spec, operation);
    let lookups = lookups(progenitor, &parameters, &params);
    let arrays = array_groups(&parameters, &params);
    let paging = paging(progenitor, &answer, &params);
    let body = params.iter().find(|p| p.ident == "body").map(|p| body(progenitor, p));
    let shape = Shape {
        id: id.to_owned(),
        name: id.to_upper_camel_case(),
        answer,
        params,
        parameters,
        lookups,
        arrays,
        paging,
        body,
    };
    let mut seen = BTreeSet::new();
    if let Some(twice) = shape.names().into_iter().find(|name| !seen.insert(name.clone())) {
        return Err(GenerateError::Spec(format!(
            "{}: two arguments of the request would be set by `{twice}`",
            operation.key()
        )));
    }
    Ok(shape)
}

fn generate_operation(spec: &Spec, operation: &openapi::Operation<'_>, shape: &Shape) -> Generated {
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

trait LowercaseFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowercaseFirst for str {
    /// "List virtual machines" → "list virtual machines" (a summary inside a sentence).
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// `T` of progenitor's `-> Result<ResponseValue<T>, Error<E>>`.
fn answer_type(call: &syn::Signature) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = &call.output else {
        return None;
    };
    first_generic(first_generic(ty)?).cloned()
}

/// A spec parameter: its wire name, where it travels, its description and schema.
struct Parameter {
    name: String,
    location: String,
    description: String,
    #[cfg_attr(not(feature = "maintainer"), allow(dead_code))]
    schema: Option<Value>,
}

fn parameters(spec: &Spec, operation: &openapi::Operation<'_>) -> Vec<Parameter> {
    let listed = operation.value.get("parameters").and_then(Value::as_array);
    listed
        .into_iter()
        .flatten()
        .filter_map(|p| openapi::resolve(spec.raw(), p).ok())
        .filter_map(|p| {
            Some(Parameter {
                name: p.get("name")?.as_str()?.to_owned(),
                location: p.get("in").and_then(Value::as_str).unwrap_or("query").to_owned(),
                description: p
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                schema: p.get("schema").cloned(),
            })
        })
        .collect()
}

/// The operation's query groups `x[key]` for which typify made a one-key enum `XLookup`
/// with exactly the group's keys.
fn lookups(progenitor: &Progenitor<'_>, parameters: &[Parameter], params: &[Param]) -> Vec<Lookup> {
    let mut prefixes: Vec<&str> = Vec::new();
    for parameter in parameters.iter().filter(|p| p.location == "query") {
        if let Some((prefix, _)) = openapi::lookup_group_member(&parameter.name)
            && !prefixes.contains(&prefix)
        {
            prefixes.push(prefix);
        }
    }
    prefixes
        .into_iter()
        .filter_map(|prefix| {
            let keys: Vec<&str> = parameters
                .iter()
                .filter_map(|p| {
                    openapi::lookup_group_member(&p.name)
                        .filter(|(x, _)| *x == prefix)
                        .map(|(_, key)| key)
                })
                .collect();
            let enum_name = openapi::lookup_schema_name(prefix);
            let Some(syn::Item::Enum(lookup)) = progenitor.type_item(&enum_name) else {
                return None;
            };
            let mut variants = Vec::new();
            for variant in &lookup.variants {
                let key = serde_rename(&variant.attrs)?;
                let param = format_ident!("{}", format!("{prefix}[{key}]").to_snake_case());
                if !keys.contains(&key.as_str()) || !params.iter().any(|p| p.ident == param && p.optional) {
                    return None;
                }
                variants.push((variant.ident.clone(), param, key));
            }
            (variants.len() == keys.len()).then(|| Lookup {
                prefix: prefix.to_owned(),
                enum_ident: lookup.ident.clone(),
                variants,
            })
        })
        .collect()
}

/// The operation's query arrays `x[][key]` that progenitor takes as
/// `Option<&Vec<String>>`, grouped by `x` (groups of one key too).
fn array_groups(parameters: &[Parameter], params: &[Param]) -> Vec<ArrayGroup> {
    let mut groups: Vec<ArrayGroup> = Vec::new();
    for parameter in parameters.iter().filter(|p| p.location == "query") {
        let Some((prefix, key)) = parameter
            .name
            .split_once("[][")
            .and_then(|(prefix, rest)| Some((prefix, rest.strip_suffix(']')?)))
        else {
            continue;
        };
        let ident = format_ident!("{}", parameter.name.to_snake_case());
        let strings = params.iter().any(|p| {
            p.ident == ident
                && p.optional
                && p.owned.to_token_stream().to_string().replace(' ', "") == "::std::vec::Vec<::std::string::String>"
        });
        if !strings {
            continue;
        }
        match groups.iter_mut().find(|g| g.prefix == prefix) {
            Some(group) => group.members.push((ident, key.to_owned())),
            None => groups.push(ArrayGroup {
                prefix: prefix.to_owned(),
                members: vec![(ident, key.to_owned())],
            }),
        }
    }
    groups
}

/// `annotations(items)`: each item a tuple with one value per key, in the spec's order.
fn array_setter(group: &ArrayGroup, parameters: &[Parameter]) -> TokenStream {
    let ident = format_ident!("{}", group.prefix);
    let fields: Vec<_> = group.members.iter().map(|(field, _)| field).collect();
    let values: Vec<_> = (0..fields.len()).map(|i| format_ident!("value{i}")).collect();
    let types: Vec<_> = (0..fields.len()).map(|i| format_ident!("V{i}")).collect();
    let keys: Vec<String> = group.members.iter().map(|(_, key)| format!("`{key}`")).collect();
    let wire: Vec<String> = group
        .members
        .iter()
        .map(|(_, key)| format!("`{}[][{key}]`", group.prefix))
        .collect();
    let described = parameters
        .iter()
        .find(|p| p.name.starts_with(&format!("{}[][", group.prefix)))
        .map(|p| p.description.lines().next().unwrap_or_default().trim().to_owned())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| format!("The {}.", group.prefix.replace('_', " ")));
    let tuple = if keys.len() == 1 {
        keys.join("")
    } else {
        format!("({})", keys.join(", "))
    };
    let doc = format!(
        " {described}

 Each item is {tuple}; they are sent in order as {}, one entry per item, \
         so the arrays always have the same length. Replaces any items set before.",
        wire.join(" and ")
    );
    quote! {
        #[doc = #doc]
        pub fn #ident<I, #(#types,)*>(mut self, items: I) -> Self
        where
            I: IntoIterator<Item = (#(#types,)*)>,
            #(#types: Into<String>,)*
        {
            #(let mut #fields: Vec<String> = Vec::new();)*
            for (#(#values,)*) in items {
                #(#fields.push(#values.into());)*
            }
            #(self.#fields = Ok(Some(#fields));)*
            self
        }
    }
}

/// The `rename` of a `#[serde(rename = "…")]` attribute.
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().filter(|a| a.path().is_ident("serde")).find_map(|attr| {
        let mut renamed = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                renamed = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        renamed
    })
}

/// A list operation: optional `page` and `per_page` parameters, and an answer with a
/// `pagination` block beside exactly one list of items.
fn paging(progenitor: &Progenitor<'_>, answer: &syn::Type, params: &[Param]) -> Option<Paging> {
    let has = |name: &str| params.iter().any(|p| p.ident == name && p.optional);
    if !has("page") || !has("per_page") {
        return None;
    }
    let Some(syn::Item::Struct(answer)) = progenitor.type_item(&type_name(answer)?) else {
        return None;
    };
    let named = |name: &str| {
        answer
            .fields
            .iter()
            .find(|f| f.ident.as_ref().is_some_and(|i| i == name))
    };
    if named("pagination").and_then(|f| type_name(&f.ty)).as_deref() != Some("Pagination") {
        return None;
    }
    let lists: Vec<_> = answer
        .fields
        .iter()
        .filter(|f| type_name(&f.ty).as_deref() == Some("Vec"))
        .collect();
    let [list] = lists.as_slice() else { return None };
    let item = first_generic(&list.ty)?;
    let item = match item {
        syn::Type::Path(p) if p.path.segments.len() == 1 => quote! { types::#item },
        other => quote! { #other },
    };
    Some(Paging {
        items: list.ident.clone()?,
        item,
    })
}

fn lookup_setter(lookup: &Lookup) -> TokenStream {
    let ident = format_ident!("{}", lookup.prefix);
    let prefix = &lookup.prefix;
    let enum_ident = &lookup.enum_ident;
    let keys = lookup.parameter_names();
    let doc = format!(
        " The {} to act on, by exactly one of its keys (sent as {}). Required.\n\n Takes a \
         [`types::{enum_ident}`], or anything that converts into one (the SDK's \
         [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.",
        prefix.replace('_', " "),
        keys.join(" or "),
    );
    quote! {
        #[doc = #doc]
        pub fn #ident<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::#enum_ident>,
            V::Error: Into<crate::Error>,
        {
            self.#ident = crate::request::convert_lookup(#prefix, value);
            self
        }
    }
}

/// A setter for one member of the body, documented as the member is.
fn member_setter(member: &Member) -> TokenStream {
    let Member {
        ident,
        inner,
        optional,
        docs,
        wire,
        lookup,
    } = member;
    let place = format!(
        " In the body as `{wire}`; {}",
        if *optional { "optional." } else { "required." }
    );
    let separator = (!docs.is_empty()).then(|| quote! { #[doc = ""] });
    let (bound, convert) = if *lookup {
        (quote! { Into<crate::Error> }, quote! { convert_lookup })
    } else {
        (quote! { ::std::fmt::Display }, quote! { convert })
    };
    quote! {
        #(#docs)*
        #separator
        #[doc = #place]
        pub fn #ident<V>(mut self, value: V) -> Self
        where
            V: TryInto<#inner>,
            V::Error: #bound,
        {
            self.#ident = crate::request::#convert(#wire, value);
            self
        }
    }
}

/// `body(value)`: the whole body at once, for a body built elsewhere; with members, each is
/// set from it.
fn body_setter(body: &Body) -> TokenStream {
    let ty = &body.ty;
    let Some(members) = &body.members else {
        return quote! {
            /// The request body (required).
            pub fn body(mut self, body: #ty) -> Self {
                self.body = Ok(Some(body));
                self
            }
        };
    };
    let idents: Vec<_> = members.iter().map(|m| &m.ident).collect();
    let values = members.iter().map(|m| {
        let ident = &m.ident;
        if m.optional {
            quote! { Ok(#ident) }
        } else {
            quote! { Ok(Some(#ident)) }
        }
    });
    quote! {
        /// The whole body at once, replacing every member of it set before (each member
        /// also has a setter of its own).
        pub fn body(mut self, body: #ty) -> Self {
            let #ty { #(#idents,)* } = body;
            #(self.#idents = #values;)*
            self
        }
    }
}

/// In `send`: a lookup's one key, converted to its query parameter's type, and `None` for
/// the others.
fn bind_lookup(lookup: &Lookup, params: &[Param]) -> TokenStream {
    let ident = format_ident!("{}", lookup.prefix);
    let prefix = &lookup.prefix;
    let enum_ident = &lookup.enum_ident;
    let keys = lookup.parameter_names().join(", ");
    let bound: Vec<_> = lookup.variants.iter().map(|(_, param, _)| param).collect();
    let types = bound.iter().map(|param| {
        let owned = params
            .iter()
            .find(|p| p.ident == **param)
            .map(|p| p.owned.to_token_stream())
            .unwrap_or_default();
        quote! { Option<#owned> }
    });
    let arms = lookup.variants.iter().enumerate().map(|(at, (variant, _, _))| {
        let values = (0..bound.len()).map(|i| {
            if i == at {
                quote! { Some(crate::request::key(#prefix, value.to_string())?) }
            } else {
                quote! { None }
            }
        });
        quote! { types::#enum_ident::#variant(value) => (#(#values,)*), }
    });
    quote! {
        let (#(#bound,)*): (#(#types,)*) = match crate::request::chosen(#ident, #prefix, #keys)? {
            #(#arms)*
        };
    }
}

/// The doc of a forwarded setter: the parameter's description from the spec.
fn parameter_doc(parameters: &[Parameter], field: &syn::Ident) -> String {
    match parameters.iter().find(|p| *field == p.name.to_snake_case()) {
        Some(p) if !p.description.is_empty() => {
            format!(" {} (`{}`, in the {}.)", p.description.trim(), p.name, p.location)
        }
        Some(p) => format!(" `{}`, in the {}.", p.name, p.location),
        None => format!(" Sets `{field}`."),
    }
}

/// The doc of `Client::<operation>`: summary, description, method and path, scopes,
/// arguments and documented error answers.
fn method_doc(
    spec: &Spec,
    operation: &openapi::Operation<'_>,
    id: &str,
    name: &str,
    lookups: &[Lookup],
    paged: bool,
) -> String {
    let text = |key: &str| {
        operation
            .value
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .trim()
    };
    let mut doc = String::new();
    let summary = text("summary");
    doc.push_str(&format!(
        " {}.\n",
        if summary.is_empty() { id } else { summary }.trim_end_matches('.')
    ));
    if !text("description").is_empty() {
        doc.push_str(&format!("\n {}\n", text("description")));
    }
    doc.push_str(&format!("\n `{}`.", operation.key()));
    let scopes = openapi::scopes(operation.value);
    match scopes.as_slice() {
        [] => {}
        [one] => doc.push_str(&format!(" Needs the `{one}` scope.")),
        many => {
            let listed: Vec<String> = many.iter().map(|s| format!("`{s}`")).collect();
            doc.push_str(&format!(" Needs one of the scopes {}.", listed.join(", ")));
        }
    }
    doc.push_str(&format!(
        "\n\n Returns an [`operations::{name}`] request to complete and {}.",
        if paged {
            "`send` (one page), `stream` or `collect_all` (every page)"
        } else {
            "`send`"
        }
    ));
    for lookup in lookups {
        doc.push_str(&format!(" Set its `{}` (a lookup).", lookup.prefix));
    }
    doc.push_str("\n\n # Errors\n Any [`Error`](crate::Error). The API documents these answers:\n");
    if let Some(responses) = operation.value.get("responses").and_then(Value::as_object) {
        for (status, response) in responses.iter().filter(|(status, _)| !status.starts_with('2')) {
            let response = openapi::resolve(spec.raw(), response).ok().unwrap_or(response);
            let description = response.get("description").and_then(Value::as_str).unwrap_or_default();
            doc.push_str(&format!(" - `{status}`: {}\n", description.trim()));
        }
    }
    doc
}

/// What a caller must give one operation's generated request before `send`, for tests and
/// tools that call every operation without a hand-kept table.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct RequestShape {
    /// The spec's `operationId`, which is also the method's name on `Client`.
    pub operation_id: String,
    /// The request type, in `katapult_sdk::operations`.
    pub request_type: String,
    /// Whether the request is a list, with `stream` and `collect_all`.
    pub paged: bool,
    /// The arguments `send` requires: lookups first, then required parameters and the body.
    pub arguments: Vec<Argument>,
    /// Its arrays of objects in the query (`annotations[][key]`, `annotations[][value]`),
    /// each set by one setter taking tuples.
    pub query_arrays: Vec<QueryArray>,
}

/// An array of objects in a request's query, set item by item with one setter.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct QueryArray {
    /// The setter, which is also the array's name in the query (`annotations`).
    pub setter: String,
    /// Each item's fields, in the order the setter's tuples hold them (`key`, `value`).
    pub fields: Vec<String>,
}

/// One required argument of a generated request.
#[cfg(feature = "maintainer")]
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Argument {
    /// The setter that gives it.
    pub setter: String,
    /// A Rust type the setter takes, as a path from outside the SDK
    /// (`katapult_sdk::types::VirtualMachineLookup`).
    pub rust_type: String,
    /// The JSON Schema of its value in the spec (possibly a `$ref`).
    pub schema: Value,
    /// Where it travels: `query`, `path` or `body`.
    pub location: String,
    /// Its name there (`virtual_machine` for the group `virtual_machine[id]`, …); `body` for
    /// the body.
    pub name: String,
}

/// The shape of every operation's generated request, read the way the generator reads it.
#[cfg(feature = "maintainer")]
pub fn request_shapes(spec: &Spec) -> Result<Vec<RequestShape>, GenerateError> {
    let file = crate::progenitor_output::progenitor_client(spec)?;
    let progenitor = Progenitor::new(&file)?;
    let mut shapes = Vec::new();
    for operation in spec.operations() {
        let shape = shape(spec, &progenitor, &operation)?;
        let mut arguments: Vec<Argument> = shape
            .lookups
            .iter()
            .map(|lookup| Argument {
                setter: lookup.prefix.clone(),
                rust_type: format!("{}::types::{}", crate::settings::SDK_CRATE, lookup.enum_ident),
                schema: serde_json::json!({ "$ref": format!("#/components/schemas/{}", lookup.enum_ident) }),
                location: "query".to_owned(),
                name: lookup.prefix.clone(),
            })
            .collect();
        for param in shape.plain().into_iter().filter(|p| !p.optional) {
            let parameter = shape.parameters.iter().find(|p| param.ident == p.name.to_snake_case());
            let (schema, location, name) = match parameter {
                Some(p) => (p.schema.clone(), p.location.clone(), p.name.clone()),
                None => (None, "query".to_owned(), param.ident.to_string()),
            };
            let owned = &param.owned;
            arguments.push(Argument {
                setter: param.ident.to_string(),
                rust_type: outside_path(&quote! { #owned }.to_string()),
                schema: schema.unwrap_or(Value::Null),
                location,
                name,
            });
        }
        if let Some(body) = &shape.body {
            let ty = &body.ty;
            arguments.push(Argument {
                setter: "body".to_owned(),
                rust_type: outside_path(&quote! { #ty }.to_string()),
                schema: operation
                    .value
                    .pointer("/requestBody/content/application~1json/schema")
                    .cloned()
                    .unwrap_or(Value::Null),
                location: "body".to_owned(),
                name: "body".to_owned(),
            });
        }
        let query_arrays = shape
            .arrays
            .iter()
            .map(|group| QueryArray {
                setter: group.prefix.clone(),
                fields: group.members.iter().map(|(_, key)| key.clone()).collect(),
            })
            .collect();
        shapes.push(RequestShape {
            query_arrays,
            paged: shape.paging.is_some(),
            operation_id: shape.id,
            request_type: shape.name,
            arguments,
        });
    }
    Ok(shapes)
}

/// A type as progenitor writes it in its methods (`types::X`), as a path from outside the
/// SDK (`katapult_sdk::types::X`).
#[cfg(feature = "maintainer")]
fn outside_path(tokens: &str) -> String {
    let sdk = crate::settings::SDK_CRATE;
    let rewritten = format!(" {tokens}")
        .replace("< types ::", &format!("< {sdk} :: types ::"))
        .replace(" types ::", &format!(" {sdk} :: types ::"));
    rewritten.trim().to_owned()
}
