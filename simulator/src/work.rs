//! Work that finishes after its answer: tasks, virtual machine builds, and whatever else the
//! spec's answers carry that progresses (build-tools' `progress.rs` decides which, from the
//! spec, and the request contracts say which answer starts work and which reads it again).
//!
//! An answer that starts work holds a new object (a new ID, its first state); reading it
//! again by that ID gives that object in its state now: its first state for the first quarter of the work's
//! duration, then under way with its percentage done, then final once the duration has
//! passed, succeeded or, when the simulator is told to, failed. With a zero duration, work
//! is final as soon as it is read. An ID the simulator did not start (or has forgotten) is
//! the read's documented not-found error.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use serde_json::Value;

use crate::query::{self, Params};

/// How work started on the simulator runs: how long it takes, and whether it fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkOptions {
    /// From the answer that starts it to its final state. [`WorkOptions::default`] is two
    /// seconds, long enough to watch; zero makes it final when first read again.
    pub duration: Duration,
    /// Whether work ends in its failed state rather than its succeeded one.
    pub fails: bool,
}

impl Default for WorkOptions {
    fn default() -> Self {
        Self {
            duration: Duration::from_secs(2),
            fails: false,
        }
    }
}

impl WorkOptions {
    /// Work that takes `duration` and succeeds.
    pub fn taking(duration: Duration) -> Self {
        Self { duration, fails: false }
    }

    /// The same work, ending failed.
    #[must_use]
    pub fn failing(self) -> Self {
        Self { fails: true, ..self }
    }
}

/// What an operation's answer does with work, from its contract.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct Work {
    /// Kinds of work the answer starts, each under its key.
    starts: Vec<Kind>,
    /// The kind of work the answer reads again, by the lookup of the same name.
    reads: Option<Kind>,
}

/// One kind of work: where it sits in an answer and how its state reads.
#[derive(Debug, Deserialize)]
struct Kind {
    key: String,
    state: String,
    initial: String,
    running: String,
    succeeded: String,
    failed: String,
    percent: Option<String>,
}

/// How many pieces of work the ledger keeps unless told otherwise
/// ([`crate::Simulator::keep_work`]): enough for any test suite's waits, small enough that a
/// long-lived simulator's memory stays flat.
pub const DEFAULT_KEPT_WORK: usize = 10_000;

/// Work started so far, by ID: at most `keep` pieces, the oldest forgotten once finished.
#[derive(Debug)]
pub(crate) struct Ledger {
    pub(crate) options: WorkOptions,
    /// How many pieces to keep before the oldest finished ones are forgotten.
    keep: usize,
    started: HashMap<String, Started>,
    /// Each piece as its answer first showed it, by ID: read again, it is that object in
    /// its state now (a build keeps the machine it builds, as the build's answer showed
    /// it: read the machine itself for its state now).
    answered: HashMap<String, Value>,
    /// Each piece's kind (its answer key, `task`) and ID, oldest first.
    order: VecDeque<(String, String)>,
}

impl Ledger {
    /// No work started yet; work will run as `options` say, and at most `keep` pieces are
    /// kept once finished.
    pub(crate) fn new(options: WorkOptions, keep: usize) -> Self {
        Self {
            options,
            keep,
            started: HashMap::new(),
            answered: HashMap::new(),
            order: VecDeque::new(),
        }
    }

    /// Each piece of work the ledger holds, oldest first: its kind (`task`,
    /// `virtual_machine_build`) and its ID.
    pub(crate) fn started(&self) -> Vec<(String, String)> {
        self.order.iter().cloned().collect()
    }

    /// Forgets the oldest pieces while there are more than `keep` and the oldest is
    /// finished: work under way is never forgotten, so a wait on it still ends as it
    /// should. A forgotten piece read again is not found, as work the simulator never
    /// started is.
    fn forget_finished(&mut self, now: Instant) {
        while self.order.len() > self.keep {
            let Some((_, id)) = self.order.front() else { break };
            let finished = self
                .started
                .get(id)
                .is_none_or(|started| now.saturating_duration_since(started.at) >= started.options.duration);
            if !finished {
                break;
            }
            if let Some((_, id)) = self.order.pop_front() {
                self.started.remove(&id);
                self.answered.remove(&id);
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Started {
    at: Instant,
    /// Unix seconds, for the object's timestamps.
    at_unix: i64,
    options: WorkOptions,
}

impl Work {
    /// Whether the answer reads work again (a task, a build, by its ID).
    pub(crate) fn reads_work(&self) -> bool {
        self.reads.is_some()
    }

    /// Whether the work this answer reads again, by the ID in `query`, is work the ledger
    /// holds (`true` when it reads none).
    pub(crate) fn known(&self, ledger: &Ledger, query: &str) -> bool {
        let Some(kind) = &self.reads else { return true };
        let params: Params = query::parse_nested(query).unwrap_or_default();
        let id = query::value_at(&params, &format!("{}[id]", kind.key)).and_then(Value::as_str);
        id.is_some_and(|id| ledger.started.contains_key(id))
    }

    /// Whether the answer starts or reads work at all.
    pub(crate) fn any(&self) -> bool {
        !self.starts.is_empty() || self.reads.is_some()
    }

    /// Fills `answer` (the spec's example) with the work it starts or the state of the work
    /// it reads; `new_id` makes a new object's ID from its prefix (`task`).
    pub(crate) fn apply(&self, ledger: &mut Ledger, query: &str, answer: &mut Value, new_id: impl Fn(&str) -> String) {
        for kind in &self.starts {
            let Some(object) = answer.get_mut(&kind.key).filter(|o| o.is_object()) else {
                continue;
            };
            let id = new_id(&id_prefix(object, &kind.key));
            let started = Started {
                at: Instant::now(),
                at_unix: unix_now(),
                options: ledger.options,
            };
            ledger.started.insert(id.clone(), started);
            ledger.order.push_back((kind.key.clone(), id.clone()));
            object["id"] = Value::String(id.clone());
            kind.render(started, Instant::now(), object);
            ledger.answered.insert(id, object.clone());
            ledger.forget_finished(Instant::now());
        }
        if let Some(kind) = &self.reads {
            let params: Params = query::parse_nested(query).unwrap_or_default();
            let id = query::value_at(&params, &format!("{}[id]", kind.key)).and_then(Value::as_str);
            let started = id.and_then(|id| ledger.started.get(id)).copied();
            if let (Some(started), Some(object)) = (started, answer.get_mut(&kind.key)) {
                if let Some(answered) = id.and_then(|id| ledger.answered.get(id)) {
                    object.clone_from(answered);
                }
                if let Some(id) = id {
                    object["id"] = Value::String(id.to_owned());
                }
                kind.render(started, Instant::now(), object);
            }
        }
    }
}

impl Kind {
    /// Sets `object`'s state, percentage and timestamps (those it has) to where the work
    /// started at `started` stands at `now`.
    fn render(&self, started: Started, now: Instant, object: &mut Value) {
        let Some(object) = object.as_object_mut() else { return };
        let duration = started.options.duration;
        let elapsed = now.saturating_duration_since(started.at);
        let (state, percent, begun, finished) = if elapsed >= duration {
            let state = if started.options.fails {
                &self.failed
            } else {
                &self.succeeded
            };
            (state, 100, true, true)
        } else if elapsed < duration / 4 {
            (&self.initial, 0, false, false)
        } else {
            let percent = elapsed.as_millis() * 100 / duration.as_millis().max(1);
            (&self.running, i64::try_from(percent).unwrap_or(99).min(99), true, false)
        };
        object.insert(self.state.clone(), Value::String(state.clone()));
        if let Some(field) = &self.percent {
            object.insert(field.clone(), Value::from(percent));
        }
        let seconds = |d: Duration| started.at_unix + i64::try_from(d.as_secs()).unwrap_or(0);
        let mut set = |field: &str, value: Value| {
            if let Some(slot) = object.get_mut(field) {
                *slot = value;
            }
        };
        set("created_at", Value::from(started.at_unix));
        set(
            "started_at",
            if begun {
                Value::from(seconds(duration / 4))
            } else {
                Value::Null
            },
        );
        set(
            "finished_at",
            if finished {
                Value::from(seconds(duration))
            } else {
                Value::Null
            },
        );
    }
}

/// The prefix of a new ID for an object shaped as `object`: its example ID's (`task` of
/// `task_…`), or `fallback` when it has none.
pub(crate) fn id_prefix(object: &Value, fallback: &str) -> String {
    object
        .get("id")
        .and_then(Value::as_str)
        .and_then(|id| id.split_once('_'))
        .map_or(fallback, |(prefix, _)| prefix)
        .to_owned()
}

/// Now, in Unix seconds, as the API's timestamps are.
pub(crate) fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn kind() -> Kind {
        Kind {
            key: "task".into(),
            state: "status".into(),
            initial: "pending".into(),
            running: "running".into(),
            succeeded: "completed".into(),
            failed: "failed".into(),
            percent: Some("progress".into()),
        }
    }

    fn example() -> Value {
        json!({"task": {"id": "task_example", "status": "completed", "progress": 100, "started_at": 1, "finished_at": 2}})
    }

    /// Where work of `options` stands `after` its start.
    fn at(options: WorkOptions, after: Duration) -> Value {
        let started = Started {
            at: Instant::now(),
            at_unix: 1_700_000_000,
            options,
        };
        let mut object = example()["task"].take();
        kind().render(started, started.at + after, &mut object);
        object
    }

    #[test]
    fn work_is_pending_then_running_with_its_percentage_then_final() {
        let options = WorkOptions::taking(Duration::from_secs(8));
        let pending = at(options, Duration::from_secs(1));
        assert_eq!(
            (&pending["status"], &pending["progress"]),
            (&json!("pending"), &json!(0))
        );
        assert_eq!(
            (&pending["started_at"], &pending["finished_at"]),
            (&Value::Null, &Value::Null)
        );
        let running = at(options, Duration::from_secs(4));
        assert_eq!(
            (&running["status"], &running["progress"]),
            (&json!("running"), &json!(50))
        );
        assert_eq!(running["started_at"], 1_700_000_002, "{running}");
        let done = at(options, Duration::from_secs(8));
        assert_eq!((&done["status"], &done["progress"]), (&json!("completed"), &json!(100)));
        assert_eq!(done["finished_at"], 1_700_000_008);
        assert_eq!(at(options.failing(), Duration::from_secs(9))["status"], "failed");
        assert_eq!(
            at(WorkOptions::taking(Duration::ZERO), Duration::ZERO)["status"],
            "completed"
        );
    }

    #[test]
    fn started_work_gets_a_new_id_is_read_again_by_it_and_unknown_work_is_the_example() {
        let mut ledger = Ledger::new(WorkOptions::taking(Duration::from_secs(3600)), DEFAULT_KEPT_WORK);
        let starts = Work {
            starts: vec![kind()],
            reads: None,
        };
        let mut answer = example();
        starts.apply(&mut ledger, "", &mut answer, |prefix| format!("{prefix}_new1"));
        assert_eq!(
            (&answer["task"]["id"], &answer["task"]["status"]),
            (&json!("task_new1"), &json!("pending"))
        );
        assert_eq!(ledger.started(), [("task".to_owned(), "task_new1".to_owned())]);
        let reads = Work {
            starts: Vec::new(),
            reads: Some(kind()),
        };
        let mut again = example();
        reads.apply(&mut ledger, "task[id]=task_new1", &mut again, |_| unreachable!());
        assert_eq!(again["task"]["status"], "pending", "an hour's work, just started");
        let mut unknown = example();
        reads.apply(&mut ledger, "task[id]=task_unknown", &mut unknown, |_| unreachable!());
        assert_eq!(unknown, example());
    }

    #[test]
    fn finished_work_beyond_the_limit_is_forgotten_oldest_first_and_work_under_way_never() {
        let starts = Work {
            starts: vec![kind()],
            reads: None,
        };
        let mut ledger = Ledger::new(WorkOptions::taking(Duration::ZERO), 100);
        for n in 1..=100_000 {
            starts.apply(&mut ledger, "", &mut example(), |prefix| format!("{prefix}_{n}"));
        }
        let kept = ledger.started();
        assert_eq!(kept.len(), 100, "the ledger stays at its limit");
        assert_eq!(
            (ledger.started.len(), ledger.answered.len()),
            (100, 100),
            "nothing of a forgotten piece is held"
        );
        assert_eq!(
            (kept[0].1.as_str(), kept[99].1.as_str()),
            ("task_99901", "task_100000"),
            "the newest are kept"
        );
        let reads = Work {
            starts: Vec::new(),
            reads: Some(kind()),
        };
        let mut forgotten = example();
        reads.apply(&mut ledger, "task[id]=task_1", &mut forgotten, |_| unreachable!());
        assert_eq!(forgotten, example(), "forgotten work reads as the spec's example");

        let mut busy = Ledger::new(WorkOptions::taking(Duration::from_secs(3600)), 100);
        for i in 0..250 {
            starts.apply(&mut busy, "", &mut example(), |prefix| format!("{prefix}_{i}"));
        }
        assert_eq!(busy.started().len(), 250, "work under way is never forgotten");
    }
}
