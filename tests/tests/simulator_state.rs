//! The simulator's state as a user's test meets it through the SDK: a disk's whole life
//! beside a machine (each step read back), the waits for a disk's and a file storage
//! volume's state, the read-only families answered from one catalog, and a long run whose
//! footprint stays flat.

use std::time::Duration;

use katapult_sdk::lookup::VirtualMachine;
use katapult_sdk::types::{
    DiskArguments, DiskLookup, DiskStateEnum, FileStorageVolumeArguments, FileStorageVolumeStateEnum,
    OrganizationLookup, TrashObjectLookup, VirtualMachineDiskAttachmentStateEnum, VirtualMachinePackageLookup,
};
use katapult_sdk::{Error, Wait};
use katapult_simulator::{Answering, Simulator, WorkOptions, seeded};
use katapult_tests::http::{simulator_client, simulator_working};
use serde_json::Value;

fn quick() -> Wait {
    Wait::new().poll_interval(Duration::from_millis(10), Duration::from_millis(40))
}

fn organization() -> OrganizationLookup {
    OrganizationLookup::SubDomain(seeded::ORGANIZATION_SUB_DOMAIN.parse().expect("a sub-domain"))
}

#[tokio::test]
async fn a_disk_is_built_attached_resized_detached_deleted_and_purged_and_each_read_shows_it() {
    let (_simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(200))).await;
    let build = client
        .build_virtual_machine()
        .organization(organization())
        .package(VirtualMachinePackageLookup::Permalink(
            "rock-3".parse().expect("a permalink"),
        ))
        .hostname("scenario")
        .send()
        .await
        .expect("a build");
    let built = client
        .wait_for_virtual_machine_build(&build.virtual_machine_build.id, quick())
        .await
        .expect("the build ends");
    let vm_id = built.virtual_machine.flatten().expect("a machine").id;
    let vm = || VirtualMachine::id(vm_id.clone());

    let created = client
        .create_disk()
        .organization(organization())
        .properties(DiskArguments {
            name: Some("data".to_owned()),
            size_in_gb: Some(20),
            ..DiskArguments::default()
        })
        .send()
        .await
        .expect("a disk");
    assert_eq!(
        created.disk.state,
        DiskStateEnum::NotBuilt,
        "a new disk is not built yet"
    );
    assert_eq!(
        created.disk.virtual_machine_disk,
        Some(None),
        "nor assigned to a machine"
    );
    let disk_id = created.disk.id;
    let unassigned = client
        .attach_disk_to_virtual_machine()
        .disk(DiskLookup::Id(disk_id.parse().expect("an ID")))
        .send()
        .await;
    assert_eq!(
        unassigned.err().and_then(|e| e.code()).as_deref(),
        Some("unassigned_disk")
    );
    let built = client
        .wait_for_disk_state(&disk_id, DiskStateEnum::Built, quick())
        .await
        .expect("the disk is built");
    assert_eq!((built.size_in_gb, built.name.as_str()), (20, "data"));
    let disk = || DiskLookup::Id(disk_id.parse().expect("an ID"));
    let read = || async {
        client
            .get_disk()
            .disk(disk())
            .send()
            .await
            .expect("the disk reads")
            .disk
    };

    client
        .assign_disk_to_virtual_machine()
        .disk(disk())
        .virtual_machine(vm())
        .send()
        .await
        .expect("assigned");
    let attach = client
        .attach_disk_to_virtual_machine()
        .disk(disk())
        .send()
        .await
        .expect("attached");
    client
        .wait_for_task(&attach.task.id, quick())
        .await
        .expect("the attach ends");
    let attachment = read()
        .await
        .virtual_machine_disk
        .flatten()
        .expect("assigned to the machine");
    assert_eq!(attachment.state, Some(VirtualMachineDiskAttachmentStateEnum::Attached));
    assert_eq!(attachment.virtual_machine.map(|m| m.id), Some(vm_id.clone()));
    let listed = client
        .list_virtual_machine_disks()
        .virtual_machine(vm())
        .send()
        .await
        .expect("the machine's disks");
    let ids: Vec<String> = listed
        .items
        .iter()
        .filter_map(|d| Some(d.disk.as_ref()?.id.clone()))
        .collect();
    assert_eq!(ids, std::slice::from_ref(&disk_id), "the machine lists its disk");

    let resize = client
        .resize_disk()
        .disk(disk())
        .size_in_gb(40)
        .send()
        .await
        .expect("resized");
    client
        .wait_for_task(&resize.task.id, quick())
        .await
        .expect("the resize ends");
    let resized = read().await;
    assert_eq!((resized.size_in_gb, resized.state), (40, DiskStateEnum::Built));

    let detach = client
        .detach_disk_from_virtual_machine()
        .disk(disk())
        .send()
        .await
        .expect("detached");
    client
        .wait_for_task(&detach.task.id, quick())
        .await
        .expect("the detach ends");
    let detached = read().await.virtual_machine_disk.flatten().map(|d| d.state);
    assert_eq!(detached, Some(Some(VirtualMachineDiskAttachmentStateEnum::Detached)));
    client
        .unassign_disk_from_virtual_machine()
        .disk(disk())
        .send()
        .await
        .expect("unassigned");
    assert_eq!(read().await.virtual_machine_disk.flatten(), None, "free again");
    let attach = client.attach_disk_to_virtual_machine().disk(disk()).send().await;
    assert_eq!(attach.err().and_then(|e| e.code()).as_deref(), Some("unassigned_disk"));

    let deleted = client.delete_disk().disk(disk()).send().await.expect("deleted");
    let purge = client
        .purge_trash_object()
        .trash_object(TrashObjectLookup::Id(deleted.trash_object.id.parse().expect("an ID")))
        .send()
        .await
        .expect("purged");
    client
        .wait_for_task(&purge.task.id, quick())
        .await
        .expect("the purge ends");
    let gone = client.get_disk().disk(disk()).send().await.expect_err("gone for good");
    assert!(
        matches!(&gone, Error::Api { .. }) && gone.code().as_deref() == Some("disk_not_found"),
        "{gone:?}"
    );
}

#[tokio::test]
async fn a_file_storage_volume_is_awaited_until_ready_and_failed_work_fails_the_wait() {
    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(150))).await;
    let create = || {
        client
            .create_file_storage_volume()
            .organization(organization())
            .properties(FileStorageVolumeArguments {
                name: Some(format!("volume-{}", simulator.requests())),
                ..FileStorageVolumeArguments::default()
            })
            .send()
    };
    let volume = create().await.expect("a volume").file_storage_volume;
    assert_eq!(volume.state, FileStorageVolumeStateEnum::Pending);
    let ready = client
        .wait_for_file_storage_volume_state(&volume.id, FileStorageVolumeStateEnum::Ready, quick())
        .await
        .expect("the volume is ready");
    assert_eq!(ready.id, volume.id);

    simulator.set_work(WorkOptions::taking(Duration::from_millis(50)).failing());
    let failing = create().await.expect("a volume").file_storage_volume;
    let failed = client
        .wait_for_file_storage_volume_state(&failing.id, FileStorageVolumeStateEnum::Ready, quick())
        .await
        .expect_err("its work fails");
    assert!(matches!(failed, Error::WorkFailed { .. }), "{failed:?}");
}

/// Every read-only family's list and read agree: each item listed reads the same by each
/// of its keys, and a key nobody holds is the documented not-found error.
#[tokio::test]
async fn a_catalog_read_by_any_key_agrees_with_its_list() {
    let (simulator, _client) = simulator_working(WorkOptions::default()).await;
    let http = reqwest::Client::new();
    let contracts = katapult_build_tools::request_contracts(katapult_tests::spec()).expect("the contracts build");
    let contracts = contracts.as_array().expect("a list");
    let answering: std::collections::BTreeMap<&str, Answering> = katapult_simulator::answering().into_iter().collect();
    let get = |path: String, query: Vec<(String, String)>| {
        let request = http
            .get(format!("{}{path}", simulator.url()))
            .bearer_auth(simulator.token())
            .query(&query);
        async move {
            let response = request.send().await.expect("the simulator answers");
            (
                response.status().as_u16(),
                response.json::<Value>().await.expect("JSON"),
            )
        }
    };
    let mut agreed = Vec::new();
    for read in contracts.iter().filter(|c| c["resource"]["role"] == "catalog_get") {
        let kind = read["resource"]["kind"].as_str().expect("a kind");
        let operation = read["operation_id"].as_str().expect("an id");
        if answering[operation] != Answering::Catalog || kind == "organization" {
            continue;
        }
        let list = contracts
            .iter()
            .find(|c| c["resource"]["role"] == "catalog_list" && c["resource"]["kind"] == kind);
        let Some(list) = list else { continue };
        let items = list["resource"]["items"].as_str().expect("items");
        // Its parent: the seeded organisation, or an object of the catalog.
        let mut query = Vec::new();
        for reference in list["resource"]["references"].as_array().into_iter().flatten() {
            let argument = reference[0].as_str().expect("an argument");
            let (key, value) = match argument {
                "organization" => ("sub_domain", seeded::ORGANIZATION_SUB_DOMAIN.to_owned()),
                other => {
                    let objects = simulator.objects(other);
                    let first = objects.first().unwrap_or_else(|| panic!("the catalog holds a {other}"));
                    ("id", first["id"].as_str().expect("an ID").to_owned())
                }
            };
            query.push((format!("{argument}[{key}]"), value));
        }
        let (status, listed) = get(list["path"].as_str().expect("a path").to_owned(), query.clone()).await;
        assert_eq!(status, 200, "{listed}");
        let listed = listed[items].as_array().cloned().unwrap_or_default();
        assert!(!listed.is_empty(), "{kind}: the catalog holds some");
        // Under a parent, only what refers to it (a country's states).
        for (name, value) in &query {
            let argument = name.split('[').next().unwrap_or_default();
            for item in &listed {
                if let Some(parent) = item.get(argument).filter(|p| p.is_object()) {
                    assert_eq!(
                        parent["id"].as_str(),
                        Some(value.as_str()),
                        "{kind} under {argument}: {item}"
                    );
                }
            }
        }
        let path = read["path"].as_str().expect("a path").to_owned();
        for item in &listed {
            for key in read["resource"]["keys"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                let Some(value) = item[key].as_str() else { continue };
                let (status, found) = get(path.clone(), vec![(format!("{kind}[{key}]"), value.to_owned())]).await;
                // A read that answers its one object in an array (`get_certificate`).
                let wanted = if read["resource"]["items"].is_string() {
                    serde_json::json!([item])
                } else {
                    item.clone()
                };
                assert_eq!((status, &found[kind]), (200, &wanted), "{operation} by {key}");
            }
        }
        let (status, missing) = get(path.clone(), vec![(format!("{kind}[id]"), "nobody".to_owned())]).await;
        let code = read["resource"]["missing"].as_str().expect("a code");
        assert_eq!(
            (status, missing["error"]["code"].as_str()),
            (404, Some(code)),
            "{operation}"
        );
        agreed.push(kind.to_owned());
    }
    assert!(agreed.len() >= 10, "the read-only families: {agreed:?}");
}

/// A long-lived simulator: 100,000 operations (creates, actions, reads, deletes and
/// purges) through one simulator leave it holding what it held after the first few
/// thousand: kept objects come and go, finished work is forgotten beyond its limit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_thousand_operations_leave_the_footprint_flat() {
    const OPERATIONS: usize = 100_000;
    const KEPT_WORK: usize = 500;
    let simulator = Simulator::builder()
        .work(WorkOptions::taking(Duration::ZERO))
        .keep_work(KEPT_WORK)
        .start()
        .await
        .expect("the simulator starts");
    let client = simulator_client(&simulator, simulator.token());
    // Five operations a round: create, resize, read, delete, purge.
    let round = || async {
        let created = client
            .create_disk()
            .organization(organization())
            .properties(DiskArguments::default())
            .send()
            .await
            .expect("a disk");
        let disk = DiskLookup::Id(created.disk.id.parse().expect("an ID"));
        client
            .resize_disk()
            .disk(disk.clone())
            .size_in_gb(30)
            .send()
            .await
            .expect("resized");
        let read = client.get_disk().disk(disk.clone()).send().await.expect("read");
        assert_eq!(read.disk.size_in_gb, 30);
        let deleted = client.delete_disk().disk(disk).send().await.expect("deleted");
        client
            .purge_trash_object()
            .trash_object(TrashObjectLookup::Id(deleted.trash_object.id.parse().expect("an ID")))
            .send()
            .await
            .expect("purged");
    };
    // Four rounds at once, as a test suite's tests would share it; between batches none is
    // in flight, so the footprint is read at rest.
    const AT_ONCE: usize = 4;
    let mut done = 0;
    let mut footprints = Vec::new();
    while done < OPERATIONS {
        futures::future::join_all((0..AT_ONCE).map(|_| round())).await;
        done += 5 * AT_ONCE;
        if done % 10_000 == 0 {
            footprints.push(simulator.footprint());
        }
    }
    let (objects, work) = footprints[0];
    assert!(work <= KEPT_WORK, "finished work beyond the limit is forgotten: {work}");
    assert!(
        footprints.iter().all(|&f| f == (objects, work)),
        "flat from the first 10,000 operations on: {footprints:?}"
    );
    assert_eq!(simulator.requests(), OPERATIONS as u64);
}

#[tokio::test]
async fn a_managed_organisation_is_created_listed_by_its_manager_read_and_deleted() {
    let (_simulator, client) = simulator_working(WorkOptions::default()).await;
    let created = client
        .create_managed_organization()
        .organization(organization())
        .name("Acme Retail")
        .sub_domain("acme-retail")
        .send()
        .await
        .expect("a managed organisation")
        .organization;
    assert_eq!(
        (created.sub_domain.as_str(), created.managed),
        ("acme-retail", Some(true))
    );
    let managed = || async {
        let page = client
            .list_managed_organizations()
            .organization(organization())
            .send()
            .await
            .expect("its managed organisations");
        page.items.into_iter().map(|o| o.id).collect::<Vec<_>>()
    };
    assert_eq!(managed().await, std::slice::from_ref(&created.id));
    let by_sub_domain = OrganizationLookup::SubDomain("acme-retail".parse().expect("a sub-domain"));
    let read = client
        .get_organization()
        .organization(by_sub_domain.clone())
        .send()
        .await
        .expect("read");
    assert_eq!(read.organization.id, created.id);

    let taken = client
        .create_managed_organization()
        .organization(organization())
        .name("Again")
        .sub_domain("acme-retail")
        .send()
        .await
        .expect_err("the sub-domain is taken");
    assert_eq!(taken.code().as_deref(), Some("validation_error"));
    let unmanaged = client
        .delete_managed_organization()
        .organization(organization())
        .send()
        .await;
    assert_eq!(
        unmanaged.err().and_then(|e| e.code()).as_deref(),
        Some("managed_organization_required")
    );

    client
        .delete_managed_organization()
        .organization(by_sub_domain.clone())
        .send()
        .await
        .expect("deleted");
    assert!(managed().await.is_empty());
    let gone = client.get_organization().organization(by_sub_domain).send().await;
    assert_eq!(
        gone.err().and_then(|e| e.code()).as_deref(),
        Some("organization_not_found")
    );
}

/// Object storage keeps its keys and buckets: a bucket's access control list names real
/// keys (one naming a key that does not exist is refused), and a key deleted is gone from
/// every bucket's list.
#[tokio::test]
async fn a_bucket_grants_real_keys_and_a_deleted_key_leaves_its_grants() {
    use katapult_sdk::types::{
        AccessKeyLookup, BucketLookup, ObjectStorageAccessKeyArguments, ObjectStorageBucketAclArguments,
        ObjectStorageBucketArguments, ObjectStorageClusterLookup,
    };
    let (_simulator, client) = simulator_working(WorkOptions::default()).await;
    let cluster = || ObjectStorageClusterLookup::Region("uk-lon".parse().expect("a region"));
    let key = |name: &'static str| {
        client
            .create_object_storage_access_key()
            .organization(organization())
            .object_storage_cluster(cluster())
            .properties(ObjectStorageAccessKeyArguments {
                name: name.to_owned(),
                all_buckets_read: None,
                all_objects_read: None,
                all_objects_write: None,
            })
            .send()
    };
    let reader = key("reader").await.expect("a key").object_storage_access_key.id;
    let writer = key("writer").await.expect("a key").object_storage_access_key.id;
    let listed = client
        .list_object_storage_access_keys()
        .organization(organization())
        .send()
        .await
        .expect("the keys");
    let ids: Vec<String> = listed.items.into_iter().map(|k| k.id).collect();
    assert_eq!(ids, [reader.clone(), writer.clone()]);

    let bucket = |name: &'static str, read: Vec<String>| {
        client
            .create_object_storage_bucket()
            .organization(organization())
            .object_storage_cluster(cluster())
            .properties(ObjectStorageBucketArguments {
                name: Some(name.to_owned()),
                access_control_list: Some(ObjectStorageBucketAclArguments {
                    read_key_ids: Some(read),
                    write_key_ids: Some(vec![writer.clone()]),
                    ..ObjectStorageBucketAclArguments::default()
                }),
                ..ObjectStorageBucketArguments::default()
            })
            .send()
    };
    let made = bucket("assets", vec![reader.clone()])
        .await
        .expect("a bucket")
        .object_storage_bucket;
    assert_eq!(made.access_control_list.read_key_ids, std::slice::from_ref(&reader));
    assert!(!made.access_control_list.public_read, "closed but for what is given");
    let unknown = bucket("other", vec!["objsk_nobody".to_owned()]).await;
    assert_eq!(
        unknown.err().and_then(|e| e.code()).as_deref(),
        Some("validation_error")
    );

    client
        .delete_object_storage_access_key()
        .access_key(AccessKeyLookup::Id(reader.parse().expect("an ID")))
        .send()
        .await
        .expect("the reader is deleted");
    let read = client
        .get_object_storage_bucket()
        .object_storage_cluster(cluster())
        .bucket(BucketLookup::Name("assets".parse().expect("a name")))
        .send()
        .await
        .expect("the bucket")
        .object_storage_bucket;
    assert!(
        read.access_control_list.read_key_ids.is_empty(),
        "the deleted key is gone"
    );
    assert_eq!(read.access_control_list.write_key_ids, [writer]);
}

/// A machine's interface detaches when its task ends, takes a speed profile from the
/// catalog, and once deleted is gone from its machine.
#[tokio::test]
async fn an_interface_detaches_takes_a_speed_profile_and_is_deleted() {
    use futures::TryStreamExt;
    use katapult_sdk::types::{NetworkSpeedProfileLookup, VirtualMachineNetworkInterfaceLookup};
    let (simulator, client) = simulator_working(WorkOptions::taking(Duration::from_millis(100))).await;
    let world = simulator.world();
    let mango = world.vm_by_fqdn[seeded::MANGO_FQDN];
    let interface_id = world.interfaces[world.virtual_machines[mango].interfaces[0]].id.clone();
    let lookup = || VirtualMachineNetworkInterfaceLookup::Id(interface_id.parse().expect("an ID"));
    let read = || async {
        client
            .get_network_interface()
            .virtual_machine_network_interface(lookup())
            .send()
            .await
            .map(|answer| answer.virtual_machine_network_interface)
    };

    let detach = client
        .detach_from_virtual_machine()
        .virtual_machine_network_interface(lookup())
        .send()
        .await
        .expect("detaching");
    client
        .wait_for_task(&detach.task.id, quick())
        .await
        .expect("the detach ends");
    assert_eq!(read().await.expect("read").state.as_deref(), Some("detached"));
    let again = client
        .detach_from_virtual_machine()
        .virtual_machine_network_interface(lookup())
        .send()
        .await;
    assert_eq!(
        again.err().and_then(|e| e.code()).as_deref(),
        Some("virtual_machine_network_interface_already_detached")
    );

    let profile = simulator.objects("network_speed_profile")[0]["id"]
        .as_str()
        .expect("an ID")
        .to_owned();
    client
        .update_network_speed_profile_for_virtual_machine_network_interface()
        .virtual_machine_network_interface(lookup())
        .speed_profile(NetworkSpeedProfileLookup::Id(profile.parse().expect("an ID")))
        .send()
        .await
        .expect("a new speed profile");
    let shown = read().await.expect("read").speed_profile.map(|p| p.id);
    assert_eq!(shown, Some(profile));

    client
        .delete_virtual_machine_network_interface()
        .virtual_machine_network_interface(lookup())
        .send()
        .await
        .expect("deleted");
    let gone = read().await.expect_err("gone");
    assert_eq!(
        gone.code().as_deref(),
        Some("virtual_machine_network_interface_not_found")
    );
    let left: Vec<String> = client
        .list_network_interfaces(katapult_sdk::lookup::VirtualMachine::fqdn(seeded::MANGO_FQDN))
        .stream()
        .map_ok(|interface| interface.id)
        .try_collect()
        .await
        .expect("its interfaces");
    assert!(!left.contains(&interface_id), "{left:?}");
}
