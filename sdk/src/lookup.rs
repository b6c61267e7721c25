//! Ways to name the objects an operation acts on: each is exactly one of its identifiers.
//!
//! The API takes a virtual machine by ID *or* by FQDN and an IP address by ID *or* by
//! address, and refuses a request that gives both or neither. These enums cannot be both,
//! so that mistake cannot be written.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::error::Error;
#[cfg(any(feature = "virtual-machines", feature = "ip-addresses"))]
use crate::types;

/// A virtual machine, by ID (`vm_…`) or by fully qualified domain name.
///
/// ```
/// use katapult_sdk::lookup::VirtualMachine;
///
/// let by_id = VirtualMachine::id("vm_t8yomYsG4bccKw5D");
/// let by_name = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
/// assert_ne!(by_id, by_name);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum VirtualMachine {
    /// The virtual machine with this ID, e.g. `vm_t8yomYsG4bccKw5D`.
    Id(String),
    /// The virtual machine with this FQDN, e.g. `bitter-beautiful-mango.acme.katapult.cloud`.
    Fqdn(String),
}

impl VirtualMachine {
    /// The virtual machine with this ID.
    pub fn id(id: impl Into<String>) -> Self {
        Self::Id(id.into())
    }

    /// The virtual machine with this fully qualified domain name.
    pub fn fqdn(fqdn: impl Into<String>) -> Self {
        Self::Fqdn(fqdn.into())
    }

    /// The query parameter the list operation sends for this lookup.
    pub fn query_parameter(&self) -> &'static str {
        match self {
            Self::Id(_) => "virtual_machine[id]",
            Self::Fqdn(_) => "virtual_machine[fqdn]",
        }
    }

    /// The ID or FQDN, checked not to be blank.
    // Used by the lookups' conversions, which need the machines family.
    #[cfg_attr(not(feature = "virtual-machines"), allow(dead_code))]
    pub(crate) fn checked_value(&self) -> Result<&str, Error> {
        let value = match self {
            Self::Id(value) | Self::Fqdn(value) => value.as_str(),
        };
        not_blank(self.query_parameter(), value)
    }
}

/// The generated one-key enum every operation takes, in a query group or a body.
#[cfg(feature = "virtual-machines")]
impl TryFrom<VirtualMachine> for types::VirtualMachineLookup {
    type Error = Error;

    fn try_from(lookup: VirtualMachine) -> Result<Self, Error> {
        let value = lookup.checked_value()?;
        let argument = lookup.query_parameter();
        Ok(match lookup {
            VirtualMachine::Id(_) => Self::Id(value.parse().map_err(|e| invalid(argument, e))?),
            VirtualMachine::Fqdn(_) => Self::Fqdn(value.parse().map_err(|e| invalid(argument, e))?),
        })
    }
}

impl fmt::Display for VirtualMachine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Id(id) => write!(f, "virtual machine {id}"),
            Self::Fqdn(fqdn) => write!(f, "virtual machine {fqdn}"),
        }
    }
}

/// An IP address, by ID (`ip_…`) or by the address itself.
///
/// ```
/// use std::net::Ipv4Addr;
/// use katapult_sdk::lookup::IpAddress;
///
/// let by_address: IpAddress = Ipv4Addr::new(185, 22, 208, 10).into();
/// assert_eq!(by_address, IpAddress::Address("185.22.208.10".parse().unwrap()));
/// let by_id = IpAddress::id("ip_dZ8Ht4SyyAgzjjkq");
/// # let _ = by_id;
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum IpAddress {
    /// The IP address with this ID, e.g. `ip_dZ8Ht4SyyAgzjjkq`.
    Id(String),
    /// The IP address itself, IPv4 or IPv6.
    Address(IpAddr),
}

impl IpAddress {
    /// The IP address with this ID.
    pub fn id(id: impl Into<String>) -> Self {
        Self::Id(id.into())
    }
}

/// The generated one-key enum every operation takes, in a query group or a body.
#[cfg(any(feature = "virtual-machines", feature = "ip-addresses"))]
impl TryFrom<IpAddress> for types::IpAddressLookup {
    type Error = Error;

    fn try_from(lookup: IpAddress) -> Result<Self, Error> {
        Ok(match lookup {
            IpAddress::Id(id) => {
                let id = not_blank("ip_address[id]", &id)?;
                Self::Id(id.parse().map_err(|e| invalid("ip_address[id]", e))?)
            }
            IpAddress::Address(address) => Self::Address(
                address
                    .to_string()
                    .parse()
                    .map_err(|e| invalid("ip_address[address]", e))?,
            ),
        })
    }
}

/// An address itself, as the generated one-key enum (`.ip_address(addr)` on a request).
#[cfg(any(feature = "virtual-machines", feature = "ip-addresses"))]
impl TryFrom<IpAddr> for types::IpAddressLookup {
    type Error = Error;

    fn try_from(address: IpAddr) -> Result<Self, Error> {
        IpAddress::Address(address).try_into()
    }
}

impl From<IpAddr> for IpAddress {
    fn from(address: IpAddr) -> Self {
        Self::Address(address)
    }
}

impl From<Ipv4Addr> for IpAddress {
    fn from(address: Ipv4Addr) -> Self {
        Self::Address(address.into())
    }
}

impl From<Ipv6Addr> for IpAddress {
    fn from(address: Ipv6Addr) -> Self {
        Self::Address(address.into())
    }
}

impl fmt::Display for IpAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Id(id) => write!(f, "IP address {id}"),
            Self::Address(address) => write!(f, "IP address {address}"),
        }
    }
}

pub(crate) fn not_blank<'a>(argument: &'static str, value: &'a str) -> Result<&'a str, Error> {
    if value.trim().is_empty() {
        Err(Error::InvalidInput {
            argument,
            reason: "must not be empty".into(),
        })
    } else {
        Ok(value)
    }
}

// Used by the conversions of the machines' and addresses' lookups, which need one of those
// families.
#[cfg_attr(not(any(feature = "virtual-machines", feature = "ip-addresses")), allow(dead_code))]
fn invalid(argument: &'static str, error: impl fmt::Display) -> Error {
    Error::InvalidInput {
        argument,
        reason: error.to_string(),
    }
}
