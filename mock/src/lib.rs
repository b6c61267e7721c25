#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

/// The generated helpers: `MockServerExt` adds one method per operation to
/// `httpmock::MockServer`, taking typed `When` and `Then` builders.
#[allow(missing_docs, clippy::all, clippy::pedantic, clippy::unwrap_used)]
mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated_mocks.rs"));
}

pub use generated::{MockServerExt, operations};
