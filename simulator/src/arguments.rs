//! Reading a request's arguments as the service's framework does, with its errors: integer
//! query arguments, and lookups (a query group `x[key]` or a one-key object in the body, of
//! which exactly one key may be given). Shared by the modelled operations (`api.rs`) and
//! those answered from the spec (`from_spec.rs`).

use serde_json::Value;

use crate::errors::ApiFailure;

/// The query's pairs, decoded, in order.
pub(crate) fn parse_query(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// The body as JSON: an empty body is `{}`; anything else that does not parse is the
/// framework's `parse_error`.
pub(crate) fn json_body(endpoint: &str, body: &[u8]) -> Result<Value, ApiFailure> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(serde_json::Map::new()));
    }
    serde_json::from_slice(body).map_err(|_| {
        ApiFailure::invalid_argument(
            endpoint,
            "body",
            None,
            "parse_error",
            "The request body could not be parsed as JSON",
            &[],
        )
    })
}

/// Reads an integer query argument: absent is the default; not an integer is
/// `invalid_scalar`; out of bounds is `validation_error`, as the framework words them.
pub(crate) fn integer_argument(
    endpoint: &str,
    name: &str,
    raw: Option<String>,
    default: i64,
    (min, max): (i64, Option<i64>),
) -> Result<i64, ApiFailure> {
    let Some(raw) = raw else { return Ok(default) };
    let invalid = |issue: &str, issue_description: &str, errors: &[String]| {
        ApiFailure::invalid_argument(endpoint, name, None, issue, issue_description, errors)
    };
    let text = raw.trim();
    let value: i64 = match text.parse() {
        Ok(value) => value,
        // Integers are unbounded on the service (Ruby); beyond i64 they saturate here,
        // which gives the same answers (an empty page, or a bound refused).
        Err(_) if is_integer(text) => {
            if text.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Err(_) => {
            return Err(invalid(
                "invalid_scalar",
                "The value provided was not of the expected type",
                &[],
            ));
        }
    };
    if value < min {
        return Err(invalid(
            "validation_error",
            "A validation rule was not met",
            &[format!("must be greater than or equal to {min}")],
        ));
    }
    if let Some(max) = max
        && value > max
    {
        return Err(invalid(
            "validation_error",
            "A validation rule was not met",
            &[format!("must be less than or equal to {max}")],
        ));
    }
    Ok(value)
}

fn is_integer(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a lookup object (`{"id": ..}` or `{"fqdn": ..}`) from the body: exactly one of
/// `keys`, a non-empty string.
pub(crate) fn body_lookup<'k>(
    endpoint: &str,
    body: &Value,
    argument: &str,
    keys: &[&'k str],
    description: &str,
) -> Result<(&'k str, String), ApiFailure> {
    let invalid = |issue: &str, issue_description: &str| {
        ApiFailure::invalid_argument(endpoint, argument, Some(description), issue, issue_description, &[])
    };
    let value = match body.get(argument) {
        None | Some(Value::Null) => return Err(ApiFailure::missing_required_argument(argument, description)),
        Some(Value::Object(map)) => map,
        Some(_) => {
            return Err(invalid(
                "invalid_scalar",
                "The value provided was not of the expected type",
            ));
        }
    };
    let mut found = Vec::new();
    for &key in keys {
        match value.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.is_empty() => {}
            Some(Value::String(s)) => found.push((key, s.clone())),
            Some(_) => {
                return Err(invalid(
                    "invalid_scalar",
                    "The value provided was not of the expected type",
                ));
            }
        }
    }
    choose(found, keys, |issue, issue_description| {
        invalid(issue, issue_description)
    })
}

/// Reads a lookup given as a query group (`virtual_machine[id]`, `virtual_machine[fqdn]`):
/// exactly one of `keys`; an empty value counts as not given.
pub(crate) fn query_lookup<'k>(
    endpoint: &str,
    query: &[(String, String)],
    argument: &str,
    keys: &[&'k str],
    description: Option<&str>,
) -> Result<(&'k str, String), ApiFailure> {
    let mut found = Vec::new();
    for &key in keys {
        let name = format!("{argument}[{key}]");
        if let Some((_, value)) = query.iter().rev().find(|(k, v)| *k == name && !v.is_empty()) {
            found.push((key, value.clone()));
        }
    }
    choose(found, keys, |issue, issue_description| {
        ApiFailure::invalid_argument(endpoint, argument, description, issue, issue_description, &[])
    })
}

/// Exactly one key given, or the framework's `missing_lookup_value` or
/// `ambiguous_lookup_values`, worded as it words them.
fn choose<'k>(
    mut found: Vec<(&'k str, String)>,
    keys: &[&str],
    invalid: impl Fn(&str, &str) -> ApiFailure,
) -> Result<(&'k str, String), ApiFailure> {
    let quoted: Vec<String> = keys.iter().map(|k| format!("'{k}'")).collect();
    let listed = quoted.join(" or ");
    match found.len() {
        0 => Err(invalid(
            "missing_lookup_value",
            &format!("One of {listed} must be provided"),
        )),
        1 => Ok(found.remove(0)),
        _ => Err(invalid(
            "ambiguous_lookup_values",
            &format!("Only one of {listed} may be provided"),
        )),
    }
}

/// The API's page limits (restated, as `api.rs` explains).
pub(crate) const MAX_PER_PAGE: i64 = 200;
pub(crate) const DEFAULT_PER_PAGE: i64 = 30;

/// The `page` and `per_page` of a list request, checked as the framework checks them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Page {
    page: i64,
    per_page: i64,
}

impl Page {
    pub(crate) fn read(endpoint: &str, query: &[(String, String)]) -> Result<Self, ApiFailure> {
        let raw = |name: &str| query.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let page = integer_argument(endpoint, "page", raw("page"), 1, (1, None))?;
        let per_page = integer_argument(
            endpoint,
            "per_page",
            raw("per_page"),
            DEFAULT_PER_PAGE,
            (1, Some(MAX_PER_PAGE)),
        )?;
        Ok(Self { page, per_page })
    }

    /// The slice of `total` items this page shows, and its `pagination` block.
    pub(crate) fn of(self, total: usize) -> (std::ops::Range<usize>, Value) {
        let per = usize::try_from(self.per_page).unwrap_or(usize::MAX);
        let start = usize::try_from(self.page - 1)
            .unwrap_or(usize::MAX)
            .saturating_mul(per)
            .min(total);
        let end = start.saturating_add(per).min(total);
        let pagination = serde_json::json!({
            "current_page": self.page,
            "total_pages": total.div_ceil(per).max(1),
            "total": total,
            "per_page": self.per_page,
            "large_set": false,
        });
        (start..end, pagination)
    }

    /// The same, for a list too large to count: no totals.
    pub(crate) fn of_large_set(self, total: usize) -> (std::ops::Range<usize>, Value) {
        let (range, _) = self.of(total);
        let pagination = serde_json::json!({
            "current_page": self.page,
            "total_pages": null,
            "total": null,
            "per_page": self.per_page,
            "large_set": true,
        });
        (range, pagination)
    }
}
