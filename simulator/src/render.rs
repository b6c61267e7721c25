//! The world as the API shows it: the JSON bodies of interfaces and IP addresses.

use serde_json::{Value, json};

use crate::world::{TrashEntry, World};

impl World {
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
            // The seeded interfaces are all on networks, none on a virtual network.
            "virtual_network": null,
            "ip_addresses": addresses,
        })
    }

    /// An IP address as the allocate operation returns it.
    pub fn ip_address_json(&self, index: usize) -> Value {
        let ip = &self.ip_addresses[index];
        let mut value = json!({
            "id": ip.id,
            "address": ip.address.to_string(),
            "vip": ip.vip,
            "address_with_mask": format!("{}/{}", ip.address, ip.prefix_length),
            "network": self.network_json(ip.network),
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
        } else if let Some((id, _)) = &ip.load_balancer {
            value["allocation_id"] = json!(id);
            value["allocation_type"] = json!("LoadBalancer");
        }
        value
    }
}

impl World {
    /// The objects of a read-only family the world holds (`network`, `data_center`,
    /// `country`), as its read shows them: the catalog starts with them, so the addresses'
    /// networks are the catalog's.
    pub fn catalog_json(&self, kind: &str) -> Vec<Value> {
        match kind {
            "country" => (0..self.countries.len()).map(|c| self.country_json(c)).collect(),
            "data_center" => (0..self.data_centers.len()).map(|d| self.data_center_json(d)).collect(),
            "network" => (0..self.networks.len()).map(|n| self.network_json(n)).collect(),
            _ => Vec::new(),
        }
    }

    fn country_json(&self, index: usize) -> Value {
        let country = &self.countries[index];
        json!({
            "id": country.id,
            "name": country.name,
            "iso_code2": country.iso_code2,
            "iso_code3": country.iso_code3,
            "time_zone": country.time_zone,
            "eu": country.eu,
        })
    }

    fn data_center_json(&self, index: usize) -> Value {
        let data_center = &self.data_centers[index];
        json!({
            "id": data_center.id,
            "name": data_center.name,
            "permalink": data_center.permalink,
            "country": self.country_json(data_center.country),
        })
    }

    fn network_json(&self, index: usize) -> Value {
        let network = &self.networks[index];
        json!({
            "id": network.id,
            "name": network.name,
            "permalink": network.permalink,
            "default": network.default,
            "data_center": self.data_center_json(network.data_center),
        })
    }

    /// An organisation as it is embedded in other objects.
    pub fn organization_json(&self, index: usize) -> Value {
        let organization = &self.organizations[index];
        json!({
            "id": organization.id,
            "name": organization.name,
            "sub_domain": organization.sub_domain,
            "suspended": organization.suspended,
            "managed": organization.managed_by.is_some(),
        })
    }

    /// The zone a VM runs in: its data centre's (the first interface's network decides;
    /// London for a VM without interfaces).
    fn zone_json(&self, vm: usize) -> Value {
        let data_center = self.virtual_machines[vm]
            .interfaces
            .first()
            .map_or(0, |&i| self.networks[self.interfaces[i].network].data_center);
        let dc = &self.data_centers[data_center];
        let country = &self.countries[dc.country];
        json!({
            "id": dc.id.replacen("dc_", "zone_", 1),
            "name": format!("{} Zone", dc.name),
            "permalink": format!("{}-a", dc.permalink),
            "data_center": {
                "id": dc.id,
                "name": dc.name,
                "permalink": dc.permalink,
                "country": {"id": country.id, "name": country.name},
            },
        })
    }

    /// The addresses allocated to a VM, across its interfaces.
    fn vm_addresses(&self, vm: usize) -> impl Iterator<Item = usize> + '_ {
        self.virtual_machines[vm]
            .interfaces
            .iter()
            .flat_map(|&i| self.interfaces[i].ip_addresses.iter().copied())
    }

    /// A virtual machine as `get_virtual_machine` shows it.
    pub fn virtual_machine_json(&self, vm: usize) -> Value {
        let machine = &self.virtual_machines[vm];
        let hostname = machine.fqdn.split('.').next().unwrap_or_default();
        let addresses: Vec<Value> = self.vm_addresses(vm).map(|ip| self.ip_address_json(ip)).collect();
        let mut json = json!({
            "id": machine.id,
            "name": hostname,
            "hostname": hostname,
            "fqdn": machine.fqdn,
            "description": null,
            "created_at": 1_700_000_000 + i64::try_from(vm).unwrap_or(0) * 86_400,
            "state": machine.state_now(),
            "cpu_cores": 2,
            "memory_in_gb": 4,
            "use_dedicated_cpus": false,
            "initial_root_password": null,
            "attached_iso": null,
            "gpu_type": null,
            "group": null,
            "hypervisor": null,
            "package": null,
            "gpus": [],
            "tags": [],
            "tag_names": [],
            "organization": self.organization_json(machine.organization),
            "zone": self.zone_json(vm),
            "ip_addresses": addresses,
        });
        // What actions changed (`x-changes`) shows over what the world derives.
        for (name, value) in &machine.changed {
            json[name.as_str()] = value.clone();
        }
        json
    }

    /// A virtual machine's entry in the trash as the trash's operations show it (`null` when
    /// it is not in the trash).
    pub fn machine_trash_json(&self, vm: usize) -> Value {
        let machine = &self.virtual_machines[vm];
        machine
            .trash
            .as_ref()
            .map_or(Value::Null, |trash| trash.json(&machine.id, "VirtualMachine"))
    }

    /// A virtual machine's annotations as `get_virtual_machine` shows them.
    pub fn annotations_json(&self, vm: usize) -> Value {
        let annotations: Vec<Value> = self.virtual_machines[vm]
            .annotations
            .iter()
            .map(|a| match &a.value {
                Some(value) => json!({"key": a.key, "value": value}),
                None => json!({"key": a.key}),
            })
            .collect();
        Value::Array(annotations)
    }

    /// A virtual machine as `list_virtual_machines` shows it.
    pub fn virtual_machine_summary_json(&self, vm: usize) -> Value {
        let machine = &self.virtual_machines[vm];
        let hostname = machine.fqdn.split('.').next().unwrap_or_default();
        let addresses: Vec<Value> = self
            .vm_addresses(vm)
            .map(|ip| json!({"address": self.ip_addresses[ip].address.to_string()}))
            .collect();
        json!({
            "id": machine.id,
            "name": hostname,
            "hostname": hostname,
            "fqdn": machine.fqdn,
            "created_at": 1_700_000_000 + i64::try_from(vm).unwrap_or(0) * 86_400,
            "gpu_type": null,
            "hypervisor": null,
            "package": null,
            "zone": self.zone_json(vm),
            "ip_addresses": addresses,
        })
    }

    /// An interface as `get_network_interface` shows it (`with_speed_profile`) and as
    /// `allocate_ip_address_to_interface` returns it (without).
    pub fn interface_detail_json(&self, index: usize, with_speed_profile: bool) -> Value {
        let mut value = self.interface_json(index);
        let interface = &self.interfaces[index];
        let vm = &self.virtual_machines[interface.virtual_machine];
        value["mac_address"] = json!(interface.mac_address);
        value["state"] = json!("attached");
        value["virtual_machine"] = json!({"id": vm.id, "name": vm.fqdn.split('.').next().unwrap_or_default()});
        if with_speed_profile {
            value["speed_profile"] = json!({"id": "nsp_1gbps000000000000", "name": "1 Gbps", "permalink": "1gbps"});
        }
        // What actions changed (`x-changes`), then what moves with work under way.
        for (name, changed) in &interface.changed {
            if with_speed_profile || name != "speed_profile" {
                value[name.as_str()] = changed.clone();
            }
        }
        let now = std::time::Instant::now();
        for moving in &interface.moving {
            moving.render(&mut value, now);
        }
        value
    }

    /// An IP address as `list_ip_addresses` shows it.
    pub fn ip_address_summary_json(&self, index: usize) -> Value {
        let full = self.ip_address_json(index);
        let ip = &self.ip_addresses[index];
        json!({
            "id": ip.id,
            "address": ip.address.to_string(),
            "reverse_dns": ip.reverse_dns.clone().unwrap_or_default(),
            "vip": ip.vip,
            "allocation_id": full.get("allocation_id").cloned().unwrap_or(Value::Null),
            "allocation_type": full.get("allocation_type").cloned().unwrap_or(Value::Null),
        })
    }
}

impl TrashEntry {
    /// The entry as the trash's operations show it: the object's ID and type beside its own.
    pub fn json(&self, object_id: &str, object_type: &str) -> Value {
        json!({
            "id": self.id,
            "keep_until": self.keep_until,
            "object_id": object_id,
            "object_type": object_type,
        })
    }
}
