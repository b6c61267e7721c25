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
    /// The resource: its answer property (`tag`, `object_storage_access_key`).
    pub kind: String,
    /// The lookup argument that names one (`tag`, `access_key`).
    pub argument: String,
    /// Its component schema (`Tag`), which is also how the trash names its type.
    pub component: String,
    /// `create`, `list`, `get`, `update`, `delete`, `action`; for the trash `trash_get`,
    /// `trash_list`, `restore`, `purge`, `purge_all`; for a read-only family `catalog_get`
    /// (with `items` when the read answers an array of the one object, as
    /// `get_certificate` does) and `catalog_list`.
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
    /// Lookups beside the parent and the object itself that must name objects that exist
    /// (a virtual network's `data_center`), each with the error its absence is.
    pub references: Vec<(String, String)>,
    /// The documented error for an object of the kind that does not exist.
    pub missing: String,
}

impl Role {
    /// As the simulator's contracts hold it.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "kind": self.kind,
            "argument": self.argument,
            "component": self.component,
            "role": self.role,
            "parent": self.parent,
            "items": self.items,
            "keys": self.keys,
            "settable": self.settable,
            "to_trash": self.to_trash,
            "references": self.references,
            "missing": self.missing,
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
            // The list names the parent: the one lookup it shares with the create. The list
            // on the create's path first; one elsewhere (an object storage cluster's keys
            // are listed by their organisation); or none, in an organisation.
            let lists = |same_path: bool| {
                facts.iter().find(move |f| {
                    f.operation.method == "get"
                        && (f.operation.path == create.operation.path) == same_path
                        && f.only_lookup().is_some_and(|p| create.body_lookups.contains_key(p))
                        && f.documents(&format!("{}_not_found", f.only_lookup().unwrap_or_default()))
                        && f.answer.values().any(|(c, array)| *array && c == component)
                })
            };
            let list = lists(true).or_else(|| lists(false));
            let parent = match list {
                Some(list) => list.only_lookup().unwrap_or_default(),
                None if create.body_lookups.contains_key("organization") => "organization",
                None => continue,
            };
            if !create.documents(&format!("{parent}_not_found")) {
                continue;
            }
            let Some(create_references) = references(create, &[parent]) else {
                continue;
            };
            let items = list.and_then(|list| {
                list.answer
                    .iter()
                    .find(|(_, (c, array))| *array && c == component)
                    .map(|(name, _)| name.clone())
            });
            // Its own operations: on a path ending in the argument that looks it up (its
            // name, or the end of it: `access_key` for `object_storage_access_key`), with
            // any other lookups they take references.
            let names = |argument: &str| argument == kind || kind.ends_with(&format!("_{argument}"));
            let own: Vec<(&Facts, Vec<(String, String)>)> = facts
                .iter()
                .filter(|f| names(f.last_segment()) && f.lookups().any(|l| l == f.last_segment()))
                .filter(|f| not_found_code(f, f.last_segment()).is_some())
                .filter(|f| match f.operation.method {
                    "get" | "patch" => f.answer.get(kind).is_some_and(|(c, array)| c == component && !array),
                    "delete" => true,
                    _ => false,
                })
                .filter_map(|f| Some((f, references(f, &[f.last_segment()])?)))
                .collect();
            // What nothing reads back (a list, or its own read) is not a resource.
            if list.is_none() && own.is_empty() {
                continue;
            }
            let argument = own.first().map_or(kind.as_str(), |(f, _)| f.last_segment()).to_owned();
            let keys = own
                .iter()
                .find_map(|(f, _)| f.query_lookups.get(&argument).or_else(|| f.body_lookups.get(&argument)))
                .cloned()
                .unwrap_or_else(|| vec!["id".to_owned()]);
            let missing = own
                .iter()
                .find_map(|(f, _)| not_found_code(f, &argument))
                .unwrap_or_else(|| format!("{kind}_not_found"));
            let kind_schema = openapi::target(document, &format!("#/components/schemas/{component}"));
            let role = |role: &'static str, operation: &Facts, references: &[(String, String)]| Role {
                kind: kind.clone(),
                argument: argument.clone(),
                component: component.clone(),
                role,
                parent: matches!(role, "create" | "list").then(|| parent.to_owned()),
                items: if role == "list" { items.clone() } else { None },
                keys: keys.clone(),
                settable: match (role, kind_schema) {
                    ("create" | "update", Some(schema)) => settable(document, operation.operation.value, schema),
                    _ => Vec::new(),
                },
                to_trash: role == "delete" && operation.answer.contains_key(TRASH_PROPERTY),
                references: references.to_vec(),
                missing: missing.clone(),
            };
            roles.insert(create.id.to_owned(), role("create", create, &create_references));
            if let Some(list) = list {
                roles.insert(list.id.to_owned(), role("list", list, &[]));
            }
            for (operation, references) in &own {
                let name = match operation.operation.method {
                    "get" => "get",
                    "patch" => "update",
                    _ => "delete",
                };
                roles.insert(operation.id.to_owned(), role(name, operation, references));
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
    catalog_roles(document, &facts, &work, &mut roles);
    action_roles(&facts, &mut roles);
    roles
}

/// The documented not-found error for the object a lookup `argument` names, among
/// `operation`'s errors: `<argument>_not_found`, or one whose stem and the argument end
/// alike (`disk_io_profile_not_found` for `io_profile`, `package_not_found` for
/// `virtual_machine_package`).
fn not_found_code(operation: &Facts, argument: &str) -> Option<String> {
    operation
        .errors
        .iter()
        .filter(|code| {
            code.strip_suffix("_not_found").is_some_and(|stem| {
                stem == argument || stem.ends_with(&format!("_{argument}")) || argument.ends_with(&format!("_{stem}"))
            })
        })
        .min_by_key(|code| (code.as_str() != format!("{argument}_not_found"), code.len()))
        .cloned()
}

/// The lookups of `operation` other than `except`, each with its documented not-found
/// error; `None` when one of them has none (the simulator would have no error to give).
fn references(operation: &Facts, except: &[&str]) -> Option<Vec<(String, String)>> {
    operation
        .lookups()
        .filter(|l| !except.contains(&l.as_str()))
        .map(|l| Some((l.clone(), not_found_code(operation, l)?)))
        .collect()
}

/// The read-only families (catalogs): a component that no create makes, read by a `GET`
/// on a path ending in its name that looks it up alone (`get_country`), and listed by
/// every `GET` answering an array of it (`list_countries`, also under a parent:
/// `list_country_states`). A component with no read of its own is a catalog when it is
/// only listed (`list_disk_io_profiles`), under its name in snake case.
fn catalog_roles(document: &Value, facts: &[Facts], work: &[String], roles: &mut BTreeMap<String, Role>) {
    // What the API makes (a `POST` answers it) is not read-only, kept here or not.
    let mut kept: Vec<String> = roles.values().map(|r| r.component.clone()).collect();
    for create in facts.iter().filter(|f| f.operation.method == "post") {
        kept.extend(
            create
                .answer
                .values()
                .filter(|(_, array)| !array)
                .map(|(c, _)| c.clone()),
        );
    }
    let mut catalogs: BTreeMap<String, (String, Vec<String>, String)> = BTreeMap::new();
    for get in facts.iter().filter(|f| f.operation.method == "get") {
        if roles.contains_key(get.id) {
            continue;
        }
        let kind = get.last_segment();
        let Some((component, false)) = get.answer.get(kind) else {
            continue;
        };
        let own = kind == TRASH_PROPERTY || work.iter().any(|w| w == kind);
        if get.only_lookup() != Some(kind) || kept.contains(component) || own {
            continue;
        }
        let (Some(keys), Some(missing)) = (get.query_lookups.get(kind), not_found_code(get, kind)) else {
            continue;
        };
        catalogs.insert(component.clone(), (kind.to_owned(), keys.clone(), missing));
        roles.insert(
            get.id.to_owned(),
            catalog_role("catalog_get", kind, component, keys, &missing_of(&catalogs, component)),
        );
    }
    for list in facts.iter().filter(|f| f.operation.method == "get") {
        if roles.contains_key(list.id) {
            continue;
        }
        let arrays: Vec<(&String, &String)> = list
            .answer
            .iter()
            .filter(|(_, (component, array))| *array && !kept.contains(component) && is_object(document, component))
            .map(|(items, (component, _))| (items, component))
            .collect();
        let [(items, component)] = arrays.as_slice() else {
            continue;
        };
        let Some(references) = references(list, &[]) else {
            continue;
        };
        let (kind, keys, missing) = catalogs.get(*component).cloned().unwrap_or_else(|| {
            let kind = snake_case(component);
            (kind.clone(), vec!["id".to_owned()], format!("{kind}_not_found"))
        });
        // A read that looks up its own kind and answers it in an array is a read of one.
        let own = list.lookups().any(|l| *l == kind);
        let mut role = catalog_role(
            if own { "catalog_get" } else { "catalog_list" },
            &kind,
            component,
            &keys,
            &missing,
        );
        role.items = Some((*items).clone());
        if !own {
            role.references = references;
        }
        roles.insert(list.id.to_owned(), role);
    }
}

fn missing_of(catalogs: &BTreeMap<String, (String, Vec<String>, String)>, component: &str) -> String {
    catalogs.get(component).map(|(_, _, m)| m.clone()).unwrap_or_default()
}

fn catalog_role(role: &'static str, kind: &str, component: &str, keys: &[String], missing: &str) -> Role {
    Role {
        kind: kind.to_owned(),
        argument: kind.to_owned(),
        component: component.to_owned(),
        role,
        parent: None,
        items: None,
        keys: keys.to_vec(),
        settable: Vec::new(),
        to_trash: false,
        references: Vec::new(),
        missing: missing.to_owned(),
    }
}

/// Whether the component is an object with an `id` (what a catalog can hold and find).
fn is_object(document: &Value, component: &str) -> bool {
    openapi::target(document, &format!("#/components/schemas/{component}"))
        .and_then(|schema| schema.pointer("/properties/id"))
        .is_some()
}

fn snake_case(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Actions: an operation on a path `…/<kind>/<verb>` (or a `PATCH` of `…/<kind>`) that
/// looks up an object of a kind kept here, or a virtual machine, and documents its absence
/// (`resize_disk`, `change_package`, `update_virtual_machine`). Its other lookups are references that must exist. What it changes
/// is the spec's `x-changes` (the contract carries it).
fn action_roles(facts: &[Facts], roles: &mut BTreeMap<String, Role>) {
    // By the argument that looks one up: its kind, component and keys.
    let mut kinds: BTreeMap<String, (String, String, Vec<String>)> = roles
        .values()
        .filter(|r| matches!(r.role, "get" | "update" | "delete"))
        .map(|r| {
            (
                r.argument.clone(),
                (r.kind.clone(), r.component.clone(), r.keys.clone()),
            )
        })
        .collect();
    kinds.insert(
        "virtual_machine".to_owned(),
        (
            "virtual_machine".to_owned(),
            "VirtualMachine".to_owned(),
            vec!["id".to_owned(), "fqdn".to_owned()],
        ),
    );
    for action in facts.iter().filter(|f| f.operation.method != "get") {
        if roles.contains_key(action.id) {
            continue;
        }
        // `…/<kind>/<verb>`, or an update of a kind kept elsewhere (`PATCH …/<kind>`).
        let mut segments = action.operation.path.rsplit('/');
        let (Some(last), Some(before)) = (segments.next(), segments.next()) else {
            continue;
        };
        let argument = if action.operation.method == "patch" && kinds.contains_key(last) {
            last
        } else {
            before
        };
        let Some((kind, component, keys)) = kinds.get(argument) else {
            continue;
        };
        if !action.lookups().any(|l| l == argument) {
            continue;
        }
        let (Some(missing), Some(references)) = (not_found_code(action, argument), references(action, &[argument]))
        else {
            continue;
        };
        let mut role = catalog_role("action", kind, component, keys, &missing);
        role.argument = argument.to_owned();
        role.references = references;
        roles.insert(action.id.to_owned(), role);
    }
}

/// The trash's operations (see the module docs).
fn trash_roles(facts: &[Facts], component: &str, roles: &mut BTreeMap<String, Role>) {
    let role = |role: &'static str, parent: Option<&str>, items: Option<&str>, keys: &[String]| Role {
        kind: TRASH_PROPERTY.to_owned(),
        argument: TRASH_PROPERTY.to_owned(),
        component: component.to_owned(),
        role,
        parent: parent.map(str::to_owned),
        items: items.map(str::to_owned),
        keys: keys.to_vec(),
        settable: Vec::new(),
        to_trash: false,
        references: Vec::new(),
        missing: format!("{TRASH_PROPERTY}_not_found"),
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
