//! The simulator's heap over a long life: one in-process simulator answers rounds of five
//! operations on the wire (create a disk, resize it, read it, delete it to the trash, purge
//! it), and dhat reads the live heap after the first tenth of the operations and after all
//! of them. A simulator whose memory stays flat holds about the same at both: kept objects
//! come and go, and finished work beyond its limit is forgotten. Results go to
//! `target/katapult-bench/simulator_memory.json`.

use std::time::Duration;

use katapult_bench::{quick, write_result};
use katapult_simulator::{Simulator, WorkOptions, seeded};
use serde_json::{Value, json};

#[global_allocator]
static ALLOCATOR: dhat::Alloc = dhat::Alloc;

fn main() {
    // Quick mode proves the benchmark runs: dhat slows every allocation, more so unoptimised.
    let operations: usize = if quick() { 1_000 } else { 100_000 };
    // How much finished work the simulator keeps: a hundredth of the run, so the run passes
    // it many times over and the first measurement already finds it full.
    let kept_work = operations / 100;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let _profiler = dhat::Profiler::builder().testing().build();
    let simulator = runtime
        .block_on(
            Simulator::builder()
                .work(WorkOptions::taking(Duration::ZERO))
                .keep_work(kept_work)
                .start(),
        )
        .unwrap_or_else(|e| panic!("the simulator starts: {e}"));
    let base = simulator.url();
    let http = reqwest::Client::new();
    let send = |method: reqwest::Method, path: &str, query: Vec<(&str, String)>, body: Option<Value>| {
        let mut request = http
            .request(method, format!("{base}{path}"))
            .bearer_auth(simulator.token())
            .query(&query);
        if let Some(body) = body {
            request = request.json(&body);
        }
        async move {
            let response = request.send().await.unwrap_or_else(|e| panic!("{e}"));
            assert!(response.status().is_success(), "{}", response.status());
            response.json::<Value>().await.unwrap_or_else(|e| panic!("{e}"))
        }
    };
    let round = || async {
        let organization = json!({"sub_domain": seeded::ORGANIZATION_SUB_DOMAIN});
        let created = send(
            reqwest::Method::POST,
            "/organizations/organization/disks",
            Vec::new(),
            Some(json!({"organization": organization, "properties": {"name": "data", "size_in_gb": 10}})),
        )
        .await;
        let disk = created["disk"]["id"].as_str().unwrap_or_default().to_owned();
        let resize = json!({"disk": {"id": disk}, "size_in_gb": 20});
        send(reqwest::Method::PUT, "/disks/disk/resize", Vec::new(), Some(resize)).await;
        let read = send(
            reqwest::Method::GET,
            "/disks/disk",
            vec![("disk[id]", disk.clone())],
            None,
        )
        .await;
        assert_eq!(read["disk"]["size_in_gb"], 20);
        let deleted = send(reqwest::Method::DELETE, "/disks/disk", vec![("disk[id]", disk)], None).await;
        let trash = deleted["trash_object"]["id"].as_str().unwrap_or_default().to_owned();
        let query = vec![("trash_object[id]", trash)];
        send(reqwest::Method::DELETE, "/trash_objects/trash_object", query, None).await;
    };

    let started = std::time::Instant::now();
    let mut heap = Vec::new();
    for done in (5..=operations).step_by(5) {
        runtime.block_on(round());
        if done == operations / 10 || done == operations {
            let live = dhat::HeapStats::get().curr_bytes;
            let (objects, work) = simulator.footprint();
            println!(
                "after {done} operations: live heap {} KiB, {objects} objects, {work} pieces of work",
                live / 1024
            );
            heap.push(json!({"operations": done, "live_heap_bytes": live, "objects": objects, "work": work}));
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!("{operations} operations in {seconds:.1} s");
    write_result("simulator_memory", &json!({"rows": heap, "seconds": seconds}));
}
