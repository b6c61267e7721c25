//! Reading a request's arguments as the service's framework does, with its errors: the
//! query as Rack parses it (`query.rs`), integer and scalar arguments, lookups (a query
//! group `x[key]` or an object in the body, of which exactly one key may be given), and
//! arrays of argument sets such as the annotations filter. Shared by the modelled
//! operations (`api.rs`, `management.rs`) and those answered from the spec (`from_spec.rs`).

use std::collections::BTreeMap;

use serde_json::Value;

use crate::errors::ApiFailure;
use crate::query::{self, Params};
use crate::world::Annotation;

/// The query, parsed as Rack parses it. A query Rack refuses raises an exception the
/// framework does not handle, so the service answers its last-resort 500.
pub(crate) fn query(query: &str) -> Result<Params, ApiFailure> {
    query::parse_nested(query).map_err(|_| ApiFailure::unhandled_exception())
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

/// How the framework describes a value of the wrong type. A hash, an array or a string
/// where another belongs all get this one issue, `invalid_scalar`, as lookups always have.
const WRONG_TYPE: &str = "The value provided was not of the expected type";

/// A scalar query argument's text: absent, or named with no `=` (nil to the framework),
/// is `None`; a hash or an array where a scalar belongs is `invalid_scalar`.
pub(crate) fn scalar<'p>(
    endpoint: &str,
    name: &str,
    value: Option<&'p Value>,
    description: Option<&str>,
) -> Result<Option<&'p str>, ApiFailure> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(ApiFailure::invalid_argument(
            endpoint,
            name,
            description,
            "invalid_scalar",
            WRONG_TYPE,
            &[],
        )),
    }
}

/// Reads an integer query argument: absent is the default; not an integer is
/// `invalid_scalar`; out of bounds is `validation_error`, as the framework words them.
pub(crate) fn integer_argument(
    endpoint: &str,
    name: &str,
    raw: Option<&str>,
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
        Err(_) => return Err(invalid("invalid_scalar", WRONG_TYPE, &[])),
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

/// Reads a required lookup object (`{"id": ..}` or `{"fqdn": ..}`) from the body: absent
/// or null is `missing_required_argument`; otherwise as [`optional_body_lookup`].
pub(crate) fn body_lookup<'k>(
    endpoint: &str,
    body: &Value,
    argument: &str,
    keys: &[&'k str],
    description: &str,
) -> Result<(&'k str, String), ApiFailure> {
    optional_body_lookup(endpoint, body, argument, keys, description)?
        .ok_or_else(|| ApiFailure::missing_required_argument(argument, description))
}

/// Reads a lookup object from the body that may be left out: absent or null is `None`
/// (the framework skips an optional argument it was not given); an object must hold
/// exactly one of `keys`, a non-empty string, even so.
pub(crate) fn optional_body_lookup<'k>(
    endpoint: &str,
    body: &Value,
    argument: &str,
    keys: &[&'k str],
    description: &str,
) -> Result<Option<(&'k str, String)>, ApiFailure> {
    let invalid = |issue: &str, issue_description: &str| {
        ApiFailure::invalid_argument(endpoint, argument, Some(description), issue, issue_description, &[])
    };
    match body.get(argument) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Object(group)) => given_keys(group, keys, &invalid).map(Some),
        Some(_) => Err(invalid("invalid_scalar", WRONG_TYPE)),
    }
}

/// Reads a lookup given as a query group (`virtual_machine[id]`, `virtual_machine[fqdn]`):
/// exactly one of `keys`; an empty value counts as not given.
pub(crate) fn query_lookup<'k>(
    endpoint: &str,
    params: &Params,
    argument: &str,
    keys: &[&'k str],
    description: Option<&str>,
) -> Result<(&'k str, String), ApiFailure> {
    let invalid = |issue: &str, issue_description: &str| {
        ApiFailure::invalid_argument(endpoint, argument, description, issue, issue_description, &[])
    };
    match params.get(argument) {
        None | Some(Value::Null) => given_keys(&serde_json::Map::new(), keys, &invalid),
        Some(Value::Object(group)) => given_keys(group, keys, &invalid),
        Some(_) => Err(invalid("invalid_scalar", WRONG_TYPE)),
    }
}

/// Exactly one of `keys` given in a lookup's group, or the framework's
/// `missing_lookup_value` or `ambiguous_lookup_values`, worded as it words them. Unknown
/// keys are ignored, as the framework reads only the arguments it defines.
fn given_keys<'k>(
    group: &serde_json::Map<String, Value>,
    keys: &[&'k str],
    invalid: &dyn Fn(&str, &str) -> ApiFailure,
) -> Result<(&'k str, String), ApiFailure> {
    let mut found = Vec::new();
    for &key in keys {
        match group.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.is_empty() => {}
            Some(Value::String(s)) => found.push((key, s.clone())),
            Some(_) => return Err(invalid("invalid_scalar", WRONG_TYPE)),
        }
    }
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

/// Array-of-object query arguments whose items need some fields, by argument. The only
/// such argument in the vendor's document is `annotations[]` (on every list it filters),
/// the framework's `KeyValue` argument set, which the vendor's document gives
/// `required: [key]`: an item without a key is refused, one without a value is not.
const REQUIRED_ITEM_FIELDS: &[(&str, &[&str])] = &[("annotations", &["key"])];

/// One item of an array of argument sets: the fields it was given, by name.
pub(crate) type Item = BTreeMap<String, String>;

/// Reads an array-of-object query argument (`x[][field]=…`, as Rack groups it into items)
/// the way the framework reads an array of argument sets: absent is no items; anything but
/// an array, or an item that is not a hash, is `invalid_scalar`; each of `fields` an item
/// has must be a string, and a required one missing (or nil) is `missing_required_argument`
/// at `x.field`. Fields not in `fields` are ignored.
pub(crate) fn argument_set_items(
    endpoint: &str,
    params: &Params,
    argument: &str,
    fields: &[&str],
    description: Option<&str>,
) -> Result<Vec<Item>, ApiFailure> {
    let invalid = || ApiFailure::invalid_argument(endpoint, argument, description, "invalid_scalar", WRONG_TYPE, &[]);
    let items = match params.get(argument) {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(invalid()),
    };
    let required = REQUIRED_ITEM_FIELDS
        .iter()
        .find(|(name, _)| *name == argument)
        .map_or(&[][..], |(_, required)| *required);
    let mut read = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        let Value::Object(item) = item else {
            return Err(invalid().at_index(index));
        };
        let mut given = Item::new();
        for &field in fields {
            match item.get(field) {
                None | Some(Value::Null) if required.contains(&field) => {
                    // The vendor's document describes none of these fields, and the
                    // framework's detail carries the argument's own description.
                    return Err(ApiFailure::missing_required_argument_at(&[argument, field], None));
                }
                None | Some(Value::Null) => {}
                Some(Value::String(text)) => {
                    given.insert(field.to_owned(), text.clone());
                }
                Some(_) => {
                    return Err(ApiFailure::invalid_argument_at(
                        endpoint,
                        &[argument, field],
                        None,
                        "invalid_scalar",
                        WRONG_TYPE,
                        &[],
                    ));
                }
            }
        }
        read.push(given);
    }
    Ok(read)
}

/// The `annotations[]` filter of a list: its items in order, each a key and maybe a value.
pub(crate) fn annotations(
    endpoint: &str,
    params: &Params,
    description: Option<&str>,
) -> Result<Vec<Annotation>, ApiFailure> {
    let items = argument_set_items(endpoint, params, "annotations", &["key", "value"], description)?;
    Ok(items
        .into_iter()
        .map(|mut item| Annotation {
            // Required, so present: `argument_set_items` refuses an item without one.
            key: item.remove("key").unwrap_or_default(),
            value: item.remove("value"),
        })
        .collect())
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
    pub(crate) fn read(endpoint: &str, params: &Params) -> Result<Self, ApiFailure> {
        let raw = |name: &str| scalar(endpoint, name, params.get(name), None);
        let page = integer_argument(endpoint, "page", raw("page")?, 1, (1, None))?;
        let per_page = integer_argument(
            endpoint,
            "per_page",
            raw("per_page")?,
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
