//! `cargo xtask bench [--quick]`: every benchmark, side by side with its baseline, and the
//! report `BENCHMARKS.md`.
//!
//! In-process figures come from `bench/` (criterion for per-call time and decode; a timed
//! walk for paging; dhat for its heap). Codegen and build costs are measured here. With
//! `--quick` (CI) each benchmark runs once, unoptimised, to prove it works, and the report
//! goes to `target/katapult-bench/BENCHMARKS-quick.md` instead.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use katapult_build_tools::{self as tools, Spec};
use serde_json::Value;

use crate::process::{copy_tree, run_checked, target_dir};

/// A figure with its baseline, measured in the same run.
/// Why the build budgets are missed, as far as it is known (what the generated code is
/// made of, what a profile of the build script shows), printed under the misses.
/// Why the generated code is shaped as it is, with the figures each step was decided on.
const REQUEST_LAYER: &str = "A call used to pass three generated layers: the SDK's request (`operations`), progenitor's request builder (its builder interface), and typify's struct builders, which that interface turns on for bodies (`body_map`). Measured by this benchmark at a71814e (builder interface) and at c45bfab (positional interface, the SDK's requests calling progenitor's one method per operation and setting each body member themselves, the build script writing tokens unformatted): generated lines 110,688 → 55,853 (585 → 295 an operation), generation step 2,294 → 820 ms, incremental rebuild 9.0 → 6.4 s, rustc peak 1,743 → 1,558 MB, cold builds 1.59× → 1.60× (default) and 2.16× → 2.20× (all features), the same within this machine's noise. So progenitor's positional interface with typify's builders off it is: the only generated code left under the SDK's requests is the one method per operation that sends. Two further steps came from the same measurements. Each query lookup's keys reach progenitor as plain strings when their schemas are the lookup's own (checked when the lookup is made), which removed about 200 per-operation string types (43,874 lines, 232 an operation). progenitor's answer `match`, one arm and one `.await` per documented error status, is merged into one arm per outcome: the SDK crate alone with all features (`touch sdk/src/lib.rs; CARGO_INCREMENTAL=0 /usr/bin/time cargo build -p katapult-sdk --features full`) went from 24.3 s and 1,459 MB to 21.8 to 22.5 s and 1,376 MB, and the review copy to 40,653 lines. The table above is the state after all of them.";

const MISSES_EXPLAINED: &str = "Why, as far as it is known. What is left of the build rows is the SDK's own compile and the build script's host dependencies. By `-Z time-passes` (`RUSTC_BOOTSTRAP=1 cargo rustc -p katapult-sdk --features full --lib -- -Z time-passes`, after the request layer and the key types went) the SDK's compile is about 31 s of rustc with all features, spread over every phase: macro expansion (serde's derives on about 450 types) 6.7 s, type checking 6.8 s, borrow checking 5.9 s (189 `send`s and progenitor's 189 methods are async state machines), coherence 4.0 s, codegen 7.1 s; its resident set climbs by 250 to 370 MB in each front-end phase and peaks in codegen, so no one phase holds the excess over 1,000 MB. No cargo feature can split one crate's compile, and a debug build keeps full debug info for it. The default build (virtual machines and IP addresses) pays, before the SDK compiles, the build script's host dependencies: progenitor-impl with typify-impl, regress, regex and schemars, two `syn`s, openapiv3, serde_yaml_ng and build-tools (about 4 s of its own), compiled on one core while aws-lc-sys's C build holds the other; the issue's floor for that part alone (progenitor, openapiv3, serde_json) was 1.24×. What would close the gaps: progenitor's methods replaced by one non-generic send path in the SDK's runtime (each request then builds its query and body and decodes its answer, with no second async function per operation), the spec read as JSON so serde_yaml_ng leaves the build, and fewer derives on types no answer or request holds.";

struct Row {
    what: String,
    subject: String,
    baseline: String,
    ratio: String,
    goal: String,
    met: Option<bool>,
}

pub fn run(root: &Path, quick: bool) -> Result<(), String> {
    let target = target_dir(root);
    check_baseline_dependencies(root)?;

    println!("== in-process benchmarks (bench/)");
    let mut bench = Command::new(env!("CARGO"));
    bench.current_dir(root);
    if quick {
        // Each benchmark once, in test mode and the test profile: with the workspace's
        // features, as `cargo test --workspace` builds them, so after the tests (as in CI)
        // only the benchmarks themselves are compiled, not the SDK again in release.
        bench
            .args(["test", "--workspace", "--bench", "*"])
            .env("KATAPULT_BENCH_QUICK", "1");
    } else {
        bench.args(["bench", "--package", "katapult-bench"]);
    }
    run_checked(&mut bench, "run the benchmarks")?;

    println!("\n== code generation");
    let spec_path = root.join(tools::SPEC_FILE);
    // What the build scripts do (load and generate), apart from what only `cargo xtask
    // check` and the tests do (the spec's rules and the JSON Schema checks of examples),
    // which grows with the examples rather than the operations.
    let generation = median_of(if quick { 1 } else { 10 }, || {
        let start = Instant::now();
        let spec = Spec::load(&spec_path).map_err(|e| e.to_string())?;
        tools::generate_client(&spec).map_err(|e| e.to_string())?;
        Ok(start.elapsed())
    })?;
    println!("load + generate: {:.0} ms", ms(generation));
    let spec = Spec::load(&spec_path).map_err(|e| e.to_string())?;
    let validation = median_of(if quick { 1 } else { 5 }, || {
        let start = Instant::now();
        let problems = tools::validate(&spec);
        if !problems.is_empty() {
            return Err(format!("{} spec problem(s)", problems.len()));
        }
        Ok(start.elapsed())
    })?;
    println!("validate: {:.0} ms", ms(validation));
    let full_generation = median_of(if quick { 1 } else { 3 }, || {
        let start = Instant::now();
        for output in tools::OUTPUTS {
            (output.generate)(&spec).map_err(|e| e.to_string())?;
        }
        Ok(start.elapsed())
    })?;
    println!("generate every output: {:.0} ms", ms(full_generation));
    // Budgets grow with the spec, so their rows say how many operations they were measured at.
    let operations = spec.operations().len();
    let examples = spec.examples().len();

    let mut rows = Vec::new();
    let results = target.join("katapult-bench");
    rows.extend(overhead_rows(&target, &results, quick)?);
    rows.extend(paging_rows(&results)?);
    rows.extend(decode_rows(&target, &results, quick)?);
    rows.push(simulator_memory_row(&results)?);
    rows.push(pacing_row(&results)?);
    rows.push(Row {
        what: format!(
            "Generation step, as the build script runs it (load the spec, generate the client), {operations} operations"
        ),
        subject: format!("{:.0} ms", ms(generation)),
        baseline: "-".into(),
        ratio: "-".into(),
        goal: "≤ 1 s".into(),
        met: Some(generation <= Duration::from_secs(1)),
    });
    rows.push(Row {
        what: format!(
            "Spec validation, maintainers only (`cargo xtask check`: the rules and JSON Schema checks of {examples} examples)"
        ),
        subject: format!("{:.0} ms", ms(validation)),
        baseline: "-".into(),
        ratio: "-".into(),
        goal: "-".into(),
        met: None,
    });
    rows.push(Row {
        what: format!("`cargo xtask validate` and `generate` (in-process: validate, then generate every output), {operations} operations"),
        subject: format!("{:.1} s", (validation + full_generation).as_secs_f64()),
        baseline: "-".into(),
        ratio: "-".into(),
        goal: "≤ 30 s".into(),
        met: Some(validation + full_generation <= Duration::from_secs(30)),
    });
    if quick {
        println!("\n(quick: cold and incremental builds skipped)");
    } else {
        let generated_lines = std::fs::read_to_string(root.join(tools::CLIENT.review_copy))
            .map_err(|e| format!("cannot read {}: {e}", tools::CLIENT.review_copy))?
            .lines()
            .count();
        rows.extend(build_rows(root, operations, generated_lines)?);
    }

    let report = render(root, &rows, quick)?;
    let path = if quick {
        results.join("BENCHMARKS-quick.md")
    } else {
        root.join("BENCHMARKS.md")
    };
    std::fs::create_dir_all(path.parent().unwrap_or(root)).map_err(|e| e.to_string())?;
    std::fs::write(&path, report).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("\nreport written to {}", path.display());
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn median_of(runs: usize, mut measure: impl FnMut() -> Result<Duration, String>) -> Result<Duration, String> {
    let mut times = (0..runs.max(1)).map(|_| measure()).collect::<Result<Vec<_>, _>>()?;
    times.sort();
    Ok(times[times.len() / 2])
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// criterion's mean time per iteration, in nanoseconds.
fn criterion_mean(target: &Path, group: &str, function: &str) -> Result<f64, String> {
    let path = target
        .join("criterion")
        .join(group)
        .join(function)
        .join("new/estimates.json");
    read_json(&path)?["mean"]["point_estimate"]
        .as_f64()
        .ok_or_else(|| format!("{}: no mean", path.display()))
}

fn number(value: &Value, key: &str) -> f64 {
    value[key].as_f64().unwrap_or(f64::NAN)
}

fn overhead_rows(target: &Path, results: &Path, quick: bool) -> Result<Vec<Row>, String> {
    let latency = read_json(&results.join("overhead.json"))?;
    let mut rows = Vec::new();
    let (sdk, raw) = (number(&latency, "sdk_mean_us"), number(&latency, "raw_mean_us"));
    rows.push(Row {
        what: format!(
            "List one page of 30: throughput, calls/s ({} interleaved calls each)",
            latency["samples"]
        ),
        subject: format!("{:.0}/s (SDK)", 1e6 / sdk),
        baseline: format!("{:.0}/s (raw reqwest + serde)", 1e6 / raw),
        ratio: format!("{:.3}", raw / sdk),
        goal: "≥ 0.97".into(),
        met: Some(raw / sdk >= 0.97),
    });
    if !quick {
        // criterion measures each side in its own time window, so machine noise between
        // windows shows up in this ratio; the interleaved figures above are the fairer one.
        let sdk = criterion_mean(target, "list_one_page_of_30", "sdk")?;
        let raw = criterion_mean(target, "list_one_page_of_30", "raw_reqwest")?;
        rows.push(Row {
            what: "List one page of 30: throughput, calls/s (criterion mean, separate windows)".into(),
            subject: format!("{:.0}/s (SDK)", 1e9 / sdk),
            baseline: format!("{:.0}/s (raw reqwest + serde)", 1e9 / raw),
            ratio: format!("{:.3}", raw / sdk),
            goal: "≥ 0.97".into(),
            met: Some(raw / sdk >= 0.97),
        });
    }
    for (label, key) in [("p50", "p50"), ("p99", "p99")] {
        let sdk = number(&latency, &format!("sdk_{key}_us"));
        let raw = number(&latency, &format!("raw_{key}_us"));
        let ratio = raw / sdk;
        rows.push(Row {
            what: format!(
                "List one page of 30: {label} latency ({} interleaved calls each)",
                latency["samples"]
            ),
            subject: format!("{sdk:.0} µs (SDK)"),
            baseline: format!("{raw:.0} µs (raw)"),
            ratio: format!("{ratio:.3} (raw/SDK)"),
            goal: "≥ 0.97".into(),
            met: Some(ratio >= 0.97),
        });
    }
    Ok(rows)
}

fn paging_rows(results: &Path) -> Result<Vec<Row>, String> {
    let paging = read_json(&results.join("paging.json"))?;
    let memory = read_json(&results.join("paging_memory.json"))?;
    let rows = paging["rows"].as_array().cloned().unwrap_or_default();
    let peaks = memory["rows"].as_array().cloned().unwrap_or_default();
    let peak_of = |concurrency: u64| {
        peaks
            .iter()
            .find(|r| r["concurrency"].as_u64() == Some(concurrency))
            .map_or(f64::NAN, |r| number(r, "peak_heap_bytes"))
    };
    let sequential = rows.first().map_or(f64::NAN, |r| number(r, "seconds"));
    let held = number(&memory, "collect_all_bytes") / 1024.0;
    let mut out: Vec<Row> = rows
        .iter()
        .skip(1)
        .map(|row| {
            let concurrency = row["concurrency"].as_u64().unwrap_or_default();
            let speedup = number(row, "speedup");
            Row {
                what: format!(
                    "Walk {} interfaces, {} per page, {} ms latency: concurrency {concurrency}",
                    paging["interfaces"], paging["per_page"], paging["latency_ms"]
                ),
                subject: format!("{:.2} s", number(row, "seconds")),
                baseline: format!("{sequential:.2} s (sequential)"),
                ratio: format!("{speedup:.2}× faster"),
                goal: if concurrency == 8 {
                    "≥ 6× at 8".into()
                } else {
                    "-".into()
                },
                met: (concurrency == 8).then_some(speedup >= 6.0),
            }
        })
        .collect();
    for concurrency in [1u64, 2, 4, 8, 16] {
        out.push(Row {
            what: format!("Peak heap while walking, concurrency {concurrency} (items consumed one by one)"),
            subject: format!("{:.0} KiB", peak_of(concurrency) / 1024.0),
            baseline: format!("{held:.0} KiB (holding every item)"),
            ratio: format!("{:.2}", peak_of(concurrency) / 1024.0 / held),
            goal: "bounded by the window".into(),
            met: None,
        });
    }
    Ok(out)
}

/// The simulator's live heap after all of its operations against after the first tenth.
fn simulator_memory_row(results: &Path) -> Result<Row, String> {
    let memory = read_json(&results.join("simulator_memory.json"))?;
    let rows = memory["rows"].as_array().cloned().unwrap_or_default();
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Err("simulator_memory.json holds no measurements".into());
    };
    let kib = |row: &Value| number(row, "live_heap_bytes") / 1024.0;
    let ratio = kib(last) / kib(first);
    Ok(Row {
        what: format!(
            "Simulator: live heap after {} operations (disks created, resized, read, deleted, purged; {:.0} s)",
            last["operations"],
            number(&memory, "seconds")
        ),
        subject: format!("{:.0} KiB", kib(last)),
        baseline: format!("{:.0} KiB (after {})", kib(first), first["operations"]),
        ratio: format!("{ratio:.2}"),
        goal: "≤ 1.10 (flat)".into(),
        met: Some(ratio <= 1.10),
    })
}

/// The 429s a burst at full concurrency meets with the client's adaptive pacing and without.
fn pacing_row(results: &Path) -> Result<Row, String> {
    let pacing = read_json(&results.join("pacing.json"))?;
    let side = |name: &str| {
        format!(
            "{} refused (429) in {:.1} s",
            pacing[name]["rate_limited"],
            number(&pacing[name], "seconds")
        )
    };
    let paced = pacing["paced"]["rate_limited"].as_u64();
    Ok(Row {
        what: format!(
            "Burst of {} reads, {} at once, against a limit of {} per {} s window (simulator, retries off): 429s",
            pacing["requests"], pacing["concurrency"], pacing["permitted"], pacing["window_seconds"]
        ),
        subject: format!("{} (adaptive pacing, the default)", side("paced")),
        baseline: format!("{} (pacing off)", side("unpaced")),
        ratio: "-".into(),
        goal: "0 with pacing".into(),
        met: Some(paced == Some(0)),
    })
}

fn decode_rows(target: &Path, results: &Path, quick: bool) -> Result<Vec<Row>, String> {
    let interleaved = read_json(&results.join("decode.json"))?;
    let ratio = number(&interleaved, "median_ratio");
    let mut rows = vec![Row {
        what: format!(
            "Decode a 200-interface page: median of {} alternating rounds of {} decodes",
            interleaved["rounds"], interleaved["per_round"]
        ),
        subject: "generated types".into(),
        baseline: "minimal serde struct".into(),
        ratio: format!("{ratio:.3} (generated/minimal)"),
        goal: "≤ 1.10".into(),
        met: Some(ratio <= 1.10),
    }];
    if !quick {
        let generated = criterion_mean(target, "decode_200_interfaces", "generated")?;
        let minimal = criterion_mean(target, "decode_200_interfaces", "minimal")?;
        let ratio = generated / minimal;
        rows.push(Row {
            what: "Decode a 200-interface page (criterion mean, separate windows)".into(),
            subject: format!("{:.1} µs (generated types)", generated / 1e3),
            baseline: format!("{:.1} µs (minimal serde struct)", minimal / 1e3),
            ratio: format!("{ratio:.3} (generated/minimal)"),
            goal: "≤ 1.10".into(),
            met: Some(ratio <= 1.10),
        });
    }
    Ok(rows)
}

/// Times `cargo build -p <package>` in `target_dir`.
/// A cold or warm build of `package` (with `features`, `None` for its defaults); its time,
/// and the peak resident memory of the largest process of the build (rustc compiling the
/// SDK), in MB, when GNU `time` is there to read it.
fn time_build(
    root: &Path,
    package: &str,
    features: Option<&str>,
    target_dir: &Path,
) -> Result<(Duration, Option<f64>), String> {
    const GNU_TIME: &str = "/usr/bin/time";
    let peak_file = target_dir.with_extension("peak");
    if let Some(parent) = peak_file.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    let measured = Path::new(GNU_TIME).exists();
    let mut command = if measured {
        let mut command = Command::new(GNU_TIME);
        command.arg("-f").arg("%M").arg("-o").arg(&peak_file).arg(env!("CARGO"));
        command
    } else {
        Command::new(env!("CARGO"))
    };
    command
        .args(["build", "--quiet", "--package", package])
        .env("CARGO_TARGET_DIR", target_dir)
        .current_dir(root);
    if let Some(features) = features {
        command.args(["--features", features]);
    }
    let start = Instant::now();
    run_checked(&mut command, &format!("build {package}"))?;
    let took = start.elapsed();
    // GNU time reports the largest resident set of the process tree it waited on, in KiB.
    let peak = std::fs::read_to_string(&peak_file)
        .ok()
        .and_then(|text| text.lines().last()?.trim().parse::<f64>().ok())
        .map(|kib| kib / 1024.0);
    let _ = std::fs::remove_file(&peak_file);
    Ok((took, peak))
}

fn build_rows(root: &Path, operations: usize, generated_lines: usize) -> Result<Vec<Row>, String> {
    println!("\n== cold builds (fresh target directories)");
    let scratch = std::env::temp_dir().join(format!("katapult-bench-{}", std::process::id()));
    let cold = |package: &str, features: Option<&str>| -> Result<(Duration, Option<f64>), String> {
        let dir = scratch.join(format!("{package}-{}", features.unwrap_or("default")));
        let _ = std::fs::remove_dir_all(&dir);
        let took = time_build(root, package, features, &dir);
        let _ = std::fs::remove_dir_all(&dir);
        took
    };
    let (baseline, _) = cold("katapult-build-baseline", None)?;
    println!(
        "baseline (same runtime dependencies, no build script): {:.1} s",
        baseline.as_secs_f64()
    );
    let (default, _) = cold("katapult-sdk", None)?;
    println!("katapult-sdk, default features: {:.1} s", default.as_secs_f64());
    let (full, peak) = cold("katapult-sdk", Some("full"))?;
    println!("katapult-sdk, all features: {:.1} s", full.as_secs_f64());

    println!("\n== incremental rebuild after a one-line spec edit (in a copy of the workspace)");
    // The edit is made in a copy, so the real spec is never touched, whatever happens.
    let copy = target_dir(root).join("katapult-bench/workspace");
    let _ = std::fs::remove_dir_all(&copy);
    copy_tree(root, &copy, &["target", ".git", ".tools"])?;
    let warm = scratch.join("warm");
    time_build(&copy, "katapult-sdk", Some("full"), &warm)?;
    edit_one_description(&copy.join(tools::SPEC_FILE))?;
    let (incremental, _) = time_build(&copy, "katapult-sdk", Some("full"), &warm)?;
    println!("incremental: {:.1} s", incremental.as_secs_f64());
    // What a maintainer waits for after editing the spec: every test, built and run, on a
    // target directory warm from a first build of them.
    println!("\n== `cargo test --workspace --all-features`, warm, after a one-line spec edit");
    let cargo_test = |extra: &[&str]| {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(["test", "--quiet", "--workspace", "--all-features"])
            .args(extra)
            .env("CARGO_TARGET_DIR", &warm)
            .current_dir(&copy);
        run_checked(&mut command, "cargo test --workspace --all-features")
    };
    // A failing test in the copy is reported in the row rather than losing the whole run.
    let tests_after_edit = cargo_test(&["--no-run"])
        .and_then(|()| edit_one_description(&copy.join(tools::SPEC_FILE)))
        .and_then(|()| {
            let start = Instant::now();
            cargo_test(&[]).map(|()| start.elapsed())
        });
    match &tests_after_edit {
        Ok(took) => println!("tests after an edit: {:.1} s", took.as_secs_f64()),
        Err(error) => println!("tests after an edit: {error}"),
    }
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_dir_all(&copy);

    let ratio = |build: Duration| build.as_secs_f64() / baseline.as_secs_f64();
    let per_operation = generated_lines / operations.max(1);
    Ok(vec![
        Row {
            what: format!(
                "consumer cold build (default features): `cargo build -p katapult-sdk`, debug, {operations} operations in the spec"
            ),
            subject: format!("{:.1} s", default.as_secs_f64()),
            baseline: format!("{:.1} s (same runtime deps, no build script)", baseline.as_secs_f64()),
            ratio: format!("{:.2}×", ratio(default)),
            goal: "≤ 1.30×".into(),
            met: Some(ratio(default) <= 1.30),
        },
        Row {
            what: format!(
                "consumer cold build (all features): `cargo build -p katapult-sdk --features full`, debug, {operations} operations"
            ),
            subject: format!("{:.1} s", full.as_secs_f64()),
            baseline: format!("{:.1} s (same runtime deps, no build script)", baseline.as_secs_f64()),
            ratio: format!("{:.2}×", ratio(full)),
            goal: "≤ 2.00×".into(),
            met: Some(ratio(full) <= 2.00),
        },
        Row {
            what: "rustc peak (all features): the largest process of that build, resident memory".into(),
            subject: peak.map_or_else(|| "n/a (GNU time missing)".to_owned(), |mb| format!("{mb:.0} MB")),
            baseline: "-".into(),
            ratio: "-".into(),
            goal: "≤ 1,000 MB".into(),
            met: peak.map(|mb| mb <= 1000.0),
        },
        Row {
            what: format!("incremental rebuild after a one-line spec edit (all features), {operations} operations"),
            subject: format!("{:.1} s", incremental.as_secs_f64()),
            baseline: "-".into(),
            ratio: "-".into(),
            goal: "≤ 10 s".into(),
            met: Some(incremental <= Duration::from_secs(10)),
        },
        Row {
            what: format!(
                "`cargo test --workspace --all-features`, warm, after a one-line spec edit: build and run every test, {operations} operations"
            ),
            subject: tests_after_edit.as_ref().map_or_else(
                |_| "failed (see the run's output)".to_owned(),
                |took| format!("{:.0} s", took.as_secs_f64()),
            ),
            baseline: "-".into(),
            ratio: "-".into(),
            goal: "reported".into(),
            met: None,
        },
        Row {
            what: format!(
                "generated lines per operation (the review copy `sdk/generated/client.rs`: {generated_lines} lines, {operations} operations)"
            ),
            subject: per_operation.to_string(),
            baseline: "-".into(),
            ratio: "-".into(),
            goal: "≤ 300".into(),
            met: Some(per_operation <= 300),
        },
    ])
}

/// Changes the first one-line `description:` of the spec at `path`, as a maintainer's
/// smallest edit would: the build script reruns and the SDK is rebuilt.
fn edit_one_description(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut edited = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let value = line.trim_start().strip_prefix("description: ");
            match value {
                Some(v) if !edited && !v.is_empty() && !v.starts_with(['>', '|', '"', '\'']) => {
                    edited = true;
                    format!("{line} Edited by the benchmark.")
                }
                _ => line.to_owned(),
            }
        })
        .collect();
    if !edited {
        return Err(format!("{} has no one-line description to edit", path.display()));
    }
    std::fs::write(path, lines.join("\n") + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The baseline crate must have exactly the SDK's runtime dependencies.
fn check_baseline_dependencies(root: &Path) -> Result<(), String> {
    let names = |path: &str| -> Result<Vec<String>, String> {
        let text = std::fs::read_to_string(root.join(path)).map_err(|e| format!("{path}: {e}"))?;
        let mut names: Vec<String> = text
            .lines()
            .skip_while(|l| l.trim() != "[dependencies]")
            .skip(1)
            .take_while(|l| !l.starts_with('['))
            .filter_map(|l| l.split(['.', '=', ' ']).next())
            .map(str::trim)
            .filter(|n| !n.is_empty() && !n.starts_with('#'))
            .map(str::to_owned)
            .collect();
        names.sort();
        Ok(names)
    };
    let sdk = names("sdk/Cargo.toml")?;
    let baseline = names("bench/baseline/Cargo.toml")?;
    if sdk == baseline {
        Ok(())
    } else {
        Err(format!(
            "bench/baseline/Cargo.toml must list the SDK's dependencies: sdk {sdk:?}, baseline {baseline:?}"
        ))
    }
}

fn command_output(root: &Path, program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(root)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// `4233` → `4,233`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn render(root: &Path, rows: &[Row], quick: bool) -> Result<String, String> {
    // What the SDK compiles of generated code, counted from the review copy and the spec.
    let generated_lines = std::fs::read_to_string(root.join(tools::CLIENT.review_copy))
        .map_err(|e| format!("{}: {e}", tools::CLIENT.review_copy))?
        .lines()
        .count();
    let operations = Spec::load(&root.join(tools::SPEC_FILE))
        .map_err(|e| e.to_string())?
        .operations()
        .len();
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let commit = command_output(root, "git", &["rev-parse", "--short", "HEAD"]);
    let dirty = !command_output(root, "git", &["status", "--porcelain", "--untracked-files=no"]).is_empty();
    let date = command_output(root, "date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let rustc = command_output(root, "rustc", &["--version"]);

    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# Benchmarks{}\n",
        if quick {
            " (quick run: proves the benchmarks run; not figures)"
        } else {
            ""
        }
    );
    let _ = writeln!(
        w,
        "Written by `cargo xtask bench`{}. Every figure is measured beside its baseline in the same run.\n",
        if quick { " --quick" } else { "" }
    );
    let _ = writeln!(w, "- Machine: {cores} cores, {cpu}");
    let _ = writeln!(w, "- Date: {date}");
    let _ = writeln!(
        w,
        "- Commit: {commit}{}",
        if dirty { " (with uncommitted changes)" } else { "" }
    );
    let _ = writeln!(
        w,
        "- Toolchain: {rustc}; in-process benchmarks in the `bench` profile (release)\n"
    );
    let _ = writeln!(w, "| Measurement | SDK | Baseline | Ratio | Goal | Met |");
    let _ = writeln!(w, "| --- | --- | --- | --- | --- | --- |");
    for row in rows {
        let met = match row.met {
            Some(true) => "yes",
            Some(false) => "**no**",
            None => "-",
        };
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} | {met} |",
            row.what, row.subject, row.baseline, row.ratio, row.goal
        );
    }
    let _ = writeln!(
        w,
        "\nThis machine is shared and noisy: figures measured in separate windows (criterion's) can swing by tens of percent between runs, even past 2× for the per-call row. The interleaved rows compare both sides in the same moments and are the ones to trust; p99s move most."
    );
    let _ = writeln!(w, "\n## How to reproduce\n");
    let _ = writeln!(
        w,
        "```sh\ncargo xtask bench          # everything, rewrites BENCHMARKS.md (about 25 minutes)\ncargo xtask bench --quick  # each benchmark once, as CI does\n```\n"
    );
    let _ = writeln!(
        w,
        "- Per-call overhead (`bench/benches/overhead.rs`): the SDK's `list_network_interfaces(..).send()` against `reqwest` + `serde` into a hand-written struct with the same fields, both on a default `reqwest::Client`, against one axum server on 127.0.0.1 answering a fixed 30-interface page. Throughput from criterion's mean; latency from interleaved calls. Ratios are raw/SDK, so 1.0 means no overhead."
    );
    let _ = writeln!(
        w,
        "- Paging (`bench/benches/paging.rs`): the simulator in-process with latency added to every answer; the median of three walks per setting; order checked on every walk. Peak heap (`bench/benches/paging_memory.rs`, its own process, since dhat slows every allocation) is dhat's maximum during a walk that consumes items one by one, client and in-process simulator together, against the heap that holding every item takes."
    );
    let _ = writeln!(
        w,
        "- Pacing (`bench/benches/pacing.rs`): one in-process simulator per side whose token may make 60 requests in each 2 s window (the service's is a minute; the window is shortened so the run takes seconds), three windows' worth of reads sent 16 at once with retries off; every `429 rate_limit_reached` is counted, with adaptive pacing (its window set to the simulator's) and without."
    );
    let _ = writeln!(
        w,
        "- Decode (`bench/benches/decode.rs`): `serde_json::from_slice` of the same 200-interface page into the generated types and into a minimal struct."
    );
    let _ = writeln!(
        w,
        "- Simulator memory (`bench/benches/simulator_memory.rs`, its own process under dhat): one in-process simulator keeping at most a hundredth of the run's operations as finished work (1,000) answers rounds of five operations on the wire (create a disk, resize it, read it, delete it to the trash, purge it); the live heap after every operation against after the first tenth. A test (`tests/tests/simulator_state.rs`) holds the same run's footprint (objects and work kept) equal from the first 10,000 operations to the 100,000th."
    );
    let _ = writeln!(
        w,
        "- Build (`xtask/src/bench.rs`): cold builds in fresh target directories, debug profile; the baseline is `bench/baseline`, the SDK's runtime dependencies with no build script. What the difference is made of (`cargo build -p katapult-sdk --features full --timings`): the build script's own dependencies, compiled for the host beside the runtime ones (progenitor-impl, typify-impl with regress, regex and schemars, openapiv3, serde_yaml_ng, build-tools, and host copies of serde and serde_json, since build dependencies are compiled without debug info), then the script's run (load the spec and generate: the generation row; it writes the tokens unformatted, and only `cargo xtask generate` formats the review copy), then the SDK's own compile of the {generated_lines} generated lines ({operations} operations), about 34 s of the all-features build in one `--timings` run. The spec's validation rules and JSON Schema checks of examples are not in the build script: they run in `cargo xtask check` and the tests (build-tools' `maintainer` feature, which also brings prettyplease), so a user compiles neither a JSON Schema validator nor a formatter. On two cores the host dependencies compete with aws-lc-sys's C build, the longest step of both builds. The default build generates only the default families' operations (a cargo feature per family); the all-features build (`--features full`) generates every one, and its peak is the largest resident set of its process tree (GNU `time`), which is rustc compiling the SDK. The incremental figure copies the workspace under `target/`, builds the SDK there with every feature, edits one description line of the copy's spec and times the rebuild; the test row then builds every test of that copy once (`cargo test --workspace --all-features --no-run`), edits the spec again and times `cargo test --workspace --all-features`, building and running; the real spec is never touched.",
        generated_lines = thousands(generated_lines),
    );
    let _ = writeln!(w, "\n## The request layer, decided from measurement\n\n{REQUEST_LAYER}");
    let misses: Vec<&Row> = rows.iter().filter(|r| r.met == Some(false)).collect();
    if !misses.is_empty() {
        let _ = writeln!(w, "\n## Goals missed\n");
        for row in misses {
            let figure = if row.ratio == "-" { &row.subject } else { &row.ratio };
            let _ = writeln!(w, "- {}: {figure} against a goal of {}.", row.what, row.goal);
        }
        let _ = writeln!(w, "\n{MISSES_EXPLAINED}");
    }
    Ok(out)
}
