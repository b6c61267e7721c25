//! Per-call overhead: one page of 30 interfaces through the SDK, against a hand-written
//! reqwest + serde call making the same request on the same kind of `reqwest::Client`, from
//! the same fixed-answer server on 127.0.0.1. The raw call sends what the SDK sends (the
//! bearer token, `Accept`, `api-version` and `User-Agent` headers, `page=1` and the lookup)
//! with the same per-request timeout as the SDK's default, so the two differ only in what
//! the client does, not in what crosses the wire; the SDK's retry policy is off (no answer
//! here would be retried).
//!
//! criterion measures the mean time per call of each; a second pass interleaves the two
//! call by call to sample per-call latency for p50/p99 (written to
//! `target/katapult-bench/overhead.json`).

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use katapult_bench::{LIST_PATH, fixed_answer_server, interfaces_page, minimal, quantile, quick, write_result};
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::{Client, RetryPolicy};
use serde_json::json;

const TOKEN: &str = "bench-token";
const VM_ID: &str = "vm_t8yomYsG4bccKw5D";
/// The SDK's `User-Agent` (`katapult-sdk/<version>`), so both requests are the same size.
const SDK_USER_AGENT: &str = concat!("katapult-sdk/", env!("CARGO_PKG_VERSION"));

struct Pair {
    sdk: Client,
    raw: reqwest::Client,
    url: String,
}

impl Pair {
    async fn sdk_call(&self) -> usize {
        let page = self.sdk.list_network_interfaces(VirtualMachine::id(VM_ID)).send().await;
        page.map(|p| p.items.len()).unwrap_or_default()
    }

    async fn raw_call(&self) -> usize {
        let response = self
            .raw
            .get(format!("{}{LIST_PATH}", self.url))
            .query(&[("page", "1"), ("virtual_machine[id]", VM_ID)])
            .header(reqwest::header::ACCEPT, "application/json")
            .header("api-version", "1.0.0")
            .header(reqwest::header::USER_AGENT, SDK_USER_AGENT)
            .bearer_auth(TOKEN)
            // The SDK's default per-request timeout, so both make the same request.
            .timeout(katapult_sdk::DEFAULT_TIMEOUT)
            .send()
            .await;
        match response {
            Ok(response) => match response.json::<minimal::Page>().await {
                Ok(page) => page.virtual_machine_network_interfaces.len(),
                Err(_) => 0,
            },
            Err(_) => 0,
        }
    }
}

fn setup() -> Pair {
    let url = fixed_answer_server(interfaces_page(30));
    let http = || reqwest::Client::builder().build().unwrap_or_default();
    let sdk = Client::builder()
        .token(TOKEN)
        .base_url(&url)
        .http_client(http())
        .retry(RetryPolicy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    Pair { sdk, raw: http(), url }
}

fn overhead(c: &mut Criterion) {
    // The client on one thread, the server on another (see `fixed_answer_server`).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let pair = setup();
    assert_eq!(runtime.block_on(pair.sdk_call()), 30, "the SDK call works");
    assert_eq!(runtime.block_on(pair.raw_call()), 30, "the raw call works");

    let mut group = c.benchmark_group("list_one_page_of_30");
    group.bench_function("sdk", |b| b.to_async(&runtime).iter(|| pair.sdk_call()));
    group.bench_function("raw_reqwest", |b| b.to_async(&runtime).iter(|| pair.raw_call()));
    group.finish();

    // Latency: interleaved, so both see the same machine state.
    let samples = if quick() { 200 } else { 20_000 };
    let (mut sdk, mut raw) = (Vec::with_capacity(samples), Vec::with_capacity(samples));
    runtime.block_on(async {
        for _ in 0..samples / 10 {
            pair.sdk_call().await;
            pair.raw_call().await;
        }
        // Alternate which goes first, so neither always follows the other.
        for round in 0..samples {
            if round % 2 == 0 {
                sdk.push(time(pair.sdk_call()).await);
                raw.push(time(pair.raw_call()).await);
            } else {
                raw.push(time(pair.raw_call()).await);
                sdk.push(time(pair.sdk_call()).await);
            }
        }
    });
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let (sdk_mean, raw_mean) = (mean(&sdk), mean(&raw));
    sdk.sort_by(f64::total_cmp);
    raw.sort_by(f64::total_cmp);
    write_result(
        "overhead",
        &json!({
            "samples": samples,
            "sdk_mean_us": sdk_mean, "raw_mean_us": raw_mean,
            "sdk_p50_us": quantile(&sdk, 0.5), "sdk_p99_us": quantile(&sdk, 0.99),
            "raw_p50_us": quantile(&raw, 0.5), "raw_p99_us": quantile(&raw, 0.99),
        }),
    );
}

/// Microseconds `call` took.
async fn time(call: impl Future<Output = usize>) -> f64 {
    let start = Instant::now();
    call.await;
    micros(start.elapsed())
}

fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

criterion_group!(benches, overhead);
criterion_main!(benches);
