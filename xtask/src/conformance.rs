//! `cargo xtask conformance`: the spec and the simulator, checked by tools others wrote.
//!
//! - `openapi-spec-validator` (PyPI) and Redocly CLI `lint` (npm) on the spec: no errors, and
//!   no warnings beyond those switched off in `spec/conformance/redocly.yaml` with reasons.
//! - Schemathesis (PyPI) against the simulator on 127.0.0.1: every operation, every check
//!   (settings and replacements in `spec/conformance/`), positive and negative cases; at
//!   least [`MIN_CASES`] cases, no failures.
//! - Rack's own `parse_nested_query` (Debian's `ruby-rack`, installed with apt-get when
//!   missing) on the query every operation sends, as `tests/query_encoding.rs` records it:
//!   each must parse into exactly what was meant.
//! - The dependency tree has no OpenSSL.
//!
//! The tools are installed, at pinned versions, into `.tools/` (git-ignored) on first use.

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use katapult_build_tools::SPEC_FILE;
use katapult_simulator::{BASE_PATH, DEFAULT_TOKEN, SeedOptions, World, paths, seeded};

use crate::process::{run_checked, target_dir};

/// PyPI packages, pinned.
const PYTHON_TOOLS: &[&str] = &["schemathesis==4.32.5", "openapi-spec-validator==0.9.0"];
/// npm packages, pinned.
const NODE_TOOLS: &[&str] = &["@redocly/cli@2.77.0"];
/// The fewest Schemathesis cases a run must make.
pub const MIN_CASES: u64 = 1_000;
/// Cases asked of Schemathesis over the whole spec, shared among its operations, so the
/// run's length stays in CI's budget as operations are added (it makes more across its
/// phases; 30 operations at 500 each made about 15,000 in 6.6 minutes).
const CASE_BUDGET: u32 = 15_000;
/// Cases per operation, however many operations there are: the fewest and the most asked.
const EXAMPLES_PER_OPERATION: std::ops::RangeInclusive<u32> = 25..=500;

/// Cases per operation asked of Schemathesis for a spec of `operations` operations.
fn max_examples(operations: usize) -> u32 {
    let operations = u32::try_from(operations.max(1)).unwrap_or(u32::MAX);
    (CASE_BUDGET / operations).clamp(*EXAMPLES_PER_OPERATION.start(), *EXAMPLES_PER_OPERATION.end())
}
const CONFIG_DIR: &str = "spec/conformance";

pub fn run(root: &Path) -> Result<(), String> {
    let tools = root.join(".tools");
    let venv = python_tools(&tools)?;
    let redocly = node_tools(&tools)?;
    let spec = root.join(SPEC_FILE);

    section("openapi-spec-validator");
    let validator = capture(Command::new(venv.join("bin/openapi-spec-validator")).arg(&spec), root)?;
    print!("{}", validator.text);
    if !validator.ok {
        return Err("openapi-spec-validator found errors".into());
    }

    section("Redocly CLI lint");
    let lint = capture(
        Command::new(&redocly)
            .args(["lint", SPEC_FILE, "--format", "summary", "--config"])
            .arg(format!("{CONFIG_DIR}/redocly.yaml"))
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
            .env("NO_COLOR", "1"),
        root,
    )?;
    print!("{}", lint.text);
    let warnings = lint
        .text
        .lines()
        .filter(|l| l.trim_start().starts_with("warning "))
        .count();
    let errors = lint
        .text
        .lines()
        .filter(|l| l.trim_start().starts_with("error "))
        .count();
    if !lint.ok || errors > 0 || warnings > 0 {
        return Err(format!(
            "Redocly: {errors} error rule(s), {warnings} warning rule(s); fix them or switch them off in {CONFIG_DIR}/redocly.yaml with the reason"
        ));
    }

    section("Rack's parser on the SDK's queries");
    let queries = rack_queries(root)?;

    section("Schemathesis against the simulator");
    let cases = schemathesis(root, &venv)?;

    section("TLS");
    let tree = capture(
        Command::new(env!("CARGO")).args(["tree", "--workspace", "--edges", "normal,build", "--prefix", "none"]),
        root,
    )?;
    if !tree.ok {
        return Err(format!("cargo tree failed:\n{}", tree.text));
    }
    // The crates that bind OpenSSL. (`openssl-probe`, pure Rust, only finds certificate
    // files for rustls' platform roots.)
    let openssl: Vec<&str> = tree
        .text
        .lines()
        .filter(|l| l.starts_with("openssl ") || l.starts_with("openssl-sys "))
        .collect();
    if !openssl.is_empty() {
        return Err(format!("OpenSSL is in the dependency tree:\n{}", openssl.join("\n")));
    }
    let rustls = tree.text.lines().any(|l| l.starts_with("rustls "));
    if !rustls {
        return Err("rustls is not in the dependency tree: the default TLS stack changed".into());
    }
    println!("no OpenSSL in the dependency tree; TLS is rustls");

    section("summary");
    println!("openapi-spec-validator: valid");
    println!("Redocly lint: 0 errors, 0 warnings (waivers: {CONFIG_DIR}/redocly.yaml)");
    println!("Rack parse_nested_query: {queries} queries read as meant");
    println!("Schemathesis: {cases} cases, 0 failures");
    println!("OpenSSL: absent; TLS: rustls");
    Ok(())
}

fn section(title: &str) {
    println!("\n== {title}");
}

/// A finished command's combined output and whether it succeeded.
struct Output {
    ok: bool,
    text: String,
}

fn capture(command: &mut Command, dir: &Path) -> Result<Output, String> {
    let shown = format!("{command:?}");
    let output = command
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {shown}: {e}"))?;
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    Ok(Output {
        ok: output.status.success(),
        text,
    })
}

/// The virtualenv with the PyPI tools, made or refreshed when the pins change.
fn python_tools(tools: &Path) -> Result<PathBuf, String> {
    let venv = tools.join("venv");
    let stamp = venv.join("katapult-pins.txt");
    let pins = PYTHON_TOOLS.join("\n");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(pins.as_str()) {
        println!("installing {} into {}", PYTHON_TOOLS.join(", "), venv.display());
        run_checked(
            Command::new("python3").args(["-m", "venv"]).arg(&venv),
            "create a Python virtualenv",
        )?;
        run_checked(
            Command::new(venv.join("bin/python"))
                .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check"])
                .args(PYTHON_TOOLS),
            "install the PyPI tools",
        )?;
        std::fs::write(&stamp, pins).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    }
    Ok(venv)
}

/// Redocly CLI, installed with npm when the pins change.
fn node_tools(tools: &Path) -> Result<PathBuf, String> {
    let prefix = tools.join("node");
    let stamp = prefix.join("katapult-pins.txt");
    let pins = NODE_TOOLS.join("\n");
    let redocly = prefix.join("node_modules/.bin/redocly");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(pins.as_str()) || !redocly.exists() {
        println!("installing {} into {}", NODE_TOOLS.join(", "), prefix.display());
        std::fs::create_dir_all(&prefix).map_err(|e| format!("cannot create {}: {e}", prefix.display()))?;
        run_checked(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--silent", "--prefix"])
                .arg(&prefix)
                .args(NODE_TOOLS)
                .env("REDOCLY_TELEMETRY", "off"),
            "install the npm tools",
        )?;
        std::fs::write(&stamp, pins).map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
    }
    Ok(redocly)
}

/// Debian's package of Rack (with Ruby), for the service's own query parser.
const RACK_PACKAGE: &str = "ruby-rack";

/// Ruby with Rack, installed from Debian's packages when it is not already there.
fn rack() -> Result<(), String> {
    let present = || {
        Command::new("ruby")
            .args(["-e", "require 'rack'"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if present() {
        return Ok(());
    }
    println!("installing {RACK_PACKAGE} with apt-get");
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y", "--no-install-recommends", "-qq", RACK_PACKAGE])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    // A fresh machine may not have read the package lists yet.
    if !install() {
        run_checked(
            Command::new("apt-get").args(["update", "-qq"]),
            "read Debian's package lists",
        )?;
        if !install() {
            return Err(format!(
                "cannot install {RACK_PACKAGE} with apt-get (run as root, or install it)"
            ));
        }
    }
    if present() {
        Ok(())
    } else {
        Err(format!(
            "{RACK_PACKAGE} is installed but `ruby -e \"require 'rack'\"` fails"
        ))
    }
}

/// Records the query of every operation that sends one (`tests/query_encoding.rs`), parses
/// each with Rack's `parse_nested_query` and compares it with what was meant; the number of
/// queries checked.
fn rack_queries(root: &Path) -> Result<usize, String> {
    rack()?;
    let work = target_dir(root).join("conformance");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let cases_file = work.join("query-cases.json");
    run_checked(
        Command::new(env!("CARGO"))
            .args([
                "test",
                "--quiet",
                "--package",
                "katapult-tests",
                "--test",
                "query_encoding",
            ])
            .env("KATAPULT_QUERY_CASES", &cases_file)
            .current_dir(root),
        "record the SDK's queries (tests/query_encoding.rs)",
    )?;
    let text =
        std::fs::read_to_string(&cases_file).map_err(|e| format!("cannot read {}: {e}", cases_file.display()))?;
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text)
        .map_err(|e| format!("{}: not the cases written by the test: {e}", cases_file.display()))?;
    let parsed = capture(
        Command::new("ruby")
            .arg(root.join(CONFIG_DIR).join("rack_query.rb"))
            .arg(&cases_file),
        root,
    )?;
    if !parsed.ok {
        return Err(format!("Rack could not parse the queries:\n{}", parsed.text));
    }
    let mut wrong = Vec::new();
    let lines: Vec<serde_json::Value> = parsed
        .text
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    if lines.len() != cases.len() {
        return Err(format!(
            "Rack answered {} of {} queries:\n{}",
            lines.len(),
            cases.len(),
            parsed.text
        ));
    }
    for (case, answer) in cases.iter().zip(&lines) {
        let operation = case["operation"].as_str().unwrap_or_default();
        println!("{operation}: {}", case["query"].as_str().unwrap_or_default());
        match answer.get("parsed") {
            Some(read) if *read == case["meant"] => println!("  Rack reads {read}: as meant"),
            Some(read) => {
                println!("  Rack reads {read}\n  but meant  {}", case["meant"]);
                wrong.push(operation.to_owned());
            }
            None => {
                println!("  Rack refuses it: {}", answer["error"]);
                wrong.push(operation.to_owned());
            }
        }
    }
    if wrong.is_empty() {
        Ok(cases.len())
    } else {
        Err(format!(
            "Rack reads these operations' queries otherwise than meant: {}",
            wrong.join(", ")
        ))
    }
}

/// Stops the simulator however the run ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs Schemathesis against a fresh simulator; the number of cases it made.
fn schemathesis(root: &Path, venv: &Path) -> Result<u64, String> {
    run_checked(
        Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--package", "katapult-simulator"])
            .current_dir(root),
        "build the simulator",
    )?;
    let operations = katapult_build_tools::Spec::load(&root.join(SPEC_FILE))
        .map_err(|e| e.to_string())?
        .operations()
        .len();
    let target = target_dir(root);
    let binary = target.join("debug/katapult-simulator");
    let port = free_port()?;
    let _simulator = Running(
        Command::new(&binary)
            .args(["--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?,
    );
    wait_for(SocketAddr::from(([127, 0, 0, 1], port)))?;

    // Schemathesis keeps caches in its working directory: give it one under target/.
    let work = target.join("conformance");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    let mut child = Command::new(venv.join("bin/st"))
        .arg("--config-file")
        .arg(root.join(CONFIG_DIR).join("schemathesis.toml"))
        .arg("run")
        .arg(root.join(SPEC_FILE))
        .arg("--url")
        .arg(format!("http://127.0.0.1:{port}{BASE_PATH}"))
        .arg("--header")
        .arg(format!("Authorization: Bearer {DEFAULT_TOKEN}"))
        .args([
            "--max-examples",
            &max_examples(operations).to_string(),
            "--seed",
            "1",
            "--workers",
            "1",
            "--no-color",
        ])
        .env("PYTHONPATH", root.join(CONFIG_DIR))
        .env("SCHEMATHESIS_HOOKS", "schemathesis_hooks")
        .env("KATAPULT_SIMULATOR_FACTS", simulator_facts(root)?)
        .current_dir(&work)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run Schemathesis: {e}"))?;
    let mut cases = None;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            // "  1123 generated, 1123 passed"
            if let Some((count, _)) = line.trim().split_once(" generated") {
                cases = count.trim().parse::<u64>().ok().or(cases);
            }
        }
    }
    let status = child.wait().map_err(|e| format!("Schemathesis did not finish: {e}"))?;
    if !status.success() {
        return Err("Schemathesis found failures (above); fix the simulator or the spec".into());
    }
    let cases = cases.ok_or("could not read the number of cases from Schemathesis's summary")?;
    if cases < MIN_CASES {
        return Err(format!(
            "Schemathesis made {cases} cases; at least {MIN_CASES} are required"
        ));
    }
    Ok(cases)
}

/// What the Schemathesis hooks need to know of the simulator, from the simulator crate
/// itself (its token, paths and seeded objects: every seeded IPv4 address, to allocate),
/// and of the spec: each operation's query lookup groups and arrays of objects, by path.
fn simulator_facts(root: &Path) -> Result<String, String> {
    let spec = katapult_build_tools::Spec::load(&root.join(SPEC_FILE)).map_err(|e| e.to_string())?;
    let contracts = katapult_build_tools::request_contracts(&spec)?;
    let mut query_lookups = serde_json::Map::new();
    let mut query_arrays = serde_json::Map::new();
    for contract in contracts.as_array().into_iter().flatten() {
        // Arrays of objects in the query, `x[][field]`, grouped by `x`.
        let mut arrays: Vec<(String, Vec<String>)> = Vec::new();
        for name in contract["query"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|q| q["name"].as_str())
        {
            let Some((array, field)) = name
                .split_once("[][")
                .and_then(|(a, rest)| Some((a, rest.strip_suffix(']')?)))
            else {
                continue;
            };
            match arrays.iter_mut().find(|(a, _)| a == array) {
                Some((_, fields)) => fields.push(field.to_owned()),
                None => arrays.push((array.to_owned(), vec![field.to_owned()])),
            }
        }
        if let (Some(path), false) = (contract["path"].as_str(), arrays.is_empty()) {
            let entry = query_arrays
                .entry(path.to_owned())
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
            if let Some(listed) = entry.as_array_mut() {
                listed.extend(
                    arrays
                        .into_iter()
                        .map(|(array, fields)| serde_json::json!([array, fields])),
                );
            }
        }
        let groups: Vec<serde_json::Value> = contract["lookups"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|lookup| lookup["in"] == "query")
            .map(|lookup| serde_json::json!([lookup["argument"], lookup["keys"]]))
            .collect();
        // Keyed by path, as the hooks see a case; methods on one path add their groups.
        if let Some(path) = contract["path"].as_str() {
            let entry = query_lookups
                .entry(path.to_owned())
                .or_insert_with(|| serde_json::Value::Array(Vec::new()));
            if let Some(listed) = entry.as_array_mut() {
                listed.extend(groups);
            }
        }
    }
    let world = World::seed(SeedOptions::default());
    let addresses: Vec<String> = world
        .ip_addresses
        .iter()
        .filter(|ip| ip.address.is_ipv4())
        .map(|ip| ip.address.to_string())
        .collect();
    Ok(serde_json::json!({
        "token": DEFAULT_TOKEN,
        "list_path": paths::LIST_NETWORK_INTERFACES,
        "allocate_path": paths::ALLOCATE_IP,
        "seeded_fqdn": seeded::MANGO_FQDN,
        "seeded_addresses": addresses,
        "query_lookups": query_lookups,
        "query_arrays": query_arrays,
    })
    .to_string())
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("cannot find a free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("cannot find a free port: {e}"))
}

fn wait_for(address: SocketAddr) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(format!("the simulator did not start listening on {address}"))
}

#[cfg(test)]
mod tests {
    use super::max_examples;

    #[test]
    fn the_case_budget_is_shared_among_operations_within_bounds() {
        assert_eq!(max_examples(30), 500, "a small spec gets the most");
        assert_eq!(max_examples(150), 100);
        assert_eq!(max_examples(1_000), 25, "a huge one still gets the fewest");
        assert_eq!(max_examples(0), 500);
    }
}
