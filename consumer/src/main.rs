//! What a user's program does with the published SDK: start the published simulator,
//! list a machine's interfaces across pages, allocate an address, and tell the typed
//! refusal of a second allocation from other errors.

use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::ApiError;
use katapult_sdk::{Client, Error};
use katapult_simulator::{Simulator, seeded};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let simulator = Simulator::builder().start().await?;
    let client = Client::builder()
        .token(simulator.token())
        .base_url(simulator.url())
        .build()?;
    let vm = VirtualMachine::fqdn(seeded::BULK_FQDN);
    let interfaces = client
        .list_network_interfaces(vm)
        .per_page(10)
        .concurrency(2)
        .collect_all()
        .await?;
    println!("listed {} interfaces", interfaces.len());
    if interfaces.len() != 25 {
        return Err(format!("expected the seeded 25 interfaces, got {}", interfaces.len()).into());
    }

    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    let address: std::net::IpAddr = seeded::FREE_LONDON_IPV4.parse()?;
    let ip = client.allocate_ip_address(mango.clone(), address).await?;
    println!("allocated {}", ip.address);
    match client.allocate_ip_address(mango, address).await {
        Err(Error::Api {
            error: ApiError::IpAlreadyAllocated { .. },
            ..
        }) => println!("second allocation refused: ip_already_allocated"),
        other => return Err(format!("expected ip_already_allocated, got {other:?}").into()),
    }
    simulator.shutdown().await;
    Ok(())
}
