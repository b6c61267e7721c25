//! One type per API object.
//!
//! The vendor's document comes from Apia's generator, which writes a component for every
//! place an object appears, with the fields that place includes:
//! `GetDisk200ResponseDisk`, `PatchDisk200ResponseDisk`, `GetDiskPartVirtualMachine`,
//! `GetOrganizationDisks200ResponseDisk`… are all views of two objects, a disk and a
//! virtual machine. Imported as they are, a family brings hundreds of types that a user
//! cannot tell apart and the compiler builds one by one.
//!
//! Here every view of one object is one component, named as the API names the object
//! (`Disk`, `VirtualMachine`), with every field any view has, requiring only what every
//! view has (`required.rs`), so the merged type reads every view's payload. The rule, over the
//! whole vendor document so that a component does not depend on which operations were
//! imported first:
//!
//! 1. A view is first taken to be the object its place names: what follows the answer
//!    status (`…200ResponseDisk` → `Disk`) or `Part` (`…PartVirtualMachine` →
//!    `VirtualMachine`); an item of a list is named in the singular when the document has
//!    that name (`…ResponseDisks` → `Disk`). Any other component is its own object.
//! 2. Objects that the same field of one object refers to are one object (a disk's
//!    `virtual_machine`, wherever it appears, is one virtual machine), under the vendor's
//!    own name for it when it has one (`LatestVersion` is a `DiskTemplateVersion`).
//! 3. A view whose fields disagree with the rest of its object's views (a field of another
//!    type) is not that object: it joins the object it agrees with and shares most fields
//!    with, or is named for its role (its context, then its name).
//!
//! Steps 2 and 3 repeat until nothing moves.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use super::naming;

/// HTTP methods, as the vendor's generator starts a view's name with one.
const VERBS: [&str; 5] = ["Get", "Post", "Patch", "Put", "Delete"];

/// How many times steps 2 and 3 may repeat; the vendor's document settles in two.
const ROUNDS: usize = 16;

/// The objects of a vendor document: which object each view is a view of.
#[derive(Debug, Default)]
pub(super) struct Objects {
    /// The object of each view, by the view's vendor name.
    object_of: BTreeMap<String, String>,
    /// The views of each object, in the document's order.
    views: BTreeMap<String, Vec<String>>,
}

impl Objects {
    /// The objects of `vendor`'s components.
    pub(super) fn of(vendor: &Value) -> Self {
        let schemas = vendor
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        Grouping::new(vendor, &schemas).settle()
    }

    /// The object the vendor's component `vendor_name` is a view of, named as we name
    /// components (`IPAddress` → `IpAddress`); `None` when it is no object.
    pub(super) fn object(&self, vendor_name: &str) -> Option<String> {
        self.object_of.get(vendor_name).map(|o| naming::type_name(o))
    }

    /// Every view of the object `vendor_name` is a view of (itself included).
    pub(super) fn views(&self, vendor_name: &str) -> &[String] {
        self.object_of
            .get(vendor_name)
            .and_then(|object| self.views.get(object))
            .map_or(&[], Vec::as_slice)
    }
}

/// The vendor's document read one type per API object, as the import writes it: every
/// view of an object has the fields of all its views. `cargo xtask drift` compares our
/// spec with this, so a field another view of the same object has is no drift.
pub fn with_views_merged(vendor: &Value) -> Value {
    let objects = Objects::of(vendor);
    let mut out = vendor.clone();
    let Some(schemas) = vendor.pointer("/components/schemas").and_then(Value::as_object) else {
        return out;
    };
    // Every view of an object the API sends requires what all its views have
    // (`required.rs`), as the import writes the object.
    let arguments = super::required::argument_components(vendor);
    for views in objects.views.values() {
        let Some(fields) = super::required::always_sent(vendor, views, &arguments) else {
            continue;
        };
        for view in views {
            if let Some(schema) = out.pointer_mut(&format!("/components/schemas/{}", crate::openapi::escape(view))) {
                schema["required"] = Value::from(fields.clone());
            }
        }
    }
    for views in objects.views.values().filter(|views| views.len() > 1) {
        let mut fields = Map::new();
        for view in views {
            for (name, field) in schemas.get(view).and_then(properties).into_iter().flatten() {
                let admits_null = |f: &Value| f.get("nullable") == Some(&Value::Bool(true));
                match fields.get(name) {
                    Some(existing) if admits_null(existing) || !admits_null(field) => {}
                    _ => {
                        fields.insert(name.clone(), field.clone());
                    }
                }
            }
        }
        for view in views {
            if let Some(schema) = out.pointer_mut(&format!("/components/schemas/{}", crate::openapi::escape(view))) {
                schema["properties"] = Value::Object(fields.clone());
            }
        }
    }
    out
}

/// What a field holds, as far as telling objects apart needs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    /// A view of this object.
    Object(String),
    /// A component that is no object (an enum, a scalar).
    Component(String),
    /// A list of these.
    List(Box<Kind>),
    /// An object of no stated fields: agrees with any object.
    AnyObject,
    /// A scalar, by type and format.
    Scalar(String, String),
}

impl Kind {
    fn agrees(&self, other: &Kind) -> bool {
        match (self, other) {
            (Kind::AnyObject, Kind::Object(_)) | (Kind::Object(_), Kind::AnyObject) => true,
            (Kind::List(a), Kind::List(b)) => a.agrees(b),
            _ => self == other,
        }
    }

    /// The object this field refers to, through a list.
    fn object(&self) -> Option<&str> {
        match self {
            Kind::Object(o) => Some(o),
            Kind::List(inner) => inner.object(),
            _ => None,
        }
    }
}

struct Grouping<'v> {
    schemas: &'v Map<String, Value>,
    /// Views in the document's order (the components map's order).
    order: Vec<String>,
    object_of: BTreeMap<String, String>,
    /// The first view that refers to each view, for a role's context.
    parent: BTreeMap<String, String>,
}

impl<'v> Grouping<'v> {
    fn new(vendor: &Value, schemas: &'v Map<String, Value>) -> Self {
        let order: Vec<String> = schemas
            .iter()
            .filter(|(_, s)| properties(s).is_some_and(|p| !p.is_empty()))
            .map(|(name, _)| name.clone())
            .collect();
        let mut items = BTreeSet::new();
        list_items(vendor, &mut items);
        // What views are named after, and the vendor's own objects' names.
        let places: BTreeSet<&str> = order.iter().map(|n| place(n).unwrap_or(n)).collect();
        let mut object_of = BTreeMap::new();
        let mut parent = BTreeMap::new();
        for name in &order {
            let object = match place(name) {
                Some(place) if items.contains(name.as_str()) => singular(place, &places),
                Some(place) => place.to_owned(),
                None => name.clone(),
            };
            object_of.insert(name.clone(), object);
            for field in properties(&schemas[name]).into_iter().flat_map(|p| p.values()) {
                if let Some(target) = referenced(field).or_else(|| field.get("items").and_then(referenced)) {
                    parent.entry(target.to_owned()).or_insert_with(|| name.clone());
                }
            }
        }
        Grouping {
            schemas,
            order,
            object_of,
            parent,
        }
    }

    fn settle(mut self) -> Objects {
        for _ in 0..ROUNDS {
            let joined = self.join_through_fields();
            let moved = self.move_disagreeing();
            if !joined && !moved {
                break;
            }
        }
        Objects {
            views: self.views_by_object(),
            object_of: self.object_of,
        }
    }

    fn views_by_object(&self) -> BTreeMap<String, Vec<String>> {
        let mut views: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for name in &self.order {
            views
                .entry(self.object_of[name].clone())
                .or_default()
                .push(name.clone());
        }
        views
    }

    fn kind(&self, field: &Value) -> Kind {
        if let Some(target) = referenced(field) {
            return match self.object_of.get(target) {
                Some(object) => Kind::Object(object.clone()),
                None => Kind::Component(target.to_owned()),
            };
        }
        let ty = field.get("type").and_then(Value::as_str).unwrap_or_default();
        match ty {
            "array" => Kind::List(Box::new(self.kind(field.get("items").unwrap_or(&Value::Null)))),
            "object" if properties(field).is_none_or(Map::is_empty) => Kind::AnyObject,
            _ => Kind::Scalar(
                ty.to_owned(),
                field
                    .get("format")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            ),
        }
    }

    /// Rule 2: the objects one field of an object refers to are one. Whether anything joined.
    fn join_through_fields(&mut self) -> bool {
        let views = self.views_by_object();
        let mut joined = false;
        for members in views.values() {
            let mut by_field: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
            for view in members {
                for (field, schema) in properties(&self.schemas[view]).into_iter().flatten() {
                    if let Some(object) = self.kind(schema).object() {
                        by_field.entry(field).or_default().insert(object.to_owned());
                    }
                }
            }
            for objects in by_field.values().filter(|o| o.len() > 1) {
                let keep = objects
                    .iter()
                    .min_by_key(|o| {
                        (
                            !self.is_vendor_object(o),
                            std::cmp::Reverse(views.get(*o).map_or(0, Vec::len)),
                            (*o).clone(),
                        )
                    })
                    .cloned()
                    .unwrap_or_default();
                for object in self.object_of.values_mut() {
                    if objects.contains(object.as_str()) && *object != keep {
                        *object = keep.clone();
                        joined = true;
                    }
                }
            }
            if joined {
                // The grouping changed under `views`; the next round starts again from it.
                return true;
            }
        }
        false
    }

    /// Whether `object` is the name of one of the vendor's own (not positional) components.
    fn is_vendor_object(&self, object: &str) -> bool {
        self.schemas.contains_key(object) && place(object).is_none()
    }

    /// How many (other view, field) pairs of `members` disagree with `view`.
    fn disagreements(&self, view: &str, members: &[String]) -> usize {
        let fields = properties(&self.schemas[view]);
        members
            .iter()
            .filter(|m| m.as_str() != view)
            .map(|other| {
                let theirs = properties(&self.schemas[other]);
                fields
                    .into_iter()
                    .flatten()
                    .filter(|(name, schema)| {
                        theirs
                            .and_then(|t| t.get(*name))
                            .is_some_and(|other| !self.kind(schema).agrees(&self.kind(other)))
                    })
                    .count()
            })
            .sum()
    }

    /// What most views of `members` say each field holds (on a tie, the vendor's own
    /// component's or the first view's reading).
    fn majority(&self, members: &[String]) -> BTreeMap<String, Kind> {
        let mut readings: BTreeMap<&str, Vec<(Kind, usize, bool)>> = BTreeMap::new();
        for view in members {
            let own = place(view).is_none();
            for (field, schema) in properties(&self.schemas[view]).into_iter().flatten() {
                let kind = self.kind(schema);
                let seen = readings.entry(field).or_default();
                match seen.iter_mut().find(|(k, _, _)| k.agrees(&kind)) {
                    Some((_, count, vendor_own)) => {
                        *count += 1;
                        *vendor_own |= own;
                    }
                    None => seen.push((kind, 1, own)),
                }
            }
        }
        readings
            .into_iter()
            .filter_map(|(field, seen)| {
                // `max_by_key` keeps the last of equals; reversed, the first seen wins ties.
                let (kind, _, _) = seen.into_iter().rev().max_by_key(|(_, count, own)| (*count, *own))?;
                Some((field.to_owned(), kind))
            })
            .collect()
    }

    /// Rule 3: the view with the most fields that disagree with what most views of its
    /// object say moves (on a tie, the last). Whether one moved.
    fn move_disagreeing(&mut self) -> bool {
        let views = self.views_by_object();
        for (object, members) in views.iter().filter(|(_, m)| m.len() > 1) {
            let majority = self.majority(members);
            let Some((worst, count)) = members
                .iter()
                .map(|view| {
                    let count = properties(&self.schemas[view])
                        .into_iter()
                        .flatten()
                        .filter(|(field, schema)| majority.get(*field).is_some_and(|k| !k.agrees(&self.kind(schema))))
                        .count();
                    (view, count)
                })
                .max_by_key(|(_, count)| *count)
            else {
                continue;
            };
            if count == 0 {
                continue;
            }
            let home = self
                .agreeing_home(worst, object, &views)
                .unwrap_or_else(|| self.role(worst, object));
            self.object_of.insert(worst.clone(), home);
            return true;
        }
        false
    }

    /// The object, other than `object`, that `view` agrees with and shares at least half its
    /// fields with (most shared first).
    fn agreeing_home(&self, view: &str, object: &str, views: &BTreeMap<String, Vec<String>>) -> Option<String> {
        let fields = properties(&self.schemas[view])?;
        views
            .iter()
            .filter(|(other, _)| other.as_str() != object)
            .filter_map(|(other, members)| {
                let shared = fields
                    .keys()
                    .filter(|f| {
                        members
                            .iter()
                            .any(|m| properties(&self.schemas[m]).is_some_and(|p| p.contains_key(*f)))
                    })
                    .count();
                let mut with_view = members.clone();
                with_view.push(view.to_owned());
                (shared * 2 >= fields.len() && self.disagreements(view, &with_view) == 0).then_some((shared, other))
            })
            .max_by_key(|(shared, other)| (*shared, std::cmp::Reverse((*other).clone())))
            .map(|(_, other)| other.clone())
    }

    /// A view's name for its role: the object that holds it (or its operation's subject),
    /// then what it is (`DiskVirtualMachine`).
    fn role(&self, view: &str, object: &str) -> String {
        let context = match self.parent.get(view) {
            Some(parent) if view.contains("Part") => self.object_of.get(parent).cloned().unwrap_or_default(),
            _ => subject(view).unwrap_or_default().to_owned(),
        };
        format!("{context}{object}")
    }
}

/// The fields of a schema.
fn properties(schema: &Value) -> Option<&Map<String, Value>> {
    schema.get("properties").and_then(Value::as_object)
}

/// The component a field refers to, directly or as a nullable `allOf` of one.
fn referenced(field: &Value) -> Option<&str> {
    let reference = field
        .get("$ref")
        .or_else(|| field.pointer("/allOf/0/$ref"))
        .and_then(Value::as_str)?;
    reference.strip_prefix("#/components/schemas/")
}

/// Every component the document uses as the items of a list.
fn list_items<'v>(value: &'v Value, items: &mut BTreeSet<&'v str>) {
    match value {
        Value::Object(map) => {
            if map.get("type").and_then(Value::as_str) == Some("array")
                && let Some(target) = map.get("items").and_then(referenced)
            {
                items.insert(target);
            }
            map.values().for_each(|v| list_items(v, items));
        }
        Value::Array(values) => values.iter().for_each(|v| list_items(v, items)),
        _ => {}
    }
}

/// What the vendor's generator named a view after: the part after the answer's status or
/// after `Part`, for a name that starts with an HTTP method (`GetDiskPartVirtualMachine`
/// → `VirtualMachine`).
fn place(name: &str) -> Option<&str> {
    if !VERBS.iter().any(|verb| name.starts_with(verb)) {
        return None;
    }
    naming::answer_part(name).or_else(|| {
        let at = name
            .match_indices("Part")
            .map(|(at, _)| at)
            .find(|at| *at > 0 && name[at + 4..].starts_with(|c: char| c.is_ascii_uppercase()))?;
        Some(&name[at + 4..])
    })
}

/// The operation's subject of a view named for an answer (`GetVirtualMachineDisks200ResponseDisks`
/// → `VirtualMachineDisks`).
fn subject(view: &str) -> Option<&str> {
    let verb = VERBS.iter().find(|verb| view.starts_with(*verb))?;
    let rest = &view[verb.len()..];
    let end = rest.find(|c: char| c.is_ascii_digit()).or_else(|| rest.find("Part"))?;
    Some(&rest[..end])
}

/// A list item's object: the singular of its place when the document names a view so.
fn singular(place: &str, places: &BTreeSet<&str>) -> String {
    let candidates = [
        place.strip_suffix("ies").map(|s| format!("{s}y")),
        place.strip_suffix("es").map(str::to_owned),
        place.strip_suffix('s').map(str::to_owned),
    ];
    candidates
        .iter()
        .flatten()
        .find(|c| places.contains(c.as_str()))
        .or(candidates[2].as_ref())
        .cloned()
        .unwrap_or_else(|| place.to_owned())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn object(properties: Value) -> Value {
        json!({"type": "object", "properties": properties})
    }

    fn reference(name: &str) -> Value {
        json!({"$ref": format!("#/components/schemas/{name}")})
    }

    fn document(schemas: Value, answers: Value) -> Value {
        json!({"paths": answers, "components": {"schemas": schemas}})
    }

    #[test]
    fn views_named_for_their_place_are_one_object() {
        let vendor = document(
            json!({
                "GetDisk200ResponseDisk": object(json!({"id": {"type": "string"}, "virtual_machine": reference("GetDiskPartVirtualMachine")})),
                "PatchDisk200ResponseDisk": object(json!({"id": {"type": "string"}, "name": {"type": "string"}})),
                "GetDiskPartVirtualMachine": object(json!({"id": {"type": "string"}})),
                "GetOrganizationDisks200ResponseDisks": object(json!({"id": {"type": "string"}})),
            }),
            json!({"/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": object(json!({
                "disks": {"type": "array", "items": reference("GetOrganizationDisks200ResponseDisks")}
            }))}}}}}}}),
        );
        let objects = Objects::of(&vendor);
        assert_eq!(objects.object("GetDisk200ResponseDisk").as_deref(), Some("Disk"));
        assert_eq!(objects.object("PatchDisk200ResponseDisk").as_deref(), Some("Disk"));
        assert_eq!(
            objects.object("GetOrganizationDisks200ResponseDisks").as_deref(),
            Some("Disk"),
            "a list's item is singular"
        );
        assert_eq!(
            objects.object("GetDiskPartVirtualMachine").as_deref(),
            Some("VirtualMachine")
        );
        assert_eq!(objects.views("PatchDisk200ResponseDisk").len(), 3);
    }

    #[test]
    fn what_one_field_refers_to_is_one_object_under_the_vendors_name() {
        let vendor = document(
            json!({
                "DiskTemplateVersion": object(json!({"id": {"type": "string"}, "number": {"type": "integer"}})),
                "DiskTemplate": object(json!({"latest_version": reference("DiskTemplateVersion")})),
                "GetDiskTemplate200ResponseDiskTemplate": object(json!({"latest_version": reference("GetDiskTemplatePartLatestVersion")})),
                "GetDiskTemplatePartLatestVersion": object(json!({"id": {"type": "string"}})),
            }),
            json!({}),
        );
        let objects = Objects::of(&vendor);
        assert_eq!(
            objects.object("GetDiskTemplatePartLatestVersion").as_deref(),
            Some("DiskTemplateVersion")
        );
        assert_eq!(
            objects.object("GetDiskTemplate200ResponseDiskTemplate").as_deref(),
            Some("DiskTemplate")
        );
    }

    #[test]
    fn a_view_that_disagrees_joins_the_object_it_agrees_with_or_is_named_for_its_role() {
        let vendor = document(
            json!({
                "DiskStateEnum": {"type": "string", "enum": ["ok"]},
                "AttachmentStateEnum": {"type": "string", "enum": ["attached"]},
                "GetDisk200ResponseDisk": object(json!({"id": {"type": "string"}, "state": reference("DiskStateEnum")})),
                "PatchDisk200ResponseDisk": object(json!({"id": {"type": "string"}, "state": reference("DiskStateEnum")})),
                "VirtualMachineDisk": object(json!({"boot": {"type": "boolean"}, "state": reference("AttachmentStateEnum")})),
                // A machine's disks are attachments, though the place says `Disks`.
                "GetVirtualMachineDisks200ResponseDisks": object(json!({"boot": {"type": "boolean"}, "state": reference("AttachmentStateEnum")})),
                // Agrees with nothing: named for its role.
                "GetThingPartDisk": object(json!({"id": {"type": "integer"}, "size": {"type": "integer"}})),
                "GetThing200ResponseThing": object(json!({"disk": reference("GetThingPartDisk")})),
            }),
            json!({"/x": {"get": {"responses": {"200": {"content": {"application/json": {"schema": object(json!({
                "disks": {"type": "array", "items": reference("GetVirtualMachineDisks200ResponseDisks")}
            }))}}}}}}}),
        );
        let objects = Objects::of(&vendor);
        assert_eq!(objects.object("GetDisk200ResponseDisk").as_deref(), Some("Disk"));
        assert_eq!(
            objects.object("GetVirtualMachineDisks200ResponseDisks").as_deref(),
            Some("VirtualMachineDisk")
        );
        assert_eq!(objects.object("GetThingPartDisk").as_deref(), Some("ThingDisk"));
        assert_eq!(objects.object("DiskStateEnum"), None, "an enum is no object");
    }

    #[test]
    fn the_vendors_whole_document_settles_into_named_objects() {
        let vendor: Value =
            serde_json::from_str(include_str!("../../../spec/vendor/katapult-core-openapi.json")).expect("JSON");
        let objects = Objects::of(&vendor);
        for (view, object) in [
            ("GetOrganizationDisks200ResponseDisk", "Disk"),
            ("GetDiskPartVirtualMachine", "VirtualMachine"),
            ("GetOrganizationDiskTemplatesPartLatestVersion", "DiskTemplateVersion"),
            ("GetVirtualMachineDisks200ResponseDisks", "VirtualMachineDisk"),
            ("GetOrganizationIPAddresses200ResponseIPAddresses", "IpAddress"),
            ("GetDataCenters200ResponseDataCenters", "DataCenter"),
            ("GetCurrencies200ResponseCurrencies", "Currency"),
        ] {
            assert_eq!(objects.object(view).as_deref(), Some(object), "{view}");
        }
        let count = objects.views.len();
        assert!(count < 260, "{count} objects from the vendor's 430 views");
    }
}
