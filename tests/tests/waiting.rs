//! Waiting for work that finishes after its answer, against the simulator, whose work
//! progresses over time: every operation whose answer carries work the spec can read again
//! is called and its work awaited; a success, a failure, a timeout, a cancellation and a
//! caller's mistake each end as documented.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use katapult_build_tools::progress;
use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::{Client, Error, Wait, Work};
use katapult_simulator::{Answering, RunningSimulator, WorkOptions, seeded};
use katapult_tests::call_operation;
use katapult_tests::http::simulator_working;

/// Looks often: the work in these tests lasts a fraction of a second.
fn quick() -> Wait {
    Wait::new().poll_interval(Duration::from_millis(20), Duration::from_millis(50))
}

/// The work `operation` starts: calls it and returns the kind and ID of each piece the
/// simulator started (a build starts a task and a build).
async fn start(simulator: &RunningSimulator, client: &Client, operation: &str) -> Vec<(String, String)> {
    let before = simulator.started_work().len();
    let called = call_operation(client, operation).await.expect("a generated call");
    assert!(called.is_ok(), "{operation}: {called:?}");
    let started = simulator.started_work().split_off(before);
    assert!(!started.is_empty(), "{operation} starts work");
    started
}

/// The task of a power action on the seeded machine (`start`, `stop`).
async fn power_task(client: &Client, action: &str) -> String {
    let machine = || VirtualMachine::fqdn(seeded::MANGO_FQDN);
    let answer = match action {
        "start" => client
            .start_virtual_machine()
            .virtual_machine(machine())
            .send()
            .await
            .map(|a| a.task),
        "reset" => client
            .reset_virtual_machine()
            .virtual_machine(machine())
            .send()
            .await
            .map(|a| a.task),
        _ => client
            .stop_virtual_machine()
            .virtual_machine(machine())
            .send()
            .await
            .map(|a| a.task),
    };
    answer.unwrap_or_else(|e| panic!("{action}: {e}")).id
}

/// Waits for the work of `kind` with this `id`, whatever its kind, as a [`Work`].
async fn wait_for(client: &Client, kind: &str, id: &str, wait: Wait) -> katapult_sdk::Result<Work> {
    match kind {
        "task" => client.wait_for_task(id, wait).await.map(Work::Task),
        "virtual_machine_build" => client
            .wait_for_virtual_machine_build(id, wait)
            .await
            .map(Work::VirtualMachineBuild),
        other => panic!("the spec has a new kind of awaitable work, `{other}`: wait for it here"),
    }
}

/// Waits for a piece of work, recording each state reported on the way.
async fn await_reporting(client: &Client, kind: &str, id: &str) -> (katapult_sdk::Result<Work>, Vec<Option<String>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let wait = quick().on_progress(move |work| {
        recorded.lock().expect("not poisoned").push(work.state());
    });
    let done = wait_for(client, kind, id, wait).await;
    let seen = seen.lock().expect("not poisoned").clone();
    (done, seen)
}

#[tokio::test]
async fn every_operation_that_starts_work_can_be_awaited_to_its_end() {
    let spec = katapult_tests::spec();
    let kinds = progress::progressing(spec.raw());
    let keys: Vec<&str> = kinds.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(keys.len(), 2, "a task and a virtual machine build: {keys:?}");
    // Long enough that the first read always finds the work under way, even on a busy machine.
    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(400))).await;
    let answering: std::collections::BTreeMap<&str, Answering> = katapult_simulator::answering().into_iter().collect();
    let mut awaited = Vec::new();
    for operation in spec.operations() {
        let carried = progress::carried(spec.raw(), operation.value, &kinds);
        let id = operation.id().expect("every operation has an id");
        // The operation that reads work again carries it too; it starts none.
        if carried.is_empty() || kinds.iter().any(|k| k.read_by == id) {
            continue;
        }
        // What the simulator keeps state for needs objects that exist (a disk or a machine
        // is made in an organisation that exists, an action needs its object, a purge needs
        // something in the trash): `simulator_resources.rs` awaits the work of every kept
        // operation and action on objects it made, and builds are awaited below.
        if answering[id] != Answering::FromExamples {
            continue;
        }
        // Every piece it started (a build starts a task and a build), awaited together.
        let pieces = start(&simulator, &client, id).await;
        let waits = pieces
            .iter()
            .map(|(kind, work_id)| await_reporting(&client, kind, work_id));
        for ((kind, work_id), (done, seen)) in pieces.iter().zip(futures::future::join_all(waits).await) {
            let done = done.unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(done.id(), Some(work_id.as_str()), "{id}");
            let final_state = kinds.iter().find(|k| &k.key == kind).map(|k| k.succeeded.clone());
            assert_eq!(done.state(), final_state, "{id}");
            assert!(!seen.is_empty(), "{id}: progress was reported while it ran");
            assert!(
                !seen.contains(&final_state),
                "{id}: the final state is returned, not reported: {seen:?}"
            );
            awaited.push(format!("{id} ({kind})"));
        }
    }
    // What keeps state is awaited with objects that exist: `simulator_resources.rs` awaits
    // the work of every create and action it makes, and builds are awaited below. Here,
    // each operation answered from examples that starts work is awaited.
    let from_examples: Vec<&str> = spec
        .operations()
        .into_iter()
        .filter(|o| !progress::carried(spec.raw(), o.value, &kinds).is_empty())
        .filter_map(|o| answering.keys().copied().find(|id| o.id() == Some(*id)))
        .filter(|id| answering[id] == Answering::FromExamples && !kinds.iter().any(|k| k.read_by == *id))
        .collect();
    let awaited_operations: std::collections::BTreeSet<&str> =
        awaited.iter().filter_map(|a| a.split(' ').next()).collect();
    assert_eq!(awaited_operations, from_examples.into_iter().collect(), "{awaited:?}");
}

#[tokio::test]
async fn failed_work_is_an_error_that_holds_it() {
    let (_simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(60)).failing()).await;
    let id = power_task(&client, "start").await;
    let failed = client.wait_for_task(&id, quick()).await;
    let Err(Error::WorkFailed { work }) = failed else {
        panic!("expected WorkFailed, got {failed:?}");
    };
    assert_eq!(
        (work.kind(), work.id(), work.state().as_deref()),
        ("task", Some(id.as_str()), Some("failed"))
    );
    let message = Error::WorkFailed { work }.to_string();
    assert!(message.contains(&id) && message.contains("failed"), "{message}");
}

#[tokio::test]
async fn waiting_past_the_timeout_gives_up_with_the_last_state_seen() {
    let (_simulator, client) = simulator_working(WorkOptions::taking(Duration::from_secs(60))).await;
    let id = build(&client, "slow-build").await.virtual_machine_build.id;
    let started = std::time::Instant::now();
    let timed_out = client
        .wait_for_virtual_machine_build(&id, quick().timeout(Duration::from_millis(200)))
        .await;
    let Err(Error::WaitTimedOut {
        waited,
        work: Some(last),
    }) = timed_out
    else {
        panic!("expected WaitTimedOut with the last state read, got {timed_out:?}");
    };
    assert!(waited >= Duration::from_millis(200), "{waited:?}");
    assert!(started.elapsed() < Duration::from_secs(5), "it stopped at its timeout");
    assert_eq!(last.id(), Some(id.as_str()));
    assert_eq!(
        last.state().as_deref(),
        Some("pending"),
        "the first quarter of a minute's build"
    );
    let error = Error::WaitTimedOut {
        waited,
        work: Some(last),
    };
    assert!(!error.is_retryable());
    assert_eq!(error.work().and_then(Work::id), Some(id.as_str()));
}

#[tokio::test]
async fn a_dropped_wait_stops_reading() {
    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_secs(60))).await;
    let id = power_task(&client, "stop").await;
    let reads_before = simulator.requests();
    let cut_short = tokio::time::timeout(Duration::from_millis(300), client.wait_for_task(&id, quick())).await;
    assert!(cut_short.is_err(), "still waiting when dropped");
    assert!(simulator.requests() > reads_before + 1, "it was reading until then");
    // A read in flight at the drop may still reach the server; none may start after it.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let after_drop = simulator.requests();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(simulator.requests(), after_drop, "no read after the future was dropped");
}

#[tokio::test]
async fn a_blank_id_is_refused_before_anything_is_sent() {
    let (simulator, client) = simulator_working(WorkOptions::default()).await;
    for blank in ["", "  "] {
        let refused = client.wait_for_task(blank, Wait::new()).await;
        assert!(
            matches!(
                &refused,
                Err(Error::InvalidInput {
                    argument: "task[id]",
                    ..
                })
            ),
            "{blank:?}: {refused:?}"
        );
    }
    assert_eq!(simulator.requests(), 0);
}

#[tokio::test]
async fn a_timeout_too_long_to_add_is_no_timeout() {
    let (_simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(100))).await;
    let id = power_task(&client, "reset").await;
    let done = client.wait_for_task(&id, quick().timeout(Duration::MAX)).await;
    assert_eq!(done.map(|task| task.id).ok(), Some(id));
}

/// A build, awaited, gives the machine it built, which is then in the organisation: read by
/// its ID, deleted to the trash, and a build in an organisation that does not exist is
/// refused before any work starts.
#[tokio::test]
async fn both_builds_are_awaited_to_a_machine_that_exists() {
    use katapult_sdk::lookup::VirtualMachine;
    use katapult_sdk::types::OrganizationLookup;

    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(200))).await;
    let acme = || OrganizationLookup::SubDomain("acme".parse().expect("a sub domain"));
    let by_package = build(&client, "waited-for").await;
    let from_spec = client
        .build_virtual_machine_from_spec()
        .organization(acme())
        .xml("<virtual-machine-spec/>")
        .send()
        .await
        .expect("a build from a spec starts");
    let builds = [
        (
            by_package.virtual_machine_build.id,
            by_package.task.id,
            Some("waited-for.acme.katapult.cloud"),
        ),
        (from_spec.virtual_machine_build.id, from_spec.task.id, None),
    ];
    for (build_id, task_id, fqdn) in builds {
        let (build, task) = tokio::join!(
            client.wait_for_virtual_machine_build(&build_id, quick()),
            client.wait_for_task(&task_id, quick())
        );
        let build = build.expect("the build completes");
        assert_eq!(build.state.to_string(), "complete");
        assert_eq!(task.expect("its task completes").id, task_id);
        let built = build.virtual_machine.flatten().expect("the build names its machine");
        if let Some(fqdn) = fqdn {
            assert_eq!(built.fqdn.as_deref(), Some(fqdn), "the hostname asked for");
        }
        let vm = VirtualMachine::id(built.id.clone());
        let started = client
            .wait_for_virtual_machine_state(
                &built.id,
                katapult_sdk::types::VirtualMachineStateEnum::Started,
                quick(),
            )
            .await
            .expect("the built machine starts");
        assert_eq!(
            started.state,
            Some(katapult_sdk::types::VirtualMachineStateEnum::Started)
        );
        let read = client
            .get_virtual_machine()
            .virtual_machine(vm.clone())
            .send()
            .await
            .expect("the built machine exists");
        assert_eq!(read.virtual_machine.id, built.id);
        let deleted = client
            .delete_virtual_machine()
            .virtual_machine(vm.clone())
            .send()
            .await
            .expect("it can be deleted");
        assert_eq!(deleted.trash_object.object_id.as_ref(), Some(&built.id));
        let gone = client.get_virtual_machine().virtual_machine(vm).send().await;
        assert_eq!(
            gone.expect_err("in the trash").code().as_deref(),
            Some("object_in_trash")
        );
    }

    let before = simulator.started_work().len();
    let refused = client
        .build_virtual_machine_from_spec()
        .organization(OrganizationLookup::SubDomain("nowhere".parse().expect("a sub domain")))
        .xml("<virtual-machine-spec/>")
        .send()
        .await;
    assert_eq!(
        refused.expect_err("no such organisation").code().as_deref(),
        Some("organization_not_found")
    );
    assert_eq!(simulator.started_work().len(), before, "no work started");
}

/// Starts building a machine named `hostname` in the seeded organisation.
async fn build(client: &Client, hostname: &str) -> katapult_sdk::types::BuildVirtualMachineResponse {
    use katapult_sdk::types::{OrganizationLookup, VirtualMachinePackageLookup};
    client
        .build_virtual_machine()
        .organization(OrganizationLookup::SubDomain("acme".parse().expect("a sub domain")))
        .package(VirtualMachinePackageLookup::Permalink(
            "rock-3".parse().expect("a permalink"),
        ))
        .hostname(hostname)
        .send()
        .await
        .expect("a build starts")
}

/// An object with a state is awaited until it is in the state asked for: a machine being
/// stopped passes through `stopping`, reported as progress, to `stopped`; a state that does
/// not come ends at the timeout with the machine as last read.
#[tokio::test]
async fn a_machine_is_awaited_until_it_is_in_the_state_asked_for() {
    use katapult_sdk::lookup::VirtualMachine;
    use katapult_sdk::types::VirtualMachineStateEnum;

    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(300))).await;
    let mango = katapult_simulator::seeded::MANGO_FQDN;
    let id = client
        .get_virtual_machine()
        .virtual_machine(VirtualMachine::fqdn(mango))
        .send()
        .await
        .expect("the seeded machine")
        .virtual_machine
        .id;
    client
        .stop_virtual_machine()
        .virtual_machine(VirtualMachine::id(id.clone()))
        .send()
        .await
        .expect("it stops");

    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let wait = quick().on_progress(move |work| {
        recorded.lock().expect("not poisoned").push((work.kind(), work.state()));
    });
    let stopped = client
        .wait_for_virtual_machine_state(&id, VirtualMachineStateEnum::Stopped, wait)
        .await
        .expect("it is stopped in time");
    assert_eq!(stopped.state, Some(VirtualMachineStateEnum::Stopped));
    let seen = seen.lock().expect("not poisoned").clone();
    assert!(
        seen.contains(&("virtual machine", Some("stopping".to_owned()))),
        "the passing state is reported: {seen:?}"
    );
    assert_eq!(
        simulator
            .world()
            .virtual_machines
            .iter()
            .find(|vm| vm.id == id)
            .map(|vm| vm.state_now().to_owned()),
        Some("stopped".to_owned())
    );

    let never = client
        .wait_for_virtual_machine_state(
            &id,
            VirtualMachineStateEnum::Migrating,
            quick().timeout(Duration::from_millis(150)),
        )
        .await;
    let Err(Error::WaitTimedOut { work: Some(last), .. }) = never else {
        panic!("expected WaitTimedOut with the machine as last read, got {never:?}");
    };
    assert_eq!(
        (last.kind(), last.id(), last.state().as_deref()),
        ("virtual machine", Some(id.as_str()), Some("stopped"))
    );

    let blank = client
        .wait_for_virtual_machine_state(" ", VirtualMachineStateEnum::Started, quick())
        .await;
    assert!(
        matches!(
            blank,
            Err(Error::InvalidInput {
                argument: "virtual_machine[id]",
                ..
            })
        ),
        "{blank:?}"
    );
}

/// A build that fails leaves its machine failed, which ends a wait for it to start.
#[tokio::test]
async fn a_machine_in_its_failed_state_ends_the_wait_for_another() {
    use katapult_sdk::types::VirtualMachineStateEnum;

    let (_simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(100)).failing()).await;
    let answer = build(&client, "doomed").await;
    let vm = answer
        .virtual_machine_build
        .virtual_machine
        .flatten()
        .map(|vm| vm.id)
        .expect("the build names its machine");
    let waited = client
        .wait_for_virtual_machine_state(&vm, VirtualMachineStateEnum::Started, quick())
        .await;
    let Err(Error::WorkFailed { work }) = waited else {
        panic!("expected WorkFailed, got {waited:?}");
    };
    assert_eq!(
        (work.kind(), work.id(), work.state().as_deref()),
        ("virtual machine", Some(vm.as_str()), Some("failed"))
    );
}
