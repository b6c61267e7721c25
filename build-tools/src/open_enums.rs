//! A value newer than the spec does not break a read: every enum of strings keeps a value it
//! does not list as `Unknown(String)`, which displays and re-encodes as received.
//!
//! typify makes a string enum (`TaskStatusEnum`) a closed Rust enum, so one new value on the
//! service (a task `cancelled`) fails the whole answer that holds it, and every wait that
//! reads it. The service adds values without notice (an API's enums grow; the vendor's
//! clients read them as plain strings), so each such enum gains a last variant,
//! `#[serde(untagged)] Unknown(String)`: serde tries the listed values first and keeps any
//! other string (named `UnknownValue` instead where the spec lists a value `unknown`, as a
//! GPU's status does). `Display` writes it as received; `FromStr` and `TryFrom<&str>` still accept
//! only the listed values, so what a caller parses to send is a value the spec knows (a
//! caller who means to send a newer one constructs `Unknown` itself). The enum loses `Copy`.
//! Its JSON Schema (schemars, for the tests) is the spec's: the listed values. The `type` of
//! a polymorphic field (`{"type", "value"}`, a serde-tagged enum) is not such an enum: a kind
//! newer than the spec still fails the answer.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

/// The doc of the added variant.
const UNKNOWN_DOC: &str = " A value newer than this SDK's spec, kept as the service sent it (it displays and \
     re-encodes as received). Parsing (`FromStr`, `TryFrom<&str>`) gives only the listed \
     values; construct this variant to send a value the SDK does not list.";

/// An enum given the variant: its name, each listed variant with its value, and the added
/// variant's name.
type Opened = (syn::Ident, Vec<(syn::Ident, String)>, syn::Ident);

/// Applies the rule to progenitor's output: every enum of `mod types` whose variants are
/// all units (typify's string enums).
pub(crate) fn keep_unknown_values(file: &mut syn::File) {
    let Some(types) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut().map(|(_, items)| items),
        _ => None,
    }) else {
        return;
    };
    let mut opened: Vec<Opened> = Vec::new();
    for item in types.iter_mut() {
        if let syn::Item::Enum(item) = item
            && let Some(values) = string_values(item)
        {
            let unknown = unknown_variant(&values);
            open(item, &unknown);
            opened.push((item.ident.clone(), values, unknown));
        }
    }
    for item in types.iter_mut() {
        let syn::Item::Impl(block) = item else { continue };
        let Some((_, values, unknown)) = opened
            .iter()
            .find(|(name, _, _)| *name == block.self_ty.to_token_stream().to_string())
        else {
            continue;
        };
        let is_display = block
            .trait_
            .as_ref()
            .and_then(|(path, _)| path.segments.last())
            .is_some_and(|segment| segment.ident == "Display");
        if is_display {
            let arms = values
                .iter()
                .map(|(variant, value)| quote! { Self::#variant => f.write_str(#value), });
            let display: TokenStream = quote! {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #(#arms)*
                        Self::#unknown(value) => f.write_str(value),
                    }
                }
            };
            if let Ok(method) = syn::parse2::<syn::ImplItemFn>(display) {
                block.items = vec![syn::ImplItem::Fn(method)];
            }
        }
    }
}

/// Each variant and the string it is, if every variant of `item` is a unit (renamed to its
/// string, or named as it) and the enum is read with serde.
fn string_values(item: &syn::ItemEnum) -> Option<Vec<(syn::Ident, String)>> {
    let derives = derives(item);
    if !derives.iter().any(|d| d.ends_with("Deserialize")) || item.variants.is_empty() {
        return None;
    }
    item.variants
        .iter()
        .map(|variant| {
            if !matches!(variant.fields, syn::Fields::Unit) {
                return None;
            }
            // A variant named as its value has no `rename` (`A` of the DNS record types).
            let value = wire_name(variant);
            Some((variant.ident.clone(), value))
        })
        .collect()
}

/// The name serde reads and writes `variant` as: its `#[serde(rename = "…")]`, or its name.
pub(crate) fn wire_name(variant: &syn::Variant) -> String {
    let renamed = variant
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .find_map(|attr| {
            let mut renamed = None;
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    let value: syn::LitStr = meta.value()?.parse()?;
                    renamed = Some(value.value());
                }
                Ok(())
            })
            .ok()?;
            renamed
        });
    renamed.unwrap_or_else(|| variant.ident.to_string())
}

/// The paths `item` derives, as written (`::serde::Deserialize`, `Copy`).
fn derives(item: &syn::ItemEnum) -> Vec<String> {
    item.attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .flat_map(|a| {
            a.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .map(|paths| {
                    paths
                        .iter()
                        .map(|p| p.to_token_stream().to_string().replace(' ', ""))
                        .collect()
                })
                .unwrap_or_else(|_| Vec::new())
        })
        .collect()
}

/// The added variant's name: `Unknown`, unless a listed value already has it.
fn unknown_variant(values: &[(syn::Ident, String)]) -> syn::Ident {
    let taken = values.iter().any(|(variant, _)| variant == "Unknown");
    quote::format_ident!("{}", if taken { "UnknownValue" } else { "Unknown" })
}

/// Drops `Copy` and adds the variant for unknown values, named `unknown`.
fn open(item: &mut syn::ItemEnum, unknown: &syn::Ident) {
    for attr in item.attrs.iter_mut().filter(|a| a.path().is_ident("derive")) {
        let Ok(paths) =
            attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        else {
            continue;
        };
        let kept = paths.iter().filter(|p| !p.is_ident("Copy"));
        *attr = syn::parse_quote! { #[derive(#(#kept),*)] };
    }
    item.variants.push(syn::parse_quote! {
        #[doc = #UNKNOWN_DOC]
        #[serde(untagged)]
        #[schemars(skip)]
        #unknown(::std::string::String)
    });
}
