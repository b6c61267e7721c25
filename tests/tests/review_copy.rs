//! The checked-in review copies are exactly what the build scripts compile: each is
//! regenerated here, in-process, through the same build-tools function the build scripts
//! call, from the same spec. The build script compiles the tokens as they print, on one
//! line; the review copy is the same syntax tree printed for reading (`formatted`, what
//! `cargo xtask generate` writes), so a review copy equal to the compiled source formatted
//! is the compiled code, item for item.

use katapult_build_tools::{OUTPUTS, SPEC_FILE, Spec, formatted, generated_header};
use katapult_tests::workspace_root;

#[test]
fn review_copies_are_the_compiled_code_formatted() {
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
        let compiled = (output.generate)(&spec).unwrap_or_else(|e| panic!("{}: {e}", output.review_copy));
        assert!(
            compiled.starts_with(&generated_header()),
            "what is compiled is marked too"
        );
        assert!(
            compiled.lines().count() < 10,
            "the build script writes tokens, not a formatted file"
        );
        let laid_out = formatted(&compiled).expect("the compiled source parses");
        assert!(
            review == laid_out,
            "{} is stale: run `cargo xtask generate` and commit it",
            output.review_copy
        );
    }
}
