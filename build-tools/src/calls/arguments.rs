//! The spec's arguments as a request takes them: lookups (`x[key]` groups), query arrays
//! (`x[][key]`), and the setters and bindings generated for them and for a body's members.

use heck::ToSnakeCase;
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::{Spec, openapi};

use super::progenitor::{Body, Member, Param, Progenitor, serde_rename};

/// A query group `x[key]` that names one object by exactly one key, taken as the one-key
/// enum `types::XLookup`.
pub(super) struct Lookup {
    /// `virtual_machine`: the setter and the argument name.
    pub(super) prefix: String,
    /// `types::VirtualMachineLookup`.
    pub(super) enum_ident: syn::Ident,
    /// Each variant with progenitor's parameter for its key, and the key.
    pub(super) variants: Vec<(syn::Ident, syn::Ident, String)>,
}

impl Lookup {
    /// Its query parameters, quoted for docs and messages: `` `virtual_machine[id]` ``.
    pub(super) fn parameter_names(&self) -> Vec<String> {
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
pub(super) struct ArrayGroup {
    /// `annotations`: the setter.
    pub(super) prefix: String,
    /// Progenitor's parameter for each key (`Vec<String>` each), in the spec's order.
    pub(super) members: Vec<(syn::Ident, String)>,
}

/// A spec parameter: its wire name, where it travels, its description and schema.
pub(super) struct Parameter {
    pub(super) name: String,
    pub(super) location: String,
    pub(super) description: String,
    #[cfg_attr(not(feature = "maintainer"), allow(dead_code))]
    pub(super) schema: Option<Value>,
}

pub(super) fn parameters(spec: &Spec, operation: &openapi::Operation<'_>) -> Vec<Parameter> {
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
pub(super) fn lookups(progenitor: &Progenitor<'_>, parameters: &[Parameter], params: &[Param]) -> Vec<Lookup> {
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
pub(super) fn array_groups(parameters: &[Parameter], params: &[Param]) -> Vec<ArrayGroup> {
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
pub(super) fn array_setter(group: &ArrayGroup, parameters: &[Parameter]) -> TokenStream {
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

pub(super) fn lookup_setter(lookup: &Lookup) -> TokenStream {
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
pub(super) fn member_setter(member: &Member) -> TokenStream {
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
pub(super) fn body_setter(body: &Body) -> TokenStream {
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
pub(super) fn bind_lookup(lookup: &Lookup, params: &[Param]) -> TokenStream {
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
pub(super) fn parameter_doc(parameters: &[Parameter], field: &syn::Ident) -> String {
    match parameters.iter().find(|p| *field == p.name.to_snake_case()) {
        Some(p) if !p.description.is_empty() => {
            format!(" {} (`{}`, in the {}.)", p.description.trim(), p.name, p.location)
        }
        Some(p) => format!(" `{}`, in the {}.", p.name, p.location),
        None => format!(" Sets `{field}`."),
    }
}
