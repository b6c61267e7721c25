//! Shared pieces of the benchmarks: the fixed-answer server, the hand-written baselines,
//! and where results go for `cargo xtask bench` to read.

use std::path::PathBuf;

use serde::Deserialize;
use serde_json::{Value, json};

/// The path of the list operation under a base URL.
pub use katapult_simulator::paths::LIST_NETWORK_INTERFACES as LIST_PATH;

/// A list answer with `count` interfaces, each shaped like the live service's (id, name,
/// network, two addresses).
pub fn interfaces_page(count: usize) -> Value {
    let items: Vec<Value> = (0..count)
        .map(|n| {
            json!({
                "id": format!("vmnet_{n:016}"),
                "name": format!("Public Network on bitter-beautiful-mango {n}"),
                "network": {"id": "net_dDYBq1ZZVBWhMqPK", "name": "Public Network"},
                "virtual_network": null,
                "ip_addresses": [
                    {"id": format!("ip_{n:016}a"), "address": format!("185.22.{}.{}", n / 250, n % 250)},
                    {"id": format!("ip_{n:016}b"), "address": format!("2a03:2800:1::{n:x}")},
                ],
            })
        })
        .collect();
    json!({
        "pagination": {"current_page": 1, "total_pages": 1, "total": count, "per_page": count, "large_set": false},
        "virtual_machine_network_interfaces": items,
    })
}

/// Serves `body` as the answer to every list request, on 127.0.0.1, from a thread and
/// runtime of its own (so it does not share the measured client's); returns the base URL.
pub fn fixed_answer_server(body: Value) -> String {
    let bytes = axum::body::Bytes::from(serde_json::to_vec(&body).unwrap_or_default());
    let app = axum::Router::new().route(
        LIST_PATH,
        axum::routing::get(move || {
            let bytes = bytes.clone();
            async move { ([(axum::http::header::CONTENT_TYPE, "application/json")], bytes) }
        }),
    );
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(runtime) => runtime,
            Err(error) => panic!("cannot start the server's runtime: {error}"),
        };
        runtime.block_on(async move {
            let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
                Ok(listener) => listener,
                Err(error) => panic!("cannot bind loopback: {error}"),
            };
            let address = listener.local_addr().map(|a| a.to_string()).unwrap_or_default();
            let _ = sender.send(format!("http://{address}"));
            let _ = axum::serve(listener, app).await;
        });
    });
    receiver
        .recv()
        .unwrap_or_else(|e| panic!("the server did not start: {e}"))
}

/// The hand-written baseline types: the same fields as the generated ones, nothing else.
pub mod minimal {
    use super::Deserialize;

    #[derive(Deserialize)]
    pub struct Page {
        pub pagination: Pagination,
        pub virtual_machine_network_interfaces: Vec<Interface>,
    }

    #[derive(Deserialize)]
    pub struct Pagination {
        pub current_page: Option<i64>,
        pub total_pages: Option<i64>,
        pub total: Option<i64>,
        pub per_page: Option<i64>,
        pub large_set: Option<bool>,
    }

    #[derive(Deserialize)]
    pub struct Interface {
        pub id: Option<String>,
        pub name: Option<String>,
        pub network: Option<Network>,
        pub virtual_network: Option<Network>,
        #[serde(default)]
        pub ip_addresses: Vec<Address>,
    }

    #[derive(Deserialize)]
    pub struct Network {
        pub id: Option<String>,
        pub name: Option<String>,
    }

    #[derive(Deserialize)]
    pub struct Address {
        pub id: Option<String>,
        pub address: Option<String>,
    }
}

/// Where the benchmarks write the figures criterion does not keep (`target/katapult-bench`).
pub fn results_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
        PathBuf::from,
    );
    target.join("katapult-bench")
}

/// Writes one result file as JSON.
pub fn write_result(name: &str, value: &Value) {
    let dir = results_dir();
    let written = std::fs::create_dir_all(&dir)
        .and_then(|()| std::fs::write(dir.join(format!("{name}.json")), value.to_string()));
    if let Err(error) = written {
        eprintln!("warning: cannot write {name}.json: {error}");
    }
}

/// Whether `cargo xtask bench --quick` asked for a run that only proves the benches work.
pub fn quick() -> bool {
    std::env::var_os("KATAPULT_BENCH_QUICK").is_some()
}

/// The paging benchmarks' workload: a VM with `interfaces` interfaces walked `per_page` at
/// a time, with `latency` added to every answer (smaller in quick mode).
pub struct PagingWorkload {
    pub interfaces: usize,
    pub per_page: u64,
    pub latency: std::time::Duration,
}

impl PagingWorkload {
    /// 10,000 interfaces, 100 per page, 20 ms; or 500, 50 and 2 ms with `--quick`.
    pub fn current() -> Self {
        let (interfaces, per_page, latency_ms) = if quick() { (500, 50, 2) } else { (10_000, 100, 20) };
        Self {
            interfaces,
            per_page,
            latency: std::time::Duration::from_millis(latency_ms),
        }
    }

    /// Starts the simulator with this workload, and a client for it without retries.
    pub async fn start(&self) -> (katapult_simulator::RunningSimulator, katapult_sdk::Client) {
        let simulator = katapult_simulator::Simulator::builder()
            .bulk_interfaces(self.interfaces)
            .faults(katapult_simulator::Faults {
                latency: self.latency,
                ..Default::default()
            })
            .start()
            .await
            .unwrap_or_else(|e| panic!("the simulator starts: {e}"));
        let client = katapult_sdk::Client::builder()
            .token(simulator.token())
            .base_url(simulator.url())
            .retry(katapult_sdk::RetryPolicy::none())
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        (simulator, client)
    }
}

/// The `q`-quantile (0..=1) of sorted samples.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() - 1) as f64 * q).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}
