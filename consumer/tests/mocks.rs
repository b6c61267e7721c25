//! A user's test with the published typed mocks: the SDK against an httpmock server.

use httpmock::MockServer;
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::{
    ListVirtualMachineNetworkInterfacesResponse, Pagination,
    VirtualMachineNetworkInterface,
};
use katapult_sdk_mock::MockServerExt;

#[tokio::test]
async fn the_client_lists_what_the_typed_mock_answers() {
    let server = MockServer::start_async().await;
    let fqdn = "web-1.acme.katapult.cloud";
    let answer = ListVirtualMachineNetworkInterfacesResponse {
        pagination: Pagination {
            current_page: 1,
            per_page: 30,
            total: Some(1),
            total_pages: Some(1),
            large_set: false,
        },
        virtual_machine_network_interfaces: vec![VirtualMachineNetworkInterface {
            id: "vmnet_1".into(),
            name: "Public Network".into(),
            ip_addresses: Vec::new(),
            network: None,
            virtual_network: None,
            mac_address: None,
            speed_profile: None,
            state: None,
            virtual_machine: None,
        }],
    };
    let mock = server.list_virtual_machine_network_interfaces(|when, then| {
        when.virtual_machine_fqdn(fqdn);
        then.ok(&answer);
    });
    let client = katapult_sdk::Client::builder()
        .token("test-token")
        .base_url(server.base_url())
        .build()
        .expect("a loopback client");
    let page = client
        .list_network_interfaces(VirtualMachine::fqdn(fqdn))
        .send()
        .await
        .expect("the mock answers");
    assert_eq!(page.items, answer.virtual_machine_network_interfaces);
    mock.assert_async().await;
}
