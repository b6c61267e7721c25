//! Work that finishes after its answer: the API objects that progress (a task, a virtual
//! machine build) and how each is read again, decided from the spec, so that a family the
//! spec gains later can be awaited with no code written for it.
//!
//! An object *progresses* when its schema (a component) has an `id` and a `status` or
//! `state` whose values include `failed` and a final success (`completed` or `complete`);
//! its other values are work in progress. It can be *awaited* when a `GET` operation
//! answers with it under a property named as one of its lookup arguments
//! (`GET /tasks/task?task[id]=…` answers `{"task": {…}}`). An operation *carries* it when
//! its success answer holds it under that same property (`POST
//! /virtual_machines/virtual_machine/start` answers `{"task": {…}}`).
//!
//! The SDK's build script generates a `wait_for_<property>` method for each awaitable object
//! (see `waiting.rs`); the simulator's request contracts say which answers start work and
//! which read it, so that the work progresses over time there (see `contracts.rs`).

use serde_json::{Value, json};

use crate::openapi;

/// The values a progressing object's state ends on.
const SUCCEEDED: [&str; 2] = ["completed", "complete"];
const FAILED: &str = "failed";
/// The state work starts in, when the values include it; otherwise the first value that
/// is neither final nor a draft.
const INITIAL: &str = "pending";
/// A state the API gives objects not yet submitted: never one work passes through.
const DRAFT: &str = "draft";

/// One kind of object that progresses and can be awaited.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progressing {
    /// The component schema (`Task`).
    pub schema: String,
    /// The answer property that holds it, and the lookup argument that finds it (`task`).
    pub key: String,
    /// The operation that reads it again (`get_task`).
    pub read_by: String,
    /// The property that holds its state (`status`).
    pub state: String,
    /// The state work starts in (`pending`).
    pub initial: String,
    /// The state of work under way (`running`).
    pub running: String,
    /// Every state the spec lists, in its order: any other is newer than the spec.
    pub values: Vec<String>,
    /// The final state of work that succeeded (`completed`).
    pub succeeded: String,
    /// The final state of work that failed (`failed`).
    pub failed: String,
    /// An integer property holding the percentage done, if the object has one (`progress`).
    pub percent: Option<String>,
}

impl Progressing {
    /// As the simulator's contracts hold it.
    pub(crate) fn to_json(&self) -> Value {
        json!({
            "key": self.key,
            "state": self.state,
            "initial": self.initial,
            "running": self.running,
            "succeeded": self.succeeded,
            "failed": self.failed,
            "percent": self.percent,
        })
    }
}

/// Every awaitable kind of object in `document`, in the order of the operations that read
/// them.
pub fn progressing(document: &Value) -> Vec<Progressing> {
    let mut found: Vec<Progressing> = Vec::new();
    for operation in openapi::operations(document) {
        if operation.method != "get" {
            continue;
        }
        let Some(id) = operation.id() else { continue };
        let Some(answer) = success_schema(document, operation.value) else {
            continue;
        };
        for key in lookup_arguments(document, operation.value) {
            let Some(property) = answer.get("properties").and_then(|p| p.get(key)) else {
                continue;
            };
            let Some(schema_name) = component_name(document, property) else {
                continue;
            };
            if found.iter().any(|p| p.schema == schema_name) {
                continue;
            }
            let schema = openapi::unwrap(document, property, String::new()).schema;
            if let Some(states) = states(document, schema) {
                found.push(Progressing {
                    schema: schema_name,
                    key: key.to_owned(),
                    read_by: id.to_owned(),
                    ..states
                });
            }
        }
    }
    found
}

/// An object that does not progress as work does but has a state to wait for (a virtual
/// machine `started`, a disk `built`): a component whose `state` is an enum of its own
/// (a component too), read by a `GET` that looks it up by ID and answers it under the
/// lookup's name.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Stateful {
    /// The component schema (`VirtualMachine`).
    pub schema: String,
    /// The answer property that holds it, and the lookup argument that finds it
    /// (`virtual_machine`).
    pub key: String,
    /// The operation that reads it (`get_virtual_machine`).
    pub read_by: String,
    /// The component of its `state` (`VirtualMachineStateEnum`).
    pub state_schema: String,
    /// The state it can fail in (`failed`), if its states have one: waiting for any other
    /// state ends there.
    pub failed: Option<String>,
    /// Every state the spec lists, in its order (never none): any other is newer than the
    /// spec.
    pub values: Vec<String>,
}

/// Every object of `document` with a state to wait for (see [`Stateful`]), in the order of
/// the operations that read them; work that progresses ([`progressing`]) is not among them.
pub fn stateful(document: &Value) -> Vec<Stateful> {
    let work: Vec<String> = progressing(document).into_iter().map(|p| p.schema).collect();
    let mut found: Vec<Stateful> = Vec::new();
    for operation in openapi::operations(document) {
        if operation.method != "get" {
            continue;
        }
        let Some(id) = operation.id() else { continue };
        let Some(answer) = success_schema(document, operation.value) else {
            continue;
        };
        let by_id: Vec<&str> = lookup_members(document, operation.value)
            .filter(|(_, key)| *key == "id")
            .map(|(argument, _)| argument)
            .collect();
        for key in by_id {
            let Some(property) = answer.get("properties").and_then(|p| p.get(key)) else {
                continue;
            };
            let Some(schema) = component_name(document, property) else {
                continue;
            };
            if work.contains(&schema) || found.iter().any(|s| s.schema == schema) {
                continue;
            }
            let object = openapi::unwrap(document, property, String::new()).schema;
            let Some(state) = object.get("properties").and_then(|p| p.get("state")) else {
                continue;
            };
            let Some(state_schema) = component_name(document, state) else {
                continue;
            };
            let values: Vec<String> = openapi::unwrap(document, state, String::new())
                .schema
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect();
            if values.is_empty() {
                continue;
            }
            let failed = values.iter().any(|v| v == FAILED).then(|| FAILED.to_owned());
            found.push(Stateful {
                schema,
                key: key.to_owned(),
                read_by: id.to_owned(),
                state_schema,
                failed,
                values,
            });
        }
    }
    found
}

/// The operations that read something a wait can be for: work ([`progressing`]) and objects
/// with a state ([`stateful`]).
pub fn awaited_reads(document: &Value) -> Vec<String> {
    let work = progressing(document).into_iter().map(|p| p.read_by);
    work.chain(stateful(document).into_iter().map(|s| s.read_by)).collect()
}

/// The kinds of `kinds` that `operation`'s success answer holds, each under its key.
pub fn carried<'k>(document: &Value, operation: &Value, kinds: &'k [Progressing]) -> Vec<&'k Progressing> {
    let Some(answer) = success_schema(document, operation) else {
        return Vec::new();
    };
    let properties = answer.get("properties").and_then(Value::as_object);
    kinds
        .iter()
        .filter(|kind| {
            properties
                .and_then(|p| p.get(&kind.key))
                .and_then(|property| component_name(document, property))
                .as_deref()
                == Some(kind.schema.as_str())
        })
        .collect()
}

/// The success answer's JSON schema, references followed.
pub(crate) fn success_schema<'a>(document: &'a Value, operation: &'a Value) -> Option<&'a Value> {
    let responses = operation.get("responses")?.as_object()?;
    let (_, response) = responses.iter().find(|(status, _)| status.starts_with('2'))?;
    let response = openapi::resolve(document, response).ok()?;
    let schema = response.pointer("/content/application~1json/schema")?;
    openapi::resolve(document, schema).ok()
}

/// The component a property holds, through references and `allOf` wrappers (`Task`).
pub(crate) fn component_name(document: &Value, property: &Value) -> Option<String> {
    let pointer = openapi::unwrap(document, property, String::new()).pointer;
    pointer.strip_prefix("#/components/schemas/").map(str::to_owned)
}

/// The lookup arguments of `operation` in its query (`task` of `task[id]`).
fn lookup_arguments<'a>(document: &'a Value, operation: &'a Value) -> impl Iterator<Item = &'a str> {
    lookup_members(document, operation).map(|(argument, _)| argument)
}

/// The lookup groups' members of `operation`'s query: (`task`, `id`) for `task[id]`.
fn lookup_members<'a>(document: &'a Value, operation: &'a Value) -> impl Iterator<Item = (&'a str, &'a str)> {
    operation
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(move |parameter| {
            let parameter = openapi::resolve(document, parameter).ok()?;
            let name = parameter.get("name").and_then(Value::as_str)?;
            openapi::lookup_group_member(name)
        })
}

/// How `schema`'s state reads, if it progresses (see the module docs). The schema and the
/// operation fields are left empty, for the caller.
fn states(document: &Value, schema: &Value) -> Option<Progressing> {
    let properties = schema.get("properties")?.as_object()?;
    properties.get("id")?;
    // The first of `status` and `state` whose values end work both ways.
    let (field, values, succeeded, failed) = ["status", "state"].iter().find_map(|field| {
        let property = properties.get(*field)?;
        let values = openapi::unwrap(document, property, String::new())
            .schema
            .get("enum")?
            .as_array()?
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>();
        let succeeded = *values.iter().find(|v| SUCCEEDED.contains(v))?;
        let failed = *values.iter().find(|v| **v == FAILED)?;
        Some((*field, values, succeeded, failed))
    })?;
    let in_progress: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| *v != succeeded && *v != failed && *v != DRAFT)
        .collect();
    let initial = if in_progress.contains(&INITIAL) {
        INITIAL
    } else {
        in_progress.first()?
    };
    let running = in_progress.iter().find(|v| **v != initial).unwrap_or(&initial);
    let percent = properties
        .get("progress")
        .filter(|p| openapi::unwrap(document, p, String::new()).schema.get("type") == Some(&json!("integer")))
        .map(|_| "progress".to_owned());
    Some(Progressing {
        schema: String::new(),
        key: String::new(),
        read_by: String::new(),
        state: field.to_owned(),
        initial: initial.to_owned(),
        running: (*running).to_owned(),
        succeeded: succeeded.to_owned(),
        failed: failed.to_owned(),
        percent,
        values: values.iter().map(|v| (*v).to_owned()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document() -> Value {
        let answer = |key: &str, schema: &str| {
            json!({"200": {"description": "OK", "content": {"application/json": {"schema": {
                "type": "object", "properties": {key: {"$ref": format!("#/components/schemas/{schema}")}}}}}}})
        };
        json!({
            "paths": {
                "/tasks/task": {"get": {
                    "operationId": "get_task",
                    "parameters": [{"name": "task[id]", "in": "query", "schema": {"type": "string"}}],
                    "responses": answer("task", "Task"),
                }},
                "/things/thing/start": {"post": {
                    "operationId": "start_thing",
                    "responses": answer("task", "Task"),
                }},
                "/builds/build": {"get": {
                    "operationId": "get_build",
                    "parameters": [{"name": "build[id]", "in": "query", "schema": {"type": "string"}}],
                    "responses": answer("build", "Build"),
                }},
                "/things/thing": {"get": {
                    "operationId": "get_thing",
                    "parameters": [{"name": "thing[id]", "in": "query", "schema": {"type": "string"}}],
                    "responses": answer("thing", "Thing"),
                }},
            },
            "components": {"schemas": {
                "Task": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "status": {"$ref": "#/components/schemas/TaskStatus"},
                    "progress": {"type": "integer"},
                }},
                "TaskStatus": {"type": "string", "enum": ["pending", "running", "completed", "failed"]},
                "Build": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "state": {"allOf": [{"$ref": "#/components/schemas/BuildState"}], "nullable": true},
                }},
                "BuildState": {"type": "string", "enum": ["draft", "failed", "pending", "complete", "building"]},
                "Thing": {"type": "object", "properties": {
                    "id": {"type": "string"},
                    "state": {"type": "string", "enum": ["started", "stopped"]},
                }},
            }},
        })
    }

    #[test]
    fn an_object_with_final_states_read_by_its_lookup_can_be_awaited() {
        let document = document();
        let kinds = progressing(&document);
        let named = |schema: &str| kinds.iter().find(|k| k.schema == schema).expect(schema);
        let task = named("Task");
        assert_eq!(
            (task.schema.as_str(), task.key.as_str(), task.read_by.as_str()),
            ("Task", "task", "get_task")
        );
        assert_eq!(
            (
                task.initial.as_str(),
                task.running.as_str(),
                task.succeeded.as_str(),
                task.failed.as_str()
            ),
            ("pending", "running", "completed", "failed")
        );
        assert_eq!(task.percent.as_deref(), Some("progress"));
        let build = named("Build");
        assert_eq!(
            (
                build.state.as_str(),
                build.initial.as_str(),
                build.running.as_str(),
                build.succeeded.as_str()
            ),
            ("state", "pending", "building", "complete"),
            "a draft is never a state work passes through"
        );
        assert_eq!(build.percent, None);
        assert_eq!(
            kinds.len(),
            2,
            "an object whose states never end is not awaited: {kinds:?}"
        );
    }

    #[test]
    fn an_operation_whose_answer_holds_an_awaitable_object_carries_it() {
        let document = document();
        let kinds = progressing(&document);
        let start = &document["paths"]["/things/thing/start"]["post"];
        let carried: Vec<&str> = carried(&document, start, &kinds)
            .iter()
            .map(|k| k.key.as_str())
            .collect();
        assert_eq!(carried, ["task"]);
        let get_thing = &document["paths"]["/things/thing"]["get"];
        assert!(carried_by_none(&document, get_thing, &kinds));
    }

    fn carried_by_none(document: &Value, operation: &Value, kinds: &[Progressing]) -> bool {
        carried(document, operation, kinds).is_empty()
    }
}
