//! The HTTP surface: the router, faults, and the seeds' operations (listing interfaces,
//! allocating, unallocating and releasing addresses). The other modelled operations are in
//! `management.rs`, what every handler shares in `handler.rs`, and the rest of the spec is
//! answered through `from_spec.rs`.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{OriginalUri, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use serde_json::{Value, json};

use crate::errors::{self, ApiFailure};
use crate::faults::Injected;
use crate::from_spec::Handler;
use crate::handler::{answer, authorise, find_ip, ip_body_lookup, ip_lookup, live_virtual_machine};
use crate::modelled::paths;
use crate::{Shared, arguments, from_spec, management, resources};

/// Scopes that allow listing interfaces (any one).
pub const LIST_SCOPES: &[&str] = &["virtual_machines", "virtual_machines:read"];
/// Scopes that allow allocating an IP address.
pub const ALLOCATE_SCOPES: &[&str] = &["ip_addresses"];
/// Scopes that allow unallocating an IP address.
pub const UNALLOCATE_SCOPES: &[&str] = &["ip_addresses"];
/// Scopes that allow releasing an IP address.
pub const RELEASE_SCOPES: &[&str] = &["ip_addresses"];

const LIST_ENDPOINT: &str = "VirtualMachines/NetworkInterfaces/ListEndpoint";
const ALLOCATE_ENDPOINT: &str = "VirtualMachines/AllocateIPEndpoint";
const UNALLOCATE_ENDPOINT: &str = "IPAddresses/UnallocateEndpoint";
const RELEASE_ENDPOINT: &str = "IPAddresses/DeleteEndpoint";
// The simulator restates the spec's rules here and in `management.rs` (page limits, scopes,
// error codes) rather than reading them from it: it is an independent oracle, so a mistake
// in the spec shows up as a disagreement in Schemathesis and the end-to-end tests instead
// of being copied.

pub fn router(shared: Arc<Shared>) -> Router {
    let api = Router::new()
        .route(paths::LIST_NETWORK_INTERFACES, get(list_network_interfaces))
        .route(paths::ALLOCATE_IP, post(allocate_ip))
        .route(paths::UNALLOCATE_IP, post(unallocate_ip))
        .route(
            paths::IP_ADDRESS,
            delete(release_ip)
                .get(management::get_ip_address)
                .patch(management::update_ip_address),
        )
        .route(
            paths::VIRTUAL_MACHINE,
            get(management::get_virtual_machine).delete(management::delete_virtual_machine),
        )
        .route(
            paths::ORGANIZATION_VIRTUAL_MACHINES,
            get(management::list_virtual_machines),
        )
        .route(paths::NETWORK_INTERFACE, get(management::get_network_interface))
        .route(paths::AVAILABLE_IPS, get(management::list_available_ip_addresses))
        .route(
            paths::ALLOCATE_IP_TO_INTERFACE,
            post(management::allocate_ip_address_to_interface),
        )
        .route(paths::ALLOCATE_NEW_IP, post(management::allocate_new_ip_address))
        .route(
            paths::ORGANIZATION_IP_ADDRESSES,
            get(management::list_ip_addresses).post(management::create_ip_address),
        )
        .method_not_allowed_fallback(from_spec_or_not_found);
    Router::new()
        .nest(crate::BASE_PATH, api)
        .fallback(from_spec_or_not_found)
        .layer(middleware::from_fn_with_state(shared.clone(), faults_and_counting))
        .with_state(shared)
}

/// Counts every request and applies the configured faults before the API sees it, as a
/// proxy or an overloaded service would.
async fn faults_and_counting(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let token = crate::handler::bearer(request.headers()).map(str::to_owned);
    let injected = shared.before_request();
    if !injected.latency.is_zero() {
        tokio::time::sleep(injected.latency).await;
    }
    let response = match injected.fault {
        Some(Injected::Unavailable) => ApiFailure::service_unavailable().into_response(),
        Some(Injected::RateLimited { retry_after }) => {
            ApiFailure::rate_limit_reached(shared.default_rate_limit(), Some(retry_after)).into_response()
        }
        // A proxy's page: none of the service's headers.
        Some(Injected::BadGateway) => return counted(&shared, errors::bad_gateway_html()),
        None => next.run(request).await,
    };
    let mut response = response;
    service_headers(&shared, token.as_deref(), response.headers_mut());
    counted(&shared, response)
}

fn counted(shared: &Shared, response: Response) -> Response {
    shared.after_response(response.status());
    response
}

/// The headers the service sends on every answer (recorded on every interaction of
/// `spec/recorded/`): a request id, and the caller's rate limit with what is left of it
/// this minute, counting down per token.
fn service_headers(shared: &Shared, token: Option<&str>, headers: &mut HeaderMap) {
    if let Ok(id) = HeaderValue::from_str(&shared.next_request_id()) {
        headers.insert("x-request-id", id);
    }
    if let Some((permitted, remaining)) = token.and_then(|t| shared.rate_limit_left(t)) {
        headers.insert("x-ratelimit-permitted", HeaderValue::from(permitted));
        headers.insert("x-ratelimit-remaining", HeaderValue::from(remaining));
    }
}

/// An operation of the spec the simulator does not model, answered from the spec; anything
/// else is the framework's `route_not_found`.
async fn from_spec_or_not_found(
    State(shared): State<Arc<Shared>>,
    OriginalUri(uri): OriginalUri,
    method: Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let contract = uri
        .path()
        .strip_prefix(crate::BASE_PATH)
        .and_then(|path| from_spec::find(method.as_str(), path));
    let Some(contract) = contract else {
        return ApiFailure::route_not_found(method.as_str(), uri.path()).into_response();
    };
    let scopes: Vec<&str> = contract.scopes.iter().map(String::as_str).collect();
    let query = uri.query().unwrap_or_default();
    let answered = authorise(&shared, &headers, &scopes)
        .and_then(|()| contract.answer(query, &body))
        .and_then(|(status, example)| {
            let answer = match contract.handler() {
                Handler::Build => {
                    let mut answer = example;
                    management::build_machine(&shared, contract, query, &body, &mut answer)?;
                    answer
                }
                Handler::Organizations => {
                    let arguments = contract.arguments(query, &body)?;
                    management::organizations(&shared, contract, &arguments, example)?
                }
                // Work the simulator never started, or has forgotten, is not found.
                Handler::Kept if !contract.work.known(&shared.work(), query) => {
                    return Err(contract.not_found());
                }
                Handler::Kept | Handler::Catalog => {
                    let arguments = contract.arguments(query, &body)?;
                    resources::answer(&shared, contract, &arguments, example)?
                }
                Handler::Hand | Handler::Example => example,
            };
            Ok((status, answer))
        });
    match answered {
        Ok((status, mut body)) => {
            if contract.work.any() {
                contract
                    .work
                    .apply(&mut shared.work(), query, &mut body, |prefix| shared.next_id(prefix));
            }
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            match body {
                // A text answer's example is its text (the spec's JSON answers are objects).
                Value::String(text) => (
                    status,
                    [(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                    text,
                )
                    .into_response(),
                body => (status, axum::Json(body)).into_response(),
            }
        }
        Err(failure) => failure.into_response(),
    }
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

async fn unallocate_ip(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    answer(unallocate(
        &shared,
        &headers,
        query.as_deref().unwrap_or_default(),
        &body,
    ))
}

async fn release_ip(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
    body: Bytes,
) -> Response {
    answer(release(&shared, &headers, query.as_deref().unwrap_or_default(), &body))
}

fn list(shared: &Shared, headers: &HeaderMap, query: &str) -> Result<Value, ApiFailure> {
    authorise(shared, headers, LIST_SCOPES)?;
    let query = arguments::query(query)?;
    let lookup = arguments::query_lookup(
        LIST_ENDPOINT,
        &query,
        "virtual_machine",
        &["id", "fqdn"],
        Some("The virtual machine to show network interfaces for."),
    )?;
    let page = arguments::Page::read(LIST_ENDPOINT, &query)?;

    let world = shared.world();
    let vm = &world.virtual_machines[live_virtual_machine(&world, &lookup)?];
    let (range, pagination) = if vm.large_set {
        page.of_large_set(vm.interfaces.len())
    } else {
        page.of(vm.interfaces.len())
    };
    let items: Vec<Value> = vm.interfaces[range].iter().map(|&i| world.interface_json(i)).collect();
    Ok(json!({"pagination": pagination, "virtual_machine_network_interfaces": items}))
}

fn allocate(shared: &Shared, headers: &HeaderMap, body: &[u8]) -> Result<Value, ApiFailure> {
    authorise(shared, headers, ALLOCATE_SCOPES)?;
    let body = arguments::json_body(ALLOCATE_ENDPOINT, body)?;
    let vm_lookup = arguments::body_lookup(
        ALLOCATE_ENDPOINT,
        &body,
        "virtual_machine",
        &["id", "fqdn"],
        "The virtual machine to allocate the IP address to.",
    )?;
    let ip_lookup = ip_body_lookup(ALLOCATE_ENDPOINT, &body)?;

    // One lock for the whole check-and-set, so concurrent allocations of one address
    // give exactly one success.
    let mut world = shared.world();
    let vm_index = live_virtual_machine(&world, &vm_lookup)?;
    let vm = &world.virtual_machines[vm_index];
    let ip_index = find_ip(&world, &ip_lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
    let ip = &world.ip_addresses[ip_index];
    if ip.is_held() {
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

/// Unallocates an address from what holds it. The lookup travels in the query, as the
/// vendor's Go client sends it; the framework also reads arguments from a JSON body, so a
/// body lookup is taken when the query has none.
fn unallocate(shared: &Shared, headers: &HeaderMap, query: &str, body: &[u8]) -> Result<Value, ApiFailure> {
    authorise(shared, headers, UNALLOCATE_SCOPES)?;
    let lookup = ip_lookup(UNALLOCATE_ENDPOINT, query, body)?;
    // One lock for the check and the unallocation, as for allocation.
    let mut world = shared.world();
    let ip = find_ip(&world, &lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
    if world.ip_addresses[ip].load_balancer.is_some() {
        return Err(ApiFailure::resource_does_not_support_unallocation());
    }
    world.unassign(ip).ok_or_else(ApiFailure::no_allocation)?;
    Ok(json!({}))
}

/// Releases an address from its organisation, unallocating it first if it is allocated.
/// Its lookup travels as for [`unallocate`].
fn release(shared: &Shared, headers: &HeaderMap, query: &str, body: &[u8]) -> Result<Value, ApiFailure> {
    authorise(shared, headers, RELEASE_SCOPES)?;
    let lookup = ip_lookup(RELEASE_ENDPOINT, query, body)?;
    let mut world = shared.world();
    let ip = find_ip(&world, &lookup).ok_or_else(ApiFailure::ip_address_not_found)?;
    if world.ip_addresses[ip].load_balancer.is_some() {
        return Err(ApiFailure::resource_does_not_support_unallocation());
    }
    world.release(ip);
    Ok(json!({}))
}
