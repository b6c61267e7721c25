//! The reviewed table of descriptions for the fields most objects share, by field name, so
//! that docs.rs says something where the vendor's document says nothing (its generator
//! writes no field descriptions; the import's fallback, "The name.", only repeats the name).
//!
//! What each says holds for every object that has the field: timestamps are Unix seconds
//! (wire-facts.md: `trash_object.keep_until`; the vendor's document types every `…_at` as an
//! integer); IDs are opaque strings with a type prefix (wire-facts.md). A field the table
//! lacks keeps the fallback, and a reviewer adds it here.

/// Field name → description.
const TABLE: &[(&str, &str)] = &[
    (
        "id",
        "Its unique ID: an opaque string whose prefix names the kind of object (`vm_…` for a virtual machine).",
    ),
    ("name", "Its name, as shown in Katapult."),
    ("description", "A description of it, in free text."),
    ("created_at", "When it was created, in Unix seconds."),
    ("updated_at", "When it was last changed, in Unix seconds."),
    ("expires_at", "When it expires, in Unix seconds."),
    ("started_at", "When it started, in Unix seconds."),
    ("finished_at", "When it finished, in Unix seconds."),
    ("keep_until", "Until when it is kept, in Unix seconds."),
    (
        "permalink",
        "Its permalink: a stable, readable key that finds it in lookups, in place of its ID.",
    ),
    ("state", "Its state now."),
    ("status", "Its status now."),
    ("size_in_gb", "Its size, in GB."),
    (
        "annotations",
        "Key-value annotations of your own, kept with it and returned as given.",
    ),
    ("ttl", "Its time to live, in seconds."),
];

/// The description for a field named `name` that has none: the table's, a timestamp's
/// (`…_at`), or "The name." (words of the name).
pub(super) fn of(name: &str) -> String {
    if let Some((_, description)) = TABLE.iter().find(|(field, _)| *field == name) {
        return (*description).to_owned();
    }
    if let Some(event) = name.strip_suffix("_at") {
        return format!("The {} time, in Unix seconds.", event.replace('_', " "));
    }
    format!("The {}.", name.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_fields_say_what_they_hold_and_others_fall_back_to_their_name() {
        assert!(of("id").contains("prefix"));
        assert_eq!(of("created_at"), "When it was created, in Unix seconds.");
        assert_eq!(
            of("auto_move_to_trash_at"),
            "The auto move to trash time, in Unix seconds."
        );
        assert_eq!(of("listen_port"), "The listen port.");
    }
}
