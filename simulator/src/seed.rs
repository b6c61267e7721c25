//! The seeded world: the same countries, networks, machines, interfaces and addresses,
//! with the same IDs, on every run, so examples, tests and benchmarks can name them.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::world::{
    Annotation, Country, DataCenter, Interface, IpAddress, Network, Organization, TrashEntry, VirtualMachine, World,
};

/// Well-known names in the seeded world, for examples and tests.
pub mod seeded {
    /// A VM with a public and a private interface in London, annotated
    /// `env` = [`MANGO_ENV`] and `team` = [`TEAM`].
    pub const MANGO_FQDN: &str = "bitter-beautiful-mango.acme.katapult.cloud";
    /// The VM whose interface count is the seed size (25 unless set), all on one network.
    pub const BULK_FQDN: &str = "busy-bustling-beehive.acme.katapult.cloud";
    /// A VM whose interfaces (120) list as a large set: no totals.
    pub const LARGE_SET_FQDN: &str = "vast-endless-ocean.acme.katapult.cloud";
    /// A VM in Amsterdam, with one public interface, annotated `env` = [`TULIP_ENV`] and
    /// `team` = [`TEAM`].
    pub const AMSTERDAM_FQDN: &str = "quiet-gentle-tulip.acme.katapult.cloud";
    /// The annotation key both annotated VMs carry with different values.
    pub const ENV_KEY: &str = "env";
    /// The mango VM's `env`.
    pub const MANGO_ENV: &str = "production";
    /// The Amsterdam VM's `env`.
    pub const TULIP_ENV: &str = "staging";
    /// The annotation key both annotated VMs carry with the same value, [`TEAM`].
    pub const TEAM_KEY: &str = "team";
    /// The annotated VMs' `team`.
    pub const TEAM: &str = "web";
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
    /// The organisation that owns everything above.
    pub const ORGANIZATION_SUB_DOMAIN: &str = "acme";
    /// A suspended organisation, owning nothing.
    pub const SUSPENDED_ORGANIZATION_SUB_DOMAIN: &str = "dormant";
    /// An organisation not activated yet, owning nothing.
    pub const UNACTIVATED_ORGANIZATION_SUB_DOMAIN: &str = "fledgling";
    /// An address held by a load balancer: it cannot be unallocated or released.
    pub const LOAD_BALANCER_IPV4: &str = "185.22.208.12";
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
        // Made last so the IDs of everything older stay as they were.
        let mut organization_ids = Ids(fastrand::Rng::with_seed(0x6f72_6773));
        let organizations = vec![
            Organization {
                id: organization_ids.next("org"),
                name: "Acme Ltd".to_owned(),
                sub_domain: seeded::ORGANIZATION_SUB_DOMAIN.to_owned(),
                suspended: false,
                activated: true,
                managed_by: None,
                deleted: false,
            },
            Organization {
                id: organization_ids.next("org"),
                name: "Dormant Ltd".to_owned(),
                sub_domain: seeded::SUSPENDED_ORGANIZATION_SUB_DOMAIN.to_owned(),
                suspended: true,
                activated: true,
                managed_by: None,
                deleted: false,
            },
            Organization {
                id: organization_ids.next("org"),
                name: "Fledgling Ltd".to_owned(),
                sub_domain: seeded::UNACTIVATED_ORGANIZATION_SUB_DOMAIN.to_owned(),
                suspended: false,
                activated: false,
                managed_by: None,
                deleted: false,
            },
        ];
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
            organizations,
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
        world.virtual_machines[mango].annotations = vec![
            Annotation::new(seeded::ENV_KEY, seeded::MANGO_ENV),
            Annotation::new(seeded::TEAM_KEY, seeded::TEAM),
        ];

        let tulip = world.add_vm(&mut ids, seeded::AMSTERDAM_FQDN);
        let tulip_public = world.add_interface(
            &mut ids,
            tulip,
            "Public Network on quiet-gentle-tulip",
            amsterdam_public,
        );
        world.allocate_existing("5.254.32.10", tulip, tulip_public, None);
        world.virtual_machines[tulip].annotations = vec![
            Annotation::new(seeded::ENV_KEY, seeded::TULIP_ENV),
            Annotation::new(seeded::TEAM_KEY, seeded::TEAM),
        ];

        let attic = world.add_vm(&mut ids, seeded::TRASHED_FQDN);
        let attic_public = world.add_interface(&mut ids, attic, "Public Network on old-dusty-attic", london_public);
        world.allocate_existing("185.22.208.11", attic, attic_public, None);
        world.virtual_machines[attic].trash = Some(TrashEntry {
            id: ids.next("trsh"),
            keep_until: 1_798_761_600,
        });

        world.add_vm(&mut ids, seeded::NO_INTERFACES_FQDN);

        if let Some(&held) = seeded::LOAD_BALANCER_IPV4
            .parse()
            .ok()
            .and_then(|a: IpAddr| world.ip_by_address.get(&a))
        {
            let load_balancer = (organization_ids.next("lb"), "web-frontend".to_owned());
            world.ip_addresses[held].load_balancer = Some(load_balancer);
        }

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
        // The first network made in a data center is its default one.
        let default = !self.networks.iter().any(|n| n.data_center == data_center);
        self.networks.push(Network {
            id: ids.next("net"),
            name,
            permalink,
            data_center,
            default,
        });
        self.networks.len() - 1
    }

    fn add_ip(&mut self, ids: &mut Ids, address: IpAddr, prefix_length: u8, network: usize) -> usize {
        // Every seeded address is the first organisation's.
        self.insert_ip(IpAddress::new(ids.next("ip"), address, prefix_length, network, 0))
    }

    fn add_vm(&mut self, ids: &mut Ids, fqdn: &str) -> usize {
        let index = self.virtual_machines.len();
        let vm = VirtualMachine {
            id: ids.next("vm"),
            fqdn: fqdn.to_owned(),
            organization: 0,
            interfaces: Vec::new(),
            trash: None,
            purged: false,
            state: "started".to_owned(),
            settles: None,
            large_set: false,
            annotations: Vec::new(),
            changed: serde_json::Map::new(),
        };
        self.vm_by_id.insert(vm.id.clone(), index);
        self.vm_by_fqdn.insert(vm.fqdn.clone(), index);
        self.virtual_machines.push(vm);
        index
    }

    fn add_interface(&mut self, ids: &mut Ids, vm: usize, name: &str, network: usize) -> usize {
        let index = self.interfaces.len();
        let id = ids.next("vmnet");
        self.interface_by_id.insert(id.clone(), index);
        // Locally administered MACs, numbered in creation order.
        let [a, b, c, d] = u32::try_from(index).unwrap_or(u32::MAX).to_be_bytes();
        self.interfaces.push(Interface {
            id,
            name: name.to_owned(),
            virtual_machine: vm,
            mac_address: format!("02:00:{a:02x}:{b:02x}:{c:02x}:{d:02x}"),
            network,
            ip_addresses: Vec::new(),
            changed: serde_json::Map::new(),
            moving: Vec::new(),
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
}

/// `0x10` for host 10 and so on, so IPv6 hosts read like their IPv4 twins (`::10`).
fn hex_like(host: u8) -> u16 {
    u16::from_str_radix(&host.to_string(), 16).unwrap_or(u16::from(host))
}
