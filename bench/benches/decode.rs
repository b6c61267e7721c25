//! Decode: a 200-interface page into the generated types, against a minimal hand-written
//! serde struct with the same fields. criterion measures each in its own window; a second
//! pass alternates the two in short rounds and takes the median of the per-round ratios,
//! which holds up better on a noisy machine (`target/katapult-bench/decode.json`).

use std::time::Instant;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use katapult_bench::{interfaces_page, minimal, quick, write_result};
use katapult_sdk::types::ListVirtualMachineNetworkInterfacesResponse;
use serde_json::json;

fn decode(c: &mut Criterion) {
    let body = serde_json::to_vec(&interfaces_page(200)).unwrap_or_default();
    let generated: ListVirtualMachineNetworkInterfacesResponse =
        serde_json::from_slice(&body).unwrap_or_else(|e| panic!("the generated types decode the page: {e}"));
    assert_eq!(generated.virtual_machine_network_interfaces.len(), 200);

    let mut group = c.benchmark_group("decode_200_interfaces");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("generated", |b| {
        b.iter(|| serde_json::from_slice::<ListVirtualMachineNetworkInterfacesResponse>(std::hint::black_box(&body)))
    });
    group.bench_function("minimal", |b| {
        b.iter(|| serde_json::from_slice::<minimal::Page>(std::hint::black_box(&body)))
    });
    group.finish();

    let (rounds, per_round) = if quick() { (3, 10) } else { (201, 200) };
    let time = |decode: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..per_round {
            decode();
        }
        start.elapsed().as_secs_f64()
    };
    let generated = || {
        drop(serde_json::from_slice::<ListVirtualMachineNetworkInterfacesResponse>(
            std::hint::black_box(&body),
        ))
    };
    let minimal = || drop(serde_json::from_slice::<minimal::Page>(std::hint::black_box(&body)));
    let mut ratios = Vec::with_capacity(rounds);
    for round in 0..rounds {
        let (g, m) = if round % 2 == 0 {
            let g = time(&generated);
            (g, time(&minimal))
        } else {
            let m = time(&minimal);
            (time(&generated), m)
        };
        ratios.push(g / m);
    }
    ratios.sort_by(f64::total_cmp);
    write_result(
        "decode",
        &json!({"rounds": rounds, "per_round": per_round, "median_ratio": ratios[ratios.len() / 2]}),
    );
}

criterion_group!(benches, decode);
criterion_main!(benches);
