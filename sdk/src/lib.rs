//! A typed async client for the [Katapult](https://katapult.io) Core API.
#![cfg_attr(
    all(feature = "virtual-machines", feature = "ip-addresses"),
    doc = r#"
With the default features (`virtual-machines`, `ip-addresses`):

```no_run
use futures::TryStreamExt;
use katapult_sdk::lookup::{IpAddress, VirtualMachine};
use katapult_sdk::types::ApiError;
use katapult_sdk::{Client, Error};

#[tokio::main]
async fn main() -> Result<(), Error> {
    // KATAPULT_API_TOKEN, and KATAPULT_API_URL if set (say, for the local simulator).
    let client = Client::from_env()?;
    let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");

    // Every interface, across pages, in order.
    let mut interfaces = client.list_network_interfaces(vm.clone()).per_page(100).stream();
    while let Some(interface) = interfaces.try_next().await? {
        println!("{} {}", interface.id, interface.name);
    }

    // Allocate an address, and tell a taken one from other failures.
    let address: std::net::IpAddr = "185.22.208.10".parse().expect("a valid address");
    match client.allocate_ip_address(vm, address).await {
        Ok(ip) => println!("allocated {}", ip.address),
        Err(Error::Api { error: ApiError::IpAlreadyAllocated { .. }, .. }) => println!("already taken"),
        Err(other) => return Err(other),
    }
    Ok(())
}
```
"#
)]
//!
//! # What is here
//! - [`Client`]: built with [`Client::new`], [`Client::from_env`] or [`Client::builder`];
//!   one method per operation, each returning a request from [`operations`].
//!   Every request carries the [`ApiToken`] as `Authorization: Bearer …` (never logged),
//!   is retried by the [`RetryPolicy`] only where it cannot run twice, paced from the rate
//!   limit each answer states ([`AdaptivePacing`]), held to a deadline, never redirected
//!   elsewhere, and traced with `tracing`; every answer is read up to
//!   [`ClientBuilder::max_response_bytes`] ([`DEFAULT_MAX_RESPONSE_BYTES`]). Each request's
//!   `send_with_metadata` gives the answer's request id and rate limit ([`Metadata`]) beside
//!   the typed answer; every error from an answer carries its request id.
//! - [`Secret`]: every member the spec marks secret (a token's secret, a private key, a
//!   password), redacted in `Debug` and `Display`.
//! - [`lookup`]: a virtual machine by ID or FQDN, an IP address by ID or address.
//! - [`Wait`]: waiting for work that finishes after its answer (a task, a virtual machine
//!   build) with `Client::wait_for_task` and `Client::wait_for_virtual_machine_build`:
//!   backing off, up to a timeout, reporting progress; a failure is
//!   [`Error::WorkFailed`], a timeout [`Error::WaitTimedOut`]. A family that starts work
//!   can await it: the read a wait needs (`get_task`) comes with every family holding an
//!   operation that answers with that work.
//! - [`Error`]: one error type; API errors are matched by the generated [`types::ApiError`].
//! - [`types`]: the request and response types, generated from the spec.
//! - [`operations`]: the request for every operation, generated from the spec.
//! - [`generated`]: progenitor's client underneath, for anything the surface above lacks.
//!
//! # Tracing
//! Each attempt of each request is a `katapult.request` span (at `INFO`) with the
//! operation, method, path, attempt, status, request id and duration; retries log a `DEBUG`
//! event.
//! Nothing is printed unless the application installs a `tracing` subscriber, and the
//! token is never recorded.
//!
//! # Features
//! One cargo feature per API family, as the spec groups its operations: a consumer
//! compiles only the families it enables (the build script gives the generator only their
//! operations and types). `full` enables every family; the README's features table says
//! what each brings and which are on by default. Each generated method and request says
//! which feature it needs. The `schemars` feature (off by default) derives
//! `schemars::JsonSchema` on every generated type.
//!
//! # TLS
//! rustls, with the platform's root certificates; no OpenSSL.

#![deny(missing_docs)]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
// With no operation enabled (`default-features = false` alone, or only families not
// imported yet), the runtime's helpers for requests have no caller;
// `katapult_any_operation` is set by the build script.
#![cfg_attr(not(katapult_any_operation), allow(dead_code))]
// `Error::Api` holds the generated `types::ApiError` unboxed so callers can match codes
// directly in patterns; a few hundred bytes on the error path is nothing beside a request.
#![allow(clippy::result_large_err)]

mod client;
mod config;
mod error;
pub mod lookup;
mod metadata;
mod pacing;
mod paginate;
mod presence;
mod query;
mod request;
mod response;
mod retry;
mod secret;
mod token;
mod transport;
mod wait;

/// The code generated from `spec/katapult-core.yaml`: progenitor's client and types, the
/// page limits (`paging`) and the SDK's request for every operation (`operations`, each
/// made by the method of the same name on [`Client`]).
///
/// progenitor's own methods, one per operation taking every argument at once
/// (`client.generated().list_virtual_machine_network_interfaces(None, None, None, Some("vm_…")).await`),
/// stay reachable: the SDK's requests send through them. Requests made there go through the same
/// transport as the rest of the SDK (token, retries, pacing, tracing, the body limit), but
/// errors are the generated `progenitor_client::Error`: an answer over the body limit
/// reaches it with an empty body, so it fails to decode rather than as
/// [`Error::ResponseTooLarge`]. The review copy of this code is
/// `sdk/generated/client.rs`; it is regenerated with `cargo xtask generate`, never edited.
// `unused_imports`: with no family enabled, progenitor's modules import what nothing uses.
#[allow(missing_docs, unused_imports, clippy::all, clippy::pedantic, clippy::unwrap_used)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_client.rs"));
}

pub use client::Client;
#[cfg(feature = "virtual-machines")]
pub use client::ListNetworkInterfaces;
pub use config::{
    ClientBuilder, DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_READ_TIMEOUT,
    DEFAULT_TIMEOUT, TOKEN_ENV, URL_ENV,
};
pub use error::{Error, Result};
pub use generated::paging::{DEFAULT_PER_PAGE, MAX_PER_PAGE};
pub use generated::waiting::Work;
pub use generated::{operations, types};
pub use metadata::{Metadata, RateLimit, WithMetadata};
pub use pacing::AdaptivePacing;
pub use paginate::{MAX_CONCURRENCY, Page};
pub use retry::RetryPolicy;
pub use secret::Secret;
pub use token::ApiToken;
pub use transport::Transport;
pub use wait::{DEFAULT_WAIT_TIMEOUT, Wait};

/// The workspace README's examples, compiled as doctests so they cannot rot. They use the
/// default features, as a new user has them.
#[doc = include_str!("../../README.md")]
#[cfg(all(doctest, feature = "virtual-machines", feature = "ip-addresses"))]
pub struct ReadmeDoctests;
