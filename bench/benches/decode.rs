//! Decode: a 200-interface page into the generated types, against a minimal hand-written
//! serde struct with the same fields.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use katapult_bench::{interfaces_page, minimal};
use katapult_sdk::types::ListVirtualMachineNetworkInterfacesResponse;

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
}

criterion_group!(benches, decode);
criterion_main!(benches);
