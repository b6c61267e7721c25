//! The IP-management operations beyond the seeds: reading machines, interfaces and
//! addresses, listing an organisation's, creating, updating and allocating addresses to a
//! chosen interface. Each checks and changes the world under one lock, as `api.rs` does.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{Value, json};

use crate::arguments;
use crate::errors::ApiFailure;
use crate::handler::{answer, authorise, find_ip, ip_body_lookup, ip_lookup, live_virtual_machine, organization};
use crate::query::Params;
use crate::world::TrashEntry;
use crate::{Shared, World};

/// Scopes that allow reading virtual machines and their interfaces (any one).
pub const READ_VM_SCOPES: &[&str] = &["virtual_machines", "virtual_machines:read"];
/// Scopes that allow deleting a virtual machine.
pub const WRITE_VM_SCOPES: &[&str] = &["virtual_machines"];
/// Scopes that allow reading IP addresses (any one).
pub const READ_IP_SCOPES: &[&str] = &["ip_addresses", "ip_addresses:read"];
/// Scopes that allow changing IP addresses.
pub const WRITE_IP_SCOPES: &[&str] = &["ip_addresses"];

const INTERFACE_KEYS: &[&str] = &["id"];
const INTERFACE_DESCRIPTION: &str = "The network interface to act on.";
const ORGANIZATION_KEYS: &[&str] = &["id", "sub_domain"];
const ORGANIZATION_DESCRIPTION: &str = "All 'organization[]' params are mutually exclusive, only one can be provided.";
const ANNOTATIONS_DESCRIPTION: &str =
    "An array of annotations to filter by. \n\n All `annotations[]` params should have the same amount of elements.";

fn query_of(query: Option<String>) -> Result<Params, ApiFailure> {
    arguments::query(query.as_deref().unwrap_or_default())
}

pub(crate) async fn get_virtual_machine(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    answer((|| {
        authorise(&shared, &headers, READ_VM_SCOPES)?;
        let lookup = arguments::query_lookup(
            "VirtualMachines/GetEndpoint",
            &query_of(query)?,
            "virtual_machine",
            &["id", "fqdn"],
            Some("The virtual machine to return."),
        )?;
        let world = shared.world();
        let vm = live_virtual_machine(&world, &lookup)?;
        Ok(json!({"virtual_machine": world.virtual_machine_json(vm), "annotations": world.annotations_json(vm)}))
    })())
}

/// Moves a virtual machine to the trash, where the trash's operations find it (listed,
/// restored, purged: `resources.rs`).
pub(crate) async fn delete_virtual_machine(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    answer((|| {
        authorise(&shared, &headers, WRITE_VM_SCOPES)?;
        let lookup = arguments::query_lookup(
            "VirtualMachines/VirtualMachine/DeleteEndpoint",
            &query_of(query)?,
            "virtual_machine",
            &["id", "fqdn"],
            Some("The virtual machine to delete."),
        )?;
        let trash = TrashEntry::now(shared.next_id("trsh"));
        let mut world = shared.world();
        let vm = live_virtual_machine(&world, &lookup)?;
        world.virtual_machines[vm].trash = Some(trash);
        Ok(json!({"virtual_machine": world.virtual_machine_json(vm), "trash_object": world.machine_trash_json(vm)}))
    })())
}

/// A build makes its machine: added to the organisation the build names, under the
/// hostname it asks for, and shown in the build the answer holds (and in the build read
/// again, which keeps what was answered: `work.rs`).
pub(crate) fn build_machine(
    shared: &Shared,
    contract: &'static crate::from_spec::Contract,
    query: &str,
    body: &[u8],
    answer: &mut Value,
) -> Result<(), ApiFailure> {
    let arguments = contract.arguments(query, body)?;
    let lookup = arguments
        .lookup("organization")
        .ok_or_else(ApiFailure::organization_not_found)?;
    let hostname = arguments
        .body()
        .get("hostname")
        .and_then(Value::as_str)
        .filter(|h| is_hostname(h) && !h.contains('.'))
        .unwrap_or("built-machine")
        .to_owned();
    let id = shared.next_id("vm");
    let work = shared.work().options;
    let mut world = shared.world();
    let organization = organization(&world, &lookup)?;
    let vm = world.add_built_machine(organization, &hostname, id);
    // A build that fails leaves its machine failed.
    let built = if work.fails { "failed" } else { "started" };
    world.virtual_machines[vm].change_state("allocating", built, work.duration);
    if let Some(build) = answer.get_mut("virtual_machine_build").filter(|b| b.is_object()) {
        build["virtual_machine"] = world.virtual_machine_json(vm);
    }
    if answer.get("hostname").is_some() {
        answer["hostname"] = Value::String(hostname);
    }
    Ok(())
}

/// The organisations' operations ([`ORGANIZATIONS`](crate::modelled::ORGANIZATIONS)):
/// `answer` (the spec's example, the request checked) made to say what the world holds.
pub(crate) fn organizations(
    shared: &Shared,
    contract: &'static crate::from_spec::Contract,
    arguments: &crate::from_spec::Arguments,
    mut answer: Value,
) -> Result<Value, ApiFailure> {
    // The store's lock before the world's, as everywhere.
    let mut store = shared.resources();
    let mut world = shared.world();
    let named = |world: &World| {
        let lookup = arguments
            .lookup("organization")
            .ok_or_else(ApiFailure::organization_not_found)?;
        organization(world, &lookup)
    };
    let live = |world: &World| {
        (0..world.organizations.len())
            .filter(|&o| !world.organizations[o].deleted)
            .collect::<Vec<_>>()
    };
    match contract.operation_id.as_str() {
        "get_organization" => {
            let found = named(&world)?;
            answer["organization"] = world.organization_json(found);
        }
        "list_organizations" | "get_current_user_details" => {
            let all: Vec<Value> = live(&world).into_iter().map(|o| world.organization_json(o)).collect();
            answer["organizations"] = Value::Array(all);
        }
        "list_managed_organizations" => {
            let manager = named(&world)?;
            let managed: Vec<Value> = live(&world)
                .into_iter()
                .filter(|&o| world.organizations[o].managed_by == Some(manager))
                .map(|o| world.organization_json(o))
                .collect();
            crate::kept::page(&mut answer, contract, arguments, Some("organizations"), managed)?;
        }
        "create_managed_organization" => {
            let manager = named(&world)?;
            let text = |name: &str| arguments.body().get(name).and_then(Value::as_str).map(str::to_owned);
            let (Some(name), Some(sub_domain)) = (text("name"), text("sub_domain")) else {
                return Err(contract.refusal("validation_error", axum::http::StatusCode::UNPROCESSABLE_ENTITY));
            };
            if world
                .organizations
                .iter()
                .any(|o| !o.deleted && o.sub_domain == sub_domain)
            {
                return Err(contract.refusal("validation_error", axum::http::StatusCode::UNPROCESSABLE_ENTITY));
            }
            let id = shared.next_id("org");
            world.organizations.push(crate::world::Organization {
                id,
                name,
                sub_domain,
                suspended: false,
                activated: true,
                managed_by: Some(manager),
                deleted: false,
            });
            answer["organization"] = world.organization_json(world.organizations.len() - 1);
            if answer.get("annotations").is_some() {
                answer["annotations"] = arguments
                    .body()
                    .get("annotations")
                    .cloned()
                    .unwrap_or_else(|| json!([]));
            }
        }
        "delete_managed_organization" => {
            let found = named(&world)?;
            if world.organizations[found].managed_by.is_none() {
                return Err(contract.refusal("managed_organization_required", axum::http::StatusCode::CONFLICT));
            }
            // What it held goes with it: its kept objects and its machines.
            let id = world.organizations[found].id.clone();
            store.remove_children(("organization", &id));
            let machines: Vec<usize> = (0..world.virtual_machines.len())
                .filter(|&vm| world.virtual_machines[vm].organization == found && !world.virtual_machines[vm].purged)
                .collect();
            for vm in machines {
                world.purge_machine(vm);
                store.remove_children(("virtual_machine", &world.virtual_machines[vm].id));
            }
            world.organizations[found].deleted = true;
        }
        _ => {}
    }
    Ok(answer)
}

pub(crate) async fn list_virtual_machines(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    const ENDPOINT: &str = "Organizations/VirtualMachines/ListEndpoint";
    answer((|| {
        authorise(&shared, &headers, READ_VM_SCOPES)?;
        let query = query_of(query)?;
        let lookup = organization_lookup(ENDPOINT, &query)?;
        let annotations = arguments::annotations(ENDPOINT, &query, Some(ANNOTATIONS_DESCRIPTION))?;
        let page = arguments::Page::read(ENDPOINT, &query)?;
        let world = shared.world();
        let organization = organization(&world, &lookup)?;
        // A machine is listed when it carries every annotation asked for.
        let listed: Vec<usize> = (0..world.virtual_machines.len())
            .filter(|&vm| {
                let machine = &world.virtual_machines[vm];
                machine.organization == organization
                    && machine.trash.is_none()
                    && annotations.iter().all(|a| machine.annotations.contains(a))
            })
            .collect();
        let (range, pagination) = page.of(listed.len());
        let items: Vec<Value> = listed[range]
            .iter()
            .map(|&vm| world.virtual_machine_summary_json(vm))
            .collect();
        Ok(json!({"pagination": pagination, "virtual_machines": items}))
    })())
}

pub(crate) async fn get_network_interface(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    answer((|| {
        authorise(&shared, &headers, READ_VM_SCOPES)?;
        let lookup = interface_query_lookup("VirtualMachineNetworkInterfaces/GetEndpoint", &query_of(query)?)?;
        let world = shared.world();
        let interface = interface(&world, &lookup)?;
        Ok(json!({"virtual_machine_network_interface": world.interface_detail_json(interface, true)}))
    })())
}

pub(crate) async fn list_available_ip_addresses(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(version): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    const ENDPOINT: &str = "VirtualMachineNetworkInterfaces/AvailableIPsEndpoint";
    answer((|| {
        authorise(&shared, &headers, READ_IP_SCOPES)?;
        let lookup = interface_query_lookup(ENDPOINT, &query_of(query)?)?;
        let ipv6 = address_version(ENDPOINT, &version)?;
        let world = shared.world();
        let interface = interface(&world, &lookup)?;
        let network = world.interfaces[interface].network;
        let organization = world.virtual_machines[world.interfaces[interface].virtual_machine].organization;
        let available: Vec<Value> = (0..world.ip_addresses.len())
            .filter(|&i| {
                let ip = &world.ip_addresses[i];
                ip.network == network
                    && ip.organization == organization
                    && ip.address.is_ipv6() == ipv6
                    && !ip.is_held()
                    && !ip.released
            })
            .map(|i| world.ip_address_json(i))
            .collect();
        Ok(json!({"ip_addresses": available}))
    })())
}

pub(crate) async fn allocate_ip_address_to_interface(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    const ENDPOINT: &str = "VirtualMachineNetworkInterfaces/AllocateIPEndpoint";
    answer((|| {
        authorise(&shared, &headers, WRITE_IP_SCOPES)?;
        let body = arguments::json_body(ENDPOINT, &body)?;
        let interface_lookup = interface_body_lookup(ENDPOINT, &body)?;
        let ip_lookup = ip_body_lookup(ENDPOINT, &body)?;
        let mut world = shared.world();
        let interface = interface(&world, &interface_lookup)?;
        let vm = live_owner(&world, interface)?;
        let ip = find_ip(&world, &ip_lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
        if world.ip_addresses[ip].is_held() {
            return Err(ApiFailure::ip_already_allocated());
        }
        if world.ip_addresses[ip].network != world.interfaces[interface].network {
            return Err(ApiFailure::invalid_ip());
        }
        world.assign(ip, vm, interface);
        Ok(json!({"virtual_machine_network_interface": world.interface_detail_json(interface, false)}))
    })())
}

pub(crate) async fn allocate_new_ip_address(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    const ENDPOINT: &str = "VirtualMachineNetworkInterfaces/AllocateNewIPEndpoint";
    answer((|| {
        authorise(&shared, &headers, WRITE_IP_SCOPES)?;
        let body = arguments::json_body(ENDPOINT, &body)?;
        let interface_lookup = interface_body_lookup(ENDPOINT, &body)?;
        let ipv6 = body_address_version(ENDPOINT, &body, "address_version")?;
        let mut world = shared.world();
        let interface = interface(&world, &interface_lookup)?;
        let vm = live_owner(&world, interface)?;
        let network = world.interfaces[interface].network;
        let organization = world.virtual_machines[vm].organization;
        let id = shared.next_id("ip");
        let ip = world
            .create_ip(network, ipv6, organization, id)
            .ok_or_else(ApiFailure::no_available_addresses)?;
        world.assign(ip, vm, interface);
        Ok(json!({"ip_address": world.ip_address_json(ip)}))
    })())
}

pub(crate) async fn list_ip_addresses(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    const ENDPOINT: &str = "Organizations/IPAddresses/ListEndpoint";
    answer((|| {
        authorise(&shared, &headers, READ_IP_SCOPES)?;
        let query = query_of(query)?;
        let lookup = organization_lookup(ENDPOINT, &query)?;
        let page = arguments::Page::read(ENDPOINT, &query)?;
        let world = shared.world();
        let organization = organization(&world, &lookup)?;
        let listed: Vec<usize> = (0..world.ip_addresses.len())
            .filter(|&i| world.ip_addresses[i].organization == organization && !world.ip_addresses[i].released)
            .collect();
        let (range, pagination) = page.of(listed.len());
        let items: Vec<Value> = listed[range]
            .iter()
            .map(|&ip| world.ip_address_summary_json(ip))
            .collect();
        Ok(json!({"pagination": pagination, "ip_addresses": items}))
    })())
}

pub(crate) async fn create_ip_address(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    const ENDPOINT: &str = "Organizations/IPAddresses/CreateEndpoint";
    answer((|| {
        authorise(&shared, &headers, WRITE_IP_SCOPES)?;
        let body = arguments::json_body(ENDPOINT, &body)?;
        let organization_lookup = arguments::body_lookup(
            ENDPOINT,
            &body,
            "organization",
            ORGANIZATION_KEYS,
            ORGANIZATION_DESCRIPTION,
        )?;
        let network_lookup = arguments::body_lookup(
            ENDPOINT,
            &body,
            "network",
            &["id", "permalink"],
            "All 'network[]' params are mutually exclusive, only one can be provided.",
        )?;
        let ipv6 = body_address_version(ENDPOINT, &body, "version")?;
        let vip = optional_bool(ENDPOINT, &body, "vip")?;
        let label = optional_string(ENDPOINT, &body, "label")?;
        check_label(label.as_deref())?;
        let mut world = shared.world();
        let organization = organization(&world, &organization_lookup)?;
        let network = network(&world, &network_lookup)?;
        let id = shared.next_id("ip");
        let ip = world
            .create_ip(network, ipv6, organization, id)
            .ok_or_else(ApiFailure::no_available_addresses)?;
        let created = &mut world.ip_addresses[ip];
        created.vip = vip.unwrap_or(false);
        created.label = label;
        Ok(json!({"ip_address": world.ip_address_json(ip)}))
    })())
}

pub(crate) async fn get_ip_address(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    answer((|| {
        authorise(&shared, &headers, READ_IP_SCOPES)?;
        let lookup = ip_lookup("IPAddresses/GetEndpoint", query.as_deref().unwrap_or_default(), &[])?;
        let world = shared.world();
        let ip = find_ip(&world, &lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
        let held = &world.ip_addresses[ip];
        // A polymorph, as the service sends it: `{type, value}`, the kind by its class name.
        let allocation = match (&held.allocation, &held.load_balancer) {
            (Some((vm, _)), _) => {
                let machine = &world.virtual_machines[*vm];
                let name = machine.fqdn.split('.').next().unwrap_or_default();
                Some(json!({"type": "VirtualMachine", "value": {"id": machine.id, "name": name}}))
            }
            (None, Some((id, name))) => Some(json!({"type": "LoadBalancer", "value": {"id": id, "name": name}})),
            (None, None) => None,
        };
        Ok(json!({"ip_address": world.ip_address_json(ip), "allocation": allocation}))
    })())
}

pub(crate) async fn update_ip_address(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    const ENDPOINT: &str = "IPAddresses/UpdateEndpoint";
    answer((|| {
        authorise(&shared, &headers, WRITE_IP_SCOPES)?;
        let body = arguments::json_body(ENDPOINT, &body)?;
        let lookup = ip_body_lookup(ENDPOINT, &body)?;
        let vip = optional_bool(ENDPOINT, &body, "vip")?;
        let label = optional_string(ENDPOINT, &body, "label")?;
        let reverse_dns = optional_string(ENDPOINT, &body, "reverse_dns")?;
        check_label(label.as_deref())?;
        if let Some(name) = &reverse_dns
            && !is_hostname(name)
        {
            return Err(ApiFailure::validation_error(&format!(
                "Reverse DNS {name:?} is not a valid hostname"
            )));
        }
        let mut world = shared.world();
        let ip = find_ip(&world, &lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
        let address = &mut world.ip_addresses[ip];
        if let Some(vip) = vip {
            address.vip = vip;
        }
        if label.is_some() {
            address.label = label;
        }
        if reverse_dns.is_some() {
            address.reverse_dns = reverse_dns;
        }
        Ok(json!({"ip_address": world.ip_address_json(ip)}))
    })())
}

/// `ipv4` or `ipv6` (`true` for IPv6), as the framework checks an enum.
fn address_version(endpoint: &str, value: &str) -> Result<bool, ApiFailure> {
    match value {
        "ipv4" => Ok(false),
        "ipv6" => Ok(true),
        _ => Err(ApiFailure::invalid_argument(
            endpoint,
            "address_version",
            Some("The IP address version to return results for"),
            "invalid_enum_value",
            "The value provided was not one of the allowed values",
            &[format!("{value:?} is not one of ipv4, ipv6")],
        )),
    }
}

fn body_address_version(endpoint: &str, body: &Value, name: &str) -> Result<bool, ApiFailure> {
    match body.get(name) {
        None | Some(Value::Null) => Err(ApiFailure::missing_required_argument(
            name,
            "The IP address version (`ipv4` or `ipv6`).",
        )),
        Some(Value::String(value)) => address_version(endpoint, value).map_err(|mut failure| {
            failure.description = format!("The '{name}' argument is invalid");
            failure
        }),
        Some(_) => Err(wrong_type(endpoint, name)),
    }
}

fn optional_bool(endpoint: &str, body: &Value, name: &str) -> Result<Option<bool>, ApiFailure> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(value)) => Ok(Some(*value)),
        Some(_) => Err(wrong_type(endpoint, name)),
    }
}

fn optional_string(endpoint: &str, body: &Value, name: &str) -> Result<Option<String>, ApiFailure> {
    match body.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(value)) => Ok(Some(value.clone())),
        Some(_) => Err(wrong_type(endpoint, name)),
    }
}

fn wrong_type(endpoint: &str, name: &str) -> ApiFailure {
    ApiFailure::invalid_argument(
        endpoint,
        name,
        None,
        "invalid_scalar",
        "The value provided was not of the expected type",
        &[],
    )
}

/// The service keeps labels to 255 characters; longer is a `validation_error`.
fn check_label(label: Option<&str>) -> Result<(), ApiFailure> {
    match label {
        Some(label) if label.chars().count() > 255 => Err(ApiFailure::validation_error(
            "Label is too long (maximum is 255 characters)",
        )),
        _ => Ok(()),
    }
}

/// Letters, digits and hyphens in dot-separated labels of 1 to 63, at most 253 in all.
fn is_hostname(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.trim_end_matches('.').split('.').all(|label| {
            (1..=63).contains(&label.len())
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

fn organization_lookup(endpoint: &str, query: &Params) -> Result<(&'static str, String), ApiFailure> {
    arguments::query_lookup(
        endpoint,
        query,
        "organization",
        ORGANIZATION_KEYS,
        Some(ORGANIZATION_DESCRIPTION),
    )
}

fn interface_query_lookup(endpoint: &str, query: &Params) -> Result<(&'static str, String), ApiFailure> {
    arguments::query_lookup(
        endpoint,
        query,
        "virtual_machine_network_interface",
        INTERFACE_KEYS,
        Some(INTERFACE_DESCRIPTION),
    )
}

fn interface_body_lookup(endpoint: &str, body: &Value) -> Result<(&'static str, String), ApiFailure> {
    arguments::body_lookup(
        endpoint,
        body,
        "virtual_machine_network_interface",
        INTERFACE_KEYS,
        INTERFACE_DESCRIPTION,
    )
}

fn network(world: &World, (key, value): &(&str, String)) -> Result<usize, ApiFailure> {
    world
        .networks
        .iter()
        .position(|n| match *key {
            "id" => n.id == *value,
            _ => n.permalink == value.as_str(),
        })
        .ok_or_else(ApiFailure::network_not_found)
}

fn interface(world: &World, (_, id): &(&str, String)) -> Result<usize, ApiFailure> {
    world
        .interface_by_id
        .get(id)
        .copied()
        .ok_or_else(ApiFailure::virtual_machine_network_interface_not_found)
}

/// The VM an interface belongs to, unless it is in the trash.
fn live_owner(world: &World, interface: usize) -> Result<usize, ApiFailure> {
    let vm = world.interfaces[interface].virtual_machine;
    live_virtual_machine(world, &("id", world.virtual_machines[vm].id.clone()))
}
