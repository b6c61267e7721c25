//! The checked-in review copy is exactly what `sdk/build.rs` compiled.

use katapult_build_tools::{GENERATED_HEADER, REVIEW_COPY};
use katapult_tests::workspace_root;

#[test]
fn review_copy_equals_the_compiled_client() {
    let path = workspace_root().join(REVIEW_COPY);
    let review = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        review.starts_with(GENERATED_HEADER),
        "the review copy is marked as generated"
    );
    assert!(
        review == katapult_sdk::GENERATED_SOURCE,
        "{REVIEW_COPY} is stale: run `cargo xtask generate` and commit it"
    );
}
