//! Allocates an IP address to a virtual machine, telling the API's answers apart.
//!
//! ```sh
//! KATAPULT_API_TOKEN=… cargo run -p katapult-sdk --example allocate_ip -- <vm id or fqdn> <ip address or ip_ id>
//! ```

use std::process::ExitCode;

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::ApiError;
use katapult_sdk::{Client, Error};

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [vm, ip] = args.as_slice() else {
        eprintln!("usage: allocate_ip <vm_… ID or FQDN> <IP address or ip_… ID>");
        return ExitCode::FAILURE;
    };
    let vm = if vm.starts_with("vm_") {
        VirtualMachine::id(vm)
    } else {
        VirtualMachine::fqdn(vm)
    };
    let ip = match ip.parse::<std::net::IpAddr>() {
        Ok(address) => IpAddress::from(address),
        Err(_) => IpAddress::id(ip),
    };
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    match client.allocate_ip_address(vm.clone(), ip.clone()).await {
        Ok(allocated) => {
            let network = allocated.network.as_ref();
            let data_center = network.and_then(|n| n.data_center.as_ref());
            println!(
                "allocated {} to {vm} (network {}, data centre {})",
                allocated.address,
                network.map_or("?", |n| n.name.as_str()),
                data_center.map_or("?", |d| d.name.as_str()),
            );
            ExitCode::SUCCESS
        }
        Err(Error::Api {
            error: ApiError::IpAlreadyAllocated { .. },
            ..
        }) => {
            eprintln!("{ip} is already allocated");
            ExitCode::FAILURE
        }
        Err(Error::Api {
            error: ApiError::NoInterfaceAvailable { .. },
            ..
        }) => {
            eprintln!("{vm} has no interface on the network of {ip}");
            ExitCode::FAILURE
        }
        Err(error) if error.is_not_found() => {
            eprintln!("not found: {error}");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
