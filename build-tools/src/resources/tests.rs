use super::*;

/// An answer holding `schema` under `key` (an array of it when `array`).
fn answer(properties: &[(&str, &str, bool)]) -> Value {
    let properties: serde_json::Map<String, Value> = properties
        .iter()
        .map(|(key, schema, array)| {
            let reference = json!({"$ref": format!("#/components/schemas/{schema}")});
            let property = if *array {
                json!({"type": "array", "items": reference})
            } else {
                reference
            };
            ((*key).to_owned(), property)
        })
        .collect();
    json!({"200": {"description": "OK", "content": {"application/json": {"schema": {
        "type": "object", "properties": properties}}}}})
}

fn query_lookup(argument: &str, keys: &[&str]) -> Value {
    keys.iter()
        .map(|key| json!({"name": format!("{argument}[{key}]"), "in": "query", "schema": {"type": "string"}}))
        .collect()
}

fn body(properties: Value) -> Value {
    json!({"content": {"application/json": {"schema": {"type": "object", "properties": properties}}}})
}

fn lookup_schema(keys: &[&str]) -> Value {
    let members: Vec<Value> = keys
        .iter()
        .map(|key| json!({"type": "object", "required": [key], "properties": {*key: {"type": "string"}}}))
        .collect();
    json!({"oneOf": members})
}

fn document() -> Value {
    let organization = lookup_schema(&["id", "sub_domain"]);
    let thing = lookup_schema(&["id", "permalink"]);
    let arguments = json!({"type": "object", "properties": {
        "name": {"type": "string"},
        "colour": {"type": "string", "enum": ["red", "blue", "green"]},
        "size": {"type": "integer"},
    }});
    json!({
        "paths": {
            "/organizations/organization/things": {
                "get": {"operationId": "list_things", "parameters": query_lookup("organization", &["id", "sub_domain"]),
                        "responses": answer(&[("things", "Thing", true), ("pagination", "Pagination", false)])},
                "post": {"operationId": "create_thing",
                         "requestBody": body(json!({"organization": organization, "properties": arguments})),
                         "responses": answer(&[("thing", "Thing", false)])},
            },
            "/things/thing": {
                "get": {"operationId": "get_thing", "parameters": query_lookup("thing", &["id", "permalink"]),
                        "responses": answer(&[("thing", "Thing", false)])},
                "patch": {"operationId": "update_thing",
                          "requestBody": body(json!({"thing": thing, "properties": arguments})),
                          "responses": answer(&[("thing", "Thing", false)])},
                "delete": {"operationId": "delete_thing", "parameters": query_lookup("thing", &["id", "permalink"]),
                           "responses": answer(&[("thing", "Thing", false), ("trash_object", "TrashObject", false)])},
            },
            "/things/thing/start": {
                "post": {"operationId": "start_thing", "parameters": query_lookup("thing", &["id", "permalink"]),
                         "responses": answer(&[("thing", "Thing", false)])},
            },
            "/organizations/organization/gadgets": {
                "get": {"operationId": "list_gadgets", "parameters": query_lookup("organization", &["id"]),
                        "responses": answer(&[("gadgets", "Gadget", true)])},
                "post": {"operationId": "create_gadget",
                         "requestBody": body(json!({"organization": lookup_schema(&["id"]), "network": lookup_schema(&["id"])})),
                         "responses": answer(&[("gadget", "Gadget", false)])},
            },
            "/organizations/organization/trash_objects": {
                "get": {"operationId": "list_trash_objects", "parameters": query_lookup("organization", &["id"]),
                        "responses": answer(&[("trash_objects", "TrashObject", true)])},
            },
            "/organizations/organization/trash_objects/purge_all": {
                "post": {"operationId": "purge_all_trash_objects", "parameters": query_lookup("organization", &["id"]),
                         "responses": answer(&[])},
            },
            "/trash_objects/trash_object": {
                "get": {"operationId": "get_trash_object", "parameters": query_lookup("trash_object", &["id", "object_id"]),
                        "responses": answer(&[("trash_object", "TrashObject", false)])},
                "delete": {"operationId": "purge_trash_object", "parameters": query_lookup("trash_object", &["id", "object_id"]),
                           "responses": answer(&[])},
            },
            "/trash_objects/trash_object/restore": {
                "post": {"operationId": "restore_trash_object", "parameters": query_lookup("trash_object", &["id", "object_id"]),
                         "responses": answer(&[("trash_object", "TrashObject", false)])},
            },
        },
        "components": {"schemas": {
            "Thing": {"type": "object", "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "colour": {"type": "string", "enum": ["red", "blue"]},
                "size": {"type": "string"},
            }},
            "Gadget": {"type": "object", "properties": {"id": {"type": "string"}}},
            "TrashObject": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Pagination": {"type": "object"},
        }},
    })
}

/// Every operation documents the missing objects it looks up, except where a test says.
fn codes() -> BTreeMap<String, Vec<String>> {
    let mut codes = BTreeMap::new();
    for id in [
        "list_things",
        "create_thing",
        "list_gadgets",
        "create_gadget",
        "list_trash_objects",
        "purge_all_trash_objects",
    ] {
        codes.insert(id.to_owned(), vec!["organization_not_found".to_owned()]);
    }
    for id in ["get_thing", "update_thing", "delete_thing", "start_thing"] {
        codes.insert(id.to_owned(), vec!["thing_not_found".to_owned()]);
    }
    for id in ["get_trash_object", "purge_trash_object", "restore_trash_object"] {
        codes.insert(id.to_owned(), vec!["trash_object_not_found".to_owned()]);
    }
    codes
}

fn summary(roles: &BTreeMap<String, Role>) -> Vec<(String, &str, &str)> {
    roles
        .iter()
        .map(|(id, role)| (id.clone(), role.kind.as_str(), role.role))
        .collect()
}

#[test]
fn a_resource_is_created_in_a_parent_listed_by_it_and_found_by_its_own_lookup() {
    let roles = roles(&document(), &codes());
    let found = summary(&roles);
    let mut want: Vec<(String, &str, &str)> = vec![
        ("create_thing".to_owned(), "thing", "create"),
        ("delete_thing".to_owned(), "thing", "delete"),
        ("get_thing".to_owned(), "thing", "get"),
        ("get_trash_object".to_owned(), "trash_object", "trash_get"),
        ("list_things".to_owned(), "thing", "list"),
        ("list_trash_objects".to_owned(), "trash_object", "trash_list"),
        ("purge_all_trash_objects".to_owned(), "trash_object", "purge_all"),
        ("purge_trash_object".to_owned(), "trash_object", "purge"),
        ("restore_trash_object".to_owned(), "trash_object", "restore"),
        ("start_thing".to_owned(), "thing", "action"),
        ("update_thing".to_owned(), "thing", "update"),
    ];
    want.sort();
    assert_eq!(
        found, want,
        "an action on a thing (start) is one; a create with two lookups (gadget) whose second's \
         absence is undocumented has no role"
    );

    let create = &roles["create_thing"];
    assert_eq!(create.parent.as_deref(), Some("organization"));
    assert_eq!(create.keys, ["id", "permalink"], "the keys its own lookup takes");
    assert_eq!(
        create.settable,
        ["name"],
        "a colour the object cannot show (green) and a size of another type are not copied"
    );
    assert_eq!(roles["list_things"].items.as_deref(), Some("things"));
    assert!(roles["delete_thing"].to_trash, "its answer holds a trash object");
    assert_eq!(roles["purge_all_trash_objects"].parent.as_deref(), Some("organization"));
}

#[test]
fn an_operation_whose_missing_object_is_undocumented_has_no_role() {
    let mut codes = codes();
    codes.insert("get_thing".to_owned(), Vec::new());
    codes.insert("create_thing".to_owned(), Vec::new());
    let roles = roles(&document(), &codes);
    assert!(
        roles.is_empty(),
        "without a create whose parent's absence is documented nothing of the thing is kept, \
         and the trash, found through a delete that moves to it, is not either: {roles:?}"
    );
}

#[test]
fn a_create_may_name_references_whose_absence_it_documents() {
    let mut codes = codes();
    codes.insert(
        "create_gadget".to_owned(),
        vec!["organization_not_found".to_owned(), "network_not_found".to_owned()],
    );
    let roles = roles(&document(), &codes);
    let create = &roles["create_gadget"];
    assert_eq!(
        (create.role, create.parent.as_deref()),
        ("create", Some("organization"))
    );
    assert_eq!(
        create.references,
        [("network".to_owned(), "network_not_found".to_owned())],
        "the list names the parent; the other lookup must exist"
    );
    assert_eq!(roles["list_gadgets"].role, "list");
}

#[test]
fn a_family_nothing_creates_is_a_catalog_read_and_listed_from_one_place() {
    let mut document = document();
    let country = lookup_schema(&["id", "iso_code2"]);
    document["paths"]["/countries"] = json!({"get": {"operationId": "list_countries",
        "responses": answer(&[("countries", "Country", true)])}});
    document["paths"]["/countries/country"] = json!({"get": {"operationId": "get_country",
        "parameters": query_lookup("country", &["id", "iso_code2"]),
        "responses": answer(&[("country", "Country", false)])}});
    document["paths"]["/countries/country/states"] = json!({"get": {"operationId": "list_states",
        "parameters": query_lookup("country", &["id", "iso_code2"]),
        "responses": answer(&[("states", "State", true)])}});
    document["paths"]["/things/thing/move"] = json!({"put": {"operationId": "move_thing",
        "requestBody": body(json!({"thing": lookup_schema(&["id"]), "country": country})),
        "responses": answer(&[("thing", "Thing", false)])}});
    document["paths"]["/countries/country/flag"] = json!({"get": {"operationId": "get_country_as_list",
        "parameters": query_lookup("country", &["id"]),
        "responses": answer(&[("country", "Country", true)])}});
    document["components"]["schemas"]["Country"] = json!({"type": "object", "properties": {"id": {"type": "string"}}});
    document["components"]["schemas"]["State"] = json!({"type": "object", "properties": {"id": {"type": "string"}}});
    let mut codes = codes();
    for id in ["get_country", "list_states", "get_country_as_list"] {
        codes.insert(id.to_owned(), vec!["country_not_found".to_owned()]);
    }
    codes.insert(
        "move_thing".to_owned(),
        vec!["thing_not_found".to_owned(), "country_not_found".to_owned()],
    );
    let roles = roles(&document, &codes);
    let read = &roles["get_country"];
    assert_eq!((read.role, read.kind.as_str()), ("catalog_get", "country"));
    assert_eq!(
        (read.keys.as_slice(), read.missing.as_str()),
        (&["id".to_owned(), "iso_code2".to_owned()][..], "country_not_found")
    );
    assert_eq!(roles["list_countries"].role, "catalog_list");
    let as_list = &roles["get_country_as_list"];
    assert_eq!(
        (as_list.role, as_list.items.as_deref(), as_list.references.len()),
        ("catalog_get", Some("country"), 0),
        "a read of its own kind answered in an array reads one"
    );
    let states = &roles["list_states"];
    assert_eq!(
        (states.role, states.kind.as_str()),
        ("catalog_list", "state"),
        "named from its component"
    );
    assert_eq!(
        states.references,
        [("country".to_owned(), "country_not_found".to_owned())]
    );
    let action = &roles["move_thing"];
    assert_eq!((action.role, action.kind.as_str()), ("action", "thing"));
    assert_eq!(
        action.references,
        [("country".to_owned(), "country_not_found".to_owned())]
    );
    assert!(
        !roles.contains_key("list_gadgets") || roles["list_gadgets"].role != "catalog_list",
        "what a POST makes is never a catalog"
    );
}
