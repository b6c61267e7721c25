//! The checked-in review copies are exactly what the build scripts compiled.

use katapult_build_tools::{CLIENT, GENERATED_HEADER, MOCKS, OUTPUTS, Output};
use katapult_tests::workspace_root;

fn assert_review_copy(output: &Output, compiled: &str) {
    let path = workspace_root().join(output.review_copy);
    let review = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        review.starts_with(GENERATED_HEADER),
        "{} is marked as generated",
        output.review_copy
    );
    assert!(
        review == compiled,
        "{} is stale: run `cargo xtask generate` and commit it",
        output.review_copy
    );
}

#[test]
fn review_copies_equal_the_compiled_code() {
    assert_review_copy(&CLIENT, katapult_sdk::GENERATED_SOURCE);
    assert_review_copy(&MOCKS, katapult_sdk_mock::GENERATED_SOURCE);
    assert_eq!(OUTPUTS.len(), 2, "a new generated output needs its line above");
}
