//! Runs the Katapult simulator until interrupted.
//!
//! ```sh
//! cargo run -p katapult-simulator -- --port 4010 --seed-size 10000 --latency-ms 20
//! KATAPULT_API_URL=http://127.0.0.1:4010/core/v1 KATAPULT_API_TOKEN=katapult-simulator-token \
//!     cargo run -p katapult-sdk --example list_interfaces -- busy-bustling-beehive.acme.katapult.cloud
//! ```

use std::ffi::OsString;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser};
use katapult_simulator::{
    Answering, BASE_PATH, BUILDS, DEFAULT_RATE_LIMIT, Faults, MODELLED, Simulator, TokenGrant, WorkOptions,
    answered_from_examples, answering, kept, left_because, seeded,
};

/// The port it listens on unless told otherwise, the one the READMEs' examples use.
const DEFAULT_PORT: u16 = 4010;

/// A local Katapult Core API for trying the SDK without an account or network.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to bind. Anything but loopback exposes the simulator to the network.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = DEFAULT_PORT)]
    port: u16,
    /// Interfaces on the bulk VM (busy-bustling-beehive.acme.katapult.cloud).
    #[arg(long, default_value_t = 25)]
    seed_size: usize,
    /// Latency added to every answer, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Share of requests answered 503 (0 to 1).
    #[arg(long, default_value_t = 0.0, value_parser = share)]
    unavailable: f64,
    /// Share of requests answered 429 with Retry-After (0 to 1).
    #[arg(long, default_value_t = 0.0, value_parser = share)]
    rate_limited: f64,
    /// Retry-After, in seconds, sent with injected 429s.
    #[arg(long, default_value_t = 1)]
    retry_after: u64,
    /// Share of requests answered with a proxy's HTML 502 (0 to 1).
    #[arg(long, default_value_t = 0.0, value_parser = share)]
    bad_gateway: f64,
    /// How long work an answer starts (a task, a build) takes to finish, in milliseconds.
    #[arg(long, default_value_t = 2000)]
    work_ms: u64,
    /// Make that work end failed rather than succeeded.
    #[arg(long)]
    failing_work: bool,
    /// How many pieces of work to keep before the oldest finished ones are forgotten.
    #[arg(long, default_value_t = katapult_simulator::DEFAULT_KEPT_WORK)]
    keep_work: usize,
    /// A token to accept, as TOKEN=SCOPE,SCOPE (repeatable; replaces the default tokens).
    #[arg(long = "token", value_parser = token_grant)]
    tokens: Vec<TokenGrant>,
}

fn share(raw: &str) -> Result<f64, String> {
    let value: f64 = raw.parse().map_err(|e| format!("{e}"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err("must be between 0 and 1".into())
    }
}

fn token_grant(raw: &str) -> Result<TokenGrant, String> {
    let (token, scopes) = raw.split_once('=').unwrap_or((raw, ""));
    if token.is_empty() {
        return Err("the token is empty".into());
    }
    let scopes: Vec<&str> = scopes.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    Ok(TokenGrant::new(token, &scopes))
}

fn listed(operations: &[&str]) -> String {
    if operations.is_empty() {
        "none".to_owned()
    } else {
        operations.join(", ")
    }
}

/// The address the command line asks for, read leniently (anything it cannot read is left
/// at its default), so that `--help` can name the URL that the same options would serve.
fn requested_address(args: impl IntoIterator<Item = OsString>) -> SocketAddr {
    // Help and version would end the parse before the options after them are read.
    let options = args
        .into_iter()
        .filter(|arg| !matches!(arg.to_str(), Some("--help" | "-h" | "--version" | "-V")));
    let matches = Args::command().ignore_errors(true).try_get_matches_from(options);
    let host = matches.as_ref().ok().and_then(|m| m.get_one::<IpAddr>("host").copied());
    let port = matches.as_ref().ok().and_then(|m| m.get_one::<u16>("port").copied());
    SocketAddr::new(
        host.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST)),
        port.unwrap_or(DEFAULT_PORT),
    )
}

/// The base URL a client on this machine uses for a simulator listening on `address`
/// (one listening on every address is reached on loopback).
fn base_url(address: SocketAddr) -> String {
    let host = match address.ip() {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        other => other,
    };
    format!("http://{}{BASE_PATH}", SocketAddr::new(host, address.port()))
}

/// One line per token: the token, its scopes, and its rate limit when it is not the default.
fn token_lines(tokens: &[TokenGrant]) -> String {
    let lines: Vec<String> = tokens
        .iter()
        .map(|grant| {
            let scopes = if grant.scopes.is_empty() {
                "no scopes".to_owned()
            } else {
                format!("scopes: {}", grant.scopes.join(", "))
            };
            let limit = if grant.rate_limit_per_minute == DEFAULT_RATE_LIMIT {
                String::new()
            } else {
                format!("; {} requests a minute", grant.rate_limit_per_minute)
            };
            format!("  {:<40} {scopes}{limit}", grant.token)
        })
        .collect();
    lines.join("\n")
}

/// The environment a program using the SDK needs to reach a simulator at `url` with the
/// first of `tokens` (`katapult_sdk::Client::from_env` reads these two variables).
fn sdk_environment(url: &str, tokens: &[TokenGrant]) -> String {
    let token = tokens
        .first()
        .map_or("<a token given with --token>", |t| t.token.as_str());
    format!("KATAPULT_API_URL={url} KATAPULT_API_TOKEN={token}")
}

/// What `--help` says after the options: how to point the SDK at a simulator on `address`,
/// the tokens it accepts, and what it answers.
fn after_help(address: SocketAddr) -> String {
    let tokens = TokenGrant::defaults();
    let url = base_url(address);
    let port_note = if address.port() == 0 {
        "\n(--port 0 picks a free port when it starts; the URL it prints then has it.)"
    } else {
        ""
    };
    format!(
        "Point the SDK at it with the base URL {url} and a token below, e.g. in the environment \
         `katapult_sdk::Client::from_env()` reads:\n  {}{port_note}\n\n\
         Tokens it accepts (--token replaces them all):\n{}\n\n\
         Operations modelled with state: {}.\n\n\
         Builds, which also add the machine they build: {}.\n\n\
         Kept with state from the spec (creates, reads, updates, deletes, the trash, actions as the spec's \
         x-changes say): {}.\n\n\
         Read from the one seeded catalog (countries, data centres, packages, templates…): {}.\n\n\
         Answered from the spec's examples (the request is checked: token, scopes, lookups, required arguments, \
         integer bounds), each with why: {}.",
        sdk_environment(&url, &tokens),
        token_lines(&tokens),
        MODELLED.join(", "),
        BUILDS.join(", "),
        listed(&kept()),
        listed(&catalog()),
        left(),
    )
}

/// The operations read from the catalog.
fn catalog() -> Vec<&'static str> {
    answering()
        .into_iter()
        .filter(|(_, way)| *way == Answering::Catalog)
        .map(|(id, _)| id)
        .collect()
}

/// The operations answered from examples, each with why.
fn left() -> String {
    let left: Vec<String> = answered_from_examples()
        .into_iter()
        .map(|id| format!("{id} ({})", left_because(id).unwrap_or("no reason given")))
        .collect();
    if left.is_empty() {
        "none".to_owned()
    } else {
        left.join(", ")
    }
}

fn command(args: impl IntoIterator<Item = OsString>) -> clap::Command {
    Args::command().after_help(after_help(requested_address(args)))
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = match Args::from_arg_matches(&command(std::env::args_os()).get_matches()) {
        Ok(args) => args,
        Err(error) => error.exit(),
    };
    if args.unavailable + args.rate_limited + args.bad_gateway > 1.0 {
        eprintln!("error: the fault shares add up to more than 1");
        return ExitCode::FAILURE;
    }
    let mut simulator = Simulator::builder()
        .address(SocketAddr::new(args.host, args.port))
        .bulk_interfaces(args.seed_size)
        .faults(Faults {
            latency: Duration::from_millis(args.latency_ms),
            unavailable: args.unavailable,
            rate_limited: args.rate_limited,
            retry_after_secs: args.retry_after,
            bad_gateway: args.bad_gateway,
            seed: 0,
        });
    let work = WorkOptions::taking(Duration::from_millis(args.work_ms));
    simulator = simulator
        .work(if args.failing_work { work.failing() } else { work })
        .keep_work(args.keep_work);
    let tokens = if args.tokens.is_empty() {
        TokenGrant::defaults()
    } else {
        args.tokens
    };
    simulator = simulator.tokens(tokens.clone());
    let running = match simulator.start().await {
        Ok(running) => running,
        Err(error) => {
            eprintln!("error: cannot listen on {}:{}: {error}", args.host, args.port);
            return ExitCode::FAILURE;
        }
    };
    println!("Katapult simulator listening on {}", running.url());
    println!("for the SDK: {}", sdk_environment(&running.url(), &tokens));
    println!("tokens:\n{}", token_lines(&tokens));
    println!(
        "virtual machines: {} ({} interfaces), {}, {}",
        seeded::BULK_FQDN,
        args.seed_size,
        seeded::MANGO_FQDN,
        seeded::LARGE_SET_FQDN
    );
    println!("modelled: {}", MODELLED.join(", "));
    println!("builds, adding their machines: {}", BUILDS.join(", "));
    println!("kept from the spec: {}", listed(&kept()));
    println!("from the catalog: {}", listed(&catalog()));
    println!("answered from the spec's examples: {}", left());
    println!("press Ctrl-C to stop");
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {error}");
    }
    running.shutdown().await;
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use katapult_simulator::{DEFAULT_TOKEN, LIMITED_TOKEN, NO_SCOPES_TOKEN, READ_ONLY_TOKEN};

    use super::*;

    fn help(args: &[&str]) -> String {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        command(args).render_help().to_string()
    }

    #[test]
    fn the_help_names_the_url_and_environment_for_the_sdk_and_every_token() {
        let text = help(&["katapult-simulator", "--help"]);
        assert!(
            text.contains(&format!(
                "KATAPULT_API_URL=http://127.0.0.1:4010/core/v1 KATAPULT_API_TOKEN={DEFAULT_TOKEN}"
            )),
            "{text}"
        );
        for token in [DEFAULT_TOKEN, READ_ONLY_TOKEN, NO_SCOPES_TOKEN, LIMITED_TOKEN] {
            assert!(text.contains(token), "{token} is not in {text}");
        }
        let line = |token: &str| {
            let listed = |l: &&str| l.trim_start().starts_with(&format!("{token} "));
            text.lines().find(listed).unwrap_or_default().to_owned()
        };
        assert!(
            line(READ_ONLY_TOKEN).ends_with("scopes: virtual_machines:read"),
            "{text}"
        );
        assert!(line(NO_SCOPES_TOKEN).ends_with("no scopes"), "{text}");
        assert!(line(LIMITED_TOKEN).ends_with("5 requests a minute"), "{text}");
        assert!(line(DEFAULT_TOKEN).contains("ip_addresses"), "{text}");
        assert!(text.contains("Operations modelled with state: list_virtual_machine_network_interfaces"));
    }

    #[test]
    fn the_help_names_the_url_the_given_options_would_serve() {
        let url = |args: &[&str]| {
            let text = help(args);
            text.split_whitespace()
                .find_map(|word| word.strip_prefix("KATAPULT_API_URL="))
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(url(&["s", "--port", "5001", "--help"]), "http://127.0.0.1:5001/core/v1");
        assert_eq!(url(&["s", "--help", "--port=5002"]), "http://127.0.0.1:5002/core/v1");
        assert_eq!(
            url(&["s", "--host", "0.0.0.0", "--help"]),
            "http://127.0.0.1:4010/core/v1"
        );
        assert_eq!(
            url(&["s", "--host", "::1", "--port", "7", "--help"]),
            "http://[::1]:7/core/v1"
        );
        assert_eq!(
            url(&["s", "--port", "not-a-port", "--help"]),
            "http://127.0.0.1:4010/core/v1"
        );
        assert!(help(&["s", "--port", "0"]).contains("picks a free port"));
    }
}
