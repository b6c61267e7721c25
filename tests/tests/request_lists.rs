//! Absent, empty and set are three things in every request: for every optional list of every
//! operation's body (`LIST_ARGUMENTS`, generated from the spec), a list left unset is not
//! sent, a list set empty is sent as `[]`, and a list set is sent as set. Katapult's updates
//! change only the arguments given, so `[]` is how a caller clears a list (no tags, no
//! readers of a bucket) and an absent list is no change.

use katapult_tests::http::client;
use katapult_tests::{LIST_ARGUMENTS, send_body};
use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// What the request carried at `pointer` of its body, for each way the list is given.
#[derive(Debug)]
enum Given {
    Unset,
    Empty,
    Set(Value),
}

#[tokio::test]
async fn every_optional_list_is_sent_absent_empty_or_as_set() {
    assert!(
        LIST_ARGUMENTS.len() >= 40,
        "the spec's request bodies hold 40-odd optional lists, found {}",
        LIST_ARGUMENTS.len()
    );
    // Whatever it answers, only what was sent is looked at.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let mut failures = Vec::new();
    for (operation, pointer, full) in LIST_ARGUMENTS {
        let full: Value = serde_json::from_str(full).expect("the generated body is JSON");
        let set = full.pointer(pointer).cloned().expect("the full body holds the list");
        assert!(
            set.as_array().is_some_and(|items| !items.is_empty()),
            "{operation} {pointer}: the full body's list has items"
        );
        for given in [Given::Unset, Given::Empty, Given::Set(set.clone())] {
            let mut body = full.clone();
            let (parent, name) = pointer.rsplit_once('/').expect("a pointer");
            let parent = body
                .pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .expect("the list's object");
            match &given {
                Given::Unset => {
                    parent.remove(name);
                }
                Given::Empty => {
                    parent.insert(name.to_owned(), Value::Array(Vec::new()));
                }
                Given::Set(items) => {
                    parent.insert(name.to_owned(), items.clone());
                }
            }
            let before = server.received_requests().await.unwrap_or_default().len();
            let outcome = send_body(&client, operation, &body.to_string())
                .await
                .expect("a generated call");
            let requests = server.received_requests().await.unwrap_or_default();
            let Some(request) = requests.get(before) else {
                failures.push(format!("{operation} {pointer} {given:?}: nothing sent ({outcome:?})"));
                continue;
            };
            let sent: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
            let at = sent.pointer(pointer);
            let right = match &given {
                Given::Unset => at.is_none(),
                Given::Empty => at == Some(&Value::Array(Vec::new())),
                Given::Set(items) => at == Some(items),
            };
            if !right {
                failures.push(format!("{operation} {pointer} {given:?}: sent {at:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The simulator applies what is sent: an update with an empty list clears it in the kept
/// security group, and an update that leaves the list out keeps it.
#[tokio::test]
async fn the_simulator_clears_a_list_sent_empty_and_keeps_one_left_out() {
    use katapult_sdk::types::{OrganizationLookup, SecurityGroupArguments, SecurityGroupLookup};
    use katapult_simulator::seeded;

    let simulator = katapult_tests::http::simulator().await;
    let client = katapult_tests::http::simulator_client(&simulator, simulator.token());
    let acme = OrganizationLookup::SubDomain(seeded::ORGANIZATION_SUB_DOMAIN.parse().expect("a sub domain"));
    let created = client
        .create_security_group()
        .organization(acme)
        .properties(SecurityGroupArguments {
            name: Some("web".to_owned()),
            associations: Some(vec!["tag_web".to_owned()]),
            ..Default::default()
        })
        .send()
        .await
        .expect("created")
        .security_group;
    assert_eq!(created.associations.as_deref(), Some(&["tag_web".to_owned()][..]));
    let lookup = || SecurityGroupLookup::Id(created.id.parse().expect("an ID"));
    let update = |properties: SecurityGroupArguments| {
        client
            .update_security_group()
            .security_group(lookup())
            .properties(properties)
            .send()
    };

    let renamed = update(SecurityGroupArguments {
        name: Some("web servers".to_owned()),
        ..Default::default()
    })
    .await
    .expect("renamed")
    .security_group;
    assert_eq!(renamed.name, "web servers");
    assert_eq!(
        renamed.associations.as_deref(),
        Some(&["tag_web".to_owned()][..]),
        "a list left out is no change"
    );

    update(SecurityGroupArguments {
        associations: Some(Vec::new()),
        ..Default::default()
    })
    .await
    .expect("cleared");
    let read = client
        .get_security_group()
        .security_group(lookup())
        .send()
        .await
        .expect("read")
        .security_group;
    assert_eq!(read.associations, Some(Vec::new()), "a list sent empty is cleared");
    assert_eq!(read.name, "web servers");
}
