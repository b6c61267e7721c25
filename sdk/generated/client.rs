// The contents of this file are generated; do not modify them.
// Source: spec/katapult-core.yaml. Regenerate with `cargo xtask generate`.

#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///Which IP address to allocate, and to which virtual machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(deny_unknown_fields)]
    pub struct AllocateIpAddressRequest {
        pub ip_address: IpAddressLookup,
        pub virtual_machine: VirtualMachineLookup,
    }
    impl AllocateIpAddressRequest {
        pub fn builder() -> builder::AllocateIpAddressRequest {
            Default::default()
        }
    }
    ///The IP address now allocated to the virtual machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocateIpAddressResponse {
        pub ip_address: IpAddress,
    }
    impl AllocateIpAddressResponse {
        pub fn builder() -> builder::AllocateIpAddressResponse {
            Default::default()
        }
    }
    ///An error the service reported, told apart by `code`. `detail` is typed for each code. Codes from the pages and from the framework (wire-facts.md) are all listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(tag = "code")]
    pub enum ApiError {
        ///No API token was provided in the Authorization header. Ensure a token is provided prefixed with Bearer
        #[serde(rename = "missing_api_token")]
        MissingApiToken {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///An argument was invalid (framework error, not on the pages): it could not be parsed, failed validation, or a lookup was missing or ambiguous.
        #[serde(rename = "invalid_argument")]
        InvalidArgument {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: InvalidArgumentDetail,
        },
        ///A required argument was not provided (framework error, not on the pages).
        #[serde(rename = "missing_required_argument")]
        MissingRequiredArgument {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: MissingRequiredArgumentDetail,
        },
        ///Network is not allowed to access the API with this API token
        #[serde(rename = "unauthorized_network_for_api_token")]
        UnauthorizedNetworkForApiToken {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: UnauthorizedNetworkForApiTokenDetail,
        },
        ///The API token provided was not valid (it may not exist or have expired)
        #[serde(rename = "invalid_api_token")]
        InvalidApiToken {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The capabilities token provided was not valid (either not valid, expired or not signed by the correct key)
        #[serde(rename = "invalid_capabilities_token")]
        InvalidCapabilitiesToken {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The scope required for this endpoint has not been granted to the authenticating identity
        #[serde(rename = "scope_not_granted")]
        ScopeNotGranted {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: ScopeNotGrantedDetail,
        },
        ///The authenticated identity may not perform this action (framework error, seen in the Go client's fixtures, not on the pages).
        #[serde(rename = "permission_denied")]
        PermissionDenied {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<PermissionDeniedDetail>,
        },
        ///No virtual machine was found matching any of the criteria provided in the arguments
        #[serde(rename = "virtual_machine_not_found")]
        VirtualMachineNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No IP addresses were found matching any of the criteria provided in the arguments
        #[serde(rename = "ip_address_not_found")]
        IpAddressNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No route matches the path and method (framework error, not on the pages).
        #[serde(rename = "route_not_found")]
        RouteNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The object found is in the trash and therefore cannot be manipulated through the API. It should be restored in order to run this operation.
        #[serde(rename = "object_in_trash")]
        ObjectInTrash {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: ObjectInTrashDetail,
        },
        ///This virtual machine does not have a network interface that is compatible with the provided IP address
        #[serde(rename = "no_interface_available")]
        NoInterfaceAvailable {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///This IP address has already been allocated to another resource
        #[serde(rename = "ip_already_allocated")]
        IpAlreadyAllocated {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///You have reached the rate limit for this type of request
        #[serde(rename = "rate_limit_reached")]
        RateLimitReached {
            ///A human-readable description of the error.
            description: ::std::string::String,
            detail: RateLimitReachedDetail,
        },
        ///The service failed while handling the request (framework error, not on the pages).
        #[serde(rename = "unhandled_exception")]
        UnhandledException {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The service is currently unavailable, please try again later
        #[serde(rename = "service_unavailable")]
        ServiceUnavailable {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The resource this IP address belongs to does not allow you to unallocate it.
        #[serde(rename = "resource_does_not_support_unallocation")]
        ResourceDoesNotSupportUnallocation {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///This IP address is not currently allocated to any object, and cannot be unallocated.
        #[serde(rename = "no_allocation")]
        NoAllocation {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
    }
    ///The argument an error is about, as the API defines it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ArgumentDescription {
        ///The argument's documentation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The argument's internal identifier.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The argument's name, e.g. `per_page`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl ArgumentDescription {
        pub fn builder() -> builder::ArgumentDescription {
            Default::default()
        }
    }
    ///A country.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Country {
        ///Whether the country is in the European Union.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub eu: ::std::option::Option<bool>,
        ///The country's ID, e.g. `ctry_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The ISO 3166-1 alpha-2 code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iso_code2: ::std::option::Option<::std::string::String>,
        ///The ISO 3166-1 alpha-3 code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iso_code3: ::std::option::Option<::std::string::String>,
        ///The country's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The country's main time zone, e.g. `Europe/London`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub time_zone: ::std::option::Option<::std::string::String>,
    }
    impl Country {
        pub fn builder() -> builder::Country {
            Default::default()
        }
    }
    ///A data center.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DataCenter {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<Country>,
        ///The data center's ID, e.g. `dc_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The data center's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The data center's permalink, e.g. `uk-lon-01`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl DataCenter {
        pub fn builder() -> builder::DataCenter {
            Default::default()
        }
    }
    ///The detail of an error whose pages document no fields (`{}`); any fields a newer service sends are accepted.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct EmptyDetail(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for EmptyDetail {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<EmptyDetail>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: EmptyDetail) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for EmptyDetail {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///An error, as the service sends it (wrapped in `error`).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ErrorResponse {
        pub error: ApiError,
    }
    impl ErrorResponse {
        pub fn builder() -> builder::ErrorResponse {
            Default::default()
        }
    }
    ///An IP address allocated to an interface.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InterfaceIpAddress {
        ///The address, IPv4 or IPv6.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///The IP address's ID, e.g. `ip_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
    }
    impl InterfaceIpAddress {
        pub fn builder() -> builder::InterfaceIpAddress {
            Default::default()
        }
    }
    ///The network an interface is attached to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InterfaceNetwork {
        ///The network's ID, e.g. `net_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The network's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl InterfaceNetwork {
        pub fn builder() -> builder::InterfaceNetwork {
            Default::default()
        }
    }
    ///The virtual network an interface is attached to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InterfaceVirtualNetwork {
        ///The virtual network's ID, e.g. `vnet_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The virtual network's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl InterfaceVirtualNetwork {
        pub fn builder() -> builder::InterfaceVirtualNetwork {
            Default::default()
        }
    }
    ///Which argument was invalid, and why.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InvalidArgumentDetail {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub argument: ::std::option::Option<ArgumentDescription>,
        ///The validation messages, if any.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub errors: ::std::vec::Vec<::std::string::String>,
        ///The index of the offending item, when the argument is a list.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub index: ::std::option::Option<i64>,
        ///What was wrong: `invalid_scalar`, `parse_error`, `validation_error`, `invalid_enum_value`, `missing_lookup_value` (no lookup key given) or `ambiguous_lookup_values` (more than one given). Kept a string so a new issue still decodes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issue: ::std::option::Option<::std::string::String>,
        ///A human-readable description of the issue.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub issue_description: ::std::option::Option<::std::string::String>,
        ///The path to the argument within the request, e.g. `["per_page"]`.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub path: ::std::vec::Vec<::std::string::String>,
    }
    impl InvalidArgumentDetail {
        pub fn builder() -> builder::InvalidArgumentDetail {
            Default::default()
        }
    }
    ///An IP address, with the network it belongs to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct IpAddress {
        ///The address, IPv4 or IPv6.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///The address with its prefix length, e.g. `185.22.208.10/24`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address_with_mask: ::std::option::Option<::std::string::String>,
        ///The ID of the object the address is allocated to.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allocation_id: ::std::option::Option<::std::string::String>,
        ///The type of the object the address is allocated to, e.g. `VirtualMachine`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allocation_type: ::std::option::Option<::std::string::String>,
        ///The IP address's ID, e.g. `ip_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///A label given to the address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<Network>,
        ///The reverse DNS name of the address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reverse_dns: ::std::option::Option<::std::string::String>,
        ///Whether this is a virtual IP that can move between virtual machines.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vip: ::std::option::Option<bool>,
    }
    impl IpAddress {
        pub fn builder() -> builder::IpAddress {
            Default::default()
        }
    }
    ///An IP address, identified by exactly one of its ID or the address itself. All 'ip_address[]' params are mutually exclusive, only one can be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum IpAddressLookup {
        ///The IP address with this ID.
        #[serde(rename = "id")]
        Id(IpAddressLookupId),
        ///The IP address with this address, IPv4 or IPv6.
        #[serde(rename = "address")]
        Address(IpAddressLookupAddress),
    }
    impl ::std::convert::From<IpAddressLookupId> for IpAddressLookup {
        fn from(value: IpAddressLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<IpAddressLookupAddress> for IpAddressLookup {
        fn from(value: IpAddressLookupAddress) -> Self {
            Self::Address(value)
        }
    }
    ///The address, e.g. `185.22.208.10` or `2a03:2800:100::10`.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct IpAddressLookupAddress(::std::string::String);
    impl ::std::ops::Deref for IpAddressLookupAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IpAddressLookupAddress> for ::std::string::String {
        fn from(value: IpAddressLookupAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IpAddressLookupAddress {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IpAddressLookupAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IpAddressLookupAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IpAddressLookupAddress {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The IP address's ID, e.g. `ip_…`.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct IpAddressLookupId(::std::string::String);
    impl ::std::ops::Deref for IpAddressLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<IpAddressLookupId> for ::std::string::String {
        fn from(value: IpAddressLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for IpAddressLookupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for IpAddressLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IpAddressLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for IpAddressLookupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///One page of a virtual machine's network interfaces.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListVirtualMachineNetworkInterfacesResponse {
        pub pagination: Pagination,
        ///The network interfaces for this virtual machine
        pub virtual_machine_network_interfaces: ::std::vec::Vec<
            VirtualMachineNetworkInterface,
        >,
    }
    impl ListVirtualMachineNetworkInterfacesResponse {
        pub fn builder() -> builder::ListVirtualMachineNetworkInterfacesResponse {
            Default::default()
        }
    }
    ///`ListVirtualMachineNetworkInterfacesVirtualMachineFqdn`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ListVirtualMachineNetworkInterfacesVirtualMachineFqdn(
        ::std::string::String,
    );
    impl ::std::ops::Deref for ListVirtualMachineNetworkInterfacesVirtualMachineFqdn {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVirtualMachineNetworkInterfacesVirtualMachineFqdn>
    for ::std::string::String {
        fn from(value: ListVirtualMachineNetworkInterfacesVirtualMachineFqdn) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVirtualMachineNetworkInterfacesVirtualMachineFqdn {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ListVirtualMachineNetworkInterfacesVirtualMachineFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListVirtualMachineNetworkInterfacesVirtualMachineFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ListVirtualMachineNetworkInterfacesVirtualMachineFqdn {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ListVirtualMachineNetworkInterfacesVirtualMachineId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ListVirtualMachineNetworkInterfacesVirtualMachineId(
        ::std::string::String,
    );
    impl ::std::ops::Deref for ListVirtualMachineNetworkInterfacesVirtualMachineId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVirtualMachineNetworkInterfacesVirtualMachineId>
    for ::std::string::String {
        fn from(value: ListVirtualMachineNetworkInterfacesVirtualMachineId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVirtualMachineNetworkInterfacesVirtualMachineId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str>
    for ListVirtualMachineNetworkInterfacesVirtualMachineId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListVirtualMachineNetworkInterfacesVirtualMachineId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ListVirtualMachineNetworkInterfacesVirtualMachineId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///Which required argument was missing.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct MissingRequiredArgumentDetail {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub argument: ::std::option::Option<ArgumentDescription>,
        ///The path to the argument within the request.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub path: ::std::vec::Vec<::std::string::String>,
    }
    impl MissingRequiredArgumentDetail {
        pub fn builder() -> builder::MissingRequiredArgumentDetail {
            Default::default()
        }
    }
    ///A network, with the data center it is in.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Network {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_center: ::std::option::Option<DataCenter>,
        ///Whether this is the data center's default network for new addresses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default: ::std::option::Option<bool>,
        ///The network's ID, e.g. `net_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The network's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The network's permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl Network {
        pub fn builder() -> builder::Network {
            Default::default()
        }
    }
    ///The trashed object that blocked the operation.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ObjectInTrashDetail {
        ///An object in the trash.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub trash_object: ::std::option::Option<ObjectInTrashDetailTrashObject>,
    }
    impl ObjectInTrashDetail {
        pub fn builder() -> builder::ObjectInTrashDetail {
            Default::default()
        }
    }
    ///An object in the trash.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ObjectInTrashDetailTrashObject {
        ///The trash entry's ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///When the object will be deleted for good, as a Unix timestamp in seconds.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub keep_until: ::std::option::Option<i64>,
        ///The ID of the trashed object.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object_id: ::std::option::Option<::std::string::String>,
        ///The type of the trashed object, e.g. `VirtualMachine`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub object_type: ::std::option::Option<::std::string::String>,
    }
    impl ObjectInTrashDetailTrashObject {
        pub fn builder() -> builder::ObjectInTrashDetailTrashObject {
            Default::default()
        }
    }
    ///Where this page sits in the whole list.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Pagination {
        ///The current page
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub current_page: ::std::option::Option<i64>,
        ///Is this a large set and therefore the total number of records cannot be returned?
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub large_set: ::std::option::Option<bool>,
        ///The number of items per page
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub per_page: ::std::option::Option<i64>,
        ///The total number of items across all pages (null for a large set)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total: ::std::option::Option<i64>,
        ///The total number of pages (null for a large set)
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_pages: ::std::option::Option<i64>,
    }
    impl Pagination {
        pub fn builder() -> builder::Pagination {
            Default::default()
        }
    }
    ///Why permission was denied.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct PermissionDeniedDetail {
        ///A human-readable explanation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub details: ::std::option::Option<::std::string::String>,
    }
    impl PermissionDeniedDetail {
        pub fn builder() -> builder::PermissionDeniedDetail {
            Default::default()
        }
    }
    ///The limit that was reached.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct RateLimitReachedDetail {
        ///The total number of requests per minute that are permitted
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub total_permitted: ::std::option::Option<i64>,
    }
    impl RateLimitReachedDetail {
        pub fn builder() -> builder::RateLimitReachedDetail {
            Default::default()
        }
    }
    ///`ReleaseIpAddressIpAddressAddress`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ReleaseIpAddressIpAddressAddress(::std::string::String);
    impl ::std::ops::Deref for ReleaseIpAddressIpAddressAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReleaseIpAddressIpAddressAddress>
    for ::std::string::String {
        fn from(value: ReleaseIpAddressIpAddressAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReleaseIpAddressIpAddressAddress {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReleaseIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ReleaseIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReleaseIpAddressIpAddressAddress {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`ReleaseIpAddressIpAddressId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ReleaseIpAddressIpAddressId(::std::string::String);
    impl ::std::ops::Deref for ReleaseIpAddressIpAddressId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ReleaseIpAddressIpAddressId> for ::std::string::String {
        fn from(value: ReleaseIpAddressIpAddressId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ReleaseIpAddressIpAddressId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for ReleaseIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ReleaseIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ReleaseIpAddressIpAddressId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The answer to a release: an empty object (the vendor's document lists no fields; the vendor's Go client reads none). Fields a newer service adds are accepted.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct ReleaseIpAddressResponse(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for ReleaseIpAddressResponse {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<ReleaseIpAddressResponse>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: ReleaseIpAddressResponse) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for ReleaseIpAddressResponse {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///The scopes the operation needs.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ScopeNotGrantedDetail {
        ///The scopes that would grant access to this endpoint (any one of them is enough).
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub scopes: ::std::vec::Vec<::std::string::String>,
    }
    impl ScopeNotGrantedDetail {
        pub fn builder() -> builder::ScopeNotGrantedDetail {
            Default::default()
        }
    }
    ///`UnallocateIpAddressIpAddressAddress`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UnallocateIpAddressIpAddressAddress(::std::string::String);
    impl ::std::ops::Deref for UnallocateIpAddressIpAddressAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UnallocateIpAddressIpAddressAddress>
    for ::std::string::String {
        fn from(value: UnallocateIpAddressIpAddressAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UnallocateIpAddressIpAddressAddress {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UnallocateIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UnallocateIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UnallocateIpAddressIpAddressAddress {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///`UnallocateIpAddressIpAddressId`
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UnallocateIpAddressIpAddressId(::std::string::String);
    impl ::std::ops::Deref for UnallocateIpAddressIpAddressId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<UnallocateIpAddressIpAddressId> for ::std::string::String {
        fn from(value: UnallocateIpAddressIpAddressId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for UnallocateIpAddressIpAddressId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for UnallocateIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for UnallocateIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for UnallocateIpAddressIpAddressId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The answer to an unallocation: an empty object (the vendor's document lists no fields; the vendor's Go client reads none). Fields a newer service adds are accepted.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct UnallocateIpAddressResponse(
        pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    );
    impl ::std::ops::Deref for UnallocateIpAddressResponse {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(
            &self,
        ) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }
    impl ::std::convert::From<UnallocateIpAddressResponse>
    for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
        fn from(value: UnallocateIpAddressResponse) -> Self {
            value.0
        }
    }
    impl ::std::convert::From<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    > for UnallocateIpAddressResponse {
        fn from(
            value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        ) -> Self {
            Self(value)
        }
    }
    ///Where the refused request came from.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UnauthorizedNetworkForApiTokenDetail {
        ///The IP address the request was received from
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_address: ::std::option::Option<::std::string::String>,
    }
    impl UnauthorizedNetworkForApiTokenDetail {
        pub fn builder() -> builder::UnauthorizedNetworkForApiTokenDetail {
            Default::default()
        }
    }
    ///A virtual machine, identified by exactly one of its ID or its FQDN. All 'virtual_machine[]' params are mutually exclusive, only one can be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum VirtualMachineLookup {
        ///The virtual machine with this ID.
        #[serde(rename = "id")]
        Id(VirtualMachineLookupId),
        ///The virtual machine with this fully qualified domain name.
        #[serde(rename = "fqdn")]
        Fqdn(VirtualMachineLookupFqdn),
    }
    impl ::std::convert::From<VirtualMachineLookupId> for VirtualMachineLookup {
        fn from(value: VirtualMachineLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<VirtualMachineLookupFqdn> for VirtualMachineLookup {
        fn from(value: VirtualMachineLookupFqdn) -> Self {
            Self::Fqdn(value)
        }
    }
    ///The virtual machine's FQDN, e.g. `bitter-beautiful-mango.acme.katapult.cloud`.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct VirtualMachineLookupFqdn(::std::string::String);
    impl ::std::ops::Deref for VirtualMachineLookupFqdn {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VirtualMachineLookupFqdn> for ::std::string::String {
        fn from(value: VirtualMachineLookupFqdn) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VirtualMachineLookupFqdn {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VirtualMachineLookupFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VirtualMachineLookupFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VirtualMachineLookupFqdn {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///The virtual machine's ID, e.g. `vm_…`.
    #[derive(
        ::serde::Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    #[serde(transparent)]
    pub struct VirtualMachineLookupId(::std::string::String);
    impl ::std::ops::Deref for VirtualMachineLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VirtualMachineLookupId> for ::std::string::String {
        fn from(value: VirtualMachineLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VirtualMachineLookupId {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            if value.chars().count() < 1usize {
                return Err("shorter than 1 characters".into());
            }
            Ok(Self(value.to_string()))
        }
    }
    impl ::std::convert::TryFrom<&str> for VirtualMachineLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VirtualMachineLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VirtualMachineLookupId {
        fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
        where
            D: ::serde::Deserializer<'de>,
        {
            ::std::string::String::deserialize(deserializer)?
                .parse()
                .map_err(|e: self::error::ConversionError| {
                    <D::Error as ::serde::de::Error>::custom(e.to_string())
                })
        }
    }
    ///A network interface of a virtual machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineNetworkInterface {
        ///The interface's ID, e.g. `vmnet_…`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The IP addresses allocated to this interface
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<InterfaceIpAddress>,
        ///The interface's name, e.g. `Public Network on bitter-beautiful-mango`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The network the interface is attached to (null when it is on none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<InterfaceNetwork>,
        ///The virtual network the interface is attached to (null when it is on none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_network: ::std::option::Option<InterfaceVirtualNetwork>,
    }
    impl VirtualMachineNetworkInterface {
        pub fn builder() -> builder::VirtualMachineNetworkInterface {
            Default::default()
        }
    }
    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct AllocateIpAddressRequest {
            ip_address: ::std::result::Result<
                super::IpAddressLookup,
                ::std::string::String,
            >,
            virtual_machine: ::std::result::Result<
                super::VirtualMachineLookup,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllocateIpAddressRequest {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                    virtual_machine: Err(
                        "no value supplied for virtual_machine".to_string(),
                    ),
                }
            }
        }
        impl AllocateIpAddressRequest {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IpAddressLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
            pub fn virtual_machine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VirtualMachineLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllocateIpAddressRequest>
        for super::AllocateIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                    virtual_machine: value.virtual_machine?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateIpAddressRequest>
        for AllocateIpAddressRequest {
            fn from(value: super::AllocateIpAddressRequest) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                    virtual_machine: Ok(value.virtual_machine),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllocateIpAddressResponse {
            ip_address: ::std::result::Result<super::IpAddress, ::std::string::String>,
        }
        impl ::std::default::Default for AllocateIpAddressResponse {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl AllocateIpAddressResponse {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IpAddress>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllocateIpAddressResponse>
        for super::AllocateIpAddressResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateIpAddressResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateIpAddressResponse>
        for AllocateIpAddressResponse {
            fn from(value: super::AllocateIpAddressResponse) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ArgumentDescription {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ArgumentDescription {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl ArgumentDescription {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for description: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ArgumentDescription>
        for super::ArgumentDescription {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ArgumentDescription,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::ArgumentDescription> for ArgumentDescription {
            fn from(value: super::ArgumentDescription) -> Self {
                Self {
                    description: Ok(value.description),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Country {
            eu: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iso_code2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iso_code3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            time_zone: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Country {
            fn default() -> Self {
                Self {
                    eu: Ok(Default::default()),
                    id: Ok(Default::default()),
                    iso_code2: Ok(Default::default()),
                    iso_code3: Ok(Default::default()),
                    name: Ok(Default::default()),
                    time_zone: Ok(Default::default()),
                }
            }
        }
        impl Country {
            pub fn eu<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.eu = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for eu: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn iso_code2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iso_code2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iso_code2: {e}")
                    });
                self
            }
            pub fn iso_code3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iso_code3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iso_code3: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn time_zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.time_zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for time_zone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Country> for super::Country {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Country,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    eu: value.eu?,
                    id: value.id?,
                    iso_code2: value.iso_code2?,
                    iso_code3: value.iso_code3?,
                    name: value.name?,
                    time_zone: value.time_zone?,
                })
            }
        }
        impl ::std::convert::From<super::Country> for Country {
            fn from(value: super::Country) -> Self {
                Self {
                    eu: Ok(value.eu),
                    id: Ok(value.id),
                    iso_code2: Ok(value.iso_code2),
                    iso_code3: Ok(value.iso_code3),
                    name: Ok(value.name),
                    time_zone: Ok(value.time_zone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct DataCenter {
            country: ::std::result::Result<
                ::std::option::Option<super::Country>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            permalink: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for DataCenter {
            fn default() -> Self {
                Self {
                    country: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl DataCenter {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Country>>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn permalink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permalink = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permalink: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<DataCenter> for super::DataCenter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataCenter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country: value.country?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::DataCenter> for DataCenter {
            fn from(value: super::DataCenter) -> Self {
                Self {
                    country: Ok(value.country),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ErrorResponse {
            error: ::std::result::Result<super::ApiError, ::std::string::String>,
        }
        impl ::std::default::Default for ErrorResponse {
            fn default() -> Self {
                Self {
                    error: Err("no value supplied for error".to_string()),
                }
            }
        }
        impl ErrorResponse {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiError>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for error: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ErrorResponse> for super::ErrorResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { error: value.error? })
            }
        }
        impl ::std::convert::From<super::ErrorResponse> for ErrorResponse {
            fn from(value: super::ErrorResponse) -> Self {
                Self { error: Ok(value.error) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InterfaceIpAddress {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InterfaceIpAddress {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    id: Ok(Default::default()),
                }
            }
        }
        impl InterfaceIpAddress {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
        }
        impl ::std::convert::TryFrom<InterfaceIpAddress> for super::InterfaceIpAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InterfaceIpAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    id: value.id?,
                })
            }
        }
        impl ::std::convert::From<super::InterfaceIpAddress> for InterfaceIpAddress {
            fn from(value: super::InterfaceIpAddress) -> Self {
                Self {
                    address: Ok(value.address),
                    id: Ok(value.id),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InterfaceNetwork {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InterfaceNetwork {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl InterfaceNetwork {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InterfaceNetwork> for super::InterfaceNetwork {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InterfaceNetwork,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::InterfaceNetwork> for InterfaceNetwork {
            fn from(value: super::InterfaceNetwork) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InterfaceVirtualNetwork {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InterfaceVirtualNetwork {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl InterfaceVirtualNetwork {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InterfaceVirtualNetwork>
        for super::InterfaceVirtualNetwork {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InterfaceVirtualNetwork,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::InterfaceVirtualNetwork>
        for InterfaceVirtualNetwork {
            fn from(value: super::InterfaceVirtualNetwork) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InvalidArgumentDetail {
            argument: ::std::result::Result<
                ::std::option::Option<super::ArgumentDescription>,
                ::std::string::String,
            >,
            errors: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            index: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            issue: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            issue_description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InvalidArgumentDetail {
            fn default() -> Self {
                Self {
                    argument: Ok(Default::default()),
                    errors: Ok(Default::default()),
                    index: Ok(Default::default()),
                    issue: Ok(Default::default()),
                    issue_description: Ok(Default::default()),
                    path: Ok(Default::default()),
                }
            }
        }
        impl InvalidArgumentDetail {
            pub fn argument<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ArgumentDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.argument = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for argument: {e}")
                    });
                self
            }
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for errors: {e}")
                    });
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for index: {e}")
                    });
                self
            }
            pub fn issue<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issue = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for issue: {e}")
                    });
                self
            }
            pub fn issue_description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.issue_description = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for issue_description: {e}"
                        )
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<InvalidArgumentDetail>
        for super::InvalidArgumentDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InvalidArgumentDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    argument: value.argument?,
                    errors: value.errors?,
                    index: value.index?,
                    issue: value.issue?,
                    issue_description: value.issue_description?,
                    path: value.path?,
                })
            }
        }
        impl ::std::convert::From<super::InvalidArgumentDetail>
        for InvalidArgumentDetail {
            fn from(value: super::InvalidArgumentDetail) -> Self {
                Self {
                    argument: Ok(value.argument),
                    errors: Ok(value.errors),
                    index: Ok(value.index),
                    issue: Ok(value.issue),
                    issue_description: Ok(value.issue_description),
                    path: Ok(value.path),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct IpAddress {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address_with_mask: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            allocation_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            allocation_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<super::Network>,
                ::std::string::String,
            >,
            reverse_dns: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vip: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAddress {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    address_with_mask: Ok(Default::default()),
                    allocation_id: Ok(Default::default()),
                    allocation_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    label: Ok(Default::default()),
                    network: Ok(Default::default()),
                    reverse_dns: Ok(Default::default()),
                    vip: Ok(Default::default()),
                }
            }
        }
        impl IpAddress {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address: {e}")
                    });
                self
            }
            pub fn address_with_mask<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address_with_mask = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for address_with_mask: {e}"
                        )
                    });
                self
            }
            pub fn allocation_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allocation_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allocation_id: {e}")
                    });
                self
            }
            pub fn allocation_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allocation_type = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for allocation_type: {e}"
                        )
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn label<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.label = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for label: {e}")
                    });
                self
            }
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Network>>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn reverse_dns<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.reverse_dns = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for reverse_dns: {e}")
                    });
                self
            }
            pub fn vip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.vip = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vip: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<IpAddress> for super::IpAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    address_with_mask: value.address_with_mask?,
                    allocation_id: value.allocation_id?,
                    allocation_type: value.allocation_type?,
                    id: value.id?,
                    label: value.label?,
                    network: value.network?,
                    reverse_dns: value.reverse_dns?,
                    vip: value.vip?,
                })
            }
        }
        impl ::std::convert::From<super::IpAddress> for IpAddress {
            fn from(value: super::IpAddress) -> Self {
                Self {
                    address: Ok(value.address),
                    address_with_mask: Ok(value.address_with_mask),
                    allocation_id: Ok(value.allocation_id),
                    allocation_type: Ok(value.allocation_type),
                    id: Ok(value.id),
                    label: Ok(value.label),
                    network: Ok(value.network),
                    reverse_dns: Ok(value.reverse_dns),
                    vip: Ok(value.vip),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListVirtualMachineNetworkInterfacesResponse {
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
            virtual_machine_network_interfaces: ::std::result::Result<
                ::std::vec::Vec<super::VirtualMachineNetworkInterface>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListVirtualMachineNetworkInterfacesResponse {
            fn default() -> Self {
                Self {
                    pagination: Err("no value supplied for pagination".to_string()),
                    virtual_machine_network_interfaces: Err(
                        "no value supplied for virtual_machine_network_interfaces"
                            .to_string(),
                    ),
                }
            }
        }
        impl ListVirtualMachineNetworkInterfacesResponse {
            pub fn pagination<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Pagination>,
                T::Error: ::std::fmt::Display,
            {
                self.pagination = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for pagination: {e}")
                    });
                self
            }
            pub fn virtual_machine_network_interfaces<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VirtualMachineNetworkInterface>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine_network_interfaces = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine_network_interfaces: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListVirtualMachineNetworkInterfacesResponse>
        for super::ListVirtualMachineNetworkInterfacesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListVirtualMachineNetworkInterfacesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pagination: value.pagination?,
                    virtual_machine_network_interfaces: value
                        .virtual_machine_network_interfaces?,
                })
            }
        }
        impl ::std::convert::From<super::ListVirtualMachineNetworkInterfacesResponse>
        for ListVirtualMachineNetworkInterfacesResponse {
            fn from(value: super::ListVirtualMachineNetworkInterfacesResponse) -> Self {
                Self {
                    pagination: Ok(value.pagination),
                    virtual_machine_network_interfaces: Ok(
                        value.virtual_machine_network_interfaces,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct MissingRequiredArgumentDetail {
            argument: ::std::result::Result<
                ::std::option::Option<super::ArgumentDescription>,
                ::std::string::String,
            >,
            path: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for MissingRequiredArgumentDetail {
            fn default() -> Self {
                Self {
                    argument: Ok(Default::default()),
                    path: Ok(Default::default()),
                }
            }
        }
        impl MissingRequiredArgumentDetail {
            pub fn argument<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ArgumentDescription>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.argument = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for argument: {e}")
                    });
                self
            }
            pub fn path<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.path = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for path: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<MissingRequiredArgumentDetail>
        for super::MissingRequiredArgumentDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MissingRequiredArgumentDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    argument: value.argument?,
                    path: value.path?,
                })
            }
        }
        impl ::std::convert::From<super::MissingRequiredArgumentDetail>
        for MissingRequiredArgumentDetail {
            fn from(value: super::MissingRequiredArgumentDetail) -> Self {
                Self {
                    argument: Ok(value.argument),
                    path: Ok(value.path),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Network {
            data_center: ::std::result::Result<
                ::std::option::Option<super::DataCenter>,
                ::std::string::String,
            >,
            default: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            permalink: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Network {
            fn default() -> Self {
                Self {
                    data_center: Ok(Default::default()),
                    default: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl Network {
            pub fn data_center<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DataCenter>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_center = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_center: {e}")
                    });
                self
            }
            pub fn default<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.default = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for default: {e}")
                    });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn permalink<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.permalink = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for permalink: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Network> for super::Network {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Network,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_center: value.data_center?,
                    default: value.default?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::Network> for Network {
            fn from(value: super::Network) -> Self {
                Self {
                    data_center: Ok(value.data_center),
                    default: Ok(value.default),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ObjectInTrashDetail {
            trash_object: ::std::result::Result<
                ::std::option::Option<super::ObjectInTrashDetailTrashObject>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ObjectInTrashDetail {
            fn default() -> Self {
                Self {
                    trash_object: Ok(Default::default()),
                }
            }
        }
        impl ObjectInTrashDetail {
            pub fn trash_object<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::ObjectInTrashDetailTrashObject>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.trash_object = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for trash_object: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ObjectInTrashDetail>
        for super::ObjectInTrashDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObjectInTrashDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    trash_object: value.trash_object?,
                })
            }
        }
        impl ::std::convert::From<super::ObjectInTrashDetail> for ObjectInTrashDetail {
            fn from(value: super::ObjectInTrashDetail) -> Self {
                Self {
                    trash_object: Ok(value.trash_object),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ObjectInTrashDetailTrashObject {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            keep_until: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            object_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            object_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ObjectInTrashDetailTrashObject {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    keep_until: Ok(Default::default()),
                    object_id: Ok(Default::default()),
                    object_type: Ok(Default::default()),
                }
            }
        }
        impl ObjectInTrashDetailTrashObject {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn keep_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_until = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for keep_until: {e}")
                    });
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_id: {e}")
                    });
                self
            }
            pub fn object_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for object_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ObjectInTrashDetailTrashObject>
        for super::ObjectInTrashDetailTrashObject {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ObjectInTrashDetailTrashObject,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    keep_until: value.keep_until?,
                    object_id: value.object_id?,
                    object_type: value.object_type?,
                })
            }
        }
        impl ::std::convert::From<super::ObjectInTrashDetailTrashObject>
        for ObjectInTrashDetailTrashObject {
            fn from(value: super::ObjectInTrashDetailTrashObject) -> Self {
                Self {
                    id: Ok(value.id),
                    keep_until: Ok(value.keep_until),
                    object_id: Ok(value.object_id),
                    object_type: Ok(value.object_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Pagination {
            current_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            large_set: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            per_page: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            total_pages: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Pagination {
            fn default() -> Self {
                Self {
                    current_page: Ok(Default::default()),
                    large_set: Ok(Default::default()),
                    per_page: Ok(Default::default()),
                    total: Ok(Default::default()),
                    total_pages: Ok(Default::default()),
                }
            }
        }
        impl Pagination {
            pub fn current_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.current_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for current_page: {e}")
                    });
                self
            }
            pub fn large_set<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.large_set = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for large_set: {e}")
                    });
                self
            }
            pub fn per_page<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.per_page = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for per_page: {e}")
                    });
                self
            }
            pub fn total<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total: {e}")
                    });
                self
            }
            pub fn total_pages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_pages = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for total_pages: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Pagination> for super::Pagination {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Pagination,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    current_page: value.current_page?,
                    large_set: value.large_set?,
                    per_page: value.per_page?,
                    total: value.total?,
                    total_pages: value.total_pages?,
                })
            }
        }
        impl ::std::convert::From<super::Pagination> for Pagination {
            fn from(value: super::Pagination) -> Self {
                Self {
                    current_page: Ok(value.current_page),
                    large_set: Ok(value.large_set),
                    per_page: Ok(value.per_page),
                    total: Ok(value.total),
                    total_pages: Ok(value.total_pages),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct PermissionDeniedDetail {
            details: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for PermissionDeniedDetail {
            fn default() -> Self {
                Self {
                    details: Ok(Default::default()),
                }
            }
        }
        impl PermissionDeniedDetail {
            pub fn details<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.details = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for details: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<PermissionDeniedDetail>
        for super::PermissionDeniedDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: PermissionDeniedDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { details: value.details? })
            }
        }
        impl ::std::convert::From<super::PermissionDeniedDetail>
        for PermissionDeniedDetail {
            fn from(value: super::PermissionDeniedDetail) -> Self {
                Self { details: Ok(value.details) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct RateLimitReachedDetail {
            total_permitted: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for RateLimitReachedDetail {
            fn default() -> Self {
                Self {
                    total_permitted: Ok(Default::default()),
                }
            }
        }
        impl RateLimitReachedDetail {
            pub fn total_permitted<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.total_permitted = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for total_permitted: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<RateLimitReachedDetail>
        for super::RateLimitReachedDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RateLimitReachedDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    total_permitted: value.total_permitted?,
                })
            }
        }
        impl ::std::convert::From<super::RateLimitReachedDetail>
        for RateLimitReachedDetail {
            fn from(value: super::RateLimitReachedDetail) -> Self {
                Self {
                    total_permitted: Ok(value.total_permitted),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ScopeNotGrantedDetail {
            scopes: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ScopeNotGrantedDetail {
            fn default() -> Self {
                Self {
                    scopes: Ok(Default::default()),
                }
            }
        }
        impl ScopeNotGrantedDetail {
            pub fn scopes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.scopes = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for scopes: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ScopeNotGrantedDetail>
        for super::ScopeNotGrantedDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ScopeNotGrantedDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { scopes: value.scopes? })
            }
        }
        impl ::std::convert::From<super::ScopeNotGrantedDetail>
        for ScopeNotGrantedDetail {
            fn from(value: super::ScopeNotGrantedDetail) -> Self {
                Self { scopes: Ok(value.scopes) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UnauthorizedNetworkForApiTokenDetail {
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for UnauthorizedNetworkForApiTokenDetail {
            fn default() -> Self {
                Self {
                    ip_address: Ok(Default::default()),
                }
            }
        }
        impl UnauthorizedNetworkForApiTokenDetail {
            pub fn ip_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_address: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<UnauthorizedNetworkForApiTokenDetail>
        for super::UnauthorizedNetworkForApiTokenDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UnauthorizedNetworkForApiTokenDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::UnauthorizedNetworkForApiTokenDetail>
        for UnauthorizedNetworkForApiTokenDetail {
            fn from(value: super::UnauthorizedNetworkForApiTokenDetail) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineNetworkInterface {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::InterfaceIpAddress>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network: ::std::result::Result<
                ::std::option::Option<super::InterfaceNetwork>,
                ::std::string::String,
            >,
            virtual_network: ::std::result::Result<
                ::std::option::Option<super::InterfaceVirtualNetwork>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineNetworkInterface {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network: Ok(Default::default()),
                    virtual_network: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineNetworkInterface {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::InterfaceIpAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for name: {e}")
                    });
                self
            }
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InterfaceNetwork>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn virtual_network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InterfaceVirtualNetwork>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_network = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_network: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachineNetworkInterface>
        for super::VirtualMachineNetworkInterface {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineNetworkInterface,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    ip_addresses: value.ip_addresses?,
                    name: value.name?,
                    network: value.network?,
                    virtual_network: value.virtual_network?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineNetworkInterface>
        for VirtualMachineNetworkInterface {
            fn from(value: super::VirtualMachineNetworkInterface) -> Self {
                Self {
                    id: Ok(value.id),
                    ip_addresses: Ok(value.ip_addresses),
                    name: Ok(value.name),
                    network: Ok(value.network),
                    virtual_network: Ok(value.virtual_network),
                }
            }
        }
    }
    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }
        impl ::std::fmt::Debug for ConversionError {
            fn fmt(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }
        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}
#[derive(Clone, Debug)]
/**Client for Katapult Core API

The Katapult Core API manages virtual machines, networks and IP addresses on Katapult, Krystal's cloud hosting platform.

Version: 1.0.0*/
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
    pub(crate) inner: crate::transport::Transport,
}
impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str, inner: crate::transport::Transport) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new().connect_timeout(dur).timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap(), inner)
    }
    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(
        baseurl: &str,
        client: reqwest::Client,
        inner: crate::transport::Transport,
    ) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
            inner,
        }
    }
}
impl ClientInfo<crate::transport::Transport> for Client {
    fn api_version() -> &'static str {
        "1.0.0"
    }
    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }
    fn client(&self) -> &reqwest::Client {
        &self.client
    }
    fn inner(&self) -> &crate::transport::Transport {
        &self.inner
    }
}
const _: () = {
    #[allow(dead_code)]
    fn assert_client_hooks()
    where
        Client: ClientHooks<crate::transport::Transport>,
    {}
};
impl Client {
    /**Release an IP address

Release an IP address from its organization. An address that is allocated is unallocated first, unless what holds it does not allow that (409).

Sends a `DELETE` request to `/ip_addresses/ip_address`

Arguments:
- `ip_address_address`: The IP address to release, IPv4 or IPv6. All 'ip_address[]' params are mutually exclusive, only one can be provided.
- `ip_address_id`: The ID of the IP address to release. All 'ip_address[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.release_ip_address()
    .ip_address_address(ip_address_address)
    .ip_address_id(ip_address_id)
    .send()
    .await;
```*/
    pub fn release_ip_address(&self) -> builder::ReleaseIpAddress<'_> {
        builder::ReleaseIpAddress::new(self)
    }
    /**Unallocate an IP address

Unallocate an IP address from its resource

Sends a `POST` request to `/ip_addresses/ip_address/unallocate`

Arguments:
- `ip_address_address`: The IP address to unallocate, IPv4 or IPv6. All 'ip_address[]' params are mutually exclusive, only one can be provided.
- `ip_address_id`: The ID of the IP address to unallocate. All 'ip_address[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.unallocate_ip_address()
    .ip_address_address(ip_address_address)
    .ip_address_id(ip_address_id)
    .send()
    .await;
```*/
    pub fn unallocate_ip_address(&self) -> builder::UnallocateIpAddress<'_> {
        builder::UnallocateIpAddress::new(self)
    }
    /**Allocate an IP address

Allocate an IP address to a virtual machine, automatically determining the network interface.

Sends a `POST` request to `/virtual_machines/virtual_machine/allocate_ip`

```ignore
let response = client.allocate_ip_address()
    .body(body)
    .send()
    .await;
```*/
    pub fn allocate_ip_address(&self) -> builder::AllocateIpAddress<'_> {
        builder::AllocateIpAddress::new(self)
    }
    /**List virtual machine network interfaces

Returns a list of virtual machine network interfaces, one page at a time. Identify the virtual machine by exactly one of `virtual_machine[id]` and `virtual_machine[fqdn]`.

Sends a `GET` request to `/virtual_machines/virtual_machine/network_interfaces`

Arguments:
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
- `virtual_machine_fqdn`: The FQDN of the virtual machine to show network interfaces for. All 'virtual_machine[]' params are mutually exclusive, only one can be provided.
- `virtual_machine_id`: The ID of the virtual machine to show network interfaces for. All 'virtual_machine[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.list_virtual_machine_network_interfaces()
    .page(page)
    .per_page(per_page)
    .virtual_machine_fqdn(virtual_machine_fqdn)
    .virtual_machine_id(virtual_machine_id)
    .send()
    .await;
```*/
    pub fn list_virtual_machine_network_interfaces(
        &self,
    ) -> builder::ListVirtualMachineNetworkInterfaces<'_> {
        builder::ListVirtualMachineNetworkInterfaces::new(self)
    }
}
/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientInfo, ClientHooks, Error, OperationInfo,
        RequestBuilderExt, ResponseValue,
    };
    /**Builder for [`Client::release_ip_address`]

[`Client::release_ip_address`]: super::Client::release_ip_address*/
    #[derive(Debug, Clone)]
    pub struct ReleaseIpAddress<'a> {
        client: &'a super::Client,
        ip_address_address: Result<
            Option<types::ReleaseIpAddressIpAddressAddress>,
            String,
        >,
        ip_address_id: Result<Option<types::ReleaseIpAddressIpAddressId>, String>,
    }
    impl<'a> ReleaseIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_address_address: Ok(None),
                ip_address_id: Ok(None),
            }
        }
        pub fn ip_address_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReleaseIpAddressIpAddressAddress>,
        {
            self.ip_address_address = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ReleaseIpAddressIpAddressAddress` for ip_address_address failed"
                        .to_string()
                });
            self
        }
        pub fn ip_address_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ReleaseIpAddressIpAddressId>,
        {
            self.ip_address_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ReleaseIpAddressIpAddressId` for ip_address_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `DELETE` request to `/ip_addresses/ip_address`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ReleaseIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, ip_address_address, ip_address_id } = self;
            let ip_address_address = ip_address_address.map_err(Error::InvalidRequest)?;
            let ip_address_id = ip_address_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ip_addresses/ip_address", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "ip_address[address]",
                        &ip_address_address,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("ip_address[id]", &ip_address_id),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "release_ip_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::unallocate_ip_address`]

[`Client::unallocate_ip_address`]: super::Client::unallocate_ip_address*/
    #[derive(Debug, Clone)]
    pub struct UnallocateIpAddress<'a> {
        client: &'a super::Client,
        ip_address_address: Result<
            Option<types::UnallocateIpAddressIpAddressAddress>,
            String,
        >,
        ip_address_id: Result<Option<types::UnallocateIpAddressIpAddressId>, String>,
    }
    impl<'a> UnallocateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_address_address: Ok(None),
                ip_address_id: Ok(None),
            }
        }
        pub fn ip_address_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UnallocateIpAddressIpAddressAddress>,
        {
            self.ip_address_address = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UnallocateIpAddressIpAddressAddress` for ip_address_address failed"
                        .to_string()
                });
            self
        }
        pub fn ip_address_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UnallocateIpAddressIpAddressId>,
        {
            self.ip_address_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `UnallocateIpAddressIpAddressId` for ip_address_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `POST` request to `/ip_addresses/ip_address/unallocate`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UnallocateIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, ip_address_address, ip_address_id } = self;
            let ip_address_address = ip_address_address.map_err(Error::InvalidRequest)?;
            let ip_address_id = ip_address_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/ip_addresses/ip_address/unallocate", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "ip_address[address]",
                        &ip_address_address,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new("ip_address[id]", &ip_address_id),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unallocate_ip_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                409u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::allocate_ip_address`]

[`Client::allocate_ip_address`]: super::Client::allocate_ip_address*/
    #[derive(Debug, Clone)]
    pub struct AllocateIpAddress<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AllocateIpAddressRequest, String>,
    }
    impl<'a> AllocateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::AllocateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateIpAddressRequest,
            ) -> types::builder::AllocateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/virtual_machines/virtual_machine/allocate_ip`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AllocateIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AllocateIpAddressRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machines/virtual_machine/allocate_ip", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "allocate_ip_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                422u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
    /**Builder for [`Client::list_virtual_machine_network_interfaces`]

[`Client::list_virtual_machine_network_interfaces`]: super::Client::list_virtual_machine_network_interfaces*/
    #[derive(Debug, Clone)]
    pub struct ListVirtualMachineNetworkInterfaces<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
        virtual_machine_fqdn: Result<
            Option<types::ListVirtualMachineNetworkInterfacesVirtualMachineFqdn>,
            String,
        >,
        virtual_machine_id: Result<
            Option<types::ListVirtualMachineNetworkInterfacesVirtualMachineId>,
            String,
        >,
    }
    impl<'a> ListVirtualMachineNetworkInterfaces<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                per_page: Ok(None),
                virtual_machine_fqdn: Ok(None),
                virtual_machine_id: Ok(None),
            }
        }
        pub fn page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for page failed"
                        .to_string()
                });
            self
        }
        pub fn per_page<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::num::NonZeroU64>,
        {
            self.per_page = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: num :: NonZeroU64` for per_page failed"
                        .to_string()
                });
            self
        }
        pub fn virtual_machine_fqdn<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::ListVirtualMachineNetworkInterfacesVirtualMachineFqdn,
            >,
        {
            self.virtual_machine_fqdn = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVirtualMachineNetworkInterfacesVirtualMachineFqdn` for virtual_machine_fqdn failed"
                        .to_string()
                });
            self
        }
        pub fn virtual_machine_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::ListVirtualMachineNetworkInterfacesVirtualMachineId,
            >,
        {
            self.virtual_machine_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVirtualMachineNetworkInterfacesVirtualMachineId` for virtual_machine_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/virtual_machines/virtual_machine/network_interfaces`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListVirtualMachineNetworkInterfacesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                page,
                per_page,
                virtual_machine_fqdn,
                virtual_machine_id,
            } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let virtual_machine_fqdn = virtual_machine_fqdn
                .map_err(Error::InvalidRequest)?;
            let virtual_machine_id = virtual_machine_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machines/virtual_machine/network_interfaces", client.baseurl,
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map
                .append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(
                        super::Client::api_version(),
                    ),
                );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .query(
                    &progenitor_client::QueryParam::new(
                        "virtual_machine[fqdn]",
                        &virtual_machine_fqdn,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "virtual_machine[id]",
                        &virtual_machine_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_virtual_machine_network_interfaces",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                403u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                404u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                406u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                429u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                500u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                503u16 => {
                    Err(
                        Error::ErrorResponse(
                            ResponseValue::from_response(response).await?,
                        ),
                    )
                }
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}
/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
/// The API's page limits, as the spec states them for every list operation.
pub mod paging {
    /// The most items the API returns per page (the spec's `per_page` maximum, 200).
    pub const MAX_PER_PAGE: u64 = 200;
    /// The page size the API uses when none is asked for (the spec's `per_page` default, 30).
    pub const DEFAULT_PER_PAGE: u64 = 30;
}
/// The SDK's request for every operation, made by the method of the same name on
/// [`Client`](crate::Client): set its arguments, then `send` it (and, for a list,
/// `stream` or `collect_all` its pages). Every request fails with
/// [`Error`](crate::Error): API errors typed, unknown codes kept, the status always
/// present, and a caller's mistake reported before anything is sent.
pub mod operations {
    #[allow(unused_imports)]
    use super::{ByteStream, types};
    /// A `DELETE /ip_addresses/ip_address` request: release an IP address. Made by [`Client::release_ip_address`](crate::Client::release_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ReleaseIpAddress {
        client: ::std::sync::Arc<super::Client>,
        ip_address: Result<Option<types::IpAddressLookup>, (&'static str, String)>,
    }
    impl ReleaseIpAddress {
        /// A request for `client`; the same as [`Client::release_ip_address`](crate::Client::release_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                ip_address: Ok(None),
            }
        }
        /** The ip address to act on, by exactly one of its keys (sent as `ip_address[id]` or `ip_address[address]`). Required.

 Takes a [`types::IpAddressLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::IpAddressLookup>,
            V::Error: Into<crate::Error>,
        {
            self.ip_address = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "ip_address"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::ReleaseIpAddressResponse> {
            let Self { client, ip_address } = self;
            let request = client.release_ip_address();
            let request = match ip_address {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::IpAddressLookup::Id(value) => {
                            request.ip_address_id(value.to_string())
                        }
                        types::IpAddressLookup::Address(value) => {
                            request.ip_address_address(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "ip_address",
                        reason: "not set: give one of `ip_address[id]`, `ip_address[address]`"
                            .into(),
                    });
                }
                Err((argument, reason)) => {
                    return Err(crate::Error::InvalidInput {
                        argument,
                        reason,
                    });
                }
            };
            crate::response::call(request.send()).await
        }
    }
    /// A `POST /ip_addresses/ip_address/unallocate` request: unallocate an IP address. Made by [`Client::unallocate_ip_address`](crate::Client::unallocate_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UnallocateIpAddress {
        client: ::std::sync::Arc<super::Client>,
        ip_address: Result<Option<types::IpAddressLookup>, (&'static str, String)>,
    }
    impl UnallocateIpAddress {
        /// A request for `client`; the same as [`Client::unallocate_ip_address`](crate::Client::unallocate_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                ip_address: Ok(None),
            }
        }
        /** The ip address to act on, by exactly one of its keys (sent as `ip_address[id]` or `ip_address[address]`). Required.

 Takes a [`types::IpAddressLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn ip_address<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::IpAddressLookup>,
            V::Error: Into<crate::Error>,
        {
            self.ip_address = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "ip_address"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::UnallocateIpAddressResponse> {
            let Self { client, ip_address } = self;
            let request = client.unallocate_ip_address();
            let request = match ip_address {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::IpAddressLookup::Id(value) => {
                            request.ip_address_id(value.to_string())
                        }
                        types::IpAddressLookup::Address(value) => {
                            request.ip_address_address(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "ip_address",
                        reason: "not set: give one of `ip_address[id]`, `ip_address[address]`"
                            .into(),
                    });
                }
                Err((argument, reason)) => {
                    return Err(crate::Error::InvalidInput {
                        argument,
                        reason,
                    });
                }
            };
            crate::response::call(request.send()).await
        }
    }
    /// A `POST /virtual_machines/virtual_machine/allocate_ip` request: allocate an IP address. Made by [`Client::allocate_ip_address`](crate::Client::allocate_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AllocateIpAddress {
        client: ::std::sync::Arc<super::Client>,
        body: Result<types::builder::AllocateIpAddressRequest, String>,
    }
    impl AllocateIpAddress {
        /// A request for `client`; the same as [`Client::allocate_ip_address`](crate::Client::allocate_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The request body (required).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::AllocateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// Changes the body in place, with its builder (for setting a few fields).
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateIpAddressRequest,
            ) -> types::builder::AllocateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::AllocateIpAddressResponse> {
            let Self { client, body } = self;
            let request = client.allocate_ip_address();
            let request = match body {
                Ok(value) => request.body(value),
                Err(reason) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "body",
                        reason,
                    });
                }
            };
            crate::response::call(request.send()).await
        }
    }
    /// A `GET /virtual_machines/virtual_machine/network_interfaces` request: list virtual machine network interfaces. Made by [`Client::list_virtual_machine_network_interfaces`](crate::Client::list_virtual_machine_network_interfaces).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListVirtualMachineNetworkInterfaces {
        client: ::std::sync::Arc<super::Client>,
        virtual_machine: Result<
            Option<types::VirtualMachineLookup>,
            (&'static str, String),
        >,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListVirtualMachineNetworkInterfaces {
        /// A request for `client`; the same as [`Client::list_virtual_machine_network_interfaces`](crate::Client::list_virtual_machine_network_interfaces) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                virtual_machine: Ok(None),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
        }
        /** The virtual machine to act on, by exactly one of its keys (sent as `virtual_machine[id]` or `virtual_machine[fqdn]`). Required.

 Takes a [`types::VirtualMachineLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn virtual_machine<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::VirtualMachineLookup>,
            V::Error: Into<crate::Error>,
        {
            self.virtual_machine = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(
                    error.into(),
                    "virtual_machine",
                ));
            self
        }
        /// The page to fetch (from 1). For [`stream`](Self::stream), the page to start at.
        pub fn page(mut self, page: u64) -> Self {
            self.page = page;
            self
        }
        /// Items per page, 1 to [`MAX_PER_PAGE`](crate::MAX_PER_PAGE) (the API's
        /// default, [`DEFAULT_PER_PAGE`](crate::DEFAULT_PER_PAGE), unless set).
        pub fn per_page(mut self, per_page: u64) -> Self {
            self.per_page = Some(per_page);
            self
        }
        /// How many pages [`stream`](Self::stream) may fetch at once (1, sequential,
        /// unless set). Pages are fetched ahead only once a page has told how many
        /// there are; items still come out in order, and at most this many pages are
        /// held in memory.
        pub fn concurrency(mut self, pages: usize) -> Self {
            self.concurrency = pages;
            self
        }
        /// Fetches the one page asked for.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument, page 0 or `per_page` outside 1 to
        /// [`MAX_PER_PAGE`](crate::MAX_PER_PAGE); otherwise any [`Error`](crate::Error).
        pub async fn send(
            self,
        ) -> crate::Result<crate::Page<types::VirtualMachineNetworkInterface>> {
            crate::paginate::check(self.page, self.per_page, self.concurrency)?;
            let page = self.page;
            self.fetch(page).await
        }
        /// Every item from the starting page on, across pages, in order.
        ///
        /// The walk follows `pagination`: it stops after the last page the latest
        /// answer names, at a short or empty page (which is how a `large_set`, with no
        /// totals, ends), or at the first error, which it yields. A page count that
        /// shrinks mid-walk ends it early; one that grows extends it.
        pub fn stream(
            self,
        ) -> ::futures::stream::BoxStream<
            'static,
            crate::Result<types::VirtualMachineNetworkInterface>,
        > {
            let (page, per_page, concurrency) = (
                self.page,
                self.per_page,
                self.concurrency,
            );
            crate::paginate::walk(
                page,
                per_page,
                concurrency,
                move |page| self.clone().fetch(page),
            )
        }
        /// Every item, collected (see [`stream`](Self::stream)).
        ///
        /// # Errors
        /// The first error of the walk; items already fetched are dropped.
        pub async fn collect_all(
            self,
        ) -> crate::Result<Vec<types::VirtualMachineNetworkInterface>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::VirtualMachineNetworkInterface>> {
            let Self { client, virtual_machine, page: _, per_page, concurrency: _ } = self;
            let request = client.list_virtual_machine_network_interfaces().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let request = match virtual_machine {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::VirtualMachineLookup::Id(value) => {
                            request.virtual_machine_id(value.to_string())
                        }
                        types::VirtualMachineLookup::Fqdn(value) => {
                            request.virtual_machine_fqdn(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "virtual_machine",
                        reason: "not set: give one of `virtual_machine[id]`, `virtual_machine[fqdn]`"
                            .into(),
                    });
                }
                Err((argument, reason)) => {
                    return Err(crate::Error::InvalidInput {
                        argument,
                        reason,
                    });
                }
            };
            let answer = crate::response::call(request.send()).await?;
            Ok(crate::Page {
                items: answer.virtual_machine_network_interfaces,
                pagination: answer.pagination,
            })
        }
    }
}
impl crate::Client {
    /** Release an IP address.

 Release an IP address from its organization. An address that is allocated is unallocated first, unless what holds it does not allow that (409).

 `DELETE /ip_addresses/ip_address`. Needs the `ip_addresses` scope.

 Returns an [`operations::ReleaseIpAddress`] request to complete and `send`. Set its `ip_address` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No IP addresses were found matching any of the criteria provided in the arguments
 - `409`: The resource this IP address belongs to does not allow you to unallocate it.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn release_ip_address(&self) -> operations::ReleaseIpAddress {
        operations::ReleaseIpAddress::new(self)
    }
    /** Unallocate an IP address.

 Unallocate an IP address from its resource

 `POST /ip_addresses/ip_address/unallocate`. Needs the `ip_addresses` scope.

 Returns an [`operations::UnallocateIpAddress`] request to complete and `send`. Set its `ip_address` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No IP addresses were found matching any of the criteria provided in the arguments
 - `409`: The resource this IP address belongs to does not allow you to unallocate it.
 - `422`: This IP address is not currently allocated to any object, and cannot be unallocated.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn unallocate_ip_address(&self) -> operations::UnallocateIpAddress {
        operations::UnallocateIpAddress::new(self)
    }
    /** List virtual machine network interfaces.

 Returns a list of virtual machine network interfaces, one page at a time. Identify the virtual machine by exactly one of `virtual_machine[id]` and `virtual_machine[fqdn]`.

 `GET /virtual_machines/virtual_machine/network_interfaces`. Needs one of the scopes `virtual_machines`, `virtual_machines:read`.

 Returns an [`operations::ListVirtualMachineNetworkInterfaces`] request to complete and `send` (one page), `stream` or `collect_all` (every page). Set its `virtual_machine` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No virtual machine was found matching any of the criteria provided in the arguments
 - `406`: The object found is in the trash and therefore cannot be manipulated through the API. It should be restored in order to run this operation.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_virtual_machine_network_interfaces(
        &self,
    ) -> operations::ListVirtualMachineNetworkInterfaces {
        operations::ListVirtualMachineNetworkInterfaces::new(self)
    }
}
