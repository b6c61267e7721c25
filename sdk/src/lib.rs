#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![forbid(unsafe_code)]

/// The client progenitor generates from `spec/katapult-core.yaml`.
///
/// Every operation is a builder: `client.list_virtual_machine_network_interfaces()
/// .virtual_machine_id("vm_…").send().await`. The review copy of this code is
/// `sdk/generated/client.rs`; it is regenerated with `cargo xtask generate`, never edited.
#[allow(missing_docs, clippy::all, clippy::pedantic, clippy::unwrap_used)]
pub mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_client.rs"));
}

pub use generated::types;

/// The generated client's source, exactly as compiled (for the test that holds the
/// checked-in review copy to it).
#[doc(hidden)]
pub const GENERATED_SOURCE: &str = include_str!(concat!(env!("OUT_DIR"), "/generated_client.rs"));

/// The workspace README's examples, compiled as doctests so they cannot rot.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
