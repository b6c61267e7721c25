//! The project's own rules for the spec, beyond "it parses as OpenAPI".
//!
//! Every rule runs and every problem is returned, so one `cargo xtask validate` shows all
//! that needs fixing. The rules exist because the spec is also the SDK's documentation
//! and test data: descriptions become rustdoc, examples become tests, and progenitor needs
//! one error schema per operation.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::PathBuf;

use serde_json::Value;

use crate::Spec;
use crate::openapi::{self, escape};
use crate::schema::Validators;

mod changes;

/// A rule of the project's spec validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Every operation has a unique snake_case `operationId` that is not a Rust keyword.
    OperationId,
    /// Every operation has a `summary`.
    Summary,
    /// Every operation has a `description`.
    Description,
    /// Every parameter has a `description`.
    ParameterDescription,
    /// Every component schema and every property has a `description`.
    SchemaDescription,
    /// Every `$ref` points inside the document and resolves.
    RefResolves,
    /// Every component is reachable from an operation.
    UnusedComponent,
    /// All error responses of an operation share one schema (progenitor requires it).
    OneErrorSchema,
    /// Every response with a body has at least one example.
    ResponseExample,
    /// Every example can be read: its file exists and holds JSON.
    ExampleReadable,
    /// Every example validates against its response's schema.
    ExampleValid,
    /// Every security requirement names a defined security scheme.
    SecurityScheme,
    /// No example holds a placeholder value (`"sample"`, `"string"`, an unprefixed ID, a
    /// timestamp of `1`): examples are what the service sends.
    ExamplePlaceholder,
    /// Every operation belongs to exactly one family (`x-families`), each a cargo feature.
    Family,
    /// What an action says it changes (`x-changes`, `x-reads`) names the operation's own
    /// arguments, the objects it acts on, their properties, and error codes it documents.
    Changes,
    /// `x-secret: true` marks only string properties of components (`secrets.rs`).
    Secret,
}

/// Every rule, in the order they are checked.
pub const RULES: [Rule; 16] = [
    Rule::OperationId,
    Rule::Summary,
    Rule::Description,
    Rule::ParameterDescription,
    Rule::SchemaDescription,
    Rule::RefResolves,
    Rule::UnusedComponent,
    Rule::OneErrorSchema,
    Rule::ResponseExample,
    Rule::ExampleReadable,
    Rule::ExampleValid,
    Rule::SecurityScheme,
    Rule::ExamplePlaceholder,
    Rule::Family,
    Rule::Changes,
    Rule::Secret,
];

impl Rule {
    /// The rule's short name, as printed in messages.
    pub fn name(self) -> &'static str {
        match self {
            Rule::OperationId => "operation-id",
            Rule::Summary => "summary",
            Rule::Description => "description",
            Rule::ParameterDescription => "parameter-description",
            Rule::SchemaDescription => "schema-description",
            Rule::RefResolves => "ref-resolves",
            Rule::UnusedComponent => "unused-component",
            Rule::OneErrorSchema => "one-error-schema",
            Rule::ResponseExample => "response-example",
            Rule::ExampleReadable => "example-readable",
            Rule::ExampleValid => "example-valid",
            Rule::ExamplePlaceholder => "example-placeholder",
            Rule::Family => "family",
            Rule::Changes => "changes",
            Rule::SecurityScheme => "security-scheme",
            Rule::Secret => "secret",
        }
    }
}

/// One thing wrong with the spec, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The rule it breaks.
    pub rule: Rule,
    /// The spec file.
    pub file: PathBuf,
    /// The 1-based line in the spec, when it can be found.
    pub line: Option<usize>,
    /// A JSON pointer into the spec.
    pub pointer: String,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        let pointer = if self.pointer.is_empty() { "/" } else { &self.pointer };
        write!(f, ": {pointer}: {} [{}]", self.message, self.rule.name())
    }
}

/// Checks `spec` against every rule and returns every problem found, in document order.
pub fn validate(spec: &Spec) -> Vec<Problem> {
    let mut v = Validator {
        spec,
        problems: Vec::new(),
    };
    v.operations();
    v.schemas();
    v.refs(spec.raw(), "");
    v.unused_components();
    v.examples();
    v.security();
    v.families();
    v.changes();
    for (pointer, message) in crate::secrets::misplaced(spec.raw()) {
        v.report(Rule::Secret, pointer, message);
    }
    v.problems
}

struct Validator<'a> {
    spec: &'a Spec,
    problems: Vec<Problem>,
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "yield",
];

fn is_snake_case(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && s.chars().all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
        && !s.ends_with('_')
        && !s.contains("__")
}

impl Validator<'_> {
    fn report(&mut self, rule: Rule, pointer: impl Into<String>, message: impl Into<String>) {
        let pointer = pointer.into();
        self.problems.push(Problem {
            rule,
            file: self.spec.path().to_path_buf(),
            line: self.spec.line_of(&pointer),
            pointer,
            message: message.into(),
        });
    }

    fn operations(&mut self) {
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for operation in self.spec.operations() {
            let (pointer, what, op) = (operation.pointer(), operation.key(), operation.value);
            match op.get("operationId").and_then(Value::as_str) {
                None => self.report(Rule::OperationId, &pointer, format!("{what} has no operationId")),
                Some(id) => {
                    let at = format!("{pointer}/operationId");
                    if !is_snake_case(id) {
                        self.report(
                            Rule::OperationId,
                            &at,
                            format!("operationId `{id}` is not snake_case (it becomes a Rust method name)"),
                        );
                    } else if RUST_KEYWORDS.contains(&id) {
                        self.report(Rule::OperationId, &at, format!("operationId `{id}` is a Rust keyword"));
                    }
                    if let Some(first) = seen.insert(id.to_string(), what.clone()) {
                        self.report(
                            Rule::OperationId,
                            &at,
                            format!("operationId `{id}` is also used by {first}"),
                        );
                    }
                }
            }
            for (key, rule) in [("summary", Rule::Summary), ("description", Rule::Description)] {
                if !has_text(op, key) {
                    self.report(rule, &pointer, format!("{what} has no {key}"));
                }
            }
            let params = op.get("parameters").and_then(Value::as_array);
            for (i, param) in params.into_iter().flatten().enumerate() {
                let at = format!("{pointer}/parameters/{i}");
                let Some(param) = self.spec.deref(param) else { continue };
                if !has_text(param, "description") {
                    let name = param.get("name").and_then(Value::as_str).unwrap_or("?");
                    self.report(
                        Rule::ParameterDescription,
                        &at,
                        format!("parameter `{name}` has no description"),
                    );
                }
                if let Some(schema) = param.get("schema") {
                    self.schema_descriptions(schema, &format!("{at}/schema"));
                }
            }
            if let Some(body) = op.get("requestBody").and_then(|b| self.spec.deref(b)) {
                for (media, m) in body.get("content").and_then(Value::as_object).into_iter().flatten() {
                    if let Some(schema) = m.get("schema") {
                        let at = format!("{pointer}/requestBody/content/{}/schema", escape(media));
                        self.schema_descriptions(schema, &at);
                    }
                }
            }
            self.responses(&pointer, op);
        }
    }

    fn responses(&mut self, op_pointer: &str, op: &Value) {
        let Some(responses) = op.get("responses").and_then(Value::as_object) else {
            return;
        };
        let mut error_schemas: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (status, response) in responses {
            let at = format!("{op_pointer}/responses/{}", escape(status));
            let Some(resolved) = self.spec.deref(response) else {
                continue;
            };
            let content = resolved.get("content").and_then(Value::as_object);
            for (media, m) in content.into_iter().flatten() {
                let media_at = format!("{at}/content/{}", escape(media));
                let has_example = m.get("example").is_some()
                    || m.get("examples")
                        .and_then(Value::as_object)
                        .is_some_and(|e| !e.is_empty());
                if !has_example {
                    self.report(
                        Rule::ResponseExample,
                        &media_at,
                        format!("the {status} response has no example"),
                    );
                }
                if let Some(schema) = m.get("schema") {
                    if !status.starts_with('2') {
                        error_schemas
                            .entry(schema.to_string())
                            .or_default()
                            .push(status.clone());
                    }
                    self.schema_descriptions(schema, &format!("{media_at}/schema"));
                }
            }
        }
        if error_schemas.len() > 1 {
            let shapes: Vec<String> = error_schemas
                .iter()
                .map(|(schema, statuses)| format!("{} use {schema}", statuses.join(", ")))
                .collect();
            self.report(
                Rule::OneErrorSchema,
                format!("{op_pointer}/responses"),
                format!("error responses must share one schema, but {}", shapes.join("; ")),
            );
        }
    }

    fn schemas(&mut self) {
        let schemas = self
            .spec
            .raw()
            .pointer("/components/schemas")
            .and_then(Value::as_object);
        for (name, schema) in schemas.into_iter().flatten() {
            let at = format!("/components/schemas/{}", escape(name));
            if schema.get("$ref").is_none() && !has_text(schema, "description") {
                self.report(
                    Rule::SchemaDescription,
                    &at,
                    format!("schema `{name}` has no description"),
                );
            }
            self.schema_descriptions(schema, &at);
        }
    }

    /// Properties need descriptions (they become rustdoc on struct fields). A property that
    /// is a `$ref` takes the description of its target, since OpenAPI 3.0 ignores siblings
    /// of `$ref`.
    fn schema_descriptions(&mut self, schema: &Value, at: &str) {
        if let Some(props) = schema.get("properties").and_then(Value::as_object) {
            for (name, prop) in props {
                let prop_at = format!("{at}/properties/{}", escape(name));
                let described = match prop.get("$ref") {
                    Some(_) => self.spec.deref(prop).is_some_and(|t| has_text(t, "description")),
                    None => has_text(prop, "description"),
                };
                if !described {
                    self.report(
                        Rule::SchemaDescription,
                        &prop_at,
                        format!("property `{name}` has no description"),
                    );
                }
                self.schema_descriptions(prop, &prop_at);
            }
        }
        for key in ["items", "additionalProperties"] {
            if let Some(sub) = schema.get(key).filter(|s| s.is_object()) {
                self.schema_descriptions(sub, &format!("{at}/{key}"));
            }
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for (i, sub) in schema
                .get(key)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .enumerate()
            {
                self.schema_descriptions(sub, &format!("{at}/{key}/{i}"));
            }
        }
    }

    fn refs(&mut self, value: &Value, at: &str) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    if !r.starts_with("#/") {
                        self.report(
                            Rule::RefResolves,
                            format!("{at}/$ref"),
                            format!("`{r}` is not a local reference"),
                        );
                    } else if self.spec.resolve_ref(r).is_none() {
                        self.report(
                            Rule::RefResolves,
                            format!("{at}/$ref"),
                            format!("`{r}` does not resolve"),
                        );
                    }
                }
                for (k, v) in map {
                    self.refs(v, &format!("{at}/{}", escape(k)));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.refs(v, &format!("{at}/{i}"));
                }
            }
            _ => {}
        }
    }

    fn unused_components(&mut self) {
        let raw = self.spec.raw();
        let mut used = crate::subset::reachable_components(raw, |_| true);
        for name in security_scheme_names(raw) {
            used.insert(format!("#/components/securitySchemes/{}", escape(&name)));
        }
        let components = raw.get("components").and_then(Value::as_object);
        for (kind, entries) in components.into_iter().flatten() {
            for name in entries.as_object().into_iter().flatten().map(|(k, _)| k) {
                let pointer = format!("/components/{}/{}", escape(kind), escape(name));
                if !used.contains(&format!("#{pointer}")) {
                    self.report(
                        Rule::UnusedComponent,
                        &pointer,
                        format!("`{name}` is not used by any operation"),
                    );
                }
            }
        }
    }

    fn examples(&mut self) {
        let mut validators = Validators::new(self.spec);
        for example in self.spec.examples() {
            match &example.value {
                Err(e) => self.report(Rule::ExampleReadable, &example.pointer, format!("{example}: {e}")),
                Ok(value) => {
                    let mut placeholders = Vec::new();
                    // A text answer's body is one string, with no field to name it.
                    if crate::is_placeholder("", value) {
                        placeholders.push(format!("the whole body ({value})"));
                    }
                    find_placeholders(value, String::new(), &mut placeholders);
                    if !placeholders.is_empty() {
                        self.report(
                            Rule::ExamplePlaceholder,
                            &example.pointer,
                            format!(
                                "{example} holds placeholder values at {}; give what the service sends",
                                placeholders.join(", ")
                            ),
                        );
                    }
                    self.example_valid(&mut validators, &example, value);
                }
            }
        }
    }

    fn example_valid(&mut self, validators: &mut Validators, example: &crate::Example, value: &Value) {
        match validators.validate(&example.schema, value) {
            Err(e) => self.report(Rule::ExampleValid, &example.pointer, format!("{example}: {e}")),
            Ok(errors) => {
                for error in errors {
                    self.report(
                        Rule::ExampleValid,
                        &example.pointer,
                        format!("{example} does not match its schema {error}"),
                    );
                }
            }
        }
    }

    fn families(&mut self) {
        let families = match crate::families::families(self.spec.raw()) {
            Ok(families) => families,
            Err(message) => {
                self.report(
                    Rule::Family,
                    format!("/{}", crate::families::FAMILIES_EXTENSION),
                    message,
                );
                return;
            }
        };
        for family in &families {
            let others = families.iter().filter(|f| f.feature != family.feature);
            for tag in &family.tags {
                if let Some(other) = others.clone().find(|f| f.tags.contains(tag)) {
                    self.report(
                        Rule::Family,
                        format!("/{}", crate::families::FAMILIES_EXTENSION),
                        format!(
                            "tag `{tag}` is in two families, `{}` and `{}`",
                            family.feature, other.feature
                        ),
                    );
                }
            }
        }
        for operation in self.spec.operations() {
            if crate::families::family_of(&families, &operation).is_none() {
                self.report(
                    Rule::Family,
                    operation.pointer(),
                    format!(
                        "{} is in no family: add its first tag to a family of `{}` (each is a cargo feature)",
                        operation.key(),
                        crate::families::FAMILIES_EXTENSION
                    ),
                );
            }
        }
    }

    fn security(&mut self) {
        let defined: BTreeSet<String> = self
            .spec
            .raw()
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        let mut requirements = vec![("/security".to_string(), self.spec.raw().get("security"))];
        for operation in self.spec.operations() {
            requirements.push((
                format!("{}/security", operation.pointer()),
                operation.value.get("security"),
            ));
        }
        for (at, list) in requirements {
            for (i, req) in list.and_then(Value::as_array).into_iter().flatten().enumerate() {
                for name in req.as_object().into_iter().flatten().map(|(k, _)| k) {
                    if !defined.contains(name) {
                        self.report(
                            Rule::SecurityScheme,
                            format!("{at}/{i}"),
                            format!("security scheme `{name}` is not defined in components.securitySchemes"),
                        );
                    }
                }
            }
        }
    }
}

fn has_text(value: &Value, key: &str) -> bool {
    value
        .get(key)
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty())
}

fn security_scheme_names(raw: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut add = |list: Option<&Value>| {
        for req in list.and_then(Value::as_array).into_iter().flatten() {
            names.extend(req.as_object().into_iter().flatten().map(|(k, _)| k.clone()));
        }
    };
    add(raw.get("security"));
    for operation in openapi::operations(raw) {
        add(operation.value.get("security"));
    }
    names
}

/// The JSON paths of the placeholder values in an example payload (see
/// [`crate::is_placeholder`]).
fn find_placeholders(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (field, member) in members {
                let path = format!("{at}/{field}");
                if crate::is_placeholder(field, member) {
                    out.push(format!("`{path}` ({member})"));
                }
                find_placeholders(member, path, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                find_placeholders(item, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}
