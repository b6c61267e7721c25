//! The SDK's idiomatic call for every operation, generated beside progenitor's client.
//!
//! progenitor gives each operation a builder that borrows its client and fails with
//! progenitor's error. The SDK wants, for every operation, `client.<operation>()` returning
//! a request that owns a handle to the client (so a list can be streamed as `'static`),
//! takes a lookup as one one-key enum, walks pages, and fails with `katapult_sdk::Error`.
//!
//! This pass writes, per operation, a request type in `operations` and a method on
//! `crate::Client`. It reads progenitor's own output (each builder's fields, setters and
//! answer type, and typify's lookup enums and list answers) rather than re-deriving types
//! from the spec, so the two cannot disagree; the spec gives the docs, the scopes and the
//! lookup groups. What it generates calls into the SDK's hand-written runtime:
//! `crate::response::call`, `crate::paginate` and `crate::Error`.

use heck::{ToSnakeCase, ToUpperCamelCase};
use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use serde_json::Value;

use crate::settings::GenerateError;
use crate::{Spec, openapi};

/// progenitor's output, as far as this pass reads it.
struct Progenitor<'a> {
    builders: &'a [syn::Item],
    types: &'a [syn::Item],
}

impl<'a> Progenitor<'a> {
    fn new(file: &'a syn::File) -> Result<Self, GenerateError> {
        let module = |name: &str| {
            file.items
                .iter()
                .find_map(|item| match item {
                    syn::Item::Mod(m) if m.ident == name => m.content.as_ref().map(|(_, items)| items.as_slice()),
                    _ => None,
                })
                .ok_or_else(|| GenerateError::Progenitor(format!("progenitor's output has no `{name}` module")))
        };
        Ok(Self {
            builders: module("builder")?,
            types: module("types")?,
        })
    }

    fn builder_struct(&self, name: &str) -> Option<&'a syn::ItemStruct> {
        self.builders.iter().find_map(|item| match item {
            syn::Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
    }

    fn builder_methods(&self, name: &str) -> Vec<&'a syn::ImplItemFn> {
        self.builders
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(i) if type_name(&i.self_ty).as_deref() == Some(name) => Some(i),
                _ => None,
            })
            .flat_map(|i| &i.items)
            .filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some(f),
                _ => None,
            })
            .collect()
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

/// A builder field: its name and whether progenitor holds it as `Result<Option<T>, String>`.
struct Field {
    ident: syn::Ident,
    ty: syn::Type,
    optional: bool,
    init: syn::Expr,
}

/// A query group `x[key]` that names one object by exactly one key, taken as the one-key
/// enum `types::XLookup`.
struct Lookup {
    /// `virtual_machine`: the setter and the argument name.
    prefix: String,
    /// `types::VirtualMachineLookup`.
    enum_ident: syn::Ident,
    /// Each variant with progenitor's field for its query parameter.
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
    /// Progenitor's field for each key (`Vec<String>` each), in the spec's order.
    members: Vec<(syn::Ident, String)>,
}

/// A list answer: its items field and item type.
struct Paging {
    items: syn::Ident,
    item: TokenStream,
}

/// The request types and `Client` methods for every operation of `spec`, given
/// progenitor's output for it.
pub(crate) fn generate(spec: &Spec, progenitor: &syn::File) -> Result<TokenStream, GenerateError> {
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
        /// [`Client`](crate::Client): set its arguments, then `send` it (and, for a list,
        /// `stream` or `collect_all` its pages). Every request fails with
        /// [`Error`](crate::Error): API errors typed, unknown codes kept, the status always
        /// present, and a caller's mistake reported before anything is sent.
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
struct Shape<'p> {
    id: String,
    name: String,
    methods: Vec<&'p syn::ImplItemFn>,
    answer: syn::Type,
    fields: Vec<Field>,
    parameters: Vec<Parameter>,
    lookups: Vec<Lookup>,
    arrays: Vec<ArrayGroup>,
    paging: Option<Paging>,
}

impl Shape<'_> {
    /// The builder's fields the request forwards as they are: not a lookup, not paging.
    fn plain(&self) -> Vec<&Field> {
        let in_lookup = |ident: &syn::Ident| {
            self.lookups
                .iter()
                .any(|l| l.variants.iter().any(|(_, field, _)| field == ident))
        };
        let is_paging = |ident: &syn::Ident| self.paging.is_some() && (ident == "page" || ident == "per_page");
        self.fields
            .iter()
            .filter(|f| !in_lookup(&f.ident) && !is_paging(&f.ident))
            .collect()
    }
}

fn shape<'p>(
    spec: &Spec,
    progenitor: &Progenitor<'p>,
    operation: &openapi::Operation<'_>,
) -> Result<Shape<'p>, GenerateError> {
    let Some(id) = operation.id() else {
        return Err(GenerateError::Spec(format!("{} has no operationId", operation.key())));
    };
    let missing = |what: &str| GenerateError::Progenitor(format!("{}: progenitor made no {what}", operation.key()));
    let name = id.to_upper_camel_case();
    let builder = progenitor.builder_struct(&name).ok_or_else(|| missing("builder"))?;
    let methods = progenitor.builder_methods(&name);
    let new = methods
        .iter()
        .find(|m| m.sig.ident == "new")
        .ok_or_else(|| missing("`new`"))?;
    let send = methods
        .iter()
        .find(|m| m.sig.ident == "send")
        .ok_or_else(|| missing("`send`"))?;
    let answer = answer_type(send).ok_or_else(|| missing("answer type"))?;
    let fields = fields(builder, new).ok_or_else(|| missing("readable builder"))?;
    let parameters = parameters(spec, operation);
    let lookups = lookups(progenitor, &parameters, &fields);
    let arrays = array_groups(&parameters, &fields);
    let paging = paging(progenitor, &answer, &fields);
    Ok(Shape {
        id: id.to_owned(),
        name,
        methods,
        answer,
        fields,
        parameters,
        lookups,
        arrays,
        paging,
    })
}

fn generate_operation(spec: &Spec, operation: &openapi::Operation<'_>, shape: &Shape<'_>) -> Generated {
    let Shape {
        id,
        name,
        methods,
        answer,
        parameters,
        lookups,
        arrays,
        paging,
        ..
    } = shape;
    let name_ident = format_ident!("{name}");
    let method_ident = format_ident!("{}", id.to_snake_case());
    let plain = shape.plain();

    // The request type.
    let plain_idents: Vec<_> = plain.iter().map(|f| &f.ident).collect();
    let plain_types: Vec<_> = plain.iter().map(|f| &f.ty).collect();
    let plain_inits: Vec<_> = plain.iter().map(|f| &f.init).collect();
    let lookup_idents: Vec<_> = lookups.iter().map(|l| format_ident!("{}", l.prefix)).collect();
    let lookup_enums: Vec<_> = lookups.iter().map(|l| &l.enum_ident).collect();
    let (paging_fields, paging_inits, paging_pattern) = if paging.is_some() {
        (
            quote! { page: u64, per_page: Option<u64>, concurrency: usize, },
            quote! { page: 1, per_page: None, concurrency: 1, },
            quote! { page: _, per_page, concurrency: _, },
        )
    } else {
        (quote! {}, quote! {}, quote! {})
    };
    let in_array = |ident: &syn::Ident| arrays.iter().any(|a| a.members.iter().any(|(f, _)| f == ident));
    let setters = plain.iter().filter(|f| !in_array(&f.ident)).filter_map(|field| {
        let setter = methods.iter().find(|m| m.sig.ident == field.ident)?;
        let doc = parameter_doc(parameters, &field.ident);
        Some(quote! { #[doc = #doc] #setter })
    });
    let also = methods
        .iter()
        .filter(|m| {
            m.sig.ident.to_string().ends_with("_map") && plain.iter().any(|f| m.sig.ident == format!("{}_map", f.ident))
        })
        .map(|setter| {
            let doc = " Changes the body in place, with its builder (for setting a few fields).";
            quote! { #[doc = #doc] #setter }
        });
    let lookup_setters = lookups.iter().map(lookup_setter);
    let array_setters = arrays.iter().map(|group| array_setter(group, parameters));
    let applies = plain.iter().map(|field| apply_field(field));
    let lookup_applies = lookups.iter().map(apply_lookup);

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
            /// Sends the request and returns the answer.
            ///
            /// # Errors
            /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
            /// missing or invalid argument; otherwise any [`Error`](crate::Error).
            pub async fn send(self) -> crate::Result<#answer> {
                let Self { client, #(#plain_idents,)* #(#lookup_idents,)* } = self;
                let request = client.#method_ident();
                #(#applies)*
                #(#lookup_applies)*
                crate::response::#read(request.send()).await
            }
        },
        Some(Paging { items, item }) => quote! {
            /// The page to fetch (from 1). For [`stream`](Self::stream), the page to start at.
            pub fn page(mut self, page: u64) -> Self {
                self.page = page;
                self
            }

            /// Items per page, 1 to [`MAX_PER_PAGE`](crate::MAX_PER_PAGE) (the API's
            /// default, [`DEFAULT_PER_PAGE`](crate::DEFAULT_PER_PAGE), unless set).
            pub fn per_page(mut self, per_page: u64) -> Self {
                self.per_page = Some(per_page);
                self
            }

            /// How many pages [`stream`](Self::stream) may fetch at once (1, sequential,
            /// unless set). Pages are fetched ahead only once a page has told how many
            /// there are; items still come out in order, and at most this many pages are
            /// held in memory.
            pub fn concurrency(mut self, pages: usize) -> Self {
                self.concurrency = pages;
                self
            }

            /// Fetches the one page asked for.
            ///
            /// # Errors
            /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
            /// missing or invalid argument, page 0 or `per_page` outside 1 to
            /// [`MAX_PER_PAGE`](crate::MAX_PER_PAGE); otherwise any [`Error`](crate::Error).
            pub async fn send(self) -> crate::Result<crate::Page<#item>> {
                crate::paginate::check(self.page, self.per_page, self.concurrency)?;
                let page = self.page;
                self.fetch(page).await
            }

            /// Every item from the starting page on, across pages, in order.
            ///
            /// The walk follows `pagination`: it stops after the last page the latest
            /// answer names, at a short or empty page (which is how a `large_set`, with no
            /// totals, ends), or at the first error, which it yields. A page count that
            /// shrinks mid-walk ends it early; one that grows extends it.
            pub fn stream(self) -> ::futures::stream::BoxStream<'static, crate::Result<#item>> {
                let (page, per_page, concurrency) = (self.page, self.per_page, self.concurrency);
                crate::paginate::walk(page, per_page, concurrency, move |page| self.clone().fetch(page))
            }

            /// Every item, collected (see [`stream`](Self::stream)).
            ///
            /// # Errors
            /// The first error of the walk; items already fetched are dropped.
            pub async fn collect_all(self) -> crate::Result<Vec<#item>> {
                ::futures::TryStreamExt::try_collect(self.stream()).await
            }

            async fn fetch(self, page: u64) -> crate::Result<crate::Page<#item>> {
                let Self { client, #(#plain_idents,)* #(#lookup_idents,)* #paging_pattern } = self;
                let request = client.#method_ident().page(page);
                let request = match per_page {
                    Some(per_page) => request.per_page(per_page),
                    None => request,
                };
                #(#applies)*
                #(#lookup_applies)*
                let answer = crate::response::call(request.send()).await?;
                Ok(crate::Page { items: answer.#items, pagination: answer.pagination })
            }
        },
    };

    let request = quote! {
        #[doc = #struct_doc]
        #[derive(Clone, Debug)]
        #[must_use = #must_use]
        pub struct #name_ident {
            client: ::std::sync::Arc<super::Client>,
            #(#plain_idents: #plain_types,)*
            #(#lookup_idents: Result<Option<types::#lookup_enums>, (&'static str, String)>,)*
            #paging_fields
        }

        impl #name_ident {
            #[doc = #new_doc]
            pub fn new(client: &crate::Client) -> Self {
                Self {
                    client: client.shared(),
                    #(#plain_idents: #plain_inits,)*
                    #(#lookup_idents: Ok(None),)*
                    #paging_inits
                }
            }

            #(#lookup_setters)*
            #(#array_setters)*
            #(#setters)*
            #(#also)*
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

/// `T` of progenitor's `send(self) -> Result<ResponseValue<T>, Error<E>>`.
fn answer_type(send: &syn::ImplItemFn) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = &send.sig.output else {
        return None;
    };
    first_generic(first_generic(ty)?).cloned()
}

/// The builder's fields (all but the client), with their initial values from `new`.
fn fields(builder: &syn::ItemStruct, new: &syn::ImplItemFn) -> Option<Vec<Field>> {
    let inits = new.block.stmts.iter().find_map(|stmt| match stmt {
        syn::Stmt::Expr(syn::Expr::Struct(s), _) => Some(s),
        _ => None,
    })?;
    let mut fields = Vec::new();
    for field in &builder.fields {
        let ident = field.ident.clone()?;
        if ident == "client" {
            continue;
        }
        let init = inits.fields.iter().find_map(|f| match &f.member {
            syn::Member::Named(named) if *named == ident => Some(f.expr.clone()),
            _ => None,
        })?;
        let optional = first_generic(&field.ty)
            .and_then(type_name)
            .is_some_and(|name| name == "Option");
        fields.push(Field {
            ident,
            ty: field.ty.clone(),
            optional,
            init,
        });
    }
    Some(fields)
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
fn lookups(progenitor: &Progenitor<'_>, parameters: &[Parameter], fields: &[Field]) -> Vec<Lookup> {
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
                let field = format_ident!("{}", format!("{prefix}[{key}]").to_snake_case());
                if !keys.contains(&key.as_str()) || !fields.iter().any(|f| f.ident == field) {
                    return None;
                }
                variants.push((variant.ident.clone(), field, key));
            }
            (variants.len() == keys.len()).then(|| Lookup {
                prefix: prefix.to_owned(),
                enum_ident: lookup.ident.clone(),
                variants,
            })
        })
        .collect()
}

/// The operation's query arrays `x[][key]` whose fields progenitor holds as
/// `Option<Vec<String>>`, grouped by `x` (groups of one key too).
fn array_groups(parameters: &[Parameter], fields: &[Field]) -> Vec<ArrayGroup> {
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
        let strings = fields.iter().any(|f| {
            f.ident == ident
                && f.optional
                && f.ty
                    .to_token_stream()
                    .to_string()
                    .replace(' ', "")
                    .contains("Vec<::std::string::String>")
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

/// A list operation: `page` and `per_page` fields, and an answer with a `pagination` block
/// beside exactly one list of items.
fn paging(progenitor: &Progenitor<'_>, answer: &syn::Type, fields: &[Field]) -> Option<Paging> {
    let has = |name: &str| fields.iter().any(|f| f.ident == name && f.optional);
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
            self.#ident = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), #prefix));
            self
        }
    }
}

fn apply_field(field: &Field) -> TokenStream {
    let ident = &field.ident;
    let argument = ident.to_string();
    if field.optional {
        quote! {
            let request = match #ident {
                Ok(Some(value)) => request.#ident(value),
                Ok(None) => request,
                Err(reason) => return Err(crate::Error::InvalidInput { argument: #argument, reason }),
            };
        }
    } else {
        quote! {
            let request = match #ident {
                Ok(value) => request.#ident(value),
                Err(reason) => return Err(crate::Error::InvalidInput { argument: #argument, reason }),
            };
        }
    }
}

fn apply_lookup(lookup: &Lookup) -> TokenStream {
    let ident = format_ident!("{}", lookup.prefix);
    let prefix = &lookup.prefix;
    let enum_ident = &lookup.enum_ident;
    let keys = lookup.parameter_names();
    let unset = format!("not set: give one of {}", keys.join(", "));
    let arms = lookup.variants.iter().map(|(variant, field, _)| {
        quote! { types::#enum_ident::#variant(value) => request.#field(value.to_string()), }
    });
    quote! {
        let request = match #ident {
            Ok(Some(lookup)) => match lookup { #(#arms)* },
            Ok(None) => return Err(crate::Error::InvalidInput { argument: #prefix, reason: #unset.into() }),
            Err((argument, reason)) => return Err(crate::Error::InvalidInput { argument, reason }),
        };
    }
}

/// The doc of a forwarded setter: the parameter's description from the spec.
fn parameter_doc(parameters: &[Parameter], field: &syn::Ident) -> String {
    if field == "body" {
        return " The request body (required).".to_owned();
    }
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
    /// Whether `Client` has the generated method (`false` when it is written by hand).
    pub has_method: bool,
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
    let tokens = progenitor::Generator::new(&crate::settings::generation_settings())
        .generate_tokens(spec.document())
        .map_err(|e| GenerateError::Progenitor(e.to_string()))?;
    let file: syn::File = syn::parse2(tokens).map_err(|e| GenerateError::Parse(e.to_string()))?;
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
        for field in shape.plain().into_iter().filter(|f| !f.optional) {
            let parameter = shape.parameters.iter().find(|p| field.ident == p.name.to_snake_case());
            let (schema, location, name) = match parameter {
                _ if field.ident == "body" => (
                    operation
                        .value
                        .pointer("/requestBody/content/application~1json/schema")
                        .cloned(),
                    "body".to_owned(),
                    "body".to_owned(),
                ),
                Some(p) => (p.schema.clone(), p.location.clone(), p.name.clone()),
                None => (None, "query".to_owned(), field.ident.to_string()),
            };
            let inner = first_generic(&field.ty).unwrap_or(&field.ty);
            arguments.push(Argument {
                setter: field.ident.to_string(),
                rust_type: outside_path(&quote! { #inner }.to_string()),
                schema: schema.unwrap_or(Value::Null),
                location,
                name,
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
            has_method: !operation.has_hand_written_method(),
            paged: shape.paging.is_some(),
            operation_id: shape.id,
            request_type: shape.name,
            arguments,
        });
    }
    Ok(shapes)
}

/// A type as progenitor writes it inside its modules (`types::builder::X`), as a path from
/// outside the SDK (`katapult_sdk::types::X`; a body's builder becomes the body type).
#[cfg(feature = "maintainer")]
fn outside_path(tokens: &str) -> String {
    let sdk = crate::settings::SDK_CRATE;
    let rewritten = format!(" {tokens}")
        .replace(" types :: builder ::", " types ::")
        .replace("< types ::", &format!("< {sdk} :: types ::"))
        .replace(" types ::", &format!(" {sdk} :: types ::"));
    rewritten.trim().to_owned()
}
