//! Absent, empty and null are three things, in what a caller sends and in what an answer
//! holds; every generated type keeps them apart, and writes back what it read.
//!
//! - **An optional list is `Option<Vec<T>>`.** typify makes it a `Vec<T>` left out when
//!   empty (`skip_serializing_if = "Vec::is_empty"`), so a caller cannot send `[]` and an
//!   answer's `[]` is written back absent. Katapult's updates change only the arguments
//!   given: an empty list given is a change (a security group with no associations, a bucket
//!   no key may read), an absent one is none; the vendor's Go client declares these
//!   arguments as pointers to slices for the same reason. `None` is not sent,
//!   `Some(vec![])` is sent as `[]`.
//! - **An optional member that may be null is `Option<Option<T>>`.** typify makes it an
//!   `Option<T>` that reads `null` and absent alike and writes both back absent. Here
//!   `None` is absent, `Some(None)` is `null` and `Some(Some(v))` a value, read with
//!   `crate::presence::present` (the SDK's runtime) and written as they came. A required
//!   nullable member stays `Option<T>`, always written (`null` for `None`).
//!
//! Each rule changes the field in the type; the SDK's request setter for a body member
//! (`calls/`) still takes the value itself and sets `Some` of it, so `.tag_names(vec![])`
//! sends `"tag_names": []`.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;
use quote::ToTokens;
use serde_json::Value;

use crate::Spec;

/// The serde attribute typify gives an optional list, and the one it becomes.
const SKIPPED_WHEN_EMPTY: &str = "\"::std::vec::Vec::is_empty\"";
const SKIPPED_WHEN_ABSENT: &str = "\"::std::option::Option::is_none\"";

/// The reader of a member that may be absent, null or a value (in the SDK's runtime).
const PRESENT: &str = "crate::presence::present";

/// Applies both rules to progenitor's output for `spec`: the structs of `mod types`.
pub(crate) fn keep_presence(spec: &Spec, file: &mut syn::File) {
    let nullable = optional_nullable_members(spec.raw());
    let Some(types) = module_items(&mut file.items, "types") else {
        return;
    };
    for item in types.iter_mut() {
        if let syn::Item::Struct(item) = item {
            let name = item.ident.to_string();
            for field in &mut item.fields {
                if nullable.contains(&(name.clone(), wire_name(field))) {
                    optional_nullable(field);
                } else {
                    optional_list(field);
                }
            }
        }
    }
}

/// The items of the module `name` among `items`.
fn module_items<'a>(items: &'a mut [syn::Item], name: &str) -> Option<&'a mut Vec<syn::Item>> {
    items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == name => module.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The members of the spec's components that are optional and nullable: (the type's name
/// as typify writes it, the member's name).
fn optional_nullable_members(document: &Value) -> BTreeSet<(String, String)> {
    let schemas = document.pointer("/components/schemas").and_then(Value::as_object);
    let mut found = BTreeSet::new();
    for (name, schema) in schemas.into_iter().flatten() {
        let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
            continue;
        };
        let required = schema.get("required").and_then(Value::as_array);
        for (member, property) in properties {
            let is_required = required.is_some_and(|r| r.iter().any(|k| k == member.as_str()));
            if !is_required && property.get("nullable") == Some(&Value::Bool(true)) {
                found.insert((name.to_upper_camel_case(), member.clone()));
            }
        }
    }
    found
}

/// The arguments of a `#[serde(…)]` attribute, each a `Meta` (`default`, `rename = "x"`).
type SerdeArguments = syn::punctuated::Punctuated<syn::Meta, syn::Token![,]>;

/// The index and arguments of `field`'s `#[serde(…)]` attribute that holds `skip`.
fn serde_attribute(field: &syn::Field, skip: &str) -> Option<(usize, SerdeArguments)> {
    field.attrs.iter().enumerate().find_map(|(index, attr)| {
        if !attr.path().is_ident("serde") || !attr.to_token_stream().to_string().contains(skip) {
            return None;
        }
        let arguments = attr.parse_args_with(SerdeArguments::parse_terminated).ok()?;
        Some((index, arguments))
    })
}

/// The member's name on the wire: its serde `rename`, or its Rust name (typify writes a
/// `rename` for every name it changes).
fn wire_name(field: &syn::Field) -> String {
    let renamed = field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .find_map(|attr| {
            let arguments = attr.parse_args_with(SerdeArguments::parse_terminated).ok()?;
            arguments.iter().find_map(|meta| match meta {
                syn::Meta::NameValue(pair) if pair.path.is_ident("rename") => match &pair.value {
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(name),
                        ..
                    }) => Some(name.value()),
                    _ => None,
                },
                _ => None,
            })
        });
    renamed.unwrap_or_else(|| field.ident.as_ref().map(ToString::to_string).unwrap_or_default())
}

/// `arguments` without those named in `dropped`, then `added`: the rebuilt attribute.
fn rebuilt(arguments: &SerdeArguments, dropped: &[&str], added: &proc_macro2::TokenStream) -> syn::Attribute {
    let kept = arguments
        .iter()
        .filter(|meta| !dropped.iter().any(|name| meta.path().is_ident(name)));
    syn::parse_quote! { #[serde(#(#kept,)* #added)] }
}

/// Makes an optional list an `Option` written when set (anything else is left as it is).
fn optional_list(field: &mut syn::Field) {
    let Some((index, arguments)) = serde_attribute(field, SKIPPED_WHEN_EMPTY) else {
        return;
    };
    let added = quote::quote! { default, skip_serializing_if = "::std::option::Option::is_none" };
    field.attrs[index] = rebuilt(&arguments, &["default", "skip_serializing_if"], &added);
    let ty = &field.ty;
    field.ty = syn::parse_quote! { ::std::option::Option<#ty> };
}

/// Makes an optional member that may be null (typify's `Option<T>`, left out when `None`)
/// an `Option<Option<T>>` that keeps absent and null apart (anything else is left as it is).
fn optional_nullable(field: &mut syn::Field) {
    let ty = field.ty.to_token_stream().to_string().replace(' ', "");
    if !ty.starts_with("::std::option::Option<") {
        return;
    }
    let Some((index, arguments)) = serde_attribute(field, SKIPPED_WHEN_ABSENT) else {
        return;
    };
    let added = quote::quote! {
        default, skip_serializing_if = "::std::option::Option::is_none", deserialize_with = #PRESENT
    };
    field.attrs[index] = rebuilt(
        &arguments,
        &["default", "skip_serializing_if", "deserialize_with"],
        &added,
    );
    let inner = &field.ty;
    field.ty = syn::parse_quote! { ::std::option::Option<#inner> };
}
