//! progenitor's client, as this crate reads and changes it: generated with the project's
//! settings, read back (all but the bodies of its methods), and given the project's rules
//! on its types (presence, open enums, absent and null, JSON Schema behind a feature). The
//! SDK's requests (`calls/`) are read from it, and `generate.rs` renders it.

use proc_macro2::TokenStream;
use progenitor::Generator;
use quote::ToTokens;
use serde_json::Value;

use crate::settings::{GenerateError, generation_settings};
use crate::{Spec, open_enums, open_polymorphs, openapi, presence, secrets};

/// progenitor's client, as this crate reads and changes it.
pub(crate) struct ProgenitorClient {
    /// The client, with the project's rules on its types applied: `mod types` and every
    /// small item parsed, the methods of `impl Client` kept as tokens
    /// ([`syn::Item::Verbatim`]), since nothing changes them.
    pub(crate) file: syn::File,
    /// The signature of each method of progenitor's `impl Client` (one per operation, and
    /// its constructors), read without its body.
    pub(crate) methods: Vec<syn::Signature>,
}

/// progenitor's client for `spec`, with the project's rules on its types applied: what
/// the SDK compiles, and what the SDK's requests (`calls/`) are read from.
pub(crate) fn progenitor_client(spec: &Spec) -> Result<ProgenitorClient, GenerateError> {
    let mut generator = Generator::new(&generation_settings());
    let client = generator
        .generate_tokens(&progenitor_document(spec)?)
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let mut client =
        syn::parse::Parser::parse2(read_client, client).map_err(|e| GenerateError::Parse(e.to_string()))?;
    let parsed = &mut client.file;
    for_each_struct_field(&mut parsed.items, &mut |field| {
        absent_reads_as_null(field);
        boxed_absent_writes_as_absent(field);
    });
    presence::keep_presence(spec, parsed);
    open_enums::keep_unknown_values(parsed);
    open_polymorphs::keep_unknown_kinds(parsed);
    json_schema_behind_feature(&mut parsed.items);
    Ok(client)
}

/// The document progenitor generates from, for the client and its mocks alike: the spec,
/// with its lookups' keys as [`lookup_keys_checked_once`] gives them and its secret members
/// as the SDK's `Secret` (`secrets.rs`).
pub(crate) fn progenitor_document(spec: &Spec) -> Result<openapiv3::OpenAPI, GenerateError> {
    let mut document = spec.document().clone();
    lookup_keys_checked_once(spec.raw(), &mut document);
    secrets::secrets_as_secret_type(spec.raw(), &mut document).map_err(GenerateError::Spec)?;
    Ok(document)
}

/// Each query group `x[key]` the SDK takes as its one-key lookup `XLookup` (`calls/`) is
/// given to progenitor as plain strings, when each key's schema is the lookup's own for
/// that key: the value was checked when the lookup was made, so the query parameter needs
/// no type of its own. typify would otherwise make a checked string type for every key of
/// every operation (about 200, each with its own parsing and conversions), none of which a
/// caller of the SDK ever names.
fn lookup_keys_checked_once(raw: &Value, document: &mut openapiv3::OpenAPI) {
    use openapiv3::{Parameter, ParameterSchemaOrContent, ReferenceOr};
    // A schema as a constraint: what it says, not how it is described.
    let constraint = |schema: &Value| {
        let mut schema = schema.clone();
        if let Some(map) = schema.as_object_mut() {
            map.remove("description");
            map.remove("title");
        }
        schema
    };
    // The lookup `name`'s schema for each of its keys.
    let lookup_keys = |name: &str| -> Option<Vec<(String, Value)>> {
        let lookup = raw.pointer(&format!("/components/schemas/{name}"))?;
        let keys = openapi::lookup_keys(raw, lookup)?;
        let members = lookup.get("oneOf")?.as_array()?;
        keys.into_iter()
            .zip(members)
            .map(|(key, member)| {
                let member = openapi::resolve(raw, member).ok()?;
                let schema = member.get("properties")?.get(&key)?;
                Some((key, constraint(schema)))
            })
            .collect()
    };
    for (_, path) in document.paths.paths.iter_mut() {
        let ReferenceOr::Item(path) = path else { continue };
        let operations = [
            &mut path.get,
            &mut path.put,
            &mut path.post,
            &mut path.delete,
            &mut path.options,
            &mut path.head,
            &mut path.patch,
            &mut path.trace,
        ];
        for operation in operations.into_iter().flatten() {
            let mut groups: std::collections::BTreeMap<String, Vec<(String, Value)>> = Default::default();
            for parameter in &operation.parameters {
                if let ReferenceOr::Item(Parameter::Query { parameter_data, .. }) = parameter
                    && let Some((prefix, key)) = openapi::lookup_group_member(&parameter_data.name)
                    && let ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)) = &parameter_data.format
                    && let Ok(schema) = serde_json::to_value(schema)
                {
                    groups
                        .entry(prefix.to_owned())
                        .or_default()
                        .push((key.to_owned(), constraint(&schema)));
                }
            }
            let plain: Vec<String> = groups
                .into_iter()
                .filter(|(prefix, keys)| {
                    lookup_keys(&openapi::lookup_schema_name(prefix)).is_some_and(|mut expected| {
                        let mut keys = keys.clone();
                        keys.sort_by(|a, b| a.0.cmp(&b.0));
                        expected.sort_by(|a, b| a.0.cmp(&b.0));
                        keys == expected
                    })
                })
                .map(|(prefix, _)| prefix)
                .collect();
            for parameter in &mut operation.parameters {
                if let ReferenceOr::Item(Parameter::Query { parameter_data, .. }) = parameter
                    && openapi::lookup_group_member(&parameter_data.name)
                        .is_some_and(|(prefix, _)| plain.iter().any(|p| p == prefix))
                {
                    parameter_data.format = ParameterSchemaOrContent::Schema(ReferenceOr::Item(openapiv3::Schema {
                        schema_data: openapiv3::SchemaData::default(),
                        schema_kind: openapiv3::SchemaKind::Type(openapiv3::Type::String(Default::default())),
                    }));
                }
            }
        }
    }
}

/// Reads progenitor's output, parsing every item but the bodies of `impl Client`'s
/// methods, about a third of it, which are only passed on: the build script parses no
/// more than the rules read.
fn read_client(input: syn::parse::ParseStream<'_>) -> syn::Result<ProgenitorClient> {
    let mut items = Vec::new();
    let mut methods = Vec::new();
    while !input.is_empty() {
        let ahead = input.fork();
        let _ = ahead.call(syn::Attribute::parse_outer)?;
        let client_impl = ahead.parse::<Option<syn::Token![impl]>>()?.is_some()
            && ahead.parse::<syn::Ident>().is_ok_and(|name| name == "Client")
            && ahead.peek(syn::token::Brace);
        if !client_impl {
            items.push(input.parse::<syn::Item>()?);
            continue;
        }
        let attrs = input.call(syn::Attribute::parse_outer)?;
        let impl_token: syn::Token![impl] = input.parse()?;
        let name: syn::Ident = input.parse()?;
        let proc_macro2::TokenTree::Group(group) = input.parse::<proc_macro2::TokenTree>()? else {
            return Err(syn::Error::new(name.span(), "`impl Client` without a body"));
        };
        let read_methods = |members: syn::parse::ParseStream<'_>| {
            let mut kept = TokenStream::new();
            while !members.is_empty() {
                let attrs = members.call(syn::Attribute::parse_outer)?;
                let vis: syn::Visibility = members.parse()?;
                let sig = members.parse::<syn::Signature>()?;
                let block = match members.parse::<proc_macro2::TokenTree>()? {
                    proc_macro2::TokenTree::Group(block) => proc_macro2::TokenTree::Group(one_arm_per_outcome(&block)?),
                    other => other,
                };
                kept.extend(quote::quote! { #(#attrs)* #vis #sig #block });
                methods.push(sig);
            }
            Ok(kept)
        };
        let kept = syn::parse::Parser::parse2(read_methods, group.stream())?;
        items.push(syn::Item::Verbatim(
            quote::quote! { #(#attrs)* #impl_token #name { #kept } },
        ));
    }
    Ok(ProgenitorClient {
        file: syn::File {
            items,
            ..syn::parse_quote!()
        },
        methods,
    })
}

/// A method body of progenitor's with its answer's `match` on the status merged where arms
/// do the same: progenitor writes one arm per documented error status, each with its own
/// `.await` (`400u16 => Err(… from_response(response).await?)`, `403u16 => …`), which
/// the compiler lays out as a state of its own; one arm per outcome
/// (`400u16 | 403u16 | … => …`) behaves alike and compiles smaller.
fn one_arm_per_outcome(block: &proc_macro2::Group) -> syn::Result<proc_macro2::Group> {
    use proc_macro2::{Delimiter, Group, TokenTree};
    let trees: Vec<TokenTree> = block.stream().into_iter().collect();
    let Some(at) = trees
        .iter()
        .position(|tree| matches!(tree, TokenTree::Ident(ident) if ident == "match"))
    else {
        return Ok(block.clone());
    };
    let Some(arms_at) = (at..trees.len())
        .find(|&i| matches!(&trees[i], TokenTree::Group(group) if group.delimiter() == Delimiter::Brace))
    else {
        return Ok(block.clone());
    };
    let TokenTree::Group(arms) = &trees[arms_at] else {
        return Ok(block.clone());
    };
    let matched: syn::ExprMatch = syn::parse2(quote::quote! { match () #arms })?;
    let mut merged: Vec<syn::Arm> = Vec::new();
    for mut arm in matched.arms {
        let literal = matches!(arm.pat, syn::Pat::Lit(_));
        let body = arm.body.to_token_stream().to_string();
        let same = merged.iter_mut().find(|earlier| {
            literal
                && matches!(&earlier.pat, syn::Pat::Lit(_) | syn::Pat::Or(_))
                && earlier.body.to_token_stream().to_string() == body
        });
        match same {
            Some(earlier) => {
                let mut cases = match &earlier.pat {
                    syn::Pat::Or(or) => or.cases.clone(),
                    one => std::iter::once(one.clone()).collect(),
                };
                cases.push(arm.pat);
                earlier.pat = syn::Pat::Or(syn::PatOr {
                    attrs: Vec::new(),
                    leading_vert: None,
                    cases,
                });
            }
            None => {
                arm.comma = Some(syn::Token![,](proc_macro2::Span::call_site()));
                merged.push(arm);
            }
        }
    }
    let mut rebuilt: TokenStream = trees[..arms_at].iter().cloned().collect();
    let mut arms_group = Group::new(Delimiter::Brace, quote::quote! { #(#merged)* });
    arms_group.set_span(arms.span());
    rebuilt.extend([TokenTree::Group(arms_group)]);
    rebuilt.extend(trees[arms_at + 1..].iter().cloned());
    let mut group = Group::new(Delimiter::Brace, rebuilt);
    group.set_span(block.span());
    Ok(group)
}

/// Every struct field in `items`, and in the modules inside them: where the rules on
/// typify's fields apply.
fn for_each_struct_field(items: &mut [syn::Item], rule: &mut impl FnMut(&mut syn::Field)) {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &mut module.content {
                    for_each_struct_field(items, rule);
                }
            }
            syn::Item::Struct(item) => item.fields.iter_mut().for_each(&mut *rule),
            _ => {}
        }
    }
}

/// The feature of `katapult-sdk` that derives `schemars::JsonSchema` on the generated
/// types.
const JSON_SCHEMA_FEATURE: &str = "schemars";

/// `schemars::JsonSchema` (and any `#[schemars(…)]` attribute) only with the SDK's
/// `schemars` feature: only the workspace's tests compare the generated types' schemas with
/// the spec, so a user's build derives none of 739 impls unless asked.
fn json_schema_behind_feature(items: &mut [syn::Item]) {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &mut module.content {
                    json_schema_behind_feature(items);
                }
            }
            syn::Item::Struct(item) => {
                schema_attributes_behind_feature(&mut item.attrs);
                for field in &mut item.fields {
                    schema_attributes_behind_feature(&mut field.attrs);
                }
            }
            syn::Item::Enum(item) => {
                schema_attributes_behind_feature(&mut item.attrs);
                for variant in &mut item.variants {
                    schema_attributes_behind_feature(&mut variant.attrs);
                    for field in &mut variant.fields {
                        schema_attributes_behind_feature(&mut field.attrs);
                    }
                }
            }
            _ => {}
        }
    }
}

/// In `attrs`: `JsonSchema` out of a `derive` into a `cfg_attr` of its own, and each
/// `#[schemars(…)]` inside one.
fn schema_attributes_behind_feature(attrs: &mut Vec<syn::Attribute>) {
    let mut derives_schema = false;
    for attr in attrs.iter_mut() {
        if attr.path().is_ident("derive") {
            let Ok(paths) =
                attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
            else {
                continue;
            };
            let is_schema = |p: &syn::Path| p.segments.last().is_some_and(|s| s.ident == "JsonSchema");
            if paths.iter().any(is_schema) {
                derives_schema = true;
                let kept = paths.iter().filter(|p| !is_schema(p));
                *attr = syn::parse_quote! { #[derive(#(#kept),*)] };
            }
        } else if attr.path().is_ident("schemars")
            && let syn::Meta::List(list) = &attr.meta
        {
            let inner = &list.tokens;
            *attr = syn::parse_quote! { #[cfg_attr(feature = #JSON_SCHEMA_FEATURE, schemars(#inner))] };
        }
    }
    if derives_schema {
        attrs.push(syn::parse_quote! {
            #[cfg_attr(feature = #JSON_SCHEMA_FEATURE, derive(schemars::JsonSchema))]
        });
    }
}

/// A field the spec marks required and nullable reads an absent key as `null` (`None`),
/// and still writes `null`.
///
/// typify reads such a field with `deserialize_with = "Option::deserialize"`, which makes an
/// absent key an error. The service (Apia) always writes a required field, as `null` when it
/// has no value, so an absent one means the same: nothing there. The vendor's Go clients
/// read it so (their fixtures leave `allocation` out of `get_ip_address`'s answer), and
/// Apia 3.10's `skip_if_null` would leave such keys out; failing the whole answer over a key
/// that carries nothing would lose the rest of it. A required field that is not nullable
/// stays required (spec/README.md, "Answers that leave out a field").
fn absent_reads_as_null(field: &mut syn::Field) {
    type Arguments = syn::punctuated::Punctuated<syn::Meta, syn::Token![,]>;
    for attr in field.attrs.iter_mut().filter(|a| a.path().is_ident("serde")) {
        let Ok(arguments) = attr.parse_args_with(Arguments::parse_terminated) else {
            continue;
        };
        let reads_option = arguments.iter().any(|meta| {
            meta.path().is_ident("deserialize_with")
                && meta
                    .to_token_stream()
                    .to_string()
                    .replace(' ', "")
                    .contains("::std::option::Option::deserialize")
        });
        if reads_option && !arguments.iter().any(|meta| meta.path().is_ident("default")) {
            // `default` added beside what is there (a `rename` stays).
            let kept = arguments.iter();
            *attr = syn::parse_quote! { #[serde(default, #(#kept),*)] };
        }
    }
}

/// typify boxes a field that leads back to its own type (a disk template's
/// `latest_version`, whose `disk_template` is the template) as `Box<Option<T>>` with
/// `#[serde(default)]` alone, so an optional field it read as absent is written back as
/// `null`, unlike every other optional field. Here it is written back as it came: absent.
fn boxed_absent_writes_as_absent(field: &mut syn::Field) {
    let ty = field.ty.to_token_stream().to_string().replace(' ', "");
    if !ty.starts_with("::std::boxed::Box<::std::option::Option<") {
        return;
    }
    for attr in field.attrs.iter_mut().filter(|a| a.path().is_ident("serde")) {
        if attr.to_token_stream().to_string().replace(' ', "") == "#[serde(default)]" {
            // `Option::is_none` takes the box by deref.
            *attr = syn::parse_quote! {
                #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
            };
        }
    }
}
