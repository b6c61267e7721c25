//! Paging: every interface of a VM with 10,000 of them, 100 per page (100 pages), from the
//! simulator with 20 ms of latency added to every answer: a sequential walk against
//! concurrency 2, 4, 8 and 16. Items must come out in order. Results go to
//! `target/katapult-bench/paging.json`; heap peaks are measured by `paging_memory.rs`, in
//! a process of its own, because dhat's allocator slows every allocation.

use std::time::Instant;

use futures::TryStreamExt;
use katapult_bench::{PagingWorkload, quick, write_result};
use katapult_sdk::Client;
use katapult_sdk::lookup::VirtualMachine;
use katapult_simulator::seeded;
use serde_json::json;

const CONCURRENCY: [usize; 5] = [1, 2, 4, 8, 16];

/// Walks every page; the items seen, in order, as their numbers (`eth<n> on …`).
async fn walk(client: &Client, per_page: u64, concurrency: usize) -> Vec<usize> {
    let mut stream = client
        .list_network_interfaces(VirtualMachine::fqdn(seeded::BULK_FQDN))
        .per_page(per_page)
        .concurrency(concurrency)
        .stream();
    let mut seen = Vec::new();
    loop {
        match stream.try_next().await {
            Ok(Some(interface)) => {
                let name = interface.name;
                let number = name
                    .strip_prefix("eth")
                    .and_then(|rest| rest.split(' ').next())
                    .and_then(|n| n.parse().ok());
                seen.push(number.unwrap_or(usize::MAX));
            }
            Ok(None) => return seen,
            Err(error) => panic!("the walk failed: {error}"),
        }
    }
}

fn main() {
    let workload = PagingWorkload::current();
    let (interfaces, per_page, latency) = (workload.interfaces, workload.per_page, workload.latency);
    let runs = if quick() { 1 } else { 3 };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let (simulator, client) = runtime.block_on(workload.start());
    let expected: Vec<usize> = (0..interfaces).collect();

    let mut rows = Vec::new();
    let mut sequential = f64::NAN;
    for concurrency in CONCURRENCY {
        let mut times = Vec::new();
        for _ in 0..runs {
            let start = Instant::now();
            let seen = runtime.block_on(walk(&client, per_page, concurrency));
            times.push(start.elapsed().as_secs_f64());
            assert_eq!(seen, expected, "concurrency {concurrency}: every item, in order");
        }
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        if concurrency == 1 {
            sequential = median;
        }

        println!(
            "concurrency {concurrency:>2}: {median:.3} s (speed-up {:.2}x)",
            sequential / median
        );
        rows.push(json!({"concurrency": concurrency, "seconds": median, "speedup": sequential / median}));
    }

    write_result(
        "paging",
        &json!({
            "interfaces": interfaces, "per_page": per_page, "latency_ms": latency.as_millis() as u64,
            "runs": runs, "rows": rows,
        }),
    );
    drop(simulator);
}
