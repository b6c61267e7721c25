//! The simulator's world: countries, data centres, networks, virtual machines, their
//! interfaces, IP addresses and the trash, with the indexes lookups use and the one change
//! the API makes to it (an allocation). How it is seeded is in `seed.rs`; how it is shown
//! on the wire, in `render.rs`.

use std::collections::HashMap;
use std::net::IpAddr;

/// A country a data centre is in.
#[derive(Clone, Debug)]
pub struct Country {
    pub id: String,
    pub name: &'static str,
    pub iso_code2: &'static str,
    pub iso_code3: &'static str,
    pub time_zone: &'static str,
    pub eu: bool,
}

/// A data centre.
#[derive(Clone, Debug)]
pub struct DataCenter {
    pub id: String,
    pub name: &'static str,
    pub permalink: &'static str,
    pub country: usize,
}

/// A network, in one data centre.
#[derive(Clone, Debug)]
pub struct Network {
    pub id: String,
    pub name: &'static str,
    pub permalink: &'static str,
    pub data_center: usize,
    /// Whether it is its data center's default network for new addresses.
    pub default: bool,
}

/// A virtual machine.
#[derive(Clone, Debug)]
pub struct VirtualMachine {
    pub id: String,
    pub fqdn: String,
    /// Its interfaces, in listing order (indexes into [`World::interfaces`]).
    pub interfaces: Vec<usize>,
    /// Set when the VM is in the trash.
    pub trash: Option<TrashEntry>,
    /// List this VM's interfaces as a "large set" (no totals), as the API does for big lists.
    pub large_set: bool,
}

/// An entry in the trash.
#[derive(Clone, Debug)]
pub struct TrashEntry {
    pub id: String,
    /// Unix seconds.
    pub keep_until: i64,
}

/// A network interface of a virtual machine.
#[derive(Clone, Debug)]
pub struct Interface {
    pub id: String,
    pub name: String,
    pub network: usize,
    /// Addresses allocated to it (indexes into [`World::ip_addresses`]).
    pub ip_addresses: Vec<usize>,
}

/// An IP address in a network.
#[derive(Clone, Debug)]
pub struct IpAddress {
    pub id: String,
    pub address: IpAddr,
    pub prefix_length: u8,
    pub network: usize,
    pub label: Option<String>,
    pub reverse_dns: Option<String>,
    /// The VM and interface it is allocated to.
    pub allocation: Option<(usize, usize)>,
    /// Given back by its organisation: no lookup finds it any more.
    pub released: bool,
}

/// Everything the simulator knows, with indexes for lookups.
#[derive(Clone, Debug, Default)]
pub struct World {
    pub countries: Vec<Country>,
    pub data_centers: Vec<DataCenter>,
    pub networks: Vec<Network>,
    pub virtual_machines: Vec<VirtualMachine>,
    pub interfaces: Vec<Interface>,
    pub ip_addresses: Vec<IpAddress>,
    pub vm_by_id: HashMap<String, usize>,
    pub vm_by_fqdn: HashMap<String, usize>,
    pub ip_by_id: HashMap<String, usize>,
    pub ip_by_address: HashMap<IpAddr, usize>,
}

impl World {
    /// Records `ip` as allocated to `vm` on `interface`.
    pub fn assign(&mut self, ip: usize, vm: usize, interface: usize) {
        self.ip_addresses[ip].allocation = Some((vm, interface));
        self.ip_addresses[ip].reverse_dns = Some(self.virtual_machines[vm].fqdn.clone());
        self.interfaces[interface].ip_addresses.push(ip);
    }

    /// Releases `ip` from its organisation: unallocated first if it is allocated, then
    /// unreachable by ID or address. It keeps its place, so no other index moves.
    pub fn release(&mut self, ip: usize) {
        self.unassign(ip);
        let released = &mut self.ip_addresses[ip];
        released.released = true;
        self.ip_by_id.remove(&released.id);
        self.ip_by_address.remove(&released.address);
    }

    /// Unallocates `ip` from whatever holds it; what it was allocated to, if anything.
    pub fn unassign(&mut self, ip: usize) -> Option<(usize, usize)> {
        let (vm, interface) = self.ip_addresses[ip].allocation.take()?;
        self.ip_addresses[ip].reverse_dns = None;
        self.interfaces[interface].ip_addresses.retain(|&held| held != ip);
        Some((vm, interface))
    }
}
