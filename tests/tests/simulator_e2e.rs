//! The SDK against the simulator over HTTP on 127.0.0.1: every status and code of both
//! operations, paging and retries against injected faults. (The race for one address is
//! in `soak.rs`.)

use std::collections::HashSet;

use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::ApiError;
use katapult_sdk::{Client, Error};
use katapult_simulator::{Injected, RunningSimulator, Simulator, seeded};
use katapult_tests::http::{self, assert_api, quick_retries, raw, simulator, simulator_client};
use reqwest::StatusCode;
use serde_json::json;

fn client(simulator: &RunningSimulator) -> Client {
    simulator_client(simulator, simulator.token())
}

fn ip(address: &str) -> IpAddress {
    IpAddress::Address(address.parse().expect("a valid address"))
}

use katapult_simulator::paths::{ALLOCATE_IP as ALLOCATE, LIST_NETWORK_INTERFACES as LIST};

#[tokio::test]
async fn list_by_id_and_by_fqdn_agree() {
    let simulator = simulator().await;
    let client = client(&simulator);
    let by_name = client
        .list_network_interfaces(VirtualMachine::fqdn(seeded::MANGO_FQDN))
        .send()
        .await
        .expect("listed");
    assert_eq!(by_name.items.len(), 2);
    assert_eq!(by_name.pagination.total, Some(2));
    let world = simulator.world();
    let id = world.virtual_machines[world.vm_by_fqdn[seeded::MANGO_FQDN]].id.clone();
    assert!(id.starts_with("vm_"));
    let by_id = client
        .list_network_interfaces(VirtualMachine::id(id))
        .send()
        .await
        .expect("listed");
    assert_eq!(by_id, by_name);
    let public = &by_id.items[0];
    assert!(public.id.starts_with("vmnet_"));
    let addresses: Vec<_> = public.ip_addresses.iter().map(|a| a.address.as_str()).collect();
    assert_eq!(addresses, [seeded::ALLOCATED_LONDON_IPV4, "2a03:2800:1::10"]);
}

#[tokio::test]
async fn paging_walks_sequentially_concurrently_and_large_sets() {
    let simulator = Simulator::builder()
        .bulk_interfaces(1_000)
        .start()
        .await
        .expect("starts");
    let client = client(&simulator);
    let bulk = VirtualMachine::fqdn(seeded::BULK_FQDN);
    let sequential = client
        .list_network_interfaces(bulk.clone())
        .per_page(37)
        .collect_all()
        .await
        .expect("walked");
    let concurrent = client
        .list_network_interfaces(bulk.clone())
        .per_page(37)
        .concurrency(8)
        .collect_all()
        .await
        .expect("walked");
    assert_eq!(sequential.len(), 1_000);
    assert_eq!(sequential, concurrent, "concurrency keeps the order");
    let names: Vec<_> = sequential.iter().take(3).map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "eth0 on busy-bustling-beehive",
            "eth1 on busy-bustling-beehive",
            "eth2 on busy-bustling-beehive"
        ]
    );
    let unique: HashSet<_> = sequential.iter().map(|i| i.id.clone()).collect();
    assert_eq!(unique.len(), 1_000);

    let ocean = VirtualMachine::fqdn(seeded::LARGE_SET_FQDN);
    let first = client
        .list_network_interfaces(ocean.clone())
        .per_page(50)
        .send()
        .await
        .expect("a page");
    assert!(first.pagination.large_set);
    assert_eq!(first.total_pages(), None);
    let all = client
        .list_network_interfaces(ocean)
        .per_page(50)
        .concurrency(4)
        .collect_all()
        .await
        .expect("walked");
    assert_eq!(all.len(), 120);

    let past_the_end = client
        .list_network_interfaces(bulk)
        .page(99)
        .per_page(200)
        .send()
        .await
        .expect("a page");
    assert!(past_the_end.items.is_empty());
}

#[tokio::test]
async fn list_errors() {
    let simulator = simulator().await;
    let client = client(&simulator);
    let generated = client.generated();

    // 400: the lookup missing or ambiguous, and paging out of bounds (sent raw, since the
    // SDK refuses these before sending).
    let missing = generated
        .list_virtual_machine_network_interfaces(None, None, None, None)
        .await
        .expect_err("400");
    let ambiguous = generated
        .list_virtual_machine_network_interfaces(None, None, Some("x.example"), Some("vm_x"))
        .await
        .expect_err("400");
    for (error, issue) in [
        (missing, "missing_lookup_value"),
        (ambiguous, "ambiguous_lookup_values"),
    ] {
        let progenitor_client::Error::ErrorResponse(value) = error else {
            panic!("{error:?}")
        };
        assert_eq!(value.status(), StatusCode::BAD_REQUEST);
        let ApiError::InvalidArgument { detail, .. } = &value.error else {
            panic!("{:?}", value.error)
        };
        assert_eq!(detail.issue.as_deref(), Some(issue));
    }
    let fqdn = format!("virtual_machine%5Bfqdn%5D={}", seeded::MANGO_FQDN);
    for (query, issue) in [
        ("per_page=201", "validation_error"),
        ("page=0", "validation_error"),
        ("page=abc", "invalid_scalar"),
    ] {
        let (status, body, schema) = raw(
            &simulator,
            reqwest::Method::GET,
            &format!("{LIST}?{fqdn}&{query}"),
            Some(simulator.token()),
            None,
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["error"]["code"], "invalid_argument", "{query}");
        assert_eq!(body["error"]["detail"]["issue"], issue, "{query}");
        assert_eq!(schema.as_deref(), Some("json-error"));
    }

    // 400 and 403: authentication and scopes.
    let (status, body, _) = raw(&simulator, reqwest::Method::GET, &format!("{LIST}?{fqdn}"), None, None).await;
    assert_eq!(
        (status.as_u16(), body["error"]["code"].as_str()),
        (400, Some("missing_api_token"))
    );
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    assert_api(
        simulator_client(&simulator, "not-a-token")
            .list_network_interfaces(mango.clone())
            .send()
            .await,
        403,
        "invalid_api_token",
    );
    let error = assert_api(
        simulator_client(&simulator, katapult_simulator::NO_SCOPES_TOKEN)
            .list_network_interfaces(mango.clone())
            .send()
            .await,
        403,
        "scope_not_granted",
    );
    let Some(ApiError::ScopeNotGranted { detail, .. }) = error.api_error() else {
        panic!("{error:?}")
    };
    assert_eq!(
        detail.scopes.as_deref(),
        Some(&["virtual_machines".to_owned(), "virtual_machines:read".to_owned()][..])
    );
    simulator_client(&simulator, katapult_simulator::READ_ONLY_TOKEN)
        .list_network_interfaces(mango)
        .send()
        .await
        .expect("the read scope is enough to list");

    // 404, 406.
    let error = assert_api(
        client
            .list_network_interfaces(VirtualMachine::id("vm_doesnotexist0000"))
            .send()
            .await,
        404,
        "virtual_machine_not_found",
    );
    assert!(error.is_not_found());
    let error = assert_api(
        client
            .list_network_interfaces(VirtualMachine::fqdn(seeded::TRASHED_FQDN))
            .send()
            .await,
        406,
        "object_in_trash",
    );
    let Some(ApiError::ObjectInTrash { detail, .. }) = error.api_error() else {
        panic!("{error:?}")
    };
    let trash = detail.trash_object.clone().flatten().expect("the trash entry");
    assert_eq!(trash.object_type.as_deref(), Some("VirtualMachine"));
    assert!(trash.id.as_deref().is_some_and(|id| id.starts_with("trsh_")));
    assert!(trash.keep_until.is_some_and(|t| t > 1_700_000_000));

    // 404 route_not_found: an unknown path, and the right path with a method the spec
    // does not give it.
    let spec = katapult_tests::spec();
    let unused = ["delete", "patch", "put", "post", "get"]
        .into_iter()
        .find(|m| {
            spec.raw()
                .pointer(&format!("/paths/{}/{m}", LIST.replace('/', "~1")))
                .is_none()
        })
        .expect("a method the list lacks");
    for (method, path) in [
        (
            reqwest::Method::GET,
            "/virtual_machines/virtual_machine/network_interface",
        ),
        (unused.to_uppercase().parse().expect("a method"), LIST),
    ] {
        let (status, body, schema) = raw(&simulator, method.clone(), path, Some(simulator.token()), None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{method} {path}");
        assert_eq!(body["error"]["code"], "route_not_found");
        assert_eq!(schema.as_deref(), Some("json-error"));
    }
}

#[tokio::test]
async fn allocate_and_its_errors() {
    let simulator = simulator().await;
    let client = client(&simulator);
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);

    let allocated = client
        .allocate_ip_address(mango.clone(), ip(seeded::FREE_LONDON_IPV6))
        .await
        .expect("allocated");
    assert_eq!(allocated.address, seeded::FREE_LONDON_IPV6);
    assert_eq!(
        allocated.allocation_type.clone().flatten().as_deref(),
        Some("VirtualMachine")
    );
    let network = allocated.network.as_ref().expect("the network");
    let country = network
        .data_center
        .as_ref()
        .and_then(|d| d.country.as_ref())
        .expect("the country");
    assert_eq!(country.iso_code2.as_deref(), Some("GB"));
    let listed = client
        .list_network_interfaces(mango.clone())
        .collect_all()
        .await
        .expect("listed");
    assert!(
        listed[0]
            .ip_addresses
            .iter()
            .any(|a| a.address == seeded::FREE_LONDON_IPV6),
        "the interface shows it"
    );

    // By ID works too.
    let world = simulator.world();
    let free = world.ip_by_address[&seeded::FREE_LONDON_IPV4.parse().expect("valid")];
    let id = world.ip_addresses[free].id.clone();
    let by_id = client
        .allocate_ip_address(mango.clone(), IpAddress::id(id.clone()))
        .await
        .expect("allocated by id");
    assert_eq!(by_id.id, Some(id));

    assert_api(
        client
            .allocate_ip_address(mango.clone(), ip(seeded::ALLOCATED_LONDON_IPV4))
            .await,
        422,
        "ip_already_allocated",
    );
    assert_api(
        client
            .allocate_ip_address(mango.clone(), ip(seeded::FREE_AMSTERDAM_IPV4))
            .await,
        422,
        "no_interface_available",
    );
    assert_api(
        client
            .allocate_ip_address(VirtualMachine::fqdn(seeded::NO_INTERFACES_FQDN), ip("185.22.208.30"))
            .await,
        422,
        "no_interface_available",
    );
    assert_api(
        client.allocate_ip_address(mango.clone(), ip("192.0.2.1")).await,
        404,
        "ip_address_not_found",
    );
    assert_api(
        client
            .allocate_ip_address(VirtualMachine::id("vm_nope"), ip("185.22.208.30"))
            .await,
        404,
        "virtual_machine_not_found",
    );
    assert_api(
        client
            .allocate_ip_address(VirtualMachine::fqdn(seeded::TRASHED_FQDN), ip("185.22.208.30"))
            .await,
        406,
        "object_in_trash",
    );
    let error = assert_api(
        simulator_client(&simulator, katapult_simulator::READ_ONLY_TOKEN)
            .allocate_ip_address(mango.clone(), ip("185.22.208.30"))
            .await,
        403,
        "scope_not_granted",
    );
    let Some(ApiError::ScopeNotGranted { detail, .. }) = error.api_error() else {
        panic!("{error:?}")
    };
    assert_eq!(detail.scopes.as_deref(), Some(&["ip_addresses".to_owned()][..]));
    assert_api(
        simulator_client(&simulator, "wrong")
            .allocate_ip_address(mango, ip("185.22.208.30"))
            .await,
        403,
        "invalid_api_token",
    );

    // Bodies the SDK cannot send.
    let token = Some(simulator.token());
    let cases = [
        ("{}", "missing_required_argument", None),
        (
            r#"{"virtual_machine": {"id": "vm_x"}}"#,
            "missing_required_argument",
            None,
        ),
        (
            r#"{"virtual_machine": {}, "ip_address": {"address": "185.22.208.30"}}"#,
            "invalid_argument",
            Some("missing_lookup_value"),
        ),
        (
            r#"{"virtual_machine": {"id": "a", "fqdn": "b"}, "ip_address": {"id": "c"}}"#,
            "invalid_argument",
            Some("ambiguous_lookup_values"),
        ),
        (
            r#"{"virtual_machine": 7, "ip_address": {"id": "c"}}"#,
            "invalid_argument",
            Some("invalid_scalar"),
        ),
        ("{not json", "invalid_argument", Some("parse_error")),
    ];
    for (body, code, issue) in cases {
        let (status, answer, schema) = raw(&simulator, reqwest::Method::POST, ALLOCATE, token, Some(body)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(answer["error"]["code"], code, "{body}");
        if let Some(issue) = issue {
            assert_eq!(answer["error"]["detail"]["issue"], issue, "{body}");
        }
        assert_eq!(schema.as_deref(), Some("json-error"));
    }
    let (status, body, _) = raw(&simulator, reqwest::Method::POST, ALLOCATE, None, Some("{}")).await;
    assert_eq!(
        (status.as_u16(), body["error"]["code"].as_str()),
        (400, Some("missing_api_token"))
    );
}

/// The headers the service sends on every answer (every recorded interaction has them):
/// a request id of its own, and the token's limit with what is left, counting down.
#[tokio::test]
async fn every_answer_carries_a_request_id_and_the_tokens_rate_limit() {
    let simulator = simulator().await;
    let path = format!("{LIST}?virtual_machine[fqdn]={}", seeded::MANGO_FQDN);
    let mut seen = Vec::new();
    for _ in 0..3 {
        let response = reqwest::Client::new()
            .get(format!("{}{path}", simulator.url()))
            .bearer_auth(katapult_simulator::LIMITED_TOKEN)
            .send()
            .await
            .expect("the simulator answers");
        assert_eq!(response.status(), StatusCode::OK);
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
                .unwrap_or_else(|| panic!("no {name}"))
        };
        seen.push((
            header("x-request-id"),
            header("x-ratelimit-permitted"),
            header("x-ratelimit-remaining"),
        ));
    }
    let ids: HashSet<&String> = seen.iter().map(|(id, _, _)| id).collect();
    assert_eq!(ids.len(), 3, "each answer has its own request id: {seen:?}");
    assert!(
        seen.iter()
            .all(|(id, _, _)| id.len() == 36 && id.matches('-').count() == 4),
        "{seen:?}"
    );
    let remaining: Vec<&str> = seen.iter().map(|(_, _, r)| r.as_str()).collect();
    assert_eq!(
        remaining,
        ["4", "3", "2"],
        "the limited token's 5 a minute, counting down"
    );
    assert!(seen.iter().all(|(_, permitted, _)| permitted == "5"));
    let (status, _, _) = raw(&simulator, reqwest::Method::GET, &path, None, None).await;
    assert!(status.is_client_error(), "without a token: refused ({status})");
}

#[tokio::test]
async fn the_rate_limit_is_per_token_per_minute() {
    let simulator = simulator().await;
    let limited = simulator_client(&simulator, katapult_simulator::LIMITED_TOKEN);
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    for _ in 0..5 {
        limited
            .list_network_interfaces(mango.clone())
            .send()
            .await
            .expect("within the limit");
    }
    let error = assert_api(
        limited.list_network_interfaces(mango.clone()).send().await,
        429,
        "rate_limit_reached",
    );
    let Some(ApiError::RateLimitReached { detail, .. }) = error.api_error() else {
        panic!("{error:?}")
    };
    assert_eq!(detail.total_permitted, Some(5));
    client(&simulator)
        .list_network_interfaces(mango)
        .send()
        .await
        .expect("other tokens are not limited");
}

#[tokio::test]
async fn injected_faults_are_retried_or_reported() {
    let simulator = simulator().await;
    let mango = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    let retrying = http::client_with(simulator.url(), simulator.token(), quick_retries(4));

    simulator.inject(Injected::Unavailable, 2);
    retrying
        .list_network_interfaces(mango.clone())
        .send()
        .await
        .expect("two 503s, then success");
    assert_eq!(simulator.requests(), 3);

    simulator.inject(Injected::RateLimited { retry_after: 0 }, 1);
    retrying
        .allocate_ip_address(mango.clone(), ip("185.22.208.40"))
        .await
        .expect("a 429, then allocated");
    assert_eq!(simulator.requests(), 5);

    simulator.inject(Injected::Unavailable, 10);
    assert_api(
        retrying.list_network_interfaces(mango.clone()).send().await,
        503,
        "service_unavailable",
    );
    assert_eq!(simulator.requests(), 9, "four attempts, then the 503 is returned");
    simulator.set_faults(katapult_simulator::Faults::default());

    simulator.inject(Injected::BadGateway, 1);
    let error = client(&simulator)
        .list_network_interfaces(mango)
        .send()
        .await
        .expect_err("a proxy's 502");
    assert!(
        matches!(&error, Error::InvalidResponse { status, excerpt, .. } if status.as_u16() == 502 && excerpt.contains("Bad Gateway")),
        "{error:?}"
    );
    let statuses = simulator.statuses();
    assert_eq!(statuses.get(&503), Some(&6));
    assert_eq!(statuses.get(&429), Some(&1));
    assert_eq!(statuses.get(&502), Some(&1));
}

#[tokio::test]
async fn answers_match_the_spec_schemas() {
    // A page, an allocation and an error from the simulator, against the spec's schemas.
    // (Schemathesis checks every operation's answers more broadly.)
    let spec = katapult_tests::spec();
    let simulator = simulator().await;
    let fqdn = format!("virtual_machine%5Bfqdn%5D={}", seeded::MANGO_FQDN);
    let (_, page, _) = raw(
        &simulator,
        reqwest::Method::GET,
        &format!("{LIST}?{fqdn}"),
        Some(simulator.token()),
        None,
    )
    .await;
    let body = json!({"virtual_machine": {"fqdn": seeded::MANGO_FQDN}, "ip_address": {"address": "185.22.208.33"}})
        .to_string();
    let (_, allocation, _) = raw(
        &simulator,
        reqwest::Method::POST,
        ALLOCATE,
        Some(simulator.token()),
        Some(&body),
    )
    .await;
    let (_, error, _) = raw(
        &simulator,
        reqwest::Method::POST,
        ALLOCATE,
        Some(simulator.token()),
        Some(&body),
    )
    .await;
    for (schema, value) in [
        ("ListVirtualMachineNetworkInterfacesResponse", page),
        ("AllocateIpAddressResponse", allocation),
        ("ErrorResponse", error),
    ] {
        let reference = json!({ "$ref": format!("#/components/schemas/{schema}") });
        let problems = katapult_build_tools::validate_instance(spec, &reference, &value).expect("the schema compiles");
        assert!(problems.is_empty(), "{schema}: {problems:?}\n{value:#}");
    }
}
