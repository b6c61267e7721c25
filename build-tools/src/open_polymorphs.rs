//! A kind newer than the spec does not break a read: every polymorphic field keeps a kind
//! it does not list as `Unknown { kind, value }`, which re-encodes as it came.
//!
//! The service sends a field of several kinds of object (an address's allocation, a load
//! balancer's resources) as `{"type": <kind>, "value": <object>}`, and typify makes its
//! `oneOf` an adjacently tagged enum (`#[serde(tag = "type", content = "value")]`), closed:
//! one new kind on the service (an address allocated to something new) would fail the whole
//! answer that holds it. So each such enum gains a last variant, `#[serde(untagged)]
//! Unknown { kind, value }`, that serde tries only when the tag is none of the listed kinds:
//! a listed kind whose value does not match its type is still an error (the SDK's type is
//! wrong, and hiding that as `Unknown` would lose the variant a caller matches on). Its JSON
//! Schema (schemars, for the tests) is the spec's: the listed kinds. This runs on the syntax
//! tree of progenitor's output, as `open_enums.rs` does for string enums.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The doc of the added variant.
const UNKNOWN_DOC: &str = " A kind newer than this SDK's spec, kept as the service sent it: `kind` is its \
     `type` and `value` the object, unread. It encodes back as it came.";

/// Applies the rule to progenitor's output: every enum of `mod types` tagged `type` with
/// its content in `value`.
pub(crate) fn keep_unknown_kinds(file: &mut syn::File) {
    let Some(types) = file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_mut().map(|(_, items)| items),
        _ => None,
    }) else {
        return;
    };
    let mut added: Vec<syn::Item> = Vec::new();
    for item in types.iter_mut() {
        let syn::Item::Enum(item) = item else { continue };
        if !is_type_and_value(item) {
            continue;
        }
        let kinds = kinds(item);
        let name = item.ident.clone();
        let guard = format_ident!("unknown_kind");
        let guard_path = format!("{name}::{guard}");
        item.variants.push(syn::parse_quote! {
            #[doc = #UNKNOWN_DOC]
            #[serde(untagged)]
            #[schemars(skip)]
            Unknown {
                /// The kind, as the service named it (`type` on the wire).
                #[serde(rename = "type", deserialize_with = #guard_path)]
                kind: ::std::string::String,
                /// The object, as sent.
                value: ::serde_json::Value,
            }
        });
        let guard_fn: TokenStream = quote! {
            impl #name {
                /// The kinds this SDK reads into a variant of their own, as the service names them.
                pub const KINDS: &'static [&'static str] = &[#(#kinds),*];

                /// Reads the `type` of an unknown kind: a listed kind is refused, so that a
                /// listed kind whose value does not match its type is an error, not `Unknown`.
                fn #guard<'de, D: ::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> ::std::result::Result<::std::string::String, D::Error> {
                    let kind = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                    if Self::KINDS.contains(&kind.as_str()) {
                        return Err(<D::Error as ::serde::de::Error>::custom(format!(
                            "a `{kind}` whose value does not match its type"
                        )));
                    }
                    Ok(kind)
                }
            }
        };
        if let Ok(block) = syn::parse2::<syn::Item>(guard_fn) {
            added.push(block);
        }
    }
    types.extend(added);
}

/// Whether `item` is serde's adjacently tagged enum over `type` and `value`.
fn is_type_and_value(item: &syn::ItemEnum) -> bool {
    item.attrs.iter().filter(|a| a.path().is_ident("serde")).any(|attr| {
        let (mut tag, mut content) = (None, None);
        let parsed = attr.parse_nested_meta(|meta| {
            let value: Option<syn::LitStr> = meta.value().ok().and_then(|v| v.parse().ok());
            if meta.path.is_ident("tag") {
                tag = value.map(|v| v.value());
            } else if meta.path.is_ident("content") {
                content = value.map(|v| v.value());
            }
            Ok(())
        });
        parsed.is_ok() && tag.as_deref() == Some("type") && content.as_deref() == Some("value")
    })
}

/// The kind each variant is read from: its `rename`, or its name.
fn kinds(item: &syn::ItemEnum) -> Vec<String> {
    item.variants.iter().map(crate::open_enums::wire_name).collect()
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::keep_unknown_kinds;

    #[test]
    fn a_type_and_value_enum_gains_unknown_and_others_do_not() {
        let mut file: syn::File = syn::parse_quote! {
            pub mod types {
                #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, PartialEq)]
                #[serde(tag = "type", content = "value")]
                pub enum Target {
                    #[serde(rename = "VirtualMachine")]
                    VirtualMachine(VirtualMachine),
                    Disk(Disk),
                }
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(tag = "code")]
                pub enum ApiError { #[serde(rename = "x")] X {} }
            }
        };
        keep_unknown_kinds(&mut file);
        let text = file.to_token_stream().to_string();
        assert!(text.contains("Unknown {"), "{text}");
        assert_eq!(text.matches("Unknown {").count(), 1, "only the polymorph: {text}");
        assert!(text.contains(r#"& ["VirtualMachine" , "Disk"]"#), "{text}");
        assert!(text.contains(r#"deserialize_with = "Target::unknown_kind""#), "{text}");
    }
}
