//! What every operation's handler uses: the answer, authorisation in the framework's
//! order, and finding the API's objects by their lookups.

use std::net::IpAddr;

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::Value;

use crate::errors::ApiFailure;
use crate::{Shared, World, arguments};

/// An IP address is looked up by exactly one of these, described as the framework does.
const IP_KEYS: [&str; 2] = ["id", "address"];
const IP_DESCRIPTION: &str = "All 'ip_address[]' params are mutually exclusive, only one can be provided.";

/// A handler's result on the wire: 200 with its JSON, or the wrapped error.
pub(crate) fn answer(result: Result<Value, ApiFailure>) -> Response {
    match result {
        Ok(body) => (StatusCode::OK, axum::Json(body)).into_response(),
        Err(failure) => failure.into_response(),
    }
}

/// The bearer token, if the request has one.
pub(crate) fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Authenticates, rate limits and checks scopes, in the framework's order.
pub(crate) fn authorise(shared: &Shared, headers: &HeaderMap, scopes: &[&str]) -> Result<(), ApiFailure> {
    let token = bearer(headers).ok_or_else(ApiFailure::missing_api_token)?;
    let grant = shared.token(token).ok_or_else(ApiFailure::invalid_api_token)?;
    shared.count_against_limit(token, grant.rate_limit_per_minute)?;
    if scopes.is_empty() || grant.allows(scopes) {
        Ok(())
    } else {
        Err(ApiFailure::scope_not_granted(scopes))
    }
}

/// An IP address lookup from the query group `ip_address[…]`, or from a JSON body when the
/// query has none (the framework reads arguments from either).
pub(crate) fn ip_lookup(endpoint: &str, query: &str, body: &[u8]) -> Result<(&'static str, String), ApiFailure> {
    let query = arguments::query(query)?;
    let in_query = query.get("ip_address").is_some_and(|group| !group.is_null());
    if in_query || body.iter().all(u8::is_ascii_whitespace) {
        arguments::query_lookup(endpoint, &query, "ip_address", &IP_KEYS, Some(IP_DESCRIPTION))
    } else {
        ip_body_lookup(endpoint, &arguments::json_body(endpoint, body)?)
    }
}

/// An IP address lookup from a JSON body's `ip_address` object.
pub(crate) fn ip_body_lookup(endpoint: &str, body: &Value) -> Result<(&'static str, String), ApiFailure> {
    arguments::body_lookup(endpoint, body, "ip_address", &IP_KEYS, IP_DESCRIPTION)
}

/// The address a lookup (`("id", …)` or `("address", …)`) names.
pub(crate) fn find_ip(world: &World, (key, value): &(&str, String)) -> Option<usize> {
    match *key {
        "id" => world.ip_by_id.get(value).copied(),
        _ => value
            .trim()
            .parse::<IpAddr>()
            .ok()
            .and_then(|a| world.ip_by_address.get(&a).copied()),
    }
}

/// The virtual machine a lookup (`("id", …)` or `("fqdn", …)`) names: not found, or in the
/// trash, are the API's errors.
pub(crate) fn live_virtual_machine(world: &World, (key, value): &(&str, String)) -> Result<usize, ApiFailure> {
    let index = match *key {
        "id" => world.vm_by_id.get(value),
        _ => world.vm_by_fqdn.get(value),
    }
    .copied()
    .ok_or_else(ApiFailure::virtual_machine_not_found)?;
    let vm = &world.virtual_machines[index];
    match &vm.trash {
        Some(trash) => Err(ApiFailure::object_in_trash(
            &trash.id,
            trash.keep_until,
            &vm.id,
            "VirtualMachine",
        )),
        None => Ok(index),
    }
}

/// The organisation a lookup names; a suspended one refuses, as the service does.
pub(crate) fn organization(world: &World, (key, value): &(&str, String)) -> Result<usize, ApiFailure> {
    let index = world
        .organizations
        .iter()
        .position(|o| {
            !o.deleted
                && match *key {
                    "id" => o.id == *value,
                    _ => o.sub_domain == value.as_str(),
                }
        })
        .ok_or_else(ApiFailure::organization_not_found)?;
    if world.organizations[index].suspended {
        return Err(ApiFailure::organization_suspended());
    }
    if !world.organizations[index].activated {
        return Err(ApiFailure::organization_not_activated());
    }
    Ok(index)
}

/// The world's network interface with this ID, if its machine is not in the trash (nor
/// purged): an interface of a machine that is gone is not found.
pub(crate) fn live_interface(world: &World, id: &str) -> Result<usize, ApiFailure> {
    let index = world
        .interface_by_id
        .get(id)
        .copied()
        .ok_or_else(ApiFailure::virtual_machine_network_interface_not_found)?;
    let owner = &world.virtual_machines[world.interfaces[index].virtual_machine];
    if owner.trash.is_some() || owner.purged {
        return Err(ApiFailure::virtual_machine_network_interface_not_found());
    }
    Ok(index)
}
