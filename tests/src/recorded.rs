//! The spec against traffic recorded from the live service (`spec/recorded/`, or a user's
//! own go-vcr cassettes): every interaction matched to its operation, its answer decoded
//! with the SDK's type and encoded again, its request re-expressed through the SDK's
//! request body, and every member the spec does not know counted. Recorded traffic outranks
//! the vendor's document, so a failure here is the spec's to fix (with a `WIRE:` comment).
//!
//! Run by `cargo xtask recorded` (the `recorded` binary of this crate) and by
//! `tests/recorded_traffic.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};

use katapult_build_tools::Spec;
use katapult_build_tools::openapi;
use katapult_build_tools::recorded::{self, DOCUMENT_DATE, Date, Interaction, Located};
use serde_json::{Map, Value};

use crate::{component_name, normalise, roundtrip, variant_matches};

/// What went wrong with one interaction.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The interaction (`recording #index (date)`).
    pub interaction: String,
    /// Whether it is older than the vendor's document ([`DOCUMENT_DATE`]).
    pub predates_document: bool,
    /// The operation it was matched to, if it was.
    pub operation: Option<String>,
    /// What failed.
    pub reason: String,
}

/// Where a member the spec does not know was seen.
#[derive(Debug, Clone, Default)]
pub struct Sighting {
    /// The recordings holding it.
    pub recordings: BTreeSet<String>,
    /// How many interactions hold it.
    pub interactions: usize,
    /// The newest day it was seen.
    pub newest: Option<Date>,
    /// An example value, as recorded (cut short).
    pub example: String,
}

/// An operation's figures.
#[derive(Debug, Clone, Default)]
pub struct OperationFigures {
    /// Its interactions.
    pub interactions: usize,
    /// Of them, since the document.
    pub since_document: usize,
    /// Of them since the document, failed.
    pub failed: usize,
    /// Of the older ones, failed (reported, not failed).
    pub failed_older: usize,
}

/// The outcome of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Recordings read.
    pub recordings: BTreeSet<String>,
    /// Interactions read.
    pub interactions: usize,
    /// Of them, since the document.
    pub since_document: usize,
    /// The oldest and newest days.
    pub span: Option<(Date, Date)>,
    /// Answers decoded and encoded again to the same JSON.
    pub answers_read: usize,
    /// Requests with a body or lookups, and of them those the SDK expresses.
    pub requests: (usize, usize),
    /// Error answers whose code the spec does not list (read as `Error::UnknownApi`): by
    /// `operation status code`, how many.
    pub undocumented_codes: BTreeMap<String, usize>,
    /// Failures, in corpus order.
    pub failures: Vec<Failure>,
    /// Members the spec does not know, in answers (`object.member`), since the document.
    pub unknown_members: BTreeMap<String, Sighting>,
    /// The same, only in recordings older than the document.
    pub unknown_members_older: BTreeMap<String, Sighting>,
    /// Members the spec does not know in request bodies, by `operation member`.
    pub unknown_request_members: BTreeMap<String, Sighting>,
    /// By operation ID.
    pub operations: BTreeMap<String, OperationFigures>,
}

impl Report {
    /// The failures of interactions since the vendor's document: what must be zero.
    pub fn failures_since_document(&self) -> impl Iterator<Item = &Failure> {
        self.failures.iter().filter(|f| !f.predates_document)
    }
}

/// Checks every interaction against `spec` and the SDK's types.
pub fn check(spec: &Spec, interactions: &[Interaction]) -> Report {
    let mut report = Report::default();
    let documented = documented_codes(spec);
    for interaction in interactions {
        report.recordings.insert(interaction.recording.clone());
        report.interactions += 1;
        if !interaction.predates_document() {
            report.since_document += 1;
        }
        if let Some(date) = interaction.date {
            report.span = Some(match report.span {
                None => (date, date),
                Some((first, last)) => (first.min(date), last.max(date)),
            });
        }
        let fail = |operation: Option<&str>, reason: String, report: &mut Report| {
            report.failures.push(Failure {
                interaction: interaction.to_string(),
                predates_document: interaction.predates_document(),
                operation: operation.map(str::to_owned),
                reason,
            });
        };
        let located = match recorded::locate(spec, &interaction.method, &interaction.url) {
            Ok(located) => located,
            Err(reason) => {
                fail(None, reason, &mut report);
                continue;
            }
        };
        let id = located.operation.id().unwrap_or("?").to_owned();
        let figures = report.operations.entry(id.clone()).or_default();
        figures.interactions += 1;
        if !interaction.predates_document() {
            figures.since_document += 1;
        }
        let mut reasons = Vec::new();
        match check_answer(spec, &located, interaction, &documented, &mut report) {
            Ok(true) => report.answers_read += 1,
            Ok(false) => {}
            Err(reason) => reasons.push(reason),
        }
        match check_request(spec, &located, interaction, &mut report) {
            Ok(false) => {}
            Ok(true) => {
                report.requests.0 += 1;
                report.requests.1 += 1;
            }
            Err(reason) => {
                report.requests.0 += 1;
                reasons.push(reason);
            }
        }
        if !reasons.is_empty() {
            let figures = report.operations.entry(id.clone()).or_default();
            if interaction.predates_document() {
                figures.failed_older += 1;
            } else {
                figures.failed += 1;
            }
            for reason in reasons {
                fail(Some(&id), reason, &mut report);
            }
        }
    }
    report
}

/// Every code `ApiError` lists.
fn documented_codes(spec: &Spec) -> BTreeSet<String> {
    let variants = spec
        .raw()
        .pointer("/components/schemas/ApiError/oneOf")
        .and_then(Value::as_array);
    variants
        .into_iter()
        .flatten()
        .filter_map(|v| spec.deref(v))
        .filter_map(|v| v.pointer("/properties/code/enum/0").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

/// Decodes the answer with its type and encodes it again. `Ok(true)`: read and written back
/// the same; `Ok(false)`: nothing to decode (a text answer, or a code the spec does not list,
/// which the SDK keeps as `Error::UnknownApi`).
fn check_answer(
    spec: &Spec,
    located: &Located<'_>,
    interaction: &Interaction,
    documented: &BTreeSet<String>,
    report: &mut Report,
) -> Result<bool, String> {
    let operation = &located.operation;
    let status = interaction.status.to_string();
    let responses = operation.value.get("responses").and_then(Value::as_object);
    let response = responses.and_then(|r| r.get(&status)).and_then(|r| spec.deref(r));
    let success = (200..300).contains(&interaction.status);
    let body: Value = serde_json::from_str(&interaction.response_body).map_err(|e| {
        format!(
            "HTTP {status}: the answer is not JSON ({e}): {}",
            excerpt(&interaction.response_body)
        )
    })?;
    let (name, schema) = if success {
        let response = response.ok_or_else(|| format!("HTTP {status} is not an answer the spec lists"))?;
        if response.pointer("/content/text~1plain").is_some() {
            return Ok(false);
        }
        let schema = response
            .pointer("/content/application~1json/schema")
            .ok_or_else(|| format!("HTTP {status}: the spec gives the answer no JSON schema"))?;
        let name =
            component_name(schema).ok_or_else(|| format!("HTTP {status}: the answer's schema is not a component"))?;
        (name, schema.clone())
    } else {
        let code = body
            .pointer("/error/code")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("HTTP {status}: an error answer without error.code"))?;
        if !documented.contains(code) {
            let key = format!("{} {status} {code}", operation.id().unwrap_or("?"));
            *report.undocumented_codes.entry(key).or_default() += 1;
            return Ok(false);
        }
        (
            "ErrorResponse",
            serde_json::json!({"$ref": "#/components/schemas/ErrorResponse"}),
        )
    };
    let unknown = if interaction.predates_document() {
        &mut report.unknown_members_older
    } else {
        &mut report.unknown_members
    };
    let mut found = Vec::new();
    unknown_members(spec, &schema, &body, name, &mut found);
    for (member, value) in found {
        see(unknown, member, interaction, &value);
    }
    let decoded = roundtrip(name, &body).ok_or_else(|| format!("no generated type `{name}`"))?;
    let reencoded = decoded.map_err(|e| format!("HTTP {status}: does not decode as {name}: {e}"))?;
    let expected = normalise(spec, &schema, &body);
    match first_difference(&expected, &reencoded, "") {
        None => Ok(true),
        Some(difference) => Err(format!("HTTP {status}: {name} encodes again differently: {difference}")),
    }
}

/// Re-expresses the request through the SDK: its body (with every lookup where the spec
/// puts it) decodes with the body's type and encodes again to the same JSON, members the spec
/// does not know included. `Ok(false)`: nothing was sent to check.
fn check_request(
    spec: &Spec,
    located: &Located<'_>,
    interaction: &Interaction,
    report: &mut Report,
) -> Result<bool, String> {
    let document = spec.raw();
    let operation = &located.operation;
    let mut body = match interaction.request_body.trim() {
        "" => Map::new(),
        text => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(members)) => members,
            Ok(_) => return Err("the request body is not a JSON object".into()),
            Err(e) => return Err(format!("the request body is not JSON ({e})")),
        },
    };
    let parameters = parameters(spec, operation);
    let lookups = recorded::lookup_names(document, operation);
    if body.is_empty() && located.query.is_empty() && located.path_lookups.is_empty() {
        return Ok(false);
    }
    // Every lookup the recording gave, wherever it gave it.
    let mut given: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    for (name, value) in &located.path_lookups {
        if let Value::Object(keys) = value {
            given.entry(name.clone()).or_default().extend(keys.clone());
        }
    }
    for (name, value) in &located.query {
        match openapi::lookup_group_member(name) {
            Some((group, key)) if lookups.iter().any(|l| l == group) => {
                given
                    .entry(group.to_owned())
                    .or_default()
                    .insert(key.to_owned(), Value::String(value.clone()));
            }
            _ if parameters.iter().any(|p| p == name) => {}
            _ => return Err(format!("query parameter `{name}` is not one the spec lists")),
        }
    }
    for name in &lookups {
        if let Some(Value::Object(keys)) = body.get(name) {
            given.entry(name.clone()).or_default().extend(keys.clone());
        }
    }
    for (name, keys) in given {
        let in_query: Vec<&str> = parameters
            .iter()
            .filter_map(|p| openapi::lookup_group_member(p))
            .filter(|(group, _)| *group == name)
            .map(|(_, key)| key)
            .collect();
        if in_query.is_empty() {
            body.insert(name, Value::Object(keys));
        } else {
            body.remove(&name);
            if keys.len() != 1 || !keys.keys().all(|k| in_query.contains(&k.as_str())) {
                return Err(format!(
                    "lookup `{name}` given as {} the spec takes one of {}",
                    Value::Object(keys),
                    in_query.join(", ")
                ));
            }
        }
    }
    if recorded::request_body_schema(document, operation).is_none() {
        return if body.is_empty() {
            Ok(true)
        } else {
            Err(format!("the spec has no request body for {}", Value::Object(body)))
        };
    }
    let body = Value::Object(body);
    let reference = operation
        .value
        .pointer("/requestBody/content/application~1json/schema")
        .cloned()
        .unwrap_or(Value::Null);
    let name = component_name(&reference).ok_or("the request body's schema is not a component")?;
    let mut found = Vec::new();
    unknown_members(spec, &reference, &body, name, &mut found);
    for (member, value) in &found {
        let key = format!("{} {member}", operation.id().unwrap_or("?"));
        see(&mut report.unknown_request_members, key, interaction, value);
    }
    let reencoded = roundtrip(name, &body)
        .ok_or_else(|| format!("no generated type `{name}`"))?
        .map_err(|e| format!("the request body does not decode as {name}: {e}"))?;
    match first_difference(&body, &reencoded, "") {
        None => Ok(true),
        Some(difference) => Err(format!(
            "the request body encodes again as {name} differently: {difference}"
        )),
    }
}

/// The names of an operation's parameters (its own and its path item's).
fn parameters(spec: &Spec, operation: &openapi::Operation<'_>) -> Vec<String> {
    [operation.path_item, operation.value]
        .into_iter()
        .filter_map(|v| v.get("parameters").and_then(Value::as_array))
        .flatten()
        .filter_map(|p| spec.deref(p))
        .filter_map(|p| p.get("name").and_then(Value::as_str))
        .map(str::to_owned)
        .collect()
}

fn see(into: &mut BTreeMap<String, Sighting>, key: String, interaction: &Interaction, value: &Value) {
    let sighting = into.entry(key).or_default();
    sighting.recordings.insert(interaction.recording.clone());
    sighting.interactions += 1;
    sighting.newest = sighting.newest.max(interaction.date);
    if sighting.example.is_empty() {
        sighting.example = excerpt(&value.to_string());
    }
}

/// Members of `value` the schema does not declare, as (`Object.member`, value): `Object` is
/// the nearest component the schema reached, with the members leading from it
/// (`Disk.installation.member`).
pub fn unknown_members(spec: &Spec, schema: &Value, value: &Value, object: &str, found: &mut Vec<(String, Value)>) {
    let name = component_name(schema).unwrap_or(object).to_owned();
    let Some(schema) = spec.deref(schema) else { return };
    if let Some(inner) = openapi::single_all_of(schema) {
        return unknown_members(spec, inner, value, &name, found);
    }
    match value {
        Value::Object(members) => {
            if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
                if let Some(variant) = variants.iter().find(|v| variant_matches(spec, v, value)) {
                    unknown_members(spec, variant, value, &name, found);
                }
                return;
            }
            let Some(properties) = schema.get("properties").and_then(Value::as_object) else {
                return;
            };
            for (key, member) in members {
                match properties.get(key) {
                    Some(property) => {
                        let inner = if component_name(property).is_some() || openapi::single_all_of(property).is_some()
                        {
                            name.clone()
                        } else {
                            format!("{name}.{key}")
                        };
                        unknown_members(spec, property, member, &inner, found);
                    }
                    None => found.push((format!("{name}.{key}"), member.clone())),
                }
            }
        }
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for one in items {
                    unknown_members(spec, item, one, &name, found);
                }
            }
        }
        _ => {}
    }
}

/// Where `got` first differs from `expected`, as a JSON pointer with both values.
pub fn first_difference(expected: &Value, got: &Value, at: &str) -> Option<String> {
    match (expected, got) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
                let here = format!("{at}/{key}");
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => {
                        if let Some(d) = first_difference(x, y, &here) {
                            return Some(d);
                        }
                    }
                    (Some(x), None) => return Some(format!("{here}: {} was dropped", excerpt(&x.to_string()))),
                    (None, Some(y)) => return Some(format!("{here}: {} was added", excerpt(&y.to_string()))),
                    (None, None) => {}
                }
            }
            None
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .find_map(|(i, (x, y))| first_difference(x, y, &format!("{at}/{i}"))),
        _ if expected == got => None,
        _ => Some(format!(
            "{at}: {} became {}",
            excerpt(&expected.to_string()),
            excerpt(&got.to_string())
        )),
    }
}

fn excerpt(text: &str) -> String {
    const MAX: usize = 120;
    match text.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let since = self.failures_since_document().count();
        let older = self.failures.len() - since;
        writeln!(f, "# Recorded live traffic against the spec\n")?;
        let span = self
            .span
            .map(|(a, b)| format!(", answered {a} to {b}"))
            .unwrap_or_default();
        writeln!(
            f,
            "{} recordings, {} Core API interactions{span}; {} since the vendor's document ({DOCUMENT_DATE}).\n",
            self.recordings.len(),
            self.interactions,
            self.since_document,
        )?;
        writeln!(f, "| | interactions |\n|---|---:|")?;
        writeln!(
            f,
            "| answers read and encoded again to the same JSON | {} |",
            self.answers_read
        )?;
        writeln!(
            f,
            "| requests with a body or lookups the SDK expresses | {} of {} |",
            self.requests.1, self.requests.0
        )?;
        let unknown_codes: usize = self.undocumented_codes.values().sum();
        writeln!(
            f,
            "| error answers with a code the spec does not list | {unknown_codes} |"
        )?;
        writeln!(f, "| failures since the document | {since} |")?;
        writeln!(
            f,
            "| failures older than the document (reported, not failed) | {older} |\n"
        )?;
        // One line per operation and reason, with how many interactions and the first.
        let mut section = |title: &str, failures: Vec<&Failure>| -> fmt::Result {
            writeln!(f, "## {title} ({})\n", failures.len())?;
            let mut grouped: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
            for failure in &failures {
                let operation = failure.operation.as_deref().unwrap_or("no operation");
                grouped
                    .entry((operation, failure.reason.as_str()))
                    .or_default()
                    .push(&failure.interaction);
            }
            for ((operation, reason), at) in grouped {
                let more = match at.len() {
                    1 => String::new(),
                    n => format!(" and {} more", n - 1),
                };
                writeln!(f, "- `{operation}`: {reason} ({}{more})", at[0])?;
            }
            writeln!(f)
        };
        section("Failures since the document", self.failures_since_document().collect())?;
        section(
            "Failures older than the document",
            self.failures.iter().filter(|f| f.predates_document).collect(),
        )?;
        members(f, "Answer members the spec does not know", &self.unknown_members)?;
        members(
            f,
            "Answer members the spec does not know, only before the document",
            &self.unknown_members_older,
        )?;
        members(
            f,
            "Request members the spec does not know",
            &self.unknown_request_members,
        )?;
        writeln!(
            f,
            "## Error codes the spec does not list ({})\n",
            self.undocumented_codes.len()
        )?;
        for (key, count) in &self.undocumented_codes {
            writeln!(f, "- `{key}`: {count}")?;
        }
        writeln!(f, "\n## By operation\n")?;
        writeln!(
            f,
            "| operation | interactions | since the document | failed | failed, older |\n|---|---:|---:|---:|---:|"
        )?;
        for (id, figures) in &self.operations {
            writeln!(
                f,
                "| `{id}` | {} | {} | {} | {} |",
                figures.interactions, figures.since_document, figures.failed, figures.failed_older
            )?;
        }
        Ok(())
    }
}

fn members(f: &mut fmt::Formatter<'_>, title: &str, members: &BTreeMap<String, Sighting>) -> fmt::Result {
    writeln!(f, "## {title} ({})\n", members.len())?;
    if members.is_empty() {
        return writeln!(f);
    }
    writeln!(
        f,
        "| member | recordings | interactions | newest | example |\n|---|---:|---:|---|---|"
    )?;
    for (member, s) in members {
        let newest = s.newest.map(|d| d.to_string()).unwrap_or_default();
        let mut example = String::new();
        let _ = write!(example, "{}", s.example.replace('|', "\\|"));
        writeln!(
            f,
            "| `{member}` | {} | {} | {newest} | `{example}` |",
            s.recordings.len(),
            s.interactions
        )?;
    }
    writeln!(f)
}
