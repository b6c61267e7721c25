//! The world as the API shows it: the JSON bodies of interfaces and IP addresses.

use serde_json::{Value, json};

use crate::world::World;

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
                "default": network.default,
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
