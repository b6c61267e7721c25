//! The reviewed table of realistic values by field name and by the object a field belongs
//! to, for full samples (see the parent module), and what counts as a placeholder in an
//! example payload.
//!
//! ID prefixes are the API's own, as the vendor's Go client fixtures show them (go-katapult
//! `core/fixtures/`: `vm_`, `vmnet_`, `dtpl_`, `lbrule_`, …). A noun the table lacks gets a
//! prefix of its initials (`DiskBackupPolicy` → `dbp_`), which a reviewer corrects here.

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

/// API nouns and their ID prefixes. Longer nouns first where one ends another
/// (`VirtualMachineNetworkInterface` before `VirtualMachine`).
const PREFIXES: &[(&str, &str)] = &[
    ("VirtualMachineNetworkInterface", "vmnet"),
    ("VirtualMachinePackage", "vmpkg"),
    ("VirtualMachineGroup", "vmgrp"),
    ("VirtualMachineBuild", "vmbuild"),
    ("VirtualMachine", "vm"),
    ("NetworkInterface", "vmnet"),
    ("SecurityGroupRule", "sgr"),
    ("SecurityGroup", "sg"),
    ("LoadBalancerRule", "lbrule"),
    ("LoadBalancer", "lb"),
    ("DnsZone", "dnszone"),
    ("TrashObject", "trsh"),
    ("NetworkSpeedProfile", "nsp"),
    ("VirtualNetwork", "vnet"),
    ("Network", "netw"),
    ("FileStorageVolume", "fsv"),
    ("DataCenter", "dc"),
    ("DiskTemplateVersion", "dtplv"),
    ("DiskTemplate", "dtpl"),
    ("Disk", "disk"),
    ("Certificate", "cert"),
    ("Zone", "zone"),
    ("IpAddress", "ip"),
    ("Organization", "org"),
    ("Country", "ctry"),
    ("Task", "task"),
    ("Tag", "tag"),
    ("SshKey", "ssh"),
    ("AuthorizedKey", "ssh"),
];

/// The API noun a component stands for: the longest known noun its name ends with
/// (`GetOrganizationDisks200ResponseDisk` → `Disk`), or the name itself.
pub(super) fn noun_of_component(name: &str) -> String {
    PREFIXES
        .iter()
        .map(|(noun, _)| *noun)
        .filter(|noun| name.ends_with(noun))
        .max_by_key(|noun| noun.len())
        .map_or_else(|| name.to_owned(), str::to_owned)
}

/// Whether the table knows this noun.
pub(super) fn is_known_noun(noun: &str) -> bool {
    PREFIXES.iter().any(|(n, _)| *n == noun)
}

/// The noun of what a property holds (`data_center` → `DataCenter`; `virtual_machine_id`
/// → `VirtualMachine`); the owner's noun for a plain field.
pub(super) fn noun_of_property(field: &str, owner: Option<&str>) -> String {
    let stem = field.strip_suffix("_id").unwrap_or(field);
    let noun = noun_of_component(&stem.to_upper_camel_case());
    if is_known_noun(&noun) || owner.is_none() {
        noun
    } else {
        owner.unwrap_or_default().to_owned()
    }
}

/// The noun of one item of a list field (`ip_addresses` → `IpAddress`).
pub(super) fn singular_noun(field: &str) -> String {
    let singular = if let Some(stem) = field.strip_suffix("sses") {
        format!("{stem}ss")
    } else if let Some(stem) = field.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = field.strip_suffix('s') {
        stem.to_owned()
    } else {
        field.to_owned()
    };
    noun_of_component(&singular.to_upper_camel_case())
}

fn prefix(noun: &str) -> String {
    match PREFIXES.iter().find(|(n, _)| *n == noun) {
        Some((_, prefix)) => (*prefix).to_owned(),
        // One word: the word itself (`Invoice` → `invoice`); several: their initials.
        None if noun.chars().filter(char::is_ascii_uppercase).count() <= 1 => noun.to_lowercase(),
        None => noun
            .chars()
            .filter(char::is_ascii_uppercase)
            .collect::<String>()
            .to_lowercase(),
    }
}

/// 16 letters and digits, the same for the same inputs (IDs stay put between imports).
fn token(seed: &str) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // FNV-1a, then a linear congruential walk: stable, and good enough to look random.
    let mut state = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (0..16)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ALPHABET[usize::try_from(state >> 58).unwrap_or(0) % ALPHABET.len()] as char
        })
        .collect()
}

/// An ID of the API's shape for `noun`, different for each list item.
fn id(noun: &str, ordinal: usize) -> String {
    let prefix = prefix(noun);
    let prefix = if prefix.is_empty() { "obj".to_owned() } else { prefix };
    format!("{prefix}_{}", token(&format!("{noun}/{ordinal}")))
}

const MACHINES: [&str; 2] = ["bitter-beautiful-mango", "quiet-clever-tulip"];

/// A name in words, capitalised: `DiskTemplate` → "Disk template".
pub(crate) fn words(noun: &str) -> String {
    let words = noun.to_snake_case().replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// A realistic string for `field` of an object of `owner` (item `ordinal` of its list).
pub(super) fn string(field: &str, owner: Option<&str>, ordinal: usize) -> String {
    let owner = owner.unwrap_or("Object");
    let machine = MACHINES[ordinal % MACHINES.len()];
    let host = 10 + ordinal;
    match field {
        "id" => id(owner, ordinal),
        f if f.ends_with("_id") => id(&noun_of_property(f, Some(owner)), ordinal),
        "name" => match owner {
            "VirtualMachine" => machine.to_owned(),
            "Organization" => ["Acme Ltd", "Globex Corporation"][ordinal % 2].to_owned(),
            "DataCenter" => ["London", "Amsterdam"][ordinal % 2].to_owned(),
            "Zone" => ["London North", "Amsterdam West"][ordinal % 2].to_owned(),
            "Country" => ["United Kingdom", "Netherlands"][ordinal % 2].to_owned(),
            "Currency" => ["British Pound", "Euro"][ordinal % 2].to_owned(),
            "Network" => ["Public Network", "Private Network"][ordinal % 2].to_owned(),
            _ => format!("{} {}", words(owner), ordinal + 1),
        },
        "hostname" => machine.to_owned(),
        "fqdn" => format!("{machine}.acme.katapult.cloud"),
        "description" => format!("{} for the web tier.", words(owner)),
        "permalink" => format!("{}-{}", owner.to_kebab_case(), ordinal + 1),
        "sub_domain" => "acme".to_owned(),
        "infrastructure_domain" => "acme.katapult.cloud".to_owned(),
        "address" | "ip_address" | "ip" | "content" => format!("185.22.208.{host}"),
        "address_with_mask" => format!("185.22.208.{host}/24"),
        "reverse_dns" => format!("{machine}-{host}.acme.katapult.cloud"),
        "iso_code2" => ["GB", "NL"][ordinal % 2].to_owned(),
        "iso_code3" => ["GBR", "NLD"][ordinal % 2].to_owned(),
        "iso_code" => ["GBP", "EUR"][ordinal % 2].to_owned(),
        "symbol" => ["£", "€"][ordinal % 2].to_owned(),
        "code" => ["LND", "AMS"][ordinal % 2].to_owned(),
        "time_zone" => ["Europe/London", "Europe/Amsterdam"][ordinal % 2].to_owned(),
        "mac_address" => format!("02:00:5e:00:53:{host:02x}"),
        "key" => ["env", "team"][ordinal % 2].to_owned(),
        "value" => ["production", "web"][ordinal % 2].to_owned(),
        "label" => format!("Web server {}", ordinal + 1),
        "username" | "user" => "deploy".to_owned(),
        "email" | "email_address" => "ops@acme.example".to_owned(),
        "phone_number" => "+44 20 7946 0000".to_owned(),
        "postcode" => "SW1A 1AA".to_owned(),
        "address1" => "1 Example Street".to_owned(),
        "address2" => "Westminster".to_owned(),
        "address3" | "address4" => "London".to_owned(),
        "billing_name" => "Acme Ltd".to_owned(),
        "vat_number" => "GB123456789".to_owned(),
        "file_name" => "server-report.pdf".to_owned(),
        "file_type" => "application/pdf".to_owned(),
        "url" => "https://files.katapult.io/acme/server-report.pdf".to_owned(),
        f if f.contains("password") || f.contains("secret") => "Tr0ub4dor-and-3-horses".to_owned(),
        f if f.contains("token") || f.contains("digest") || f.contains("fingerprint") => {
            token(&format!("{owner}/{f}/{ordinal}"))
        }
        f if f.ends_with("_key") || f == "public_key" || f == "keys" => {
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHxTc0kCWyX8fQ deploy@acme".to_owned()
        }
        other => words(other),
    }
}

/// The first second of 2026, the base of sampled timestamps.
const SAMPLE_EPOCH: i64 = 1_767_225_600;

/// A realistic integer for `field` (item `ordinal` of its list).
pub(super) fn integer(field: &str, ordinal: usize) -> i64 {
    let n = i64::try_from(ordinal).unwrap_or(0);
    match field {
        f if f.ends_with("_at") || f == "keep_until" => SAMPLE_EPOCH + n * 86_400,
        f if f.ends_with("_in_gb") => 20 * (n + 1),
        f if f.ends_with("_in_mb") => 2048,
        "cpu_cores" | "cores" => 2,
        "port" | "listen_port" | "target_port" => 443,
        "per_page" => 30,
        "current_page" | "total_pages" | "number" => 1 + n,
        "total" => 2,
        "progress" => 100,
        "total_permitted" => 60,
        _ => 1 + n,
    }
}

/// Whether `value`, held under `field` in an example payload, is a placeholder no real
/// answer holds: `"sample"`, `"string"` (the vendor pages' stand-in), an empty or
/// unprefixed ID, or a timestamp before 2001.
pub fn is_placeholder(field: &str, value: &Value) -> bool {
    match value {
        Value::String(s) => {
            let is_id = field == "id" || field.ends_with("_id");
            s == "sample"
                || s == "string"
                || (is_id && !(s.split_once('_').is_some_and(|(p, t)| !p.is_empty() && !t.is_empty())))
        }
        Value::Number(n) if field.ends_with("_at") => n.as_i64().is_some_and(|t| t < 1_000_000_000),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn nouns_come_from_names_and_lists() {
        assert_eq!(noun_of_component("GetOrganizationDisks200ResponseDisk"), "Disk");
        assert_eq!(noun_of_component("GetDiskPartVirtualMachine"), "VirtualMachine");
        assert_eq!(singular_noun("ip_addresses"), "IpAddress");
        assert_eq!(singular_noun("security_groups"), "SecurityGroup");
        assert_eq!(noun_of_property("zone_id", Some("Disk")), "Zone");
        assert_eq!(noun_of_property("size_in_gb", Some("Disk")), "Disk");
        assert!(id("DiskBackupPolicy", 0).starts_with("dbp_"));
        assert_ne!(id("Disk", 0), id("Disk", 1));
    }

    #[test]
    fn placeholders_are_told_from_values() {
        assert!(is_placeholder("name", &json!("string")));
        assert!(is_placeholder("name", &json!("sample")));
        assert!(is_placeholder("id", &json!("vmdisk")));
        assert!(is_placeholder("created_at", &json!(1)));
        assert!(!is_placeholder("id", &json!("vm_t8yomYsG4bccKw5D")));
        assert!(!is_placeholder("created_at", &json!(SAMPLE_EPOCH)));
        assert!(!is_placeholder("label", &json!("")));
    }
}
