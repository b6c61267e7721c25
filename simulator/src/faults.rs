//! Faults to inject, for tests and benchmarks: latency, 503s, 429s with `Retry-After`,
//! and a proxy's HTML 502.

use std::collections::VecDeque;
use std::time::Duration;

/// Faults applied to every request, by chance. Shares are between 0 and 1.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Faults {
    /// Added to every answer.
    pub latency: Duration,
    /// The share of requests answered `503 service_unavailable`.
    pub unavailable: f64,
    /// The share of requests answered `429 rate_limit_reached` with `Retry-After`.
    pub rate_limited: f64,
    /// The `Retry-After` (seconds) sent with injected 429s.
    pub retry_after_secs: u64,
    /// The share of requests answered with a proxy's HTML `502 Bad Gateway`.
    pub bad_gateway: f64,
    /// Seeds the random draws, so a sequence of requests meets the same faults each run.
    pub seed: u64,
}

/// One scripted fault, for the next request (see
/// [`RunningSimulator::inject`](crate::RunningSimulator::inject)).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Injected {
    /// `503 service_unavailable`.
    Unavailable,
    /// `429 rate_limit_reached` with this `Retry-After` in seconds.
    RateLimited {
        /// Seconds.
        retry_after: u64,
    },
    /// A proxy's HTML `502 Bad Gateway`.
    BadGateway,
}

/// What happens to one request.
pub(crate) struct Decision {
    pub(crate) latency: Duration,
    pub(crate) fault: Option<Injected>,
}

/// The faults in force: the scripted queue first, then chance.
#[derive(Debug)]
pub(crate) struct FaultState {
    pub(crate) faults: Faults,
    pub(crate) script: VecDeque<Injected>,
    rng: fastrand::Rng,
}

impl FaultState {
    pub(crate) fn new(faults: Faults) -> Self {
        let rng = fastrand::Rng::with_seed(faults.seed);
        Self {
            faults,
            script: VecDeque::new(),
            rng,
        }
    }

    pub(crate) fn set(&mut self, faults: Faults) {
        self.rng = fastrand::Rng::with_seed(faults.seed);
        self.faults = faults;
    }

    pub(crate) fn decide(&mut self) -> Decision {
        let latency = self.faults.latency;
        if let Some(fault) = self.script.pop_front() {
            return Decision {
                latency,
                fault: Some(fault),
            };
        }
        let f = &self.faults;
        let draw = self.rng.f64();
        let fault = if draw < f.unavailable {
            Some(Injected::Unavailable)
        } else if draw < f.unavailable + f.rate_limited {
            Some(Injected::RateLimited {
                retry_after: f.retry_after_secs,
            })
        } else if draw < f.unavailable + f.rate_limited + f.bad_gateway {
            Some(Injected::BadGateway)
        } else {
            None
        };
        Decision { latency, fault }
    }
}
