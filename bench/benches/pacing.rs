//! Pacing: a burst of reads at full concurrency (`MAX_CONCURRENCY`, 16 at once) against the
//! simulator, whose token may make 60 requests in each 2-second window, with the client's
//! adaptive pacing (from `X-Ratelimit-Remaining`) and without it. Retries are off, so every
//! `429 rate_limit_reached` the limit answers is counted. Results go to
//! `target/katapult-bench/pacing.json`.

use std::time::{Duration, Instant};

use futures::StreamExt;
use katapult_bench::{quick, write_result};
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::{AdaptivePacing, Client, MAX_CONCURRENCY, RetryPolicy};
use katapult_simulator::{Simulator, TokenGrant, seeded};
use serde_json::json;

const TOKEN: &str = "kat-bench-pacing-token";
const PERMITTED: u32 = 60;
const WINDOW: Duration = Duration::from_secs(2);

/// Sends `requests` reads, `MAX_CONCURRENCY` at a time: (429s answered, seconds taken).
async fn burst(pacing: Option<AdaptivePacing>, requests: usize) -> (u64, f64) {
    let simulator = Simulator::builder()
        .tokens(vec![TokenGrant {
            rate_limit_per_minute: PERMITTED,
            ..TokenGrant::new(TOKEN, &["virtual_machines"])
        }])
        .rate_limit_window(WINDOW)
        .start()
        .await
        .unwrap_or_else(|e| panic!("the simulator starts: {e}"));
    let client = Client::builder()
        .token(TOKEN)
        .base_url(simulator.url())
        .retry(RetryPolicy::none())
        .adaptive_pacing(pacing)
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let started = Instant::now();
    futures::stream::iter(0..requests)
        .map(|_| {
            client
                .list_network_interfaces(VirtualMachine::fqdn(seeded::MANGO_FQDN))
                .send()
        })
        .buffer_unordered(MAX_CONCURRENCY)
        .for_each(|_| async {})
        .await;
    let seconds = started.elapsed().as_secs_f64();
    (simulator.statuses().get(&429).copied().unwrap_or(0), seconds)
}

fn main() {
    // Three windows' worth: the burst meets the limit twice.
    let requests = if quick() { 80 } else { 3 * PERMITTED as usize };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let (unpaced, unpaced_seconds) = runtime.block_on(burst(None, requests));
    let (paced, paced_seconds) = runtime.block_on(burst(Some(AdaptivePacing::default().window(WINDOW)), requests));
    println!("without pacing: {unpaced} of {requests} refused (429) in {unpaced_seconds:.2} s");
    println!("with pacing:    {paced} of {requests} refused (429) in {paced_seconds:.2} s");
    write_result(
        "pacing",
        &json!({
            "requests": requests, "concurrency": MAX_CONCURRENCY, "permitted": PERMITTED,
            "window_seconds": WINDOW.as_secs(),
            "paced": {"rate_limited": paced, "seconds": paced_seconds},
            "unpaced": {"rate_limited": unpaced, "seconds": unpaced_seconds},
        }),
    );
}
