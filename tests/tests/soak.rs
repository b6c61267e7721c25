//! Load and races through the SDK against the simulator: 64 tasks racing for one address
//! (half through the machine, half through its interface),
//! 64 tasks allocating and unallocating one address, and a bounded soak of 10,000 mixed calls
//! from 64 tasks with injected 503s.

use std::collections::{BTreeMap, HashMap};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::{self, ApiError};
use katapult_sdk::{Client, Error, RetryPolicy};
use katapult_simulator::{Faults, Simulator, World, seeded};
use katapult_tests::http::{client_with, quick_retries};

const TASKS: usize = 64;
const SOAK_CALLS: usize = 10_000;

fn allocated_ips(world: &World) -> BTreeMap<IpAddr, usize> {
    world
        .ip_addresses
        .iter()
        .filter_map(|ip| ip.allocation.map(|(vm, _)| (ip.address, vm)))
        .collect()
}

/// The world is consistent: every allocated address is on exactly one interface, of the VM
/// it is allocated to, and every address on an interface is allocated to that interface.
fn assert_consistent(world: &World) {
    for (index, ip) in world.ip_addresses.iter().enumerate() {
        let holders: Vec<usize> = (0..world.interfaces.len())
            .filter(|&i| world.interfaces[i].ip_addresses.contains(&index))
            .collect();
        match ip.allocation {
            Some((vm, interface)) => {
                assert_eq!(holders, [interface], "{} is on exactly its interface", ip.address);
                assert!(
                    world.virtual_machines[vm].interfaces.contains(&interface),
                    "{}",
                    ip.address
                );
                assert_eq!(world.interfaces[interface].network, ip.network, "{}", ip.address);
            }
            None => assert!(holders.is_empty(), "{} is free but on an interface", ip.address),
        }
    }
}

/// The ID of the mango VM's interface on London's public network.
fn mango_public_interface(world: &World) -> String {
    let mango = world
        .virtual_machines
        .iter()
        .find(|vm| vm.fqdn == seeded::MANGO_FQDN)
        .expect("seeded");
    mango
        .interfaces
        .iter()
        .map(|&i| &world.interfaces[i])
        .find(|i| world.networks[i.network].permalink == "uk-lon-01-public")
        .map(|i| i.id.clone())
        .expect("seeded")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_tasks_race_for_one_address() {
    let simulator = Simulator::builder().start().await.expect("starts");
    let client = client_with(simulator.url(), simulator.token(), RetryPolicy::none());
    let target: IpAddr = "2a03:2800:1::30".parse().expect("valid");
    let before = allocated_ips(&simulator.world());
    let interface = mango_public_interface(&simulator.world());
    // Half ask for the machine, half for its interface: two ways in, one holder.
    let tasks: Vec<_> = (0..TASKS)
        .map(|n| {
            let client = client.clone();
            let interface = interface.clone();
            tokio::spawn(async move {
                if n % 2 == 0 {
                    let ip = client
                        .allocate_ip_address(VirtualMachine::fqdn(seeded::MANGO_FQDN), target)
                        .await?;
                    Ok(Some(ip.address))
                } else {
                    let body = types::AllocateIpAddressToInterfaceRequest {
                        virtual_machine_network_interface: types::VirtualMachineNetworkInterfaceLookup::Id(
                            interface.parse().expect("an ID"),
                        ),
                        ip_address: target.try_into().expect("a lookup"),
                    };
                    let answer = client.allocate_ip_address_to_interface().body(body).send().await?;
                    let held = answer.virtual_machine_network_interface.ip_addresses;
                    Ok(held.into_iter().map(|ip| ip.address).find(|a| a == "2a03:2800:1::30"))
                }
            })
        })
        .collect();
    let (mut won, mut lost) = (0, 0);
    for task in tasks {
        let outcome: Result<Option<String>, Error> = task.await.expect("ran");
        match outcome {
            Ok(address) => {
                won += 1;
                assert_eq!(address.as_deref(), Some("2a03:2800:1::30"));
            }
            Err(Error::Api {
                error: ApiError::IpAlreadyAllocated { .. },
                ..
            }) => lost += 1,
            Err(other) => panic!("unexpected: {other}"),
        }
    }
    assert_eq!((won, lost), (1, TASKS - 1));
    let world = simulator.world();
    let after = allocated_ips(&world);
    assert_eq!(after.len(), before.len() + 1, "exactly one new allocation");
    assert_eq!(world.virtual_machines[after[&target]].fqdn, seeded::MANGO_FQDN);
    assert_consistent(&world);
}

/// What one soak call expected, and what happened.
#[derive(Debug, Default)]
struct Tally {
    calls: usize,
    unexpected: Vec<String>,
    allocated: Vec<(IpAddr, &'static str)>,
    by_outcome: BTreeMap<&'static str, usize>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sixty_four_tasks_allocate_and_unallocate_one_address() {
    const ROUNDS: usize = 4;
    let simulator = Simulator::builder().start().await.expect("starts");
    let client = client_with(simulator.url(), simulator.token(), RetryPolicy::none());
    let target: IpAddr = seeded::FREE_LONDON_IPV4.parse().expect("valid");
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let client = client.clone();
            tokio::spawn(async move {
                let (mut allocated, mut unallocated) = (0usize, 0usize);
                for _ in 0..ROUNDS {
                    match client
                        .allocate_ip_address(VirtualMachine::fqdn(seeded::MANGO_FQDN), target)
                        .await
                    {
                        Ok(_) => allocated += 1,
                        Err(Error::Api {
                            error: ApiError::IpAlreadyAllocated { .. },
                            ..
                        }) => {}
                        Err(other) => panic!("allocating: {other}"),
                    }
                    match client.unallocate_ip_address().ip_address(target).send().await {
                        Ok(_) => unallocated += 1,
                        Err(Error::Api {
                            error: ApiError::NoAllocation { .. },
                            ..
                        }) => {}
                        Err(other) => panic!("unallocating: {other}"),
                    }
                }
                (allocated, unallocated)
            })
        })
        .collect();
    let (mut allocated, mut unallocated) = (0, 0);
    for task in tasks {
        let (a, r) = task.await.expect("no task panicked");
        allocated += a;
        unallocated += r;
    }
    let world = simulator.world();
    let held = allocated_ips(&world).contains_key(&target);
    assert!(allocated >= 1, "some allocation succeeded");
    // Each unallocation undoes exactly one allocation: never more of them than allocations,
    // and the address is held at the end exactly when one allocation is left standing.
    assert_eq!(
        allocated - unallocated,
        usize::from(held),
        "{allocated} allocated, {unallocated} unallocated"
    );
    assert_consistent(&world);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_soak_of_mixed_calls_with_injected_503s() {
    let simulator = Simulator::builder()
        .faults(Faults {
            unavailable: 0.05,
            seed: 7,
            ..Faults::default()
        })
        .start()
        .await
        .expect("starts");
    let retry = quick_retries(10);
    let good = client_with(simulator.url(), simulator.token(), retry.clone());
    let bad = client_with(simulator.url(), "not-a-real-token", retry);
    let before = allocated_ips(&simulator.world());
    let pool: Vec<IpAddr> = (10..60u8)
        .flat_map(|h| {
            [
                format!("185.22.208.{h}"),
                format!("10.0.0.{h}"),
                format!("5.254.32.{h}"),
            ]
        })
        .map(|a| a.parse().expect("valid"))
        .collect();
    let tally = Arc::new(Mutex::new(Tally::default()));

    let tasks: Vec<_> = (0..TASKS)
        .map(|task| {
            let (good, bad, pool, tally) = (good.clone(), bad.clone(), pool.clone(), tally.clone());
            tokio::spawn(async move {
                let mut rng = fastrand::Rng::with_seed(task as u64);
                let calls = SOAK_CALLS / TASKS + usize::from(task < SOAK_CALLS % TASKS);
                for _ in 0..calls {
                    let (label, outcome) = one_call(&mut rng, &good, &bad, &pool).await;
                    let mut tally = tally.lock().expect("not poisoned");
                    tally.calls += 1;
                    *tally.by_outcome.entry(label).or_default() += 1;
                    match outcome {
                        Ok(Some(allocation)) => tally.allocated.push(allocation),
                        Ok(None) => {}
                        Err(unexpected) => tally.unexpected.push(unexpected),
                    }
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("ran");
    }

    let tally = Arc::try_unwrap(tally)
        .expect("tasks are done")
        .into_inner()
        .expect("not poisoned");
    assert_eq!(tally.calls, SOAK_CALLS);
    assert!(
        tally.unexpected.is_empty(),
        "{} unexpected: {:?}",
        tally.unexpected.len(),
        &tally.unexpected[..tally.unexpected.len().min(5)]
    );

    // No allocation lost or doubled: the new allocations are exactly the successes.
    let world = simulator.world();
    let after = allocated_ips(&world);
    let mut successes: HashMap<IpAddr, &str> = HashMap::new();
    for (ip, vm) in &tally.allocated {
        assert!(successes.insert(*ip, vm).is_none(), "{ip} was allocated twice");
    }
    let new: BTreeMap<_, _> = after.iter().filter(|(ip, _)| !before.contains_key(ip)).collect();
    assert_eq!(
        new.len(),
        successes.len(),
        "every success is one new allocation, and no other"
    );
    for (ip, vm) in &successes {
        assert_eq!(world.virtual_machines[after[ip]].fqdn, *vm, "{ip}");
    }
    assert_consistent(&world);

    // Still answering.
    good.list_network_interfaces(VirtualMachine::fqdn(seeded::MANGO_FQDN))
        .send()
        .await
        .expect("still answering");
    let statuses = simulator.statuses();
    println!(
        "{} calls, {} HTTP requests, {} injected 503s retried, {} allocations; outcomes {:?}",
        tally.calls,
        simulator.requests(),
        statuses.get(&503).copied().unwrap_or_default(),
        successes.len(),
        tally.by_outcome
    );
}

type Outcome = Result<Option<(IpAddr, &'static str)>, String>;

/// One random call and whether its result is one the API allows for it.
async fn one_call(rng: &mut fastrand::Rng, good: &Client, bad: &Client, pool: &[IpAddr]) -> (&'static str, Outcome) {
    let vms = [
        seeded::MANGO_FQDN,
        seeded::BULK_FQDN,
        seeded::LARGE_SET_FQDN,
        seeded::AMSTERDAM_FQDN,
    ];
    match rng.u8(..100) {
        0..50 => {
            let vm = vms[rng.usize(..vms.len())];
            let result = good
                .list_network_interfaces(VirtualMachine::fqdn(vm))
                .page(rng.u64(1..4))
                .per_page(10)
                .send()
                .await;
            ("list", result.map(|_| None).map_err(|e| format!("list {vm}: {e}")))
        }
        50..58 => {
            let result = good
                .list_network_interfaces(VirtualMachine::fqdn(seeded::TRASHED_FQDN))
                .send()
                .await;
            ("list trashed", expect_code(result, "object_in_trash"))
        }
        58..62 => {
            let result = good
                .list_network_interfaces(VirtualMachine::id("vm_doesnotexist00"))
                .send()
                .await;
            ("list missing", expect_code(result, "virtual_machine_not_found"))
        }
        62..92 => {
            let vm = if rng.bool() {
                seeded::MANGO_FQDN
            } else {
                seeded::AMSTERDAM_FQDN
            };
            let ip = pool[rng.usize(..pool.len())];
            match good
                .allocate_ip_address(VirtualMachine::fqdn(vm), IpAddress::from(ip))
                .await
            {
                Ok(_) => ("allocated", Ok(Some((ip, vm)))),
                Err(Error::Api {
                    error: ApiError::IpAlreadyAllocated { .. },
                    ..
                }) => ("already allocated", Ok(None)),
                Err(Error::Api {
                    error: ApiError::NoInterfaceAvailable { .. },
                    ..
                }) => ("no interface", Ok(None)),
                Err(other) => ("allocate", Err(format!("allocate {ip} to {vm}: {other}"))),
            }
        }
        _ => {
            let result = bad
                .list_network_interfaces(VirtualMachine::fqdn(seeded::MANGO_FQDN))
                .send()
                .await;
            ("bad token", expect_code(result, "invalid_api_token"))
        }
    }
}

fn expect_code<T>(result: Result<T, Error>, code: &str) -> Outcome {
    match result {
        Err(error) if error.code().as_deref() == Some(code) => Ok(None),
        Err(error) => Err(format!("expected {code}, got {error}")),
        Ok(_) => Err(format!("expected {code}, got a success")),
    }
}
