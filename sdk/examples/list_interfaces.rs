//! Lists every network interface of a virtual machine, across pages.
//!
//! ```sh
//! KATAPULT_API_TOKEN=… cargo run -p katapult-sdk --example list_interfaces -- <vm id or fqdn>
//! ```
//! `KATAPULT_API_URL` points it elsewhere, e.g. at the local simulator.

use std::process::ExitCode;

use futures::TryStreamExt;
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::{Client, Error};

#[tokio::main]
async fn main() -> ExitCode {
    let Some(vm) = std::env::args().nth(1) else {
        eprintln!("usage: list_interfaces <vm_… ID or FQDN>");
        return ExitCode::FAILURE;
    };
    // IDs carry the `vm_` prefix; anything else is taken as an FQDN.
    let vm = if vm.starts_with("vm_") {
        VirtualMachine::id(vm)
    } else {
        VirtualMachine::fqdn(vm)
    };
    match run(vm).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(vm: VirtualMachine) -> Result<(), Error> {
    let client = Client::from_env()?;
    let mut interfaces = client
        .list_network_interfaces(vm.clone())
        .per_page(100)
        .concurrency(4)
        .stream();
    let mut count = 0;
    while let Some(interface) = interfaces.try_next().await? {
        count += 1;
        let addresses: Vec<String> = interface.ip_addresses.iter().map(|ip| ip.address.clone()).collect();
        println!("{:<24} {:<40} {}", interface.id, interface.name, addresses.join(", "));
    }
    println!("{count} interface(s) on {vm}");
    Ok(())
}
