//! Heap during a walk: the same walk as `paging.rs`, items consumed one by one, with dhat
//! recording the peak heap above the walk's start (client and in-process simulator
//! together), for each concurrency; and, for scale, the heap that holding every item takes.
//! Results go to `target/katapult-bench/paging_memory.json`.

use futures::TryStreamExt;
use katapult_bench::{PagingWorkload, write_result};
use katapult_sdk::lookup::VirtualMachine;
use katapult_simulator::seeded;
use serde_json::json;

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

const CONCURRENCY: [usize; 5] = [1, 2, 4, 8, 16];

fn main() {
    let workload = PagingWorkload::current();
    let (interfaces, per_page) = (workload.interfaces, workload.per_page);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let (simulator, client) = runtime.block_on(workload.start());
    let list = || {
        client
            .list_network_interfaces(VirtualMachine::fqdn(seeded::BULK_FQDN))
            .per_page(per_page)
    };

    let mut rows = Vec::new();
    for concurrency in CONCURRENCY {
        let _profiler = dhat::Profiler::builder().testing().build();
        let start = dhat::HeapStats::get().curr_bytes;
        let stream = list().concurrency(concurrency).stream();
        let count = runtime.block_on(stream.try_fold(0usize, |n, _| async move { Ok(n + 1) }));
        assert_eq!(count.unwrap_or_else(|e| panic!("{e}")), interfaces);
        let peak = dhat::HeapStats::get().max_bytes.saturating_sub(start);
        println!(
            "concurrency {concurrency:>2}: peak heap during the walk {} KiB",
            peak / 1024
        );
        rows.push(json!({"concurrency": concurrency, "peak_heap_bytes": peak}));
    }
    let held = {
        let _profiler = dhat::Profiler::builder().testing().build();
        let start = dhat::HeapStats::get().curr_bytes;
        let all = runtime.block_on(list().collect_all()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(all.len(), interfaces);
        dhat::HeapStats::get().curr_bytes.saturating_sub(start)
    };
    println!("holding all {interfaces} interfaces at once: {} KiB", held / 1024);
    write_result("paging_memory", &json!({"rows": rows, "collect_all_bytes": held}));
    drop(simulator);
}
