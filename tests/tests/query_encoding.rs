//! The query every operation sends, as the service's parser reads it. Katapult runs under
//! Rack, which builds an array of objects from `x[][field]` pairs in order, starting a new
//! object whenever a field repeats; so each item's fields must travel together, item by
//! item. This test records the query of every operation that sends one (its lookups, its
//! paging and two items in each array of objects: `katapult_tests::QUERY_OPERATIONS`, from
//! the spec) and checks it carries exactly what was meant, in that order.
//!
//! With `KATAPULT_QUERY_CASES` set to a file, it also writes each case there (operation,
//! query, meaning) for `cargo xtask conformance`, which parses every query with Rack's own
//! `Rack::Utils.parse_nested_query` and compares the result with the meaning.

use katapult_tests::http::client;
use katapult_tests::{QUERY_OPERATIONS, send_query_case};
use serde_json::{Value, json};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

/// The pairs a query must hold, in order, for `meant`: scalars and lookups as one pair
/// each (`page=2`, `ip_address[id]=…`), arrays of objects item by item.
fn expected_pairs(meant: &Value) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for (name, value) in meant.as_object().into_iter().flatten() {
        match value {
            Value::String(s) => pairs.push((name.clone(), s.clone())),
            Value::Object(lookup) => {
                for (key, v) in lookup {
                    pairs.push((format!("{name}[{key}]"), v.as_str().unwrap_or_default().to_owned()));
                }
            }
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Object(fields) => {
                            for (field, v) in fields {
                                pairs.push((format!("{name}[][{field}]"), v.as_str().unwrap_or_default().to_owned()));
                            }
                        }
                        other => pairs.push((format!("{name}[]"), other.as_str().unwrap_or_default().to_owned())),
                    }
                }
            }
            other => panic!("{name}: a meaning is built of strings, objects and arrays, not {other}"),
        }
    }
    pairs
}

/// Groups of pairs under one name keep their relative order; the order between different
/// names does not matter to Rack.
fn by_name(pairs: &[(String, String)]) -> std::collections::BTreeMap<String, Vec<&str>> {
    let mut grouped: std::collections::BTreeMap<String, Vec<&str>> = std::collections::BTreeMap::new();
    for (name, value) in pairs {
        let array = name.split_once("[][").map_or(name.as_str(), |(array, _)| array);
        grouped.entry(array.to_owned()).or_default().push(value.as_str());
        // The field names matter too, in order, for arrays of objects.
        if array != name {
            grouped
                .entry(format!("{array} fields"))
                .or_default()
                .push(name.as_str());
        }
    }
    grouped
}

#[tokio::test]
async fn every_query_carries_what_was_meant_with_each_items_fields_together() {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let mut cases = Vec::new();
    let mut arrays = 0;
    for &operation in QUERY_OPERATIONS {
        let (_answer, meant) = send_query_case(&client, operation)
            .await
            .expect("a call for every operation with a query");
        let meant: Value = serde_json::from_str(meant).expect("the meaning is JSON");
        let requests = server.received_requests().await.expect("recording");
        let sent = requests.last().expect("the request was sent");
        let query = sent.url.query().unwrap_or_default().to_owned();
        let pairs: Vec<(String, String)> = url_pairs(&query);
        let expected = expected_pairs(&meant);
        assert_eq!(
            by_name(&pairs),
            by_name(&expected),
            "{operation}: sent {query}, meant {meant}"
        );
        arrays += meant
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, v)| v.is_array())
            .count();
        cases.push(json!({"operation": operation, "query": query, "meant": meant}));
    }
    assert!(arrays > 0, "some operation sends an array of objects");
    if let Some(path) = std::env::var_os("KATAPULT_QUERY_CASES") {
        let text = serde_json::to_string_pretty(&cases).expect("cases serialize");
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}
