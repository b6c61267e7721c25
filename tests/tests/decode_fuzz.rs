//! The SDK's response decoding, attacked: arbitrary bytes and mutations of every example
//! payload, at every status, through the real client over HTTP, for every operation of the
//! spec (its generated call). Every answer must become a value or a typed error carrying
//! the status; nothing may panic.
//!
//! CI runs a bounded number of cases; the dedicated run is
//! `KATAPULT_FUZZ_CASES=100000 cargo test --release -p katapult-tests --test decode_fuzz -- --nocapture`.

use std::sync::{Arc, Mutex};

use katapult_sdk::{Client, Error, RetryPolicy};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

/// Cases when `KATAPULT_FUZZ_CASES` is not set.
const DEFAULT_CASES: u32 = 3_000;
const STATUSES: &[u16] = &[
    200, 201, 204, 301, 400, 401, 403, 404, 406, 418, 422, 429, 500, 502, 503, 504,
];

/// One canned answer: status, content type, body.
type Canned = Arc<Mutex<(u16, &'static str, Vec<u8>)>>;

/// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with the canned
/// answer of the moment.
async fn canned_server(canned: Canned) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let address = listener.local_addr().expect("address");
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let _ = socket.set_nodelay(true);
            let canned = canned.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut reader = BufReader::new(read);
                loop {
                    let mut length = 0usize;
                    let mut line = String::new();
                    loop {
                        line.clear();
                        match reader.read_line(&mut line).await {
                            Ok(0) | Err(_) => return,
                            Ok(_) => {}
                        }
                        if line == "\r\n" {
                            break;
                        }
                        if let Some((name, value)) = line.split_once(':')
                            && name.eq_ignore_ascii_case("content-length")
                        {
                            length = value.trim().parse().unwrap_or(0);
                        }
                    }
                    let mut body = vec![0; length];
                    if reader.read_exact(&mut body).await.is_err() {
                        return;
                    }
                    let (status, content_type, mut body) = canned.lock().expect("not poisoned").clone();
                    if status == 204 {
                        // A 204 has no body by definition; sending one would corrupt the
                        // connection, a fault of this server, not of the answer under test.
                        body.clear();
                    }
                    let head = format!(
                        "HTTP/1.1 {status} Fuzz\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
                        body.len()
                    );
                    // One write, so the answer is not held back waiting for an ACK.
                    let mut answer = head.into_bytes();
                    answer.extend_from_slice(&body);
                    if write.write_all(&answer).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    format!("http://{address}")
}

fn examples() -> Vec<Vec<u8>> {
    katapult_tests::spec()
        .examples()
        .into_iter()
        .filter_map(|e| e.value.ok())
        .map(|v| serde_json::to_vec(&v).expect("serialises"))
        .collect()
}

/// A body: random bytes, or an example mutated at the byte or the JSON level.
fn body(examples: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let pick = proptest::sample::select(examples);
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..256),
        1 => pick.clone(),
        2 => (pick.clone(), any::<prop::sample::Index>()).prop_map(|(b, i)| b[..i.index(b.len() + 1)].to_vec()),
        2 => (pick.clone(), any::<prop::sample::Index>(), any::<u8>()).prop_map(|(mut b, i, v)| {
            if !b.is_empty() { let at = i.index(b.len()); b[at] = v; }
            b
        }),
        2 => (pick.clone(), any::<prop::sample::Index>(), proptest::collection::vec(any::<u8>(), 1..16)).prop_map(|(mut b, i, v)| {
            let at = i.index(b.len() + 1);
            b.splice(at..at, v);
            b
        }),
        3 => (pick, any::<prop::sample::Index>(), json_leaf()).prop_map(|(b, i, leaf)| {
            let mut value: Value = serde_json::from_slice(&b).expect("examples are JSON");
            let nodes = count_nodes(&value);
            replace_node(&mut value, i.index(nodes), &mut Some(leaf));
            serde_json::to_vec(&value).expect("serialises")
        }),
    ]
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,24}".prop_map(Value::from),
        Just(serde_json::json!({})),
        Just(serde_json::json!([])),
        Just(serde_json::json!({"code": "made_up_code", "description": "?", "detail": 7})),
    ]
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(map) => map.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Replaces the `n`th node (pre-order) with `leaf`; returns how many nodes it passed.
fn replace_node(value: &mut Value, n: usize, leaf: &mut Option<Value>) -> usize {
    if n == 0 {
        if let Some(leaf) = leaf.take() {
            *value = leaf;
        }
        return 1;
    }
    let mut seen = 1;
    let children: Vec<&mut Value> = match value {
        Value::Array(items) => items.iter_mut().collect(),
        Value::Object(map) => map.values_mut().collect(),
        _ => Vec::new(),
    };
    for child in children {
        if leaf.is_none() {
            break;
        }
        seen += replace_node(child, n.saturating_sub(seen), leaf);
    }
    seen
}

#[test]
fn any_answer_becomes_a_value_or_a_typed_error() {
    let cases = std::env::var("KATAPULT_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let canned: Canned = Arc::new(Mutex::new((200, "application/json", Vec::new())));
    let url = runtime.block_on(canned_server(canned.clone()));
    let client = Client::builder()
        .token("fuzz-token")
        .base_url(url)
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");

    let strategy = (
        proptest::sample::select(STATUSES),
        body(examples()),
        any::<bool>(),
        proptest::sample::select(katapult_tests::OPERATIONS),
    );
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    // The success statuses each operation documents (200, or 201 for what creates).
    let spec = katapult_tests::spec();
    let successes: std::collections::BTreeSet<(String, u16)> = spec
        .operations()
        .iter()
        .flat_map(|o| {
            let id = o.id().unwrap_or_default().to_owned();
            o.value
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .filter(|(status, _)| status.starts_with('2'))
                .filter_map(move |(status, _)| Some((id.clone(), status.parse().ok()?)))
        })
        .collect();
    let started = std::time::Instant::now();
    let outcome = runner.run(&strategy, |(status, body, json_type, operation)| {
        let content_type = if json_type { "application/json" } else { "text/html" };
        *canned.lock().expect("not poisoned") = (status, content_type, body.clone());
        let result = runtime
            .block_on(katapult_tests::call_operation(&client, operation))
            .expect("a generated call for every operation");
        match result {
            Ok(()) => prop_assert!(
                successes.contains(&(operation.to_owned(), status)),
                "HTTP {} is no success the spec documents for {}",
                status,
                operation
            ),
            Err(error) => {
                prop_assert!(
                    matches!(
                        error,
                        Error::Api { .. }
                            | Error::UnknownApi { .. }
                            | Error::InvalidResponse { .. }
                            | Error::Redirected { .. }
                    ),
                    "HTTP {}: {:?}",
                    status,
                    error
                );
                prop_assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
                let shown = error.to_string();
                prop_assert!(shown.len() < 4_096, "a bounded message, got {} bytes", shown.len());
            }
        }
        Ok(())
    });
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    println!(
        "{cases} answers decoded without a panic or an untyped result in {:.1?}",
        started.elapsed()
    );
}
