//! The API's resources that follow its create-read-update-delete pattern, decided from the
//! spec, so that the simulator keeps state for every family that follows it (and any
//! family the spec gains later) with no code written per family.
//!
//! A *resource* is an object created in a parent and then found by its own lookup:
//!
//! - **create**: a `POST` whose body looks up one parent (`organization`) and whose answer
//!   holds the new object under a property `k` (`tag`), on the path of
//! - **list**: a `GET` that looks up that same parent and only it, and answers an array of
//!   the same component (`tags`, or `disk` for `list_disks`: by schema, not by name);
//! - **get**, **update**, **delete**: a `GET`, `PATCH` or `DELETE` on a path whose last
//!   segment is `k`, looking up `k` and nothing else (in the query, or for `PATCH` in the
//!   body). A `GET` or `PATCH` must answer the component under `k` too. A delete whose
//!   answer holds a `trash_object` moves the object to the trash; any other removes it.
//!
//! The trash is one more resource, found through the deletes: the component of their
//! `trash_object`. Its operations are those that look up `trash_object` alone (`GET` reads,
//! `DELETE` purges, `POST` restores), the list of that component under a parent, and a
//! `POST` below that list's path looking up the parent alone (purge everything).
//!
//! Each role carries what the simulator needs: the resource's lookup keys, the body fields
//! a create or update copies onto the object (`settable`: those whose request schema the
//! answer's schema accepts as it stands, so what is copied always conforms), and the parent.
//! An operation that looks like a role but whose answer to a missing object or parent
//! (`<k>_not_found`) the spec does not document is left out, so the simulator never answers
//! with an error the spec does not list.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::openapi::{self, Operation};
use crate::progress;

/// The property that holds an object moved to the trash, in a delete's answer.
const TRASH_PROPERTY: &str = "trash_object";

/// What one operation does to a resource.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Role {
    /// The resource: its answer property and lookup argument (`tag`).
    pub kind: String,
    /// Its component schema (`Tag`), which is also how the trash names its type.
    pub component: String,
    /// `create`, `list`, `get`, `update`, `delete`; for the trash `trash_get`, `trash_list`,
    /// `restore`, `purge`, `purge_all`.
    pub role: &'static str,
    /// The lookup argument of the parent (`organization`), for a create or a list.
    pub parent: Option<String>,
    /// The answer property that holds a list's items (`tags`).
    pub items: Option<String>,
    /// The keys that find the resource (`id`, `permalink`).
    pub keys: Vec<String>,
    /// The body's fields a create or update copies onto the object.
    pub settable: Vec<String>,
    /// Whether a delete moves the object to the trash.
    pub to_trash: bool,
}

impl Role {
    /// As the simulator's contracts hold it.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "kind": self.kind,
            "component": self.component,
            "role": self.role,
            "parent": self.parent,
            "items": self.items,
            "keys": self.keys,
            "settable": self.settable,
            "to_trash": self.to_trash,
        })
    }
}

/// What is known of one operation while roles are decided.
struct Facts<'a> {
    operation: Operation<'a>,
    id: &'a str,
    /// Lookup arguments, with their keys: in the query, and in the body.
    query_lookups: BTreeMap<String, Vec<String>>,
    body_lookups: BTreeMap<String, Vec<String>>,
    /// The success answer's properties: name → (component, whether an array of it).
    answer: BTreeMap<String, (String, bool)>,
    /// The error codes its examples document.
    errors: Vec<String>,
}

impl Facts<'_> {
    fn lookups(&self) -> impl Iterator<Item = &String> {
        self.query_lookups.keys().chain(self.body_lookups.keys())
    }

    fn only_lookup(&self) -> Option<&str> {
        let mut all = self.lookups();
        let first = all.next()?;
        all.next().is_none().then_some(first.as_str())
    }

    fn documents(&self, code: &str) -> bool {
        self.errors.iter().any(|c| c == code)
    }

    fn last_segment(&self) -> &str {
        self.operation.path.rsplit('/').next().unwrap_or_default()
    }
}

/// Every operation's role, by `operationId` (see the module docs). `error_codes` gives the
/// codes each operation's examples document.
pub(crate) fn roles(document: &Value, error_codes: &BTreeMap<String, Vec<String>>) -> BTreeMap<String, Role> {
    let facts: Vec<Facts> = openapi::operations(document)
        .into_iter()
        .filter_map(|operation| {
            let id = operation.value.get("operationId").and_then(Value::as_str)?;
            Some(Facts {
                operation,
                id,
                query_lookups: query_lookups(document, operation.value),
                body_lookups: body_lookups(document, operation.value),
                answer: answer_components(document, operation.value),
                errors: error_codes.get(id).cloned().unwrap_or_default(),
            })
        })
        .collect();
    let work: Vec<String> = progress::progressing(document).into_iter().map(|p| p.key).collect();
    let mut roles = BTreeMap::new();

    // Creates, and the list each is found with.
    for create in facts.iter().filter(|f| f.operation.method == "post") {
        for (kind, (component, is_array)) in &create.answer {
            if *is_array || work.contains(kind) || create.lookups().any(|l| l == kind) {
                continue;
            }
            let Some(parent) = create.only_lookup().filter(|p| create.body_lookups.contains_key(*p)) else {
                continue;
            };
            let parent_not_found = format!("{parent}_not_found");
            if !create.documents(&parent_not_found) {
                continue;
            }
            let list = facts.iter().find(|f| {
                f.operation.method == "get"
                    && f.operation.path == create.operation.path
                    && f.only_lookup() == Some(parent)
                    && f.documents(&parent_not_found)
                    && f.answer.values().any(|(c, array)| *array && c == component)
            });
            let Some(list) = list else { continue };
            let Some(items) = list
                .answer
                .iter()
                .find(|(_, (c, array))| *array && c == component)
                .map(|(name, _)| name.clone())
            else {
                continue;
            };
            // Its own operations: on a path ending in its name, looking it up alone.
            let own: Vec<&Facts> = facts
                .iter()
                .filter(|f| f.last_segment() == kind && f.only_lookup() == Some(kind.as_str()))
                .filter(|f| f.documents(&format!("{kind}_not_found")))
                .filter(|f| match f.operation.method {
                    "get" | "patch" => f.answer.get(kind).is_some_and(|(c, array)| c == component && !array),
                    "delete" => true,
                    _ => false,
                })
                .collect();
            let keys = own
                .iter()
                .find_map(|f| f.query_lookups.get(kind).or_else(|| f.body_lookups.get(kind)))
                .cloned()
                .unwrap_or_else(|| vec!["id".to_owned()]);
            let kind_schema = openapi::target(document, &format!("#/components/schemas/{component}"));
            let role = |role: &'static str, operation: &Facts| Role {
                kind: kind.clone(),
                component: component.clone(),
                role,
                parent: matches!(role, "create" | "list").then(|| parent.to_owned()),
                items: (role == "list").then(|| items.clone()),
                keys: keys.clone(),
                settable: match (role, kind_schema) {
                    ("create" | "update", Some(schema)) => settable(document, operation.operation.value, schema),
                    _ => Vec::new(),
                },
                to_trash: role == "delete" && operation.answer.contains_key(TRASH_PROPERTY),
            };
            roles.insert(create.id.to_owned(), role("create", create));
            roles.insert(list.id.to_owned(), role("list", list));
            for operation in own {
                let name = match operation.operation.method {
                    "get" => "get",
                    "patch" => "update",
                    _ => "delete",
                };
                roles.insert(operation.id.to_owned(), role(name, operation));
            }
        }
    }

    // The trash: the component deletes move objects into.
    let trash_component = roles
        .iter()
        .filter(|(_, role)| role.to_trash)
        .find_map(|(id, _)| facts.iter().find(|f| f.id == id)?.answer.get(TRASH_PROPERTY))
        .map(|(component, _)| component.clone());
    if let Some(component) = trash_component {
        trash_roles(&facts, &component, &mut roles);
    }
    roles
}

/// The trash's operations (see the module docs).
fn trash_roles(facts: &[Facts], component: &str, roles: &mut BTreeMap<String, Role>) {
    let role = |role: &'static str, parent: Option<&str>, items: Option<&str>, keys: &[String]| Role {
        kind: TRASH_PROPERTY.to_owned(),
        component: component.to_owned(),
        role,
        parent: parent.map(str::to_owned),
        items: items.map(str::to_owned),
        keys: keys.to_vec(),
        settable: Vec::new(),
        to_trash: false,
    };
    let not_found = format!("{TRASH_PROPERTY}_not_found");
    let mut keys = vec!["id".to_owned()];
    for f in facts.iter().filter(|f| f.only_lookup() == Some(TRASH_PROPERTY)) {
        if let Some(found) = f.query_lookups.get(TRASH_PROPERTY) {
            keys.clone_from(found);
        }
    }
    for f in facts
        .iter()
        .filter(|f| f.only_lookup() == Some(TRASH_PROPERTY) && f.documents(&not_found))
    {
        let name = match f.operation.method {
            "get" => "trash_get",
            "delete" => "purge",
            "post" => "restore",
            _ => continue,
        };
        roles.insert(f.id.to_owned(), role(name, None, None, &keys));
    }
    let list = facts.iter().find_map(|f| {
        let parent = f.only_lookup().filter(|_| f.operation.method == "get")?;
        if !f.documents(&format!("{parent}_not_found")) {
            return None;
        }
        let (items, _) = f.answer.iter().find(|(_, (c, array))| *array && c == component)?;
        Some((f, parent, items))
    });
    if let Some((list, parent, items)) = list {
        roles.insert(list.id.to_owned(), role("trash_list", Some(parent), Some(items), &keys));
        let below = format!("{}/", list.operation.path);
        for f in facts.iter().filter(|f| {
            f.operation.method == "post"
                && f.operation.path.starts_with(&below)
                && f.only_lookup() == Some(parent)
                && f.documents(&format!("{parent}_not_found"))
        }) {
            roles.insert(f.id.to_owned(), role("purge_all", Some(parent), None, &keys));
        }
    }
}

/// The lookup groups of an operation's query (`x[key]`), with their keys.
fn query_lookups(document: &Value, operation: &Value) -> BTreeMap<String, Vec<String>> {
    let mut lookups: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for parameter in operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let Some(parameter) = openapi::resolve(document, parameter).ok() else {
            continue;
        };
        if parameter.get("in").and_then(Value::as_str) != Some("query") {
            continue;
        }
        let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default();
        if let Some((argument, key)) = openapi::lookup_group_member(name) {
            lookups.entry(argument.to_owned()).or_default().push(key.to_owned());
        }
    }
    lookups
}

/// The lookups of an operation's JSON body, with their keys.
fn body_lookups(document: &Value, operation: &Value) -> BTreeMap<String, Vec<String>> {
    body_properties(document, operation)
        .into_iter()
        .flatten()
        .filter_map(|(name, property)| Some((name.clone(), openapi::lookup_keys(document, property)?)))
        .collect()
}

fn body_properties<'a>(document: &'a Value, operation: &'a Value) -> Option<&'a serde_json::Map<String, Value>> {
    let schema = operation.pointer("/requestBody/content/application~1json/schema")?;
    openapi::resolve(document, schema).ok()?.get("properties")?.as_object()
}

/// The success answer's properties that hold a component, or an array of one.
fn answer_components(document: &Value, operation: &Value) -> BTreeMap<String, (String, bool)> {
    let Some(answer) = progress::success_schema(document, operation) else {
        return BTreeMap::new();
    };
    let properties = answer.get("properties").and_then(Value::as_object);
    properties
        .into_iter()
        .flatten()
        .filter_map(|(name, property)| {
            if let Some(component) = progress::component_name(document, property) {
                return Some((name.clone(), (component, false)));
            }
            let schema = openapi::unwrap(document, property, String::new()).schema;
            let items = schema.get("items")?;
            Some((name.clone(), (progress::component_name(document, items)?, true)))
        })
        .collect()
}

/// The fields of a create's or update's `properties` argument that the object's schema
/// takes as they are: a string, number, integer or boolean (or an array of one) on both
/// sides, and where the object's field lists its values, the argument's values among them.
fn settable(document: &Value, operation: &Value, object: &Value) -> Vec<String> {
    let Some(arguments) = body_properties(document, operation)
        .and_then(|body| body.get("properties"))
        .map(|p| openapi::unwrap(document, p, String::new()).schema)
        .and_then(|p| p.get("properties"))
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    let fields = object.get("properties").and_then(Value::as_object);
    arguments
        .iter()
        .filter(|(name, argument)| {
            let Some(field) = fields.and_then(|f| f.get(*name)) else {
                return false;
            };
            let argument = openapi::unwrap(document, argument, String::new()).schema;
            let field = openapi::unwrap(document, field, String::new()).schema;
            accepts(document, field, argument)
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// Whether every value `argument` admits is one `field` admits (for the simple types only).
fn accepts(document: &Value, field: &Value, argument: &Value) -> bool {
    let kind = |schema: &Value| schema.get("type").and_then(Value::as_str).map(str::to_owned);
    let (Some(field_type), Some(argument_type)) = (kind(field), kind(argument)) else {
        return false;
    };
    if field_type != argument_type {
        return false;
    }
    match field_type.as_str() {
        "array" => {
            let item = |schema: &Value| {
                schema
                    .get("items")
                    .map(|i| openapi::unwrap(document, i, String::new()).schema.clone())
            };
            match (item(field), item(argument)) {
                (Some(f), Some(a)) => accepts(document, &f, &a),
                _ => false,
            }
        }
        "string" | "integer" | "number" | "boolean" => {
            let Some(allowed) = field.get("enum").and_then(Value::as_array) else {
                // A field with a format (a date, an address) is only known to accept the
                // same format.
                return field.get("format") == argument.get("format") || field.get("format").is_none();
            };
            argument
                .get("enum")
                .and_then(Value::as_array)
                .is_some_and(|values| values.iter().all(|v| allowed.contains(v)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests;
