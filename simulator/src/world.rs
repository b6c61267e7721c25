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

/// An organisation: it owns virtual machines and IP addresses.
#[derive(Clone, Debug)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub sub_domain: String,
    /// A suspended organisation's resources cannot be listed or created.
    pub suspended: bool,
    /// Nor can those of one not activated yet.
    pub activated: bool,
    /// The organisation that manages it, for a managed organisation.
    pub managed_by: Option<usize>,
    /// Deleted: no lookup finds it and no list shows it.
    pub deleted: bool,
}

/// A virtual machine.
#[derive(Clone, Debug)]
pub struct VirtualMachine {
    pub id: String,
    pub fqdn: String,
    /// Its owner (an index into [`World::organizations`]).
    pub organization: usize,
    /// Its interfaces, in listing order (indexes into [`World::interfaces`]).
    pub interfaces: Vec<usize>,
    /// Set when the VM is in the trash.
    pub trash: Option<TrashEntry>,
    /// Purged from the trash: gone for good, no lookup finds it.
    pub purged: bool,
    /// Its state (`started`, `stopping`), and the state it settles in at an instant, when a
    /// power action or its build is under way: see [`VirtualMachine::state_now`].
    pub state: String,
    pub settles: Option<(std::time::Instant, String)>,
    /// List this VM's interfaces as a "large set" (no totals), as the API does for big lists.
    pub large_set: bool,
    /// Its annotations, in the order they were given.
    pub annotations: Vec<Annotation>,
    /// What actions have changed in it (`x-changes`: its package, name, resources), by
    /// property, shown over what the world derives.
    pub changed: serde_json::Map<String, serde_json::Value>,
}

impl VirtualMachine {
    /// Its state at `now`: where it settles once that instant has passed.
    pub fn state_at(&self, now: std::time::Instant) -> &str {
        match &self.settles {
            Some((at, settled)) if now >= *at => settled,
            _ => &self.state,
        }
    }

    /// Its state now.
    pub fn state_now(&self) -> &str {
        self.state_at(std::time::Instant::now())
    }

    /// A power action's move, its task running as `work` says: `passing` until the task
    /// ends, then `settled` (back where it was, when work fails).
    pub fn power(&mut self, (passing, settled): (&str, &str), work: crate::WorkOptions) {
        let now = self.state_now().to_owned();
        let settled = if work.fails { now.as_str() } else { settled };
        self.change_state(passing, settled, work.duration);
    }

    /// Puts it in `passing` until `after` has passed, then in `settled`.
    pub fn change_state(&mut self, passing: &str, settled: &str, after: std::time::Duration) {
        self.state = passing.to_owned();
        self.settles = std::time::Instant::now()
            .checked_add(after)
            .map(|at| (at, settled.to_owned()));
    }
}

/// An annotation: a key and, optionally, its value (the framework's `KeyValue`). A filter
/// item has the same shape, and matches an annotation equal to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub key: String,
    pub value: Option<String>,
}

impl Annotation {
    /// `key` with `value`.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            value: Some(value.into()),
        }
    }
}

/// How long the trash keeps an object, as the service keeps it: a week.
pub const TRASH_KEEPS_SECONDS: i64 = 7 * 24 * 60 * 60;

/// An entry in the trash.
#[derive(Clone, Debug)]
pub struct TrashEntry {
    pub id: String,
    /// Unix seconds.
    pub keep_until: i64,
}

impl TrashEntry {
    /// An entry made now, kept as long as the service keeps one.
    pub fn now(id: String) -> Self {
        Self {
            id,
            keep_until: crate::work::unix_now() + TRASH_KEEPS_SECONDS,
        }
    }
}

/// A network interface of a virtual machine.
#[derive(Clone, Debug)]
pub struct Interface {
    pub id: String,
    pub name: String,
    /// The VM it belongs to.
    pub virtual_machine: usize,
    pub mac_address: String,
    pub network: usize,
    /// Addresses allocated to it (indexes into [`World::ip_addresses`]).
    pub ip_addresses: Vec<usize>,
    /// What actions have changed in it (`x-changes`: its speed profile), by property,
    /// shown over what the world derives.
    pub changed: serde_json::Map<String, serde_json::Value>,
    /// Its properties moving with work under way (its state, attaching or detaching).
    pub moving: Vec<crate::changes::Moving>,
}

/// An IP address in a network.
#[derive(Clone, Debug)]
pub struct IpAddress {
    pub id: String,
    pub address: IpAddr,
    pub prefix_length: u8,
    pub network: usize,
    /// Its owner (an index into [`World::organizations`]).
    pub organization: usize,
    pub vip: bool,
    pub label: Option<String>,
    pub reverse_dns: Option<String>,
    /// The VM and interface it is allocated to.
    pub allocation: Option<(usize, usize)>,
    /// The load balancer (ID, name) holding it instead: such an address cannot be
    /// unallocated or released through the IP address operations.
    pub load_balancer: Option<(String, String)>,
    /// Given back by its organisation: no lookup finds it any more.
    pub released: bool,
}

impl IpAddress {
    /// A free address of `organization` in `network`.
    pub fn new(id: String, address: IpAddr, prefix_length: u8, network: usize, organization: usize) -> Self {
        Self {
            id,
            address,
            prefix_length,
            network,
            organization,
            vip: false,
            label: None,
            reverse_dns: None,
            allocation: None,
            load_balancer: None,
            released: false,
        }
    }

    /// Whether anything holds it: a machine's interface or a load balancer.
    pub fn is_held(&self) -> bool {
        self.allocation.is_some() || self.load_balancer.is_some()
    }
}

/// Everything the simulator knows, with indexes for lookups.
#[derive(Clone, Debug, Default)]
pub struct World {
    pub organizations: Vec<Organization>,
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
    pub interface_by_id: HashMap<String, usize>,
}

impl World {
    /// Adds a new address to `network` for `organization`: the first host of 100 to 254
    /// (IPv4) or `::100` to `::254` (IPv6) in the network's range that no lookup finds.
    /// `None` when the network has no range of that version or the range is used up.
    pub fn create_ip(&mut self, network: usize, ipv6: bool, organization: usize, id: String) -> Option<usize> {
        let template = self
            .ip_addresses
            .iter()
            .find(|ip| ip.network == network && ip.address.is_ipv6() == ipv6)?;
        let prefix_length = template.prefix_length;
        let candidates = (100..=254u16).map(|host| match template.address {
            IpAddr::V4(v4) => {
                let [a, b, c, _] = v4.octets();
                IpAddr::from([a, b, c, u8::try_from(host).unwrap_or(u8::MAX)])
            }
            IpAddr::V6(v6) => {
                let mut segments = v6.segments();
                segments[7] = u16::from_str_radix(&host.to_string(), 16).unwrap_or(host);
                IpAddr::from(segments)
            }
        });
        let address = candidates.into_iter().find(|a| !self.ip_by_address.contains_key(a))?;
        Some(self.insert_ip(IpAddress::new(id, address, prefix_length, network, organization)))
    }

    /// Adds `ip` to the world and to the lookups' indexes; its index.
    pub fn insert_ip(&mut self, ip: IpAddress) -> usize {
        let index = self.ip_addresses.len();
        self.ip_by_id.insert(ip.id.clone(), index);
        self.ip_by_address.insert(ip.address, index);
        self.ip_addresses.push(ip);
        index
    }

    /// Adds a virtual machine to `organization`, as a build makes it: named `hostname` in
    /// the organisation's domain (numbered when the name is taken), with no interfaces yet,
    /// `allocating` (its builder says when it is started).
    pub fn add_built_machine(&mut self, organization: usize, hostname: &str, id: String) -> usize {
        let domain = format!("{}.katapult.cloud", self.organizations[organization].sub_domain);
        let mut fqdn = format!("{hostname}.{domain}");
        let mut n = 1;
        while self.vm_by_fqdn.contains_key(&fqdn) {
            n += 1;
            fqdn = format!("{hostname}-{n}.{domain}");
        }
        let index = self.virtual_machines.len();
        self.vm_by_id.insert(id.clone(), index);
        self.vm_by_fqdn.insert(fqdn.clone(), index);
        self.virtual_machines.push(VirtualMachine {
            id,
            fqdn,
            organization,
            interfaces: Vec::new(),
            trash: None,
            purged: false,
            state: "allocating".to_owned(),
            settles: None,
            large_set: false,
            annotations: Vec::new(),
            changed: serde_json::Map::new(),
        });
        index
    }

    /// Purges `vm` from the trash: no lookup finds it and no list shows it any more, and
    /// the addresses allocated to it are free again.
    pub fn purge_machine(&mut self, vm: usize) {
        let held: Vec<usize> = (0..self.ip_addresses.len())
            .filter(|&ip| self.ip_addresses[ip].allocation.is_some_and(|(holder, _)| holder == vm))
            .collect();
        for ip in held {
            self.unassign(ip);
        }
        let machine = &mut self.virtual_machines[vm];
        machine.purged = true;
        self.vm_by_id.remove(&machine.id);
        self.vm_by_fqdn.remove(&machine.fqdn);
    }

    /// The machines of `organization` in the trash (not purged), oldest first.
    pub fn trashed_machines(&self, organization: &str) -> impl Iterator<Item = usize> + '_ {
        let organization = organization.to_owned();
        (0..self.virtual_machines.len()).filter(move |&vm| {
            let machine = &self.virtual_machines[vm];
            machine.trash.is_some() && !machine.purged && self.organizations[machine.organization].id == organization
        })
    }

    /// Deletes `interface`: its addresses are free again, its machine no longer has it, no
    /// lookup finds it.
    pub fn delete_interface(&mut self, interface: usize) {
        let held: Vec<usize> = self.interfaces[interface].ip_addresses.clone();
        for ip in held {
            self.unassign(ip);
        }
        let vm = self.interfaces[interface].virtual_machine;
        self.virtual_machines[vm].interfaces.retain(|&i| i != interface);
        let id = self.interfaces[interface].id.clone();
        self.interface_by_id.remove(&id);
    }

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
