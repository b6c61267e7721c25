//! The checked-in review copies are exactly what the build scripts compile: each is
//! regenerated here, in-process, through the same build-tools function the build scripts
//! call, from the same spec, and compared byte for byte.

use katapult_build_tools::{OUTPUTS, SPEC_FILE, Spec, generated_header};
use katapult_tests::workspace_root;

#[test]
fn review_copies_equal_freshly_generated_code() {
    let root = workspace_root();
    let spec = Spec::load(&root.join(SPEC_FILE)).expect("the spec loads");
    for output in OUTPUTS {
        let path = root.join(output.review_copy);
        let review = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            review.starts_with(&generated_header()),
            "{} is marked as generated",
            output.review_copy
        );
        let fresh = (output.generate)(&spec).unwrap_or_else(|e| panic!("{}: {e}", output.review_copy));
        assert!(
            review == fresh,
            "{} is stale: run `cargo xtask generate` and commit it",
            output.review_copy
        );
    }
}
