//! `cargo xtask <task>`: the project's automation, in Rust so it runs the same everywhere.
//!
//! - `validate`: check the spec against the project's rules; print every problem.
//! - `generate`: write the review copies of the generated code (`sdk/generated/client.rs`,
//!   `mock/generated/mocks.rs`) and the README's table of operations.
//! - `check`: both, without writing; fail with a diff if a review copy is stale.
//! - `features`: each published crate's tests pass alone, under its own default features;
//!   the SDK with each family's feature alone, and with none, compiles and its doc examples pass.
//! - `conformance`: external validators on the spec, Schemathesis against the simulator,
//!   and the TLS stack (see `conformance.rs`).
//! - `package`: the published crates, packaged and used by a consumer crate from a local
//!   registry (see `package.rs`).
//! - `bench [--quick]`: the benchmarks and `BENCHMARKS.md` (see `bench.rs`).
//! - `changes [BASE]`, `drift [PATH]`: review aids (see `review.rs`).
//! - `recorded [PATH...]`, `recorded refresh CHECKOUT`: the spec against recorded live
//!   traffic, and the corpus's refresh (see `recorded.rs`).
//! - `import [--from PATH] OPERATION...`: operations from the vendor's document into the
//!   spec (see `import.rs`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use katapult_build_tools::{self as tools, Spec};

mod bench;
mod conformance;
mod coverage;
mod features;
mod import;
mod package;
mod process;
mod recorded;
mod review;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  validate   check the spec against the project's rules and print every problem
  generate   regenerate the checked-in review copies of the generated code
  check      validate, fail with a diff if a review copy is stale, and check the recorded
             traffic (for CI)
  features   test each published crate alone (its default features), and katapult-sdk's docs
             with each API family's feature alone, and none
  conformance  openapi-spec-validator, Redocly lint, Schemathesis against the simulator,
             and no OpenSSL (installs the tools into .tools/)
  package    cargo package every published crate, put them in a local registry,
             and build, run and test consumer/ against them by version only
  bench      run every benchmark and write BENCHMARKS.md (--quick: run each once, for CI)
  changes [BASE] [--fail-on-breaking] [--spec-only]
             what changed since BASE (default: merge base with main), as Markdown: in the
             spec, and in the Rust API by cargo-semver-checks (installed into .tools/)
  import [--from PATH] OPERATION...
             bring operations ('METHOD /path' or the vendor's operationId, either followed
             by 'as OUR_ID' to name it) from the vendor's OpenAPI document (default: the
             pinned copy) into spec/, in its conventions
  recorded [PATH...]
             every Core API interaction of the go-vcr cassettes at PATH (default:
             spec/recorded/) matched to its operation, decoded with the SDK's types and
             encoded again; members the spec does not know, by object
  recorded refresh CHECKOUT [--commit SHA]
             spec/recorded/ from a checkout of krystal/terraform-provider-katapult
  drift [PATH] [--fail-on-drift]
             how our operations differ from the vendor's OpenAPI document (default: the
             pinned copy, spec/vendor/katapult-core-openapi.json)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = tools::workspace_root_from_manifest_dir(env!("CARGO_MANIFEST_DIR"));
    let result = match args.first().map(String::as_str) {
        Some("validate") => validate(&root).map(|_| ()),
        Some("generate") => generate(&root, Mode::Write),
        Some("check") => generate(&root, Mode::Check).and_then(|()| recorded::check(&root, &[])),
        Some("recorded") => match args.get(1).map(String::as_str) {
            Some("refresh") => match args.get(2) {
                Some(checkout) => {
                    let commit = args.iter().position(|a| a == "--commit").and_then(|i| args.get(i + 1));
                    recorded::refresh(&root, Path::new(checkout), commit.map(String::as_str))
                }
                None => Err("recorded refresh needs the path of a provider checkout".into()),
            },
            _ => recorded::check(&root, &args[1..]),
        },
        Some("conformance") => conformance::run(&root),
        Some("features") => features::run(&root),
        Some("package") => package::run(&root),
        Some("bench") => bench::run(&root, args.iter().any(|a| a == "--quick")),
        Some("changes") => {
            let base = args.iter().skip(1).find(|a| !a.starts_with("--")).map(String::as_str);
            let flag = |name: &str| args.iter().any(|a| a == name);
            review::changes_since(&root, base, flag("--fail-on-breaking"), flag("--spec-only"))
        }
        Some("drift") => {
            let path = match args.iter().skip(1).find(|a| !a.starts_with("--")) {
                Some(path) => PathBuf::from(path),
                None => root.join(review::VENDOR_DOCUMENT),
            };
            review::drift_from(&root, &path, args.iter().any(|a| a == "--fail-on-drift"))
        }
        Some("import") => {
            let mut from = root.join(review::VENDOR_DOCUMENT);
            let mut operations = Vec::new();
            let mut rest = args.iter().skip(1);
            while let Some(arg) = rest.next() {
                match arg.as_str() {
                    "-h" | "--help" => {
                        print!("{}", import::USAGE);
                        return ExitCode::SUCCESS;
                    }
                    "--from" => match rest.next() {
                        Some(path) => from = PathBuf::from(path),
                        None => return fail("--from needs a path".into()),
                    },
                    _ => operations.push(arg.clone()),
                }
            }
            import::run(&root, &from, &operations)
        }
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
        None => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => fail(message),
    }
}

fn fail(message: String) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Write,
    Check,
}

/// Loads and validates the spec; prints every problem and fails if there is any.
fn validate(root: &Path) -> Result<Spec, String> {
    let spec = Spec::load(&root.join(tools::SPEC_FILE)).map_err(|e| e.to_string())?;
    let problems = tools::validate(&spec);
    if problems.is_empty() {
        let examples = spec.examples().len();
        let operations = spec.operations().len();
        println!(
            "{}: valid ({operations} operations, {examples} examples, {} rules)",
            tools::SPEC_FILE,
            tools::RULES.len()
        );
        return Ok(spec);
    }
    for problem in &problems {
        eprintln!("{}", relative(root, problem));
    }
    Err(format!("{} problem(s) in {}", problems.len(), tools::SPEC_FILE))
}

fn relative(root: &Path, problem: &tools::Problem) -> String {
    let mut problem = problem.clone();
    if let Ok(rel) = problem.file.strip_prefix(root) {
        problem.file = rel.to_path_buf();
    }
    problem.to_string()
}

fn generate(root: &Path, mode: Mode) -> Result<(), String> {
    let spec = validate(root)?;
    let mut stale = Vec::new();
    for output in tools::OUTPUTS {
        if !regenerate(root, &spec, &output, mode)? {
            stale.push(output.review_copy);
        }
    }
    let readme_path = root.join(coverage::FILE);
    let readme =
        std::fs::read_to_string(&readme_path).map_err(|e| format!("cannot read {}: {e}", readme_path.display()))?;
    let current = coverage::update(&readme, &spec)?;
    if current == readme {
        println!("{}: operations and features tables up to date", coverage::FILE);
    } else if mode == Mode::Write {
        std::fs::write(&readme_path, current).map_err(|e| format!("cannot write {}: {e}", readme_path.display()))?;
        println!("{}: operations and features tables written", coverage::FILE);
    } else {
        let diff = similar::TextDiff::from_lines(&readme, &current);
        eprint!(
            "{}",
            diff.unified_diff()
                .context_radius(2)
                .header(coverage::FILE, "regenerated")
        );
        stale.push(coverage::FILE);
    }
    if stale.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} stale: run `cargo xtask generate` and commit the result",
            stale.join(" and ")
        ))
    }
}

/// Brings one review copy up to date (or, checking, diffs it); whether it was current.
fn regenerate(root: &Path, spec: &Spec, output: &tools::Output, mode: Mode) -> Result<bool, String> {
    let name = output.review_copy;
    let source = (output.generate)(spec)
        .and_then(|source| tools::formatted(&source))
        .map_err(|e| e.to_string())?;
    let target: PathBuf = root.join(name);
    let current = std::fs::read_to_string(&target).ok();
    if current.as_deref() == Some(source.as_str()) {
        println!("{name}: up to date");
        return Ok(true);
    }
    match mode {
        Mode::Write => {
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&target, &source).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            println!("{name}: written");
            Ok(true)
        }
        Mode::Check => {
            let old = current.unwrap_or_default();
            let diff = similar::TextDiff::from_lines(&old, &source);
            eprint!("{}", diff.unified_diff().context_radius(3).header(name, "regenerated"));
            Ok(false)
        }
    }
}
