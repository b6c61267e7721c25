//! Work that finishes after its answer, awaited: build a virtual machine and wait for the
//! build and for the machine to be started, create a disk and attach it to the machine,
//! stop the machine and wait until it is stopped, delete both, and purge them from the
//! trash, printing the progress of every task and state on the way.
//!
//! ```sh
//! cargo run -p katapult-sdk --example build_and_wait --features disks,tasks-and-trash
//! ```
//!
//! Without `KATAPULT_API_TOKEN` it runs on the embedded Katapult simulator (no account, no
//! network), whose work takes a second and a half. With the token set it builds on the real
//! API, which costs money, so it asks for the organisation and package to use, and what it
//! creates it deletes and purges again (only that: the rest of the trash is left alone).
//! A step that fails ends the example with its error and leaves what was made so far, to
//! find by the IDs it printed:
//!
//! ```sh
//! KATAPULT_API_TOKEN=… cargo run -p katapult-sdk --example build_and_wait \
//!     --features disks,tasks-and-trash -- <organization sub domain> <package permalink>
//! ```

use std::process::ExitCode;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::{
    DiskArguments, DiskLookup, OrganizationLookup, TrashObjectLookup, VirtualMachinePackageLookup,
    VirtualMachineStateEnum,
};
use katapult_sdk::{Client, TOKEN_ENV, Wait, Work};
use katapult_simulator::{Simulator, WorkOptions, seeded};

type Outcome<T = ()> = Result<T, Box<dyn std::error::Error>>;

#[tokio::main]
async fn main() -> ExitCode {
    let outcome = if std::env::var_os(TOKEN_ENV).is_some() {
        live().await
    } else {
        simulated().await
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Against the embedded simulator: no token, no network.
async fn simulated() -> Outcome {
    let simulator = Simulator::builder()
        .work(WorkOptions::taking(Duration::from_millis(1500)))
        .start()
        .await?;
    println!(
        "{TOKEN_ENV} is not set: using the embedded Katapult simulator at {}\n",
        simulator.url()
    );
    let client = Client::builder()
        .token(simulator.token())
        .base_url(simulator.url())
        .build()?;
    run(
        &client,
        seeded::ORGANIZATION_SUB_DOMAIN,
        "rock-3",
        Duration::from_millis(100),
    )
    .await
}

/// Against the real API, in the organisation and with the package given.
async fn live() -> Outcome {
    let arguments: Vec<String> = std::env::args().skip(1).collect();
    let [organization, package] = arguments.as_slice() else {
        return Err("usage: build_and_wait <organization sub domain> <package permalink>".into());
    };
    let client = Client::from_env()?;
    println!("{TOKEN_ENV} is set: building in {organization} on the Katapult API\n");
    run(&client, organization, package, Duration::from_secs(2)).await
}

/// How the example waits: ten minutes at most, reads from `first` apart, progress printed
/// whenever it changes.
fn waiting(first: Duration) -> Wait {
    let last = Mutex::new(None);
    Wait::new()
        .timeout(Duration::from_secs(600))
        .poll_interval(first, Duration::from_secs(10))
        .on_progress(move |work: &Work| {
            let now = (state(work), work.percent());
            let mut last = last.lock().unwrap_or_else(PoisonError::into_inner);
            if last.as_ref() != Some(&now) {
                match now.1 {
                    Some(percent) => println!("    {} {}: {} ({percent}%)", work.kind(), id(work.id()), now.0),
                    None => println!("    {} {}: {}", work.kind(), id(work.id()), now.0),
                }
                *last = Some(now);
            }
        })
}

fn state(work: &Work) -> String {
    work.state().unwrap_or_else(|| "unknown".to_owned())
}

fn id(id: Option<&str>) -> &str {
    id.unwrap_or("(no id)")
}

async fn run(client: &Client, organization: &str, package: &str, first: Duration) -> Outcome {
    let organization = OrganizationLookup::SubDomain(organization.parse()?);

    println!("Building a virtual machine with package {package}");
    let answer = client
        .build_virtual_machine()
        .organization(organization.clone())
        .package(VirtualMachinePackageLookup::Permalink(
            package.parse().expect("a permalink"),
        ))
        .hostname("example-build")
        .send()
        .await?;
    let build = client
        .wait_for_virtual_machine_build(&answer.virtual_machine_build.id, waiting(first))
        .await?;
    let built = build
        .virtual_machine
        .flatten()
        .ok_or("the finished build names no virtual machine")?;
    let vm_id = built.id;
    println!("  built {vm_id} ({})", built.fqdn.as_deref().unwrap_or("no FQDN yet"));
    let started = client
        .wait_for_virtual_machine_state(&vm_id, VirtualMachineStateEnum::Started, waiting(first))
        .await?;
    println!(
        "  {vm_id} is {}\n",
        started.state.map(|s| s.to_string()).unwrap_or_default()
    );
    let vm = VirtualMachine::id(vm_id.clone());

    println!("Creating a 20 GB disk");
    let answer = client
        .create_disk()
        .organization(organization.clone())
        .properties(DiskArguments {
            name: Some("example-data".to_owned()),
            size_in_gb: Some(20),
            ..DiskArguments::default()
        })
        .send()
        .await?;
    let disk_id = answer.disk.id;
    wait_for_task(client, &answer.task.id, first).await?;
    println!("  created {disk_id}\n");
    let disk = || DiskLookup::Id(disk_id.parse().expect("an ID"));

    println!("Attaching {disk_id} to {vm_id}");
    client
        .assign_disk_to_virtual_machine()
        .disk(disk())
        .virtual_machine(vm.clone())
        .send()
        .await?;
    let answer = client.attach_disk_to_virtual_machine().disk(disk()).send().await?;
    wait_for_task(client, &answer.task.id, first).await?;
    println!("  attached\n");

    println!("Stopping {vm_id}");
    let answer = client.stop_virtual_machine().virtual_machine(vm.clone()).send().await?;
    wait_for_task(client, &answer.task.id, first).await?;
    // The task's end is the action's; the machine's own state says it is stopped.
    let stopped = client
        .wait_for_virtual_machine_state(&vm_id, VirtualMachineStateEnum::Stopped, waiting(first))
        .await?;
    println!(
        "  {vm_id} is {}\n",
        stopped.state.map(|s| s.to_string()).unwrap_or_default()
    );

    println!("Deleting {disk_id} and {vm_id}");
    let deleted_disk = client.delete_disk().disk(disk()).send().await?;
    let disk_trash = deleted_disk.trash_object;
    println!(
        "  {disk_id} is in the trash until {}",
        keep_until(disk_trash.keep_until)
    );
    let deleted_vm = client.delete_virtual_machine().virtual_machine(vm).send().await?;
    let vm_trash = deleted_vm.trash_object;
    println!("  {vm_id} is in the trash until {}\n", keep_until(vm_trash.keep_until));

    print_trash(client, &organization).await?;
    // Only what this example put there: the trash may hold a user's own objects.
    println!("Purging {disk_id} and {vm_id} from the trash");
    for trash in [disk_trash, vm_trash] {
        let answer = client
            .purge_trash_object()
            .trash_object(TrashObjectLookup::Id(trash.id.parse()?))
            .send()
            .await?;
        wait_for_task(client, &answer.task.id, first).await?;
    }
    print_trash(client, &organization).await
}

/// Lists what the organisation's trash holds (its first page).
async fn print_trash(client: &Client, organization: &OrganizationLookup) -> Outcome {
    let trash = client
        .list_trash_objects()
        .organization(organization.clone())
        .send()
        .await?;
    println!(
        "The trash holds {} object(s)",
        trash.pagination.total.unwrap_or_default()
    );
    for object in &trash.items {
        let kind = &object.object_type;
        println!("    {kind} {}", id(object.object_id.as_deref()));
    }
    println!();
    Ok(())
}

/// Waits for the task an answer carries, printing its progress.
async fn wait_for_task(client: &Client, task: &str, first: Duration) -> Outcome {
    let done = client.wait_for_task(task, waiting(first)).await?;
    println!("    task {task}: {}", done.status);
    Ok(())
}

/// A trash object's `keep_until` (Unix seconds), for printing.
fn keep_until(seconds: i64) -> String {
    format!("{seconds} (Unix time)")
}
