//! What things are called here: operationIds from the vendor's summaries, and components
//! named for what they are rather than where the vendor's generator met them.

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::Value;

use super::State;

/// Whether `id` is a usable operationId: lower snake_case, starting with a letter.
/// Our tag for a vendor tag (`Virtual machine network interfaces` →
/// `virtual_machine_network_interfaces`): what `x-families` lists.
pub fn our_tag(vendor_tag: &str) -> String {
    vendor_tag.to_snake_case()
}

pub(super) fn is_snake_case_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Ours: the summary in snake_case without articles ("Get virtual machine" →
/// `get_virtual_machine`), an acronym's plural as one word ("URLs" → `urls`, not `ur_ls`),
/// or the method and path when there is no summary.
pub(super) fn our_operation_id(operation: &Value, method: &str, path: &str) -> String {
    let summary = operation.get("summary").and_then(Value::as_str).unwrap_or_default();
    // A possessive is dropped whole ("Get widget's label" → `get_widget_label`), any other
    // apostrophe too, so neither splits a word.
    let summary = format!("{summary} ")
        .replace("'s ", " ")
        .replace("\u{2019}s ", " ")
        .replace(['\'', '\u{2019}'], "");
    let words: Vec<String> = summary
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && !["a", "an", "the"].contains(&w.to_lowercase().as_str()))
        .map(|w| match w.strip_suffix('s') {
            Some(acronym) if acronym.len() > 1 && acronym.chars().all(|c| c.is_ascii_uppercase()) => w.to_lowercase(),
            _ => w.to_owned(),
        })
        .collect();
    if words.is_empty() {
        format!("{method}_{path}").to_snake_case()
    } else {
        words.join(" ").to_snake_case()
    }
}

/// What a vendor component named after where it appears is: the part after its answer's
/// status (`GetVirtualMachine200ResponseVirtualMachine` → `VirtualMachine`,
/// `PostOrganizationDisks201ResponseDisk` → `Disk`), or `None` for any other name.
pub(super) fn answer_part(name: &str) -> Option<&str> {
    let bytes = name.as_bytes();
    (0..name.len()).find_map(|at| {
        let status = bytes.get(at..at + 3)?;
        let rest = name.get(at + 3..)?.strip_prefix("Response")?;
        (status.iter().all(u8::is_ascii_digit) && !rest.is_empty()).then_some(rest)
    })
}

/// A component's name as this spec writes it: the Rust type's (`IPAddress` → `IpAddress`).
pub(super) fn type_name(name: &str) -> String {
    name.to_upper_camel_case()
}

/// The spec's component with this Rust name (`IPAddress` and `IpAddress` are one).
pub(super) fn ours_named(ours: &Value, name: &str) -> Option<String> {
    let schemas = ours.pointer("/components/schemas").and_then(Value::as_object)?;
    schemas
        .keys()
        .find(|existing| existing.to_upper_camel_case() == name.to_upper_camel_case())
        .cloned()
}

/// `GetVirtualMachine200ResponseVirtualMachine` → "Get virtual machine 200 response virtual
/// machine": one rule for the importer's and the sampler's words.
pub(super) use crate::sample::words;

/// "An organization", "A virtual machine".
pub(super) fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "An"
    } else {
        "A"
    };
    format!("{article} {noun}")
}

impl State<'_> {
    /// The name a vendor component gets here: the vendor's, except that a schema the
    /// vendor named after where it appears is named for what it is ([`answer_part`]),
    /// unless that name is taken by another.
    pub(super) fn our_component_name(&self, vendor_name: &str) -> String {
        let name = vendor_name.to_upper_camel_case();
        let Some(short) = answer_part(&name) else {
            return name;
        };
        let taken = self.ours_named(short).is_some() || self.schemas.contains_key(short);
        if taken || self.vendor_has_other(short, vendor_name) {
            name
        } else {
            short.to_owned()
        }
    }

    /// Whether the vendor's document has a different component that would take `name`.
    fn vendor_has_other(&self, name: &str, vendor_name: &str) -> bool {
        let schemas = self.vendor.pointer("/components/schemas").and_then(Value::as_object);
        schemas
            .into_iter()
            .flatten()
            .any(|(other, _)| other != vendor_name && other.to_upper_camel_case() == name)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn an_apostrophe_does_not_split_a_name() {
        let op = json!({"summary": "Get a widget's label"});
        assert_eq!(
            our_operation_id(&op, "get", "/widgets/widget/label"),
            "get_widget_label"
        );
        let op = json!({"summary": "Get the widget\u{2019}s label"});
        assert_eq!(
            our_operation_id(&op, "get", "/widgets/widget/label"),
            "get_widget_label"
        );
    }

    #[test]
    fn our_ids_come_from_the_summary_without_articles() {
        let op = json!({"summary": "Allocate an IP address to a network interface"});
        assert_eq!(
            our_operation_id(&op, "post", "/x"),
            "allocate_ip_address_to_network_interface"
        );
        let op = json!({"summary": "Revoke object storage bucket presigned URLs"});
        assert_eq!(
            our_operation_id(&op, "post", "/x"),
            "revoke_object_storage_bucket_presigned_urls"
        );
        assert_eq!(
            our_operation_id(&json!({}), "get", "/ip_addresses/ip_address"),
            "get_ip_addresses_ip_address"
        );
    }

    #[test]
    fn a_component_named_for_any_answer_status_is_named_for_what_it_is() {
        assert_eq!(
            answer_part("GetVirtualMachine200ResponseVirtualMachine"),
            Some("VirtualMachine")
        );
        assert_eq!(answer_part("PostOrganizationDisks201ResponseDisk"), Some("Disk"));
        assert_eq!(
            answer_part("OneOfApiAuthenticator403Response"),
            None,
            "nothing after it"
        );
        assert_eq!(answer_part("VirtualMachine"), None);
    }
}
