//! The simulator's world: countries, data centres, networks, virtual machines, their
//! interfaces, IP addresses, and the trash. Seeded deterministically.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde_json::{Value, json};

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

/// Well-known names in the seeded world, for examples and tests.
pub mod seeded {
    /// A VM with a public and a private interface in London.
    pub const MANGO_FQDN: &str = "bitter-beautiful-mango.acme.katapult.cloud";
    /// The VM whose interface count is the seed size (25 unless set), all on one network.
    pub const BULK_FQDN: &str = "busy-bustling-beehive.acme.katapult.cloud";
    /// A VM whose interfaces (120) list as a large set: no totals.
    pub const LARGE_SET_FQDN: &str = "vast-endless-ocean.acme.katapult.cloud";
    /// A VM in Amsterdam, with one public interface.
    pub const AMSTERDAM_FQDN: &str = "quiet-gentle-tulip.acme.katapult.cloud";
    /// A VM in the trash.
    pub const TRASHED_FQDN: &str = "old-dusty-attic.acme.katapult.cloud";
    /// A VM with no interfaces at all.
    pub const NO_INTERFACES_FQDN: &str = "lonely-silent-island.acme.katapult.cloud";
    /// A free IPv4 address on London's public network (the mango VM can take it).
    pub const FREE_LONDON_IPV4: &str = "185.22.208.20";
    /// A free IPv6 address on London's public network.
    pub const FREE_LONDON_IPV6: &str = "2a03:2800:1::20";
    /// An address already allocated to the mango VM.
    pub const ALLOCATED_LONDON_IPV4: &str = "185.22.208.10";
    /// A free address on Amsterdam's public network (no London VM can take it).
    pub const FREE_AMSTERDAM_IPV4: &str = "5.254.32.20";
}

/// How big a world to seed.
#[derive(Clone, Copy, Debug)]
pub struct SeedOptions {
    /// Interfaces on the bulk VM ([`seeded::BULK_FQDN`]).
    pub bulk_interfaces: usize,
}

impl Default for SeedOptions {
    fn default() -> Self {
        Self { bulk_interfaces: 25 }
    }
}

/// Makes IDs in the API's shape (`prefix_` and 16 letters and digits), the same every run.
struct Ids(fastrand::Rng);

impl Ids {
    fn next(&mut self, prefix: &str) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let body: String = (0..16)
            .map(|_| char::from(ALPHABET[self.0.usize(..ALPHABET.len())]))
            .collect();
        format!("{prefix}_{body}")
    }
}

impl World {
    /// The deterministic seeded world.
    pub fn seed(options: SeedOptions) -> Self {
        let mut ids = Ids(fastrand::Rng::with_seed(0x6b61_7461_7075_6c74));
        let countries = vec![
            Country {
                id: ids.next("ctry"),
                name: "United Kingdom",
                iso_code2: "GB",
                iso_code3: "GBR",
                time_zone: "Europe/London",
                eu: false,
            },
            Country {
                id: ids.next("ctry"),
                name: "Netherlands",
                iso_code2: "NL",
                iso_code3: "NLD",
                time_zone: "Europe/Amsterdam",
                eu: true,
            },
        ];
        let data_centers = vec![
            DataCenter {
                id: ids.next("dc"),
                name: "London",
                permalink: "uk-lon-01",
                country: 0,
            },
            DataCenter {
                id: ids.next("dc"),
                name: "Amsterdam",
                permalink: "nl-ams-01",
                country: 1,
            },
        ];
        let mut world = World {
            countries,
            data_centers,
            ..World::default()
        };
        let london_public = world.add_network(&mut ids, "Public Network", "uk-lon-01-public", 0);
        let london_private = world.add_network(&mut ids, "Private Network", "uk-lon-01-private", 0);
        let amsterdam_public = world.add_network(&mut ids, "Public Network", "nl-ams-01-public", 1);
        let bulk_network = world.add_network(&mut ids, "Bulk Network", "uk-lon-01-bulk", 0);

        // Address pools: .10 to .59 on each IPv4 network, and the same hosts on IPv6.
        for host in 10..60u8 {
            world.add_ip(&mut ids, Ipv4Addr::new(185, 22, 208, host).into(), 24, london_public);
            world.add_ip(
                &mut ids,
                Ipv6Addr::new(0x2a03, 0x2800, 1, 0, 0, 0, 0, hex_like(host)).into(),
                64,
                london_public,
            );
            world.add_ip(&mut ids, Ipv4Addr::new(10, 0, 0, host).into(), 24, london_private);
            world.add_ip(&mut ids, Ipv4Addr::new(5, 254, 32, host).into(), 24, amsterdam_public);
        }

        let mango = world.add_vm(&mut ids, seeded::MANGO_FQDN);
        let public = world.add_interface(
            &mut ids,
            mango,
            "Public Network on bitter-beautiful-mango",
            london_public,
        );
        let private = world.add_interface(
            &mut ids,
            mango,
            "Private Network on bitter-beautiful-mango",
            london_private,
        );
        world.allocate_existing(seeded::ALLOCATED_LONDON_IPV4, mango, public, Some("web"));
        world.allocate_existing("2a03:2800:1::10", mango, public, None);
        world.allocate_existing("10.0.0.10", mango, private, None);

        let tulip = world.add_vm(&mut ids, seeded::AMSTERDAM_FQDN);
        let tulip_public = world.add_interface(
            &mut ids,
            tulip,
            "Public Network on quiet-gentle-tulip",
            amsterdam_public,
        );
        world.allocate_existing("5.254.32.10", tulip, tulip_public, None);

        let attic = world.add_vm(&mut ids, seeded::TRASHED_FQDN);
        let attic_public = world.add_interface(&mut ids, attic, "Public Network on old-dusty-attic", london_public);
        world.allocate_existing("185.22.208.11", attic, attic_public, None);
        world.virtual_machines[attic].trash = Some(TrashEntry {
            id: ids.next("trsh"),
            keep_until: 1_798_761_600,
        });

        world.add_vm(&mut ids, seeded::NO_INTERFACES_FQDN);

        let ocean = world.add_vm(&mut ids, seeded::LARGE_SET_FQDN);
        world.virtual_machines[ocean].large_set = true;
        for n in 0..120 {
            world.add_interface(
                &mut ids,
                ocean,
                &format!("eth{n} on vast-endless-ocean"),
                london_private,
            );
        }

        let bulk = world.add_vm(&mut ids, seeded::BULK_FQDN);
        for n in 0..options.bulk_interfaces {
            let interface = world.add_interface(
                &mut ids,
                bulk,
                &format!("eth{n} on busy-bustling-beehive"),
                bulk_network,
            );
            // One IPv6 address each, from the bulk network's own /64.
            let host = u16::try_from(n % 0xffff).unwrap_or(0);
            let n_high = u16::try_from(n / 0xffff).unwrap_or(0);
            let address = Ipv6Addr::new(0x2a03, 0x2800, 2, 0, 0, 0, n_high, host + 1).into();
            let ip = world.add_ip(&mut ids, address, 64, bulk_network);
            world.ip_addresses[ip].allocation = Some((bulk, interface));
            world.interfaces[interface].ip_addresses.push(ip);
        }
        world
    }

    fn add_network(&mut self, ids: &mut Ids, name: &'static str, permalink: &'static str, data_center: usize) -> usize {
        self.networks.push(Network {
            id: ids.next("net"),
            name,
            permalink,
            data_center,
        });
        self.networks.len() - 1
    }

    fn add_ip(&mut self, ids: &mut Ids, address: IpAddr, prefix_length: u8, network: usize) -> usize {
        let index = self.ip_addresses.len();
        let ip = IpAddress {
            id: ids.next("ip"),
            address,
            prefix_length,
            network,
            label: None,
            reverse_dns: None,
            allocation: None,
        };
        self.ip_by_id.insert(ip.id.clone(), index);
        self.ip_by_address.insert(address, index);
        self.ip_addresses.push(ip);
        index
    }

    fn add_vm(&mut self, ids: &mut Ids, fqdn: &str) -> usize {
        let index = self.virtual_machines.len();
        let vm = VirtualMachine {
            id: ids.next("vm"),
            fqdn: fqdn.to_owned(),
            interfaces: Vec::new(),
            trash: None,
            large_set: false,
        };
        self.vm_by_id.insert(vm.id.clone(), index);
        self.vm_by_fqdn.insert(vm.fqdn.clone(), index);
        self.virtual_machines.push(vm);
        index
    }

    fn add_interface(&mut self, ids: &mut Ids, vm: usize, name: &str, network: usize) -> usize {
        let index = self.interfaces.len();
        self.interfaces.push(Interface {
            id: ids.next("vmnet"),
            name: name.to_owned(),
            network,
            ip_addresses: Vec::new(),
        });
        self.virtual_machines[vm].interfaces.push(index);
        index
    }

    /// Allocates a seeded address (setup only: the address is in the pools above).
    fn allocate_existing(&mut self, address: &str, vm: usize, interface: usize, label: Option<&str>) {
        let Some(&ip) = address.parse().ok().and_then(|a: IpAddr| self.ip_by_address.get(&a)) else {
            return;
        };
        self.ip_addresses[ip].label = label.map(str::to_owned);
        self.assign(ip, vm, interface);
    }

    /// Records `ip` as allocated to `vm` on `interface`.
    pub fn assign(&mut self, ip: usize, vm: usize, interface: usize) {
        self.ip_addresses[ip].allocation = Some((vm, interface));
        self.ip_addresses[ip].reverse_dns = Some(self.virtual_machines[vm].fqdn.clone());
        self.interfaces[interface].ip_addresses.push(ip);
    }

    /// An interface as the list operation shows it.
    pub fn interface_json(&self, index: usize) -> Value {
        let interface = &self.interfaces[index];
        let network = &self.networks[interface.network];
        let addresses: Vec<Value> = interface
            .ip_addresses
            .iter()
            .map(|&ip| json!({"id": self.ip_addresses[ip].id, "address": self.ip_addresses[ip].address.to_string()}))
            .collect();
        json!({
            "id": interface.id,
            "name": interface.name,
            "network": {"id": network.id, "name": network.name},
            "ip_addresses": addresses,
        })
    }

    /// An IP address as the allocate operation returns it.
    pub fn ip_address_json(&self, index: usize) -> Value {
        let ip = &self.ip_addresses[index];
        let network = &self.networks[ip.network];
        let data_center = &self.data_centers[network.data_center];
        let country = &self.countries[data_center.country];
        let mut value = json!({
            "id": ip.id,
            "address": ip.address.to_string(),
            "vip": false,
            "address_with_mask": format!("{}/{}", ip.address, ip.prefix_length),
            "network": {
                "id": network.id,
                "name": network.name,
                "permalink": network.permalink,
                "data_center": {
                    "id": data_center.id,
                    "name": data_center.name,
                    "permalink": data_center.permalink,
                    "country": {
                        "id": country.id,
                        "name": country.name,
                        "iso_code2": country.iso_code2,
                        "iso_code3": country.iso_code3,
                        "time_zone": country.time_zone,
                        "eu": country.eu,
                    },
                },
            },
        });
        if let Some(label) = &ip.label {
            value["label"] = json!(label);
        }
        if let Some(reverse_dns) = &ip.reverse_dns {
            value["reverse_dns"] = json!(reverse_dns);
        }
        if let Some((vm, _)) = ip.allocation {
            value["allocation_id"] = json!(self.virtual_machines[vm].id);
            value["allocation_type"] = json!("VirtualMachine");
        }
        value
    }
}

/// `0x10` for host 10 and so on, so IPv6 hosts read like their IPv4 twins (`::10`).
fn hex_like(host: u8) -> u16 {
    u16::from_str_radix(&host.to_string(), 16).unwrap_or(u16::from(host))
}
