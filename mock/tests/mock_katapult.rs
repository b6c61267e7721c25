//! Mocking Katapult the way an SDK user would in their own tests: the code under test
//! takes a `katapult_sdk::Client`; the test points it at an httpmock server set up with
//! the typed helpers.

use httpmock::MockServer;
use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::{
    AllocateIpAddressRequest, AllocateIpAddressResponse, ApiError, EmptyDetail, ErrorResponse, InterfaceIpAddress,
    IpAddressLookup, ListVirtualMachineNetworkInterfacesResponse, Pagination, VirtualMachineLookup,
    VirtualMachineNetworkInterface,
};
use katapult_sdk::{Client, Error, RetryPolicy};
use katapult_sdk_mock::MockServerExt;

// ----- The application code under test ---------------------------------------------

/// Every address on a VM's interfaces.
async fn addresses_of(client: &Client, fqdn: &str) -> Result<Vec<String>, Error> {
    let interfaces = client
        .list_network_interfaces(VirtualMachine::fqdn(fqdn))
        .per_page(100)
        .collect_all()
        .await?;
    Ok(interfaces
        .into_iter()
        .flat_map(|i| i.ip_addresses)
        .map(|ip| ip.address)
        .collect())
}

/// Allocates `address`, treating "already ours" as success.
async fn ensure_allocated(client: &Client, vm_id: &str, address: std::net::IpAddr) -> Result<bool, Error> {
    match client
        .allocate_ip_address(VirtualMachine::id(vm_id), IpAddress::from(address))
        .await
    {
        Ok(_) => Ok(true),
        Err(Error::Api {
            error: ApiError::IpAlreadyAllocated { .. },
            ..
        }) => Ok(false),
        Err(other) => Err(other),
    }
}

// ----- The tests ---------------------------------------------------------------------

fn client_for(server: &MockServer) -> Client {
    Client::builder()
        .token("test-token")
        .base_url(server.base_url())
        .retry(RetryPolicy::none())
        .build()
        .expect("builds")
}

fn interface(id: &str, address: &str) -> VirtualMachineNetworkInterface {
    VirtualMachineNetworkInterface {
        id: id.into(),
        name: format!("{id} on web-1"),
        ip_addresses: vec![InterfaceIpAddress {
            id: None,
            address: address.into(),
            address_with_mask: None,
            reverse_dns: None,
        }],
        network: None,
        virtual_network: None,
        mac_address: None,
        speed_profile: None,
        state: None,
        virtual_machine: None,
    }
}

#[tokio::test]
async fn lists_addresses_across_two_pages() {
    let server = MockServer::start_async().await;
    let fqdn = "web-1.acme.katapult.cloud";
    let pages = |page: u64, items: Vec<VirtualMachineNetworkInterface>| ListVirtualMachineNetworkInterfacesResponse {
        pagination: Pagination {
            current_page: page as i64,
            per_page: 100,
            total: Some(101),
            total_pages: Some(2),
            large_set: false,
        },
        virtual_machine_network_interfaces: items,
    };
    let first_items: Vec<_> = (0..100)
        .map(|n| interface(&format!("vmnet_{n}"), &format!("10.0.0.{n}")))
        .collect();
    let first = server.list_virtual_machine_network_interfaces(|when, then| {
        when.virtual_machine_fqdn(fqdn)
            .page(std::num::NonZeroU64::new(1))
            .per_page(std::num::NonZeroU64::new(100));
        then.ok(&pages(1, first_items));
    });
    let second = server.list_virtual_machine_network_interfaces(|when, then| {
        when.virtual_machine_fqdn(fqdn).page(std::num::NonZeroU64::new(2));
        then.ok(&pages(2, vec![interface("vmnet_100", "2a03:2800:1::1")]));
    });

    let addresses = addresses_of(&client_for(&server), fqdn).await.expect("listed");

    assert_eq!(addresses.len(), 101);
    assert_eq!(addresses.last().map(String::as_str), Some("2a03:2800:1::1"));
    first.assert_async().await;
    second.assert_async().await;
}

#[tokio::test]
async fn an_address_already_allocated_is_not_an_error_for_the_app() {
    let server = MockServer::start_async().await;
    let request = AllocateIpAddressRequest {
        virtual_machine: VirtualMachineLookup::Id("vm_t8yomYsG4bccKw5D".parse().expect("valid")),
        ip_address: IpAddressLookup::Address("185.22.208.10".parse().expect("valid")),
    };
    let refused = server.allocate_ip_address(|when, then| {
        when.body(&request);
        then.unprocessable_entity(&ErrorResponse {
            error: ApiError::IpAlreadyAllocated {
                description: "This IP address has already been allocated to another resource".into(),
                detail: Some(EmptyDetail(serde_json::Map::new())),
            },
        });
    });

    let allocated = ensure_allocated(
        &client_for(&server),
        "vm_t8yomYsG4bccKw5D",
        "185.22.208.10".parse().expect("valid"),
    )
    .await
    .expect("handled");

    assert!(!allocated);
    refused.assert_async().await;
}

#[tokio::test]
async fn a_fresh_allocation_reports_success() {
    let server = MockServer::start_async().await;
    let ok = server.allocate_ip_address(|_, then| {
        then.ok(&AllocateIpAddressResponse {
            ip_address: serde_json::from_value(serde_json::json!({"address": "185.22.208.11"})).expect("an address"),
        });
    });
    let allocated = ensure_allocated(&client_for(&server), "vm_1", "185.22.208.11".parse().expect("valid"))
        .await
        .expect("allocated");
    assert!(allocated);
    ok.assert_async().await;
}
