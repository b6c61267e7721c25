//! One operation's shape as the generated request holds it: its progenitor method, arguments,
//! lookups, arrays, body and paging.

use std::collections::BTreeSet;

use heck::ToUpperCamelCase;

use crate::settings::GenerateError;
use crate::{Spec, openapi};

use super::arguments::{ArrayGroup, Lookup, Parameter, array_groups, lookups, parameters};
use super::progenitor::{Body, Paging, Param, Progenitor, answer_type, body, paging, params};

/// What this pass learnt of one operation from progenitor's output and the spec.
pub(super) struct Shape {
    pub(super) id: String,
    pub(super) name: String,
    pub(super) answer: syn::Type,
    pub(super) params: Vec<Param>,
    pub(super) parameters: Vec<Parameter>,
    pub(super) lookups: Vec<Lookup>,
    pub(super) arrays: Vec<ArrayGroup>,
    pub(super) paging: Option<Paging>,
    pub(super) body: Option<Body>,
}

impl Shape {
    pub(super) fn in_lookup(&self, ident: &syn::Ident) -> bool {
        self.lookups
            .iter()
            .any(|l| l.variants.iter().any(|(_, param, _)| param == ident))
    }

    pub(super) fn is_paging(&self, ident: &syn::Ident) -> bool {
        self.paging.is_some() && (ident == "page" || ident == "per_page")
    }

    pub(super) fn in_array(&self, ident: &syn::Ident) -> bool {
        self.arrays.iter().any(|a| a.members.iter().any(|(p, _)| p == ident))
    }

    /// The parameters the request holds as they are: not a lookup's key, not paging, not
    /// the body.
    pub(super) fn plain(&self) -> Vec<&Param> {
        self.params
            .iter()
            .filter(|p| !self.in_lookup(&p.ident) && !self.is_paging(&p.ident) && p.ident != "body")
            .collect()
    }

    /// Every setter's name and every field the request holds, which must all differ.
    pub(super) fn names(&self) -> Vec<String> {
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

pub(super) fn shape(
    spec: &Spec,
    progenitor: &Progenitor<'_>,
    operation: &openapi::Operation<'_>,
) -> Result<Shape, GenerateError> {
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
