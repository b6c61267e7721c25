//! Query strings read as the live service reads them.
//!
//! Katapult runs under Rack, and its framework takes every query argument from Rack's
//! `parse_nested_query` (by way of `Rack::Request#params`): the flat pairs become nested
//! hashes and arrays before any argument is looked at. So the simulator reads a query the
//! same way, and a client that sends something Rack reads differently from what the client
//! meant meets the same surprise here as on the service:
//!
//! - `a=1` is a scalar; of repeated plain keys the last wins; `a` with no `=` is nil.
//! - `x[k]=v` is a hash; `x[]=v` an array of scalars.
//! - `x[][k]=v` is an array of hashes, where a new hash starts whenever `k` is already in
//!   the last one: `x[][k]=1&x[][k]=2&x[][v]=a&x[][v]=b` is `[{k: 1}, {k: 2, v: a}, {v: b}]`,
//!   `x[][k]=1&x[][v]=a&x[][k]=2&x[][v]=b` the two pairs meant.
//! - Names and values are percent-decoded (`+` is a space); a `%` not followed by two hex
//!   digits is refused, as are shapes that conflict (`x=1&x[]=2`) and nesting deeper than
//!   Rack allows.
//!
//! The rules are Rack 3's (`Rack::QueryParser`); Rack 2 also splits pairs at `;` and allows
//! nesting 100 deep, and reads the same otherwise for every name the API uses.

use serde_json::{Map, Value};

/// A parsed query: names to strings (`Value::String`), nil (`Value::Null`, a name without
/// `=`), arrays and hashes, as Rack builds them.
pub(crate) type Params = Map<String, Value>;

/// How deep names may nest (Rack 3's default `param_depth_limit`).
const DEPTH_LIMIT: usize = 32;

/// A query Rack refuses to parse.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum QueryError {
    /// Two names give one parameter different shapes (Rack's `ParameterTypeError`).
    #[error("expected {expected} (got {found}) for param `{name}'")]
    ConflictingShapes {
        name: String,
        expected: &'static str,
        found: &'static str,
    },
    /// A `%` not followed by two hex digits (Rack's `InvalidParameterError`).
    #[error("invalid %-encoding ({0})")]
    InvalidEncoding(String),
    /// Names nested deeper than [`DEPTH_LIMIT`] (Rack's `ParamsTooDeepError`).
    #[error("the query nests deeper than {DEPTH_LIMIT} levels")]
    TooDeep,
}

/// Parses `query` (without the `?`) as `Rack::Utils.parse_nested_query` does.
pub(crate) fn parse_nested(query: &str) -> Result<Params, QueryError> {
    let mut params = Params::new();
    // Rack splits at `&` and drops the spaces that follow one.
    let pairs = query
        .split('&')
        .enumerate()
        .map(|(i, pair)| if i == 0 { pair } else { pair.trim_start_matches(' ') });
    for pair in pairs.filter(|pair| !pair.is_empty()) {
        let (name, value) = match pair.split_once('=') {
            Some((name, value)) => (unescape(name)?, Value::String(unescape(value)?)),
            None => (unescape(pair)?, Value::Null),
        };
        normalize(&mut params, &name, value, 0)?;
    }
    Ok(params)
}

/// The value that a parameter the spec names (`page`, `thing[name]`, `tags[]`) has in
/// `params`, found by reading the name itself as Rack reads names; for an array name, the
/// array. `None` when it is absent or something other than a hash lies on its way.
pub(crate) fn value_at<'p>(params: &'p Params, name: &str) -> Option<&'p Value> {
    let mut shape = Params::new();
    normalize(&mut shape, name, Value::Null, 0).ok()?;
    let (mut shape, mut at) = (&shape, params);
    loop {
        let (key, next) = shape.iter().next()?;
        let found = at.get(key)?;
        match next {
            Value::Object(deeper) => (shape, at) = (deeper, found.as_object()?),
            _ => return Some(found),
        }
    }
}

/// `x[][field]` → (`x`, `field`): the name of one field of the items of an array of hashes,
/// as Rack reads it.
pub(crate) fn array_item_field(name: &str) -> Option<(String, String)> {
    let mut shape = Params::new();
    normalize(&mut shape, name, Value::Null, 0).ok()?;
    let (array, items) = shape.into_iter().next()?;
    let Value::Array(items) = items else { return None };
    let [Value::Object(item)] = items.as_slice() else {
        return None;
    };
    match item.iter().next() {
        Some((field, Value::Null)) if item.len() == 1 => Some((array, field.clone())),
        _ => None,
    }
}

/// What one step of [`normalize`] made of its name, for the caller to store (Rack's
/// `_normalize_params` returns the hash, `[v]`, or nil).
enum Normalized {
    /// The value went into the given hash.
    Into,
    /// The name was `[]` below the top: the value, as a one-item array.
    Array(Value),
    /// The name was empty: nothing.
    Nothing,
}

/// Puts `value` into `params` under `name`, splitting the name into its nested parts as
/// Rack's `_normalize_params` does.
fn normalize(params: &mut Params, name: &str, value: Value, depth: usize) -> Result<Normalized, QueryError> {
    if depth >= DEPTH_LIMIT {
        return Err(QueryError::TooDeep);
    }
    let (key, after) = split_name(name, depth);
    if key.is_empty() {
        return Ok(Normalized::Nothing);
    }
    if after.is_empty() {
        if key == "[]" && depth != 0 {
            return Ok(Normalized::Array(Value::Array(vec![value])));
        }
        params.insert(key.to_owned(), value);
    } else if after == "[" {
        params.insert(name.to_owned(), value);
    } else if after == "[]" {
        array_under(params, key)?.push(value);
    } else if let Some(rest) = after.strip_prefix("[]") {
        // `x[][k]`: a field of the last hash, unless that hash has it already.
        let child = match rest.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            Some(child) if !child.is_empty() && !child.contains(['[', ']']) => child,
            _ => rest,
        };
        let items = array_under(params, key)?;
        match items.last_mut() {
            Some(Value::Object(last)) if !has_key(last, child) => {
                normalize(last, child, value, depth + 1)?;
            }
            _ => {
                let mut item = Params::new();
                let made = normalize(&mut item, child, value, depth + 1)?;
                items.push(made.into_value(item));
            }
        }
    } else {
        let slot = slot_for(params, key, || Value::Object(Params::new()));
        let made = match &mut *slot {
            Value::Object(inner) => normalize(inner, after, value, depth + 1)?,
            other => return Err(conflict(key, "Hash", other)),
        };
        if !matches!(made, Normalized::Into) {
            *slot = made.into_value(Params::new());
        }
    }
    Ok(Normalized::Into)
}

impl Normalized {
    /// What Rack stores for this outcome, given the hash the value went into.
    fn into_value(self, filled: Params) -> Value {
        match self {
            Self::Into => Value::Object(filled),
            Self::Array(array) => array,
            Self::Nothing => Value::Null,
        }
    }
}

/// The name's first part and the rest: at the top, what comes before the first `[` (not
/// counting a leading one); below it, `[]`, or what is inside the first `[…]`.
fn split_name(name: &str, depth: usize) -> (&str, &str) {
    if depth == 0 {
        let first = name.chars().next().map_or(0, char::len_utf8);
        return match name.get(first..).and_then(|rest| rest.find('[')) {
            Some(at) => name.split_at(first + at),
            None => (name, ""),
        };
    }
    if let Some(after) = name.strip_prefix("[]") {
        return ("[]", after);
    }
    if let Some(inside) = name.strip_prefix('[')
        && let Some(end) = inside.find(']')
    {
        return (&inside[..end], &inside[end + 1..]);
    }
    (name, "")
}

/// The array under `key`, made if absent (or nil, as Ruby's `||=` does); another shape
/// there conflicts.
fn array_under<'p>(params: &'p mut Params, key: &str) -> Result<&'p mut Vec<Value>, QueryError> {
    match slot_for(params, key, || Value::Array(Vec::new())) {
        Value::Array(items) => Ok(items),
        other => Err(conflict(key, "Array", other)),
    }
}

/// The value under `key`, set to `empty()` first when absent or nil.
fn slot_for<'p>(params: &'p mut Params, key: &str, empty: impl FnOnce() -> Value) -> &'p mut Value {
    let slot = params.entry(key).or_insert(Value::Null);
    if slot.is_null() {
        *slot = empty();
    }
    slot
}

fn conflict(key: &str, expected: &'static str, found: &Value) -> QueryError {
    QueryError::ConflictingShapes {
        name: key.to_owned(),
        expected,
        found: match found {
            Value::Array(_) => "Array",
            Value::Object(_) => "Hash",
            _ => "String",
        },
    }
}

/// Whether the hash already holds the (possibly nested, `a][b`) field `key`: Rack's
/// `params_hash_has_key?`, which starts a new array item when it does.
fn has_key(hash: &Params, key: &str) -> bool {
    if key.contains("[]") {
        return false;
    }
    let mut at: Option<&Value> = None;
    for part in key.split(['[', ']']).filter(|part| !part.is_empty()) {
        let map = match at {
            None => hash,
            Some(Value::Object(map)) => map,
            Some(_) => return false,
        };
        match map.get(part) {
            Some(value) => at = Some(value),
            None => return false,
        }
    }
    true
}

/// Percent-decodes a name or value as `URI.decode_www_form_component` does: `+` is a space,
/// `%XX` a byte, and a `%` without two hex digits after it an error. Bytes that are not
/// UTF-8 become U+FFFD (Ruby keeps them, but no name the simulator knows could match them).
fn unescape(text: &str) -> Result<String, QueryError> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        match byte {
            b'+' => decoded.push(b' '),
            b'%' => {
                let digit = |offset: usize| bytes.get(at + offset).and_then(|b| char::from(*b).to_digit(16));
                let (Some(high), Some(low)) = (digit(1), digit(2)) else {
                    return Err(QueryError::InvalidEncoding(text.to_owned()));
                };
                decoded.push(u8::try_from(high * 16 + low).unwrap_or(u8::MAX));
                at += 2;
            }
            other => decoded.push(other),
        }
        at += 1;
    }
    Ok(String::from_utf8_lossy(&decoded).into_owned())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn parsed(query: &str) -> Value {
        match parse_nested(query) {
            Ok(params) => Value::Object(params),
            Err(error) => panic!("{query}: {error}"),
        }
    }

    fn refused(query: &str) -> QueryError {
        match parse_nested(query) {
            Ok(params) => panic!("{query}: parsed as {params:?}"),
            Err(error) => error,
        }
    }

    #[test]
    fn scalars_hashes_and_arrays() {
        assert_eq!(parsed(""), json!({}));
        assert_eq!(parsed("a=1&b=2"), json!({"a": "1", "b": "2"}));
        assert_eq!(parsed("a=1&a=2"), json!({"a": "2"}), "the last of repeated keys wins");
        assert_eq!(parsed("x[k]=v&x[j]=w"), json!({"x": {"k": "v", "j": "w"}}));
        assert_eq!(parsed("x[k]=v&x[k]=w"), json!({"x": {"k": "w"}}));
        assert_eq!(parsed("x[a][b]=1"), json!({"x": {"a": {"b": "1"}}}));
        assert_eq!(parsed("x[]=1&x[]=2"), json!({"x": ["1", "2"]}));
        assert_eq!(parsed("x[][]=1"), json!({"x": [["1"]]}));
        assert_eq!(
            parsed("&&a=1&& b=2"),
            json!({"a": "1", "b": "2"}),
            "empty pairs and spaces after & go"
        );
    }

    #[test]
    fn array_items_start_anew_when_a_field_repeats() {
        let side_by_side =
            "annotations[][key]=env&annotations[][key]=team&annotations[][value]=production&annotations[][value]=web";
        assert_eq!(
            parsed(side_by_side),
            json!({"annotations": [{"key": "env"}, {"key": "team", "value": "production"}, {"value": "web"}]})
        );
        let interleaved =
            "annotations[][key]=env&annotations[][value]=production&annotations[][key]=team&annotations[][value]=web";
        assert_eq!(
            parsed(interleaved),
            json!({"annotations": [{"key": "env", "value": "production"}, {"key": "team", "value": "web"}]})
        );
        assert_eq!(
            parsed("x[][a][b]=1&x[][a][c]=2&x[][a][b]=3"),
            json!({"x": [{"a": {"b": "1", "c": "2"}}, {"a": {"b": "3"}}]})
        );
        assert_eq!(parsed("x[]=1&x[][k]=v"), json!({"x": ["1", {"k": "v"}]}));
    }

    #[test]
    fn names_and_values_are_percent_decoded() {
        assert_eq!(
            parsed("virtual_machine%5Bfqdn%5D=a.example&q=two+words%2Bplus&r=%E2%9C%93"),
            json!({"virtual_machine": {"fqdn": "a.example"}, "q": "two words+plus", "r": "\u{2713}"})
        );
        assert_eq!(
            parsed("a%5B%5D%5Bk%5D=1&a[][k]=2"),
            json!({"a": [{"k": "1"}, {"k": "2"}]})
        );
        assert_eq!(refused("a=100%"), QueryError::InvalidEncoding("100%".into()));
        assert_eq!(refused("a%zz=1"), QueryError::InvalidEncoding("a%zz".into()));
        assert_eq!(refused("a=%+1"), QueryError::InvalidEncoding("%+1".into()));
    }

    #[test]
    fn empty_values_and_names_without_a_value() {
        assert_eq!(parsed("a=&b"), json!({"a": "", "b": null}));
        assert_eq!(parsed("x[k]=&x[j]"), json!({"x": {"k": "", "j": null}}));
        assert_eq!(parsed("x[]&x[]="), json!({"x": [null, ""]}));
        assert_eq!(parsed("=1&[]=2"), json!({"[]": "2"}), "an empty name is dropped");
        // A nil takes any shape later, as Ruby's `||=` replaces nil.
        assert_eq!(parsed("x&x[]=1"), json!({"x": ["1"]}));
        assert_eq!(parsed("x&x[k]=1"), json!({"x": {"k": "1"}}));
    }

    #[test]
    fn conflicting_shapes_are_refused() {
        let conflict = |name: &str, expected, found| QueryError::ConflictingShapes {
            name: name.into(),
            expected,
            found,
        };
        assert_eq!(refused("x=1&x[]=2"), conflict("x", "Array", "String"));
        assert_eq!(refused("x=1&x[k]=2"), conflict("x", "Hash", "String"));
        assert_eq!(refused("x[]=1&x[k]=2"), conflict("x", "Hash", "Array"));
        assert_eq!(refused("x[k]=1&x[]=2"), conflict("x", "Array", "Hash"));
        assert_eq!(refused("x[k]=1&x[][k]=2"), conflict("x", "Array", "Hash"));
        assert_eq!(refused("x[k]=1&x[k][j]=2"), conflict("k", "Hash", "String"));
        // A scalar after a structure replaces it: only a structure after a scalar conflicts.
        assert_eq!(parsed("x[]=1&x=2"), json!({"x": "2"}));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("x{}=1", "[a]".repeat(DEPTH_LIMIT - 1));
        assert!(parse_nested(&deep).is_ok());
        let deeper = format!("x{}=1", "[a]".repeat(DEPTH_LIMIT));
        assert_eq!(refused(&deeper), QueryError::TooDeep);
        let arrays = format!("x{}=1", "[]".repeat(10 * DEPTH_LIMIT));
        assert_eq!(refused(&arrays), QueryError::TooDeep);
    }

    #[test]
    fn odd_names_read_as_rack_reads_them() {
        assert_eq!(
            parsed("[a]=1"),
            json!({"[a]": "1"}),
            "a leading bracket is part of the name"
        );
        assert_eq!(parsed("a[=1"), json!({"a[": "1"}));
        assert_eq!(parsed("a[b=1"), json!({"a": {"[b": "1"}}));
        assert_eq!(parsed("a[b]c=1"), json!({"a": {"b": {"c": "1"}}}));
        assert_eq!(parsed("\u{e9}[k]=1"), json!({"\u{e9}": {"k": "1"}}));
    }

    #[test]
    fn spec_names_find_their_values() {
        let params = parse_nested("page=2&thing[name]=x&tags[]=a&items[][k]=1&flat=3").unwrap_or_default();
        assert_eq!(value_at(&params, "page"), Some(&json!("2")));
        assert_eq!(value_at(&params, "thing[name]"), Some(&json!("x")));
        assert_eq!(value_at(&params, "tags[]"), Some(&json!(["a"])));
        assert_eq!(value_at(&params, "thing[other]"), None);
        assert_eq!(value_at(&params, "flat[k]"), None, "a scalar where a hash belongs");
        assert_eq!(value_at(&params, "missing"), None);

        assert_eq!(
            array_item_field("annotations[][key]"),
            Some(("annotations".to_owned(), "key".to_owned()))
        );
        assert_eq!(array_item_field("annotations[]"), None);
        assert_eq!(array_item_field("annotations[key]"), None);
        assert_eq!(array_item_field("page"), None);
    }
}
