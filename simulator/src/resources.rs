//! The state kept from the spec: build-tools' `resources.rs` gives each operation its role,
//! and this module keeps the objects those roles make, read and change, with no code per
//! family.
//!
//! - A create makes a new object from the operation's example answer: a new ID (where the
//!   object has one), its `created_at` now, the body's `properties` the spec lets it copy
//!   (`settable`), and what the operation's `x-changes` says (`changes.rs`). A lookup key
//!   other than the ID that another object already holds is the documented
//!   `validation_error`.
//! - Get, update, delete and actions find the object by any of its lookup keys (through the
//!   role's `argument`: `access_key` for an object storage access key); a list gives its
//!   parent's objects, in creation order, paged as the service pages. An object that does
//!   not exist is the role's documented not-found (`missing`); a parent or another lookup
//!   that names nothing, the operation's error for it. An action applies its `x-changes`,
//!   and what moves with its work moves as the work runs.
//! - A delete whose answer holds a trash object moves the object to the trash (lookups then
//!   find it in the trash: `object_in_trash` where the operation documents it, not found
//!   otherwise); restoring brings it back; purging removes it for good, with what it was
//!   the parent of, and takes its ID out of what refers to it (`$refers`).
//! - A catalog (`catalog_get`, `catalog_list`) reads the one seeded catalog: by any key, and
//!   under a parent only what refers to it.
//! - A read with `x-reads` answers with kept objects that meet its conditions (a machine's
//!   disks).
//! - The world's machines and network interfaces are found, changed and deleted in the
//!   world (its trash is this one's too).

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::Shared;
use crate::changes;
use crate::errors::ApiFailure;
use crate::from_spec::{Arguments, Contract};
use crate::handler::{live_interface, live_virtual_machine};
use crate::kept::{
    Record, WORLD_INTERFACE, change, find, given_keys_unique, in_trash, machine_in_trash, not_found, page, parent_id,
    resolve, set, show, unique,
};
use crate::modelled::POWER;
use crate::work::{id_prefix, unix_now};
use crate::world::TrashEntry;

/// The answer to an operation answered from kept state (its role, or its `x-reads`):
/// `example` (the spec's answer, the request already checked against the contract) made
/// to say what the store now holds.
pub(crate) fn answer(
    shared: &Shared,
    contract: &'static Contract,
    arguments: &Arguments,
    example: Value,
) -> Result<Value, ApiFailure> {
    // Read before the store's and the world's locks are taken, so none is held inside them.
    let work = shared.work().options;
    let mut store = shared.resources();
    let mut world = shared.world();
    // Every lookup given names an object that exists (the world's, or the store's): the
    // object itself and the objects it refers to, each missing one its documented error.
    let mut named: HashMap<&'static str, Value> = HashMap::new();
    let keeps = contract.resource.is_some() || contract.reads.is_some();
    for (argument, key, value) in arguments.lookups().filter(|_| keeps) {
        let object = match contract.resource.as_ref() {
            Some(role)
                if role.argument == argument
                    && role.kind != WORLD_INTERFACE
                    && !matches!(role.role.as_str(), "action" | "catalog_get") =>
            {
                continue;
            }
            Some(role) if role.parent.as_deref() == Some(argument) => continue,
            _ => resolve(&store, &world, contract, argument, (key, value)),
        };
        named.insert(argument, object?);
    }
    let given = |name: &str| named.get(name).cloned().or_else(|| arguments.value(name));
    let mut answer = example;
    if let Some(reads) = &contract.reads {
        let kind = reads.get("kind").and_then(Value::as_str).unwrap_or_default();
        let conditions = reads.get("where").cloned().unwrap_or(Value::Null);
        let template = reads.get("item").cloned().unwrap_or_else(|| json!("$item"));
        let items: Vec<Value> = store
            .records
            .iter()
            .filter(|r| r.kind == kind && r.trash.is_none())
            .map(Record::shown)
            .filter(|object| changes::matches(object, &conditions, &given))
            .filter_map(|object| {
                changes::evaluate(&template, &|name| match name {
                    "item" => Some(object.clone()),
                    other => given(other),
                })
            })
            .collect();
        let property = answer
            .as_object()
            .and_then(|a| a.iter().find(|(_, v)| v.is_array()).map(|(k, _)| k.clone()));
        page(&mut answer, contract, arguments, property.as_deref(), items)?;
        return Ok(answer);
    }
    let Some(role) = contract.resource.as_ref() else {
        return Ok(answer);
    };
    let lookup = |argument: &str| arguments.lookup(argument);
    let parent = match &role.parent {
        Some(argument) => Some(parent_id(&store, &world, contract, argument, lookup(argument))?),
        None => None,
    };
    match role.role.as_str() {
        "create" => {
            let mut object = answer
                .get(&role.kind)
                .filter(|o| o.is_object())
                .cloned()
                .unwrap_or_else(|| json!({}));
            // An object found by a key of its own (a bucket's name) has no ID to make.
            if object.get("id").is_some() {
                object["id"] = Value::String(shared.next_id(&id_prefix(&object, &role.kind)));
            }
            if object.get("created_at").is_some_and(Value::is_i64) {
                object["created_at"] = json!(unix_now());
            }
            set(&mut object, role, arguments.body());
            given_keys_unique(&store, role, &mut object, arguments.body(), || {
                shared.next_id(&role.kind)
            });
            unique(&store, contract, role, &object, None)?;
            let mut record = Record::new(&role.kind, &role.component, object, parent.unwrap_or_default());
            record.annotations = arguments
                .body()
                .get("annotations")
                .cloned()
                .unwrap_or_else(|| json!([]));
            let parent = record.parent.clone();
            record.moving = change(&store, contract, role, &mut record.object, &given, work, Some(&parent))?.moving;
            show(&mut answer, role, &record);
            store.records.push(record);
        }
        "list" => {
            let parent = parent.unwrap_or_default();
            let items: Vec<Value> = store
                .records
                .iter()
                .filter(|r| r.kind == role.kind && r.parent == parent && r.trash.is_none())
                .map(Record::shown)
                .collect();
            page(&mut answer, contract, arguments, role.items.as_deref(), items)?;
        }
        "catalog_list" => {
            // Under a parent, what refers to it (a country's states), where the items say.
            let under = |object: &Value| {
                role.references.iter().all(|(argument, _)| {
                    let parent = named.get(argument.as_str()).and_then(|p| p.get("id"));
                    match object.get(argument.as_str()).and_then(|o| o.get("id")) {
                        Some(id) => Some(id) == parent,
                        None => true,
                    }
                })
            };
            let items: Vec<Value> = store
                .records
                .iter()
                .filter(|r| r.kind == role.kind)
                .map(Record::shown)
                .filter(|object| under(object))
                .collect();
            page(&mut answer, contract, arguments, role.items.as_deref(), items)?;
        }
        "catalog_get" => {
            if let Some(object) = named.get(role.argument.as_str()) {
                // A read that answers its one object in an array (`get_certificate`).
                answer[&role.kind] = match role.items {
                    Some(_) => json!([object]),
                    None => object.clone(),
                };
            }
        }
        "action" if role.kind == "virtual_machine" => {
            let lookup = lookup(&role.argument).ok_or_else(|| not_found(contract, &role.missing))?;
            let vm = live_virtual_machine(&world, &lookup)?;
            let before = world.virtual_machine_json(vm);
            let mut object = before.clone();
            let applied = change(&store, contract, role, &mut object, &given, work, None)?;
            let machine = &mut world.virtual_machines[vm];
            for (name, value) in object.as_object().into_iter().flatten() {
                if before.get(name) != Some(value) {
                    machine.changed.insert(name.clone(), value.clone());
                }
            }
            if let Some(state) = applied.moving.first().and_then(|m| m.state_change()) {
                machine.power(state, work);
            }
            if let Some((_, passing, settled)) = POWER.iter().find(|(action, ..)| *action == contract.operation_id) {
                machine.power((passing, settled), work);
            }
            if answer.get(&role.kind).is_some() {
                answer[&role.kind] = world.virtual_machine_json(vm);
            }
        }
        // The world's interfaces are found, changed and deleted there.
        "action" | "delete" if role.kind == WORLD_INTERFACE => {
            let (_, id) = lookup(&role.argument).ok_or_else(|| not_found(contract, &role.missing))?;
            let interface = live_interface(&world, &id).map_err(|_| not_found(contract, &role.missing))?;
            if role.role == "delete" {
                if answer.get(WORLD_INTERFACE).is_some() {
                    answer[WORLD_INTERFACE] = world.interface_detail_json(interface, true);
                }
                world.delete_interface(interface);
                return Ok(answer);
            }
            // Work that has ended is written down as its final value, and forgotten; then
            // this action changes what is shown now.
            let held = &mut world.interfaces[interface];
            let mut overlay = Value::Object(std::mem::take(&mut held.changed));
            changes::settle_finished(&mut held.moving, &mut overlay);
            held.changed = match overlay {
                Value::Object(map) => map,
                _ => serde_json::Map::new(),
            };
            let before = world.interface_detail_json(interface, true);
            let mut object = before.clone();
            let applied = change(&store, contract, role, &mut object, &given, work, None)?;
            let changed: Vec<(String, Value)> = object
                .as_object()
                .into_iter()
                .flatten()
                .filter(|(name, value)| before.get(*name) != Some(*value))
                .map(|(name, value)| (name.clone(), value.clone()))
                .collect();
            let held = &mut world.interfaces[interface];
            held.changed.extend(changed);
            applied.replace_moves(&mut held.moving);
            if answer.get(WORLD_INTERFACE).is_some() {
                answer[WORLD_INTERFACE] = world.interface_detail_json(interface, true);
            }
        }
        "get" | "update" | "delete" | "action" => {
            let index = find(&store, contract, &role.kind, &role.missing, lookup(&role.argument))?;
            store.records[index].settle();
            match role.role.as_str() {
                "update" => {
                    let mut object = store.records[index].shown();
                    set(&mut object, role, arguments.body());
                    let parent = store.records[index].parent.clone();
                    let applied = change(&store, contract, role, &mut object, &given, work, Some(&parent))?;
                    unique(&store, contract, role, &object, Some(index))?;
                    let record = &mut store.records[index];
                    record.object = object;
                    applied.replace_moves(&mut record.moving);
                    if let Some(annotations) = arguments.body().get("annotations") {
                        record.annotations = annotations.clone();
                    }
                }
                "action" => {
                    // What it requires is read as the object is shown now (work under way
                    // included).
                    let mut object = store.records[index].shown();
                    let parent = store.records[index].parent.clone();
                    let applied = change(&store, contract, role, &mut object, &given, work, Some(&parent))?;
                    let record = &mut store.records[index];
                    record.object = object;
                    applied.replace_moves(&mut record.moving);
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
            let (key, value) = lookup(&role.argument).ok_or_else(|| not_found(contract, &role.missing))?;
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
                let vm = machine_in_trash(&world, (key, &value)).ok_or_else(|| not_found(contract, &role.missing))?;
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
            let machines = world.trashed_machines(&parent.1).map(|vm| world.machine_trash_json(vm));
            let objects = store
                .records
                .iter()
                .filter(|r| r.parent == parent)
                .filter_map(Record::trash_json);
            let items: Vec<Value> = machines.chain(objects).collect();
            page(&mut answer, contract, arguments, role.items.as_deref(), items)?;
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
