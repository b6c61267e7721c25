//! What this pass reads of progenitor's output: its methods' parameters and answer types,
//! a body's members, and the list answers' items.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};

use crate::settings::GenerateError;

/// progenitor's output, as far as this pass reads it.
pub(super) struct Progenitor<'a> {
    /// The signatures of the methods on progenitor's `Client`, one per operation.
    pub(super) calls: &'a [syn::Signature],
    pub(super) types: &'a [syn::Item],
    /// The names of every type in `types`, which the code in `operations` reaches as
    /// `types::X`.
    pub(super) type_names: BTreeSet<String>,
}

impl<'a> Progenitor<'a> {
    pub(super) fn new(client: &'a crate::progenitor_output::ProgenitorClient) -> Result<Self, GenerateError> {
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

    pub(super) fn call(&self, id: &str) -> Option<&'a syn::Signature> {
        self.calls.iter().find(|sig| sig.asyncness.is_some() && sig.ident == id)
    }

    pub(super) fn type_item(&self, name: &str) -> Option<&'a syn::Item> {
        self.types.iter().find(|item| match item {
            syn::Item::Struct(s) => s.ident == name,
            syn::Item::Enum(e) => e.ident == name,
            _ => false,
        })
    }
}

pub(super) fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The first generic argument of the last segment of a path type (`Result<T, _>` → `T`).
pub(super) fn first_generic(ty: &syn::Type) -> Option<&syn::Type> {
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
pub(super) fn option_inner(ty: &syn::Type) -> Option<&syn::Type> {
    (type_name(ty).as_deref() == Some("Option"))
        .then(|| first_generic(ty))
        .flatten()
}

/// A type as written inside `mod types` (`DiskLookup`, `Vec<DiskLookup>`), as code in
/// `operations` reaches it (`types::DiskLookup`).
pub(super) fn qualify(ty: &mut syn::Type, names: &BTreeSet<String>) {
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
pub(super) enum Passing {
    /// `&'a str`, from a `String`.
    Str,
    /// `&'a T`.
    Ref,
    /// `T` itself.
    Value,
}

/// A parameter of progenitor's method: its name, what the request holds for it, whether it
/// may be left out, and how it is passed.
pub(super) struct Param {
    pub(super) ident: syn::Ident,
    pub(super) owned: syn::Type,
    pub(super) optional: bool,
    pub(super) passing: Passing,
}

impl Param {
    /// The argument for progenitor's method, from a local binding of the same name.
    pub(super) fn pass(&self) -> TokenStream {
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
pub(super) fn params(call: &syn::Signature) -> Option<Vec<Param>> {
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
pub(super) struct Member {
    pub(super) ident: syn::Ident,
    /// What the setter sets: the member's type, or `T` of an optional member's `Option<T>`.
    pub(super) inner: syn::Type,
    pub(super) optional: bool,
    pub(super) docs: Vec<syn::Attribute>,
    /// Its name on the wire.
    pub(super) wire: String,
    /// A one-key lookup enum (`types::DiskLookup`), which the SDK's lookups convert into.
    pub(super) lookup: bool,
}

/// A request body: its type, and its members when it is a struct.
pub(super) struct Body {
    pub(super) ty: syn::Type,
    pub(super) members: Option<Vec<Member>>,
}

pub(super) fn body(progenitor: &Progenitor<'_>, param: &Param) -> Body {
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

/// A list answer: its items field and item type.
pub(super) struct Paging {
    pub(super) items: syn::Ident,
    pub(super) item: TokenStream,
}

/// `T` of progenitor's `-> Result<ResponseValue<T>, Error<E>>`.
pub(super) fn answer_type(call: &syn::Signature) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = &call.output else {
        return None;
    };
    first_generic(first_generic(ty)?).cloned()
}

/// The `rename` of a `#[serde(rename = "…")]` attribute.
pub(super) fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
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
pub(super) fn paging(progenitor: &Progenitor<'_>, answer: &syn::Type, params: &[Param]) -> Option<Paging> {
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
