//! The objects the simulator keeps from the spec ([`Store`]), and how an answer finds,
//! changes and shows them: by any lookup key, in the trash or not, with what an action's
//! `x-changes` sets and moves, paged as the service pages. `resources.rs` decides, per
//! role, which of these an operation does.

use std::collections::HashMap;
use std::time::Instant;

use axum::http::StatusCode;
use serde_json::{Value, json};

use crate::World;
use crate::changes::{self, Moving, Refused};
use crate::errors::ApiFailure;
use crate::from_spec::{Arguments, Contract, Role};
use crate::handler::{live_interface, live_virtual_machine, organization};
use crate::work::WorkOptions;
use crate::world::TrashEntry;

/// The objects kept so far (the catalogs' first, then what requests made), oldest first.
#[derive(Debug, Default)]
pub(crate) struct Store {
    pub(crate) records: Vec<Record>,
    /// While the catalog is seeded: the IDs of objects merged into one already held (the
    /// examples' United Kingdom into the world's), and the ID each became.
    pub(crate) aliases: HashMap<String, String>,
}

#[derive(Clone, Debug)]
pub(crate) struct Record {
    pub(crate) kind: String,
    /// Its component schema (`Disk`): the trash's `object_type`.
    pub(crate) component: String,
    /// The object as the API shows it, but for the properties moving with work.
    pub(crate) object: Value,
    /// The annotations given to it, for answers that show them beside it.
    pub(crate) annotations: Value,
    /// The parent's lookup argument (`organization`) and ID; empty for a catalog's.
    pub(crate) parent: (String, String),
    pub(crate) trash: Option<TrashEntry>,
    /// Its properties that move with work under way (a disk's `state`).
    pub(crate) moving: Vec<Moving>,
}

impl Record {
    pub(crate) fn new(kind: &str, component: &str, object: Value, parent: (String, String)) -> Self {
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

    pub(crate) fn id(&self) -> &str {
        self.object.get("id").and_then(Value::as_str).unwrap_or_default()
    }

    /// The object as the API shows it now (its moving properties where their work stands).
    pub(crate) fn shown(&self) -> Value {
        let mut object = self.object.clone();
        let now = Instant::now();
        for moving in &self.moving {
            moving.render(&mut object, now);
        }
        object
    }

    /// Writes the final values of work that has ended, forgetting it.
    pub(crate) fn settle(&mut self) {
        changes::settle_finished(&mut self.moving, &mut self.object);
    }

    /// Whether the lookup `(key, value)` names it.
    pub(crate) fn is(&self, kind: &str, (key, value): (&str, &str)) -> bool {
        self.kind == kind && self.object.get(key).and_then(Value::as_str) == Some(value)
    }

    /// Its entry in the trash as the trash's operations show it, if it is in the trash.
    pub(crate) fn trash_json(&self) -> Option<Value> {
        self.trash.as_ref().map(|trash| trash.json(self.id(), &self.component))
    }

    /// Whether `parent` (a lookup argument and an ID) is its parent.
    pub(crate) fn is_child_of(&self, (argument, id): (&str, &str)) -> bool {
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
    pub(crate) fn catalog(&mut self, role: &Role, object: Value) {
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
    pub(crate) fn canonical_ids(&mut self) {
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
    pub(crate) fn remove(&mut self, index: usize) -> Record {
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

/// Who refers to what by ID, from every `$refers` of the spec's `x-changes`: the kind
/// holding the IDs, where, and the kind they name.
pub(crate) fn referring() -> &'static [(String, Vec<String>, String)] {
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
pub(crate) const WORLD_INTERFACE: &str = "virtual_machine_network_interface";

/// What one action's `x-changes` did to an object: the properties it set and those that now
/// move with its work.
pub(crate) struct Applied {
    pub(crate) set: Vec<Vec<String>>,
    pub(crate) moving: Vec<Moving>,
}

impl Applied {
    /// Puts this action's moves in place of the moves under way at or below what it set or
    /// moves (unassigning a disk ends its attachment's move).
    pub(crate) fn replace_moves(self, moves: &mut Vec<Moving>) {
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
pub(crate) fn change(
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
pub(crate) fn resolve(
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
pub(crate) fn show(answer: &mut Value, role: &Role, record: &Record) {
    if answer.get(&role.kind).is_some() {
        answer[&role.kind] = record.shown();
    }
    if answer.get("annotations").is_some() {
        answer["annotations"] = record.annotations.clone();
    }
}

/// Copies the settable fields of the body's `properties` onto `object`.
pub(crate) fn set(object: &mut Value, role: &Role, body: &Value) {
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
pub(crate) fn given_keys_unique(
    store: &Store,
    role: &Role,
    object: &mut Value,
    body: &Value,
    next_id: impl Fn() -> String,
) {
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
pub(crate) fn unique(
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
pub(crate) fn find(
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
pub(crate) fn in_trash(store: &Store, (key, value): (&str, &str)) -> Option<usize> {
    store.records.iter().position(|r| {
        r.trash.as_ref().is_some_and(|trash| match key {
            "object_id" => r.id() == value,
            _ => trash.id == value,
        })
    })
}

/// The world's virtual machine in the trash that a trash lookup names.
pub(crate) fn machine_in_trash(world: &World, (key, value): (&str, &str)) -> Option<usize> {
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
pub(crate) fn not_found(contract: &'static Contract, code: &str) -> ApiFailure {
    contract.refusal(code, StatusCode::NOT_FOUND)
}

/// The ID of the parent a lookup names ([`resolve`]: an organisation or a virtual machine
/// of the world, or an object of the store).
pub(crate) fn parent_id(
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
