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
use std::time::Instant;

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::changes::{self, Moving, Refused};
use crate::errors::ApiFailure;
use crate::from_spec::{Arguments, Contract, Role};
use crate::handler::{live_interface, live_virtual_machine, organization};
use crate::modelled::POWER;
use crate::work::{WorkOptions, id_prefix, unix_now};
use crate::world::TrashEntry;
use crate::{Shared, World};

/// The objects kept so far (the catalogs' first, then what requests made), oldest first.
#[derive(Debug, Default)]
pub(crate) struct Store {
    records: Vec<Record>,
    /// While the catalog is seeded: the IDs of objects merged into one already held (the
    /// examples' United Kingdom into the world's), and the ID each became.
    aliases: HashMap<String, String>,
}

#[derive(Clone, Debug)]
struct Record {
    kind: String,
    /// Its component schema (`Disk`): the trash's `object_type`.
    component: String,
    /// The object as the API shows it, but for the properties moving with work.
    object: Value,
    /// The annotations given to it, for answers that show them beside it.
    annotations: Value,
    /// The parent's lookup argument (`organization`) and ID; empty for a catalog's.
    parent: (String, String),
    trash: Option<TrashEntry>,
    /// Its properties that move with work under way (a disk's `state`).
    moving: Vec<Moving>,
}

impl Record {
    fn new(kind: &str, component: &str, object: Value, parent: (String, String)) -> Self {
        Self {
            kind: kind.to_owned(),
            component: component.to_owned(),
            object,
            annotations: json!([]),
            parent,
            trash: None,
            moving: Vec::new(),
        }
    }

    fn id(&self) -> &str {
        self.object.get("id").and_then(Value::as_str).unwrap_or_default()
    }

    /// The object as the API shows it now (its moving properties where their work stands).
    fn shown(&self) -> Value {
        let mut object = self.object.clone();
        let now = Instant::now();
        for moving in &self.moving {
            moving.render(&mut object, now);
        }
        object
    }

    /// Writes the final values of work that has ended, forgetting it.
    fn settle(&mut self) {
        changes::settle_finished(&mut self.moving, &mut self.object);
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
    /// The store at the start: one catalog for the read-only families (the objects the
    /// world holds, then those of the spec's examples of each family's reads and lists,
    /// one per ID), and the objects of kept kinds the seeded world refers to (the load
    /// balancer holding an address), made from their read's example.
    pub(crate) fn seeded(world: &World) -> Self {
        let mut store = Self::default();
        let Ok(contracts) = crate::from_spec::contracts() else {
            return store;
        };
        let catalogs = contracts.iter().filter(|c| c.answering() == crate::Answering::Catalog);
        for contract in catalogs {
            let Some(role) = contract.resource.as_ref() else {
                continue;
            };
            let example = contract.example();
            let mut objects = world.catalog_json(&role.kind);
            match role.items.as_deref() {
                Some(items) => objects.extend(
                    example
                        .get(items)
                        .and_then(Value::as_array)
                        .cloned()
                        .unwrap_or_default(),
                ),
                None => objects.extend(example.get(&role.kind).filter(|o| o.is_object()).cloned()),
            }
            for object in objects {
                store.catalog(role, object);
            }
        }
        store.canonical_ids();
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
            let parent = (
                "organization".to_owned(),
                world.organizations[ip.organization].id.clone(),
            );
            store
                .records
                .push(Record::new(&role.kind, &role.component, object, parent));
        }
        store
    }

    /// Adds a catalog object, or fills in what the object it is already holds lacks (one
    /// with the same value of any lookup key: the world's United Kingdom is the examples').
    fn catalog(&mut self, role: &Role, object: Value) {
        if object.get("id").and_then(Value::as_str).is_none() {
            return;
        }
        let same = |record: &Record| {
            record.kind == role.kind
                && role.keys.iter().any(|key| {
                    let value = object.get(key).and_then(Value::as_str);
                    value.is_some() && record.object.get(key).and_then(Value::as_str) == value
                })
        };
        match self.records.iter_mut().find(|r| same(r)) {
            Some(record) => {
                let (known_id, other_id) = (record.id().to_owned(), object.get("id").and_then(Value::as_str));
                if let Some(other) = other_id.filter(|other| *other != known_id) {
                    self.aliases.insert(other.to_owned(), known_id);
                }
                if let (Some(known), Some(more)) = (record.object.as_object_mut(), object.as_object()) {
                    for (name, value) in more {
                        known.entry(name.clone()).or_insert_with(|| value.clone());
                    }
                }
            }
            None => self
                .records
                .push(Record::new(&role.kind, &role.component, object, Default::default())),
        }
    }

    /// Makes every catalog object refer to the objects merged by the IDs they kept (an
    /// example's country state to the world's United Kingdom), so a list by a parent finds
    /// what refers to it.
    fn canonical_ids(&mut self) {
        fn rewrite(value: &mut Value, aliases: &HashMap<String, String>) {
            match value {
                Value::String(text) => {
                    if let Some(canonical) = aliases.get(text.as_str()) {
                        text.clone_from(canonical);
                    }
                }
                Value::Array(items) => items.iter_mut().for_each(|item| rewrite(item, aliases)),
                Value::Object(members) => members.values_mut().for_each(|member| rewrite(member, aliases)),
                _ => {}
            }
        }
        let aliases = std::mem::take(&mut self.aliases);
        for record in &mut self.records {
            rewrite(&mut record.object, &aliases);
        }
    }

    /// Removes the record at `index` and, with it, every object it is the parent of (and
    /// theirs); also those of a world's machine being purged (`("virtual_machine", id)`).
    fn remove(&mut self, index: usize) -> Record {
        let record = self.records.remove(index);
        self.remove_children((&record.kind, record.id()));
        // It is taken out of the IDs other objects refer to it by (a bucket's keys).
        for (holder, path, _) in referring().iter().filter(|(_, _, kind)| *kind == record.kind) {
            for other in self.records.iter_mut().filter(|r| r.kind == *holder) {
                changes::forget_id(&mut other.object, path, record.id());
            }
        }
        record
    }

    pub(crate) fn remove_children(&mut self, parent: (&str, &str)) {
        while let Some(child) = self.records.iter().position(|r| r.is_child_of(parent)) {
            self.remove(child);
        }
    }

    /// Every live object of `kind`, for a test to look at.
    pub(crate) fn objects(&self, kind: &str) -> Vec<Value> {
        self.records
            .iter()
            .filter(|r| r.kind == kind && r.trash.is_none())
            .map(Record::shown)
            .collect()
    }

    /// How many objects it holds (the catalogs' included), for a test of its memory.
    pub(crate) fn len(&self) -> usize {
        self.records.len()
    }
}

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

/// Who refers to what by ID, from every `$refers` of the spec's `x-changes`: the kind
/// holding the IDs, where, and the kind they name.
fn referring() -> &'static [(String, Vec<String>, String)] {
    static REFERRING: std::sync::OnceLock<Vec<(String, Vec<String>, String)>> = std::sync::OnceLock::new();
    REFERRING.get_or_init(|| {
        let mut found = Vec::new();
        for contract in crate::from_spec::contracts().unwrap_or_default() {
            for (target, changes) in contract
                .changes
                .as_ref()
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let Some(holder) = crate::from_spec::kind_named_by(target) else {
                    continue;
                };
                for (path, argument) in changes::refers(changes) {
                    let Some(kind) = crate::from_spec::kind_named_by(&argument) else {
                        continue;
                    };
                    let entry = (holder.to_owned(), path, kind.to_owned());
                    if !found.contains(&entry) {
                        found.push(entry);
                    }
                }
            }
        }
        found
    })
}

/// The kind of the world's network interfaces.
const WORLD_INTERFACE: &str = "virtual_machine_network_interface";

/// What one action's `x-changes` did to an object: the properties it set and those that now
/// move with its work.
struct Applied {
    set: Vec<Vec<String>>,
    moving: Vec<Moving>,
}

impl Applied {
    /// Puts this action's moves in place of the moves under way at or below what it set or
    /// moves (unassigning a disk ends its attachment's move).
    fn replace_moves(self, moves: &mut Vec<Moving>) {
        moves.retain(|old| {
            !self.set.iter().any(|path| old.under(path)) && !self.moving.iter().any(|new| old.under(new.path()))
        });
        moves.extend(self.moving);
    }
}

/// Applies the operation's `x-changes` for the object `role` names (under its lookup
/// argument, or its kind for what a create makes) to `object`, whose parent is `parent`:
/// what it set and what now moves with work, or the documented error that refuses the
/// action (what it requires is not so, or an ID it refers to names no object of the same
/// parent).
fn change(
    store: &Store,
    contract: &'static Contract,
    role: &Role,
    object: &mut Value,
    given: &dyn Fn(&str) -> Option<Value>,
    work: WorkOptions,
    parent: Option<&(String, String)>,
) -> Result<Applied, ApiFailure> {
    let Some(changes) = contract
        .changes
        .as_ref()
        .and_then(|c| c.get(&role.argument).or_else(|| c.get(&role.kind)))
    else {
        return Ok(Applied {
            set: Vec::new(),
            moving: Vec::new(),
        });
    };
    let refused = |code: &str| contract.refusal(code, StatusCode::UNPROCESSABLE_ENTITY);
    let moving = changes::apply(changes, object, given, work).map_err(|Refused(code)| refused(&code))?;
    for (path, argument) in changes::refers(changes) {
        let kind = crate::from_spec::kind_named_by(&argument).unwrap_or_default();
        for id in changes::ids_at(object, &path) {
            let exists = store
                .records
                .iter()
                .any(|r| r.is(kind, ("id", &id)) && r.trash.is_none() && parent.is_none_or(|p| r.parent == *p));
            if !exists {
                return Err(refused("validation_error"));
            }
        }
    }
    Ok(Applied {
        set: changes::set_paths(changes),
        moving,
    })
}

/// The object a lookup names, as the API shows it: an organisation or a virtual machine of
/// the world, or an object of the store (the catalogs' included). One that does not exist
/// is the operation's documented error for it.
fn resolve(
    store: &Store,
    world: &World,
    contract: &'static Contract,
    argument: &str,
    lookup: (&'static str, String),
) -> Result<Value, ApiFailure> {
    match argument {
        "organization" => {
            let index = organization(world, &lookup)?;
            Ok(world.organization_json(index))
        }
        "virtual_machine" => {
            let index = live_virtual_machine(world, &lookup)?;
            Ok(world.virtual_machine_json(index))
        }
        WORLD_INTERFACE => {
            let index = live_interface(world, &lookup.1)?;
            Ok(world.interface_detail_json(index, true))
        }
        _ => {
            // A kind the simulator holds nothing of cannot be checked: taken as given.
            let Some(kind) = crate::from_spec::kind_named_by(argument) else {
                return Ok(json!({}));
            };
            // The error for its absence: as a reference, or as the role's own object.
            let role = contract.resource.as_ref();
            let as_reference = role
                .and_then(|r| r.references.iter().find(|(a, _)| a == argument))
                .map(|(_, code)| code.clone());
            let as_own = role.filter(|r| r.argument == argument).map(|r| r.missing.clone());
            let missing = as_reference
                .or(as_own)
                .unwrap_or_else(|| format!("{argument}_not_found"));
            let index = find(store, contract, kind, &missing, Some((lookup.0, lookup.1)))?;
            Ok(store.records[index].shown())
        }
    }
}

/// Shows `record` in `answer` in place of the example's object (and its annotations,
/// where the answer shows them).
fn show(answer: &mut Value, role: &Role, record: &Record) {
    if answer.get(&role.kind).is_some() {
        answer[&role.kind] = record.shown();
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
fn given_keys_unique(store: &Store, role: &Role, object: &mut Value, body: &Value, next_id: impl Fn() -> String) {
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
            // An object with no ID of its own (a bucket) takes the next one's ending.
            let fresh;
            let ending = match id.rsplit('_').next().filter(|e| !e.is_empty()) {
                Some(ending) => ending,
                None => {
                    fresh = next_id();
                    fresh.rsplit('_').next().unwrap_or_default()
                }
            };
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
/// (where keys may repeat, one in the trash does not hide it). One that does not exist is
/// the documented error `missing`.
fn find(
    store: &Store,
    contract: &'static Contract,
    kind: &str,
    missing: &str,
    lookup: Option<(&str, String)>,
) -> Result<usize, ApiFailure> {
    let not_found = || not_found(contract, missing);
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

/// The spec's example of the not-found error `code` for this operation (build-tools gives
/// a role only to operations that document it).
fn not_found(contract: &'static Contract, code: &str) -> ApiFailure {
    contract.refusal(code, StatusCode::NOT_FOUND)
}

/// The ID of the parent a lookup names ([`resolve`]: an organisation or a virtual machine
/// of the world, or an object of the store).
fn parent_id(
    store: &Store,
    world: &World,
    contract: &'static Contract,
    argument: &str,
    lookup: Option<(&'static str, String)>,
) -> Result<(String, String), ApiFailure> {
    let lookup = lookup.ok_or_else(|| not_found(contract, &format!("{argument}_not_found")))?;
    let parent = resolve(store, world, contract, argument, lookup)?;
    let id = parent.get("id").and_then(Value::as_str).unwrap_or_default();
    Ok((argument.to_owned(), id.to_owned()))
}

/// Puts `items` in `answer` under `property`, paged as the request asks when the answer is
/// paged (it has `pagination`), whole otherwise.
pub(crate) fn page(
    answer: &mut Value,
    contract: &'static Contract,
    arguments: &Arguments,
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
