//! What changed for callers between two versions of a spec, by the usual rules of API
//! evolution: anything a caller that worked before may now trip over is breaking;
//! anything only new is additive.

use std::collections::BTreeSet;
use std::fmt;

use crate::facts::{Fact, Facts, OperationFacts};

/// How a change affects callers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Callers that worked may break.
    Breaking,
    /// New capability; nothing that worked stops working.
    Additive,
    /// No effect on the contract (examples).
    Other,
}

/// One change.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// Breaking, additive or other.
    pub impact: Impact,
    /// The operation's `operationId`.
    pub operation: String,
    /// Where, as a JSON pointer into the new spec (the old one for removals).
    pub pointer: String,
    /// What changed, for a reviewer.
    pub message: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` `{}`: {}", self.operation, self.pointer, self.message)
    }
}

/// Which side of the exchange a schema describes: what callers send, or what they get.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

struct Report<'a> {
    operation: &'a str,
    changes: Vec<Change>,
}

impl Report<'_> {
    fn add(&mut self, impact: Impact, pointer: &str, message: String) {
        self.changes.push(Change {
            impact,
            operation: self.operation.to_owned(),
            pointer: pointer.to_owned(),
            message,
        });
    }
}

/// Every change from `old` to `new`, sorted: breaking first, then additive, then other.
pub fn changes(old: &Facts, new: &Facts) -> Vec<Change> {
    let mut out = Vec::new();
    for (key, before) in old {
        if !new.contains_key(key) {
            out.push(Change {
                impact: Impact::Breaking,
                operation: before.id.clone(),
                pointer: before.pointer.clone(),
                message: format!("operation removed ({key})"),
            });
        }
    }
    for (key, after) in new {
        match old.get(key) {
            None => out.push(Change {
                impact: Impact::Additive,
                operation: after.id.clone(),
                pointer: after.pointer.clone(),
                message: format!("operation added ({key})"),
            }),
            Some(before) => out.extend(operation_changes(before, after)),
        }
    }
    out.sort();
    out.dedup();
    out
}

fn operation_changes(old: &OperationFacts, new: &OperationFacts) -> Vec<Change> {
    let mut report = Report {
        operation: &new.id,
        changes: Vec::new(),
    };
    parameter_changes(&mut report, old, new);
    field_changes(&mut report, "request body field", &old.body, &new.body, Side::Request);

    for (status, before) in &old.responses {
        if !new.responses.contains_key(status) {
            report.add(Impact::Breaking, &before.pointer, format!("response {status} removed"));
        }
    }
    for (status, after) in &new.responses {
        let Some(before) = old.responses.get(status) else {
            report.add(Impact::Additive, &after.pointer, format!("response {status} added"));
            continue;
        };
        field_changes(
            &mut report,
            &format!("response {status} field"),
            &before.fields,
            &after.fields,
            Side::Response,
        );
        for code in before.codes.difference(&after.codes) {
            report.add(
                Impact::Breaking,
                &after.pointer,
                format!("error code `{code}` no longer listed for {status}"),
            );
        }
        for code in after.codes.difference(&before.codes) {
            report.add(
                Impact::Additive,
                &after.pointer,
                format!("error code `{code}` now listed for {status}"),
            );
        }
        if before.wrapped_error != after.wrapped_error {
            let now = if after.wrapped_error {
                "wrapped in `error`"
            } else {
                "bare"
            };
            report.add(
                Impact::Breaking,
                &after.pointer,
                format!("response {status}: error body is now {now}"),
            );
        }
        for (name, value) in &after.examples {
            match before.examples.get(name) {
                None => report.add(
                    Impact::Other,
                    &after.pointer,
                    format!("example `{name}` added for {status}"),
                ),
                Some(old) if old != value => {
                    report.add(
                        Impact::Other,
                        &after.pointer,
                        format!("example `{name}` changed for {status}"),
                    );
                }
                Some(_) => {}
            }
        }
        for name in before.examples.keys().filter(|n| !after.examples.contains_key(*n)) {
            report.add(
                Impact::Other,
                &after.pointer,
                format!("example `{name}` removed for {status}"),
            );
        }
    }
    report.changes
}

fn parameter_changes(report: &mut Report<'_>, old: &OperationFacts, new: &OperationFacts) {
    let removed: Vec<&String> = old
        .parameters
        .keys()
        .filter(|k| !new.parameters.contains_key(*k))
        .collect();
    let added: Vec<&String> = new
        .parameters
        .keys()
        .filter(|k| !old.parameters.contains_key(*k))
        .collect();
    let mut renamed_from = BTreeSet::new();
    let mut renamed_to = BTreeSet::new();
    // A parameter that disappears while one of the same kind and place appears: a rename.
    for from in &removed {
        let before = &old.parameters[*from];
        let location = from.split(':').next().unwrap_or_default();
        if let Some(to) = added.iter().find(|to| {
            !renamed_to.contains(**to)
                && to.split(':').next() == Some(location)
                && same_shape(before, &new.parameters[**to])
        }) {
            let after = &new.parameters[*to];
            report.add(
                Impact::Breaking,
                &after.pointer,
                format!("parameter `{}` renamed to `{}`", name(from), name(to)),
            );
            renamed_from.insert((*from).clone());
            renamed_to.insert((*to).clone());
        }
    }
    for from in removed.iter().filter(|f| !renamed_from.contains(**f)) {
        report.add(
            Impact::Breaking,
            &old.parameters[*from].pointer,
            format!("parameter `{}` removed", name(from)),
        );
    }
    for to in added.iter().filter(|t| !renamed_to.contains(**t)) {
        let after = &new.parameters[*to];
        let (impact, kind) = if after.required {
            (Impact::Breaking, "required")
        } else {
            (Impact::Additive, "optional")
        };
        report.add(impact, &after.pointer, format!("{kind} parameter `{}` added", name(to)));
    }
    for (key, before) in &old.parameters {
        if let Some(after) = new.parameters.get(key) {
            if !before.required && after.required {
                report.add(
                    Impact::Breaking,
                    &after.pointer,
                    format!("parameter `{}` is now required", name(key)),
                );
            } else if before.required && !after.required {
                report.add(
                    Impact::Additive,
                    &after.pointer,
                    format!("parameter `{}` is now optional", name(key)),
                );
            }
            fact_changes(
                report,
                &format!("parameter `{}`", name(key)),
                before,
                after,
                Side::Request,
            );
        }
    }
}

fn name(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, n)| n)
}

fn same_shape(a: &Fact, b: &Fact) -> bool {
    a.types == b.types && a.format == b.format && a.nullable == b.nullable && a.enumeration == b.enumeration
}

fn field_changes(
    report: &mut Report<'_>,
    what: &str,
    old: &std::collections::BTreeMap<String, Fact>,
    new: &std::collections::BTreeMap<String, Fact>,
    side: Side,
) {
    for (path, before) in old {
        if !new.contains_key(path) {
            report.add(Impact::Breaking, &before.pointer, format!("{what} `{path}` removed"));
        }
    }
    for (path, after) in new {
        let Some(before) = old.get(path) else {
            let impact = if side == Side::Request && after.required {
                Impact::Breaking
            } else {
                Impact::Additive
            };
            let kind = if after.required { "required" } else { "optional" };
            report.add(impact, &after.pointer, format!("{kind} {what} `{path}` added"));
            continue;
        };
        match (side, before.required, after.required) {
            (Side::Request, false, true) => {
                report.add(
                    Impact::Breaking,
                    &after.pointer,
                    format!("{what} `{path}` is now required"),
                );
            }
            (Side::Request, true, false) => {
                report.add(
                    Impact::Additive,
                    &after.pointer,
                    format!("{what} `{path}` is now optional"),
                );
            }
            (Side::Response, true, false) => {
                report.add(
                    Impact::Breaking,
                    &after.pointer,
                    format!("{what} `{path}` may now be absent"),
                );
            }
            (Side::Response, false, true) => {
                report.add(
                    Impact::Additive,
                    &after.pointer,
                    format!("{what} `{path}` is now always present"),
                );
            }
            _ => {}
        }
        fact_changes(report, &format!("{what} `{path}`"), before, after, side);
    }
}

fn fact_changes(report: &mut Report<'_>, what: &str, before: &Fact, after: &Fact, side: Side) {
    let at = &after.pointer;
    if before.types != after.types {
        report.add(
            Impact::Breaking,
            at,
            format!("{what}: type {} → {}", list(&before.types), list(&after.types)),
        );
    }
    if before.format != after.format {
        let show = |f: &Option<String>| f.clone().unwrap_or_else(|| "none".into());
        report.add(
            Impact::Breaking,
            at,
            format!("{what}: format {} → {}", show(&before.format), show(&after.format)),
        );
    }
    if before.nullable != after.nullable {
        // Callers must now handle null (response), or may now send it (request).
        let impact = match (side, after.nullable) {
            (Side::Response, true) | (Side::Request, false) => Impact::Breaking,
            _ => Impact::Additive,
        };
        let now = if after.nullable { "nullable" } else { "not nullable" };
        report.add(impact, at, format!("{what}: now {now}"));
    }
    match (&before.enumeration, &after.enumeration) {
        (Some(old), Some(new)) => {
            let removed: BTreeSet<&String> = old.difference(new).collect();
            let added: BTreeSet<&String> = new.difference(old).collect();
            if !removed.is_empty() {
                // Narrowed: callers may be sending (request) a value no longer accepted.
                let impact = if side == Side::Request {
                    Impact::Breaking
                } else {
                    Impact::Additive
                };
                report.add(impact, at, format!("{what}: enum values removed: {}", list(&removed)));
            }
            if !added.is_empty() {
                // Widened: callers may now receive (response) a value they cannot decode.
                let impact = if side == Side::Response {
                    Impact::Breaking
                } else {
                    Impact::Additive
                };
                report.add(impact, at, format!("{what}: enum values added: {}", list(&added)));
            }
        }
        (None, Some(new)) => {
            let impact = if side == Side::Request {
                Impact::Breaking
            } else {
                Impact::Additive
            };
            report.add(impact, at, format!("{what}: now limited to {}", list(new)));
        }
        (Some(_), None) => {
            let impact = if side == Side::Response {
                Impact::Breaking
            } else {
                Impact::Additive
            };
            report.add(impact, at, format!("{what}: no longer limited to an enum"));
        }
        (None, None) => {}
    }
}

fn list<T: fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let items: Vec<String> = items.into_iter().map(|i| format!("`{i}`")).collect();
    if items.is_empty() {
        "(any)".into()
    } else {
        items.join(", ")
    }
}

/// The report as Markdown, for pasting into a review.
pub fn render_markdown(title: &str, changes: &[Change]) -> String {
    let mut out = format!("## {title}\n");
    for (impact, heading) in [
        (Impact::Breaking, "Breaking"),
        (Impact::Additive, "Additive"),
        (Impact::Other, "Other"),
    ] {
        let group: Vec<&Change> = changes.iter().filter(|c| c.impact == impact).collect();
        out.push_str(&format!("\n### {heading} ({})\n\n", group.len()));
        if group.is_empty() {
            out.push_str("None.\n");
        }
        for change in group {
            out.push_str(&format!("- {change}\n"));
        }
    }
    out
}
