//! A local Katapult Core API on 127.0.0.1 that answers every operation of the SDK's spec.
//!
//! Each operation is answered one way, decided once ([`answering`]): the operations in
//! [`MODELLED`] the way the live service answers them (wrapped errors with
//! `x-api-schema: json-error`, the framework's `invalid_argument` details, scopes, rate
//! limits, the trash), from an in-memory, deterministic world; the [`kept`] ones from state
//! kept from the spec (below); the read-only families (countries, data centres, packages,
//! templates, zones) from one seeded catalog; and the few left ([`answered_from_examples`],
//! each with its reason: [`left_because`]) checked as the service checks a request (token,
//! scopes, lookups, required arguments, integer bounds) and answered with the spec's
//! example.
//!
//! For examples, tests and benchmarks, start it in-process on a random port:
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use katapult_simulator::{Simulator, seeded};
//!
//! let simulator = Simulator::builder().bulk_interfaces(10_000).start().await?;
//! println!("{} with token {}", simulator.url(), simulator.token());
//! # Ok(())
//! # }
//! ```
//!
//! Or run the binary: `cargo run -p katapult-simulator -- --port 4010`.
//!
//! Its world has an organisation (`acme`; `dormant` is suspended, `fledgling` not yet
//! activated), machines (one in the trash, two with annotations to filter by), their
//! interfaces, and the addresses of four networks, one held by a load balancer
//! ([`seeded`]). Addresses are created, allocated to a machine or a chosen interface,
//! updated, unallocated and released; each change happens under one lock, so one address
//! has one holder however many requests race.
//!
//! The query is read as the service's Rack reads it (`parse_nested_query`): the last of
//! repeated keys wins, and `x[][k]` items are grouped as Rack groups them (a new item
//! whenever a field repeats), so annotations sent every key first, then every value, are
//! refused (an item without its required key) or misread here as on the service, and a
//! query Rack cannot parse (`x=1&x[]=2`, a bad `%`) is the framework's 500
//! `unhandled_exception`. A body lookup the spec does not require may be left out; given,
//! it holds exactly one key.
//!
//! Every family that follows the API's create-read-update-delete pattern keeps state too,
//! from the spec rather than from code per family ([`kept`]): tags, disks, DNS zones and
//! their records, security groups and their rules, load balancers and their rules, address
//! lists and their entries, API tokens, SSH keys, file storage volumes, disk backup
//! policies, virtual machine groups, virtual networks, object storage access keys and
//! buckets, and the trash. What is created in an organisation (or another object) can be
//! read by each of its lookup keys, listed with paging, updated and deleted (with what it
//! is the parent of); a delete that the spec answers with a trash object moves it to the
//! trash, where it can be listed, restored or purged, beside the machines deleted there. A
//! missing object, a missing parent, an object in the trash and a lookup key already held
//! are the operation's documented errors. The store starts with one catalog of the
//! read-only families (the world's countries, data centres and networks, then the objects
//! of the spec's examples of each family's reads and lists) and the seeded load balancer;
//! [`RunningSimulator::objects`] shows what it holds. Organisations are the world's;
//! managed ones are created, listed by their manager and deleted (with what they held).
//!
//! Actions change what they act on as the spec's `x-changes` says (`spec/README.md`):
//! assigning a disk sets its `virtual_machine_disk` and the machine lists it, attaching and
//! detaching move its attachment with their task, a resize changes its size, changing a
//! package or flexible resources changes the machine, an update changes exactly the
//! properties given, an interface detaches or takes a speed profile, a bucket's access list
//! names its organisation's keys and loses one deleted; a disk moves `not_built` →
//! `building` → `built` (a file storage volume `pending` → `configuring` → `ready`) as its
//! work runs, or to `failed`. A lookup given to an operation that keeps state must name an
//! object that exists, or it is the documented not-found; the exceptions are a build's
//! (its package and template), and a kind the simulator holds nothing of (an object storage
//! cluster), which are taken as given. A get from a catalog agrees with its list, by any
//! key, and a list under a parent (a country's states) holds what refers to it.
//!
//! A build adds the machine it builds ([`BUILDS`]), started when the build ends; a power
//! action on a machine of the world moves it through its passing state (`stopping`) to its
//! settled one (`stopped`) when the action's task ends, or back where it was when work
//! fails.
//!
//! Work an answer starts (a task, a virtual machine build) is kept and progresses over
//! time: read again by its ID, it is under way, then final after the [`WorkOptions`]'
//! duration, succeeded or (when told) failed.
//!
//! What it does not model: OAuth2, capabilities tokens, network-restricted tokens,
//! `permission_denied`, an address given to a load balancer through the API, object storage
//! accounts and objects, and the rest of the few operations [`left_because`] names (answered
//! from examples), and full JSON Schema checks of request bodies (their required properties
//! and lookups are checked).
//! A path and method outside the spec is `route_not_found`.

#![forbid(unsafe_code)]

mod api;
mod arguments;
mod changes;
mod checking;
mod errors;
mod faults;
mod from_spec;
mod handler;
mod kept;
mod management;
mod modelled;
mod query;
mod render;
mod resources;
mod seed;
mod work;
mod world;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use axum::http::StatusCode;

pub use api::{ALLOCATE_SCOPES, LIST_SCOPES, RELEASE_SCOPES, UNALLOCATE_SCOPES};
pub use faults::{Faults, Injected};
pub use from_spec::{Answering, answered_from_examples, answering, kept, left_because};
pub use management::{READ_IP_SCOPES, READ_VM_SCOPES, WRITE_IP_SCOPES, WRITE_VM_SCOPES};
pub use modelled::{BUILDS, MODELLED, paths};
pub use seed::{SeedOptions, seeded};
pub use work::{DEFAULT_KEPT_WORK, WorkOptions};
pub use world::World;

/// Where the API lives under the simulator's address, as on the live service.
pub const BASE_PATH: &str = "/core/v1";
/// The default token: every scope the spec names, a generous rate limit.
pub const DEFAULT_TOKEN: &str = "katapult-simulator-token";
/// A token with only `virtual_machines:read`: it can list but not allocate.
pub const READ_ONLY_TOKEN: &str = "katapult-simulator-read-only-token";
/// A token with no scopes at all.
pub const NO_SCOPES_TOKEN: &str = "katapult-simulator-no-scopes-token";
/// A token limited to 5 requests a minute, for meeting `rate_limit_reached`.
pub const LIMITED_TOKEN: &str = "katapult-simulator-limited-token";
/// Requests per minute for tokens that do not set their own limit.
pub const DEFAULT_RATE_LIMIT: u32 = 100_000;

/// An API token the simulator accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenGrant {
    /// The token.
    pub token: String,
    /// Its scopes, e.g. `virtual_machines`, `virtual_machines:read`, `ip_addresses`.
    pub scopes: Vec<String>,
    /// Requests it may make per minute.
    pub rate_limit_per_minute: u32,
}

impl TokenGrant {
    /// A token with these scopes and the default rate limit.
    pub fn new(token: impl Into<String>, scopes: &[&str]) -> Self {
        Self {
            token: token.into(),
            scopes: scopes.iter().map(|s| (*s).to_owned()).collect(),
            rate_limit_per_minute: DEFAULT_RATE_LIMIT,
        }
    }

    /// Whether any of `needed` is granted (also in its OAuth2 form,
    /// `api.katapult.io/core/v1/<scope>`).
    fn allows(&self, needed: &[&str]) -> bool {
        self.scopes.iter().any(|granted| {
            let granted = granted.strip_prefix("api.katapult.io/core/v1/").unwrap_or(granted);
            needed.contains(&granted)
        })
    }

    /// The four default tokens.
    pub fn defaults() -> Vec<Self> {
        let mut every_scope = from_spec::all_scopes();
        for scope in ["virtual_machines", "ip_addresses"] {
            if !every_scope.contains(&scope) {
                every_scope.push(scope);
            }
        }
        vec![
            Self::new(DEFAULT_TOKEN, &every_scope),
            Self::new(READ_ONLY_TOKEN, &["virtual_machines:read"]),
            Self::new(NO_SCOPES_TOKEN, &[]),
            Self {
                rate_limit_per_minute: 5,
                ..Self::new(LIMITED_TOKEN, &["virtual_machines", "ip_addresses"])
            },
        ]
    }
}

/// Configures a simulator. Start with [`Simulator::builder`].
#[derive(Clone, Debug)]
#[must_use]
pub struct Simulator {
    seed: SeedOptions,
    tokens: Vec<TokenGrant>,
    faults: Faults,
    work: WorkOptions,
    kept_work: usize,
    rate_limit_window: Duration,
    address: SocketAddr,
}

impl Simulator {
    /// The default world and tokens, no faults, a random port on 127.0.0.1.
    pub fn builder() -> Self {
        Self {
            seed: SeedOptions::default(),
            tokens: TokenGrant::defaults(),
            faults: Faults::default(),
            work: WorkOptions::default(),
            kept_work: work::DEFAULT_KEPT_WORK,
            rate_limit_window: Duration::from_secs(60),
            address: SocketAddr::from(([127, 0, 0, 1], 0)),
        }
    }

    /// Interfaces on the bulk VM ([`seeded::BULK_FQDN`]); 25 unless set.
    pub fn bulk_interfaces(mut self, count: usize) -> Self {
        self.seed.bulk_interfaces = count;
        self
    }

    /// Replaces the default tokens.
    pub fn tokens(mut self, tokens: Vec<TokenGrant>) -> Self {
        self.tokens = tokens;
        self
    }

    /// Faults to inject from the start.
    pub fn faults(mut self, faults: Faults) -> Self {
        self.faults = faults;
        self
    }

    /// How work started by an answer (a task, a build) runs: how long until it is final,
    /// and whether it fails ([`WorkOptions::default`] unless set).
    pub fn work(mut self, work: WorkOptions) -> Self {
        self.work = work;
        self
    }

    /// How many pieces of work (tasks, builds) to keep before the oldest finished ones are
    /// forgotten ([`DEFAULT_KEPT_WORK`] unless set), so a long-lived simulator's memory stays
    /// flat. Work under way is never forgotten; forgotten work read again is not found, as
    /// work the simulator never started is.
    pub fn keep_work(mut self, pieces: usize) -> Self {
        self.kept_work = pieces;
        self
    }

    /// How long each token's rate-limit window lasts (a minute, as the service's, unless
    /// set): a token may make its `rate_limit_per_minute` requests in each window. Shorter
    /// windows let a test or a benchmark meet the limit and its renewal in seconds.
    pub fn rate_limit_window(mut self, window: Duration) -> Self {
        self.rate_limit_window = window;
        self
    }

    /// Where to listen (127.0.0.1 on a random port unless set).
    pub fn address(mut self, address: SocketAddr) -> Self {
        self.address = address;
        self
    }

    /// Binds and starts serving on the current tokio runtime. The server stops when the
    /// returned handle is dropped.
    ///
    /// # Errors
    /// When the address cannot be bound.
    pub async fn start(self) -> std::io::Result<RunningSimulator> {
        from_spec::contracts().map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
        let listener = tokio::net::TcpListener::bind(self.address).await?;
        let address = listener.local_addr()?;
        let world = World::seed(self.seed);
        let resources = kept::Store::seeded(&world);
        let shared = Arc::new(Shared {
            world: Mutex::new(world),
            tokens: self.tokens.into_iter().map(|t| (t.token.clone(), t)).collect(),
            windows: Mutex::new(HashMap::new()),
            rate_limit_window: self.rate_limit_window,
            faults: Mutex::new(faults::FaultState::new(self.faults)),
            requests: AtomicU64::new(0),
            statuses: Mutex::new(HashMap::new()),
            created: AtomicU64::new(0),
            work: Mutex::new(work::Ledger::new(self.work, self.kept_work)),
            resources: Mutex::new(resources),
        });
        let app = api::router(shared.clone());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(async move {
            let shutdown = async {
                let _ = stopped.await;
            };
            // Serving ends only on shutdown or a listener failure; either way, stop.
            let _ = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
        });
        Ok(RunningSimulator {
            address,
            shared,
            stop: Some(stop),
            server,
        })
    }
}

/// A simulator serving on loopback. Dropping it stops the server.
#[derive(Debug)]
pub struct RunningSimulator {
    address: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: tokio::task::JoinHandle<()>,
}

impl RunningSimulator {
    /// The base URL to give a client, e.g. `http://127.0.0.1:40123/core/v1`.
    pub fn url(&self) -> String {
        format!("http://{}{BASE_PATH}", self.address)
    }

    /// The address it listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The default token, with every scope.
    pub fn token(&self) -> &'static str {
        DEFAULT_TOKEN
    }

    /// Replaces the faults in force, dropping any scripted ones not yet used.
    pub fn set_faults(&self, faults: Faults) {
        let mut state = self.shared.fault_state();
        state.set(faults);
        state.script.clear();
    }

    /// Answers the next `times` requests with `fault`, before any chance-based faults.
    pub fn inject(&self, fault: Injected, times: usize) {
        self.shared
            .fault_state()
            .script
            .extend(std::iter::repeat_n(fault, times));
    }

    /// How work started from now on runs (work already started keeps its options).
    pub fn set_work(&self, work: WorkOptions) {
        self.shared.work().options = work;
    }

    /// Each piece of work (a task, a build) an answer has started so far, oldest first: its
    /// kind, as the answer's key names it (`task`, `virtual_machine_build`), and its ID.
    pub fn started_work(&self) -> Vec<(String, String)> {
        self.shared.work().started()
    }

    /// Requests received so far.
    pub fn requests(&self) -> u64 {
        self.shared.requests.load(Ordering::SeqCst)
    }

    /// How many answers had each status so far.
    pub fn statuses(&self) -> HashMap<u16, u64> {
        self.shared
            .statuses
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The objects of `kind` (`tag`, `disk`) that the resources kept from the spec hold now
    /// and the trash does not, oldest first, as the API shows them.
    pub fn objects(&self, kind: &str) -> Vec<serde_json::Value> {
        self.shared.resources().objects(kind)
    }

    /// How many objects the simulator keeps now (the catalogs', the kept resources' and the
    /// trash's) and how many pieces of work: what a long-lived simulator's memory follows.
    pub fn footprint(&self) -> (usize, usize) {
        let objects = self.shared.resources().len();
        (objects, self.shared.work().started().len())
    }

    /// A copy of the world as it is now, to check what requests did.
    pub fn world(&self) -> World {
        self.shared.world().clone()
    }

    /// Stops serving and waits for the server to finish.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        let _ = (&mut self.server).await;
    }
}

impl Drop for RunningSimulator {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

/// State shared by every request.
#[derive(Debug)]
pub(crate) struct Shared {
    world: Mutex<World>,
    tokens: HashMap<String, TokenGrant>,
    /// Per token: when its current minute started and how many requests it has made.
    windows: Mutex<HashMap<String, (Instant, u32)>>,
    /// How long a window lasts.
    rate_limit_window: Duration,
    faults: Mutex<faults::FaultState>,
    requests: AtomicU64,
    statuses: Mutex<HashMap<u16, u64>>,
    /// Objects created so far, for their IDs.
    created: AtomicU64,
    /// Work started by answers, to read again as it progresses.
    work: Mutex<work::Ledger>,
    /// The objects of the resources kept from the spec.
    resources: Mutex<kept::Store>,
}

impl Shared {
    // A poisoned lock means a handler panicked mid-request; the data is still the best
    // there is, and a simulator that stops answering helps nobody.
    fn world(&self) -> MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A new object's ID in the API's shape (`ip_` and 16 letters and digits), numbered in
    /// creation order so a run is repeatable.
    fn next_id(&self, prefix: &str) -> String {
        let n = self.created.fetch_add(1, Ordering::Relaxed);
        format!("{prefix}_new{n:013}")
    }

    fn resources(&self) -> MutexGuard<'_, kept::Store> {
        self.resources.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn work(&self) -> MutexGuard<'_, work::Ledger> {
        self.work.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn fault_state(&self) -> MutexGuard<'_, faults::FaultState> {
        self.faults.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn token(&self, token: &str) -> Option<&TokenGrant> {
        self.tokens.get(token)
    }

    fn default_rate_limit(&self) -> u32 {
        self.tokens
            .get(DEFAULT_TOKEN)
            .map_or(DEFAULT_RATE_LIMIT, |t| t.rate_limit_per_minute)
    }

    /// Counts a request against the token's per-minute limit.
    fn count_against_limit(&self, token: &str, limit: u32) -> Result<(), errors::ApiFailure> {
        let mut windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        let now = Instant::now();
        let window = windows.entry(token.to_owned()).or_insert((now, 0));
        if now.duration_since(window.0) >= self.rate_limit_window {
            *window = (now, 0);
        }
        if window.1 >= limit {
            return Err(errors::ApiFailure::rate_limit_reached(limit, None));
        }
        window.1 += 1;
        Ok(())
    }

    /// `token`'s limit per minute and what is left of it in this minute's window.
    fn rate_limit_left(&self, token: &str) -> Option<(u32, u32)> {
        let limit = self.token(token)?.rate_limit_per_minute;
        let windows = self.windows.lock().unwrap_or_else(PoisonError::into_inner);
        let used = windows
            .get(token)
            .filter(|(start, _)| start.elapsed() < self.rate_limit_window)
            .map_or(0, |(_, used)| *used);
        Some((limit, limit.saturating_sub(used)))
    }

    /// A new request id, shaped as the service's (a random UUID, version 4).
    fn next_request_id(&self) -> String {
        let (a, b) = (fastrand::u64(..), fastrand::u64(..));
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0x0fff,
            0x8000 | ((b >> 48) & 0x3fff),
            b & 0xffff_ffff_ffff
        )
    }

    fn before_request(&self) -> faults::Decision {
        self.requests.fetch_add(1, Ordering::SeqCst);
        self.fault_state().decide()
    }

    fn after_response(&self, status: StatusCode) {
        *self
            .statuses
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(status.as_u16())
            .or_default() += 1;
    }
}
