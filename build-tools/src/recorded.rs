//! Recorded live traffic: the evidence that outranks the vendor's document.
//!
//! The service's own answers, recorded as [go-vcr](https://github.com/dnaeon/go-vcr)
//! cassettes (the format the vendor's Terraform provider records its acceptance tests in),
//! are read here into [`Interaction`]s, and each is matched to the spec's operation by its
//! method and path, in every form the service accepts ([`locate`]). What the answers then
//! decode to is checked where the SDK's types are (`katapult-tests`, `cargo xtask
//! recorded`); this module needs only the spec.
//!
//! The project's corpus lives in `spec/recorded/` (see its README); a user's own cassettes,
//! version 1 or 2 of the format, are read the same way.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::Spec;
use crate::openapi::{self, Operation};

/// Where the spec's vendor document was published (2.68.0, November 2024): a recording
/// older than this may lack what the service has added since, and is reported, not failed.
pub const DOCUMENT_DATE: Date = Date {
    year: 2024,
    month: 12,
    day: 1,
};

/// The prefix of every Core API path.
pub const API_PREFIX: &str = "/core/v1";

/// The answer headers a trimmed cassette keeps: what says when and how it was answered.
/// Everything else (caching, CORS, the server's name) says nothing about the API.
pub const KEPT_HEADERS: [&str; 6] = [
    "Content-Type",
    "Date",
    "X-Api-Schema",
    "X-Ratelimit-Permitted",
    "X-Ratelimit-Remaining",
    "X-Request-Id",
];

/// A calendar day, as an answer's `Date` header gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year, e.g. 2025.
    pub year: u16,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, 1 to 31.
    pub day: u8,
}

impl Date {
    /// Reads the day of an HTTP date (`Thu, 23 Mar 2023 18:14:20 GMT`).
    pub fn from_http(text: &str) -> Option<Self> {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let mut words = text.split_whitespace().skip(1);
        let day = words.next()?.parse().ok()?;
        let month_name = words.next()?;
        let month = MONTHS.iter().position(|m| *m == month_name)?;
        let year = words.next()?.parse().ok()?;
        Some(Self {
            year,
            month: u8::try_from(month + 1).ok()?,
            day,
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One recorded request and the service's answer to it.
#[derive(Debug, Clone)]
pub struct Interaction {
    /// The recording (cassette) it is from, as a path relative to what was read.
    pub recording: String,
    /// Its position in the recording, from 0.
    pub index: usize,
    /// The day it was answered, from the answer's `Date` header.
    pub date: Option<Date>,
    /// The HTTP method, upper case.
    pub method: String,
    /// The full URL requested.
    pub url: String,
    /// The request body as sent (empty for none).
    pub request_body: String,
    /// The answer's HTTP status.
    pub status: u16,
    /// The answer's body.
    pub response_body: String,
    /// The answer's headers.
    pub headers: BTreeMap<String, Vec<String>>,
}

impl Interaction {
    /// The answer's header `name` (compared without case), first value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .and_then(|(_, v)| v.first())
            .map(String::as_str)
    }

    /// Whether it is older than the vendor's document ([`DOCUMENT_DATE`]).
    pub fn predates_document(&self) -> bool {
        self.date.is_some_and(|d| d < DOCUMENT_DATE)
    }
}

impl fmt::Display for Interaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} #{}", self.recording, self.index)?;
        if let Some(date) = self.date {
            write!(f, " ({date})")?;
        }
        Ok(())
    }
}

/// A go-vcr cassette, versions 1 and 2: the members this project reads and writes.
#[derive(Debug, Deserialize, Serialize)]
struct Cassette {
    version: u32,
    interactions: Vec<Recorded>,
}

#[derive(Debug, Deserialize, Serialize)]
struct Recorded {
    request: RecordedRequest,
    response: RecordedResponse,
}

#[derive(Debug, Deserialize, Serialize)]
struct RecordedRequest {
    #[serde(default)]
    body: String,
    url: String,
    method: String,
}

#[derive(Debug, Deserialize, Serialize)]
struct RecordedResponse {
    #[serde(default)]
    body: String,
    #[serde(default)]
    headers: BTreeMap<String, Vec<String>>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    status: String,
    #[serde(default)]
    code: u16,
}

/// Every interaction with the Core API in the cassettes at `paths` (files, or directories
/// searched for `*.yaml` files), in path order. `base` shortens the recordings' names.
pub fn read(paths: &[PathBuf], base: &Path) -> Result<Vec<Interaction>, String> {
    let mut files = Vec::new();
    for path in paths {
        collect_files(path, &mut files)?;
    }
    files.sort();
    let mut interactions = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let name = file.strip_prefix(base).unwrap_or(&file).display().to_string();
        interactions.extend(parse(&name, &text)?);
    }
    Ok(interactions)
}

fn collect_files(path: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_file() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .path();
        if path.is_dir() {
            collect_files(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            files.push(path);
        }
    }
    Ok(())
}

/// The Core API interactions of one cassette's text.
pub fn parse(recording: &str, text: &str) -> Result<Vec<Interaction>, String> {
    let cassette: Cassette =
        serde_yaml_ng::from_str(text).map_err(|e| format!("{recording}: not a go-vcr cassette: {e}"))?;
    if !(1..=2).contains(&cassette.version) {
        return Err(format!(
            "{recording}: go-vcr cassette version {} (versions 1 and 2 are read)",
            cassette.version
        ));
    }
    Ok(cassette
        .interactions
        .into_iter()
        .enumerate()
        .filter(|(_, r)| is_core_api(&r.request.url))
        .map(|(index, r)| {
            let status = if r.response.code != 0 {
                r.response.code
            } else {
                r.response
                    .status
                    .split_whitespace()
                    .next()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0)
            };
            let mut interaction = Interaction {
                recording: recording.to_owned(),
                index,
                date: None,
                method: r.request.method.to_uppercase(),
                url: r.request.url,
                request_body: r.request.body,
                status,
                response_body: r.response.body,
                headers: r.response.headers,
            };
            interaction.date = interaction.header("Date").and_then(Date::from_http);
            interaction
        })
        .collect())
}

fn is_core_api(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| u.path().starts_with(API_PREFIX))
}

/// A cassette's text with only its Core API interactions, each with only the answer
/// headers of [`KEPT_HEADERS`]. Bodies, URLs, statuses and the recording's own redactions
/// are kept as they are; nothing that changes a shape is added.
pub fn trimmed(recording: &str, text: &str) -> Result<Option<String>, String> {
    let mut cassette: Cassette =
        serde_yaml_ng::from_str(text).map_err(|e| format!("{recording}: not a go-vcr cassette: {e}"))?;
    cassette.interactions.retain(|r| is_core_api(&r.request.url));
    if cassette.interactions.is_empty() {
        return Ok(None);
    }
    for r in &mut cassette.interactions {
        r.response
            .headers
            .retain(|name, _| KEPT_HEADERS.iter().any(|k| k.eq_ignore_ascii_case(name)));
    }
    serde_yaml_ng::to_string(&cassette)
        .map(Some)
        .map_err(|e| format!("{recording}: cannot write: {e}"))
}

/// An interaction matched to its operation.
#[derive(Debug, Clone)]
pub struct Located<'a> {
    /// The operation.
    pub operation: Operation<'a>,
    /// The lookups the path gave by ID (`/tasks/task_…` → `task: {"id": "task_…"}`).
    pub path_lookups: BTreeMap<String, Value>,
    /// The query's pairs, percent-decoded, in order.
    pub query: Vec<(String, String)>,
}

/// How a recorded path segment stands in the place of a lookup the template names.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Segment {
    /// The same literal.
    Literal,
    /// A placeholder: `_`, `:name` or the name itself; the lookup is in the query or body.
    Placeholder,
    /// An object's ID.
    Id,
    /// A route argument (`{address_version}`).
    Argument,
}

/// The spec's operation `method url` reaches, in every form the service accepts: a lookup's
/// segment written as `_`, as `:name`, as its name, or as the object's ID (which is then
/// the lookup by `id`); route arguments (`{x}`) take any segment. Where several operations
/// fit, the one with the most literal segments in common wins (`/virtual_machines/builds/_`
/// is a build, not a machine's `builds`).
pub fn locate<'a>(spec: &'a Spec, method: &str, url: &str) -> Result<Located<'a>, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("not a URL ({e}): {url}"))?;
    let path = parsed
        .path()
        .strip_prefix(API_PREFIX)
        .ok_or_else(|| format!("not a Core API path: {}", parsed.path()))?;
    let segments: Vec<String> = path
        .split('/')
        .map(|s| {
            url::form_urlencoded::parse(s.as_bytes())
                .map(|(k, v)| {
                    if v.is_empty() {
                        k.into_owned()
                    } else {
                        format!("{k}={v}")
                    }
                })
                .next()
                .unwrap_or_default()
        })
        .collect();
    let method = method.to_lowercase();
    let mut best: Option<(usize, Operation<'a>, Vec<Segment>)> = None;
    for operation in spec.operations() {
        if operation.method != method {
            continue;
        }
        let template: Vec<&str> = operation.path.split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let lookups = lookup_names(spec.raw(), &operation);
        let fits: Option<Vec<Segment>> = template
            .iter()
            .zip(&segments)
            .map(|(t, s)| segment_fit(t, s, &lookups))
            .collect();
        let Some(fits) = fits else { continue };
        let literal = fits.iter().filter(|f| **f == Segment::Literal).count();
        if best.as_ref().is_none_or(|(score, _, _)| literal > *score) {
            best = Some((literal, operation, fits));
        }
    }
    let (_, operation, fits) =
        best.ok_or_else(|| format!("no operation of the spec is {} {path}", method.to_uppercase()))?;
    let path_lookups = operation
        .path
        .split('/')
        .zip(&segments)
        .zip(&fits)
        .filter(|(_, fit)| **fit == Segment::Id)
        .map(|((name, id), _)| (name.to_owned(), serde_json::json!({ "id": id })))
        .collect();
    Ok(Located {
        operation,
        path_lookups,
        query: parsed
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect(),
    })
}

fn segment_fit(template: &str, segment: &str, lookups: &[String]) -> Option<Segment> {
    if template.starts_with('{') && template.ends_with('}') {
        return (!segment.is_empty()).then_some(Segment::Argument);
    }
    if template == segment {
        return Some(Segment::Literal);
    }
    if !lookups.iter().any(|l| l == template) {
        return None;
    }
    if segment == "_" || segment.strip_prefix(':') == Some(template) {
        Some(Segment::Placeholder)
    } else {
        (!segment.is_empty()).then_some(Segment::Id)
    }
}

/// The names of an operation's lookups: its query groups (`x[key]` → `x`) and the members
/// of its body whose schema is a one-key lookup.
pub fn lookup_names(document: &Value, operation: &Operation<'_>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let parameters = [operation.path_item, operation.value]
        .into_iter()
        .filter_map(|v| v.get("parameters").and_then(Value::as_array))
        .flatten();
    for parameter in parameters {
        let parameter = openapi::resolve(document, parameter).value;
        if let Some((prefix, _)) = parameter
            .get("name")
            .and_then(Value::as_str)
            .and_then(openapi::lookup_group_member)
            && !names.iter().any(|n| n == prefix)
        {
            names.push(prefix.to_owned());
        }
    }
    if let Some(properties) = request_body_schema(document, operation)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
    {
        for (name, schema) in properties {
            if openapi::lookup_keys(document, schema).is_some() && !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// The schema of an operation's JSON request body, `$ref`s followed.
pub fn request_body_schema<'a>(document: &'a Value, operation: &Operation<'a>) -> Option<&'a Value> {
    let body = openapi::resolve(document, operation.value.get("requestBody")?).ok()?;
    let schema = body.pointer("/content/application~1json/schema")?;
    openapi::resolve(document, schema).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASSETTE: &str = r#"---
version: 1
interactions:
- request:
    body: ""
    form: {}
    headers:
      Accept:
      - application/json
    url: https://api.katapult.io/core/v1/ip_addresses/_?ip_address%5Bid%5D=ip_1
    method: GET
  response:
    body: '{"ip_address":{"id":"ip_1"}}'
    headers:
      Date:
      - Thu, 23 Mar 2023 18:14:23 GMT
      Etag:
      - W/"a10b"
      X-Request-Id:
      - dadf0ca4
    status: 200 OK
    code: 200
    duration: ""
- request:
    body: ""
    url: https://example.com/elsewhere
    method: GET
  response:
    body: ""
    status: 404 Not Found
"#;

    #[test]
    fn cassettes_are_read_for_their_core_api_interactions_with_their_dates() {
        let read = parse("a.cassette.yaml", CASSETTE).expect("reads");
        assert_eq!(read.len(), 1, "the other host is not the Core API");
        let one = &read[0];
        assert_eq!((one.method.as_str(), one.status), ("GET", 200));
        assert_eq!(one.date.map(|d| d.to_string()).as_deref(), Some("2023-03-23"));
        assert!(one.predates_document());
        assert_eq!(one.header("x-request-id"), Some("dadf0ca4"));
        assert_eq!(one.to_string(), "a.cassette.yaml #0 (2023-03-23)");
    }

    #[test]
    fn trimming_keeps_bodies_and_the_api_headers_only() {
        let text = trimmed("a", CASSETTE).expect("trims").expect("has interactions");
        let again = parse("a", &text).expect("reads what it wrote");
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].response_body, r#"{"ip_address":{"id":"ip_1"}}"#);
        assert!(again[0].header("Etag").is_none());
        assert_eq!(again[0].header("Date"), Some("Thu, 23 Mar 2023 18:14:23 GMT"));
        assert!(parse("b", "version: 9\ninteractions: []\n").is_err());
    }

    #[test]
    fn dates_are_read_from_http_dates_only() {
        let date = Date::from_http("Mon, 02 Dec 2024 09:00:00 GMT").expect("a date");
        assert_eq!(date.to_string(), "2024-12-02");
        assert!(date >= DOCUMENT_DATE);
        assert!(Date::from_http("yesterday").is_none());
    }
}
