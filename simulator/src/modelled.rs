//! What the simulator models by hand: the operations, and their paths, and the operations
//! answered from examples that also change the world (builds, power actions). The
//! resources kept from the spec are in `resources.rs`; every other operation is answered
//! from its examples (`from_spec.rs`).

/// The operations the simulator models with state, by `operationId`.
pub const MODELLED: &[&str] = &[
    "list_virtual_machine_network_interfaces",
    "allocate_ip_address",
    "unallocate_ip_address",
    "release_ip_address",
    "get_virtual_machine",
    "list_virtual_machines",
    "get_network_interface",
    "list_available_ip_addresses",
    "allocate_ip_address_to_interface",
    "allocate_new_ip_address",
    "list_ip_addresses",
    "create_ip_address",
    "get_ip_address",
    "update_ip_address",
    "delete_virtual_machine",
];

/// The operations that build a virtual machine: checked and answered from the spec like
/// the operations answered from examples, and the work they start progresses as all work
/// does, but they also add the machine they build to the world (in the organisation they
/// name, which must exist), so that it can be read, used and deleted afterwards.
pub const BUILDS: &[&str] = &["build_virtual_machine", "build_virtual_machine_from_spec"];

/// The organisations' operations: answered from the spec's examples like [`BUILDS`], and
/// made to say what the world holds: its organisations, read by either key, listed, and
/// the managed ones created, listed by their manager and deleted. The spec cannot say it:
/// an organisation is the parent of everything, created by no create of its own pattern.
pub(crate) const ORGANIZATIONS: &[&str] = &[
    "get_organization",
    "list_organizations",
    "get_current_user_details",
    "list_managed_organizations",
    "create_managed_organization",
    "delete_managed_organization",
];

/// The power actions, answered from the spec's examples like [`BUILDS`], that also move a
/// machine the world has through a passing state to a settled one, which it reaches when
/// the action's task ends: the action, the passing state and the settled one.
pub(crate) const POWER: &[(&str, &str, &str)] = &[
    ("start_virtual_machine", "starting", "started"),
    ("stop_virtual_machine", "stopping", "stopped"),
    ("shutdown_virtual_machine", "shutting_down", "stopped"),
    ("reset_virtual_machine", "resetting", "started"),
];

/// The paths of the modelled operations, below [`BASE_PATH`](crate::BASE_PATH).
pub mod paths {
    /// `GET`: list a virtual machine's network interfaces.
    pub const LIST_NETWORK_INTERFACES: &str = "/virtual_machines/virtual_machine/network_interfaces";
    /// `POST`: allocate an IP address to a virtual machine.
    pub const ALLOCATE_IP: &str = "/virtual_machines/virtual_machine/allocate_ip";
    /// `POST`: unallocate an IP address from what holds it.
    pub const UNALLOCATE_IP: &str = "/ip_addresses/ip_address/unallocate";
    /// `GET`, `PATCH` and `DELETE`: read, update or release an IP address.
    pub const IP_ADDRESS: &str = "/ip_addresses/ip_address";
    /// `GET` and `DELETE`: read a virtual machine, or move it to the trash.
    pub const VIRTUAL_MACHINE: &str = "/virtual_machines/virtual_machine";
    /// `GET`: an organisation's virtual machines.
    pub const ORGANIZATION_VIRTUAL_MACHINES: &str = "/organizations/organization/virtual_machines";
    /// `GET`: a network interface.
    pub const NETWORK_INTERFACE: &str = "/virtual_machine_network_interfaces/virtual_machine_network_interface";
    /// `GET`: the addresses an interface could take, of one version (the path's last segment).
    pub const AVAILABLE_IPS: &str =
        "/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{address_version}";
    /// `POST`: allocate an existing address to a chosen interface.
    pub const ALLOCATE_IP_TO_INTERFACE: &str =
        "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip";
    /// `POST`: allocate a new address to a chosen interface.
    pub const ALLOCATE_NEW_IP: &str =
        "/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip";
    /// `GET` and `POST`: an organisation's IP addresses, listed or created.
    pub const ORGANIZATION_IP_ADDRESSES: &str = "/organizations/organization/ip_addresses";
}
