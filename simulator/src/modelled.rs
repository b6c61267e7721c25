//! What the simulator models with state: the operations, and their paths. Every other
//! operation of the spec is answered from its examples (`from_spec.rs`).

/// The operations the simulator models with state, by `operationId`.
pub const MODELLED: &[&str] = &[
    "list_virtual_machine_network_interfaces",
    "allocate_ip_address",
    "unallocate_ip_address",
    "release_ip_address",
];

/// The paths of the modelled operations, below [`BASE_PATH`](crate::BASE_PATH).
pub mod paths {
    /// `GET`: list a virtual machine's network interfaces.
    pub const LIST_NETWORK_INTERFACES: &str = "/virtual_machines/virtual_machine/network_interfaces";
    /// `POST`: allocate an IP address to a virtual machine.
    pub const ALLOCATE_IP: &str = "/virtual_machines/virtual_machine/allocate_ip";
    /// `POST`: unallocate an IP address from what holds it.
    pub const UNALLOCATE_IP: &str = "/ip_addresses/ip_address/unallocate";
    /// `DELETE`: release an IP address from its organisation.
    pub const IP_ADDRESS: &str = "/ip_addresses/ip_address";
}
