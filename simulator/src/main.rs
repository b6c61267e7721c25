//! Runs the Katapult simulator until interrupted.
//!
//! ```sh
//! cargo run -p katapult-simulator -- --port 4010 --seed-size 10000 --latency-ms 20
//! KATAPULT_API_URL=http://127.0.0.1:4010/core/v1 KATAPULT_API_TOKEN=katapult-simulator-token \
//!     cargo run -p katapult-sdk --example list_interfaces -- busy-bustling-beehive.acme.katapult.cloud
//! ```

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, FromArgMatches, Parser};
use katapult_simulator::{Faults, MODELLED, Simulator, TokenGrant, answered_from_examples, seeded};

/// A local Katapult Core API for trying the SDK without an account or network.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Address to bind. Anything but loopback exposes the simulator to the network.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    host: IpAddr,
    /// Port to listen on (0 picks a free one).
    #[arg(long, default_value_t = 4010)]
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

#[tokio::main]
async fn main() -> ExitCode {
    let operations = format!(
        "Operations modelled with state: {}.\n\nAnswered from the spec's examples (the request is checked: token, scopes, lookups, required arguments, integer bounds): {}.",
        MODELLED.join(", "),
        listed(&answered_from_examples()),
    );
    let args = match Args::from_arg_matches(&Args::command().after_help(operations).get_matches()) {
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
    println!("tokens:");
    for grant in &tokens {
        println!("  {:<40} scopes: {}", grant.token, grant.scopes.join(", "));
    }
    println!(
        "virtual machines: {} ({} interfaces), {}, {}",
        seeded::BULK_FQDN,
        args.seed_size,
        seeded::MANGO_FQDN,
        seeded::LARGE_SET_FQDN
    );
    println!("modelled: {}", MODELLED.join(", "));
    println!(
        "answered from the spec's examples: {}",
        listed(&answered_from_examples())
    );
    println!("press Ctrl-C to stop");
    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {error}");
    }
    running.shutdown().await;
    ExitCode::SUCCESS
}
