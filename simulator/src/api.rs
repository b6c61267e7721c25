//! The HTTP surface: the two operations, the fallback, faults, auth and rate limits.

use std::net::IpAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{RawQuery, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::{Value, json};

use crate::errors::{self, ApiFailure};
use crate::faults::Injected;
use crate::{Shared, World};

/// Scopes that allow listing interfaces (any one).
pub const LIST_SCOPES: &[&str] = &["virtual_machines", "virtual_machines:read"];
/// Scopes that allow allocating an IP address.
pub const ALLOCATE_SCOPES: &[&str] = &["ip_addresses"];

const LIST_ENDPOINT: &str = "VirtualMachines/NetworkInterfaces/ListEndpoint";
const ALLOCATE_ENDPOINT: &str = "VirtualMachines/AllocateIPEndpoint";
// The simulator restates the spec's rules here (page limits, scopes, error codes) rather
// than reading them from it: it is an independent oracle, so a mistake in the spec shows up
// as a disagreement in Schemathesis and the end-to-end tests instead of being copied.
const MAX_PER_PAGE: i64 = 200;
const DEFAULT_PER_PAGE: i64 = 30;

/// The paths the simulator serves, below [`BASE_PATH`](crate::BASE_PATH).
pub mod paths {
    /// `GET`: list a virtual machine's network interfaces.
    pub const LIST_NETWORK_INTERFACES: &str = "/virtual_machines/virtual_machine/network_interfaces";
    /// `POST`: allocate an IP address to a virtual machine.
    pub const ALLOCATE_IP: &str = "/virtual_machines/virtual_machine/allocate_ip";
}

pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route(paths::LIST_NETWORK_INTERFACES, get(list_network_interfaces))
        .route(paths::ALLOCATE_IP, post(allocate_ip))
        .method_not_allowed_fallback(route_not_found);
    Router::new()
        .nest(crate::BASE_PATH, api)
        .fallback(route_not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), faults_and_counting))
        .with_state(shared)
}

/// Counts every request and applies the configured faults before the API sees it, as a
/// proxy or an overloaded service would.
async fn faults_and_counting(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let injected = shared.before_request();
    if !injected.latency.is_zero() {
        tokio::time::sleep(injected.latency).await;
    }
    let response = match injected.fault {
        Some(Injected::Unavailable) => ApiFailure::service_unavailable().into_response(),
        Some(Injected::RateLimited { retry_after }) => {
            ApiFailure::rate_limit_reached(shared.default_rate_limit(), Some(retry_after)).into_response()
        }
        Some(Injected::BadGateway) => errors::bad_gateway_html(),
        None => next.run(request).await,
    };
    shared.after_response(response.status());
    response
}

async fn route_not_found(method: Method, request: Request) -> Response {
    ApiFailure::route_not_found(method.as_str(), request.uri().path()).into_response()
}

async fn list_network_interfaces(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    answer(list(&shared, &headers, query.as_deref().unwrap_or_default()))
}

async fn allocate_ip(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    answer(allocate(&shared, &headers, &body))
}

fn answer(result: Result<Value, ApiFailure>) -> Response {
    match result {
        Ok(body) => (StatusCode::OK, axum::Json(body)).into_response(),
        Err(failure) => failure.into_response(),
    }
}

/// The bearer token, if the request has one.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?.trim();
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// Authenticates, rate limits and checks scopes, in the framework's order.
fn authorise(shared: &Shared, headers: &HeaderMap, scopes: &[&str]) -> Result<(), ApiFailure> {
    let token = bearer(headers).ok_or_else(ApiFailure::missing_api_token)?;
    let grant = shared.token(token).ok_or_else(ApiFailure::invalid_api_token)?;
    shared.count_against_limit(token, grant.rate_limit_per_minute)?;
    if grant.allows(scopes) {
        Ok(())
    } else {
        Err(ApiFailure::scope_not_granted(scopes))
    }
}

fn list(shared: &Shared, headers: &HeaderMap, query: &str) -> Result<Value, ApiFailure> {
    authorise(shared, headers, LIST_SCOPES)?;
    let mut id = None;
    let mut fqdn = None;
    let mut page = None;
    let mut per_page = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        // An empty lookup value counts as not given; an empty number is not a number.
        let lookup = Some(value.to_string()).filter(|v| !v.is_empty());
        match key.as_ref() {
            "virtual_machine[id]" => id = lookup,
            "virtual_machine[fqdn]" => fqdn = lookup,
            "page" => page = Some(value.into_owned()),
            "per_page" => per_page = Some(value.into_owned()),
            _ => {}
        }
    }
    let lookup_description = Some("The virtual machine to show network interfaces for.");
    let lookup = match (id, fqdn) {
        (Some(_), Some(_)) => {
            return Err(ApiFailure::invalid_argument(
                LIST_ENDPOINT,
                "virtual_machine",
                lookup_description,
                "ambiguous_lookup_values",
                "Only one of 'id' or 'fqdn' may be provided",
                &[],
            ));
        }
        (None, None) => {
            return Err(ApiFailure::invalid_argument(
                LIST_ENDPOINT,
                "virtual_machine",
                lookup_description,
                "missing_lookup_value",
                "One of 'id' or 'fqdn' must be provided",
                &[],
            ));
        }
        (Some(id), None) => ("id", id),
        (None, Some(fqdn)) => ("fqdn", fqdn),
    };
    let page = integer_argument("page", page, 1, None)?;
    let per_page = integer_argument("per_page", per_page, DEFAULT_PER_PAGE, Some(MAX_PER_PAGE))?;

    let world = shared.world();
    let vm = &world.virtual_machines[live_virtual_machine(&world, &lookup)?];
    let total = vm.interfaces.len();
    let per = usize::try_from(per_page).unwrap_or(usize::MAX);
    let start = usize::try_from(page - 1)
        .unwrap_or(usize::MAX)
        .saturating_mul(per)
        .min(total);
    let end = start.saturating_add(per).min(total);
    let items: Vec<Value> = vm.interfaces[start..end]
        .iter()
        .map(|&i| world.interface_json(i))
        .collect();
    let pagination = if vm.large_set {
        json!({"current_page": page, "total_pages": null, "total": null, "per_page": per_page, "large_set": true})
    } else {
        let total_pages = total.div_ceil(per).max(1);
        json!({"current_page": page, "total_pages": total_pages, "total": total, "per_page": per_page, "large_set": false})
    };
    Ok(json!({"pagination": pagination, "virtual_machine_network_interfaces": items}))
}

/// Reads an integer query argument: absent is the default; not an integer is
/// `invalid_scalar`; out of bounds is `validation_error`, as the framework words them.
fn integer_argument(name: &str, raw: Option<String>, default: i64, max: Option<i64>) -> Result<i64, ApiFailure> {
    let Some(raw) = raw else { return Ok(default) };
    let invalid = |issue: &str, issue_description: &str, errors: &[String]| {
        ApiFailure::invalid_argument(LIST_ENDPOINT, name, None, issue, issue_description, errors)
    };
    let text = raw.trim();
    let value: i64 = match text.parse() {
        Ok(value) => value,
        // Integers are unbounded on the service (Ruby); beyond i64 they saturate here,
        // which gives the same answers (an empty page, or a bound refused).
        Err(_) if is_integer(text) => {
            if text.starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        Err(_) => {
            return Err(invalid(
                "invalid_scalar",
                "The value provided was not of the expected type",
                &[],
            ));
        }
    };
    if value < 1 {
        return Err(invalid(
            "validation_error",
            "A validation rule was not met",
            &["must be greater than or equal to 1".into()],
        ));
    }
    if let Some(max) = max
        && value > max
    {
        return Err(invalid(
            "validation_error",
            "A validation rule was not met",
            &[format!("must be less than or equal to {max}")],
        ));
    }
    Ok(value)
}

fn is_integer(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn allocate(shared: &Shared, headers: &HeaderMap, body: &[u8]) -> Result<Value, ApiFailure> {
    authorise(shared, headers, ALLOCATE_SCOPES)?;
    let body: Value = if body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        serde_json::from_slice(body).map_err(|_| {
            ApiFailure::invalid_argument(
                ALLOCATE_ENDPOINT,
                "body",
                None,
                "parse_error",
                "The request body could not be parsed as JSON",
                &[],
            )
        })?
    };
    let vm_lookup = lookup_argument(
        &body,
        "virtual_machine",
        ["id", "fqdn"],
        "The virtual machine to allocate the IP address to.",
    )?;
    let ip_lookup = lookup_argument(
        &body,
        "ip_address",
        ["id", "address"],
        "All 'ip_address[]' params are mutually exclusive, only one can be provided.",
    )?;

    // One lock for the whole check-and-set, so concurrent allocations of one address
    // give exactly one success.
    let mut world = shared.world();
    let vm_index = live_virtual_machine(&world, &vm_lookup)?;
    let vm = &world.virtual_machines[vm_index];
    let ip_index = match ip_lookup.0 {
        "id" => world.ip_by_id.get(&ip_lookup.1).copied(),
        _ => ip_lookup
            .1
            .trim()
            .parse::<IpAddr>()
            .ok()
            .and_then(|a| world.ip_by_address.get(&a).copied()),
    }
    .ok_or_else(ApiFailure::ip_address_not_found)?;
    let ip = &world.ip_addresses[ip_index];
    if ip.allocation.is_some() {
        return Err(ApiFailure::ip_already_allocated());
    }
    let interface = vm
        .interfaces
        .iter()
        .copied()
        .find(|&i| world.interfaces[i].network == ip.network)
        .ok_or_else(ApiFailure::no_interface_available)?;
    world.assign(ip_index, vm_index, interface);
    Ok(json!({"ip_address": world.ip_address_json(ip_index)}))
}

/// The virtual machine a lookup (`("id", …)` or `("fqdn", …)`) names: not found, or in the
/// trash, are the API's errors.
fn live_virtual_machine(world: &World, (key, value): &(&str, String)) -> Result<usize, ApiFailure> {
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

/// Reads a lookup object (`{"id": ..}` or `{"fqdn": ..}`) from the body: exactly one of
/// `keys`, a non-empty string.
fn lookup_argument(
    body: &Value,
    argument: &'static str,
    keys: [&'static str; 2],
    description: &str,
) -> Result<(&'static str, String), ApiFailure> {
    let invalid = |issue: &str, issue_description: &str| {
        ApiFailure::invalid_argument(
            ALLOCATE_ENDPOINT,
            argument,
            Some(description),
            issue,
            issue_description,
            &[],
        )
    };
    let value = match body.get(argument) {
        None | Some(Value::Null) => return Err(ApiFailure::missing_required_argument(argument, description)),
        Some(Value::Object(map)) => map,
        Some(_) => {
            return Err(invalid(
                "invalid_scalar",
                "The value provided was not of the expected type",
            ));
        }
    };
    let mut found = Vec::new();
    for key in keys {
        match value.get(key) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.is_empty() => {}
            Some(Value::String(s)) => found.push((key, s.clone())),
            Some(_) => {
                return Err(invalid(
                    "invalid_scalar",
                    "The value provided was not of the expected type",
                ));
            }
        }
    }
    let both = format!("Only one of '{}' or '{}' may be provided", keys[0], keys[1]);
    let neither = format!("One of '{}' or '{}' must be provided", keys[0], keys[1]);
    match found.len() {
        0 => Err(invalid("missing_lookup_value", &neither)),
        1 => Ok(found.remove(0)),
        _ => Err(invalid("ambiguous_lookup_values", &both)),
    }
}
