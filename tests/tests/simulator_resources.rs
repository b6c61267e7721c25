//! Every resource the simulator keeps from the spec, driven through its whole life on the
//! wire: created in its parent, found by each of its keys, listed, updated, deleted (to the
//! trash and restored from it, or removed), with the documented errors along the way. The
//! resources and their operations come from the spec (build-tools' request contracts), so a
//! family the spec gains is covered here the moment the simulator keeps it.

use std::collections::BTreeMap;
use std::time::Duration;

use katapult_sdk::Wait;
use katapult_simulator::{RunningSimulator, Simulator, WorkOptions, seeded};
use katapult_tests::http::simulator_client;
use reqwest::Method;
use serde_json::{Value, json};

/// One operation's part in a resource, as the contracts give it.
#[derive(Clone, Debug)]
struct Role {
    operation: String,
    method: Method,
    path: String,
    kind: String,
    /// The lookup argument that names one (`access_key` for `object_storage_access_key`).
    argument: String,
    /// Each lookup's keys, by argument.
    lookup_keys: BTreeMap<String, Vec<String>>,
    /// The documented error for an object of the kind that does not exist.
    missing: String,
    role: String,
    parent: Option<String>,
    items: Option<String>,
    keys: Vec<String>,
    settable: Vec<String>,
    to_trash: bool,
    /// Lookups that must name objects that exist.
    references: Vec<String>,
    /// The lookups that travel in the query (the rest, in the body).
    in_query: Vec<String>,
    /// What it changes (`x-changes`), if it is an action the spec describes.
    changes: Option<Value>,
    /// The request body's schema, for a sample to start from.
    body: Option<Value>,
}

fn roles() -> Vec<Role> {
    let spec = katapult_tests::spec();
    let contracts = katapult_build_tools::request_contracts(spec).expect("the contracts build");
    let strings = |value: &Value| -> Vec<String> {
        value
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect()
    };
    contracts
        .as_array()
        .expect("a list")
        .iter()
        .filter(|c| !c["resource"].is_null())
        .map(|c| {
            let resource = &c["resource"];
            let operation = c["operation_id"].as_str().expect("an id").to_owned();
            let body = spec
                .operations()
                .into_iter()
                .find(|o| o.id() == Some(operation.as_str()))
                .and_then(|o| {
                    o.value
                        .pointer("/requestBody/content/application~1json/schema")
                        .cloned()
                });
            Role {
                method: c["method"].as_str().expect("a method").parse().expect("a method"),
                path: c["path"].as_str().expect("a path").to_owned(),
                kind: resource["kind"].as_str().expect("a kind").to_owned(),
                argument: resource["argument"].as_str().expect("an argument").to_owned(),
                lookup_keys: c["lookups"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|l| {
                        (
                            l["argument"].as_str().unwrap_or_default().to_owned(),
                            strings(&l["keys"]),
                        )
                    })
                    .collect(),
                missing: resource["missing"].as_str().unwrap_or_default().to_owned(),
                role: resource["role"].as_str().expect("a role").to_owned(),
                parent: resource["parent"].as_str().map(str::to_owned),
                items: resource["items"].as_str().map(str::to_owned),
                keys: strings(&resource["keys"]),
                settable: strings(&resource["settable"]),
                to_trash: resource["to_trash"].as_bool().unwrap_or(false),
                references: resource["references"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|r| r[0].as_str().map(str::to_owned))
                    .collect(),
                changes: Some(c["changes"].clone()).filter(|c| !c.is_null()),
                in_query: c["lookups"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter(|l| l["in"] == "query")
                    .filter_map(|l| l["argument"].as_str().map(str::to_owned))
                    .collect(),
                operation,
                body,
            }
        })
        .collect()
}

/// The simulator on the wire, with work that is final when first read.
struct Api {
    simulator: RunningSimulator,
    http: reqwest::Client,
    roles: Vec<Role>,
    names: std::cell::Cell<u32>,
}

impl Api {
    async fn start() -> Self {
        let simulator = Simulator::builder()
            .work(WorkOptions::taking(Duration::ZERO))
            .start()
            .await
            .expect("the simulator starts");
        Self {
            simulator,
            http: reqwest::Client::new(),
            roles: roles(),
            names: std::cell::Cell::new(0),
        }
    }

    fn role(&self, kind: &str, role: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.kind == kind && r.role == role)
    }

    /// A name no other object has.
    fn fresh_name(&self, kind: &str) -> String {
        let n = self.names.get() + 1;
        self.names.set(n);
        format!("{}-{n}", kind.replace('_', "-"))
    }

    /// Sends `role`'s request: `lookups` in the query (`GET`, `DELETE`, `POST` without a
    /// body) or in the body beside `body`'s fields.
    async fn send(&self, role: &Role, lookups: &[(&str, &str, &str)], mut body: Value) -> (u16, Value) {
        // The references not given name objects that exist.
        let mut filled: Vec<(String, String, String)> = Vec::new();
        for reference in role
            .references
            .iter()
            .filter(|r| !lookups.iter().any(|(a, ..)| a == *r))
        {
            let key = role
                .lookup_keys
                .get(reference)
                .and_then(|k| k.first())
                .cloned()
                .unwrap_or_else(|| "id".into());
            let value = Box::pin(self.existing(reference)).await;
            filled.push((reference.clone(), key, value));
        }
        let mut lookups: Vec<(&str, &str, &str)> = lookups.to_vec();
        lookups.extend(filled.iter().map(|(a, k, v)| (a.as_str(), k.as_str(), v.as_str())));
        let lookups = lookups.as_slice();
        let url = format!("{}{}", self.simulator.url(), role.path);
        let mut request = self
            .http
            .request(role.method.clone(), url)
            .bearer_auth(self.simulator.token());
        let in_query = |argument: &str| role.body.is_none() || role.in_query.iter().any(|q| q == argument);
        let query: Vec<(String, &str)> = lookups
            .iter()
            .filter(|(argument, ..)| in_query(argument))
            .map(|(argument, key, value)| (format!("{argument}[{key}]"), *value))
            .collect();
        request = request.query(&query);
        if role.body.is_some() {
            for (argument, key, value) in lookups.iter().filter(|(argument, ..)| !in_query(argument)) {
                body[*argument] = json!({*key: value});
            }
            request = request.json(&body);
        }
        let response = request.send().await.expect("the simulator answers");
        let status = response.status().as_u16();
        (status, response.json().await.expect("a JSON answer"))
    }

    /// The lookup of `role`'s parent that exists: the seeded organisation or virtual
    /// machine, or a new object of a kept kind.
    async fn parent(&self, role: &Role) -> (String, &'static str, String) {
        let argument = role.parent.clone().expect("a create or list has a parent");
        match argument.as_str() {
            "organization" => (argument, "sub_domain", seeded::ORGANIZATION_SUB_DOMAIN.to_owned()),
            "virtual_machine" => (argument, "fqdn", seeded::MANGO_FQDN.to_owned()),
            kind => {
                let create = self.role(kind, "create").expect("a kept parent can be created").clone();
                let made = Box::pin(self.create(&create, None)).await;
                (argument, "id", id(&made))
            }
        }
    }

    /// Creates an object with `create`, named afresh where it has a name; returns it.
    async fn create(&self, create: &Role, parent: Option<(String, &'static str, String)>) -> Value {
        let parent = match parent {
            Some(parent) => parent,
            None => self.parent(create).await,
        };
        let spec = katapult_tests::spec();
        let mut body = create
            .body
            .as_ref()
            .map(|schema| katapult_build_tools::sample(spec.raw(), schema))
            .unwrap_or_else(|| json!({}));
        if create.settable.iter().any(|s| s == "name") {
            body["properties"]["name"] = json!(self.fresh_name(&create.kind));
        }
        // IDs a sample makes up (a bucket's key IDs) name nothing: none are given.
        if let Some(properties) = body.get_mut("properties") {
            clear_made_up_ids(properties);
        }
        let (status, answer) = self.send(create, &[(&parent.0, parent.1, &parent.2)], body).await;
        assert!((200..300).contains(&status), "{}: {status} {answer}", create.operation);
        self.await_task(&create.operation, &answer).await;
        let object = answer[&create.kind].clone();
        assert!(object[&create.keys[0]].is_string(), "{}: {answer}", create.operation);
        object
    }

    /// The ID of an object a lookup `argument` can name: one the simulator holds (a
    /// catalog's, or a kept kind's, made here when there is none yet), or the seeded
    /// machine's.
    async fn existing(&self, argument: &str) -> String {
        let world = self.simulator.world();
        match argument {
            "virtual_machine" => return world.virtual_machines[world.vm_by_fqdn[seeded::MANGO_FQDN]].id.clone(),
            "virtual_machine_network_interface" => {
                let machine = &world.virtual_machines[world.vm_by_fqdn[seeded::MANGO_FQDN]];
                return world.interfaces[machine.interfaces[0]].id.clone();
            }
            _ => {}
        }
        let kinds: Vec<String> = self.roles.iter().map(|r| r.kind.clone()).collect();
        let kind = kinds
            .iter()
            .find(|k| *k == argument)
            .or_else(|| {
                kinds
                    .iter()
                    .find(|k| k.ends_with(&format!("_{argument}")) || argument.ends_with(&format!("_{k}")))
            })
            .cloned()
            .unwrap_or_else(|| argument.to_owned());
        if !self.roles.iter().any(|r| r.kind == kind) {
            // A kind the simulator holds nothing of (an object storage cluster) is taken as given.
            return "anywhere".to_owned();
        }
        if let Some(object) = self.simulator.objects(&kind).first() {
            return id(object);
        }
        let create = self
            .role(&kind, "create")
            .unwrap_or_else(|| panic!("no {kind} to name"))
            .clone();
        id(&Box::pin(self.create(&create, None)).await)
    }

    /// Awaits the task an answer carries, if it carries one (then with an ID), through the
    /// SDK.
    async fn await_task(&self, operation: &str, answer: &Value) {
        if let Some(task) = answer.get("task") {
            let task = task["id"]
                .as_str()
                .unwrap_or_else(|| panic!("{operation}: a task without an ID"));
            let client = simulator_client(&self.simulator, self.simulator.token());
            let done = client
                .wait_for_task(
                    task,
                    Wait::new().poll_interval(Duration::from_millis(10), Duration::from_millis(50)),
                )
                .await
                .unwrap_or_else(|e| panic!("{operation}: its task: {e}"));
            assert_eq!(done.status.to_string(), "completed", "{operation}");
        }
    }

    /// The IDs `list` gives under `parent`.
    async fn listed(&self, list: &Role, parent: &(String, &'static str, String)) -> Vec<String> {
        let (status, answer) = self.send(list, &[(&parent.0, parent.1, &parent.2)], json!({})).await;
        assert_eq!(status, 200, "{}: {answer}", list.operation);
        let items = list.items.as_deref().expect("a list names its items");
        answer[items].as_array().expect("a list").iter().map(id).collect()
    }
}

/// Empties every array of IDs (`…_ids`) in `value`.
fn clear_made_up_ids(value: &mut Value) {
    if let Some(members) = value.as_object_mut() {
        for (name, member) in members.iter_mut() {
            if name.ends_with("_ids") && member.is_array() {
                *member = json!([]);
            } else {
                clear_made_up_ids(member);
            }
        }
    }
}

fn id(object: &Value) -> String {
    object["id"].as_str().expect("an id").to_owned()
}

fn code(answer: &Value) -> &str {
    answer["error"]["code"].as_str().unwrap_or_default()
}

#[tokio::test]
async fn every_kept_resource_is_created_found_listed_updated_deleted_and_restored() {
    let api = Api::start().await;
    // A kind whose list the simulator models by hand is the world's, not kept.
    let kept = katapult_simulator::kept();
    let creates: Vec<Role> = api
        .roles
        .iter()
        .filter(|r| r.role == "create" && kept.contains(&r.operation.as_str()))
        .cloned()
        .collect();
    let mut lived: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for create in &creates {
        let kind = create.kind.as_str();
        let mut steps = vec!["create"];
        let parent = api.parent(create).await;
        let object = api.create(create, Some(parent.clone())).await;
        // Found by its first key (an ID, or a bucket's name), through its own argument.
        let (argument, first_key) = (create.argument.as_str(), create.keys[0].as_str());
        let object_id = object[first_key].as_str().expect("its key").to_owned();

        // Found by each of its keys.
        if let Some(get) = api.role(kind, "get") {
            for key in &get.keys {
                let Some(value) = object[key].as_str() else { continue };
                let (status, answer) = api.send(get, &[(argument, key, value)], json!({})).await;
                assert_eq!((status, &answer[kind]), (200, &object), "{}: by {key}", get.operation);
            }
            let (status, answer) = api.send(get, &[(argument, first_key, "nothing_here")], json!({})).await;
            assert_eq!(
                (status, code(&answer)),
                (404, get.missing.as_str()),
                "{}",
                get.operation
            );
            steps.push("get");
        }

        // Listed under its parent, and under no other (where it has a list).
        let list = api
            .roles
            .iter()
            .find(|r| r.kind == kind && r.role == "list" && r.parent == create.parent);
        if let Some(list) = list {
            assert!(
                api.listed(list, &parent).await.contains(&object_id),
                "{}",
                list.operation
            );
        }
        if let (Some(list), "organization") = (list, parent.0.as_str()) {
            let elsewhere = (parent.0.clone(), "sub_domain", "nowhere".to_owned());
            let (status, answer) = api
                .send(list, &[(&elsewhere.0, elsewhere.1, &elsewhere.2)], json!({}))
                .await;
            assert_eq!(
                (status, code(&answer)),
                (404, "organization_not_found"),
                "{}",
                list.operation
            );
        }
        steps.push("list");

        // Updated: a new name, seen on reading it again.
        if let Some(update) = api
            .role(kind, "update")
            .filter(|u| u.settable.iter().any(|s| s == "name"))
        {
            let name = api.fresh_name(kind);
            let body = json!({"properties": {"name": name}});
            let (status, answer) = api.send(update, &[(argument, first_key, &object_id)], body).await;
            assert_eq!(
                (status, answer[kind]["name"].as_str()),
                (200, Some(name.as_str())),
                "{}",
                update.operation
            );
            // Found again by the key it has now (a bucket is found by its name).
            let now = answer[kind][first_key].as_str().unwrap_or(&object_id).to_owned();
            if let Some(get) = api.role(kind, "get") {
                let (_, again) = api.send(get, &[(argument, first_key, &now)], json!({})).await;
                assert_eq!(again[kind]["name"], json!(name), "{}", update.operation);
            }
            if now != object_id {
                // Named back, so what follows finds it as it was made.
                let body = json!({"properties": {"name": object_id}});
                let (status, _) = api.send(update, &[(argument, first_key, &now)], body).await;
                assert_eq!(status, 200, "{}", update.operation);
            }
            steps.push("update");
        }

        // Deleted: to the trash and back, or gone.
        if let Some(delete) = api.role(kind, "delete") {
            let (status, answer) = api.send(delete, &[(argument, first_key, &object_id)], json!({})).await;
            assert_eq!(status, 200, "{}: {answer}", delete.operation);
            if let Some(list) = list {
                assert!(
                    !api.listed(list, &parent).await.contains(&object_id),
                    "{}",
                    delete.operation
                );
            }
            if let Some(get) = api.role(kind, "get") {
                let (status, answer) = api.send(get, &[(argument, first_key, &object_id)], json!({})).await;
                let expected = if delete.to_trash {
                    (406, "object_in_trash".to_owned())
                } else {
                    (404, get.missing.clone())
                };
                assert_eq!(
                    (status, code(&answer).to_owned()),
                    expected,
                    "{} then {}",
                    delete.operation,
                    get.operation
                );
            }
            steps.push("delete");
            if delete.to_trash {
                assert_eq!(
                    answer["trash_object"]["object_id"],
                    json!(object_id),
                    "{}",
                    delete.operation
                );
                restore_then_purge(&api, create, &parent, &object_id).await;
                steps.extend(["restore", "purge"]);
            }
        }
        lived.insert(create.operation.clone(), steps);
    }
    // Every family the simulator keeps, at least these (a regression would drop some).
    for kind in [
        "tag",
        "disk",
        "dns_zone",
        "dns_record",
        "security_group",
        "security_group_rule",
        "load_balancer_rule",
        "virtual_network",
        "object_storage_access_key",
        "object_storage_bucket",
    ] {
        assert!(creates.iter().any(|c| c.kind == kind), "{kind} is kept: {lived:?}");
    }
    assert!(
        lived.values().filter(|steps| steps.contains(&"restore")).count() >= 2,
        "disks and file storage volumes go to the trash: {lived:?}"
    );
}

/// An object in the trash is listed there, found by its own ID, restored to be found again,
/// then deleted again and purged (awaiting the purge's task) to be gone for good.
async fn restore_then_purge(api: &Api, create: &Role, parent: &(String, &'static str, String), object_id: &str) {
    let kind = create.kind.as_str();
    let trash = "trash_object";
    let list_trash = api.role(trash, "trash_list").expect("the trash is listed");
    let (_, listed) = api
        .send(list_trash, &[(&parent.0, parent.1, &parent.2)], json!({}))
        .await;
    let items = listed[list_trash.items.as_deref().expect("items")]
        .as_array()
        .expect("a list")
        .clone();
    assert!(
        items.iter().any(|t| t["object_id"] == json!(object_id)),
        "{kind}: {listed}"
    );

    let restore = api.role(trash, "restore").expect("the trash restores");
    let (status, answer) = api.send(restore, &[(trash, "object_id", object_id)], json!({})).await;
    assert_eq!(status, 200, "{}: {answer}", restore.operation);
    if let Some(get) = api.role(kind, "get") {
        let (status, _) = api.send(get, &[(kind, "id", object_id)], json!({})).await;
        assert_eq!(status, 200, "{kind} is back after {}", restore.operation);
    }
    let (status, _) = api.send(restore, &[(trash, "object_id", object_id)], json!({})).await;
    assert_eq!(status, 404, "{kind}: restored twice");

    let delete = api.role(kind, "delete").expect("a delete");
    let (status, _) = api.send(delete, &[(kind, "id", object_id)], json!({})).await;
    assert_eq!(status, 200, "{}", delete.operation);
    let purge = api.role(trash, "purge").expect("the trash purges");
    let (status, answer) = api.send(purge, &[(trash, "object_id", object_id)], json!({})).await;
    assert_eq!(status, 200, "{}: {answer}", purge.operation);
    api.await_task(&purge.operation, &answer).await;
    let trash_get = api.role(trash, "trash_get").expect("the trash is read");
    let (status, answer) = api.send(trash_get, &[(trash, "object_id", object_id)], json!({})).await;
    assert_eq!(
        (status, code(&answer)),
        (404, "trash_object_not_found"),
        "{kind}: purged"
    );
}

#[tokio::test]
async fn purging_the_whole_trash_empties_it_and_a_lookup_key_is_held_once() {
    let api = Api::start().await;
    let organization = (
        "organization".to_owned(),
        "sub_domain",
        seeded::ORGANIZATION_SUB_DOMAIN.to_owned(),
    );
    let trashable: Vec<Role> = api
        .roles
        .iter()
        .filter(|r| r.role == "create" && api.role(&r.kind, "delete").is_some_and(|d| d.to_trash))
        .cloned()
        .collect();
    assert!(!trashable.is_empty(), "some resource goes to the trash");
    for create in &trashable {
        let object = api.create(create, Some(organization.clone())).await;
        let delete = api.role(&create.kind, "delete").expect("a delete");
        let (status, _) = api.send(delete, &[(&create.kind, "id", &id(&object))], json!({})).await;
        assert_eq!(status, 200);
    }
    let list_trash = api.role("trash_object", "trash_list").expect("the trash is listed");
    let trash_items = |answer: &Value| answer["trash_objects"].as_array().map_or(0, Vec::len);
    let (_, before) = api
        .send(
            list_trash,
            &[(&organization.0, organization.1, &organization.2)],
            json!({}),
        )
        .await;
    // The seeded world's machine in the trash, and what was just deleted.
    let machines_in_trash = 1;
    assert_eq!(trash_items(&before), trashable.len() + machines_in_trash, "{before}");
    let purge_all = api.role("trash_object", "purge_all").expect("the trash purges at once");
    let (status, answer) = api
        .send(
            purge_all,
            &[(&organization.0, organization.1, &organization.2)],
            json!({}),
        )
        .await;
    assert_eq!(status, 200, "{answer}");
    api.await_task(&purge_all.operation, &answer).await;
    let (_, after) = api
        .send(
            list_trash,
            &[(&organization.0, organization.1, &organization.2)],
            json!({}),
        )
        .await;
    assert_eq!(trash_items(&after), 0, "{after}");

    // A key other than the ID (a zone's name) names one object: a second is refused.
    let unique: Vec<Role> = api
        .roles
        .iter()
        .filter(|r| r.role == "create" && r.keys.iter().any(|k| k != "id" && r.settable.contains(k)))
        .cloned()
        .collect();
    assert!(unique.iter().any(|r| r.kind == "dns_zone"), "{unique:?}");
    for create in &unique {
        let key = create
            .keys
            .iter()
            .find(|k| *k != "id" && create.settable.contains(k))
            .expect("a key");
        let first = api.create(create, None).await;
        let parent = api.parent(create).await;
        let spec = katapult_tests::spec();
        let mut body = katapult_build_tools::sample(spec.raw(), create.body.as_ref().expect("a body"));
        body["properties"][key] = first[key].clone();
        let (status, answer) = api.send(create, &[(&parent.0, parent.1, &parent.2)], body).await;
        assert_eq!(
            (status, code(&answer)),
            (422, "validation_error"),
            "{}: a second {key}",
            create.operation
        );
        let holding: Vec<Value> = api
            .simulator
            .objects(&create.kind)
            .into_iter()
            .filter(|o| o[key] == first[key])
            .collect();
        assert_eq!(holding, [first], "{}: the first keeps it", create.operation);
    }
}

/// The seeded world's load balancer is a kept object; a disk purged from the trash takes
/// its backup policies with it.
#[tokio::test]
async fn seeded_objects_are_found_and_a_purge_takes_what_an_object_is_the_parent_of() {
    let api = Api::start().await;
    let world = api.simulator.world();
    let (balancer, name) = world
        .ip_addresses
        .iter()
        .find_map(|ip| ip.load_balancer.clone())
        .expect("the seeded world has a load balancer");
    let get = api.role("load_balancer", "get").expect("load balancers are kept");
    let (status, answer) = api.send(get, &[("load_balancer", "id", &balancer)], json!({})).await;
    assert_eq!(
        (status, answer["load_balancer"]["name"].as_str()),
        (200, Some(name.as_str())),
        "{answer}"
    );

    let create_policy = api
        .roles
        .iter()
        .find(|r| r.kind == "disk_backup_policy" && r.role == "create" && r.parent.as_deref() == Some("disk"))
        .expect("a disk's backup policies are kept")
        .clone();
    let organization = (
        "organization".to_owned(),
        "sub_domain",
        seeded::ORGANIZATION_SUB_DOMAIN.to_owned(),
    );
    let disk = api
        .create(api.role("disk", "create").expect("disks are kept"), Some(organization))
        .await;
    let disk_id = id(&disk);
    let policy = api
        .create(&create_policy, Some(("disk".to_owned(), "id", disk_id.clone())))
        .await;
    let delete = api.role("disk", "delete").expect("disks are deleted");
    let (status, _) = api.send(delete, &[("disk", "id", &disk_id)], json!({})).await;
    assert_eq!(status, 200);
    let get_policy = api.role("disk_backup_policy", "get").expect("policies are read");
    let (status, _) = api
        .send(get_policy, &[("disk_backup_policy", "id", &id(&policy))], json!({}))
        .await;
    assert_eq!(status, 200, "in the trash, the disk keeps its policies");
    let purge = api.role("trash_object", "purge").expect("the trash purges");
    let (status, _) = api
        .send(purge, &[("trash_object", "object_id", &disk_id)], json!({}))
        .await;
    assert_eq!(status, 200);
    let (status, answer) = api
        .send(get_policy, &[("disk_backup_policy", "id", &id(&policy))], json!({}))
        .await;
    assert_eq!(
        (status, code(&answer)),
        (404, "disk_backup_policy_not_found"),
        "purged with its disk"
    );
}

/// The value an `x-changes` entry says a property takes, given what the request sent
/// (`sent`: its body members and the objects its lookups named); `None` when it depends on
/// an argument not sent.
fn expected(spec: &Value, sent: &BTreeMap<String, Value>) -> Option<Value> {
    match spec {
        Value::String(text) if text.starts_with('$') => {
            let mut path = text[1..].split('.');
            let root = sent.get(path.next()?)?;
            path.try_fold(root, |value, member| value.get(member)).cloned()
        }
        Value::Object(members) if members.contains_key("$work") => members["$work"].get("succeeded").cloned(),
        Value::Object(members) => Some(Value::Object(
            members
                .iter()
                .filter_map(|(name, member)| Some((name.clone(), expected(member, sent)?)))
                .collect(),
        )),
        other => Some(other.clone()),
    }
}

/// Whether `read` shows `wanted`: an object named by a lookup is the same object (its ID).
fn shows(read: &Value, wanted: &Value) -> bool {
    match (read, wanted) {
        (Value::Object(read), Value::Object(wanted)) if wanted.contains_key("id") => read.get("id") == wanted.get("id"),
        (Value::Object(read), Value::Object(wanted)) => wanted
            .iter()
            .all(|(name, member)| read.get(name).is_some_and(|r| shows(r, member))),
        _ => read == wanted,
    }
}

/// Every action on a kept object, a machine or an interface, on the wire: the object is
/// made (or is the seeded machine's), the action is sent with a sample body, its work
/// awaited, and the object read again shows each change the spec names (`x-changes`).
/// An action that requires what another sets (attaching, an assigned disk) runs that one
/// first; one that requires an object it cannot be given is refused with its code.
#[tokio::test]
async fn every_action_changes_what_a_read_shows() {
    let api = Api::start().await;
    let kept = katapult_simulator::kept();
    let spec = katapult_tests::spec();
    let actions: Vec<Role> = api
        .roles
        .iter()
        .filter(|r| r.role == "action" && kept.contains(&r.operation.as_str()))
        .cloned()
        .collect();
    let described = actions.iter().filter(|a| a.changes.is_some()).count();
    assert!(described >= 10, "the spec describes its actions: {described}");
    let mut checked = Vec::new();
    for action in &actions {
        let kind = action.kind.as_str();
        let no_changes = json!({});
        let changes = action.changes.as_ref().and_then(|c| c.get(kind)).unwrap_or(&no_changes);
        let target = match api
            .role(kind, "create")
            .filter(|c| kept.contains(&c.operation.as_str()))
        {
            Some(create) => {
                let made = api.create(&create.clone(), None).await;
                made[&create.keys[0]].as_str().expect("its key").to_owned()
            }
            None => api.existing(kind).await,
        };
        // What it requires, set first by the action that sets it.
        let mut unmet = Vec::new();
        for (condition, refusal) in changes
            .get("$requires")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let (property, wanted) = match condition.split_once('=') {
                Some((property, value)) => (property, Some(value)),
                None => (condition.as_str(), None),
            };
            // Another action that leaves the property set (to the value wanted).
            let setter = actions.iter().find(|a| {
                let sets = a.changes.as_ref().and_then(|c| c[kind].get(property));
                let leaves = sets.and_then(|v| expected(v, &BTreeMap::new()));
                a.operation != action.operation
                    && a.kind == kind
                    && sets.is_some_and(|v| !v.is_null())
                    && wanted.is_none_or(|w| leaves.as_ref().and_then(Value::as_str) == Some(w))
            });
            if setter.is_none() {
                unmet.push(refusal.clone());
            }
            if let Some(setter) = setter {
                let (status, answer) = api.act(setter, &target, spec).await.1;
                // Refused by its own requirement, the object is already as wanted.
                let already = setter
                    .changes
                    .as_ref()
                    .and_then(|c| c[kind].get("$requires"))
                    .is_some_and(|r| r.as_object().is_some_and(|r| r.values().any(|c| c == code(&answer))));
                assert!(
                    (200..300).contains(&status) || already,
                    "{} before {}: {answer}",
                    setter.operation,
                    action.operation
                );
                api.await_task(&setter.operation, &answer).await;
            }
        }
        let (sent, (status, answer)) = api.act(action, &target, spec).await;
        if !(200..300).contains(&status) {
            // Only a requirement the simulator's objects cannot meet refuses (a console
            // for a machine that is not started).
            let refused = json!(code(&answer));
            assert!(unmet.contains(&refused), "{}: {status} {answer}", action.operation);
            checked.push(action.operation.clone());
            continue;
        }
        api.await_task(&action.operation, &answer).await;
        if changes.as_object().is_none_or(|c| c.keys().all(|p| p.starts_with('$'))) {
            checked.push(action.operation.clone());
            continue;
        }
        let read = api.read(kind, &target).await;
        for (property, value) in changes
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(p, _)| !p.starts_with('$'))
        {
            let Some(wanted) = expected(value, &sent) else { continue };
            let found = property.split('.').try_fold(&read, |v, m| v.get(m));
            assert!(
                found.is_some_and(|found| shows(found, &wanted)),
                "{}: {property} reads {found:?}, not {wanted}",
                action.operation
            );
        }
        checked.push(action.operation.clone());
    }
    assert_eq!(checked.len(), actions.len(), "every action is checked: {checked:?}");
}

impl Api {
    /// Sends `action` on the object `target` (by its first key), with a sample body and
    /// existing objects for its other lookups; gives what it sent (body members, and the
    /// objects its lookups named) and the answer.
    async fn act(
        &self,
        action: &Role,
        target: &str,
        spec: &katapult_build_tools::Spec,
    ) -> (BTreeMap<String, Value>, (u16, Value)) {
        let mut body = action
            .body
            .as_ref()
            .map(|schema| katapult_build_tools::sample(spec.raw(), schema))
            .unwrap_or_else(|| json!({}));
        let key = action.keys.first().cloned().unwrap_or_else(|| "id".to_owned());
        let mut lookups = vec![(action.argument.clone(), key, target.to_owned())];
        let mut sent: BTreeMap<String, Value> = body
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for reference in &action.references {
            let existing = self.existing(reference).await;
            let key = action
                .lookup_keys
                .get(reference)
                .and_then(|k| k.first())
                .cloned()
                .unwrap_or_else(|| "id".to_owned());
            sent.insert(reference.clone(), json!({&key: existing}));
            lookups.push((reference.clone(), key, existing));
        }
        if let Some(object) = body.as_object_mut() {
            object.retain(|name, _| !lookups.iter().any(|(a, ..)| a == name));
        }
        let lookups: Vec<(&str, &str, &str)> = lookups
            .iter()
            .map(|(a, k, v)| (a.as_str(), k.as_str(), v.as_str()))
            .collect();
        let answer = self.send(action, &lookups, body).await;
        (sent, answer)
    }

    /// The object of `kind` with ID `id`, read by its get.
    async fn read(&self, kind: &str, id: &str) -> Value {
        // The hand-modelled world's objects are read by their own operations.
        let modelled = match kind {
            "virtual_machine" => Some("/virtual_machines/virtual_machine"),
            "virtual_machine_network_interface" => Some(katapult_simulator::paths::NETWORK_INTERFACE),
            _ => None,
        };
        if let Some(path) = modelled {
            let url = format!("{}{path}", self.simulator.url());
            let response = self
                .http
                .get(url)
                .bearer_auth(self.simulator.token())
                .query(&[(format!("{kind}[id]"), id)])
                .send()
                .await
                .expect("the simulator answers");
            let answer: Value = response.json().await.expect("JSON");
            return answer[kind].clone();
        }
        let get = self.role(kind, "get").expect("a kept kind is read").clone();
        let (status, answer) = self.send(&get, &[(&get.argument, &get.keys[0], id)], json!({})).await;
        assert_eq!(status, 200, "{}: {answer}", get.operation);
        answer[kind].clone()
    }
}
