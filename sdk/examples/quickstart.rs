//! The SDK's main job, end to end: list a virtual machine's interfaces across pages,
//! allocate an IP address, meet a typed error, and unallocate the address again, leaving the
//! world as it was found.
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//! Without `KATAPULT_API_TOKEN` it starts the embedded Katapult simulator on 127.0.0.1 and
//! needs no account and no network. With the token set it talks to the real API
//! (`KATAPULT_API_URL` to point elsewhere) and only reads, unless asked to allocate (it then
//! unallocates the address again before it ends):
//!
//! ```sh
//! KATAPULT_API_TOKEN=… cargo run --example quickstart -- <vm id or fqdn> [--allocate <address>]
//! ```

use std::process::ExitCode;

use futures::TryStreamExt;
use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::{self, ApiError};
use katapult_sdk::{Client, Error, TOKEN_ENV};
use katapult_simulator::{Simulator, seeded};

#[tokio::main]
async fn main() -> ExitCode {
    let outcome = if std::env::var_os(TOKEN_ENV).is_some() {
        live().await
    } else {
        simulated().await
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Against the embedded simulator: no token, no network.
async fn simulated() -> Result<(), Box<dyn std::error::Error>> {
    let simulator = Simulator::builder().start().await?;
    println!(
        "{TOKEN_ENV} is not set: using the embedded Katapult simulator at {}",
        simulator.url()
    );
    println!("(set {TOKEN_ENV} to talk to the real API instead)\n");
    let client = Client::builder()
        .token(simulator.token())
        .base_url(simulator.url())
        .build()?;

    let vm = VirtualMachine::fqdn(seeded::BULK_FQDN);
    list(&client, &vm, 10).await?;

    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    let address: IpAddress = seeded::FREE_LONDON_IPV4.parse::<std::net::IpAddr>()?.into();
    println!("\nAllocating {address} to {mango}");
    let ip = client.allocate_ip_address(mango.clone(), address.clone()).await?;
    print_allocation(&ip);

    println!("\nAllocating {address} again, to show a typed error");
    match client.allocate_ip_address(mango, address.clone()).await {
        Err(
            error @ Error::Api {
                error: ApiError::IpAlreadyAllocated { .. },
                ..
            },
        ) => {
            println!("  refused as expected: {error}");
            println!(
                "  code {:?}, HTTP status {:?}, retryable: {}",
                error.code(),
                error.status(),
                error.is_retryable()
            );
        }
        Err(other) => return Err(other.into()),
        Ok(_) => return Err("the simulator allocated one address twice".into()),
    }

    unallocate(&client, address).await?;
    simulator.shutdown().await;
    Ok(())
}

/// Against the real API: reads, and allocates only when asked to.
async fn live() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (vm, allocate) = match args.as_slice() {
        [vm] => (vm, None),
        [vm, flag, address] if flag == "--allocate" => (vm, Some(address)),
        _ => return Err("usage: quickstart <vm_… ID or FQDN> [--allocate <address>]".into()),
    };
    let client = Client::from_env()?;
    println!("{TOKEN_ENV} is set: using the Katapult API at {}\n", client.base_url());
    let vm = if vm.starts_with("vm_") {
        VirtualMachine::id(vm)
    } else {
        VirtualMachine::fqdn(vm)
    };
    list(&client, &vm, 30).await?;
    match allocate {
        Some(address) => {
            let address: IpAddress = address.parse::<std::net::IpAddr>()?.into();
            println!("\nAllocating {address} to {vm}");
            print_allocation(&client.allocate_ip_address(vm, address.clone()).await?);
            unallocate(&client, address).await?;
        }
        None => println!("\nRead-only: pass `--allocate <address>` to allocate an IP address."),
    }
    Ok(())
}

async fn list(client: &Client, vm: &VirtualMachine, per_page: u64) -> Result<(), Error> {
    let first = client
        .list_network_interfaces(vm.clone())
        .per_page(per_page)
        .send()
        .await?;
    let pages = first
        .total_pages()
        .map_or_else(|| "an unknown number of".to_owned(), |n| n.to_string());
    println!("Network interfaces of {vm}: {pages} page(s) of up to {per_page}");

    let mut interfaces = client
        .list_network_interfaces(vm.clone())
        .per_page(per_page)
        .concurrency(2)
        .stream();
    let mut count = 0usize;
    while let Some(interface) = interfaces.try_next().await? {
        count += 1;
        let addresses: Vec<String> = interface.ip_addresses.iter().map(|ip| ip.address.clone()).collect();
        println!(
            "  {:>3}. {:<22} {:<38} {}",
            count,
            interface.id,
            interface.name,
            addresses.join(", ")
        );
    }
    println!("{count} interface(s) in all");
    Ok(())
}

/// Unallocates the address allocated above, so the run leaves the world as it found it.
async fn unallocate(client: &Client, address: IpAddress) -> Result<(), Error> {
    println!("\nUnallocating {address}");
    client.unallocate_ip_address().ip_address(address).send().await?;
    println!("  unallocated: it is free to allocate again");
    Ok(())
}

fn print_allocation(ip: &types::IpAddress) {
    let network = ip.network.as_ref();
    let data_center = network.and_then(|n| n.data_center.as_ref());
    let country = data_center.and_then(|d| d.country.as_ref());
    println!(
        "  allocated {} ({}) on {} in {}, {}",
        ip.address,
        ip.id.as_deref().unwrap_or("?"),
        network.map_or("?", |n| n.name.as_str()),
        data_center.map_or("?", |d| d.name.as_str()),
        country.map_or("?", |c| c.name.as_str()),
    );
}
