//! `recorded [PATH...]`: checks the Core API interactions of the go-vcr cassettes at PATH
//! (default: the project's corpus, `spec/recorded/`) against the spec and the SDK's types,
//! and prints the report as Markdown. Fails if an interaction since the vendor's document
//! fails. Run through `cargo xtask recorded`.

use std::path::PathBuf;
use std::process::ExitCode;

use katapult_build_tools::recorded;
use katapult_tests::{recorded::check, spec, workspace_root};

fn main() -> ExitCode {
    let root = workspace_root();
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let base = if paths.is_empty() {
        let corpus = root.join("spec/recorded");
        paths.push(corpus.clone());
        corpus
    } else {
        std::env::current_dir().unwrap_or_default()
    };
    let interactions = match recorded::read(&paths, &base) {
        Ok(interactions) => interactions,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    if interactions.is_empty() {
        eprintln!("error: no Core API interaction in the cassettes given");
        return ExitCode::FAILURE;
    }
    let report = check(spec(), &interactions);
    print!("{report}");
    let failures = report.failures_since_document().count();
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        eprintln!("error: {failures} recorded interaction(s) since the vendor's document fail (above)");
        ExitCode::FAILURE
    }
}
