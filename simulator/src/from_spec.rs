//! The spec's contracts, and the one decision of how each operation is answered
//! ([`Answering`]): the bottom of the simulator's layers (contracts → kept state → the
//! handlers that answer), importing neither.
//!
//! The simulator's build script embeds each operation's contract (build-tools'
//! `request_contracts`): its scopes, query parameters, lookups, the body's required
//! properties, and its first success example. A request is checked (`checking.rs`) as the
//! service checks it, in the framework's order (the bearer token, the rate limit and the scopes; then each
//! lookup, exactly one key, though a body lookup the body's schema does not require may be
//! left out; then required arguments, integer bounds and the items of `x[][field]` arrays),
//! and a valid one gets the example, with the example's status, which the kept state
//! (`resources.rs`, `kept.rs`) then makes say what it holds. The query is read as Rack reads it
//! (`query.rs`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::http::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use crate::errors::ApiFailure;
use crate::modelled::{BUILDS, MODELLED, ORGANIZATIONS};
use crate::query;

/// What the spec says of one operation (the shape build-tools writes).
#[derive(Debug, Deserialize)]
pub(crate) struct Contract {
    pub(crate) operation_id: String,
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) endpoint: String,
    pub(crate) scopes: Vec<String>,
    pub(crate) query: Vec<QueryParameter>,
    pub(crate) lookups: Vec<Lookup>,
    pub(crate) body: Option<Body>,
    pub(crate) answer: Answer,
    /// The work the answer starts or reads again (`work.rs`).
    #[serde(default)]
    pub(crate) work: crate::work::Work,
    /// Its part in a resource the simulator keeps (`resources.rs`), if it has one.
    #[serde(default)]
    pub(crate) resource: Option<Role>,
    /// What it changes in the objects it acts on: the spec's `x-changes` (`changes.rs`).
    #[serde(default)]
    pub(crate) changes: Option<Value>,
    /// The kept objects a read answers with: the spec's `x-reads` (`changes.rs`).
    #[serde(default)]
    pub(crate) reads: Option<Value>,
    /// How it is handled, decided on first use ([`Contract::handler`]).
    #[serde(skip)]
    pub(crate) handler: OnceLock<Handler>,
    /// The error answers its examples document.
    #[serde(default)]
    pub(crate) errors: Vec<Documented>,
}

/// One operation's part in the state the simulator keeps (build-tools' `resources::Role`).
#[derive(Clone, Debug, Deserialize)]
pub(crate) struct Role {
    /// The kind of object: its answer property (`disk`, `object_storage_access_key`).
    pub(crate) kind: String,
    /// The lookup argument that names one (`disk`, `access_key`).
    pub(crate) argument: String,
    /// Its component schema (`Disk`): the trash's `object_type`.
    pub(crate) component: String,
    /// `create`, `list`, `get`, `update`, `delete`, `action`; `catalog_get`, `catalog_list`;
    /// `trash_get`, `trash_list`, `restore`, `purge`, `purge_all`.
    pub(crate) role: String,
    pub(crate) parent: Option<String>,
    pub(crate) items: Option<String>,
    pub(crate) keys: Vec<String>,
    pub(crate) settable: Vec<String>,
    pub(crate) to_trash: bool,
    /// Lookups that must name objects that exist, each with the error its absence is.
    #[serde(default)]
    pub(crate) references: Vec<(String, String)>,
    /// The documented error for an object of the kind that does not exist.
    #[serde(default)]
    pub(crate) missing: String,
}

/// The kind of object a lookup `argument` names, among the kinds the simulator keeps or
/// catalogs: the kind looked up by that argument, of that name, or one whose name and the
/// argument end alike (`disk_io_profile` for `io_profile`). `None` for a kind it holds
/// nothing of (an object storage cluster), whose lookups it cannot check.
pub(crate) fn kind_named_by(argument: &str) -> Option<&'static str> {
    let roles = || {
        contracts()
            .unwrap_or_default()
            .iter()
            .filter_map(|c| c.resource.as_ref())
    };
    roles()
        .find(|r| r.argument == argument)
        .or_else(|| roles().find(|r| r.kind == argument))
        .or_else(|| {
            roles().find(|r| r.kind.ends_with(&format!("_{argument}")) || argument.ends_with(&format!("_{}", r.kind)))
        })
        .map(|r| r.kind.as_str())
}

/// How the simulator answers an operation: decided once per operation, from the spec's
/// contract and the few operations modelled by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Answering {
    /// By hand, with the world's state ([`MODELLED`]).
    Modelled,
    /// From the spec, adding the machine it builds to the world ([`BUILDS`]).
    Builds,
    /// From the kept state: creates, reads, updates, deletes, the trash, and actions that
    /// change what they act on.
    Kept,
    /// From the one seeded catalog of a read-only family (countries, packages, templates).
    Catalog,
    /// With the spec's example, the request checked ([`answered_from_examples`]).
    FromExamples,
}

impl Answering {
    /// How the README's coverage table names it.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Modelled => "modelled",
            Self::Builds => "kept, adds the machine",
            Self::Kept => "kept",
            Self::Catalog => "catalog",
            Self::FromExamples => "from examples",
        }
    }
}

/// How a request to an operation is handled: [`Answering`] with the hand-modelled ways
/// told apart, decided once per operation ([`Contract::handler`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Handler {
    /// By its own route (`api.rs`, `management.rs`): [`MODELLED`].
    Hand,
    /// From the spec, adding the machine it builds: [`BUILDS`].
    Build,
    /// From the world's organisations: [`ORGANIZATIONS`].
    Organizations,
    /// From the kept state (`resources.rs`).
    Kept,
    /// From the catalog (`resources.rs`).
    Catalog,
    /// With the example.
    Example,
}

impl Handler {
    fn answering(self) -> Answering {
        match self {
            Self::Hand => Answering::Modelled,
            Self::Build => Answering::Builds,
            Self::Organizations | Self::Kept => Answering::Kept,
            Self::Catalog => Answering::Catalog,
            Self::Example => Answering::FromExamples,
        }
    }
}

/// An error answer the spec documents for an operation, with its example.
#[derive(Debug, Deserialize)]
pub(crate) struct Documented {
    pub(crate) status: u16,
    pub(crate) code: String,
    pub(crate) body: Value,
}

/// A checked request's arguments, for an operation that keeps state to read.
#[derive(Debug)]
pub(crate) struct Arguments {
    pub(crate) params: query::Params,
    pub(crate) body: Value,
    /// Each lookup given: its argument, key and value.
    pub(crate) lookups: Vec<(&'static str, &'static str, String)>,
}

impl Arguments {
    /// The key and value the lookup `argument` was given by, if it was given.
    pub(crate) fn lookup(&self, argument: &str) -> Option<(&'static str, String)> {
        self.lookups
            .iter()
            .find(|(a, ..)| *a == argument)
            .map(|(_, key, value)| (*key, value.clone()))
    }

    /// Each lookup given: its argument, key and value.
    pub(crate) fn lookups(&self) -> impl Iterator<Item = (&'static str, &'static str, String)> + '_ {
        self.lookups.iter().cloned()
    }

    /// The value of the argument `name`: the body's member, or the query's.
    pub(crate) fn value(&self, name: &str) -> Option<Value> {
        self.body
            .get(name)
            .or_else(|| query::value_at(&self.params, name))
            .cloned()
    }

    /// The JSON body (an empty object when there is none).
    pub(crate) fn body(&self) -> &Value {
        &self.body
    }

    /// The query, as Rack reads it.
    pub(crate) fn params(&self) -> &query::Params {
        &self.params
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct QueryParameter {
    pub(crate) name: String,
    pub(crate) required: bool,
    pub(crate) integer: Option<Bounds>,
    /// The parameter's schema, self-contained.
    pub(crate) schema: Value,
    pub(crate) description: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Bounds {
    pub(crate) minimum: Option<i64>,
    pub(crate) maximum: Option<i64>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Lookup {
    pub(crate) argument: String,
    #[serde(rename = "in")]
    pub(crate) location: String,
    pub(crate) keys: Vec<String>,
    pub(crate) description: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Body {
    pub(crate) required: Vec<String>,
    pub(crate) descriptions: BTreeMap<String, Option<String>>,
    /// The body's schema, self-contained (OpenAPI 3.0's dialect: `nullable`).
    pub(crate) schema: Value,
}

#[derive(Debug, Deserialize)]
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: Value,
}

/// Every operation's contract, as embedded at build time.
pub(crate) fn contracts() -> Result<&'static [Contract], &'static str> {
    static CONTRACTS: OnceLock<Result<Vec<Contract>, String>> = OnceLock::new();
    CONTRACTS
        .get_or_init(|| {
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/contracts.json")))
                .map_err(|e| format!("the embedded request contracts do not read: {e}"))
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(String::as_str)
}

/// How each operation of the spec is answered, by `operationId`, in the spec's order.
pub fn answering() -> Vec<(&'static str, Answering)> {
    contracts()
        .unwrap_or_default()
        .iter()
        .map(|c| (c.operation_id.as_str(), c.answering()))
        .collect()
}

/// The operations answered from the spec's examples, by `operationId`: the request is
/// checked, the answer is the example whatever it asked.
pub fn answered_from_examples() -> Vec<&'static str> {
    answered(Answering::FromExamples)
}

/// The operations answered from the state the simulator keeps from the spec, by
/// `operationId` (see the crate docs).
pub fn kept() -> Vec<&'static str> {
    answered(Answering::Kept)
}

/// Why each operation still answered from the spec's examples is, by `operationId`.
pub(crate) const LEFT: &[(&str, &str)] = &[
    (
        "list_global_address_lists",
        "global address lists are Katapult's own: the simulator holds none",
    ),
    (
        "bulk_change_address_list_entries",
        "a bulk change of entries is not kept yet (one at a time is)",
    ),
    (
        "get_default_network_of_data_center",
        "a data centre without a default network has no documented answer",
    ),
    (
        "get_disk_template_version_spec",
        "a version's spec is a document, not a kept object",
    ),
    ("invalidate_linked_web_session", "web sessions are not modelled"),
    (
        "get_object_storage_object",
        "objects are uploaded through S3, not this API: none to read",
    ),
    ("deletion_steps", "an organisation's deletion is not modelled"),
    (
        "list_disk_backup_policies",
        "the organisation-wide list crosses two parents (disks and machines)",
    ),
    ("list_nameservers", "the service's own nameservers: a fixed answer"),
    (
        "get_object_storage_account_details",
        "an account is found by organisation and cluster together, which no role reads yet",
    ),
    (
        "create_object_storage_account",
        "an account is found by organisation and cluster together, which no role reads yet",
    ),
    (
        "move_object_storage_to_trash",
        "an account is found by organisation and cluster together, which no role reads yet",
    ),
    (
        "get_organization_limits_and_usage",
        "an organisation's policy, limits and prices are the service's own figures",
    ),
    (
        "get_organization_policy_limits",
        "an organisation's policy, limits and prices are the service's own figures",
    ),
    (
        "get_organization_prices",
        "an organisation's policy, limits and prices are the service's own figures",
    ),
    (
        "get_authorized_keys_for_virtual_machine",
        "answers as the machine's own token, which the simulator does not issue",
    ),
    (
        "create_virtual_network_interface",
        "a new interface (on a network or a virtual network) is not added to the hand-modelled world yet",
    ),
    (
        "get_virtual_machine_network_interface_by_network",
        "the hand-modelled world's interfaces are not found by their network yet",
    ),
];

/// Why an operation is still answered from the spec's examples ([`answered_from_examples`]);
/// `None` for one that is not, or whose reason is missing (a test holds every one named).
pub fn left_because(operation_id: &str) -> Option<&'static str> {
    LEFT.iter().find(|(id, _)| *id == operation_id).map(|(_, why)| *why)
}

fn answered(way: Answering) -> Vec<&'static str> {
    answering()
        .into_iter()
        .filter(|(_, answered)| *answered == way)
        .map(|(id, _)| id)
        .collect()
}

/// Every scope some operation of the spec needs.
pub(crate) fn all_scopes() -> Vec<&'static str> {
    let mut scopes: Vec<&str> = contracts()
        .unwrap_or_default()
        .iter()
        .flat_map(|c| c.scopes.iter().map(String::as_str))
        .collect();
    scopes.sort_unstable();
    scopes.dedup();
    scopes
}

/// The contract for `method` and `path` (below the base path), if the spec has one that the
/// simulator does not model by hand.
pub(crate) fn find(method: &str, path: &str) -> Option<&'static Contract> {
    contracts()
        .ok()?
        .iter()
        .find(|c| c.method == method && path_matches(&c.path, path) && c.answering() != Answering::Modelled)
}

/// Whether `path` fits the spec's `template`, each `{name}` segment standing for one
/// non-empty segment.
fn path_matches(template: &str, path: &str) -> bool {
    let (template, path): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    template.len() == path.len()
        && template
            .iter()
            .zip(&path)
            .all(|(t, p)| t == p || (t.starts_with('{') && t.ends_with('}') && !p.is_empty()))
}

impl Contract {
    /// How it is handled: the one place that decides, once.
    pub(crate) fn handler(&self) -> Handler {
        *self.handler.get_or_init(|| {
            let id = self.operation_id.as_str();
            if MODELLED.contains(&id) {
                return Handler::Hand;
            }
            if BUILDS.contains(&id) {
                return Handler::Build;
            }
            if ORGANIZATIONS.contains(&id) {
                return Handler::Organizations;
            }
            // The work ledger is state too: a task read again is where it stands.
            if self.reads.is_some() || self.work.reads_work() {
                return Handler::Kept;
            }
            match self.resource.as_ref().map(|r| r.role.as_str()) {
                Some("catalog_get" | "catalog_list") => Handler::Catalog,
                // A kind whose list is modelled by hand is the world's (network interfaces):
                // what a create would keep, the world's list would not show.
                Some("create") if self.kind_listed_by_hand() => Handler::Example,
                Some(_) => Handler::Kept,
                None => Handler::Example,
            }
        })
    }

    /// How it is answered ([`Answering`]).
    pub(crate) fn answering(&self) -> Answering {
        self.handler().answering()
    }

    fn kind_listed_by_hand(&self) -> bool {
        let Some(role) = &self.resource else { return false };
        contracts().unwrap_or_default().iter().any(|c| {
            MODELLED.contains(&c.operation_id.as_str())
                && c.resource
                    .as_ref()
                    .is_some_and(|r| r.kind == role.kind && r.role == "list")
        })
    }

    /// The framework's name for its endpoint, as `invalid_argument` details give it.
    pub(crate) fn endpoint(&self) -> &str {
        &self.endpoint
    }

    /// Its example answer.
    pub(crate) fn example(&self) -> &Value {
        &self.answer.body
    }

    /// The object its example answer holds under `property`, or an empty object.
    pub(crate) fn example_object(&self, property: &str) -> Value {
        self.answer
            .body
            .get(property)
            .filter(|o| o.is_object())
            .cloned()
            .unwrap_or_else(|| Value::Object(serde_json::Map::new()))
    }

    /// Its documented not-found error (the first 404 its examples give).
    pub(crate) fn not_found(&'static self) -> ApiFailure {
        let code = self
            .errors
            .iter()
            .find(|e| e.status == 404)
            .map_or("not_found", |e| e.code.as_str());
        self.refusal(code, StatusCode::NOT_FOUND)
    }

    /// The documented error `code`, as its example gives it; one its examples do not
    /// document (which `cargo xtask validate` reports in `x-changes`) is `status` with the
    /// code as its description.
    pub(crate) fn refusal(&'static self, code: &str, status: StatusCode) -> ApiFailure {
        self.documented(code).unwrap_or_else(|| {
            let generic = if status == StatusCode::NOT_FOUND {
                "not_found"
            } else {
                "validation_error"
            };
            ApiFailure::new(status, generic, code.to_owned(), serde_json::json!({}))
        })
    }

    /// The documented error answer with `code`, as its example gives it.
    pub(crate) fn documented(&'static self, code: &str) -> Option<ApiFailure> {
        let documented = self.errors.iter().find(|e| e.code == code)?;
        let error = documented.body.get("error")?;
        Some(ApiFailure::new(
            StatusCode::from_u16(documented.status).ok()?,
            documented.code.as_str(),
            error.get("description").and_then(Value::as_str).unwrap_or_default(),
            error
                .get("detail")
                .cloned()
                .unwrap_or_else(|| Value::Object(serde_json::Map::new())),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_contracts_read_and_name_the_modelled_operations() {
        let contracts = contracts().unwrap_or_else(|e| panic!("{e}"));
        for modelled in MODELLED {
            assert!(
                contracts.iter().any(|c| c.operation_id == *modelled),
                "{modelled} is modelled but not in the spec"
            );
        }
        assert!(all_scopes().contains(&"ip_addresses"));
    }
}
