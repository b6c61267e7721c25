//! State for every family that follows the API's create-read-update-delete pattern, from
//! the spec rather than from code per family: build-tools' `resources.rs` gives each such
//! operation its role (create in a parent, list by the parent, get, update and delete by the
//! resource's own lookup; and the trash's read, list, restore and purges), and this module
//! keeps the objects those roles make and change.
//!
//! - A create makes a new object from the operation's example answer: a new ID, its
//!   `created_at` now, and the body's `properties` the spec lets it copy (`settable`).
//!   A lookup key other than the ID (a zone's `name`) that another object already holds is
//!   the operation's documented `validation_error`.
//! - Get, update and delete find the object by any of its lookup keys; a list gives its
//!   parent's objects, in creation order, paged as the service pages. An object that does
//!   not exist is the operation's documented `<kind>_not_found`, answered with the spec's
//!   example for it; a parent that does not exist, the parent's.
//! - A delete whose answer holds a trash object moves the object to the trash (lookups then
//!   find it in the trash: `object_in_trash` where the operation documents it, not found
//!   otherwise); restoring brings it back; purging removes it for good. Any other delete
//!   removes it at once.
//!
//! Objects nest parents the spec also models here (a zone's records), or the hand-modelled
//! world's organisations and virtual machines. The store starts with the objects of kept
//! kinds the seeded world refers to (its load balancer). The trash is shared with the
//! world: a virtual machine deleted there is listed, restored and purged here, and what it
//! was the parent of goes with it.

use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::errors::ApiFailure;
use crate::from_spec::Contract;
use crate::handler::live_virtual_machine;
use crate::work::{id_prefix, unix_now};
use crate::world::TrashEntry;
use crate::{Shared, World, management};

/// One operation's part in a resource (build-tools' `resources::Role`).
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct Role {
    kind: String,
    component: String,
    role: String,
    parent: Option<String>,
    items: Option<String>,
    keys: Vec<String>,
    settable: Vec<String>,
    to_trash: bool,
}

/// The objects created so far, oldest first.
#[derive(Debug, Default)]
pub(crate) struct Store {
    records: Vec<Record>,
}

#[derive(Clone, Debug)]
struct Record {
    kind: String,
    /// Its component schema (`Disk`): the trash's `object_type`.
    component: String,
    /// The object as the API shows it.
    object: Value,
    /// The annotations given to it, for answers that show them beside it.
    annotations: Value,
    /// The parent's lookup argument (`organization`) and ID.
    parent: (String, String),
    trash: Option<TrashEntry>,
}

impl Record {
    fn id(&self) -> &str {
        self.object.get("id").and_then(Value::as_str).unwrap_or_default()
    }

    /// Whether the lookup `(key, value)` names it.
    fn is(&self, kind: &str, (key, value): (&str, &str)) -> bool {
        self.kind == kind && self.object.get(key).and_then(Value::as_str) == Some(value)
    }

    /// Its entry in the trash as the trash's operations show it, if it is in the trash.
    fn trash_json(&self) -> Option<Value> {
        self.trash.as_ref().map(|trash| trash.json(self.id(), &self.component))
    }

    /// Whether `parent` (a lookup argument and an ID) is its parent.
    fn is_child_of(&self, (argument, id): (&str, &str)) -> bool {
        self.parent.0 == argument && self.parent.1 == id
    }
}

impl Store {
    /// The store at the start: the objects of kept kinds that the seeded world refers to
    /// (the load balancer holding an address), made from their read's example.
    pub(crate) fn seeded(world: &World) -> Self {
        let mut store = Self::default();
        let Ok(contracts) = crate::from_spec::contracts() else {
            return store;
        };
        let read = contracts.iter().find_map(|c| {
            c.resource
                .as_ref()
                .filter(|r| r.kind == "load_balancer" && r.role == "get")
                .map(|r| (c, r))
        });
        let Some((contract, role)) = read else {
            return store;
        };
        for ip in world.ip_addresses.iter().filter(|ip| !ip.released) {
            let Some((id, name)) = &ip.load_balancer else { continue };
            if store.records.iter().any(|r| r.id() == id) {
                continue;
            }
            let mut object = contract.example_object(&role.kind);
            object["id"] = json!(id);
            object["name"] = json!(name);
            store.records.push(Record {
                kind: role.kind.clone(),
                component: role.component.clone(),
                object,
                annotations: json!([]),
                parent: (
                    "organization".to_owned(),
                    world.organizations[ip.organization].id.clone(),
                ),
                trash: None,
            });
        }
        store
    }

    /// Removes the record at `index` and, with it, every object it is the parent of (and
    /// theirs); also those of a world's machine being purged (`("virtual_machine", id)`).
    fn remove(&mut self, index: usize) -> Record {
        let record = self.records.remove(index);
        self.remove_children((&record.kind, record.id()));
        record
    }

    fn remove_children(&mut self, parent: (&str, &str)) {
        while let Some(child) = self.records.iter().position(|r| r.is_child_of(parent)) {
            self.remove(child);
        }
    }

    /// Every live object of `kind`, for a test to look at.
    pub(crate) fn objects(&self, kind: &str) -> Vec<Value> {
        self.records
            .iter()
            .filter(|r| r.kind == kind && r.trash.is_none())
            .map(|r| r.object.clone())
            .collect()
    }
}

/// The answer to an operation with a role: `example` (the spec's answer, the request
/// already checked against the contract) made to say what the store now holds.
pub(crate) fn answer(
    shared: &Shared,
    contract: &'static Contract,
    role: &'static Role,
    query: &str,
    body: &[u8],
    example: Value,
) -> Result<Value, ApiFailure> {
    let arguments = contract.arguments(query, body)?;
    let lookup = |argument: &str| arguments.lookup(argument);
    let parent = match &role.parent {
        Some(argument) => Some(parent_id(shared, contract, argument, lookup(argument))?),
        None => None,
    };
    let mut store = shared.resources();
    let mut answer = example;
    match role.role.as_str() {
        "create" => {
            let mut object = answer
                .get(&role.kind)
                .filter(|o| o.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            object["id"] = Value::String(shared.next_id(&id_prefix(&object, &role.kind)));
            if object.get("created_at").is_some_and(Value::is_i64) {
                object["created_at"] = json!(unix_now());
            }
            set(&mut object, role, arguments.body());
            given_keys_unique(&store, role, &mut object, arguments.body());
            unique(&store, contract, role, &object, None)?;
            let record = Record {
                kind: role.kind.clone(),
                component: role.component.clone(),
                object,
                annotations: arguments
                    .body()
                    .get("annotations")
                    .cloned()
                    .unwrap_or_else(|| json!([])),
                parent: parent.unwrap_or_default(),
                trash: None,
            };
            show(&mut answer, role, &record);
            store.records.push(record);
        }
        "list" => {
            let parent = parent.unwrap_or_default();
            let items: Vec<Value> = store
                .records
                .iter()
                .filter(|r| r.kind == role.kind && r.parent == parent && r.trash.is_none())
                .map(|r| r.object.clone())
                .collect();
            page(&mut answer, contract, &arguments, role.items.as_deref(), items)?;
        }
        "get" | "update" | "delete" => {
            let index = find(&store, contract, &role.kind, lookup(&role.kind))?;
            match role.role.as_str() {
                "update" => {
                    let mut object = store.records[index].object.clone();
                    set(&mut object, role, arguments.body());
                    unique(&store, contract, role, &object, Some(index))?;
                    let record = &mut store.records[index];
                    record.object = object;
                    if let Some(annotations) = arguments.body().get("annotations") {
                        record.annotations = annotations.clone();
                    }
                }
                "delete" if role.to_trash => {
                    let record = &mut store.records[index];
                    record.trash = Some(TrashEntry::now(shared.next_id("trsh")));
                    if answer.get("trash_object").is_some() {
                        answer["trash_object"] = record.trash_json().unwrap_or_default();
                    }
                }
                "delete" => {
                    // Objects whose parent it was go with it.
                    let record = store.remove(index);
                    show(&mut answer, role, &record);
                    return Ok(answer);
                }
                _ => {}
            }
            show(&mut answer, role, &store.records[index]);
        }
        "trash_get" | "restore" | "purge" => {
            let (key, value) = lookup(&role.kind).ok_or_else(|| not_found(contract, &role.kind))?;
            if let Some(index) = in_trash(&store, (key, &value)) {
                if answer.get("trash_object").is_some() {
                    answer["trash_object"] = store.records[index].trash_json().unwrap_or_default();
                }
                match role.role.as_str() {
                    "restore" => store.records[index].trash = None,
                    "purge" => drop(store.remove(index)),
                    _ => {}
                }
            } else {
                // The world's virtual machines go to the same trash.
                let mut world = shared.world();
                let vm = machine_in_trash(&world, (key, &value)).ok_or_else(|| not_found(contract, &role.kind))?;
                if answer.get("trash_object").is_some() {
                    answer["trash_object"] = world.machine_trash_json(vm);
                }
                match role.role.as_str() {
                    "restore" => world.virtual_machines[vm].trash = None,
                    "purge" => {
                        world.purge_machine(vm);
                        store.remove_children(("virtual_machine", &world.virtual_machines[vm].id));
                    }
                    _ => {}
                }
            }
        }
        "trash_list" => {
            let parent = parent.unwrap_or_default();
            let world = shared.world();
            let machines = world.trashed_machines(&parent.1).map(|vm| world.machine_trash_json(vm));
            let objects = store
                .records
                .iter()
                .filter(|r| r.parent == parent)
                .filter_map(Record::trash_json);
            let items: Vec<Value> = machines.chain(objects).collect();
            page(&mut answer, contract, &arguments, role.items.as_deref(), items)?;
        }
        "purge_all" => {
            let parent = parent.unwrap_or_default();
            while let Some(index) = store
                .records
                .iter()
                .position(|r| r.parent == parent && r.trash.is_some())
            {
                store.remove(index);
            }
            let mut world = shared.world();
            let machines: Vec<usize> = world.trashed_machines(&parent.1).collect();
            for vm in machines {
                world.purge_machine(vm);
                store.remove_children(("virtual_machine", &world.virtual_machines[vm].id));
            }
        }
        _ => {}
    }
    Ok(answer)
}

/// Shows `record` in `answer` in place of the example's object (and its annotations,
/// where the answer shows them).
fn show(answer: &mut Value, role: &Role, record: &Record) {
    if answer.get(&role.kind).is_some() {
        answer[&role.kind] = record.object.clone();
    }
    if answer.get("annotations").is_some() {
        answer["annotations"] = record.annotations.clone();
    }
}

/// Copies the settable fields of the body's `properties` onto `object`.
fn set(object: &mut Value, role: &Role, body: &Value) {
    let Some(properties) = body.get("properties").and_then(Value::as_object) else {
        return;
    };
    for name in &role.settable {
        if let Some(value) = properties.get(name).filter(|v| !v.is_null()) {
            object[name] = value.clone();
        }
    }
}

/// A lookup key other than the ID that the body does not give keeps the example's value
/// unless another object holds it; then it takes the new ID's ending, as the service makes
/// up a reference of its own.
fn given_keys_unique(store: &Store, role: &Role, object: &mut Value, body: &Value) {
    let id = object.get("id").and_then(Value::as_str).unwrap_or_default().to_owned();
    for key in role.keys.iter().filter(|k| *k != "id") {
        let given = role.settable.contains(key)
            && body
                .pointer(&format!("/properties/{key}"))
                .is_some_and(|v| !v.is_null());
        let Some(value) = object.get(key).and_then(Value::as_str).map(str::to_owned) else {
            continue;
        };
        if !given && store.records.iter().any(|r| r.is(&role.kind, (key, &value))) {
            let ending = id.rsplit('_').next().unwrap_or_default();
            object[key] = Value::String(format!("{value}-{ending}"));
        }
    }
}

/// A lookup key other than the ID that another object of the kind already holds is the
/// operation's documented validation error (if it documents none, names may repeat).
fn unique(
    store: &Store,
    contract: &'static Contract,
    role: &Role,
    object: &Value,
    this: Option<usize>,
) -> Result<(), ApiFailure> {
    for key in role.keys.iter().filter(|k| *k != "id") {
        let Some(value) = object.get(key).and_then(Value::as_str) else {
            continue;
        };
        let taken = store
            .records
            .iter()
            .enumerate()
            .any(|(i, r)| Some(i) != this && r.is(&role.kind, (key, value)));
        if let Some(failure) = contract.documented("validation_error").filter(|_| taken) {
            return Err(failure);
        }
    }
    Ok(())
}

/// The object of `kind` a lookup names, if it is not in the trash: a live object first
/// (where keys may repeat, one in the trash does not hide it).
fn find(
    store: &Store,
    contract: &'static Contract,
    kind: &str,
    lookup: Option<(&str, String)>,
) -> Result<usize, ApiFailure> {
    let not_found = || not_found(contract, kind);
    let (key, value) = lookup.ok_or_else(not_found)?;
    let named = |r: &Record| r.is(kind, (key, &value));
    let live = store.records.iter().position(|r| named(r) && r.trash.is_none());
    let index = live
        .or_else(|| store.records.iter().position(named))
        .ok_or_else(not_found)?;
    let record = &store.records[index];
    match &record.trash {
        None => Ok(index),
        // Where the operation documents it, the framework says the object is in the trash;
        // otherwise the trash hides it.
        Some(trash) if contract.documented("object_in_trash").is_some() => Err(ApiFailure::object_in_trash(
            &trash.id,
            trash.keep_until,
            record.id(),
            &record.component,
        )),
        Some(_) => Err(not_found()),
    }
}

/// The object in the trash that a trash lookup names (by the trash object's ID, or by the
/// object's, `object_id`).
fn in_trash(store: &Store, (key, value): (&str, &str)) -> Option<usize> {
    store.records.iter().position(|r| {
        r.trash.as_ref().is_some_and(|trash| match key {
            "object_id" => r.id() == value,
            _ => trash.id == value,
        })
    })
}

/// The world's virtual machine in the trash that a trash lookup names.
fn machine_in_trash(world: &World, (key, value): (&str, &str)) -> Option<usize> {
    world.virtual_machines.iter().position(|vm| {
        !vm.purged
            && vm.trash.as_ref().is_some_and(|trash| match key {
                "object_id" => vm.id == value,
                _ => trash.id == value,
            })
    })
}

/// The spec's example of `<kind>_not_found` for this operation (build-tools gives a role
/// only to operations that document it).
fn not_found(contract: &'static Contract, kind: &str) -> ApiFailure {
    contract.documented(&format!("{kind}_not_found")).unwrap_or_else(|| {
        ApiFailure::new(
            StatusCode::NOT_FOUND,
            "not_found",
            format!("No {kind} was found"),
            json!({}),
        )
    })
}

/// The ID of the parent a lookup names: an organisation or a virtual machine of the world,
/// or an object of the store.
fn parent_id(
    shared: &Shared,
    contract: &'static Contract,
    argument: &str,
    lookup: Option<(&str, String)>,
) -> Result<(String, String), ApiFailure> {
    let Some((key, value)) = lookup else {
        return Err(not_found(contract, argument));
    };
    let id = match argument {
        "organization" => {
            let world = shared.world();
            let index = management::organization(&world, &(key, value))?;
            world.organizations[index].id.clone()
        }
        "virtual_machine" => {
            let world = shared.world();
            let index = live_virtual_machine(&world, &(key, value))?;
            world.virtual_machines[index].id.clone()
        }
        kind => {
            let store = shared.resources();
            let index = find(&store, contract, kind, Some((key, value)))?;
            store.records[index].id().to_owned()
        }
    };
    Ok((argument.to_owned(), id))
}

/// Puts `items` in `answer` under `property`, paged as the request asks when the answer is
/// paged (it has `pagination`), whole otherwise.
fn page(
    answer: &mut Value,
    contract: &'static Contract,
    arguments: &crate::from_spec::Arguments,
    property: Option<&str>,
    items: Vec<Value>,
) -> Result<(), ApiFailure> {
    let property = property.unwrap_or_default();
    if answer.get("pagination").is_some() {
        let page = crate::arguments::Page::read(contract.endpoint(), arguments.params())?;
        let (range, pagination) = page.of(items.len());
        answer["pagination"] = pagination;
        answer[property] = Value::Array(items[range].to_vec());
    } else {
        answer[property] = Value::Array(items);
    }
    Ok(())
}
