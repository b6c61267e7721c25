//! What every generated request (`operations`) does with its arguments: holds each as a
//! [`Slot`] from its setter until `send`, then reports the first one missing or invalid as
//! [`Error::InvalidInput`] before anything is sent.
//!
//! The generated code calls these rather than writing the same lines out for each of the
//! API's arguments.

use std::fmt::Display;

use crate::error::{Error, Result};

/// An argument as a request holds it: `Ok(None)` unset, `Ok(Some(value))` set, or a value
/// that did not convert, with the argument to name and why.
pub(crate) type Slot<T> = std::result::Result<Option<T>, (&'static str, String)>;

/// An unset argument.
pub(crate) const fn unset<T>() -> Slot<T> {
    Ok(None)
}

/// A setter's value, converted into what the request sends; a failure is kept for `send`
/// to report under `argument`.
pub(crate) fn convert<T, V>(argument: &'static str, value: V) -> Slot<T>
where
    V: TryInto<T>,
    V::Error: Display,
{
    value
        .try_into()
        .map(Some)
        .map_err(|error| (argument, error.to_string()))
}

/// A lookup's value, converted: the SDK's [`lookup`](crate::lookup) types fail with an
/// [`Error::InvalidInput`] naming the key (`virtual_machine[fqdn]`), which is kept as it is.
pub(crate) fn convert_lookup<T, V>(argument: &'static str, value: V) -> Slot<T>
where
    V: TryInto<T>,
    V::Error: Into<Error>,
{
    value
        .try_into()
        .map(Some)
        .map_err(|error| error.into().into_input(argument))
}

/// An optional argument at `send`: its value if set, or the reason it did not convert.
pub(crate) fn optional<T>(slot: Slot<T>) -> Result<Option<T>> {
    slot.map_err(|(argument, reason)| Error::InvalidInput { argument, reason })
}

/// A required argument at `send`: its value, or why it cannot be sent (not set, or did not
/// convert).
pub(crate) fn required<T>(slot: Slot<T>, argument: &'static str) -> Result<T> {
    optional(slot)?.ok_or_else(|| Error::InvalidInput {
        argument,
        reason: "not set".into(),
    })
}

/// A required lookup at `send`: its value, or why it cannot be sent; unset, the reason
/// names the keys it can be given by (`` `disk[id]`, `disk[name]` ``).
pub(crate) fn chosen<T>(slot: Slot<T>, argument: &'static str, keys: &str) -> Result<T> {
    optional(slot)?.ok_or_else(|| Error::InvalidInput {
        argument,
        reason: format!("not set: give one of {keys}"),
    })
}

/// A lookup's key as its query parameter's type: its text, converted (a parameter with a
/// pattern or length checks it here).
pub(crate) fn key<T>(argument: &'static str, value: String) -> Result<T>
where
    T: TryFrom<String>,
    T::Error: Display,
{
    T::try_from(value).map_err(|error| Error::InvalidInput {
        argument,
        reason: error.to_string(),
    })
}

/// A page number or size as the parameter's type (`NonZeroU64`): `send` has already
/// checked it against the API's limits (`paginate::check`).
pub(crate) fn number<T>(argument: &'static str, value: u64) -> Result<T>
where
    T: TryFrom<u64>,
    T::Error: Display,
{
    T::try_from(value).map_err(|error| Error::InvalidInput {
        argument,
        reason: error.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unset_required_argument_is_named() {
        match required::<String>(unset(), "name") {
            Err(Error::InvalidInput { argument, reason }) => {
                assert_eq!((argument, reason.as_str()), ("name", "not set"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_failed_conversion_is_reported_at_send() {
        let slot: Slot<std::num::NonZeroU64> = convert("size", 0_u64);
        match optional(slot) {
            Err(Error::InvalidInput { argument, reason }) => {
                assert_eq!(argument, "size");
                assert!(!reason.is_empty());
            }
            other => panic!("{other:?}"),
        }
        let slot: Slot<String> = convert("name", "web");
        assert_eq!(required(slot, "name").ok().as_deref(), Some("web"));
    }

    #[test]
    fn an_unset_lookup_names_its_keys() {
        match chosen::<String>(unset(), "disk", "`disk[id]`, `disk[name]`") {
            Err(Error::InvalidInput { argument, reason }) => {
                assert_eq!(argument, "disk");
                assert!(reason.contains("`disk[id]`, `disk[name]`"), "{reason}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn page_zero_does_not_convert() {
        assert!(number::<std::num::NonZeroU64>("page", 0).is_err());
        assert_eq!(number::<std::num::NonZeroU64>("page", 3).ok().map(u64::from), Some(3));
    }
}
