//! How our spec's operations differ from the vendor's published OpenAPI document, with the
//! differences we make on purpose (listed in `spec/deviations.yaml`) marked as intended.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::Deserialize;

use crate::facts::{Fact, Facts};

/// The file that lists intended deviations, relative to the workspace root.
pub const DEVIATIONS_FILE: &str = "spec/deviations.yaml";

/// A deviation from the vendor's document that we make on purpose.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Deviation {
    /// The drift kind it covers, e.g. `error-envelope`.
    pub kind: String,
    /// Which places: a pattern over `<operationId> <location>`, `*` matching anything.
    #[serde(rename = "where")]
    pub location: String,
    /// Why.
    pub reason: String,
}

/// Reads the deviations list.
pub fn parse_deviations(text: &str) -> Result<Vec<Deviation>, String> {
    serde_yaml_ng::from_str(text).map_err(|e| format!("{DEVIATIONS_FILE}: {e}"))
}

/// One difference.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Drift {
    /// Our `operationId`.
    pub operation: String,
    /// What kind of difference, e.g. `field-only-vendor`.
    pub kind: &'static str,
    /// Where, e.g. `response 200 field ip_address.network.name`.
    pub location: String,
    /// What ours says.
    pub ours: String,
    /// What the vendor's says.
    pub vendor: String,
    /// The reason, when the difference is intended.
    pub intended: Option<String>,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: [{}] ours {}, vendor {}",
            self.operation, self.location, self.kind, self.ours, self.vendor
        )?;
        if let Some(reason) = &self.intended {
            write!(f, " (intended: {reason})")?;
        }
        Ok(())
    }
}

/// Every difference between our operations and the vendor's same `METHOD path`s.
pub fn drift(ours: &Facts, vendor: &Facts, deviations: &[Deviation]) -> Vec<Drift> {
    let mut out = Vec::new();
    for (key, op) in ours {
        let mut add = |kind: &'static str, location: String, ours: String, vendor: String| {
            out.push(Drift {
                operation: op.id.clone(),
                kind,
                location,
                ours,
                vendor,
                intended: None,
            });
        };
        // A path parameter `{x}` where the vendor's path has the literal segment `x` (its
        // generator writes route arguments that way) is the same operation.
        let literal = key.replace(['{', '}'], "");
        let Some(theirs) = vendor.get(key).or_else(|| vendor.get(&literal)) else {
            add("operation-only-ours", key.clone(), "present".into(), "absent".into());
            continue;
        };
        compare_fields(&mut add, "parameter", "parameter", &op.parameters, &theirs.parameters);
        compare_fields(&mut add, "field", "request body field", &op.body, &theirs.body);
        let statuses: BTreeSet<&String> = op.responses.keys().chain(theirs.responses.keys()).collect();
        for status in statuses {
            match (op.responses.get(status), theirs.responses.get(status)) {
                (Some(_), None) => add(
                    "status-only-ours",
                    format!("response {status}"),
                    "listed".into(),
                    "absent".into(),
                ),
                (None, Some(_)) => add(
                    "status-only-vendor",
                    format!("response {status}"),
                    "absent".into(),
                    "listed".into(),
                ),
                (Some(a), Some(b)) => {
                    let what = format!("response {status} field");
                    compare_fields(&mut add, "field", &what, &a.fields, &b.fields);
                    if !status.starts_with('2') {
                        if a.wrapped_error != b.wrapped_error {
                            let shape = |wrapped: bool| {
                                if wrapped {
                                    "{\"error\": {…}}"
                                } else {
                                    "{code, description, detail}"
                                }
                            };
                            add(
                                "error-envelope",
                                format!("response {status}"),
                                shape(a.wrapped_error).into(),
                                shape(b.wrapped_error).into(),
                            );
                        }
                        for code in a.codes.difference(&b.codes) {
                            add(
                                "error-code-only-ours",
                                format!("response {status} code {code}"),
                                "listed".into(),
                                "absent".into(),
                            );
                        }
                        for code in b.codes.difference(&a.codes) {
                            add(
                                "error-code-only-vendor",
                                format!("response {status} code {code}"),
                                "absent".into(),
                                "listed".into(),
                            );
                        }
                    }
                }
                (None, None) => {}
            }
        }
    }
    for item in &mut out {
        let place = format!("{} {}", item.operation, item.location);
        item.intended = deviations
            .iter()
            .find(|d| d.kind == item.kind && glob(&d.location, &place))
            .map(|d| d.reason.clone());
    }
    out.sort();
    out
}

/// Why a field only ours has is intended when the vendor's document gives it to another
/// view of the same object.
pub const ANOTHER_VIEW: &str = "One type per API object: the vendor's document gives this field to another view of the same object (build-tools import::objects).";

/// Marks as intended each field only ours has that is no drift against `by_object`: the
/// drift against the vendor's document read one type per API object
/// ([`crate::import::with_views_merged`]).
pub fn allow_other_views(items: &mut [Drift], by_object: &[Drift]) {
    for item in items
        .iter_mut()
        .filter(|i| i.kind == "field-only-ours" && i.intended.is_none())
    {
        let still = by_object
            .iter()
            .any(|d| d.kind == item.kind && d.operation == item.operation && d.location == item.location);
        if !still {
            item.intended = Some(ANOTHER_VIEW.to_owned());
        }
    }
}

/// Why a field ours requires where the vendor's document does not is intended, when every
/// vendor view of its object has it.
pub const REQUIRED_BY_RULE: &str = "Required where the API always sends it: every vendor view of the object has this field (build-tools import::required; spec/README.md, \"Required where the API always sends it\").";

/// Holds each answer object's `required` to the rule that every vendor view of it decides
/// (`by_object`: the drift against the vendor's document read one type per API object, whose
/// views require what all of them have; see [`crate::import::with_views_merged`]). A
/// difference in `required` from the vendor's own document is intended where the rule
/// agrees with ours; where the rule disagrees with ours, the rule's difference is drift.
pub fn hold_required_to_the_rule(items: &mut Vec<Drift>, by_object: &[Drift]) {
    let same_place = |a: &Drift, b: &Drift| a.kind == b.kind && a.operation == b.operation && a.location == b.location;
    for item in items
        .iter_mut()
        .filter(|i| i.kind == "field-required" && i.intended.is_none())
    {
        if !by_object.iter().any(|d| same_place(d, item)) {
            item.intended = Some(REQUIRED_BY_RULE.to_owned());
        }
    }
    let missed: Vec<Drift> = by_object
        .iter()
        .filter(|d| d.kind == "field-required" && !items.iter().any(|i| same_place(i, d)))
        .cloned()
        .collect();
    items.extend(missed);
    items.sort();
}

/// Why a lookup in our query where the vendor's document has it in the body is intended.
pub const LOOKUP_IN_QUERY: &str = "The lookup travels in the query, as the vendor's own Go client sends it (spec/README.md, \"Lookups travel where the service's own client sends them\").";

/// Marks as intended each lookup group `x[key]` only our query has whose object `x` only
/// the vendor's body has (and the fields of that object): the rule of where lookups travel.
pub fn allow_lookups_in_query(items: &mut [Drift]) {
    let moved: BTreeSet<(String, String)> = items
        .iter()
        .filter(|i| i.kind == "parameter-only-ours")
        .filter_map(|i| {
            let group = i.location.strip_prefix("parameter ")?.split_once('[')?.0;
            let in_body = items.iter().any(|b| {
                b.kind == "field-only-vendor"
                    && b.operation == i.operation
                    && b.location == format!("request body field {group}")
            });
            in_body.then(|| (i.operation.clone(), group.to_owned()))
        })
        .collect();
    for item in items.iter_mut().filter(|i| i.intended.is_none()) {
        let group = match item.kind {
            "parameter-only-ours" => item
                .location
                .strip_prefix("parameter ")
                .and_then(|l| l.split_once('['))
                .map(|(g, _)| g),
            "field-only-vendor" => item
                .location
                .strip_prefix("request body field ")
                .map(|f| f.split('.').next().unwrap_or(f)),
            _ => None,
        };
        if group.is_some_and(|g| moved.contains(&(item.operation.clone(), g.to_owned()))) {
            item.intended = Some(LOOKUP_IN_QUERY.to_owned());
        }
    }
}

fn compare_fields(
    add: &mut impl FnMut(&'static str, String, String, String),
    kind: &'static str,
    what: &str,
    ours: &BTreeMap<String, Fact>,
    vendor: &BTreeMap<String, Fact>,
) {
    let (only_ours, only_vendor, type_kind, null_kind, required_kind, enum_kind) = match kind {
        "parameter" => (
            "parameter-only-ours",
            "parameter-only-vendor",
            "parameter-type",
            "parameter-nullable",
            "parameter-required",
            "parameter-enum",
        ),
        _ => (
            "field-only-ours",
            "field-only-vendor",
            "field-type",
            "field-nullable",
            "field-required",
            "field-enum",
        ),
    };
    let display = |key: &str| key.split_once(':').map_or(key, |(_, n)| n).to_owned();
    for (key, a) in ours {
        let location = format!("{what} {}", display(key));
        let Some(b) = vendor.get(key) else {
            add(only_ours, location, "present".into(), "absent".into());
            continue;
        };
        if !a.types.is_empty() && !b.types.is_empty() && a.types != b.types {
            add(type_kind, location.clone(), join(&a.types), join(&b.types));
        }
        if a.nullable != b.nullable {
            add(null_kind, location.clone(), nullable(a.nullable), nullable(b.nullable));
        }
        if a.required != b.required {
            add(
                required_kind,
                location.clone(),
                required(a.required),
                required(b.required),
            );
        }
        if a.enumeration != b.enumeration {
            let show = |e: &Option<BTreeSet<String>>| e.as_ref().map_or_else(|| "any value".into(), join);
            add(enum_kind, location, show(&a.enumeration), show(&b.enumeration));
        }
    }
    for key in vendor.keys().filter(|k| !ours.contains_key(*k)) {
        add(
            only_vendor,
            format!("{what} {}", display(key)),
            "absent".into(),
            "present".into(),
        );
    }
}

fn join(items: &BTreeSet<String>) -> String {
    items.iter().cloned().collect::<Vec<_>>().join("|")
}

fn nullable(yes: bool) -> String {
    if yes { "nullable".into() } else { "not nullable".into() }
}

fn required(yes: bool) -> String {
    if yes { "required".into() } else { "optional".into() }
}

/// `*` matches any run of characters; everything else matches itself.
fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (index, part) in parts.iter().enumerate() {
        if index == 0 {
            let Some(after) = rest.strip_prefix(part) else {
                return false;
            };
            rest = after;
        } else if index == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            let Some(found) = rest.find(part) else { return false };
            rest = &rest[found + part.len()..];
        }
    }
    true
}

/// The report as plain lines: drift first, then the intended differences.
pub fn render(items: &[Drift]) -> String {
    let drifted: Vec<&Drift> = items.iter().filter(|d| d.intended.is_none()).collect();
    let intended: Vec<&Drift> = items.iter().filter(|d| d.intended.is_some()).collect();
    let mut out = format!("Drift ({}):\n", drifted.len());
    if drifted.is_empty() {
        out.push_str("  none\n");
    }
    for item in drifted {
        out.push_str(&format!("  {item}\n"));
    }
    out.push_str(&format!("\nIntended ({}):\n", intended.len()));
    for item in intended {
        out.push_str(&format!("  {item}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Drift, allow_lookups_in_query, allow_other_views, glob};

    fn item(operation: &str, kind: &'static str, location: &str) -> Drift {
        Drift {
            operation: operation.into(),
            kind,
            location: location.into(),
            ours: String::new(),
            vendor: String::new(),
            intended: None,
        }
    }

    #[test]
    fn a_lookup_moved_from_the_body_to_the_query_is_intended_and_nothing_else() {
        let mut items = vec![
            item("start", "parameter-only-ours", "parameter virtual_machine[id]"),
            item("start", "field-only-vendor", "request body field virtual_machine"),
            item("start", "field-only-vendor", "request body field virtual_machine.id"),
            item("start", "field-only-vendor", "request body field name"),
            item("other", "parameter-only-ours", "parameter disk[id]"),
        ];
        allow_lookups_in_query(&mut items);
        let intended: Vec<bool> = items.iter().map(|i| i.intended.is_some()).collect();
        assert_eq!(intended, [true, true, true, false, false]);
    }

    #[test]
    fn a_field_another_view_of_the_object_has_is_intended() {
        let mut items = vec![
            item("get_disk", "field-only-ours", "response 200 field disk.wwn"),
            item("get_disk", "field-only-ours", "response 200 field disk.invented"),
        ];
        // Against the vendor's views merged, only the invented field is still ours alone.
        let by_object = vec![item("get_disk", "field-only-ours", "response 200 field disk.invented")];
        allow_other_views(&mut items, &by_object);
        assert!(items[0].intended.is_some());
        assert!(items[1].intended.is_none());
    }

    #[test]
    fn globs_match_runs() {
        assert!(glob("*", "anything"));
        assert!(glob(
            "* response * code invalid_argument",
            "list response 400 code invalid_argument"
        ));
        assert!(!glob("* response 500", "list response 503"));
        assert!(glob("list response 500", "list response 500"));
    }
}
