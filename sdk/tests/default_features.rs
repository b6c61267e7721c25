//! What the README shows works with the SDK's default features alone, as a new user has
//! them: `cargo test -p katapult-sdk` builds this crate without the workspace's other
//! crates, so no feature comes in from elsewhere. A power action starts a task, and the
//! task is awaited with `wait_for_task`, whose read (`get_task`) comes with the family that
//! started it; then the machine is awaited to its state.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::{TaskStatusEnum, VirtualMachineStateEnum};
use katapult_sdk::{Client, Wait};
use katapult_simulator::{Simulator, WorkOptions, seeded};

#[tokio::test]
async fn a_stop_started_with_the_default_features_is_awaited_to_its_end() {
    let simulator = Simulator::builder()
        .work(WorkOptions::taking(Duration::from_millis(200)))
        .start()
        .await
        .expect("the simulator starts");
    let client = Client::builder()
        .token(simulator.token())
        .base_url(simulator.url())
        .build()
        .expect("a client for the simulator");

    let vm = VirtualMachine::fqdn(seeded::MANGO_FQDN);
    let answer = client
        .stop_virtual_machine()
        .virtual_machine(vm)
        .send()
        .await
        .expect("the stop is accepted");

    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let wait = Wait::new()
        .poll_interval(Duration::from_millis(20), Duration::from_millis(50))
        .timeout(Duration::from_secs(30))
        .on_progress(move |work| recorded.lock().expect("not poisoned").push(work.state()));
    let task = client
        .wait_for_task(&answer.task.id, wait)
        .await
        .expect("the task completes");
    assert_eq!(task.id, answer.task.id);
    assert_eq!(task.status, TaskStatusEnum::Completed);
    assert!(
        !seen.lock().expect("not poisoned").is_empty(),
        "the task was reported under way at least once"
    );

    let machine_id = client
        .get_virtual_machine()
        .virtual_machine(VirtualMachine::fqdn(seeded::MANGO_FQDN))
        .send()
        .await
        .expect("the machine reads")
        .virtual_machine
        .id;
    let machine = client
        .wait_for_virtual_machine_state(
            &machine_id,
            VirtualMachineStateEnum::Stopped,
            Wait::new().timeout(Duration::from_secs(30)),
        )
        .await
        .expect("the machine stops");
    assert_eq!(machine.state, Some(VirtualMachineStateEnum::Stopped));
    simulator.shutdown().await;
}
