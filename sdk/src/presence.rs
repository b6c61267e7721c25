//! Reading a member that may be absent, `null` or a value, as three things.
//!
//! The generated types make an optional member that the spec says may be null an
//! `Option<Option<T>>` (build-tools `presence.rs`): serde leaves it `None` when the key is
//! absent (`#[serde(default)]`) and calls [`present`] when the key is there, so `null` is
//! `Some(None)` and a value `Some(Some(v))`. Written back, `None` is left out and
//! `Some(None)` is `null`: an answer re-encodes as it came, and a caller can send `null`.

use serde::{Deserialize, Deserializer};

/// Reads a member whose key is present: `null` as `Some(None)`, a value as `Some(Some(v))`.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};
    use serde_json::json;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Member {
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "super::present"
        )]
        description: Option<Option<String>>,
    }

    #[test]
    fn absent_null_and_a_value_are_read_apart_and_written_as_they_came() {
        for (wire, read) in [
            (json!({}), None),
            (json!({"description": null}), Some(None)),
            (json!({"description": "web"}), Some(Some("web".to_owned()))),
        ] {
            let member: Member = serde_json::from_value(wire.clone()).expect("reads");
            assert_eq!(member.description, read, "{wire}");
            assert_eq!(serde_json::to_value(&member).expect("writes"), wire);
        }
    }
}
