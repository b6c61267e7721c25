//! Waiting for work that finishes after its answer: starting, stopping or resizing a
//! machine answers with a task, building one with a build, and each is read again until its
//! state is final. The generated `Client::wait_for_*` methods (one per kind of work the spec
//! can read again: `wait_for_task`, `wait_for_virtual_machine_build`) run the loop here.
//!
//! Awaiting a task (the example needs `virtual-machines`, whose power actions start tasks
//! and so bring `get_task` and `wait_for_task`):
#![cfg_attr(
    feature = "virtual-machines",
    doc = r#"
```no_run
use std::time::Duration;
use katapult_sdk::{Client, Wait};

# async fn run(client: Client, task_id: &str) -> katapult_sdk::Result<()> {
let wait = Wait::new()
    .timeout(Duration::from_secs(300))
    .on_progress(|work| println!("{} {:?}: {:?}%", work.kind(), work.state(), work.percent()));
let task = client.wait_for_task(task_id, wait).await?;
println!("finished at {:?}", task.finished_at);
# Ok(())
# }
```
"#
)]
// With no family that reads work again enabled, `Work` has no variant, so nothing after a
// read is reachable; `katapult_any_work` is set by the build script.
#![cfg_attr(not(katapult_any_work), allow(unused, dead_code))]

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Result};
use crate::generated::waiting::Work;

/// How long to wait for work, how often to look, and whom to tell: the argument of every
/// `Client::wait_for_*` method.
///
/// The second read is [`first_poll`](Self::poll_interval) after the first, then each gap
/// grows by half (from at least 100 ms), up to the longest gap; the last read is at the
/// timeout, and a read still under way then is dropped. Each read is an ordinary request:
/// it carries the token, and is retried as the client's
/// [`RetryPolicy`](crate::RetryPolicy) allows (a `429`'s `Retry-After` included), within
/// the timeout. Dropping the waiting future stops it at once, a read under way included.
#[derive(Clone)]
#[must_use]
pub struct Wait {
    timeout: Duration,
    first_poll: Duration,
    longest_poll: Duration,
    on_progress: Option<Report>,
}

/// What [`Wait::on_progress`] keeps: called with each state read while work is under way.
type Report = Arc<dyn Fn(&Work) + Send + Sync>;

/// How long waiting lasts unless told: [`Wait::timeout`].
pub const DEFAULT_WAIT_TIMEOUT: Duration = Duration::from_secs(30 * 60);

impl Default for Wait {
    /// Up to [`DEFAULT_WAIT_TIMEOUT`] (half an hour: a machine's build can take minutes),
    /// looking after one second, then at gaps growing to fifteen seconds.
    fn default() -> Self {
        Self {
            timeout: DEFAULT_WAIT_TIMEOUT,
            first_poll: Duration::from_secs(1),
            longest_poll: Duration::from_secs(15),
            on_progress: None,
        }
    }
}

impl fmt::Debug for Wait {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wait")
            .field("timeout", &self.timeout)
            .field("first_poll", &self.first_poll)
            .field("longest_poll", &self.longest_poll)
            .field("on_progress", &self.on_progress.as_ref().map(|_| "Fn(&Work)"))
            .finish()
    }
}

impl Wait {
    /// The defaults (see [`Wait::default`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// The longest to wait, from the first read; then [`Error::WaitTimedOut`] with the
    /// last state read. `Duration::MAX` waits for as long as the work takes.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The gap before the second read (`first`), and the longest gap it grows to
    /// (`longest`, at least `first`). Zero for both reads again at once, as tests may want;
    /// a zero `first` with a longer `longest` still backs off.
    pub fn poll_interval(mut self, first: Duration, longest: Duration) -> Self {
        self.first_poll = first;
        self.longest_poll = longest.max(first);
        self
    }

    /// Called with every state read while the work is under way (not the final one, which
    /// the wait returns).
    pub fn on_progress(mut self, report: impl Fn(&Work) + Send + Sync + 'static) -> Self {
        self.on_progress = Some(Arc::new(report));
        self
    }
}

/// Where a piece of work stands, from its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    UnderWay,
    Succeeded,
    Failed,
}

/// The outcome of a work whose state reads `state`, given the states that end it.
// Called by the generated code only when an enabled family has work (a task, a build) to
// wait for, not just objects with a state.
#[allow(dead_code)]
pub(crate) fn outcome(state: Option<&str>, succeeded: &str, failed: &str) -> Outcome {
    reached(state, Some(succeeded), Some(failed))
}

/// A generated enum's value as the API writes it (`"running"`), or `None` when absent.
pub(crate) fn text_of(value: &impl Serialize) -> Option<String> {
    match serde_json::to_value(value).ok()? {
        serde_json::Value::String(text) => Some(text),
        _ => None,
    }
}

/// An object's ID, whether the spec makes it optional or not.
pub(crate) fn id_of(id: &impl AsId) -> Option<&str> {
    id.as_id()
}

/// How much of a work is done, whatever integer type and optionality the spec gives it.
// Called by the generated code only when an enabled kind of work has a percentage (a task
// has; a build has not), so a build with builds alone leaves it unused.
#[allow(dead_code)]
pub(crate) fn percent_of(percent: &impl AsPercent) -> Option<i64> {
    percent.as_percent()
}

/// A percentage field as generated.
#[allow(dead_code)]
pub(crate) trait AsPercent {
    fn as_percent(&self) -> Option<i64>;
}

impl AsPercent for i64 {
    fn as_percent(&self) -> Option<i64> {
        Some(*self)
    }
}

impl AsPercent for i32 {
    fn as_percent(&self) -> Option<i64> {
        Some(i64::from(*self))
    }
}

impl<P: AsPercent> AsPercent for Option<P> {
    fn as_percent(&self) -> Option<i64> {
        self.as_ref().and_then(AsPercent::as_percent)
    }
}

/// An ID field as generated: optional or not.
pub(crate) trait AsId {
    fn as_id(&self) -> Option<&str>;
}

impl AsId for String {
    fn as_id(&self) -> Option<&str> {
        Some(self)
    }
}

impl AsId for Option<String> {
    fn as_id(&self) -> Option<&str> {
        self.as_deref()
    }
}

/// The lookup `{"id": id}` of a generated lookup type, refused before anything is sent
/// when the ID is blank.
pub(crate) fn lookup_by_id<L: DeserializeOwned>(id: &str, argument: &'static str) -> Result<L> {
    let id = crate::lookup::not_blank(argument, id)?;
    serde_json::from_value(serde_json::json!({ "id": id })).map_err(|error| Error::InvalidInput {
        argument,
        reason: error.to_string(),
    })
}

/// The smallest gap that grows: a first gap of zero still backs off (unless the longest
/// gap is zero too).
const GROWTH_FLOOR: Duration = Duration::from_millis(100);

/// The gap after `gap`: half as long again, at least [`GROWTH_FLOOR`], at most `longest`.
fn next_gap(gap: Duration, longest: Duration) -> Duration {
    gap.saturating_add(gap / 2).max(GROWTH_FLOOR).min(longest)
}

/// The outcome of waiting for an object to be in the state `wanted`: reached, failed when
/// it is in its `failed` state instead, under way otherwise.
// Called by the generated code directly when an enabled family has an object with a
// state, and through `outcome` when it has work.
#[allow(dead_code)]
pub(crate) fn reached(state: Option<&str>, wanted: Option<&str>, failed: Option<&str>) -> Outcome {
    match state {
        Some(state) if Some(state) == wanted => Outcome::Succeeded,
        Some(state) if Some(state) == failed => Outcome::Failed,
        _ => Outcome::UnderWay,
    }
}

/// Whether `state` is one of `values` (the spec's list), or there is no state yet.
// Called by the generated `Work::state_is_listed`, which has no arm in a build with nothing
// to wait for.
#[allow(dead_code)]
pub(crate) fn listed(state: Option<&str>, values: &[&str]) -> bool {
    state.is_none_or(|state| values.contains(&state))
}

/// Reads the work with `read` until `ended` says it has ended, as `wait` says; `into_work`
/// tells the object read what kind of work it is. A read still under way at the timeout is
/// dropped.
///
/// A state the spec does not list (newer than the SDK: a task `cancelled`) is neither
/// success nor failure: the wait goes on, reports it as progress, and logs a `tracing`
/// warning the first time it meets it, until a listed final state or the timeout.
pub(crate) async fn until_final<T, R, F>(
    wait: &Wait,
    mut read: R,
    into_work: fn(T) -> Work,
    ended: impl Fn(&Work) -> Outcome,
) -> Result<T>
where
    T: Clone,
    R: FnMut() -> F,
    F: Future<Output = Result<T>>,
{
    let started = tokio::time::Instant::now();
    // A timeout too long to add (`Duration::MAX`) is no deadline at all.
    let deadline = started.checked_add(wait.timeout);
    let timed_out = |work: Option<Work>| Error::WaitTimedOut {
        waited: started.elapsed(),
        work: work.map(Box::new),
    };
    let mut gap = wait.first_poll;
    let mut last: Option<Work> = None;
    let mut warned = false;
    loop {
        let read_now = match deadline {
            Some(deadline) => match tokio::time::timeout_at(deadline, read()).await {
                Ok(read) => read?,
                Err(_) => return Err(timed_out(last)),
            },
            None => read().await?,
        };
        let work = into_work(read_now.clone());
        let (kind, id, percent) = (work.kind(), work.id(), work.percent());
        let state = work.state();
        let state = state.as_deref();
        if !warned && !work.state_is_listed() {
            warned = true;
            tracing::warn!(
                kind,
                id,
                state,
                "katapult.wait: a state this SDK does not know; waiting on as if under way"
            );
        }
        match ended(&work) {
            Outcome::Succeeded => {
                tracing::debug!(kind, id, state, "katapult.wait: finished");
                return Ok(read_now);
            }
            Outcome::Failed => {
                tracing::debug!(kind, id, state, "katapult.wait: failed");
                return Err(Error::WorkFailed { work: Box::new(work) });
            }
            Outcome::UnderWay => {}
        }
        tracing::debug!(kind, id, state, percent, "katapult.wait: under way");
        if let Some(report) = &wait.on_progress {
            report(&work);
        }
        let now = tokio::time::Instant::now();
        let pause = match deadline {
            Some(deadline) if now >= deadline => return Err(timed_out(Some(work))),
            Some(deadline) => gap.min(deadline - now),
            None => gap,
        };
        last = Some(work);
        tokio::time::sleep(pause).await;
        gap = next_gap(gap, wait.longest_poll);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_is_final_only_when_it_is_one_of_the_two_that_end_work() {
        assert_eq!(outcome(Some("completed"), "completed", "failed"), Outcome::Succeeded);
        assert_eq!(outcome(Some("failed"), "completed", "failed"), Outcome::Failed);
        assert_eq!(outcome(Some("running"), "completed", "failed"), Outcome::UnderWay);
        assert_eq!(outcome(None, "completed", "failed"), Outcome::UnderWay);
    }

    #[test]
    fn a_state_asked_for_is_reached_and_the_failed_state_ends_the_wait_unless_asked_for() {
        assert!(matches!(
            reached(Some("stopped"), Some("stopped"), Some("failed")),
            Outcome::Succeeded
        ));
        assert!(matches!(
            reached(Some("failed"), Some("stopped"), Some("failed")),
            Outcome::Failed
        ));
        assert!(matches!(
            reached(Some("failed"), Some("failed"), Some("failed")),
            Outcome::Succeeded
        ));
        assert!(matches!(
            reached(Some("stopping"), Some("stopped"), Some("failed")),
            Outcome::UnderWay
        ));
        assert!(matches!(reached(None, Some("stopped"), None), Outcome::UnderWay));
    }

    #[test]
    fn gaps_grow_by_half_from_a_floor_to_the_longest_without_overflowing() {
        let longest = Duration::from_secs(10);
        assert_eq!(next_gap(Duration::from_secs(2), longest), Duration::from_secs(3));
        assert_eq!(next_gap(Duration::ZERO, longest), GROWTH_FLOOR, "zero still backs off");
        assert_eq!(next_gap(Duration::from_secs(8), longest), longest);
        assert_eq!(
            next_gap(Duration::ZERO, Duration::ZERO),
            Duration::ZERO,
            "unless told not to"
        );
        assert_eq!(next_gap(Duration::MAX, Duration::MAX), Duration::MAX);
    }

    #[test]
    fn a_percentage_reads_whatever_its_generated_type() {
        assert_eq!(percent_of(&Some(40_i64)), Some(40));
        assert_eq!(percent_of(&7_i32), Some(7));
        assert_eq!(percent_of(&None::<i32>), None);
    }

    #[test]
    fn the_gaps_never_exceed_the_longest_and_debug_shows_no_closure() {
        let wait = Wait::new()
            .poll_interval(Duration::from_secs(2), Duration::from_secs(1))
            .on_progress(|_| {});
        assert_eq!(wait.longest_poll, Duration::from_secs(2), "at least the first gap");
        let shown = format!("{wait:?}");
        assert!(shown.contains("Fn(&Work)") && shown.contains("timeout"), "{shown}");
    }
}

/// The loop itself, on tokio's paused clock: when it reads, and how each wait ends.
#[cfg(all(test, feature = "virtual-machines"))]
mod loop_tests {
    use std::sync::Mutex;

    use tokio::time::Instant;

    use super::*;
    use crate::types::VirtualMachineBuild;

    fn build(state: &str) -> VirtualMachineBuild {
        serde_json::from_value(serde_json::json!({"id": "vmbuild_1", "state": state})).expect("a build")
    }

    /// Waits with `wait` on a build whose reads give `states` in turn (the last one for ever
    /// after), and returns the outcome with each read's offset from the start.
    async fn wait_on(wait: &Wait, states: &[&str]) -> (Result<VirtualMachineBuild>, Vec<Duration>) {
        let start = Instant::now();
        let reads = Mutex::new(Vec::new());
        let read = || {
            let mut reads = reads.lock().expect("not poisoned");
            reads.push(start.elapsed());
            let state = states[(reads.len() - 1).min(states.len() - 1)];
            async move { Ok(build(state)) }
        };
        let outcome = until_final(wait, read, Work::VirtualMachineBuild, Work::outcome).await;
        (outcome, reads.into_inner().expect("not poisoned"))
    }

    fn secs(offsets: &[f64]) -> Vec<Duration> {
        offsets.iter().map(|s| Duration::from_secs_f64(*s)).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn a_state_newer_than_the_sdk_is_reported_and_waited_past() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorded = Arc::clone(&seen);
        let wait = Wait::new()
            .poll_interval(Duration::from_secs(1), Duration::from_secs(1))
            .on_progress(move |work| {
                let listed = work.state_is_listed();
                recorded.lock().expect("not poisoned").push((work.state(), listed));
            });
        let (outcome, reads) = wait_on(&wait, &["pending", "paused", "paused", "complete"]).await;
        assert_eq!(outcome.map(|b| b.state.to_string()).ok().as_deref(), Some("complete"));
        assert_eq!(reads.len(), 4, "an unknown state is not final");
        let seen = seen.lock().expect("not poisoned").clone();
        assert_eq!(
            seen,
            [
                (Some("pending".to_owned()), true),
                (Some("paused".to_owned()), false),
                (Some("paused".to_owned()), false)
            ]
        );
        let (outcome, _) = wait_on(&wait.clone().timeout(Duration::from_secs(3)), &["paused"]).await;
        assert!(
            matches!(&outcome, Err(Error::WaitTimedOut { work: Some(work), .. }) if work.state().as_deref() == Some("paused")),
            "{outcome:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn reads_come_at_growing_gaps_and_the_last_at_the_timeout() {
        let wait = Wait::new()
            .timeout(Duration::from_secs(10))
            .poll_interval(Duration::from_secs(1), Duration::from_secs(3));
        let (outcome, reads) = wait_on(&wait, &["building"]).await;
        assert_eq!(reads, secs(&[0.0, 1.0, 2.5, 4.75, 7.75, 10.0]));
        let Err(Error::WaitTimedOut { waited, work }) = outcome else {
            panic!("expected a timeout, got {outcome:?}");
        };
        assert_eq!(waited, Duration::from_secs(10));
        assert_eq!(work.and_then(|w| w.state()).as_deref(), Some("building"));
    }

    #[tokio::test(start_paused = true)]
    async fn a_final_state_ends_the_wait_with_the_object_or_the_failure() {
        let wait = Wait::new().poll_interval(Duration::from_secs(1), Duration::from_secs(1));
        let (outcome, reads) = wait_on(&wait, &["pending", "building", "complete"]).await;
        assert_eq!(outcome.map(|b| b.id).ok(), Some("vmbuild_1".to_owned()));
        assert_eq!(reads, secs(&[0.0, 1.0, 2.0]));
        let (outcome, _) = wait_on(&wait, &["building", "failed"]).await;
        assert!(
            matches!(&outcome, Err(Error::WorkFailed { work }) if work.state().as_deref() == Some("failed")),
            "{outcome:?}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_read_still_under_way_at_the_timeout_is_dropped() {
        let wait = Wait::new().timeout(Duration::from_secs(5));
        let read = || async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok(build("complete"))
        };
        let outcome = until_final(&wait, read, Work::VirtualMachineBuild, Work::outcome).await;
        assert!(
            matches!(outcome, Err(Error::WaitTimedOut { waited, work: None }) if waited == Duration::from_secs(5)),
            "{outcome:?}"
        );
    }
}
