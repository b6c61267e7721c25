//! The IP-management operations through the SDK against the simulator: an address's whole
//! life (created, allocated to a chosen interface, read, unallocated, released), and the
//! statuses and codes each operation answers with.

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::{
    self, IpAddressVersionEnum, NetworkLookup, OrganizationLookup, VirtualMachineNetworkInterfaceLookup,
};
use katapult_sdk::{Client, Error};
use katapult_simulator::{READ_ONLY_TOKEN, RunningSimulator, seeded};
use katapult_tests::http::{assert_api, simulator, simulator_client};

fn acme() -> OrganizationLookup {
    OrganizationLookup::SubDomain(seeded::ORGANIZATION_SUB_DOMAIN.parse().expect("a sub domain"))
}

fn interface(id: &str) -> VirtualMachineNetworkInterfaceLookup {
    VirtualMachineNetworkInterfaceLookup::Id(id.parse().expect("an ID"))
}

fn network(permalink: &str) -> NetworkLookup {
    NetworkLookup::Permalink(permalink.parse().expect("a permalink"))
}

/// The ID of the VM's interface on `network_permalink`, from the simulator's world.
fn interface_id(simulator: &RunningSimulator, fqdn: &str, network_permalink: &str) -> String {
    let world = simulator.world();
    let vm = world
        .virtual_machines
        .iter()
        .find(|vm| vm.fqdn == fqdn)
        .expect("a seeded VM");
    vm.interfaces
        .iter()
        .map(|&i| &world.interfaces[i])
        .find(|i| world.networks[i.network].permalink == network_permalink)
        .map(|i| i.id.clone())
        .expect("an interface on that network")
}

async fn create(client: &Client, permalink: &str, version: IpAddressVersionEnum) -> Result<types::IpAddress, Error> {
    let body = types::CreateIpAddressRequest {
        organization: acme(),
        network: network(permalink),
        version,
        vip: Some(true),
        label: Some("lifecycle".to_owned()),
    };
    Ok(client.create_ip_address().body(body).send().await?.ip_address)
}

async fn listed_in_organization(client: &Client, address: &str) -> bool {
    let listed = client
        .list_ip_addresses()
        .organization(acme())
        .per_page(200)
        .collect_all()
        .await
        .expect("lists");
    listed.iter().any(|ip| ip.address == address)
}

#[tokio::test]
async fn create_allocate_get_unallocate_release() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let mango_public = interface_id(&simulator, seeded::MANGO_FQDN, "uk-lon-01-public");

    // Created: a new address in the organisation, on the network asked for, not allocated.
    let created = create(&client, "uk-lon-01-public", IpAddressVersionEnum::Ipv4)
        .await
        .expect("creates");
    let id = created.id.clone().expect("an ID");
    let address = created.address.clone();
    assert!(address.starts_with("185.22.208."), "{address}");
    assert_eq!(created.vip, Some(true));
    assert_eq!(created.label.as_ref().and_then(Option::as_deref), Some("lifecycle"));
    assert!(created.allocation_id.is_none());
    assert!(listed_in_organization(&client, &address).await);
    let available = client
        .list_available_ip_addresses()
        .virtual_machine_network_interface(interface(&mango_public))
        .address_version(IpAddressVersionEnum::Ipv4)
        .send()
        .await
        .expect("lists what the interface could take");
    assert!(available.ip_addresses.iter().any(|ip| ip.id.as_deref() == Some(&id)));

    // Allocated to a chosen interface: the answer is that interface, holding it.
    let allocated = client
        .allocate_ip_address_to_interface()
        .body(types::AllocateIpAddressToInterfaceRequest {
            virtual_machine_network_interface: interface(&mango_public),
            ip_address: IpAddress::id(id.clone()).try_into().expect("a lookup"),
        })
        .send()
        .await
        .expect("allocates")
        .virtual_machine_network_interface;
    assert_eq!(allocated.id, mango_public);
    assert!(allocated.ip_addresses.iter().any(|ip| ip.id.as_deref() == Some(&id)));

    // Read back: the address names its allocation, the interface and the VM show it.
    let got = client
        .get_ip_address()
        .ip_address(IpAddress::id(id.clone()))
        .send()
        .await
        .expect("gets");
    let mango = client
        .get_virtual_machine()
        .virtual_machine(VirtualMachine::fqdn(seeded::MANGO_FQDN))
        .send()
        .await
        .expect("gets the VM")
        .virtual_machine;
    assert_eq!(
        got.ip_address.allocation_id.as_ref().and_then(Option::as_ref),
        Some(&mango.id)
    );
    assert_eq!(
        got.ip_address.allocation_type.as_ref().and_then(Option::as_deref),
        Some("VirtualMachine")
    );
    match got.allocation {
        Some(katapult_sdk::types::Allocation::VirtualMachine(vm)) => assert_eq!(vm.id, mango.id),
        other => panic!("expected the machine, got {other:?}"),
    }
    assert!(
        mango
            .ip_addresses
            .iter()
            .flatten()
            .any(|ip| ip.id.as_deref() == Some(&id))
    );
    let shown = client
        .get_network_interface()
        .virtual_machine_network_interface(interface(&mango_public))
        .send()
        .await
        .expect("gets the interface")
        .virtual_machine_network_interface;
    assert!(shown.ip_addresses.iter().any(|ip| ip.id.as_deref() == Some(&id)));
    assert_eq!(shown.virtual_machine.map(|vm| vm.id).as_ref(), Some(&mango.id));

    // Unallocated: no allocation any more, still the organisation's.
    client
        .unallocate_ip_address()
        .ip_address(IpAddress::id(id.clone()))
        .send()
        .await
        .expect("unallocates");
    let got = client
        .get_ip_address()
        .ip_address(IpAddress::id(id.clone()))
        .send()
        .await
        .expect("gets");
    assert!(got.allocation.is_none() && got.ip_address.allocation_id.is_none());
    assert!(listed_in_organization(&client, &address).await);

    // Released: found no more, listed no more.
    client
        .release_ip_address()
        .ip_address(IpAddress::id(id.clone()))
        .send()
        .await
        .expect("releases");
    assert_api(
        client.get_ip_address().ip_address(IpAddress::id(id)).send().await,
        404,
        "ip_address_not_found",
    );
    assert!(!listed_in_organization(&client, &address).await);
}

#[tokio::test]
async fn allocating_a_new_address_creates_it_on_the_interface_network() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let mango_public = interface_id(&simulator, seeded::MANGO_FQDN, "uk-lon-01-public");
    let mango_private = interface_id(&simulator, seeded::MANGO_FQDN, "uk-lon-01-private");
    let new = |interface_id: String, version| {
        let client = client.clone();
        async move {
            client
                .allocate_new_ip_address()
                .body(types::AllocateNewIpAddressRequest {
                    virtual_machine_network_interface: interface(&interface_id),
                    address_version: version,
                })
                .send()
                .await
        }
    };
    let v6 = new(mango_public.clone(), IpAddressVersionEnum::Ipv6)
        .await
        .expect("allocates a new IPv6 address")
        .ip_address;
    assert!(v6.address.starts_with("2a03:2800:1::"), "{v6:?}");
    assert_eq!(
        v6.allocation_type.as_ref().and_then(Option::as_deref),
        Some("VirtualMachine")
    );
    // Two in a row are two different addresses.
    let again = new(mango_public, IpAddressVersionEnum::Ipv6).await.expect("allocates");
    assert_ne!(again.ip_address.address, v6.address);
    // The private network has no IPv6 range: none available.
    assert_api(
        new(mango_private, IpAddressVersionEnum::Ipv6).await,
        503,
        "no_available_addresses",
    );
}

#[tokio::test]
async fn every_refusal_of_the_interface_operations() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let mango_public = interface_id(&simulator, seeded::MANGO_FQDN, "uk-lon-01-public");
    let attic = interface_id(&simulator, seeded::TRASHED_FQDN, "uk-lon-01-public");
    let to_interface = |interface_id: String, ip: &str| {
        let client = client.clone();
        let ip = IpAddress::Address(ip.parse().expect("an address"));
        async move {
            client
                .allocate_ip_address_to_interface()
                .body(types::AllocateIpAddressToInterfaceRequest {
                    virtual_machine_network_interface: interface(&interface_id),
                    ip_address: ip.try_into().expect("a lookup"),
                })
                .send()
                .await
        }
    };

    assert_api(
        to_interface(mango_public.clone(), seeded::ALLOCATED_LONDON_IPV4).await,
        422,
        "ip_already_allocated",
    );
    assert_api(
        to_interface(mango_public.clone(), seeded::FREE_AMSTERDAM_IPV4).await,
        422,
        "invalid_ip",
    );
    assert_api(
        to_interface(mango_public.clone(), "192.0.2.1").await,
        404,
        "ip_address_not_found",
    );
    assert_api(
        to_interface("vmnet_doesNotExist00".to_owned(), seeded::FREE_LONDON_IPV4).await,
        404,
        "virtual_machine_network_interface_not_found",
    );
    // A trashed machine's interface refuses.
    assert_api(
        to_interface(attic, seeded::FREE_LONDON_IPV4).await,
        406,
        "object_in_trash",
    );
    // A read-only token may read interfaces but not allocate.
    let read_only = simulator_client(&simulator, READ_ONLY_TOKEN);
    read_only
        .get_network_interface()
        .virtual_machine_network_interface(interface(&mango_public))
        .send()
        .await
        .expect("a read-only token reads");
    let refused = read_only
        .allocate_new_ip_address()
        .body(types::AllocateNewIpAddressRequest {
            virtual_machine_network_interface: interface(&mango_public),
            address_version: IpAddressVersionEnum::Ipv4,
        })
        .send()
        .await;
    assert_api(refused, 403, "scope_not_granted");
    assert_api(
        client
            .get_network_interface()
            .virtual_machine_network_interface(interface("vmnet_doesNotExist00"))
            .send()
            .await,
        404,
        "virtual_machine_network_interface_not_found",
    );
}

#[tokio::test]
async fn every_refusal_of_the_organisation_and_address_operations() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let nowhere = OrganizationLookup::SubDomain("nowhere".parse().expect("a sub domain"));
    let dormant =
        OrganizationLookup::SubDomain(seeded::SUSPENDED_ORGANIZATION_SUB_DOMAIN.parse().expect("a sub domain"));
    let fledgling = OrganizationLookup::SubDomain(
        seeded::UNACTIVATED_ORGANIZATION_SUB_DOMAIN
            .parse()
            .expect("a sub domain"),
    );
    let refusals = [
        (nowhere, 404, "organization_not_found"),
        (dormant, 403, "organization_suspended"),
        (fledgling, 403, "organization_not_activated"),
    ];
    for (organization, status, code) in refusals {
        let vms = client
            .list_virtual_machines()
            .organization(organization.clone())
            .send()
            .await;
        assert_api(vms, status, code);
        let ips = client
            .list_ip_addresses()
            .organization(organization.clone())
            .send()
            .await;
        assert_api(ips, status, code);
        let created = client
            .create_ip_address()
            .body(types::CreateIpAddressRequest {
                organization,
                network: network("uk-lon-01-public"),
                version: IpAddressVersionEnum::Ipv4,
                vip: None,
                label: None,
            })
            .send()
            .await;
        assert_api(created, status, code);
    }
    let body = |network: NetworkLookup| types::CreateIpAddressRequest {
        organization: acme(),
        network,
        version: IpAddressVersionEnum::Ipv4,
        vip: None,
        label: None,
    };
    assert_api(
        client.create_ip_address().body(body(network("nowhere"))).send().await,
        404,
        "network_not_found",
    );
    let long_label = types::CreateIpAddressRequest {
        label: Some("x".repeat(256)),
        ..body(network("uk-lon-01-public"))
    };
    assert_api(
        client.create_ip_address().body(long_label).send().await,
        422,
        "validation_error",
    );
    // The bulk network has IPv6 only.
    assert_api(
        client
            .create_ip_address()
            .body(body(network("uk-lon-01-bulk")))
            .send()
            .await,
        503,
        "no_available_addresses",
    );
    let update = |reverse_dns: &str| {
        let lookup = IpAddress::Address(seeded::FREE_LONDON_IPV4.parse().expect("an address"));
        types::UpdateIpAddressRequest {
            ip_address: lookup.try_into().expect("a lookup"),
            reverse_dns: Some(reverse_dns.to_owned()),
            label: Some("renamed".to_owned()),
            vip: None,
        }
    };
    assert_api(
        client.update_ip_address().body(update("not a hostname")).send().await,
        422,
        "validation_error",
    );
    let updated = client
        .update_ip_address()
        .body(update("mail.example.com"))
        .send()
        .await
        .expect("updates")
        .ip_address;
    assert_eq!(updated.reverse_dns.as_deref(), Some("mail.example.com"));
    assert_eq!(updated.label.as_ref().and_then(Option::as_deref), Some("renamed"));
    assert_api(
        client
            .get_virtual_machine()
            .virtual_machine(VirtualMachine::fqdn(seeded::TRASHED_FQDN))
            .send()
            .await,
        406,
        "object_in_trash",
    );
    assert_api(
        client
            .get_ip_address()
            .ip_address(IpAddress::id("ip_doesNotExist00"))
            .send()
            .await,
        404,
        "ip_address_not_found",
    );
}

#[tokio::test]
async fn an_organisation_lists_its_live_machines_and_filters_by_annotation() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let vms = client
        .list_virtual_machines()
        .organization(acme())
        .per_page(2)
        .collect_all()
        .await
        .expect("lists across pages");
    let world = simulator.world();
    let live: Vec<&str> = world
        .virtual_machines
        .iter()
        .filter(|vm| vm.trash.is_none())
        .map(|vm| vm.fqdn.as_str())
        .collect();
    let listed: Vec<&str> = vms.iter().filter_map(|vm| vm.fqdn.as_deref()).collect();
    assert_eq!(listed, live);
    assert!(!listed.contains(&seeded::TRASHED_FQDN));
    // No machine carries annotations, so a filter finds none (and is sent as pairs).
    let filtered = client
        .list_virtual_machines()
        .organization(acme())
        .annotations([("role", "web")])
        .collect_all()
        .await
        .expect("lists");
    assert!(filtered.is_empty());
}

#[tokio::test]
async fn an_address_a_load_balancer_holds_is_neither_unallocated_nor_released() {
    let simulator = simulator().await;
    let client = simulator_client(&simulator, simulator.token());
    let held = || IpAddress::Address(seeded::LOAD_BALANCER_IPV4.parse().expect("an address"));

    let got = client.get_ip_address().ip_address(held()).send().await.expect("gets");
    assert_eq!(
        got.ip_address.allocation_type.as_ref().and_then(Option::as_deref),
        Some("LoadBalancer")
    );
    match got.allocation {
        Some(katapult_sdk::types::Allocation::LoadBalancer(lb)) => assert_eq!(lb.name, "web-frontend"),
        other => panic!("expected the load balancer, got {other:?}"),
    }

    let unallocated = client.unallocate_ip_address().ip_address(held()).send().await;
    assert_api(unallocated, 409, "resource_does_not_support_unallocation");
    let released = client.release_ip_address().ip_address(held()).send().await;
    assert_api(released, 409, "resource_does_not_support_unallocation");
    let taken = client
        .allocate_ip_address(VirtualMachine::fqdn(seeded::MANGO_FQDN), held())
        .await;
    assert_api(taken, 422, "ip_already_allocated");
    // Still held, still found.
    let again = client.get_ip_address().ip_address(held()).send().await.expect("gets");
    assert_eq!(again.ip_address.allocation_id, got.ip_address.allocation_id);
}
