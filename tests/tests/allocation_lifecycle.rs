//! An address's life through the SDK against the simulator: allocated, seen on the
//! machine's interface, unallocated, gone from it, allocated again; and every status and
//! code of the unallocation.

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::{Client, Error};
use katapult_simulator::{NO_SCOPES_TOKEN, READ_ONLY_TOKEN, seeded};
use katapult_tests::http::{assert_api, simulator, simulator_client};

fn free_address() -> IpAddress {
    IpAddress::Address(seeded::FREE_LONDON_IPV4.parse().expect("a valid address"))
}

/// Whether the address is on any interface of the machine, as the list operation shows.
async fn listed_on(client: &Client, vm: &VirtualMachine, address: &str) -> bool {
    let interfaces = client
        .list_network_interfaces(vm.clone())
        .collect_all()
        .await
        .expect("lists");
    interfaces
        .iter()
        .flat_map(|i| i.ip_addresses.iter())
        .any(|ip| ip.address == address)
}

#[tokio::test]
async fn allocate_list_unallocate_list_allocate_again() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    assert!(!listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);

    let ip = client
        .allocate_ip_address(mango.clone(), free_address())
        .await
        .expect("allocates");
    assert_eq!(ip.address, seeded::FREE_LONDON_IPV4);
    assert!(listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);

    let id = ip.id.expect("the answer names the address");
    client
        .unallocate_ip_address()
        .ip_address(IpAddress::id(id))
        .send()
        .await
        .expect("unallocates");
    assert!(!listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);
    let world = simulator.world();
    let held = world
        .ip_addresses
        .iter()
        .find(|ip| ip.address.to_string() == seeded::FREE_LONDON_IPV4);
    assert!(held.is_some_and(|ip| ip.allocation.is_none() && ip.reverse_dns.is_none()));

    client
        .allocate_ip_address(mango.clone(), free_address())
        .await
        .expect("an unallocated address can be allocated again");
    assert!(listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);
}

#[tokio::test]
async fn every_answer_of_unallocate() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let unallocate =
        |client: Client, ip: IpAddress| async move { client.unallocate_ip_address().ip_address(ip).send().await };

    // 422: not allocated to anything.
    assert_api(unallocate(client.clone(), free_address()).await, 422, "no_allocation");
    // 404: no such address, by ID or by address.
    assert_api(
        unallocate(client.clone(), IpAddress::id("ip_doesNotExist00")).await,
        404,
        "ip_address_not_found",
    );
    let unknown = IpAddress::Address("192.0.2.77".parse().expect("valid"));
    assert_api(unallocate(client.clone(), unknown).await, 404, "ip_address_not_found");
    // 403: a token without the scope, a token that does not exist.
    for token in [READ_ONLY_TOKEN, NO_SCOPES_TOKEN] {
        assert_api(
            unallocate(simulator_client(&simulator, token), free_address()).await,
            403,
            "scope_not_granted",
        );
    }
    assert_api(
        unallocate(simulator_client(&simulator, "nope"), free_address()).await,
        403,
        "invalid_api_token",
    );
    // 200: a seeded allocation is unallocated.
    let allocated = IpAddress::Address(seeded::ALLOCATED_LONDON_IPV4.parse().expect("valid"));
    unallocate(client.clone(), allocated.clone())
        .await
        .expect("a seeded allocation unallocates");
    assert_api(unallocate(client.clone(), allocated).await, 422, "no_allocation");
    // Nothing is sent for a blank lookup.
    let blank = unallocate(client, IpAddress::id(" ")).await;
    assert!(
        matches!(
            blank,
            Err(Error::InvalidInput {
                argument: "ip_address[id]",
                ..
            })
        ),
        "{blank:?}"
    );
}

#[tokio::test]
async fn unallocate_reads_its_lookup_from_the_query_as_the_go_client_sends_it() {
    let simulator = simulator().await;
    let http = reqwest::Client::new();
    let url = format!("{}{}", simulator.url(), katapult_simulator::paths::UNALLOCATE_IP);
    let send = |query: &'static str| {
        http.post(format!("{url}?{query}"))
            .bearer_auth(simulator.token())
            .send()
    };
    let response = send("ip_address[address]=185.22.208.10").await.expect("answers");
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response.json::<serde_json::Value>().await.expect("JSON"),
        serde_json::json!({})
    );
    let both = send("ip_address[id]=ip_x&ip_address[address]=185.22.208.10")
        .await
        .expect("answers");
    assert_eq!(both.status().as_u16(), 400);
    let body: serde_json::Value = both.json().await.expect("JSON");
    assert_eq!(body["error"]["detail"]["issue"], "ambiguous_lookup_values");
}

#[tokio::test]
async fn a_released_address_leaves_its_interface_and_is_found_no_more() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    client
        .allocate_ip_address(mango.clone(), free_address())
        .await
        .expect("allocates");
    assert!(listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);

    // Releasing an allocated address unallocates it first.
    client
        .release_ip_address()
        .ip_address(free_address())
        .send()
        .await
        .expect("releases");
    assert!(!listed_on(&client, &mango, seeded::FREE_LONDON_IPV4).await);
    for result in [
        client
            .release_ip_address()
            .ip_address(free_address())
            .send()
            .await
            .map(drop),
        client
            .unallocate_ip_address()
            .ip_address(free_address())
            .send()
            .await
            .map(drop),
        client
            .allocate_ip_address(mango.clone(), free_address())
            .await
            .map(drop),
    ] {
        assert_api(result, 404, "ip_address_not_found");
    }
    let world = simulator.world();
    let released = world
        .ip_addresses
        .iter()
        .find(|ip| ip.address.to_string() == seeded::FREE_LONDON_IPV4);
    assert!(released.is_some_and(|ip| ip.released && ip.allocation.is_none()));

    // A free address is released as it is; the scopes are checked first.
    let amsterdam = IpAddress::Address(seeded::FREE_AMSTERDAM_IPV4.parse().expect("valid"));
    assert_api(
        simulator_client(&simulator, READ_ONLY_TOKEN)
            .release_ip_address()
            .ip_address(amsterdam.clone())
            .send()
            .await,
        403,
        "scope_not_granted",
    );
    client
        .release_ip_address()
        .ip_address(amsterdam)
        .send()
        .await
        .expect("a free address releases");
}
