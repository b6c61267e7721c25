//! The simulator reads a request's arguments as the service does: the query as Rack parses
//! it (so array items sent side by side are grouped as Rack groups them, and a query Rack
//! cannot parse fails as it fails on the service), and body lookups refused, or let be left
//! out, as the framework's argument sets do. Sent as raw HTTP, since the SDK sends none of
//! these mistakes.

use katapult_simulator::{DEFAULT_TOKEN, RunningSimulator, paths, seeded};
use katapult_tests::http::{raw, simulator};
use serde_json::{Value, json};

/// What the simulator answered.
struct Answer {
    status: u16,
    body: Value,
    /// The `x-api-schema` header, `json-error` on every error.
    schema: Option<String>,
}

async fn send(
    simulator: &RunningSimulator,
    method: reqwest::Method,
    path_and_query: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Answer {
    let body = body.map(|body| body.to_string());
    let (status, body, schema) = raw(simulator, method, path_and_query, token, body.as_deref()).await;
    Answer {
        status: status.as_u16(),
        body,
        schema,
    }
}

/// `list_virtual_machines` of the seeded organisation, with `query` after its lookup.
async fn list_machines(simulator: &RunningSimulator, query: &str) -> Answer {
    let path = format!(
        "{}?organization[sub_domain]={}&{query}",
        paths::ORGANIZATION_VIRTUAL_MACHINES,
        seeded::ORGANIZATION_SUB_DOMAIN
    );
    send(simulator, reqwest::Method::GET, &path, Some(DEFAULT_TOKEN), None).await
}

/// The FQDNs a successful list answered with, in order.
fn fqdns(answer: &Answer) -> Vec<&str> {
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body["virtual_machines"]
        .as_array()
        .expect("a list of machines")
        .iter()
        .filter_map(|vm| vm["fqdn"].as_str())
        .collect()
}

/// `annotations[][field]=value` pairs, in the order given.
fn annotations(fields: &[(&str, &str)]) -> String {
    let pairs: Vec<String> = fields
        .iter()
        .map(|(field, value)| format!("annotations[][{field}]={value}"))
        .collect();
    pairs.join("&")
}

/// Asserts an error answer's status and code, wrapped as the service wraps them, and
/// returns its `detail`.
fn refused(answer: &Answer, status: u16, code: &str) -> Value {
    assert_eq!(
        (answer.status, answer.body["error"]["code"].as_str()),
        (status, Some(code)),
        "{}",
        answer.body
    );
    assert_eq!(answer.schema.as_deref(), Some("json-error"));
    answer.body["error"]["detail"].clone()
}

#[tokio::test]
async fn annotations_sent_item_by_item_filter_by_every_pair() {
    let simulator = simulator().await;
    let (env, team) = (seeded::ENV_KEY, seeded::TEAM_KEY);

    let production_web = annotations(&[
        ("key", env),
        ("value", seeded::MANGO_ENV),
        ("key", team),
        ("value", seeded::TEAM),
    ]);
    let listed = list_machines(&simulator, &production_web).await;
    assert_eq!(fqdns(&listed), [seeded::MANGO_FQDN]);

    let web = annotations(&[("key", team), ("value", seeded::TEAM)]);
    let listed = list_machines(&simulator, &web).await;
    assert_eq!(fqdns(&listed), [seeded::MANGO_FQDN, seeded::AMSTERDAM_FQDN]);

    let staging = annotations(&[("key", env), ("value", seeded::TULIP_ENV)]);
    assert_eq!(
        fqdns(&list_machines(&simulator, &staging).await),
        [seeded::AMSTERDAM_FQDN]
    );

    let no_such_pair = annotations(&[
        ("key", env),
        ("value", seeded::MANGO_ENV),
        ("key", team),
        ("value", "ops"),
    ]);
    assert!(fqdns(&list_machines(&simulator, &no_such_pair).await).is_empty());

    // Brackets may be sent percent-encoded; Rack decodes names before it nests them.
    let encoded = production_web.replace('[', "%5B").replace(']', "%5D");
    assert_eq!(fqdns(&list_machines(&simulator, &encoded).await), [seeded::MANGO_FQDN]);

    let path = format!(
        "{}?virtual_machine[fqdn]={}",
        paths::VIRTUAL_MACHINE,
        seeded::MANGO_FQDN
    );
    let got = send(&simulator, reqwest::Method::GET, &path, Some(DEFAULT_TOKEN), None).await;
    assert_eq!(got.status, 200, "{}", got.body);
    assert_eq!(
        got.body["annotations"],
        json!([{"key": env, "value": seeded::MANGO_ENV}, {"key": team, "value": seeded::TEAM}])
    );
}

#[tokio::test]
async fn annotations_sent_side_by_side_are_grouped_as_rack_groups_them() {
    let simulator = simulator().await;
    let (env, team) = (seeded::ENV_KEY, seeded::TEAM_KEY);

    // Every key, then every value: Rack reads [{key: env}, {key: team, value: production},
    // {value: web}], and the last item has no key, which the framework requires.
    let side_by_side = annotations(&[
        ("key", env),
        ("key", team),
        ("value", seeded::MANGO_ENV),
        ("value", seeded::TEAM),
    ]);
    let answer = list_machines(&simulator, &side_by_side).await;
    let detail = refused(&answer, 400, "missing_required_argument");
    assert_eq!(
        answer.body["error"]["description"],
        "The 'annotations.key' argument is required but has not been provided"
    );
    assert_eq!(
        detail,
        json!({"path": ["annotations", "key"], "argument": {"name": "key", "description": null}})
    );

    // Two keys and one value: [{key: env}, {key: team, value: web}] is accepted but is not
    // the filter meant; a key without a value asks for an annotation without one, which no
    // machine has, so nothing is listed where `team=web` alone lists two.
    let misread = annotations(&[("key", env), ("key", team), ("value", seeded::TEAM)]);
    assert!(fqdns(&list_machines(&simulator, &misread).await).is_empty());
    let web = annotations(&[("key", team), ("value", seeded::TEAM)]);
    assert_eq!(fqdns(&list_machines(&simulator, &web).await).len(), 2);

    // An item that is not a hash at all.
    let answer = list_machines(&simulator, "annotations[]=env").await;
    let detail = refused(&answer, 400, "invalid_argument");
    assert_eq!(
        (
            detail["issue"].as_str(),
            detail["index"].as_u64(),
            detail["argument"]["name"].as_str()
        ),
        (Some("invalid_scalar"), Some(0), Some("annotations"))
    );
}

#[tokio::test]
async fn a_query_rack_cannot_parse_fails_as_an_unhandled_exception() {
    let simulator = simulator().await;
    for query in [
        // An array, then a hash, under one name: Rack's ParameterTypeError.
        "annotations[][key]=env&annotations[key]=team",
        // A scalar, then an array.
        "per_page=5&per_page[]=6",
        // A `%` without two hex digits: Rack's InvalidParameterError.
        "page=1%",
    ] {
        let answer = list_machines(&simulator, query).await;
        assert_eq!(refused(&answer, 500, "unhandled_exception"), json!({}), "{query}");
    }
    // The query is read after the token is checked, as the framework does.
    let path = format!("{}?per_page=5&per_page[]=6", paths::ORGANIZATION_VIRTUAL_MACHINES);
    let answer = send(&simulator, reqwest::Method::GET, &path, None, None).await;
    refused(&answer, 400, "missing_api_token");
}

#[tokio::test]
async fn repeated_keys_and_bare_names_read_as_rack_reads_them() {
    let simulator = simulator().await;
    let per_page = |answer: &Answer| answer.body["pagination"]["per_page"].as_i64();

    // The last of repeated plain keys wins, whichever is valid.
    let answer = list_machines(&simulator, "per_page=500&per_page=1").await;
    assert_eq!((answer.status, per_page(&answer)), (200, Some(1)), "{}", answer.body);
    let answer = list_machines(&simulator, "per_page=1&per_page=500").await;
    let detail = refused(&answer, 400, "invalid_argument");
    assert_eq!(
        (detail["issue"].as_str(), detail["argument"]["name"].as_str()),
        (Some("validation_error"), Some("per_page"))
    );

    // So within a lookup group: the organisation is the last one named.
    let path = format!(
        "{}?organization[sub_domain]={}&organization[sub_domain]={}",
        paths::ORGANIZATION_VIRTUAL_MACHINES,
        seeded::SUSPENDED_ORGANIZATION_SUB_DOMAIN,
        seeded::ORGANIZATION_SUB_DOMAIN
    );
    let answer = send(&simulator, reqwest::Method::GET, &path, Some(DEFAULT_TOKEN), None).await;
    assert!(fqdns(&answer).contains(&seeded::MANGO_FQDN));

    // A name without `=` is nil: the default applies.
    let answer = list_machines(&simulator, "per_page").await;
    assert_eq!((answer.status, per_page(&answer)), (200, Some(30)));

    // A hash or an array where an integer belongs.
    for query in ["page[]=2", "page[n]=2"] {
        let answer = list_machines(&simulator, query).await;
        let detail = refused(&answer, 400, "invalid_argument");
        assert_eq!(
            (detail["issue"].as_str(), detail["argument"]["name"].as_str()),
            (Some("invalid_scalar"), Some("page")),
            "{query}"
        );
    }
}

#[tokio::test]
async fn a_body_lookup_given_empty_or_twice_is_refused_as_the_framework_refuses_it() {
    let simulator = simulator().await;
    let create = |network: Value| json!({"organization": {"sub_domain": seeded::ORGANIZATION_SUB_DOMAIN}, "network": network, "version": "ipv4"});
    let path = paths::ORGANIZATION_IP_ADDRESSES;
    let argument = json!({
        "id": "CoreAPI/Endpoints/Organizations/IPAddresses/CreateEndpoint/network",
        "name": "network",
        "description": "All 'network[]' params are mutually exclusive, only one can be provided.",
    });

    let answer = send(
        &simulator,
        reqwest::Method::POST,
        path,
        Some(DEFAULT_TOKEN),
        Some(create(json!({}))),
    )
    .await;
    let detail = refused(&answer, 400, "invalid_argument");
    assert_eq!(answer.body["error"]["description"], "The 'network' argument is invalid");
    assert_eq!(
        detail,
        json!({
            "path": ["network"], "index": null, "issue": "missing_lookup_value",
            "issue_description": "One of 'id' or 'permalink' must be provided", "errors": [], "argument": argument,
        })
    );

    let both = create(json!({"id": "net_doesNotMatter0", "permalink": "uk-lon-01-public"}));
    let answer = send(&simulator, reqwest::Method::POST, path, Some(DEFAULT_TOKEN), Some(both)).await;
    let detail = refused(&answer, 400, "invalid_argument");
    assert_eq!(
        detail,
        json!({
            "path": ["network"], "index": null, "issue": "ambiguous_lookup_values",
            "issue_description": "Only one of 'id' or 'permalink' may be provided", "errors": [], "argument": argument,
        })
    );

    // Keys the lookup does not define are ignored, as the framework reads only its own.
    let one = create(json!({"permalink": "uk-lon-01-public", "name": "ignored"}));
    let answer = send(&simulator, reqwest::Method::POST, path, Some(DEFAULT_TOKEN), Some(one)).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["ip_address"]["network"]["permalink"], "uk-lon-01-public");
}

/// One lookup in a request body, as the spec defines it.
struct BodyLookup {
    operation: String,
    method: reqwest::Method,
    path: String,
    /// A body the spec's schema accepts.
    sample: Value,
    argument: String,
    keys: Vec<String>,
    required: bool,
}

/// Every lookup in a request body of the spec.
fn body_lookups() -> Vec<BodyLookup> {
    let spec = katapult_tests::spec();
    let mut lookups = Vec::new();
    for operation in spec.operations() {
        let Some(schema) = operation.value.pointer("/requestBody/content/application~1json/schema") else {
            continue;
        };
        let resolved = spec.deref(schema).expect("the body schema resolves");
        let required: Vec<&str> = resolved["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let properties = resolved["properties"].as_object().into_iter().flatten();
        for (argument, property) in properties {
            let Some(keys) = katapult_build_tools::openapi::lookup_keys(spec.raw(), property) else {
                continue;
            };
            lookups.push(BodyLookup {
                operation: operation.id().unwrap_or_default().to_owned(),
                method: operation.method.to_uppercase().parse().expect("a method"),
                path: operation.path.to_owned(),
                sample: katapult_build_tools::sample(spec.raw(), schema),
                argument: argument.clone(),
                keys,
                required: required.contains(&argument.as_str()),
            });
        }
    }
    lookups
}

#[tokio::test]
async fn every_body_lookup_may_be_left_out_exactly_when_the_spec_allows_it_and_never_given_empty() {
    let simulator = simulator().await;
    let lookups = body_lookups();
    assert!(!lookups.is_empty(), "the spec has body lookups");
    for lookup in &lookups {
        let (id, argument) = (&lookup.operation, lookup.argument.as_str());
        let sent = |body: Value| {
            send(
                &simulator,
                lookup.method.clone(),
                &lookup.path,
                Some(DEFAULT_TOKEN),
                Some(body),
            )
        };
        let with = |value: Option<Value>| {
            let mut body = lookup.sample.clone();
            let members = body.as_object_mut().expect("a body object");
            match value {
                Some(value) => members.insert(argument.to_owned(), value),
                None => members.remove(argument),
            };
            body
        };

        let answer = sent(with(None)).await;
        if lookup.required {
            let detail = refused(&answer, 400, "missing_required_argument");
            assert_eq!(detail["path"], json!([argument]), "{id}");
        } else {
            // Left out, it is not the reason for any refusal (the rest of the sample may
            // still name objects that do not exist).
            let about_it = answer.status == 400 && answer.body["error"]["detail"]["path"][0] == argument;
            assert!(
                !about_it,
                "{id}: leaving out the optional {argument} was refused: {}",
                answer.body
            );
        }

        let answer = sent(with(Some(json!({})))).await;
        let detail = refused(&answer, 400, "invalid_argument");
        assert_eq!(
            (detail["issue"].as_str(), detail["argument"]["name"].as_str()),
            (Some("missing_lookup_value"), Some(argument)),
            "{id}"
        );

        if lookup.keys.len() > 1 {
            let every_key: serde_json::Map<String, Value> =
                lookup.keys.iter().map(|k| (k.clone(), json!("x"))).collect();
            let answer = sent(with(Some(Value::Object(every_key)))).await;
            let detail = refused(&answer, 400, "invalid_argument");
            assert_eq!(
                (detail["issue"].as_str(), detail["argument"]["name"].as_str()),
                (Some("ambiguous_lookup_values"), Some(argument)),
                "{id}"
            );
        }
    }
}
