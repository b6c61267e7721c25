//! The rule on `x-changes` and `x-reads` (`spec/README.md`): what an action says it changes
//! names the operation's own arguments, the objects it acts on, their properties, and error
//! codes it documents.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::openapi::{self, escape};

use super::{Rule, Validator};

impl Validator<'_> {
    /// `x-changes` and `x-reads` (`spec/README.md`): each object changed is a lookup of the
    /// operation or a property of its answer, each `$argument` one of its arguments, each
    /// property one the object's schema has, each `$requires` code one it documents.
    pub(super) fn changes(&mut self) {
        let mut codes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for example in self.spec.examples_at(|status| !status.starts_with('2')) {
            if let Some(code) = example
                .value
                .as_ref()
                .ok()
                .and_then(|v| v.pointer("/error/code")?.as_str())
            {
                codes
                    .entry(example.operation_id.clone())
                    .or_default()
                    .insert(code.to_owned());
            }
        }
        let document = self.spec.raw();
        // Every answer's properties, by name (an object changed is shown under its name, or
        // the end of it, in some answer: `bucket` in `object_storage_bucket`), and every
        // argument some operation takes.
        let mut shown: BTreeMap<String, Value> = BTreeMap::new();
        let mut every_argument: BTreeSet<String> = BTreeSet::new();
        for operation in self.spec.operations() {
            every_argument.extend(argument_names(document, operation.value));
            let answer = crate::progress::success_schema(document, operation.value);
            for (name, property) in answer
                .and_then(|a| a.get("properties"))
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                shown
                    .entry(name.clone())
                    .or_insert_with(|| openapi::unwrap(document, property, String::new()).schema.clone());
            }
        }
        let object_schema = |target: &str| {
            shown.get(target).cloned().or_else(|| {
                shown
                    .iter()
                    .find(|(name, schema)| name.ends_with(&format!("_{target}")) && schema.get("properties").is_some())
                    .map(|(_, schema)| schema.clone())
            })
        };
        for operation in self.spec.operations() {
            let pointer = operation.pointer();
            let id = operation.id().unwrap_or_default().to_owned();
            let arguments = argument_names(document, operation.value);
            let answer = crate::progress::success_schema(document, operation.value);
            let answer_property = |name: &str| {
                answer
                    .and_then(|a| a.pointer(&format!("/properties/{}", escape(name))))
                    .map(|p| openapi::unwrap(document, p, String::new()).schema.clone())
                    .filter(|schema| schema.get("properties").is_some())
                    .or_else(|| object_schema(name))
            };
            if let Some(changes) = operation.value.get(crate::contracts::CHANGES_EXTENSION) {
                let at = format!("{pointer}/{}", crate::contracts::CHANGES_EXTENSION);
                let Some(targets) = changes.as_object() else {
                    self.report(
                        Rule::Changes,
                        &at,
                        "x-changes is not an object of the objects it changes",
                    );
                    continue;
                };
                for (target, change) in targets {
                    let schema = answer_property(target);
                    if !arguments.contains(target) && schema.is_none() {
                        self.report(
                            Rule::Changes,
                            &at,
                            format!("`{target}` is neither a lookup of {id} nor a property of its answer"),
                        );
                    }
                    for (property, value) in change.as_object().into_iter().flatten() {
                        if property == "$requires" {
                            for (condition, code) in value.as_object().into_iter().flatten() {
                                let code = code.as_str().unwrap_or_default();
                                if !codes.get(&id).is_some_and(|c| c.contains(code)) {
                                    self.report(
                                        Rule::Changes,
                                        &at,
                                        format!("`{condition}` refuses with `{code}`, which {id} does not document"),
                                    );
                                }
                            }
                            continue;
                        }
                        if property == "$refers" {
                            for (path, argument) in value.as_object().into_iter().flatten() {
                                let argument = argument.as_str().unwrap_or_default();
                                if !every_argument.contains(argument) {
                                    self.report(
                                        Rule::Changes,
                                        &at,
                                        format!("`{path}` refers to `{argument}`, which no operation looks up"),
                                    );
                                }
                            }
                            continue;
                        }
                        let first = property.split('.').next().unwrap_or_default();
                        let known = schema.as_ref().is_none_or(|s| {
                            property == "*" || s.pointer(&format!("/properties/{}", escape(first))).is_some()
                        });
                        if !known {
                            self.report(Rule::Changes, &at, format!("`{target}` has no property `{first}`"));
                        }
                        for name in dollar_names(value) {
                            if !arguments.contains(&name) {
                                self.report(Rule::Changes, &at, format!("`${name}` is not an argument of {id}"));
                            }
                        }
                    }
                }
            }
            if let Some(reads) = operation.value.get(crate::contracts::READS_EXTENSION) {
                let at = format!("{pointer}/{}", crate::contracts::READS_EXTENSION);
                if reads.get("kind").and_then(Value::as_str).is_none() {
                    self.report(Rule::Changes, &at, "x-reads names no `kind`");
                }
                for name in dollar_names(reads) {
                    if name != "item" && !arguments.contains(&name) {
                        self.report(Rule::Changes, &at, format!("`${name}` is not an argument of {id}"));
                    }
                }
            }
        }
    }
}

/// The names of an operation's arguments: its query parameters (a lookup group by its
/// argument, `disk` of `disk[id]`) and its JSON body's properties.
fn argument_names(document: &Value, operation: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for parameter in operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(parameter) = openapi::resolve(document, parameter).ok() else {
            continue;
        };
        let Some(name) = parameter.get("name").and_then(Value::as_str) else {
            continue;
        };
        names.insert(
            openapi::lookup_group_member(name)
                .map_or(name, |(argument, _)| argument)
                .to_owned(),
        );
    }
    let body = operation
        .pointer("/requestBody/content/application~1json/schema")
        .and_then(|schema| openapi::resolve(document, schema).ok());
    for name in body
        .and_then(|b| b.get("properties"))
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(n, _)| n)
    {
        names.insert(name.clone());
    }
    names
}

/// The argument each `$name.member` in `value` starts with.
fn dollar_names(value: &Value) -> Vec<String> {
    match value {
        Value::String(text) => text
            .strip_prefix('$')
            .map(|rest| vec![rest.split('.').next().unwrap_or_default().to_owned()])
            .unwrap_or_default(),
        Value::Object(members) => members
            .iter()
            .filter(|(name, _)| *name != "$work")
            .flat_map(|(_, member)| dollar_names(member))
            .collect(),
        Value::Array(items) => items.iter().flat_map(dollar_names).collect(),
        _ => Vec::new(),
    }
}
