//! What an action changes, as the spec says it: each operation's `x-changes` (and, for a
//! read that answers with kept objects, its `x-reads`), read here as a small language over
//! JSON so that no operation needs code of its own. `spec/README.md` is its reference; in
//! short, for each object the action names (by its lookup argument, or the kind a create
//! makes):
//!
//! - `property: value` sets the property (`a.b` a nested one) to the value: a literal, or
//!   `$argument` (the request's argument; for a lookup, the object it names), followed by
//!   `.member`s; an argument the request leaves out leaves the property as it was;
//! - `"*": $argument` sets every member the argument gives (an update's `properties`), and
//!   `a.*` every member of the object at `a`;
//! - `property: {$work: {running, succeeded, failed}}` moves the property with the work the
//!   answer starts: `running` while it runs, then `succeeded` or `failed`;
//! - `$requires: {property: code}` (or `property=value: code`) refuses the action with the
//!   documented error `code` unless the property is set (or has that value);
//! - `$refers: {property: argument}` says the IDs at `property` name objects of the kind
//!   the lookup `argument` names: each must exist, and one removed is taken out of them.

use std::time::{Duration, Instant};

use serde_json::{Map, Value};

use crate::work::WorkOptions;

/// A property that moves with work: where it is, its values, and the work's clock.
#[derive(Clone, Debug)]
pub struct Moving {
    path: Vec<String>,
    running: Value,
    succeeded: Value,
    failed: Value,
    started: Instant,
    options: WorkOptions,
}

impl Moving {
    /// Sets the property in `object` to where the work stands at `now`: as it was for the
    /// first quarter (as work reads `pending`), then running, then final.
    pub fn render(&self, object: &mut Value, now: Instant) {
        let elapsed = now.saturating_duration_since(self.started);
        let value = if elapsed >= self.options.duration {
            if self.options.fails {
                &self.failed
            } else {
                &self.succeeded
            }
        } else if elapsed < self.options.duration / 4 {
            return;
        } else {
            &self.running
        };
        set_path(object, &self.path, value.clone());
    }

    /// Where the moving property is.
    pub(crate) fn path(&self) -> &[String] {
        &self.path
    }

    /// Whether it moves a property at or below `path`.
    pub(crate) fn under(&self, path: &[String]) -> bool {
        self.path.starts_with(path)
    }

    /// For a machine's `state`: its passing and settled states, which the world's machine
    /// moves through itself.
    pub(crate) fn state_change(&self) -> Option<(&str, &str)> {
        (self.path == ["state"]).then_some(())?;
        Some((self.running.as_str()?, self.succeeded.as_str()?))
    }

    /// Whether the work has ended at `now` (the property is final).
    pub(crate) fn settled(&self, now: Instant) -> bool {
        now.saturating_duration_since(self.started) >= self.options.duration
    }

    /// Writes the final value into `object` (once the work has ended, the move is forgotten).
    pub(crate) fn settle(&self, object: &mut Value) {
        self.render(object, self.started + self.options.duration + Duration::from_nanos(1));
    }
}

/// Writes the final value of each move in `moves` whose work has ended into `object`, and
/// forgets those moves.
pub(crate) fn settle_finished(moves: &mut Vec<Moving>, object: &mut Value) {
    let now = Instant::now();
    for done in moves.iter().filter(|m| m.settled(now)) {
        done.settle(object);
    }
    moves.retain(|m| !m.settled(now));
}

/// Why an action was refused: the documented error code to answer with.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Refused(pub(crate) String);

/// Applies `changes` (one object's entry of `x-changes`) to `object`. `argument` gives the
/// request's argument of a name (a lookup's object, a body value), `None` when it was left
/// out. Returns the properties that now move with work.
pub(crate) fn apply(
    changes: &Value,
    object: &mut Value,
    argument: &dyn Fn(&str) -> Option<Value>,
    work: WorkOptions,
) -> Result<Vec<Moving>, Refused> {
    let Some(changes) = changes.as_object() else {
        return Ok(Vec::new());
    };
    if let Some(requires) = changes.get("$requires").and_then(Value::as_object) {
        for (condition, code) in requires {
            let (path, wanted) = match condition.split_once('=') {
                Some((path, value)) => (path, Some(value)),
                None => (condition.as_str(), None),
            };
            let found = get_path(object, &split(path));
            let met = match wanted {
                Some(value) => found.and_then(Value::as_str) == Some(value),
                None => found.is_some_and(|v| !v.is_null()),
            };
            if !met {
                return Err(Refused(code.as_str().unwrap_or_default().to_owned()));
            }
        }
    }
    let mut moving = Vec::new();
    for (property, value) in changes.iter().filter(|(p, _)| !p.starts_with('$')) {
        if let Some(at) = property.strip_suffix('*') {
            if let Some(Value::Object(given)) = evaluate(value, argument) {
                let at = split(at.trim_end_matches('.'));
                let at: Vec<String> = at.into_iter().filter(|m| !m.is_empty()).collect();
                for (name, member) in given {
                    let mut path = at.clone();
                    path.push(name);
                    set_path(object, &path, member);
                }
            }
            continue;
        }
        let path = split(property);
        if let Some(states) = value.get("$work") {
            let state = |name: &str| states.get(name).cloned().unwrap_or(Value::Null);
            moving.push(Moving {
                path,
                running: state("running"),
                succeeded: state("succeeded"),
                failed: state("failed"),
                started: Instant::now(),
                options: work,
            });
            continue;
        }
        if let Some(value) = evaluate(value, argument) {
            set_path(object, &path, value);
        }
    }
    Ok(moving)
}

/// The properties one object's changes set outright (not those moving with work), each
/// as a path.
pub(crate) fn set_paths(changes: &Value) -> Vec<Vec<String>> {
    changes
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(property, value)| !property.starts_with('$') && value.get("$work").is_none())
        .map(|(property, _)| {
            split(property.trim_end_matches('*').trim_end_matches('.'))
                .into_iter()
                .filter(|m| !m.is_empty())
                .collect()
        })
        .collect()
}

/// The `$refers` of one object's changes: each property holding IDs, and the lookup
/// argument whose kind they name.
pub(crate) fn refers(changes: &Value) -> Vec<(Vec<String>, String)> {
    changes
        .get("$refers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(path, argument)| Some((split(path), argument.as_str()?.to_owned())))
        .collect()
}

/// The IDs at `path` in `object` (none when it holds no array of them).
pub(crate) fn ids_at(object: &Value, path: &[String]) -> Vec<String> {
    get_path(object, path)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|id| id.as_str().map(str::to_owned))
        .collect()
}

/// Takes `id` out of the array of IDs at `path` in `object`.
pub(crate) fn forget_id(object: &mut Value, path: &[String], id: &str) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let holder = parents
        .iter()
        .try_fold(&mut *object, |value, member| value.get_mut(member));
    if let Some(Value::Array(ids)) = holder.and_then(|h| h.get_mut(last)) {
        ids.retain(|kept| kept.as_str() != Some(id));
    }
}

/// The value `spec` stands for: `$name.member…` the argument's, an object member by member
/// (members whose argument is left out are left out), anything else itself.
pub(crate) fn evaluate(spec: &Value, argument: &dyn Fn(&str) -> Option<Value>) -> Option<Value> {
    match spec {
        Value::String(text) if text.starts_with('$') => {
            let mut path = split(&text[1..]).into_iter();
            let root = argument(&path.next()?)?;
            let rest: Vec<String> = path.collect();
            get_path(&root, &rest).cloned()
        }
        Value::Object(members) => {
            let evaluated: Map<String, Value> = members
                .iter()
                .filter_map(|(name, member)| Some((name.clone(), evaluate(member, argument)?)))
                .collect();
            Some(Value::Object(evaluated))
        }
        other => Some(other.clone()),
    }
}

/// Whether `object` meets every `path: value` of `conditions` (values evaluated as
/// [`evaluate`] does; one whose argument is left out is not met).
pub(crate) fn matches(object: &Value, conditions: &Value, argument: &dyn Fn(&str) -> Option<Value>) -> bool {
    conditions.as_object().into_iter().flatten().all(|(path, wanted)| {
        let wanted = evaluate(wanted, argument);
        wanted.is_some() && get_path(object, &split(path)) == wanted.as_ref()
    })
}

fn split(path: &str) -> Vec<String> {
    path.split('.').map(str::to_owned).collect()
}

fn get_path<'a>(value: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, member| value.get(member))
}

/// Sets the member at `path`, making the objects on the way where they are missing or null.
fn set_path(value: &mut Value, path: &[String], new: Value) {
    let Some((last, parents)) = path.split_last() else {
        *value = new;
        return;
    };
    let mut at = value;
    for member in parents {
        if !at.get(member).is_some_and(Value::is_object) {
            at[member.as_str()] = Value::Object(Map::new());
        }
        at = &mut at[member.as_str()];
    }
    if at.is_object() {
        at[last.as_str()] = new;
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn given(name: &str) -> Option<Value> {
        match name {
            "size_in_gb" => Some(json!(40)),
            "virtual_machine" => Some(json!({"id": "vm_1", "fqdn": "a.b"})),
            "properties" => Some(json!({"name": "new", "description": null})),
            _ => None,
        }
    }

    #[test]
    fn values_come_from_arguments_literals_or_nothing_when_left_out() {
        let mut disk = json!({"size_in_gb": 20, "name": "d", "virtual_machine_disk": null});
        let changes = json!({
            "size_in_gb": "$size_in_gb",
            "name": "$absent",
            "virtual_machine_disk": {"virtual_machine": "$virtual_machine", "state": "detached", "boot": "$absent"},
        });
        let moving = apply(&changes, &mut disk, &given, WorkOptions::default()).map_err(|r| r.0);
        assert_eq!(moving.map(|m| m.len()), Ok(0));
        assert_eq!(
            disk,
            json!({"size_in_gb": 40, "name": "d", "virtual_machine_disk": {
                "virtual_machine": {"id": "vm_1", "fqdn": "a.b"}, "state": "detached"}})
        );
        let nested = json!({"virtual_machine_disk.state": "attached"});
        assert!(apply(&nested, &mut disk, &given, WorkOptions::default()).is_ok());
        assert_eq!(disk["virtual_machine_disk"]["state"], "attached");
    }

    #[test]
    fn members_merge_into_a_nested_object_and_referred_ids_are_read_and_forgotten() {
        let mut bucket = json!({"acl": {"public_read": false, "read_key_ids": ["k1"]}});
        let given = |name: &str| (name == "properties").then(|| json!({"acl": {"read_key_ids": ["k2", "k3"]}}));
        let changes = json!({"acl.*": "$properties.acl", "$refers": {"acl.read_key_ids": "access_key"}});
        assert!(apply(&changes, &mut bucket, &given, WorkOptions::default()).is_ok());
        assert_eq!(
            bucket,
            json!({"acl": {"public_read": false, "read_key_ids": ["k2", "k3"]}})
        );
        let [(path, argument)] = refers(&changes).try_into().unwrap_or_else(|_| panic!("one"));
        assert_eq!(
            (ids_at(&bucket, &path), argument.as_str()),
            (vec!["k2".to_owned(), "k3".to_owned()], "access_key")
        );
        forget_id(&mut bucket, &path, "k2");
        assert_eq!(bucket["acl"]["read_key_ids"], json!(["k3"]));
    }

    #[test]
    fn every_member_given_is_set_and_null_clears() {
        let mut vm = json!({"name": "old", "description": "kept?", "hostname": "h"});
        assert!(apply(&json!({"*": "$properties"}), &mut vm, &given, WorkOptions::default()).is_ok());
        assert_eq!(vm, json!({"name": "new", "description": null, "hostname": "h"}));
    }

    #[test]
    fn requirements_refuse_with_their_code() {
        let changes =
            json!({"$requires": {"virtual_machine_disk": "unassigned_disk"}, "virtual_machine_disk.state": "attached"});
        let mut disk = json!({"virtual_machine_disk": null});
        let refused = apply(&changes, &mut disk, &given, WorkOptions::default()).map(|_| ());
        assert_eq!(refused, Err(Refused("unassigned_disk".into())));
        assert_eq!(disk, json!({"virtual_machine_disk": null}), "nothing changes");
        let started = json!({"$requires": {"state=started": "virtual_machine_must_be_started"}});
        assert!(
            apply(
                &started,
                &mut json!({"state": "started"}),
                &given,
                WorkOptions::default()
            )
            .is_ok()
        );
        assert!(
            apply(
                &started,
                &mut json!({"state": "stopped"}),
                &given,
                WorkOptions::default()
            )
            .is_err()
        );
    }

    #[test]
    fn a_property_moves_with_work_then_settles() {
        let changes = json!({"state": {"$work": {"running": "building", "succeeded": "built", "failed": "failed"}}});
        let mut disk = json!({"state": "not_built"});
        let work = WorkOptions::taking(Duration::from_secs(8));
        let moving = apply(&changes, &mut disk, &given, work).unwrap_or_default();
        let [moving] = moving.as_slice() else {
            panic!("one property moves")
        };
        let at = |seconds: u64| {
            let mut shown = disk.clone();
            moving.render(&mut shown, moving.started + Duration::from_secs(seconds));
            shown["state"].clone()
        };
        assert_eq!(
            (at(1), at(4), at(8)),
            (json!("not_built"), json!("building"), json!("built"))
        );
        let failing = apply(&changes, &mut disk, &given, work.failing()).unwrap_or_default();
        let mut shown = disk.clone();
        failing[0].settle(&mut shown);
        assert_eq!(shown["state"], "failed");
        assert!(!failing[0].settled(failing[0].started));
    }

    #[test]
    fn conditions_match_members_against_arguments() {
        let disk = json!({"virtual_machine_disk": {"virtual_machine": {"id": "vm_1"}}});
        let mine = json!({"virtual_machine_disk.virtual_machine.id": "$virtual_machine.id"});
        assert!(matches(&disk, &mine, &given));
        assert!(!matches(&json!({"virtual_machine_disk": null}), &mine, &given));
        assert!(!matches(&disk, &json!({"id": "$absent"}), &given));
    }
}
