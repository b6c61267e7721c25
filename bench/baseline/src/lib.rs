//! Intentionally empty: this crate exists so `cargo xtask bench` can time a cold build of
//! the SDK's dependencies alone, and report the SDK's cold build as a ratio against it.
