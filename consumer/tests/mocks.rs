//! A user's test with the published typed mocks: the SDK against an httpmock server.

use httpmock::MockServer;
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::{
    ListVirtualMachineNetworkInterfacesResponse, ListVirtualMachineNetworkInterfacesVirtualMachineFqdn,
    VirtualMachineNetworkInterface,
};
use katapult_sdk_mock::MockServerExt;

#[tokio::test]
async fn the_client_lists_what_the_typed_mock_answers() {
    let server = MockServer::start_async().await;
    let fqdn = "web-1.acme.katapult.cloud";
    let answer = ListVirtualMachineNetworkInterfacesResponse {
        pagination: Default::default(),
        virtual_machine_network_interfaces: vec![VirtualMachineNetworkInterface {
            id: Some("vmnet_1".into()),
            name: Some("Public Network".into()),
            ..Default::default()
        }],
    };
    let mock = server.list_virtual_machine_network_interfaces(|when, then| {
        let fqdn: ListVirtualMachineNetworkInterfacesVirtualMachineFqdn = fqdn.parse().expect("a valid FQDN");
        when.virtual_machine_fqdn(&fqdn);
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
