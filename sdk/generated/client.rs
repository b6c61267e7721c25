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
    ///The request body of `allocate_ip_address_to_interface`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocateIpAddressToInterfaceRequest {
        pub ip_address: IpAddressLookup,
        pub virtual_machine_network_interface: VirtualMachineNetworkInterfaceLookup,
    }
    impl AllocateIpAddressToInterfaceRequest {
        pub fn builder() -> builder::AllocateIpAddressToInterfaceRequest {
            Default::default()
        }
    }
    ///The answer of `allocate_ip_address_to_interface`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocateIpAddressToInterfaceResponse {
        ///The network interface details
        pub virtual_machine_network_interface: AllocatedNetworkInterface,
    }
    impl AllocateIpAddressToInterfaceResponse {
        pub fn builder() -> builder::AllocateIpAddressToInterfaceResponse {
            Default::default()
        }
    }
    ///The request body of `allocate_new_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocateNewIpAddressRequest {
        pub address_version: IpAddressVersionEnum,
        pub virtual_machine_network_interface: VirtualMachineNetworkInterfaceLookup,
    }
    impl AllocateNewIpAddressRequest {
        pub fn builder() -> builder::AllocateNewIpAddressRequest {
            Default::default()
        }
    }
    ///The answer of `allocate_new_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocateNewIpAddressResponse {
        ///The newly allocated IP address
        pub ip_address: IpAddress,
    }
    impl AllocateNewIpAddressResponse {
        pub fn builder() -> builder::AllocateNewIpAddressResponse {
            Default::default()
        }
    }
    ///The interface an address was allocated to, holding it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct AllocatedNetworkInterface {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The addresses allocated to it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<InterfaceIpAddress>,
        ///Its MAC address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mac_address: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The network it is attached to (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<InterfaceNetwork>,
        ///Its state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_machine: ::std::option::Option<InterfaceVirtualMachine>,
        ///The virtual network it is attached to (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_network: ::std::option::Option<InterfaceVirtualNetwork>,
    }
    impl AllocatedNetworkInterface {
        pub fn builder() -> builder::AllocatedNetworkInterface {
            Default::default()
        }
    }
    ///What an allocated address is allocated to: its ID and name (a virtual machine, or a load balancer).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Allocation {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Allocation {
        pub fn builder() -> builder::Allocation {
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
        ///The API token may not be used for this request.
        #[serde(rename = "organization_not_activated")]
        OrganizationNotActivated {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The API token may not be used for this request.
        #[serde(rename = "organization_suspended")]
        OrganizationSuspended {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No organization was found matching any of the criteria provided in the arguments
        #[serde(rename = "organization_not_found")]
        OrganizationNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No network interface was found matching any of the criteria provided in the arguments
        #[serde(rename = "virtual_machine_network_interface_not_found")]
        VirtualMachineNetworkInterfaceNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///422 error response
        #[serde(rename = "invalid_ip")]
        InvalidIp {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///The service is currently unavailable, please try again later
        #[serde(rename = "no_available_addresses")]
        NoAvailableAddresses {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///404 error response
        #[serde(rename = "network_not_found")]
        NetworkNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///A validation error occurred with the object that was being created/updated/deleted
        #[serde(rename = "validation_error")]
        ValidationError {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No country was found matching any of the criteria provided in the arguments
        #[serde(rename = "country_not_found")]
        CountryNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No country state was found matching any of the criteria provided in the arguments
        #[serde(rename = "country_state_not_found")]
        CountryStateNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No currency was found matching any of the criteria provided in the arguments
        #[serde(rename = "currency_not_found")]
        CurrencyNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No data center was found matching any of the criteria provided in the arguments
        #[serde(rename = "data_center_not_found")]
        DataCenterNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No GPU type was found matching any of the criteria provided in the arguments
        #[serde(rename = "gpu_type_not_found")]
        GpuTypeNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No operating system was found matching any of the criteria provided in the arguments
        #[serde(rename = "operating_system_not_found")]
        OperatingSystemNotFound {
            ///A human-readable description of the error.
            description: ::std::string::String,
            #[serde(skip_serializing_if = "::std::option::Option::is_none")]
            detail: ::std::option::Option<EmptyDetail>,
        },
        ///No zone was found matching any of the criteria provided in the arguments
        #[serde(rename = "zone_not_found")]
        ZoneNotFound {
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
    ///A file attached to an object (an ISO's image, for one).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Attachment {
        ///A digest of the file's contents.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub digest: ::std::option::Option<::std::string::String>,
        ///The file's name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_name: ::std::option::Option<::std::string::String>,
        ///The file's size, in bytes.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_size: ::std::option::Option<i64>,
        ///The file's MIME type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub file_type: ::std::option::Option<::std::string::String>,
        ///A token that identifies the file.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub token: ::std::option::Option<::std::string::String>,
        ///Where the file can be downloaded.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub url: ::std::option::Option<::std::string::String>,
    }
    impl Attachment {
        pub fn builder() -> builder::Attachment {
            Default::default()
        }
    }
    ///Countries (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Countries {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Countries {
        pub fn builder() -> builder::Countries {
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
    /**A country, identified by exactly one of its keys. The country to return.

 All 'country[]' params are mutually exclusive, only one can be provided.*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum CountryLookup {
        ///The country with this id.
        #[serde(rename = "id")]
        Id(CountryLookupId),
        ///The country with this iso code2.
        #[serde(rename = "iso_code2")]
        IsoCode2(CountryLookupIsoCode2),
        ///The country with this iso code3.
        #[serde(rename = "iso_code3")]
        IsoCode3(CountryLookupIsoCode3),
    }
    impl ::std::convert::From<CountryLookupId> for CountryLookup {
        fn from(value: CountryLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<CountryLookupIsoCode2> for CountryLookup {
        fn from(value: CountryLookupIsoCode2) -> Self {
            Self::IsoCode2(value)
        }
    }
    impl ::std::convert::From<CountryLookupIsoCode3> for CountryLookup {
        fn from(value: CountryLookupIsoCode3) -> Self {
            Self::IsoCode3(value)
        }
    }
    ///The country's id.
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
    pub struct CountryLookupId(::std::string::String);
    impl ::std::ops::Deref for CountryLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CountryLookupId> for ::std::string::String {
        fn from(value: CountryLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CountryLookupId {
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
    impl ::std::convert::TryFrom<&str> for CountryLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CountryLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CountryLookupId {
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
    ///The country's iso code2.
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
    pub struct CountryLookupIsoCode2(::std::string::String);
    impl ::std::ops::Deref for CountryLookupIsoCode2 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CountryLookupIsoCode2> for ::std::string::String {
        fn from(value: CountryLookupIsoCode2) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CountryLookupIsoCode2 {
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
    impl ::std::convert::TryFrom<&str> for CountryLookupIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CountryLookupIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CountryLookupIsoCode2 {
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
    ///The country's iso code3.
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
    pub struct CountryLookupIsoCode3(::std::string::String);
    impl ::std::ops::Deref for CountryLookupIsoCode3 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CountryLookupIsoCode3> for ::std::string::String {
        fn from(value: CountryLookupIsoCode3) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CountryLookupIsoCode3 {
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
    impl ::std::convert::TryFrom<&str> for CountryLookupIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CountryLookupIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CountryLookupIsoCode3 {
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
    ///A state or region of a country, in an organisation's billing address.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CountryState {
        ///The state's code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub code: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<Country>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CountryState {
        pub fn builder() -> builder::CountryState {
            Default::default()
        }
    }
    ///A country state, identified by exactly one of its keys. The country state to return.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum CountryStateLookup {
        ///The country state with this id.
        #[serde(rename = "id")]
        Id(CountryStateLookupId),
    }
    impl ::std::convert::From<CountryStateLookupId> for CountryStateLookup {
        fn from(value: CountryStateLookupId) -> Self {
            Self::Id(value)
        }
    }
    ///The country state's id.
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
    pub struct CountryStateLookupId(::std::string::String);
    impl ::std::ops::Deref for CountryStateLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CountryStateLookupId> for ::std::string::String {
        fn from(value: CountryStateLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CountryStateLookupId {
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
    impl ::std::convert::TryFrom<&str> for CountryStateLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CountryStateLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CountryStateLookupId {
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
    ///Country states (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CountryStates {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl CountryStates {
        pub fn builder() -> builder::CountryStates {
            Default::default()
        }
    }
    ///The request body of `create_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateIpAddressRequest {
        ///The label to give this address if setting it as a VIP
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        pub network: NetworkLookup,
        pub organization: OrganizationLookup,
        pub version: IpAddressVersionEnum,
        ///Whether or not to set this address as a VIP
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vip: ::std::option::Option<bool>,
    }
    impl CreateIpAddressRequest {
        pub fn builder() -> builder::CreateIpAddressRequest {
            Default::default()
        }
    }
    ///The answer of `create_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct CreateIpAddressResponse {
        ///The newly allocated IP address
        pub ip_address: IpAddress,
    }
    impl CreateIpAddressResponse {
        pub fn builder() -> builder::CreateIpAddressResponse {
            Default::default()
        }
    }
    ///Currencies (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Currencies {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Currencies {
        pub fn builder() -> builder::Currencies {
            Default::default()
        }
    }
    ///The currency an organisation is billed in.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Currency {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its ISO 4217 code.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub iso_code: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its symbol.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub symbol: ::std::option::Option<::std::string::String>,
    }
    impl Currency {
        pub fn builder() -> builder::Currency {
            Default::default()
        }
    }
    /**A currency, identified by exactly one of its keys. The currency to return.

 All 'currency[]' params are mutually exclusive, only one can be provided.*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum CurrencyLookup {
        ///The currency with this id.
        #[serde(rename = "id")]
        Id(CurrencyLookupId),
        ///The currency with this iso code.
        #[serde(rename = "iso_code")]
        IsoCode(CurrencyLookupIsoCode),
    }
    impl ::std::convert::From<CurrencyLookupId> for CurrencyLookup {
        fn from(value: CurrencyLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<CurrencyLookupIsoCode> for CurrencyLookup {
        fn from(value: CurrencyLookupIsoCode) -> Self {
            Self::IsoCode(value)
        }
    }
    ///The currency's id.
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
    pub struct CurrencyLookupId(::std::string::String);
    impl ::std::ops::Deref for CurrencyLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CurrencyLookupId> for ::std::string::String {
        fn from(value: CurrencyLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CurrencyLookupId {
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
    impl ::std::convert::TryFrom<&str> for CurrencyLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CurrencyLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CurrencyLookupId {
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
    ///The currency's iso code.
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
    pub struct CurrencyLookupIsoCode(::std::string::String);
    impl ::std::ops::Deref for CurrencyLookupIsoCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<CurrencyLookupIsoCode> for ::std::string::String {
        fn from(value: CurrencyLookupIsoCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for CurrencyLookupIsoCode {
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
    impl ::std::convert::TryFrom<&str> for CurrencyLookupIsoCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for CurrencyLookupIsoCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for CurrencyLookupIsoCode {
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
    ///A data center, identified by exactly one of its keys. All 'data_center[]' params are mutually exclusive, only one can be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum DataCenterLookup {
        ///The data center with this id.
        #[serde(rename = "id")]
        Id(DataCenterLookupId),
        ///The data center with this permalink.
        #[serde(rename = "permalink")]
        Permalink(DataCenterLookupPermalink),
    }
    impl ::std::convert::From<DataCenterLookupId> for DataCenterLookup {
        fn from(value: DataCenterLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<DataCenterLookupPermalink> for DataCenterLookup {
        fn from(value: DataCenterLookupPermalink) -> Self {
            Self::Permalink(value)
        }
    }
    ///The data center's id.
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
    pub struct DataCenterLookupId(::std::string::String);
    impl ::std::ops::Deref for DataCenterLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DataCenterLookupId> for ::std::string::String {
        fn from(value: DataCenterLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DataCenterLookupId {
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
    impl ::std::convert::TryFrom<&str> for DataCenterLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DataCenterLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DataCenterLookupId {
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
    ///The data center's permalink.
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
    pub struct DataCenterLookupPermalink(::std::string::String);
    impl ::std::ops::Deref for DataCenterLookupPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<DataCenterLookupPermalink> for ::std::string::String {
        fn from(value: DataCenterLookupPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for DataCenterLookupPermalink {
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
    impl ::std::convert::TryFrom<&str> for DataCenterLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for DataCenterLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for DataCenterLookupPermalink {
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
    ///Data centers (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct DataCenters {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<GetDataCentersPartCountry>,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl DataCenters {
        pub fn builder() -> builder::DataCenters {
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
    ///`GetCountryCountryId`
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
    pub struct GetCountryCountryId(::std::string::String);
    impl ::std::ops::Deref for GetCountryCountryId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCountryCountryId> for ::std::string::String {
        fn from(value: GetCountryCountryId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCountryCountryId {
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
    impl ::std::convert::TryFrom<&str> for GetCountryCountryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCountryCountryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCountryCountryId {
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
    ///`GetCountryCountryIsoCode2`
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
    pub struct GetCountryCountryIsoCode2(::std::string::String);
    impl ::std::ops::Deref for GetCountryCountryIsoCode2 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCountryCountryIsoCode2> for ::std::string::String {
        fn from(value: GetCountryCountryIsoCode2) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCountryCountryIsoCode2 {
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
    impl ::std::convert::TryFrom<&str> for GetCountryCountryIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCountryCountryIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCountryCountryIsoCode2 {
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
    ///`GetCountryCountryIsoCode3`
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
    pub struct GetCountryCountryIsoCode3(::std::string::String);
    impl ::std::ops::Deref for GetCountryCountryIsoCode3 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCountryCountryIsoCode3> for ::std::string::String {
        fn from(value: GetCountryCountryIsoCode3) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCountryCountryIsoCode3 {
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
    impl ::std::convert::TryFrom<&str> for GetCountryCountryIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCountryCountryIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCountryCountryIsoCode3 {
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
    ///The answer of `get_country`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetCountryResponse {
        ///The country details
        pub country: Country,
    }
    impl GetCountryResponse {
        pub fn builder() -> builder::GetCountryResponse {
            Default::default()
        }
    }
    ///`GetCountryStateCountryStateId`
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
    pub struct GetCountryStateCountryStateId(::std::string::String);
    impl ::std::ops::Deref for GetCountryStateCountryStateId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCountryStateCountryStateId> for ::std::string::String {
        fn from(value: GetCountryStateCountryStateId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCountryStateCountryStateId {
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
    impl ::std::convert::TryFrom<&str> for GetCountryStateCountryStateId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetCountryStateCountryStateId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCountryStateCountryStateId {
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
    ///The answer of `get_country_state`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetCountryStateResponse {
        ///The country state details
        pub country_state: CountryState,
    }
    impl GetCountryStateResponse {
        pub fn builder() -> builder::GetCountryStateResponse {
            Default::default()
        }
    }
    ///`GetCurrencyCurrencyId`
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
    pub struct GetCurrencyCurrencyId(::std::string::String);
    impl ::std::ops::Deref for GetCurrencyCurrencyId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCurrencyCurrencyId> for ::std::string::String {
        fn from(value: GetCurrencyCurrencyId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCurrencyCurrencyId {
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
    impl ::std::convert::TryFrom<&str> for GetCurrencyCurrencyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCurrencyCurrencyId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCurrencyCurrencyId {
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
    ///`GetCurrencyCurrencyIsoCode`
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
    pub struct GetCurrencyCurrencyIsoCode(::std::string::String);
    impl ::std::ops::Deref for GetCurrencyCurrencyIsoCode {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetCurrencyCurrencyIsoCode> for ::std::string::String {
        fn from(value: GetCurrencyCurrencyIsoCode) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetCurrencyCurrencyIsoCode {
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
    impl ::std::convert::TryFrom<&str> for GetCurrencyCurrencyIsoCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetCurrencyCurrencyIsoCode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetCurrencyCurrencyIsoCode {
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
    ///The answer of `get_currency`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetCurrencyResponse {
        ///The currency details
        pub currency: Currency,
    }
    impl GetCurrencyResponse {
        pub fn builder() -> builder::GetCurrencyResponse {
            Default::default()
        }
    }
    ///Get data center200 response data center (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenter200ResponseDataCenter {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<GetDataCenterPartCountry>,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCenter200ResponseDataCenter {
        pub fn builder() -> builder::GetDataCenter200ResponseDataCenter {
            Default::default()
        }
    }
    ///`GetDataCenterDataCenterId`
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
    pub struct GetDataCenterDataCenterId(::std::string::String);
    impl ::std::ops::Deref for GetDataCenterDataCenterId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetDataCenterDataCenterId> for ::std::string::String {
        fn from(value: GetDataCenterDataCenterId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetDataCenterDataCenterId {
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
    impl ::std::convert::TryFrom<&str> for GetDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetDataCenterDataCenterId {
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
    ///`GetDataCenterDataCenterPermalink`
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
    pub struct GetDataCenterDataCenterPermalink(::std::string::String);
    impl ::std::ops::Deref for GetDataCenterDataCenterPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetDataCenterDataCenterPermalink>
    for ::std::string::String {
        fn from(value: GetDataCenterDataCenterPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetDataCenterDataCenterPermalink {
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
    impl ::std::convert::TryFrom<&str> for GetDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetDataCenterDataCenterPermalink {
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
    ///Get data center default network200 response network (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenterDefaultNetwork200ResponseNetwork {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_center: ::std::option::Option<
            GetDataCenterDefaultNetworkPartDataCenter,
        >,
        ///Indicates if this network is the default network for the data center.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub default: ::std::option::Option<bool>,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCenterDefaultNetwork200ResponseNetwork {
        pub fn builder() -> builder::GetDataCenterDefaultNetwork200ResponseNetwork {
            Default::default()
        }
    }
    ///Get data center default network part data center (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenterDefaultNetworkPartDataCenter {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCenterDefaultNetworkPartDataCenter {
        pub fn builder() -> builder::GetDataCenterDefaultNetworkPartDataCenter {
            Default::default()
        }
    }
    ///Get data center gpu types200 response gpu types (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenterGpuTypes200ResponseGpuTypes {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The manufacturer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        ///The memory in gb.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///The memory type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_type: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCenterGpuTypes200ResponseGpuTypes {
        pub fn builder() -> builder::GetDataCenterGpuTypes200ResponseGpuTypes {
            Default::default()
        }
    }
    ///Get data center part country (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenterPartCountry {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCenterPartCountry {
        pub fn builder() -> builder::GetDataCenterPartCountry {
            Default::default()
        }
    }
    ///The answer of `get_data_center`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCenterResponse {
        pub data_center: GetDataCenter200ResponseDataCenter,
    }
    impl GetDataCenterResponse {
        pub fn builder() -> builder::GetDataCenterResponse {
            Default::default()
        }
    }
    ///Get data centers part country (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDataCentersPartCountry {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl GetDataCentersPartCountry {
        pub fn builder() -> builder::GetDataCentersPartCountry {
            Default::default()
        }
    }
    ///`GetDefaultNetworkOfDataCenterDataCenterId`
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
    pub struct GetDefaultNetworkOfDataCenterDataCenterId(::std::string::String);
    impl ::std::ops::Deref for GetDefaultNetworkOfDataCenterDataCenterId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetDefaultNetworkOfDataCenterDataCenterId>
    for ::std::string::String {
        fn from(value: GetDefaultNetworkOfDataCenterDataCenterId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetDefaultNetworkOfDataCenterDataCenterId {
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
    impl ::std::convert::TryFrom<&str> for GetDefaultNetworkOfDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetDefaultNetworkOfDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetDefaultNetworkOfDataCenterDataCenterId {
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
    ///`GetDefaultNetworkOfDataCenterDataCenterPermalink`
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
    pub struct GetDefaultNetworkOfDataCenterDataCenterPermalink(::std::string::String);
    impl ::std::ops::Deref for GetDefaultNetworkOfDataCenterDataCenterPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetDefaultNetworkOfDataCenterDataCenterPermalink>
    for ::std::string::String {
        fn from(value: GetDefaultNetworkOfDataCenterDataCenterPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetDefaultNetworkOfDataCenterDataCenterPermalink {
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
    for GetDefaultNetworkOfDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetDefaultNetworkOfDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for GetDefaultNetworkOfDataCenterDataCenterPermalink {
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
    ///The answer of `get_default_network_of_data_center`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetDefaultNetworkOfDataCenterResponse {
        ///The details for the requested network
        pub network: GetDataCenterDefaultNetwork200ResponseNetwork,
    }
    impl GetDefaultNetworkOfDataCenterResponse {
        pub fn builder() -> builder::GetDefaultNetworkOfDataCenterResponse {
            Default::default()
        }
    }
    ///Get gpu type200 response gpu type (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetGpuType200ResponseGpuType {
        ///The data centers.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data_centers: ::std::vec::Vec<
            ::std::option::Option<GetGpuTypePartDataCenters>,
        >,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The manufacturer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        ///The memory in gb.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///The memory type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_type: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetGpuType200ResponseGpuType {
        pub fn builder() -> builder::GetGpuType200ResponseGpuType {
            Default::default()
        }
    }
    ///`GetGpuTypeGpuTypeId`
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
    pub struct GetGpuTypeGpuTypeId(::std::string::String);
    impl ::std::ops::Deref for GetGpuTypeGpuTypeId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetGpuTypeGpuTypeId> for ::std::string::String {
        fn from(value: GetGpuTypeGpuTypeId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetGpuTypeGpuTypeId {
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
    impl ::std::convert::TryFrom<&str> for GetGpuTypeGpuTypeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetGpuTypeGpuTypeId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetGpuTypeGpuTypeId {
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
    ///`GetGpuTypeGpuTypePermalink`
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
    pub struct GetGpuTypeGpuTypePermalink(::std::string::String);
    impl ::std::ops::Deref for GetGpuTypeGpuTypePermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetGpuTypeGpuTypePermalink> for ::std::string::String {
        fn from(value: GetGpuTypeGpuTypePermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetGpuTypeGpuTypePermalink {
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
    impl ::std::convert::TryFrom<&str> for GetGpuTypeGpuTypePermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetGpuTypeGpuTypePermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetGpuTypeGpuTypePermalink {
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
    ///Get gpu type part data centers (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetGpuTypePartDataCenters {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetGpuTypePartDataCenters {
        pub fn builder() -> builder::GetGpuTypePartDataCenters {
            Default::default()
        }
    }
    ///The answer of `get_gpu_type`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetGpuTypeResponse {
        pub gpu_type: GetGpuType200ResponseGpuType,
    }
    impl GetGpuTypeResponse {
        pub fn builder() -> builder::GetGpuTypeResponse {
            Default::default()
        }
    }
    ///Get gpu types part data centers (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetGpuTypesPartDataCenters {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetGpuTypesPartDataCenters {
        pub fn builder() -> builder::GetGpuTypesPartDataCenters {
            Default::default()
        }
    }
    ///`GetIpAddressIpAddressAddress`
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
    pub struct GetIpAddressIpAddressAddress(::std::string::String);
    impl ::std::ops::Deref for GetIpAddressIpAddressAddress {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetIpAddressIpAddressAddress> for ::std::string::String {
        fn from(value: GetIpAddressIpAddressAddress) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetIpAddressIpAddressAddress {
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
    impl ::std::convert::TryFrom<&str> for GetIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetIpAddressIpAddressAddress {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetIpAddressIpAddressAddress {
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
    ///`GetIpAddressIpAddressId`
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
    pub struct GetIpAddressIpAddressId(::std::string::String);
    impl ::std::ops::Deref for GetIpAddressIpAddressId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetIpAddressIpAddressId> for ::std::string::String {
        fn from(value: GetIpAddressIpAddressId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetIpAddressIpAddressId {
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
    impl ::std::convert::TryFrom<&str> for GetIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetIpAddressIpAddressId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetIpAddressIpAddressId {
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
    ///The answer of `get_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetIpAddressResponse {
        ///The resource this address is allocated to
        #[serde(default, deserialize_with = "::std::option::Option::deserialize")]
        pub allocation: ::std::option::Option<Allocation>,
        ///The IP address that has been located
        pub ip_address: IpAddress,
    }
    impl GetIpAddressResponse {
        pub fn builder() -> builder::GetIpAddressResponse {
            Default::default()
        }
    }
    ///The answer of `get_network_interface`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetNetworkInterfaceResponse {
        ///The network interface details
        pub virtual_machine_network_interface: NetworkInterfaceDetail,
    }
    impl GetNetworkInterfaceResponse {
        pub fn builder() -> builder::GetNetworkInterfaceResponse {
            Default::default()
        }
    }
    ///`GetNetworkInterfaceVirtualMachineNetworkInterfaceId`
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
    pub struct GetNetworkInterfaceVirtualMachineNetworkInterfaceId(
        ::std::string::String,
    );
    impl ::std::ops::Deref for GetNetworkInterfaceVirtualMachineNetworkInterfaceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetNetworkInterfaceVirtualMachineNetworkInterfaceId>
    for ::std::string::String {
        fn from(value: GetNetworkInterfaceVirtualMachineNetworkInterfaceId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetNetworkInterfaceVirtualMachineNetworkInterfaceId {
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
    for GetNetworkInterfaceVirtualMachineNetworkInterfaceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetNetworkInterfaceVirtualMachineNetworkInterfaceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for GetNetworkInterfaceVirtualMachineNetworkInterfaceId {
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
    ///`GetOperatingSystemOperatingSystemId`
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
    pub struct GetOperatingSystemOperatingSystemId(::std::string::String);
    impl ::std::ops::Deref for GetOperatingSystemOperatingSystemId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetOperatingSystemOperatingSystemId>
    for ::std::string::String {
        fn from(value: GetOperatingSystemOperatingSystemId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetOperatingSystemOperatingSystemId {
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
    impl ::std::convert::TryFrom<&str> for GetOperatingSystemOperatingSystemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetOperatingSystemOperatingSystemId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetOperatingSystemOperatingSystemId {
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
    ///The answer of `get_operating_system`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetOperatingSystemResponse {
        ///The operating system details
        pub operating_system: OperatingSystem,
    }
    impl GetOperatingSystemResponse {
        pub fn builder() -> builder::GetOperatingSystemResponse {
            Default::default()
        }
    }
    ///The answer of `get_virtual_machine`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetVirtualMachineResponse {
        ///Its annotations (key and value pairs).
        pub annotations: ::std::vec::Vec<KeyValue>,
        pub virtual_machine: VirtualMachine,
    }
    impl GetVirtualMachineResponse {
        pub fn builder() -> builder::GetVirtualMachineResponse {
            Default::default()
        }
    }
    ///`GetVirtualMachineVirtualMachineFqdn`
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
    pub struct GetVirtualMachineVirtualMachineFqdn(::std::string::String);
    impl ::std::ops::Deref for GetVirtualMachineVirtualMachineFqdn {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetVirtualMachineVirtualMachineFqdn>
    for ::std::string::String {
        fn from(value: GetVirtualMachineVirtualMachineFqdn) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetVirtualMachineVirtualMachineFqdn {
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
    impl ::std::convert::TryFrom<&str> for GetVirtualMachineVirtualMachineFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetVirtualMachineVirtualMachineFqdn {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetVirtualMachineVirtualMachineFqdn {
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
    ///`GetVirtualMachineVirtualMachineId`
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
    pub struct GetVirtualMachineVirtualMachineId(::std::string::String);
    impl ::std::ops::Deref for GetVirtualMachineVirtualMachineId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetVirtualMachineVirtualMachineId>
    for ::std::string::String {
        fn from(value: GetVirtualMachineVirtualMachineId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetVirtualMachineVirtualMachineId {
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
    impl ::std::convert::TryFrom<&str> for GetVirtualMachineVirtualMachineId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for GetVirtualMachineVirtualMachineId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetVirtualMachineVirtualMachineId {
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
    ///The answer of `get_zone`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetZoneResponse {
        ///The zone details
        pub zone: Zone,
    }
    impl GetZoneResponse {
        pub fn builder() -> builder::GetZoneResponse {
            Default::default()
        }
    }
    ///`GetZoneZoneId`
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
    pub struct GetZoneZoneId(::std::string::String);
    impl ::std::ops::Deref for GetZoneZoneId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetZoneZoneId> for ::std::string::String {
        fn from(value: GetZoneZoneId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetZoneZoneId {
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
    impl ::std::convert::TryFrom<&str> for GetZoneZoneId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetZoneZoneId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetZoneZoneId {
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
    ///`GetZoneZonePermalink`
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
    pub struct GetZoneZonePermalink(::std::string::String);
    impl ::std::ops::Deref for GetZoneZonePermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GetZoneZonePermalink> for ::std::string::String {
        fn from(value: GetZoneZonePermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GetZoneZonePermalink {
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
    impl ::std::convert::TryFrom<&str> for GetZoneZonePermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GetZoneZonePermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GetZoneZonePermalink {
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
    ///Get zones part data center (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GetZonesPartDataCenter {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GetZonesPartDataCenter {
        pub fn builder() -> builder::GetZonesPartDataCenter {
            Default::default()
        }
    }
    ///A kind of GPU, and the data centres that have it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GpuType {
        ///The data centres that have this kind of GPU.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data_centers: ::std::vec::Vec<::std::option::Option<DataCenter>>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Who makes the GPU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        ///Its memory, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///The kind of memory the GPU has, e.g. GDDR6.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_type: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GpuType {
        pub fn builder() -> builder::GpuType {
            Default::default()
        }
    }
    ///A gpu type, identified by exactly one of its keys. All 'gpu_type[]' params are mutually exclusive, only one can be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum GpuTypeLookup {
        ///The gpu type with this id.
        #[serde(rename = "id")]
        Id(GpuTypeLookupId),
        ///The gpu type with this permalink.
        #[serde(rename = "permalink")]
        Permalink(GpuTypeLookupPermalink),
    }
    impl ::std::convert::From<GpuTypeLookupId> for GpuTypeLookup {
        fn from(value: GpuTypeLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<GpuTypeLookupPermalink> for GpuTypeLookup {
        fn from(value: GpuTypeLookupPermalink) -> Self {
            Self::Permalink(value)
        }
    }
    ///The gpu type's id.
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
    pub struct GpuTypeLookupId(::std::string::String);
    impl ::std::ops::Deref for GpuTypeLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GpuTypeLookupId> for ::std::string::String {
        fn from(value: GpuTypeLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GpuTypeLookupId {
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
    impl ::std::convert::TryFrom<&str> for GpuTypeLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GpuTypeLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GpuTypeLookupId {
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
    ///The gpu type's permalink.
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
    pub struct GpuTypeLookupPermalink(::std::string::String);
    impl ::std::ops::Deref for GpuTypeLookupPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<GpuTypeLookupPermalink> for ::std::string::String {
        fn from(value: GpuTypeLookupPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for GpuTypeLookupPermalink {
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
    impl ::std::convert::TryFrom<&str> for GpuTypeLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for GpuTypeLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for GpuTypeLookupPermalink {
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
    ///Gpu types (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct GpuTypes {
        ///The data centers.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub data_centers: ::std::vec::Vec<
            ::std::option::Option<GetGpuTypesPartDataCenters>,
        >,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The manufacturer.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        ///The memory in gb.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///The memory type.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_type: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl GpuTypes {
        pub fn builder() -> builder::GpuTypes {
            Default::default()
        }
    }
    ///A hypervisor machines run on.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Hypervisor {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The hypervisor's IP address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ip_address: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Hypervisor {
        pub fn builder() -> builder::Hypervisor {
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
    ///The speed profile an interface runs at.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InterfaceSpeedProfile {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl InterfaceSpeedProfile {
        pub fn builder() -> builder::InterfaceSpeedProfile {
            Default::default()
        }
    }
    ///The virtual machine an interface belongs to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct InterfaceVirtualMachine {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl InterfaceVirtualMachine {
        pub fn builder() -> builder::InterfaceVirtualMachine {
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
    ///An IP address as an organisation's list shows it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct IpAddressSummary {
        ///The address, e.g. `185.22.208.10`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
        ///The ID of what it is allocated to (null when unallocated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allocation_id: ::std::option::Option<::std::string::String>,
        ///What it is allocated to, e.g. `VirtualMachine` (null when unallocated).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub allocation_type: ::std::option::Option<::std::string::String>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The address's reverse DNS name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reverse_dns: ::std::option::Option<::std::string::String>,
        ///Whether it is a virtual IP (shared between machines).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vip: ::std::option::Option<bool>,
    }
    impl IpAddressSummary {
        pub fn builder() -> builder::IpAddressSummary {
            Default::default()
        }
    }
    ///An IP address version.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum IpAddressVersionEnum {
        #[serde(rename = "ipv4")]
        Ipv4,
        #[serde(rename = "ipv6")]
        Ipv6,
    }
    impl ::std::fmt::Display for IpAddressVersionEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Ipv4 => f.write_str("ipv4"),
                Self::Ipv6 => f.write_str("ipv6"),
            }
        }
    }
    impl ::std::str::FromStr for IpAddressVersionEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "ipv4" => Ok(Self::Ipv4),
                "ipv6" => Ok(Self::Ipv6),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for IpAddressVersionEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for IpAddressVersionEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///An ISO image that can be attached to a machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Iso {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The operating system it installs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub operating_system: ::std::option::Option<OperatingSystem>,
    }
    impl Iso {
        pub fn builder() -> builder::Iso {
            Default::default()
        }
    }
    ///An annotation: a key and its value.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct KeyValue {
        ///The annotation's key.
        pub key: ::std::string::String,
        ///The annotation's value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }
    impl KeyValue {
        pub fn builder() -> builder::KeyValue {
            Default::default()
        }
    }
    ///The answer of `list_available_ip_addresses`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListAvailableIpAddressesResponse {
        ///The IP addresses available for this network interface
        pub ip_addresses: ::std::vec::Vec<IpAddress>,
    }
    impl ListAvailableIpAddressesResponse {
        pub fn builder() -> builder::ListAvailableIpAddressesResponse {
            Default::default()
        }
    }
    ///`ListAvailableIpAddressesVirtualMachineNetworkInterfaceId`
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
    pub struct ListAvailableIpAddressesVirtualMachineNetworkInterfaceId(
        ::std::string::String,
    );
    impl ::std::ops::Deref for ListAvailableIpAddressesVirtualMachineNetworkInterfaceId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListAvailableIpAddressesVirtualMachineNetworkInterfaceId>
    for ::std::string::String {
        fn from(
            value: ListAvailableIpAddressesVirtualMachineNetworkInterfaceId,
        ) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr
    for ListAvailableIpAddressesVirtualMachineNetworkInterfaceId {
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
    for ListAvailableIpAddressesVirtualMachineNetworkInterfaceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListAvailableIpAddressesVirtualMachineNetworkInterfaceId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ListAvailableIpAddressesVirtualMachineNetworkInterfaceId {
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
    ///The answer of `list_countries`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListCountriesResponse {
        ///The list of countries
        pub countries: ::std::vec::Vec<Countries>,
        pub pagination: Pagination,
    }
    impl ListCountriesResponse {
        pub fn builder() -> builder::ListCountriesResponse {
            Default::default()
        }
    }
    ///`ListCountryStatesCountryId`
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
    pub struct ListCountryStatesCountryId(::std::string::String);
    impl ::std::ops::Deref for ListCountryStatesCountryId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCountryStatesCountryId> for ::std::string::String {
        fn from(value: ListCountryStatesCountryId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCountryStatesCountryId {
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
    impl ::std::convert::TryFrom<&str> for ListCountryStatesCountryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ListCountryStatesCountryId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCountryStatesCountryId {
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
    ///`ListCountryStatesCountryIsoCode2`
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
    pub struct ListCountryStatesCountryIsoCode2(::std::string::String);
    impl ::std::ops::Deref for ListCountryStatesCountryIsoCode2 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCountryStatesCountryIsoCode2>
    for ::std::string::String {
        fn from(value: ListCountryStatesCountryIsoCode2) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCountryStatesCountryIsoCode2 {
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
    impl ::std::convert::TryFrom<&str> for ListCountryStatesCountryIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListCountryStatesCountryIsoCode2 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCountryStatesCountryIsoCode2 {
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
    ///`ListCountryStatesCountryIsoCode3`
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
    pub struct ListCountryStatesCountryIsoCode3(::std::string::String);
    impl ::std::ops::Deref for ListCountryStatesCountryIsoCode3 {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListCountryStatesCountryIsoCode3>
    for ::std::string::String {
        fn from(value: ListCountryStatesCountryIsoCode3) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListCountryStatesCountryIsoCode3 {
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
    impl ::std::convert::TryFrom<&str> for ListCountryStatesCountryIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListCountryStatesCountryIsoCode3 {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListCountryStatesCountryIsoCode3 {
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
    ///The answer of `list_country_states`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListCountryStatesResponse {
        ///The list of country states for the given country
        pub country_states: ::std::vec::Vec<CountryStates>,
        pub pagination: Pagination,
    }
    impl ListCountryStatesResponse {
        pub fn builder() -> builder::ListCountryStatesResponse {
            Default::default()
        }
    }
    ///The answer of `list_currencies`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListCurrenciesResponse {
        ///The list of currencies
        pub currencies: ::std::vec::Vec<Currencies>,
        pub pagination: Pagination,
    }
    impl ListCurrenciesResponse {
        pub fn builder() -> builder::ListCurrenciesResponse {
            Default::default()
        }
    }
    ///The answer of `list_data_centers`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListDataCentersResponse {
        ///The data centers.
        pub data_centers: ::std::vec::Vec<DataCenters>,
    }
    impl ListDataCentersResponse {
        pub fn builder() -> builder::ListDataCentersResponse {
            Default::default()
        }
    }
    ///`ListGpuTypesForDataCenterDataCenterId`
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
    pub struct ListGpuTypesForDataCenterDataCenterId(::std::string::String);
    impl ::std::ops::Deref for ListGpuTypesForDataCenterDataCenterId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGpuTypesForDataCenterDataCenterId>
    for ::std::string::String {
        fn from(value: ListGpuTypesForDataCenterDataCenterId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGpuTypesForDataCenterDataCenterId {
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
    impl ::std::convert::TryFrom<&str> for ListGpuTypesForDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGpuTypesForDataCenterDataCenterId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListGpuTypesForDataCenterDataCenterId {
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
    ///`ListGpuTypesForDataCenterDataCenterPermalink`
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
    pub struct ListGpuTypesForDataCenterDataCenterPermalink(::std::string::String);
    impl ::std::ops::Deref for ListGpuTypesForDataCenterDataCenterPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListGpuTypesForDataCenterDataCenterPermalink>
    for ::std::string::String {
        fn from(value: ListGpuTypesForDataCenterDataCenterPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListGpuTypesForDataCenterDataCenterPermalink {
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
    impl ::std::convert::TryFrom<&str> for ListGpuTypesForDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListGpuTypesForDataCenterDataCenterPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de>
    for ListGpuTypesForDataCenterDataCenterPermalink {
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
    ///The answer of `list_gpu_types_for_data_center`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListGpuTypesForDataCenterResponse {
        ///The gpu types.
        pub gpu_types: ::std::vec::Vec<GetDataCenterGpuTypes200ResponseGpuTypes>,
        pub pagination: Pagination,
    }
    impl ListGpuTypesForDataCenterResponse {
        pub fn builder() -> builder::ListGpuTypesForDataCenterResponse {
            Default::default()
        }
    }
    ///The answer of `list_gpu_types`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListGpuTypesResponse {
        ///The gpu types.
        pub gpu_types: ::std::vec::Vec<GpuTypes>,
        pub pagination: Pagination,
    }
    impl ListGpuTypesResponse {
        pub fn builder() -> builder::ListGpuTypesResponse {
            Default::default()
        }
    }
    ///`ListIpAddressesOrganizationId`
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
    pub struct ListIpAddressesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListIpAddressesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListIpAddressesOrganizationId> for ::std::string::String {
        fn from(value: ListIpAddressesOrganizationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListIpAddressesOrganizationId {
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
    impl ::std::convert::TryFrom<&str> for ListIpAddressesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListIpAddressesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListIpAddressesOrganizationId {
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
    ///`ListIpAddressesOrganizationSubDomain`
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
    pub struct ListIpAddressesOrganizationSubDomain(::std::string::String);
    impl ::std::ops::Deref for ListIpAddressesOrganizationSubDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListIpAddressesOrganizationSubDomain>
    for ::std::string::String {
        fn from(value: ListIpAddressesOrganizationSubDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListIpAddressesOrganizationSubDomain {
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
    impl ::std::convert::TryFrom<&str> for ListIpAddressesOrganizationSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListIpAddressesOrganizationSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListIpAddressesOrganizationSubDomain {
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
    ///The answer of `list_ip_addresses`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListIpAddressesResponse {
        ///The IP addresses belonging to this organization
        pub ip_addresses: ::std::vec::Vec<IpAddressSummary>,
        pub pagination: Pagination,
    }
    impl ListIpAddressesResponse {
        pub fn builder() -> builder::ListIpAddressesResponse {
            Default::default()
        }
    }
    ///The answer of `list_operating_systems`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListOperatingSystemsResponse {
        ///The list of available operating systems
        pub operating_systems: ::std::vec::Vec<OperatingSystems>,
        pub pagination: Pagination,
    }
    impl ListOperatingSystemsResponse {
        pub fn builder() -> builder::ListOperatingSystemsResponse {
            Default::default()
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
    ///`ListVirtualMachinesOrganizationId`
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
    pub struct ListVirtualMachinesOrganizationId(::std::string::String);
    impl ::std::ops::Deref for ListVirtualMachinesOrganizationId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVirtualMachinesOrganizationId>
    for ::std::string::String {
        fn from(value: ListVirtualMachinesOrganizationId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVirtualMachinesOrganizationId {
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
    impl ::std::convert::TryFrom<&str> for ListVirtualMachinesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListVirtualMachinesOrganizationId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListVirtualMachinesOrganizationId {
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
    ///`ListVirtualMachinesOrganizationSubDomain`
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
    pub struct ListVirtualMachinesOrganizationSubDomain(::std::string::String);
    impl ::std::ops::Deref for ListVirtualMachinesOrganizationSubDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ListVirtualMachinesOrganizationSubDomain>
    for ::std::string::String {
        fn from(value: ListVirtualMachinesOrganizationSubDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ListVirtualMachinesOrganizationSubDomain {
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
    impl ::std::convert::TryFrom<&str> for ListVirtualMachinesOrganizationSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for ListVirtualMachinesOrganizationSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ListVirtualMachinesOrganizationSubDomain {
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
    ///The answer of `list_virtual_machines`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListVirtualMachinesResponse {
        pub pagination: Pagination,
        ///The machines on this page.
        pub virtual_machines: ::std::vec::Vec<VirtualMachineSummary>,
    }
    impl ListVirtualMachinesResponse {
        pub fn builder() -> builder::ListVirtualMachinesResponse {
            Default::default()
        }
    }
    ///The answer of `list_zones`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct ListZonesResponse {
        ///The zones available to the current identity
        pub zones: ::std::vec::Vec<Zones>,
    }
    impl ListZonesResponse {
        pub fn builder() -> builder::ListZonesResponse {
            Default::default()
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
    ///A network interface, with its machine, MAC address, state and speed profile.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct NetworkInterfaceDetail {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The addresses allocated to it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<InterfaceIpAddress>,
        ///Its MAC address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub mac_address: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The network it is attached to (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub network: ::std::option::Option<InterfaceNetwork>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub speed_profile: ::std::option::Option<InterfaceSpeedProfile>,
        ///Its state.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_machine: ::std::option::Option<InterfaceVirtualMachine>,
        ///The virtual network it is attached to (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub virtual_network: ::std::option::Option<InterfaceVirtualNetwork>,
    }
    impl NetworkInterfaceDetail {
        pub fn builder() -> builder::NetworkInterfaceDetail {
            Default::default()
        }
    }
    ///A network, identified by exactly one of its keys.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum NetworkLookup {
        ///The network with this ID.
        #[serde(rename = "id")]
        Id(NetworkLookupId),
        ///The network with this permalink.
        #[serde(rename = "permalink")]
        Permalink(NetworkLookupPermalink),
    }
    impl ::std::convert::From<NetworkLookupId> for NetworkLookup {
        fn from(value: NetworkLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<NetworkLookupPermalink> for NetworkLookup {
        fn from(value: NetworkLookupPermalink) -> Self {
            Self::Permalink(value)
        }
    }
    ///The network's ID, e.g. `net_…`.
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
    pub struct NetworkLookupId(::std::string::String);
    impl ::std::ops::Deref for NetworkLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NetworkLookupId> for ::std::string::String {
        fn from(value: NetworkLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NetworkLookupId {
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
    impl ::std::convert::TryFrom<&str> for NetworkLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NetworkLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NetworkLookupId {
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
    ///The network's permalink, e.g. `uk-lon-01-public`.
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
    pub struct NetworkLookupPermalink(::std::string::String);
    impl ::std::ops::Deref for NetworkLookupPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<NetworkLookupPermalink> for ::std::string::String {
        fn from(value: NetworkLookupPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for NetworkLookupPermalink {
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
    impl ::std::convert::TryFrom<&str> for NetworkLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for NetworkLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for NetworkLookupPermalink {
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
    ///An operating system an ISO or disk template installs.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OperatingSystem {
        ///The badge image the operating system shows with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub badge: ::std::option::Option<Attachment>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl OperatingSystem {
        pub fn builder() -> builder::OperatingSystem {
            Default::default()
        }
    }
    ///An operating system, identified by exactly one of its keys. The operating system to return.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum OperatingSystemLookup {
        ///The operating system with this id.
        #[serde(rename = "id")]
        Id(OperatingSystemLookupId),
    }
    impl ::std::convert::From<OperatingSystemLookupId> for OperatingSystemLookup {
        fn from(value: OperatingSystemLookupId) -> Self {
            Self::Id(value)
        }
    }
    ///The operating system's id.
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
    pub struct OperatingSystemLookupId(::std::string::String);
    impl ::std::ops::Deref for OperatingSystemLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OperatingSystemLookupId> for ::std::string::String {
        fn from(value: OperatingSystemLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OperatingSystemLookupId {
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
    impl ::std::convert::TryFrom<&str> for OperatingSystemLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OperatingSystemLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OperatingSystemLookupId {
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
    ///Operating systems (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct OperatingSystems {
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl OperatingSystems {
        pub fn builder() -> builder::OperatingSystems {
            Default::default()
        }
    }
    ///An organisation: it owns machines, addresses and the rest, and is billed for them.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Organization {
        ///When it was activated (Unix seconds; null until then).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub activated_at: ::std::option::Option<i64>,
        ///The address1.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address1: ::std::option::Option<::std::string::String>,
        ///The address2.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address2: ::std::option::Option<::std::string::String>,
        ///The address3.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address3: ::std::option::Option<::std::string::String>,
        ///The address4.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address4: ::std::option::Option<::std::string::String>,
        ///The name it is billed under.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub billing_name: ::std::option::Option<::std::string::String>,
        ///The country of its billing address (null when not given).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country: ::std::option::Option<Country>,
        ///The state or region of its billing address (null when not given).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub country_state: ::std::option::Option<CountryState>,
        ///When it was created (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub currency: ::std::option::Option<Currency>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The domain its machines' hostnames are under, e.g. `acme.katapult.cloud`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub infrastructure_domain: ::std::option::Option<::std::string::String>,
        ///Whether it is managed by another organisation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub managed: ::std::option::Option<bool>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its phone number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub phone_number: ::std::option::Option<::std::string::String>,
        ///The postcode of its billing address.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub postcode: ::std::option::Option<::std::string::String>,
        ///The organisation's sub-domain, e.g. `acme`; organisations are looked up by it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub sub_domain: ::std::option::Option<::std::string::String>,
        ///Whether it is suspended.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub suspended: ::std::option::Option<bool>,
        ///Its VAT number.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vat_number: ::std::option::Option<::std::string::String>,
    }
    impl Organization {
        pub fn builder() -> builder::Organization {
            Default::default()
        }
    }
    ///An organization, identified by exactly one of its keys. All 'organization[]' params are mutually exclusive, only one can be provided.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum OrganizationLookup {
        ///The organization with this id.
        #[serde(rename = "id")]
        Id(OrganizationLookupId),
        ///The organization with this sub domain.
        #[serde(rename = "sub_domain")]
        SubDomain(OrganizationLookupSubDomain),
    }
    impl ::std::convert::From<OrganizationLookupId> for OrganizationLookup {
        fn from(value: OrganizationLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<OrganizationLookupSubDomain> for OrganizationLookup {
        fn from(value: OrganizationLookupSubDomain) -> Self {
            Self::SubDomain(value)
        }
    }
    ///The id of the organization.
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
    pub struct OrganizationLookupId(::std::string::String);
    impl ::std::ops::Deref for OrganizationLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationLookupId> for ::std::string::String {
        fn from(value: OrganizationLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationLookupId {
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
    impl ::std::convert::TryFrom<&str> for OrganizationLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrganizationLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationLookupId {
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
    ///The sub domain of the organization.
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
    pub struct OrganizationLookupSubDomain(::std::string::String);
    impl ::std::ops::Deref for OrganizationLookupSubDomain {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<OrganizationLookupSubDomain> for ::std::string::String {
        fn from(value: OrganizationLookupSubDomain) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for OrganizationLookupSubDomain {
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
    impl ::std::convert::TryFrom<&str> for OrganizationLookupSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for OrganizationLookupSubDomain {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for OrganizationLookupSubDomain {
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
    ///Who may use an object: everyone, the organisation, or listed organisations.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum PrivacyTypesEnum {
        #[serde(rename = "public")]
        Public,
        #[serde(rename = "private")]
        Private,
    }
    impl ::std::fmt::Display for PrivacyTypesEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Public => f.write_str("public"),
                Self::Private => f.write_str("private"),
            }
        }
    }
    impl ::std::str::FromStr for PrivacyTypesEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "public" => Ok(Self::Public),
                "private" => Ok(Self::Private),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for PrivacyTypesEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for PrivacyTypesEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///A tag on an object.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Tag {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub color: ::std::option::Option<TagColorsEnum>,
        ///When it was created (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl Tag {
        pub fn builder() -> builder::Tag {
            Default::default()
        }
    }
    ///The colour a tag shows in.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum TagColorsEnum {
        #[serde(rename = "red")]
        Red,
        #[serde(rename = "pink")]
        Pink,
        #[serde(rename = "purple")]
        Purple,
        #[serde(rename = "dark_blue")]
        DarkBlue,
        #[serde(rename = "green")]
        Green,
        #[serde(rename = "teal")]
        Teal,
        #[serde(rename = "aqua")]
        Aqua,
        #[serde(rename = "light_blue")]
        LightBlue,
        #[serde(rename = "yellow")]
        Yellow,
        #[serde(rename = "orange")]
        Orange,
        #[serde(rename = "orange_red")]
        OrangeRed,
        #[serde(rename = "brown")]
        Brown,
        #[serde(rename = "black")]
        Black,
        #[serde(rename = "dark_gray")]
        DarkGray,
        #[serde(rename = "light_gray")]
        LightGray,
        #[serde(rename = "light_brown")]
        LightBrown,
        #[serde(rename = "pastel_red")]
        PastelRed,
        #[serde(rename = "pastel_pink")]
        PastelPink,
        #[serde(rename = "pastel_purple")]
        PastelPurple,
        #[serde(rename = "pastel_dark_blue")]
        PastelDarkBlue,
        #[serde(rename = "pastel_green")]
        PastelGreen,
        #[serde(rename = "pastel_teal")]
        PastelTeal,
        #[serde(rename = "pastel_aqua")]
        PastelAqua,
        #[serde(rename = "pastel_light_blue")]
        PastelLightBlue,
        #[serde(rename = "pastel_yellow")]
        PastelYellow,
        #[serde(rename = "pastel_orange")]
        PastelOrange,
        #[serde(rename = "pastel_orange_red")]
        PastelOrangeRed,
        #[serde(rename = "pastel_brown")]
        PastelBrown,
        #[serde(rename = "pastel_black")]
        PastelBlack,
        #[serde(rename = "pastel_dark_gray")]
        PastelDarkGray,
        #[serde(rename = "pastel_light_gray")]
        PastelLightGray,
        #[serde(rename = "pastel_light_brown")]
        PastelLightBrown,
    }
    impl ::std::fmt::Display for TagColorsEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Red => f.write_str("red"),
                Self::Pink => f.write_str("pink"),
                Self::Purple => f.write_str("purple"),
                Self::DarkBlue => f.write_str("dark_blue"),
                Self::Green => f.write_str("green"),
                Self::Teal => f.write_str("teal"),
                Self::Aqua => f.write_str("aqua"),
                Self::LightBlue => f.write_str("light_blue"),
                Self::Yellow => f.write_str("yellow"),
                Self::Orange => f.write_str("orange"),
                Self::OrangeRed => f.write_str("orange_red"),
                Self::Brown => f.write_str("brown"),
                Self::Black => f.write_str("black"),
                Self::DarkGray => f.write_str("dark_gray"),
                Self::LightGray => f.write_str("light_gray"),
                Self::LightBrown => f.write_str("light_brown"),
                Self::PastelRed => f.write_str("pastel_red"),
                Self::PastelPink => f.write_str("pastel_pink"),
                Self::PastelPurple => f.write_str("pastel_purple"),
                Self::PastelDarkBlue => f.write_str("pastel_dark_blue"),
                Self::PastelGreen => f.write_str("pastel_green"),
                Self::PastelTeal => f.write_str("pastel_teal"),
                Self::PastelAqua => f.write_str("pastel_aqua"),
                Self::PastelLightBlue => f.write_str("pastel_light_blue"),
                Self::PastelYellow => f.write_str("pastel_yellow"),
                Self::PastelOrange => f.write_str("pastel_orange"),
                Self::PastelOrangeRed => f.write_str("pastel_orange_red"),
                Self::PastelBrown => f.write_str("pastel_brown"),
                Self::PastelBlack => f.write_str("pastel_black"),
                Self::PastelDarkGray => f.write_str("pastel_dark_gray"),
                Self::PastelLightGray => f.write_str("pastel_light_gray"),
                Self::PastelLightBrown => f.write_str("pastel_light_brown"),
            }
        }
    }
    impl ::std::str::FromStr for TagColorsEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "red" => Ok(Self::Red),
                "pink" => Ok(Self::Pink),
                "purple" => Ok(Self::Purple),
                "dark_blue" => Ok(Self::DarkBlue),
                "green" => Ok(Self::Green),
                "teal" => Ok(Self::Teal),
                "aqua" => Ok(Self::Aqua),
                "light_blue" => Ok(Self::LightBlue),
                "yellow" => Ok(Self::Yellow),
                "orange" => Ok(Self::Orange),
                "orange_red" => Ok(Self::OrangeRed),
                "brown" => Ok(Self::Brown),
                "black" => Ok(Self::Black),
                "dark_gray" => Ok(Self::DarkGray),
                "light_gray" => Ok(Self::LightGray),
                "light_brown" => Ok(Self::LightBrown),
                "pastel_red" => Ok(Self::PastelRed),
                "pastel_pink" => Ok(Self::PastelPink),
                "pastel_purple" => Ok(Self::PastelPurple),
                "pastel_dark_blue" => Ok(Self::PastelDarkBlue),
                "pastel_green" => Ok(Self::PastelGreen),
                "pastel_teal" => Ok(Self::PastelTeal),
                "pastel_aqua" => Ok(Self::PastelAqua),
                "pastel_light_blue" => Ok(Self::PastelLightBlue),
                "pastel_yellow" => Ok(Self::PastelYellow),
                "pastel_orange" => Ok(Self::PastelOrange),
                "pastel_orange_red" => Ok(Self::PastelOrangeRed),
                "pastel_brown" => Ok(Self::PastelBrown),
                "pastel_black" => Ok(Self::PastelBlack),
                "pastel_dark_gray" => Ok(Self::PastelDarkGray),
                "pastel_light_gray" => Ok(Self::PastelLightGray),
                "pastel_light_brown" => Ok(Self::PastelLightBrown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for TagColorsEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for TagColorsEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
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
    ///The request body of `update_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateIpAddressRequest {
        pub ip_address: IpAddressLookup,
        ///The label to give this address if setting it as a VIP
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub label: ::std::option::Option<::std::string::String>,
        ///The reverse DNS to set for this IP address
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub reverse_dns: ::std::option::Option<::std::string::String>,
        ///Whether or not to set this address as a VIP
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub vip: ::std::option::Option<bool>,
    }
    impl UpdateIpAddressRequest {
        pub fn builder() -> builder::UpdateIpAddressRequest {
            Default::default()
        }
    }
    ///The answer of `update_ip_address`.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct UpdateIpAddressResponse {
        ///The IP address that has been updated
        pub ip_address: IpAddress,
    }
    impl UpdateIpAddressResponse {
        pub fn builder() -> builder::UpdateIpAddressResponse {
            Default::default()
        }
    }
    ///A virtual machine, with its owner, zone, package and addresses.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachine {
        ///The ISO attached to it (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub attached_iso: ::std::option::Option<Iso>,
        ///How many CPU cores it has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpu_cores: ::std::option::Option<i64>,
        ///When it was created (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        ///Its description.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///The machine's fully qualified domain name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fqdn: ::std::option::Option<::std::string::String>,
        ///The kind of GPU it has (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gpu_type: ::std::option::Option<VirtualMachineGpuType>,
        ///The GPUs attached to it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub gpus: ::std::vec::Vec<VirtualMachineGpu>,
        ///The group it is in (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group: ::std::option::Option<VirtualMachineGroup>,
        ///The machine's hostname.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hostname: ::std::option::Option<::std::string::String>,
        ///The hypervisor it runs on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hypervisor: ::std::option::Option<Hypervisor>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The root password it was built with (null once it is no longer shown).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub initial_root_password: ::std::option::Option<::std::string::String>,
        ///The addresses allocated to it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<IpAddress>,
        ///Its memory, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub organization: ::std::option::Option<Organization>,
        ///The package it was built from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package: ::std::option::Option<VirtualMachinePackage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub state: ::std::option::Option<VirtualMachineStateEnum>,
        ///The names of its tags.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tag_names: ::std::vec::Vec<::std::string::String>,
        ///Its tags.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub tags: ::std::vec::Vec<Tag>,
        ///Whether its CPUs are dedicated to it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub use_dedicated_cpus: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zone: ::std::option::Option<Zone>,
    }
    impl VirtualMachine {
        pub fn builder() -> builder::VirtualMachine {
            Default::default()
        }
    }
    ///A GPU attached to a machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineGpu {
        ///When pending action is "attach", this indicates if there is a GPU of the relevant type available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub available: ::std::option::Option<bool>,
        ///Unique ID for this GPU. Not available when status is "detached".
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///What is about to happen to the GPU (null when nothing).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub pending_action: ::std::option::Option<VirtualMachineGpuPendingActionEnum>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<VirtualMachineGpuStatusEnum>,
        #[serde(rename = "type", skip_serializing_if = "::std::option::Option::is_none")]
        pub type_: ::std::option::Option<GpuType>,
    }
    impl VirtualMachineGpu {
        pub fn builder() -> builder::VirtualMachineGpu {
            Default::default()
        }
    }
    ///What is about to happen to a machine's GPU.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum VirtualMachineGpuPendingActionEnum {
        #[serde(rename = "attach")]
        Attach,
        #[serde(rename = "detach")]
        Detach,
    }
    impl ::std::fmt::Display for VirtualMachineGpuPendingActionEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Attach => f.write_str("attach"),
                Self::Detach => f.write_str("detach"),
            }
        }
    }
    impl ::std::str::FromStr for VirtualMachineGpuPendingActionEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "attach" => Ok(Self::Attach),
                "detach" => Ok(Self::Detach),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VirtualMachineGpuPendingActionEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VirtualMachineGpuPendingActionEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The state of a machine's GPU.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum VirtualMachineGpuStatusEnum {
        #[serde(rename = "attached")]
        Attached,
        #[serde(rename = "attaching")]
        Attaching,
        #[serde(rename = "detached")]
        Detached,
        #[serde(rename = "detaching")]
        Detaching,
        #[serde(rename = "unknown")]
        Unknown,
    }
    impl ::std::fmt::Display for VirtualMachineGpuStatusEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Attached => f.write_str("attached"),
                Self::Attaching => f.write_str("attaching"),
                Self::Detached => f.write_str("detached"),
                Self::Detaching => f.write_str("detaching"),
                Self::Unknown => f.write_str("unknown"),
            }
        }
    }
    impl ::std::str::FromStr for VirtualMachineGpuStatusEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "attached" => Ok(Self::Attached),
                "attaching" => Ok(Self::Attaching),
                "detached" => Ok(Self::Detached),
                "detaching" => Ok(Self::Detaching),
                "unknown" => Ok(Self::Unknown),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VirtualMachineGpuStatusEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VirtualMachineGpuStatusEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///The kind of GPU a machine has.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineGpuType {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Who makes the GPU.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub manufacturer: ::std::option::Option<::std::string::String>,
        ///Its memory, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///The kind of memory the GPU has, e.g. GDDR6.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_type: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachineGpuType {
        pub fn builder() -> builder::VirtualMachineGpuType {
            Default::default()
        }
    }
    ///A group of machines, kept on different hypervisors when segregated.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineGroup {
        ///Whether new machines join the group segregated.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub auto_segregate: ::std::option::Option<bool>,
        ///When it was created (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Whether its machines are kept on different hypervisors.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub segregate: ::std::option::Option<bool>,
    }
    impl VirtualMachineGroup {
        pub fn builder() -> builder::VirtualMachineGroup {
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
    ///A virtual machine network interface, identified by exactly one of its keys. The network interface to show the information for.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum VirtualMachineNetworkInterfaceLookup {
        ///The virtual machine network interface with this id.
        #[serde(rename = "id")]
        Id(VirtualMachineNetworkInterfaceLookupId),
    }
    impl ::std::convert::From<VirtualMachineNetworkInterfaceLookupId>
    for VirtualMachineNetworkInterfaceLookup {
        fn from(value: VirtualMachineNetworkInterfaceLookupId) -> Self {
            Self::Id(value)
        }
    }
    ///The id of the virtual machine network interface.
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
    pub struct VirtualMachineNetworkInterfaceLookupId(::std::string::String);
    impl ::std::ops::Deref for VirtualMachineNetworkInterfaceLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<VirtualMachineNetworkInterfaceLookupId>
    for ::std::string::String {
        fn from(value: VirtualMachineNetworkInterfaceLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for VirtualMachineNetworkInterfaceLookupId {
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
    impl ::std::convert::TryFrom<&str> for VirtualMachineNetworkInterfaceLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String>
    for VirtualMachineNetworkInterfaceLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for VirtualMachineNetworkInterfaceLookupId {
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
    ///A package: the size (CPU, memory, storage) a machine is built to.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachinePackage {
        ///How many CPU cores it has.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cpu_cores: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub group: ::std::option::Option<VirtualMachinePackageGroup>,
        ///The icon the package shows with.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub icon: ::std::option::Option<Attachment>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The ipv4 addresses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub ipv4_addresses: ::std::option::Option<i64>,
        ///Its memory, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub memory_in_gb: ::std::option::Option<i64>,
        ///Its monthly bandwidth allowance, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub monthly_bandwidth_allowance_in_gb: ::std::option::Option<i64>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub privacy: ::std::option::Option<PrivacyTypesEnum>,
        ///Its storage, in GB.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub storage_in_gb: ::std::option::Option<i64>,
        ///Whether its CPUs are dedicated to it.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub use_dedicated_cpus: ::std::option::Option<bool>,
    }
    impl VirtualMachinePackage {
        pub fn builder() -> builder::VirtualMachinePackage {
            Default::default()
        }
    }
    ///A group of packages.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachinePackageGroup {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachinePackageGroup {
        pub fn builder() -> builder::VirtualMachinePackageGroup {
            Default::default()
        }
    }
    ///The state of a virtual machine.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
        schemars::JsonSchema
    )]
    pub enum VirtualMachineStateEnum {
        #[serde(rename = "stopped")]
        Stopped,
        #[serde(rename = "failed")]
        Failed,
        #[serde(rename = "started")]
        Started,
        #[serde(rename = "starting")]
        Starting,
        #[serde(rename = "allocated")]
        Allocated,
        #[serde(rename = "allocating")]
        Allocating,
        #[serde(rename = "resetting")]
        Resetting,
        #[serde(rename = "migrating")]
        Migrating,
        #[serde(rename = "stopping")]
        Stopping,
        #[serde(rename = "shutting_down")]
        ShuttingDown,
        #[serde(rename = "transferring")]
        Transferring,
        #[serde(rename = "orphaned")]
        Orphaned,
    }
    impl ::std::fmt::Display for VirtualMachineStateEnum {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Stopped => f.write_str("stopped"),
                Self::Failed => f.write_str("failed"),
                Self::Started => f.write_str("started"),
                Self::Starting => f.write_str("starting"),
                Self::Allocated => f.write_str("allocated"),
                Self::Allocating => f.write_str("allocating"),
                Self::Resetting => f.write_str("resetting"),
                Self::Migrating => f.write_str("migrating"),
                Self::Stopping => f.write_str("stopping"),
                Self::ShuttingDown => f.write_str("shutting_down"),
                Self::Transferring => f.write_str("transferring"),
                Self::Orphaned => f.write_str("orphaned"),
            }
        }
    }
    impl ::std::str::FromStr for VirtualMachineStateEnum {
        type Err = self::error::ConversionError;
        fn from_str(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "stopped" => Ok(Self::Stopped),
                "failed" => Ok(Self::Failed),
                "started" => Ok(Self::Started),
                "starting" => Ok(Self::Starting),
                "allocated" => Ok(Self::Allocated),
                "allocating" => Ok(Self::Allocating),
                "resetting" => Ok(Self::Resetting),
                "migrating" => Ok(Self::Migrating),
                "stopping" => Ok(Self::Stopping),
                "shutting_down" => Ok(Self::ShuttingDown),
                "transferring" => Ok(Self::Transferring),
                "orphaned" => Ok(Self::Orphaned),
                _ => Err("invalid value".into()),
            }
        }
    }
    impl ::std::convert::TryFrom<&str> for VirtualMachineStateEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for VirtualMachineStateEnum {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    ///A virtual machine as an organisation's list shows it.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineSummary {
        ///When it was created (Unix seconds).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub created_at: ::std::option::Option<i64>,
        ///The machine's fully qualified domain name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub fqdn: ::std::option::Option<::std::string::String>,
        ///The kind of GPU it has (null when none).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub gpu_type: ::std::option::Option<VirtualMachineSummaryGpuType>,
        ///The machine's hostname.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hostname: ::std::option::Option<::std::string::String>,
        ///The hypervisor it runs on.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub hypervisor: ::std::option::Option<VirtualMachineSummaryHypervisor>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The addresses allocated to it.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub ip_addresses: ::std::vec::Vec<VirtualMachineSummaryIpAddress>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The package it was built from.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub package: ::std::option::Option<VirtualMachineSummaryPackage>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub zone: ::std::option::Option<Zone>,
    }
    impl VirtualMachineSummary {
        pub fn builder() -> builder::VirtualMachineSummary {
            Default::default()
        }
    }
    ///The kind of GPU a machine has, as listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineSummaryGpuType {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachineSummaryGpuType {
        pub fn builder() -> builder::VirtualMachineSummaryGpuType {
            Default::default()
        }
    }
    ///The hypervisor a machine runs on, as listed.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineSummaryHypervisor {
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachineSummaryHypervisor {
        pub fn builder() -> builder::VirtualMachineSummaryHypervisor {
            Default::default()
        }
    }
    ///An address of a machine, as listed: the address alone.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineSummaryIpAddress {
        ///The address, e.g. `185.22.208.10`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub address: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachineSummaryIpAddress {
        pub fn builder() -> builder::VirtualMachineSummaryIpAddress {
            Default::default()
        }
    }
    ///The package a machine was built from, as listed: its name.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct VirtualMachineSummaryPackage {
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }
    impl VirtualMachineSummaryPackage {
        pub fn builder() -> builder::VirtualMachineSummaryPackage {
            Default::default()
        }
    }
    ///A zone: a part of a data centre that machines run in.
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Zone {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_center: ::std::option::Option<DataCenter>,
        ///Its ID.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///Its name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///Its permalink: a short, stable name used in lookups.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl Zone {
        pub fn builder() -> builder::Zone {
            Default::default()
        }
    }
    /**A zone, identified by exactly one of its keys. The zone to find.

 All 'zone[]' params are mutually exclusive, only one can be provided.*/
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        PartialEq,
        schemars::JsonSchema
    )]
    pub enum ZoneLookup {
        ///The zone with this id.
        #[serde(rename = "id")]
        Id(ZoneLookupId),
        ///The zone with this permalink.
        #[serde(rename = "permalink")]
        Permalink(ZoneLookupPermalink),
    }
    impl ::std::convert::From<ZoneLookupId> for ZoneLookup {
        fn from(value: ZoneLookupId) -> Self {
            Self::Id(value)
        }
    }
    impl ::std::convert::From<ZoneLookupPermalink> for ZoneLookup {
        fn from(value: ZoneLookupPermalink) -> Self {
            Self::Permalink(value)
        }
    }
    ///The zone's id.
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
    pub struct ZoneLookupId(::std::string::String);
    impl ::std::ops::Deref for ZoneLookupId {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ZoneLookupId> for ::std::string::String {
        fn from(value: ZoneLookupId) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ZoneLookupId {
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
    impl ::std::convert::TryFrom<&str> for ZoneLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ZoneLookupId {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ZoneLookupId {
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
    ///The zone's permalink.
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
    pub struct ZoneLookupPermalink(::std::string::String);
    impl ::std::ops::Deref for ZoneLookupPermalink {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }
    impl ::std::convert::From<ZoneLookupPermalink> for ::std::string::String {
        fn from(value: ZoneLookupPermalink) -> Self {
            value.0
        }
    }
    impl ::std::str::FromStr for ZoneLookupPermalink {
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
    impl ::std::convert::TryFrom<&str> for ZoneLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: &str,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl ::std::convert::TryFrom<::std::string::String> for ZoneLookupPermalink {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }
    impl<'de> ::serde::Deserialize<'de> for ZoneLookupPermalink {
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
    ///Zones (from the vendor's document).
    #[derive(
        ::serde::Deserialize,
        ::serde::Serialize,
        Clone,
        Debug,
        Default,
        PartialEq,
        schemars::JsonSchema
    )]
    pub struct Zones {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data_center: ::std::option::Option<GetZonesPartDataCenter>,
        ///The id.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::std::string::String>,
        ///The name.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        ///The permalink.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub permalink: ::std::option::Option<::std::string::String>,
    }
    impl Zones {
        pub fn builder() -> builder::Zones {
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
        pub struct AllocateIpAddressToInterfaceRequest {
            ip_address: ::std::result::Result<
                super::IpAddressLookup,
                ::std::string::String,
            >,
            virtual_machine_network_interface: ::std::result::Result<
                super::VirtualMachineNetworkInterfaceLookup,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllocateIpAddressToInterfaceRequest {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                    virtual_machine_network_interface: Err(
                        "no value supplied for virtual_machine_network_interface"
                            .to_string(),
                    ),
                }
            }
        }
        impl AllocateIpAddressToInterfaceRequest {
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
            pub fn virtual_machine_network_interface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VirtualMachineNetworkInterfaceLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine_network_interface = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine_network_interface: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllocateIpAddressToInterfaceRequest>
        for super::AllocateIpAddressToInterfaceRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateIpAddressToInterfaceRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                    virtual_machine_network_interface: value
                        .virtual_machine_network_interface?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateIpAddressToInterfaceRequest>
        for AllocateIpAddressToInterfaceRequest {
            fn from(value: super::AllocateIpAddressToInterfaceRequest) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                    virtual_machine_network_interface: Ok(
                        value.virtual_machine_network_interface,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllocateIpAddressToInterfaceResponse {
            virtual_machine_network_interface: ::std::result::Result<
                super::AllocatedNetworkInterface,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllocateIpAddressToInterfaceResponse {
            fn default() -> Self {
                Self {
                    virtual_machine_network_interface: Err(
                        "no value supplied for virtual_machine_network_interface"
                            .to_string(),
                    ),
                }
            }
        }
        impl AllocateIpAddressToInterfaceResponse {
            pub fn virtual_machine_network_interface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AllocatedNetworkInterface>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine_network_interface = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine_network_interface: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllocateIpAddressToInterfaceResponse>
        for super::AllocateIpAddressToInterfaceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateIpAddressToInterfaceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    virtual_machine_network_interface: value
                        .virtual_machine_network_interface?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateIpAddressToInterfaceResponse>
        for AllocateIpAddressToInterfaceResponse {
            fn from(value: super::AllocateIpAddressToInterfaceResponse) -> Self {
                Self {
                    virtual_machine_network_interface: Ok(
                        value.virtual_machine_network_interface,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllocateNewIpAddressRequest {
            address_version: ::std::result::Result<
                super::IpAddressVersionEnum,
                ::std::string::String,
            >,
            virtual_machine_network_interface: ::std::result::Result<
                super::VirtualMachineNetworkInterfaceLookup,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllocateNewIpAddressRequest {
            fn default() -> Self {
                Self {
                    address_version: Err(
                        "no value supplied for address_version".to_string(),
                    ),
                    virtual_machine_network_interface: Err(
                        "no value supplied for virtual_machine_network_interface"
                            .to_string(),
                    ),
                }
            }
        }
        impl AllocateNewIpAddressRequest {
            pub fn address_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IpAddressVersionEnum>,
                T::Error: ::std::fmt::Display,
            {
                self.address_version = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for address_version: {e}"
                        )
                    });
                self
            }
            pub fn virtual_machine_network_interface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VirtualMachineNetworkInterfaceLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine_network_interface = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine_network_interface: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<AllocateNewIpAddressRequest>
        for super::AllocateNewIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateNewIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address_version: value.address_version?,
                    virtual_machine_network_interface: value
                        .virtual_machine_network_interface?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateNewIpAddressRequest>
        for AllocateNewIpAddressRequest {
            fn from(value: super::AllocateNewIpAddressRequest) -> Self {
                Self {
                    address_version: Ok(value.address_version),
                    virtual_machine_network_interface: Ok(
                        value.virtual_machine_network_interface,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllocateNewIpAddressResponse {
            ip_address: ::std::result::Result<super::IpAddress, ::std::string::String>,
        }
        impl ::std::default::Default for AllocateNewIpAddressResponse {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl AllocateNewIpAddressResponse {
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
        impl ::std::convert::TryFrom<AllocateNewIpAddressResponse>
        for super::AllocateNewIpAddressResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocateNewIpAddressResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::AllocateNewIpAddressResponse>
        for AllocateNewIpAddressResponse {
            fn from(value: super::AllocateNewIpAddressResponse) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct AllocatedNetworkInterface {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::InterfaceIpAddress>,
                ::std::string::String,
            >,
            mac_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            virtual_machine: ::std::result::Result<
                ::std::option::Option<super::InterfaceVirtualMachine>,
                ::std::string::String,
            >,
            virtual_network: ::std::result::Result<
                ::std::option::Option<super::InterfaceVirtualNetwork>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for AllocatedNetworkInterface {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    mac_address: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network: Ok(Default::default()),
                    state: Ok(Default::default()),
                    virtual_machine: Ok(Default::default()),
                    virtual_network: Ok(Default::default()),
                }
            }
        }
        impl AllocatedNetworkInterface {
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
            pub fn mac_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mac_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mac_address: {e}")
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
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn virtual_machine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InterfaceVirtualMachine>,
                >,
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
        impl ::std::convert::TryFrom<AllocatedNetworkInterface>
        for super::AllocatedNetworkInterface {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AllocatedNetworkInterface,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    ip_addresses: value.ip_addresses?,
                    mac_address: value.mac_address?,
                    name: value.name?,
                    network: value.network?,
                    state: value.state?,
                    virtual_machine: value.virtual_machine?,
                    virtual_network: value.virtual_network?,
                })
            }
        }
        impl ::std::convert::From<super::AllocatedNetworkInterface>
        for AllocatedNetworkInterface {
            fn from(value: super::AllocatedNetworkInterface) -> Self {
                Self {
                    id: Ok(value.id),
                    ip_addresses: Ok(value.ip_addresses),
                    mac_address: Ok(value.mac_address),
                    name: Ok(value.name),
                    network: Ok(value.network),
                    state: Ok(value.state),
                    virtual_machine: Ok(value.virtual_machine),
                    virtual_network: Ok(value.virtual_network),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Allocation {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Allocation {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Allocation {
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
        impl ::std::convert::TryFrom<Allocation> for super::Allocation {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Allocation,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Allocation> for Allocation {
            fn from(value: super::Allocation) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
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
        pub struct Attachment {
            digest: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            file_size: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            file_type: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            token: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            url: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Attachment {
            fn default() -> Self {
                Self {
                    digest: Ok(Default::default()),
                    file_name: Ok(Default::default()),
                    file_size: Ok(Default::default()),
                    file_type: Ok(Default::default()),
                    token: Ok(Default::default()),
                    url: Ok(Default::default()),
                }
            }
        }
        impl Attachment {
            pub fn digest<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.digest = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for digest: {e}")
                    });
                self
            }
            pub fn file_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_name: {e}")
                    });
                self
            }
            pub fn file_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_size = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_size: {e}")
                    });
                self
            }
            pub fn file_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.file_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for file_type: {e}")
                    });
                self
            }
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for token: {e}")
                    });
                self
            }
            pub fn url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.url = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for url: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Attachment> for super::Attachment {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Attachment,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    digest: value.digest?,
                    file_name: value.file_name?,
                    file_size: value.file_size?,
                    file_type: value.file_type?,
                    token: value.token?,
                    url: value.url?,
                })
            }
        }
        impl ::std::convert::From<super::Attachment> for Attachment {
            fn from(value: super::Attachment) -> Self {
                Self {
                    digest: Ok(value.digest),
                    file_name: Ok(value.file_name),
                    file_size: Ok(value.file_size),
                    file_type: Ok(value.file_type),
                    token: Ok(value.token),
                    url: Ok(value.url),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Countries {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Countries {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Countries {
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
        impl ::std::convert::TryFrom<Countries> for super::Countries {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Countries,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Countries> for Countries {
            fn from(value: super::Countries) -> Self {
                Self {
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
        pub struct CountryState {
            code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
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
        }
        impl ::std::default::Default for CountryState {
            fn default() -> Self {
                Self {
                    code: Ok(Default::default()),
                    country: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CountryState {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for code: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<CountryState> for super::CountryState {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CountryState,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    country: value.country?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CountryState> for CountryState {
            fn from(value: super::CountryState) -> Self {
                Self {
                    code: Ok(value.code),
                    country: Ok(value.country),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CountryStates {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CountryStates {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl CountryStates {
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
        impl ::std::convert::TryFrom<CountryStates> for super::CountryStates {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CountryStates,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::CountryStates> for CountryStates {
            fn from(value: super::CountryStates) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIpAddressRequest {
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            network: ::std::result::Result<super::NetworkLookup, ::std::string::String>,
            organization: ::std::result::Result<
                super::OrganizationLookup,
                ::std::string::String,
            >,
            version: ::std::result::Result<
                super::IpAddressVersionEnum,
                ::std::string::String,
            >,
            vip: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for CreateIpAddressRequest {
            fn default() -> Self {
                Self {
                    label: Ok(Default::default()),
                    network: Err("no value supplied for network".to_string()),
                    organization: Err("no value supplied for organization".to_string()),
                    version: Err("no value supplied for version".to_string()),
                    vip: Ok(Default::default()),
                }
            }
        }
        impl CreateIpAddressRequest {
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
                T: ::std::convert::TryInto<super::NetworkLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.network = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for network: {e}")
                    });
                self
            }
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OrganizationLookup>,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IpAddressVersionEnum>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for version: {e}")
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
        impl ::std::convert::TryFrom<CreateIpAddressRequest>
        for super::CreateIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    label: value.label?,
                    network: value.network?,
                    organization: value.organization?,
                    version: value.version?,
                    vip: value.vip?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAddressRequest>
        for CreateIpAddressRequest {
            fn from(value: super::CreateIpAddressRequest) -> Self {
                Self {
                    label: Ok(value.label),
                    network: Ok(value.network),
                    organization: Ok(value.organization),
                    version: Ok(value.version),
                    vip: Ok(value.vip),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct CreateIpAddressResponse {
            ip_address: ::std::result::Result<super::IpAddress, ::std::string::String>,
        }
        impl ::std::default::Default for CreateIpAddressResponse {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl CreateIpAddressResponse {
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
        impl ::std::convert::TryFrom<CreateIpAddressResponse>
        for super::CreateIpAddressResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateIpAddressResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::CreateIpAddressResponse>
        for CreateIpAddressResponse {
            fn from(value: super::CreateIpAddressResponse) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Currencies {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Currencies {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Currencies {
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
        impl ::std::convert::TryFrom<Currencies> for super::Currencies {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Currencies,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Currencies> for Currencies {
            fn from(value: super::Currencies) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Currency {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            iso_code: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            symbol: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Currency {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    iso_code: Ok(Default::default()),
                    name: Ok(Default::default()),
                    symbol: Ok(Default::default()),
                }
            }
        }
        impl Currency {
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
            pub fn iso_code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.iso_code = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for iso_code: {e}")
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
            pub fn symbol<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.symbol = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for symbol: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Currency> for super::Currency {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Currency,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    iso_code: value.iso_code?,
                    name: value.name?,
                    symbol: value.symbol?,
                })
            }
        }
        impl ::std::convert::From<super::Currency> for Currency {
            fn from(value: super::Currency) -> Self {
                Self {
                    id: Ok(value.id),
                    iso_code: Ok(value.iso_code),
                    name: Ok(value.name),
                    symbol: Ok(value.symbol),
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
        pub struct DataCenters {
            country: ::std::result::Result<
                ::std::option::Option<super::GetDataCentersPartCountry>,
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
        impl ::std::default::Default for DataCenters {
            fn default() -> Self {
                Self {
                    country: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl DataCenters {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetDataCentersPartCountry>,
                >,
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
        impl ::std::convert::TryFrom<DataCenters> for super::DataCenters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DataCenters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country: value.country?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::DataCenters> for DataCenters {
            fn from(value: super::DataCenters) -> Self {
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
        pub struct GetCountryResponse {
            country: ::std::result::Result<super::Country, ::std::string::String>,
        }
        impl ::std::default::Default for GetCountryResponse {
            fn default() -> Self {
                Self {
                    country: Err("no value supplied for country".to_string()),
                }
            }
        }
        impl GetCountryResponse {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Country>,
                T::Error: ::std::fmt::Display,
            {
                self.country = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetCountryResponse> for super::GetCountryResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCountryResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { country: value.country? })
            }
        }
        impl ::std::convert::From<super::GetCountryResponse> for GetCountryResponse {
            fn from(value: super::GetCountryResponse) -> Self {
                Self { country: Ok(value.country) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCountryStateResponse {
            country_state: ::std::result::Result<
                super::CountryState,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetCountryStateResponse {
            fn default() -> Self {
                Self {
                    country_state: Err("no value supplied for country_state".to_string()),
                }
            }
        }
        impl GetCountryStateResponse {
            pub fn country_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CountryState>,
                T::Error: ::std::fmt::Display,
            {
                self.country_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_state: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetCountryStateResponse>
        for super::GetCountryStateResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCountryStateResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country_state: value.country_state?,
                })
            }
        }
        impl ::std::convert::From<super::GetCountryStateResponse>
        for GetCountryStateResponse {
            fn from(value: super::GetCountryStateResponse) -> Self {
                Self {
                    country_state: Ok(value.country_state),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetCurrencyResponse {
            currency: ::std::result::Result<super::Currency, ::std::string::String>,
        }
        impl ::std::default::Default for GetCurrencyResponse {
            fn default() -> Self {
                Self {
                    currency: Err("no value supplied for currency".to_string()),
                }
            }
        }
        impl GetCurrencyResponse {
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Currency>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetCurrencyResponse>
        for super::GetCurrencyResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetCurrencyResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { currency: value.currency? })
            }
        }
        impl ::std::convert::From<super::GetCurrencyResponse> for GetCurrencyResponse {
            fn from(value: super::GetCurrencyResponse) -> Self {
                Self {
                    currency: Ok(value.currency),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCenter200ResponseDataCenter {
            country: ::std::result::Result<
                ::std::option::Option<super::GetDataCenterPartCountry>,
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
        impl ::std::default::Default for GetDataCenter200ResponseDataCenter {
            fn default() -> Self {
                Self {
                    country: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetDataCenter200ResponseDataCenter {
            pub fn country<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetDataCenterPartCountry>,
                >,
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
        impl ::std::convert::TryFrom<GetDataCenter200ResponseDataCenter>
        for super::GetDataCenter200ResponseDataCenter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenter200ResponseDataCenter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country: value.country?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCenter200ResponseDataCenter>
        for GetDataCenter200ResponseDataCenter {
            fn from(value: super::GetDataCenter200ResponseDataCenter) -> Self {
                Self {
                    country: Ok(value.country),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCenterDefaultNetwork200ResponseNetwork {
            data_center: ::std::result::Result<
                ::std::option::Option<super::GetDataCenterDefaultNetworkPartDataCenter>,
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
        impl ::std::default::Default for GetDataCenterDefaultNetwork200ResponseNetwork {
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
        impl GetDataCenterDefaultNetwork200ResponseNetwork {
            pub fn data_center<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<
                        super::GetDataCenterDefaultNetworkPartDataCenter,
                    >,
                >,
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
        impl ::std::convert::TryFrom<GetDataCenterDefaultNetwork200ResponseNetwork>
        for super::GetDataCenterDefaultNetwork200ResponseNetwork {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenterDefaultNetwork200ResponseNetwork,
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
        impl ::std::convert::From<super::GetDataCenterDefaultNetwork200ResponseNetwork>
        for GetDataCenterDefaultNetwork200ResponseNetwork {
            fn from(
                value: super::GetDataCenterDefaultNetwork200ResponseNetwork,
            ) -> Self {
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
        pub struct GetDataCenterDefaultNetworkPartDataCenter {
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
        impl ::std::default::Default for GetDataCenterDefaultNetworkPartDataCenter {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetDataCenterDefaultNetworkPartDataCenter {
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
        impl ::std::convert::TryFrom<GetDataCenterDefaultNetworkPartDataCenter>
        for super::GetDataCenterDefaultNetworkPartDataCenter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenterDefaultNetworkPartDataCenter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCenterDefaultNetworkPartDataCenter>
        for GetDataCenterDefaultNetworkPartDataCenter {
            fn from(value: super::GetDataCenterDefaultNetworkPartDataCenter) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCenterGpuTypes200ResponseGpuTypes {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_type: ::std::result::Result<
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
        impl ::std::default::Default for GetDataCenterGpuTypes200ResponseGpuTypes {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    manufacturer: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    memory_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetDataCenterGpuTypes200ResponseGpuTypes {
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
            pub fn manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manufacturer: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn memory_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_type: {e}")
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
        impl ::std::convert::TryFrom<GetDataCenterGpuTypes200ResponseGpuTypes>
        for super::GetDataCenterGpuTypes200ResponseGpuTypes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenterGpuTypes200ResponseGpuTypes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    manufacturer: value.manufacturer?,
                    memory_in_gb: value.memory_in_gb?,
                    memory_type: value.memory_type?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCenterGpuTypes200ResponseGpuTypes>
        for GetDataCenterGpuTypes200ResponseGpuTypes {
            fn from(value: super::GetDataCenterGpuTypes200ResponseGpuTypes) -> Self {
                Self {
                    id: Ok(value.id),
                    manufacturer: Ok(value.manufacturer),
                    memory_in_gb: Ok(value.memory_in_gb),
                    memory_type: Ok(value.memory_type),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCenterPartCountry {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetDataCenterPartCountry {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl GetDataCenterPartCountry {
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
        impl ::std::convert::TryFrom<GetDataCenterPartCountry>
        for super::GetDataCenterPartCountry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenterPartCountry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCenterPartCountry>
        for GetDataCenterPartCountry {
            fn from(value: super::GetDataCenterPartCountry) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCenterResponse {
            data_center: ::std::result::Result<
                super::GetDataCenter200ResponseDataCenter,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetDataCenterResponse {
            fn default() -> Self {
                Self {
                    data_center: Err("no value supplied for data_center".to_string()),
                }
            }
        }
        impl GetDataCenterResponse {
            pub fn data_center<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetDataCenter200ResponseDataCenter>,
                T::Error: ::std::fmt::Display,
            {
                self.data_center = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_center: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetDataCenterResponse>
        for super::GetDataCenterResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCenterResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_center: value.data_center?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCenterResponse>
        for GetDataCenterResponse {
            fn from(value: super::GetDataCenterResponse) -> Self {
                Self {
                    data_center: Ok(value.data_center),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDataCentersPartCountry {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetDataCentersPartCountry {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl GetDataCentersPartCountry {
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
        impl ::std::convert::TryFrom<GetDataCentersPartCountry>
        for super::GetDataCentersPartCountry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDataCentersPartCountry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::GetDataCentersPartCountry>
        for GetDataCentersPartCountry {
            fn from(value: super::GetDataCentersPartCountry) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetDefaultNetworkOfDataCenterResponse {
            network: ::std::result::Result<
                super::GetDataCenterDefaultNetwork200ResponseNetwork,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetDefaultNetworkOfDataCenterResponse {
            fn default() -> Self {
                Self {
                    network: Err("no value supplied for network".to_string()),
                }
            }
        }
        impl GetDefaultNetworkOfDataCenterResponse {
            pub fn network<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    super::GetDataCenterDefaultNetwork200ResponseNetwork,
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
        }
        impl ::std::convert::TryFrom<GetDefaultNetworkOfDataCenterResponse>
        for super::GetDefaultNetworkOfDataCenterResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetDefaultNetworkOfDataCenterResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { network: value.network? })
            }
        }
        impl ::std::convert::From<super::GetDefaultNetworkOfDataCenterResponse>
        for GetDefaultNetworkOfDataCenterResponse {
            fn from(value: super::GetDefaultNetworkOfDataCenterResponse) -> Self {
                Self { network: Ok(value.network) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetGpuType200ResponseGpuType {
            data_centers: ::std::result::Result<
                ::std::vec::Vec<::std::option::Option<super::GetGpuTypePartDataCenters>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_type: ::std::result::Result<
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
        impl ::std::default::Default for GetGpuType200ResponseGpuType {
            fn default() -> Self {
                Self {
                    data_centers: Ok(Default::default()),
                    id: Ok(Default::default()),
                    manufacturer: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    memory_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetGpuType200ResponseGpuType {
            pub fn data_centers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::std::option::Option<super::GetGpuTypePartDataCenters>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_centers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_centers: {e}")
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
            pub fn manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manufacturer: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn memory_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_type: {e}")
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
        impl ::std::convert::TryFrom<GetGpuType200ResponseGpuType>
        for super::GetGpuType200ResponseGpuType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetGpuType200ResponseGpuType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_centers: value.data_centers?,
                    id: value.id?,
                    manufacturer: value.manufacturer?,
                    memory_in_gb: value.memory_in_gb?,
                    memory_type: value.memory_type?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetGpuType200ResponseGpuType>
        for GetGpuType200ResponseGpuType {
            fn from(value: super::GetGpuType200ResponseGpuType) -> Self {
                Self {
                    data_centers: Ok(value.data_centers),
                    id: Ok(value.id),
                    manufacturer: Ok(value.manufacturer),
                    memory_in_gb: Ok(value.memory_in_gb),
                    memory_type: Ok(value.memory_type),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetGpuTypePartDataCenters {
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
        impl ::std::default::Default for GetGpuTypePartDataCenters {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetGpuTypePartDataCenters {
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
        impl ::std::convert::TryFrom<GetGpuTypePartDataCenters>
        for super::GetGpuTypePartDataCenters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetGpuTypePartDataCenters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetGpuTypePartDataCenters>
        for GetGpuTypePartDataCenters {
            fn from(value: super::GetGpuTypePartDataCenters) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetGpuTypeResponse {
            gpu_type: ::std::result::Result<
                super::GetGpuType200ResponseGpuType,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetGpuTypeResponse {
            fn default() -> Self {
                Self {
                    gpu_type: Err("no value supplied for gpu_type".to_string()),
                }
            }
        }
        impl GetGpuTypeResponse {
            pub fn gpu_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GetGpuType200ResponseGpuType>,
                T::Error: ::std::fmt::Display,
            {
                self.gpu_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpu_type: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetGpuTypeResponse> for super::GetGpuTypeResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetGpuTypeResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { gpu_type: value.gpu_type? })
            }
        }
        impl ::std::convert::From<super::GetGpuTypeResponse> for GetGpuTypeResponse {
            fn from(value: super::GetGpuTypeResponse) -> Self {
                Self {
                    gpu_type: Ok(value.gpu_type),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetGpuTypesPartDataCenters {
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
        impl ::std::default::Default for GetGpuTypesPartDataCenters {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetGpuTypesPartDataCenters {
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
        impl ::std::convert::TryFrom<GetGpuTypesPartDataCenters>
        for super::GetGpuTypesPartDataCenters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetGpuTypesPartDataCenters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetGpuTypesPartDataCenters>
        for GetGpuTypesPartDataCenters {
            fn from(value: super::GetGpuTypesPartDataCenters) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetIpAddressResponse {
            allocation: ::std::result::Result<
                ::std::option::Option<super::Allocation>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<super::IpAddress, ::std::string::String>,
        }
        impl ::std::default::Default for GetIpAddressResponse {
            fn default() -> Self {
                Self {
                    allocation: Err("no value supplied for allocation".to_string()),
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl GetIpAddressResponse {
            pub fn allocation<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Allocation>>,
                T::Error: ::std::fmt::Display,
            {
                self.allocation = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for allocation: {e}")
                    });
                self
            }
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
        impl ::std::convert::TryFrom<GetIpAddressResponse>
        for super::GetIpAddressResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetIpAddressResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allocation: value.allocation?,
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::GetIpAddressResponse> for GetIpAddressResponse {
            fn from(value: super::GetIpAddressResponse) -> Self {
                Self {
                    allocation: Ok(value.allocation),
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetNetworkInterfaceResponse {
            virtual_machine_network_interface: ::std::result::Result<
                super::NetworkInterfaceDetail,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetNetworkInterfaceResponse {
            fn default() -> Self {
                Self {
                    virtual_machine_network_interface: Err(
                        "no value supplied for virtual_machine_network_interface"
                            .to_string(),
                    ),
                }
            }
        }
        impl GetNetworkInterfaceResponse {
            pub fn virtual_machine_network_interface<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NetworkInterfaceDetail>,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machine_network_interface = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machine_network_interface: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetNetworkInterfaceResponse>
        for super::GetNetworkInterfaceResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetNetworkInterfaceResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    virtual_machine_network_interface: value
                        .virtual_machine_network_interface?,
                })
            }
        }
        impl ::std::convert::From<super::GetNetworkInterfaceResponse>
        for GetNetworkInterfaceResponse {
            fn from(value: super::GetNetworkInterfaceResponse) -> Self {
                Self {
                    virtual_machine_network_interface: Ok(
                        value.virtual_machine_network_interface,
                    ),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetOperatingSystemResponse {
            operating_system: ::std::result::Result<
                super::OperatingSystem,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetOperatingSystemResponse {
            fn default() -> Self {
                Self {
                    operating_system: Err(
                        "no value supplied for operating_system".to_string(),
                    ),
                }
            }
        }
        impl GetOperatingSystemResponse {
            pub fn operating_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::OperatingSystem>,
                T::Error: ::std::fmt::Display,
            {
                self.operating_system = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operating_system: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetOperatingSystemResponse>
        for super::GetOperatingSystemResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetOperatingSystemResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    operating_system: value.operating_system?,
                })
            }
        }
        impl ::std::convert::From<super::GetOperatingSystemResponse>
        for GetOperatingSystemResponse {
            fn from(value: super::GetOperatingSystemResponse) -> Self {
                Self {
                    operating_system: Ok(value.operating_system),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetVirtualMachineResponse {
            annotations: ::std::result::Result<
                ::std::vec::Vec<super::KeyValue>,
                ::std::string::String,
            >,
            virtual_machine: ::std::result::Result<
                super::VirtualMachine,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for GetVirtualMachineResponse {
            fn default() -> Self {
                Self {
                    annotations: Err("no value supplied for annotations".to_string()),
                    virtual_machine: Err(
                        "no value supplied for virtual_machine".to_string(),
                    ),
                }
            }
        }
        impl GetVirtualMachineResponse {
            pub fn annotations<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::KeyValue>>,
                T::Error: ::std::fmt::Display,
            {
                self.annotations = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for annotations: {e}")
                    });
                self
            }
            pub fn virtual_machine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::VirtualMachine>,
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
        impl ::std::convert::TryFrom<GetVirtualMachineResponse>
        for super::GetVirtualMachineResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetVirtualMachineResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    annotations: value.annotations?,
                    virtual_machine: value.virtual_machine?,
                })
            }
        }
        impl ::std::convert::From<super::GetVirtualMachineResponse>
        for GetVirtualMachineResponse {
            fn from(value: super::GetVirtualMachineResponse) -> Self {
                Self {
                    annotations: Ok(value.annotations),
                    virtual_machine: Ok(value.virtual_machine),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetZoneResponse {
            zone: ::std::result::Result<super::Zone, ::std::string::String>,
        }
        impl ::std::default::Default for GetZoneResponse {
            fn default() -> Self {
                Self {
                    zone: Err("no value supplied for zone".to_string()),
                }
            }
        }
        impl GetZoneResponse {
            pub fn zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Zone>,
                T::Error: ::std::fmt::Display,
            {
                self.zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<GetZoneResponse> for super::GetZoneResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetZoneResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { zone: value.zone? })
            }
        }
        impl ::std::convert::From<super::GetZoneResponse> for GetZoneResponse {
            fn from(value: super::GetZoneResponse) -> Self {
                Self { zone: Ok(value.zone) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GetZonesPartDataCenter {
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
        impl ::std::default::Default for GetZonesPartDataCenter {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GetZonesPartDataCenter {
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
        impl ::std::convert::TryFrom<GetZonesPartDataCenter>
        for super::GetZonesPartDataCenter {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GetZonesPartDataCenter,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GetZonesPartDataCenter>
        for GetZonesPartDataCenter {
            fn from(value: super::GetZonesPartDataCenter) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GpuType {
            data_centers: ::std::result::Result<
                ::std::vec::Vec<::std::option::Option<super::DataCenter>>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_type: ::std::result::Result<
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
        impl ::std::default::Default for GpuType {
            fn default() -> Self {
                Self {
                    data_centers: Ok(Default::default()),
                    id: Ok(Default::default()),
                    manufacturer: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    memory_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GpuType {
            pub fn data_centers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<::std::option::Option<super::DataCenter>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_centers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_centers: {e}")
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
            pub fn manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manufacturer: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn memory_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_type: {e}")
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
        impl ::std::convert::TryFrom<GpuType> for super::GpuType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GpuType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_centers: value.data_centers?,
                    id: value.id?,
                    manufacturer: value.manufacturer?,
                    memory_in_gb: value.memory_in_gb?,
                    memory_type: value.memory_type?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GpuType> for GpuType {
            fn from(value: super::GpuType) -> Self {
                Self {
                    data_centers: Ok(value.data_centers),
                    id: Ok(value.id),
                    manufacturer: Ok(value.manufacturer),
                    memory_in_gb: Ok(value.memory_in_gb),
                    memory_type: Ok(value.memory_type),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct GpuTypes {
            data_centers: ::std::result::Result<
                ::std::vec::Vec<
                    ::std::option::Option<super::GetGpuTypesPartDataCenters>,
                >,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_type: ::std::result::Result<
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
        impl ::std::default::Default for GpuTypes {
            fn default() -> Self {
                Self {
                    data_centers: Ok(Default::default()),
                    id: Ok(Default::default()),
                    manufacturer: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    memory_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl GpuTypes {
            pub fn data_centers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<
                        ::std::option::Option<super::GetGpuTypesPartDataCenters>,
                    >,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_centers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_centers: {e}")
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
            pub fn manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manufacturer: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn memory_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_type: {e}")
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
        impl ::std::convert::TryFrom<GpuTypes> for super::GpuTypes {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GpuTypes,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_centers: value.data_centers?,
                    id: value.id?,
                    manufacturer: value.manufacturer?,
                    memory_in_gb: value.memory_in_gb?,
                    memory_type: value.memory_type?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::GpuTypes> for GpuTypes {
            fn from(value: super::GpuTypes) -> Self {
                Self {
                    data_centers: Ok(value.data_centers),
                    id: Ok(value.id),
                    manufacturer: Ok(value.manufacturer),
                    memory_in_gb: Ok(value.memory_in_gb),
                    memory_type: Ok(value.memory_type),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Hypervisor {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Hypervisor {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    ip_address: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Hypervisor {
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
        impl ::std::convert::TryFrom<Hypervisor> for super::Hypervisor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Hypervisor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    ip_address: value.ip_address?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Hypervisor> for Hypervisor {
            fn from(value: super::Hypervisor) -> Self {
                Self {
                    id: Ok(value.id),
                    ip_address: Ok(value.ip_address),
                    name: Ok(value.name),
                }
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
        pub struct InterfaceSpeedProfile {
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
        impl ::std::default::Default for InterfaceSpeedProfile {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl InterfaceSpeedProfile {
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
        impl ::std::convert::TryFrom<InterfaceSpeedProfile>
        for super::InterfaceSpeedProfile {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InterfaceSpeedProfile,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::InterfaceSpeedProfile>
        for InterfaceSpeedProfile {
            fn from(value: super::InterfaceSpeedProfile) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct InterfaceVirtualMachine {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for InterfaceVirtualMachine {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl InterfaceVirtualMachine {
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
        impl ::std::convert::TryFrom<InterfaceVirtualMachine>
        for super::InterfaceVirtualMachine {
            type Error = super::error::ConversionError;
            fn try_from(
                value: InterfaceVirtualMachine,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::InterfaceVirtualMachine>
        for InterfaceVirtualMachine {
            fn from(value: super::InterfaceVirtualMachine) -> Self {
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
        pub struct IpAddressSummary {
            address: ::std::result::Result<
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
            reverse_dns: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            vip: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for IpAddressSummary {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                    allocation_id: Ok(Default::default()),
                    allocation_type: Ok(Default::default()),
                    id: Ok(Default::default()),
                    reverse_dns: Ok(Default::default()),
                    vip: Ok(Default::default()),
                }
            }
        }
        impl IpAddressSummary {
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
        impl ::std::convert::TryFrom<IpAddressSummary> for super::IpAddressSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpAddressSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    allocation_id: value.allocation_id?,
                    allocation_type: value.allocation_type?,
                    id: value.id?,
                    reverse_dns: value.reverse_dns?,
                    vip: value.vip?,
                })
            }
        }
        impl ::std::convert::From<super::IpAddressSummary> for IpAddressSummary {
            fn from(value: super::IpAddressSummary) -> Self {
                Self {
                    address: Ok(value.address),
                    allocation_id: Ok(value.allocation_id),
                    allocation_type: Ok(value.allocation_type),
                    id: Ok(value.id),
                    reverse_dns: Ok(value.reverse_dns),
                    vip: Ok(value.vip),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Iso {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            operating_system: ::std::result::Result<
                ::std::option::Option<super::OperatingSystem>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Iso {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    operating_system: Ok(Default::default()),
                }
            }
        }
        impl Iso {
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
            pub fn operating_system<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::OperatingSystem>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.operating_system = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operating_system: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Iso> for super::Iso {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Iso,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    operating_system: value.operating_system?,
                })
            }
        }
        impl ::std::convert::From<super::Iso> for Iso {
            fn from(value: super::Iso) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    operating_system: Ok(value.operating_system),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct KeyValue {
            key: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for KeyValue {
            fn default() -> Self {
                Self {
                    key: Err("no value supplied for key".to_string()),
                    value: Ok(Default::default()),
                }
            }
        }
        impl KeyValue {
            pub fn key<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.key = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for key: {e}")
                    });
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for value: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<KeyValue> for super::KeyValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: KeyValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    key: value.key?,
                    value: value.value?,
                })
            }
        }
        impl ::std::convert::From<super::KeyValue> for KeyValue {
            fn from(value: super::KeyValue) -> Self {
                Self {
                    key: Ok(value.key),
                    value: Ok(value.value),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListAvailableIpAddressesResponse {
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::IpAddress>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListAvailableIpAddressesResponse {
            fn default() -> Self {
                Self {
                    ip_addresses: Err("no value supplied for ip_addresses".to_string()),
                }
            }
        }
        impl ListAvailableIpAddressesResponse {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListAvailableIpAddressesResponse>
        for super::ListAvailableIpAddressesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListAvailableIpAddressesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                })
            }
        }
        impl ::std::convert::From<super::ListAvailableIpAddressesResponse>
        for ListAvailableIpAddressesResponse {
            fn from(value: super::ListAvailableIpAddressesResponse) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCountriesResponse {
            countries: ::std::result::Result<
                ::std::vec::Vec<super::Countries>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListCountriesResponse {
            fn default() -> Self {
                Self {
                    countries: Err("no value supplied for countries".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListCountriesResponse {
            pub fn countries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Countries>>,
                T::Error: ::std::fmt::Display,
            {
                self.countries = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for countries: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListCountriesResponse>
        for super::ListCountriesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCountriesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    countries: value.countries?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListCountriesResponse>
        for ListCountriesResponse {
            fn from(value: super::ListCountriesResponse) -> Self {
                Self {
                    countries: Ok(value.countries),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCountryStatesResponse {
            country_states: ::std::result::Result<
                ::std::vec::Vec<super::CountryStates>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListCountryStatesResponse {
            fn default() -> Self {
                Self {
                    country_states: Err(
                        "no value supplied for country_states".to_string(),
                    ),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListCountryStatesResponse {
            pub fn country_states<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CountryStates>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_states = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for country_states: {e}"
                        )
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListCountryStatesResponse>
        for super::ListCountryStatesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCountryStatesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    country_states: value.country_states?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListCountryStatesResponse>
        for ListCountryStatesResponse {
            fn from(value: super::ListCountryStatesResponse) -> Self {
                Self {
                    country_states: Ok(value.country_states),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListCurrenciesResponse {
            currencies: ::std::result::Result<
                ::std::vec::Vec<super::Currencies>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListCurrenciesResponse {
            fn default() -> Self {
                Self {
                    currencies: Err("no value supplied for currencies".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListCurrenciesResponse {
            pub fn currencies<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Currencies>>,
                T::Error: ::std::fmt::Display,
            {
                self.currencies = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currencies: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListCurrenciesResponse>
        for super::ListCurrenciesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListCurrenciesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    currencies: value.currencies?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListCurrenciesResponse>
        for ListCurrenciesResponse {
            fn from(value: super::ListCurrenciesResponse) -> Self {
                Self {
                    currencies: Ok(value.currencies),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListDataCentersResponse {
            data_centers: ::std::result::Result<
                ::std::vec::Vec<super::DataCenters>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListDataCentersResponse {
            fn default() -> Self {
                Self {
                    data_centers: Err("no value supplied for data_centers".to_string()),
                }
            }
        }
        impl ListDataCentersResponse {
            pub fn data_centers<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DataCenters>>,
                T::Error: ::std::fmt::Display,
            {
                self.data_centers = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_centers: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListDataCentersResponse>
        for super::ListDataCentersResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListDataCentersResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_centers: value.data_centers?,
                })
            }
        }
        impl ::std::convert::From<super::ListDataCentersResponse>
        for ListDataCentersResponse {
            fn from(value: super::ListDataCentersResponse) -> Self {
                Self {
                    data_centers: Ok(value.data_centers),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListGpuTypesForDataCenterResponse {
            gpu_types: ::std::result::Result<
                ::std::vec::Vec<super::GetDataCenterGpuTypes200ResponseGpuTypes>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListGpuTypesForDataCenterResponse {
            fn default() -> Self {
                Self {
                    gpu_types: Err("no value supplied for gpu_types".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListGpuTypesForDataCenterResponse {
            pub fn gpu_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::GetDataCenterGpuTypes200ResponseGpuTypes>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.gpu_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpu_types: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListGpuTypesForDataCenterResponse>
        for super::ListGpuTypesForDataCenterResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListGpuTypesForDataCenterResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    gpu_types: value.gpu_types?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListGpuTypesForDataCenterResponse>
        for ListGpuTypesForDataCenterResponse {
            fn from(value: super::ListGpuTypesForDataCenterResponse) -> Self {
                Self {
                    gpu_types: Ok(value.gpu_types),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListGpuTypesResponse {
            gpu_types: ::std::result::Result<
                ::std::vec::Vec<super::GpuTypes>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListGpuTypesResponse {
            fn default() -> Self {
                Self {
                    gpu_types: Err("no value supplied for gpu_types".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListGpuTypesResponse {
            pub fn gpu_types<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GpuTypes>>,
                T::Error: ::std::fmt::Display,
            {
                self.gpu_types = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpu_types: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListGpuTypesResponse>
        for super::ListGpuTypesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListGpuTypesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    gpu_types: value.gpu_types?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListGpuTypesResponse> for ListGpuTypesResponse {
            fn from(value: super::ListGpuTypesResponse) -> Self {
                Self {
                    gpu_types: Ok(value.gpu_types),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListIpAddressesResponse {
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::IpAddressSummary>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListIpAddressesResponse {
            fn default() -> Self {
                Self {
                    ip_addresses: Err("no value supplied for ip_addresses".to_string()),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListIpAddressesResponse {
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAddressSummary>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListIpAddressesResponse>
        for super::ListIpAddressesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListIpAddressesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_addresses: value.ip_addresses?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListIpAddressesResponse>
        for ListIpAddressesResponse {
            fn from(value: super::ListIpAddressesResponse) -> Self {
                Self {
                    ip_addresses: Ok(value.ip_addresses),
                    pagination: Ok(value.pagination),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListOperatingSystemsResponse {
            operating_systems: ::std::result::Result<
                ::std::vec::Vec<super::OperatingSystems>,
                ::std::string::String,
            >,
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
        }
        impl ::std::default::Default for ListOperatingSystemsResponse {
            fn default() -> Self {
                Self {
                    operating_systems: Err(
                        "no value supplied for operating_systems".to_string(),
                    ),
                    pagination: Err("no value supplied for pagination".to_string()),
                }
            }
        }
        impl ListOperatingSystemsResponse {
            pub fn operating_systems<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::OperatingSystems>>,
                T::Error: ::std::fmt::Display,
            {
                self.operating_systems = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for operating_systems: {e}"
                        )
                    });
                self
            }
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
        }
        impl ::std::convert::TryFrom<ListOperatingSystemsResponse>
        for super::ListOperatingSystemsResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListOperatingSystemsResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    operating_systems: value.operating_systems?,
                    pagination: value.pagination?,
                })
            }
        }
        impl ::std::convert::From<super::ListOperatingSystemsResponse>
        for ListOperatingSystemsResponse {
            fn from(value: super::ListOperatingSystemsResponse) -> Self {
                Self {
                    operating_systems: Ok(value.operating_systems),
                    pagination: Ok(value.pagination),
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
        pub struct ListVirtualMachinesResponse {
            pagination: ::std::result::Result<super::Pagination, ::std::string::String>,
            virtual_machines: ::std::result::Result<
                ::std::vec::Vec<super::VirtualMachineSummary>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListVirtualMachinesResponse {
            fn default() -> Self {
                Self {
                    pagination: Err("no value supplied for pagination".to_string()),
                    virtual_machines: Err(
                        "no value supplied for virtual_machines".to_string(),
                    ),
                }
            }
        }
        impl ListVirtualMachinesResponse {
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
            pub fn virtual_machines<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VirtualMachineSummary>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.virtual_machines = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for virtual_machines: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListVirtualMachinesResponse>
        for super::ListVirtualMachinesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListVirtualMachinesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pagination: value.pagination?,
                    virtual_machines: value.virtual_machines?,
                })
            }
        }
        impl ::std::convert::From<super::ListVirtualMachinesResponse>
        for ListVirtualMachinesResponse {
            fn from(value: super::ListVirtualMachinesResponse) -> Self {
                Self {
                    pagination: Ok(value.pagination),
                    virtual_machines: Ok(value.virtual_machines),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct ListZonesResponse {
            zones: ::std::result::Result<
                ::std::vec::Vec<super::Zones>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for ListZonesResponse {
            fn default() -> Self {
                Self {
                    zones: Err("no value supplied for zones".to_string()),
                }
            }
        }
        impl ListZonesResponse {
            pub fn zones<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Zones>>,
                T::Error: ::std::fmt::Display,
            {
                self.zones = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zones: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<ListZonesResponse> for super::ListZonesResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ListZonesResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { zones: value.zones? })
            }
        }
        impl ::std::convert::From<super::ListZonesResponse> for ListZonesResponse {
            fn from(value: super::ListZonesResponse) -> Self {
                Self { zones: Ok(value.zones) }
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
        pub struct NetworkInterfaceDetail {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::InterfaceIpAddress>,
                ::std::string::String,
            >,
            mac_address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
            speed_profile: ::std::result::Result<
                ::std::option::Option<super::InterfaceSpeedProfile>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            virtual_machine: ::std::result::Result<
                ::std::option::Option<super::InterfaceVirtualMachine>,
                ::std::string::String,
            >,
            virtual_network: ::std::result::Result<
                ::std::option::Option<super::InterfaceVirtualNetwork>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for NetworkInterfaceDetail {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    mac_address: Ok(Default::default()),
                    name: Ok(Default::default()),
                    network: Ok(Default::default()),
                    speed_profile: Ok(Default::default()),
                    state: Ok(Default::default()),
                    virtual_machine: Ok(Default::default()),
                    virtual_network: Ok(Default::default()),
                }
            }
        }
        impl NetworkInterfaceDetail {
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
            pub fn mac_address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.mac_address = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for mac_address: {e}")
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
            pub fn speed_profile<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InterfaceSpeedProfile>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.speed_profile = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for speed_profile: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn virtual_machine<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::InterfaceVirtualMachine>,
                >,
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
        impl ::std::convert::TryFrom<NetworkInterfaceDetail>
        for super::NetworkInterfaceDetail {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NetworkInterfaceDetail,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    ip_addresses: value.ip_addresses?,
                    mac_address: value.mac_address?,
                    name: value.name?,
                    network: value.network?,
                    speed_profile: value.speed_profile?,
                    state: value.state?,
                    virtual_machine: value.virtual_machine?,
                    virtual_network: value.virtual_network?,
                })
            }
        }
        impl ::std::convert::From<super::NetworkInterfaceDetail>
        for NetworkInterfaceDetail {
            fn from(value: super::NetworkInterfaceDetail) -> Self {
                Self {
                    id: Ok(value.id),
                    ip_addresses: Ok(value.ip_addresses),
                    mac_address: Ok(value.mac_address),
                    name: Ok(value.name),
                    network: Ok(value.network),
                    speed_profile: Ok(value.speed_profile),
                    state: Ok(value.state),
                    virtual_machine: Ok(value.virtual_machine),
                    virtual_network: Ok(value.virtual_network),
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
        pub struct OperatingSystem {
            badge: ::std::result::Result<
                ::std::option::Option<super::Attachment>,
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
        impl ::std::default::Default for OperatingSystem {
            fn default() -> Self {
                Self {
                    badge: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl OperatingSystem {
            pub fn badge<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.badge = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for badge: {e}")
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
        impl ::std::convert::TryFrom<OperatingSystem> for super::OperatingSystem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperatingSystem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    badge: value.badge?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::OperatingSystem> for OperatingSystem {
            fn from(value: super::OperatingSystem) -> Self {
                Self {
                    badge: Ok(value.badge),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct OperatingSystems {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for OperatingSystems {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl OperatingSystems {
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
        impl ::std::convert::TryFrom<OperatingSystems> for super::OperatingSystems {
            type Error = super::error::ConversionError;
            fn try_from(
                value: OperatingSystems,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::OperatingSystems> for OperatingSystems {
            fn from(value: super::OperatingSystems) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Organization {
            activated_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            address1: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address2: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address3: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            address4: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            billing_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            country: ::std::result::Result<
                ::std::option::Option<super::Country>,
                ::std::string::String,
            >,
            country_state: ::std::result::Result<
                ::std::option::Option<super::CountryState>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            currency: ::std::result::Result<
                ::std::option::Option<super::Currency>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            infrastructure_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            managed: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            phone_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            postcode: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            sub_domain: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            suspended: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            vat_number: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for Organization {
            fn default() -> Self {
                Self {
                    activated_at: Ok(Default::default()),
                    address1: Ok(Default::default()),
                    address2: Ok(Default::default()),
                    address3: Ok(Default::default()),
                    address4: Ok(Default::default()),
                    billing_name: Ok(Default::default()),
                    country: Ok(Default::default()),
                    country_state: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    currency: Ok(Default::default()),
                    id: Ok(Default::default()),
                    infrastructure_domain: Ok(Default::default()),
                    managed: Ok(Default::default()),
                    name: Ok(Default::default()),
                    phone_number: Ok(Default::default()),
                    postcode: Ok(Default::default()),
                    sub_domain: Ok(Default::default()),
                    suspended: Ok(Default::default()),
                    vat_number: Ok(Default::default()),
                }
            }
        }
        impl Organization {
            pub fn activated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.activated_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for activated_at: {e}")
                    });
                self
            }
            pub fn address1<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address1 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address1: {e}")
                    });
                self
            }
            pub fn address2<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address2 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address2: {e}")
                    });
                self
            }
            pub fn address3<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address3 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address3: {e}")
                    });
                self
            }
            pub fn address4<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.address4 = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for address4: {e}")
                    });
                self
            }
            pub fn billing_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.billing_name = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for billing_name: {e}")
                    });
                self
            }
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
            pub fn country_state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CountryState>>,
                T::Error: ::std::fmt::Display,
            {
                self.country_state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for country_state: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn currency<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Currency>>,
                T::Error: ::std::fmt::Display,
            {
                self.currency = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for currency: {e}")
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
            pub fn infrastructure_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.infrastructure_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for infrastructure_domain: {e}"
                        )
                    });
                self
            }
            pub fn managed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.managed = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for managed: {e}")
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
            pub fn phone_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.phone_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for phone_number: {e}")
                    });
                self
            }
            pub fn postcode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.postcode = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for postcode: {e}")
                    });
                self
            }
            pub fn sub_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.sub_domain = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for sub_domain: {e}")
                    });
                self
            }
            pub fn suspended<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.suspended = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for suspended: {e}")
                    });
                self
            }
            pub fn vat_number<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.vat_number = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for vat_number: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<Organization> for super::Organization {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Organization,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    activated_at: value.activated_at?,
                    address1: value.address1?,
                    address2: value.address2?,
                    address3: value.address3?,
                    address4: value.address4?,
                    billing_name: value.billing_name?,
                    country: value.country?,
                    country_state: value.country_state?,
                    created_at: value.created_at?,
                    currency: value.currency?,
                    id: value.id?,
                    infrastructure_domain: value.infrastructure_domain?,
                    managed: value.managed?,
                    name: value.name?,
                    phone_number: value.phone_number?,
                    postcode: value.postcode?,
                    sub_domain: value.sub_domain?,
                    suspended: value.suspended?,
                    vat_number: value.vat_number?,
                })
            }
        }
        impl ::std::convert::From<super::Organization> for Organization {
            fn from(value: super::Organization) -> Self {
                Self {
                    activated_at: Ok(value.activated_at),
                    address1: Ok(value.address1),
                    address2: Ok(value.address2),
                    address3: Ok(value.address3),
                    address4: Ok(value.address4),
                    billing_name: Ok(value.billing_name),
                    country: Ok(value.country),
                    country_state: Ok(value.country_state),
                    created_at: Ok(value.created_at),
                    currency: Ok(value.currency),
                    id: Ok(value.id),
                    infrastructure_domain: Ok(value.infrastructure_domain),
                    managed: Ok(value.managed),
                    name: Ok(value.name),
                    phone_number: Ok(value.phone_number),
                    postcode: Ok(value.postcode),
                    sub_domain: Ok(value.sub_domain),
                    suspended: Ok(value.suspended),
                    vat_number: Ok(value.vat_number),
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
        pub struct Tag {
            color: ::std::result::Result<
                ::std::option::Option<super::TagColorsEnum>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
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
        impl ::std::default::Default for Tag {
            fn default() -> Self {
                Self {
                    color: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl Tag {
            pub fn color<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TagColorsEnum>>,
                T::Error: ::std::fmt::Display,
            {
                self.color = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for color: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
        impl ::std::convert::TryFrom<Tag> for super::Tag {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tag,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    color: value.color?,
                    created_at: value.created_at?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::Tag> for Tag {
            fn from(value: super::Tag) -> Self {
                Self {
                    color: Ok(value.color),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
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
        pub struct UpdateIpAddressRequest {
            ip_address: ::std::result::Result<
                super::IpAddressLookup,
                ::std::string::String,
            >,
            label: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
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
        impl ::std::default::Default for UpdateIpAddressRequest {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                    label: Ok(Default::default()),
                    reverse_dns: Ok(Default::default()),
                    vip: Ok(Default::default()),
                }
            }
        }
        impl UpdateIpAddressRequest {
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
        impl ::std::convert::TryFrom<UpdateIpAddressRequest>
        for super::UpdateIpAddressRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAddressRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                    label: value.label?,
                    reverse_dns: value.reverse_dns?,
                    vip: value.vip?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAddressRequest>
        for UpdateIpAddressRequest {
            fn from(value: super::UpdateIpAddressRequest) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                    label: Ok(value.label),
                    reverse_dns: Ok(value.reverse_dns),
                    vip: Ok(value.vip),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct UpdateIpAddressResponse {
            ip_address: ::std::result::Result<super::IpAddress, ::std::string::String>,
        }
        impl ::std::default::Default for UpdateIpAddressResponse {
            fn default() -> Self {
                Self {
                    ip_address: Err("no value supplied for ip_address".to_string()),
                }
            }
        }
        impl UpdateIpAddressResponse {
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
        impl ::std::convert::TryFrom<UpdateIpAddressResponse>
        for super::UpdateIpAddressResponse {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UpdateIpAddressResponse,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    ip_address: value.ip_address?,
                })
            }
        }
        impl ::std::convert::From<super::UpdateIpAddressResponse>
        for UpdateIpAddressResponse {
            fn from(value: super::UpdateIpAddressResponse) -> Self {
                Self {
                    ip_address: Ok(value.ip_address),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachine {
            attached_iso: ::std::result::Result<
                ::std::option::Option<super::Iso>,
                ::std::string::String,
            >,
            cpu_cores: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            fqdn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gpu_type: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineGpuType>,
                ::std::string::String,
            >,
            gpus: ::std::result::Result<
                ::std::vec::Vec<super::VirtualMachineGpu>,
                ::std::string::String,
            >,
            group: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineGroup>,
                ::std::string::String,
            >,
            hostname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hypervisor: ::std::result::Result<
                ::std::option::Option<super::Hypervisor>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            initial_root_password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::IpAddress>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            organization: ::std::result::Result<
                ::std::option::Option<super::Organization>,
                ::std::string::String,
            >,
            package: ::std::result::Result<
                ::std::option::Option<super::VirtualMachinePackage>,
                ::std::string::String,
            >,
            state: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineStateEnum>,
                ::std::string::String,
            >,
            tag_names: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            tags: ::std::result::Result<
                ::std::vec::Vec<super::Tag>,
                ::std::string::String,
            >,
            use_dedicated_cpus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            zone: ::std::result::Result<
                ::std::option::Option<super::Zone>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachine {
            fn default() -> Self {
                Self {
                    attached_iso: Ok(Default::default()),
                    cpu_cores: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    description: Ok(Default::default()),
                    fqdn: Ok(Default::default()),
                    gpu_type: Ok(Default::default()),
                    gpus: Ok(Default::default()),
                    group: Ok(Default::default()),
                    hostname: Ok(Default::default()),
                    hypervisor: Ok(Default::default()),
                    id: Ok(Default::default()),
                    initial_root_password: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    name: Ok(Default::default()),
                    organization: Ok(Default::default()),
                    package: Ok(Default::default()),
                    state: Ok(Default::default()),
                    tag_names: Ok(Default::default()),
                    tags: Ok(Default::default()),
                    use_dedicated_cpus: Ok(Default::default()),
                    zone: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachine {
            pub fn attached_iso<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Iso>>,
                T::Error: ::std::fmt::Display,
            {
                self.attached_iso = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for attached_iso: {e}")
                    });
                self
            }
            pub fn cpu_cores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpu_cores = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpu_cores: {e}")
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
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
            pub fn fqdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fqdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fqdn: {e}")
                    });
                self
            }
            pub fn gpu_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineGpuType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.gpu_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpu_type: {e}")
                    });
                self
            }
            pub fn gpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::VirtualMachineGpu>>,
                T::Error: ::std::fmt::Display,
            {
                self.gpus = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpus: {e}")
                    });
                self
            }
            pub fn group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineGroup>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.group = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group: {e}")
                    });
                self
            }
            pub fn hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hostname: {e}")
                    });
                self
            }
            pub fn hypervisor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Hypervisor>>,
                T::Error: ::std::fmt::Display,
            {
                self.hypervisor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hypervisor: {e}")
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
            pub fn initial_root_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.initial_root_password = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for initial_root_password: {e}"
                        )
                    });
                self
            }
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpAddress>>,
                T::Error: ::std::fmt::Display,
            {
                self.ip_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for ip_addresses: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
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
            pub fn organization<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Organization>>,
                T::Error: ::std::fmt::Display,
            {
                self.organization = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for organization: {e}")
                    });
                self
            }
            pub fn package<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachinePackage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.package = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for package: {e}")
                    });
                self
            }
            pub fn state<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineStateEnum>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.state = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for state: {e}")
                    });
                self
            }
            pub fn tag_names<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.tag_names = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tag_names: {e}")
                    });
                self
            }
            pub fn tags<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tag>>,
                T::Error: ::std::fmt::Display,
            {
                self.tags = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for tags: {e}")
                    });
                self
            }
            pub fn use_dedicated_cpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_dedicated_cpus = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for use_dedicated_cpus: {e}"
                        )
                    });
                self
            }
            pub fn zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Zone>>,
                T::Error: ::std::fmt::Display,
            {
                self.zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachine> for super::VirtualMachine {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachine,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    attached_iso: value.attached_iso?,
                    cpu_cores: value.cpu_cores?,
                    created_at: value.created_at?,
                    description: value.description?,
                    fqdn: value.fqdn?,
                    gpu_type: value.gpu_type?,
                    gpus: value.gpus?,
                    group: value.group?,
                    hostname: value.hostname?,
                    hypervisor: value.hypervisor?,
                    id: value.id?,
                    initial_root_password: value.initial_root_password?,
                    ip_addresses: value.ip_addresses?,
                    memory_in_gb: value.memory_in_gb?,
                    name: value.name?,
                    organization: value.organization?,
                    package: value.package?,
                    state: value.state?,
                    tag_names: value.tag_names?,
                    tags: value.tags?,
                    use_dedicated_cpus: value.use_dedicated_cpus?,
                    zone: value.zone?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachine> for VirtualMachine {
            fn from(value: super::VirtualMachine) -> Self {
                Self {
                    attached_iso: Ok(value.attached_iso),
                    cpu_cores: Ok(value.cpu_cores),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    fqdn: Ok(value.fqdn),
                    gpu_type: Ok(value.gpu_type),
                    gpus: Ok(value.gpus),
                    group: Ok(value.group),
                    hostname: Ok(value.hostname),
                    hypervisor: Ok(value.hypervisor),
                    id: Ok(value.id),
                    initial_root_password: Ok(value.initial_root_password),
                    ip_addresses: Ok(value.ip_addresses),
                    memory_in_gb: Ok(value.memory_in_gb),
                    name: Ok(value.name),
                    organization: Ok(value.organization),
                    package: Ok(value.package),
                    state: Ok(value.state),
                    tag_names: Ok(value.tag_names),
                    tags: Ok(value.tags),
                    use_dedicated_cpus: Ok(value.use_dedicated_cpus),
                    zone: Ok(value.zone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineGpu {
            available: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            pending_action: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineGpuPendingActionEnum>,
                ::std::string::String,
            >,
            status: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineGpuStatusEnum>,
                ::std::string::String,
            >,
            type_: ::std::result::Result<
                ::std::option::Option<super::GpuType>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineGpu {
            fn default() -> Self {
                Self {
                    available: Ok(Default::default()),
                    id: Ok(Default::default()),
                    pending_action: Ok(Default::default()),
                    status: Ok(Default::default()),
                    type_: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineGpu {
            pub fn available<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.available = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for available: {e}")
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
            pub fn pending_action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineGpuPendingActionEnum>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.pending_action = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for pending_action: {e}"
                        )
                    });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineGpuStatusEnum>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for status: {e}")
                    });
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::GpuType>>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for type_: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachineGpu> for super::VirtualMachineGpu {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineGpu,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    available: value.available?,
                    id: value.id?,
                    pending_action: value.pending_action?,
                    status: value.status?,
                    type_: value.type_?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineGpu> for VirtualMachineGpu {
            fn from(value: super::VirtualMachineGpu) -> Self {
                Self {
                    available: Ok(value.available),
                    id: Ok(value.id),
                    pending_action: Ok(value.pending_action),
                    status: Ok(value.status),
                    type_: Ok(value.type_),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineGpuType {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            manufacturer: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_type: ::std::result::Result<
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
        impl ::std::default::Default for VirtualMachineGpuType {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    manufacturer: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    memory_type: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineGpuType {
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
            pub fn manufacturer<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.manufacturer = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for manufacturer: {e}")
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn memory_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_type: {e}")
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
        impl ::std::convert::TryFrom<VirtualMachineGpuType>
        for super::VirtualMachineGpuType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineGpuType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    manufacturer: value.manufacturer?,
                    memory_in_gb: value.memory_in_gb?,
                    memory_type: value.memory_type?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineGpuType>
        for VirtualMachineGpuType {
            fn from(value: super::VirtualMachineGpuType) -> Self {
                Self {
                    id: Ok(value.id),
                    manufacturer: Ok(value.manufacturer),
                    memory_in_gb: Ok(value.memory_in_gb),
                    memory_type: Ok(value.memory_type),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineGroup {
            auto_segregate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
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
            segregate: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineGroup {
            fn default() -> Self {
                Self {
                    auto_segregate: Ok(Default::default()),
                    created_at: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    segregate: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineGroup {
            pub fn auto_segregate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.auto_segregate = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for auto_segregate: {e}"
                        )
                    });
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
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
            pub fn segregate<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.segregate = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for segregate: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachineGroup>
        for super::VirtualMachineGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    auto_segregate: value.auto_segregate?,
                    created_at: value.created_at?,
                    id: value.id?,
                    name: value.name?,
                    segregate: value.segregate?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineGroup> for VirtualMachineGroup {
            fn from(value: super::VirtualMachineGroup) -> Self {
                Self {
                    auto_segregate: Ok(value.auto_segregate),
                    created_at: Ok(value.created_at),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    segregate: Ok(value.segregate),
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
        #[derive(Clone, Debug)]
        pub struct VirtualMachinePackage {
            cpu_cores: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            group: ::std::result::Result<
                ::std::option::Option<super::VirtualMachinePackageGroup>,
                ::std::string::String,
            >,
            icon: ::std::result::Result<
                ::std::option::Option<super::Attachment>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ipv4_addresses: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            memory_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            monthly_bandwidth_allowance_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
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
            privacy: ::std::result::Result<
                ::std::option::Option<super::PrivacyTypesEnum>,
                ::std::string::String,
            >,
            storage_in_gb: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            use_dedicated_cpus: ::std::result::Result<
                ::std::option::Option<bool>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachinePackage {
            fn default() -> Self {
                Self {
                    cpu_cores: Ok(Default::default()),
                    group: Ok(Default::default()),
                    icon: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ipv4_addresses: Ok(Default::default()),
                    memory_in_gb: Ok(Default::default()),
                    monthly_bandwidth_allowance_in_gb: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                    privacy: Ok(Default::default()),
                    storage_in_gb: Ok(Default::default()),
                    use_dedicated_cpus: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachinePackage {
            pub fn cpu_cores<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.cpu_cores = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for cpu_cores: {e}")
                    });
                self
            }
            pub fn group<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachinePackageGroup>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.group = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for group: {e}")
                    });
                self
            }
            pub fn icon<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Attachment>>,
                T::Error: ::std::fmt::Display,
            {
                self.icon = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for icon: {e}")
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
            pub fn ipv4_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.ipv4_addresses = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for ipv4_addresses: {e}"
                        )
                    });
                self
            }
            pub fn memory_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.memory_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for memory_in_gb: {e}")
                    });
                self
            }
            pub fn monthly_bandwidth_allowance_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.monthly_bandwidth_allowance_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for monthly_bandwidth_allowance_in_gb: {e}"
                        )
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
            pub fn privacy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::PrivacyTypesEnum>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.privacy = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for privacy: {e}")
                    });
                self
            }
            pub fn storage_in_gb<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.storage_in_gb = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for storage_in_gb: {e}")
                    });
                self
            }
            pub fn use_dedicated_cpus<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.use_dedicated_cpus = value
                    .try_into()
                    .map_err(|e| {
                        format!(
                            "error converting supplied value for use_dedicated_cpus: {e}"
                        )
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachinePackage>
        for super::VirtualMachinePackage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachinePackage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cpu_cores: value.cpu_cores?,
                    group: value.group?,
                    icon: value.icon?,
                    id: value.id?,
                    ipv4_addresses: value.ipv4_addresses?,
                    memory_in_gb: value.memory_in_gb?,
                    monthly_bandwidth_allowance_in_gb: value
                        .monthly_bandwidth_allowance_in_gb?,
                    name: value.name?,
                    permalink: value.permalink?,
                    privacy: value.privacy?,
                    storage_in_gb: value.storage_in_gb?,
                    use_dedicated_cpus: value.use_dedicated_cpus?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachinePackage>
        for VirtualMachinePackage {
            fn from(value: super::VirtualMachinePackage) -> Self {
                Self {
                    cpu_cores: Ok(value.cpu_cores),
                    group: Ok(value.group),
                    icon: Ok(value.icon),
                    id: Ok(value.id),
                    ipv4_addresses: Ok(value.ipv4_addresses),
                    memory_in_gb: Ok(value.memory_in_gb),
                    monthly_bandwidth_allowance_in_gb: Ok(
                        value.monthly_bandwidth_allowance_in_gb,
                    ),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                    privacy: Ok(value.privacy),
                    storage_in_gb: Ok(value.storage_in_gb),
                    use_dedicated_cpus: Ok(value.use_dedicated_cpus),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachinePackageGroup {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachinePackageGroup {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachinePackageGroup {
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
        impl ::std::convert::TryFrom<VirtualMachinePackageGroup>
        for super::VirtualMachinePackageGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachinePackageGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachinePackageGroup>
        for VirtualMachinePackageGroup {
            fn from(value: super::VirtualMachinePackageGroup) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineSummary {
            created_at: ::std::result::Result<
                ::std::option::Option<i64>,
                ::std::string::String,
            >,
            fqdn: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            gpu_type: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineSummaryGpuType>,
                ::std::string::String,
            >,
            hostname: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            hypervisor: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineSummaryHypervisor>,
                ::std::string::String,
            >,
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            ip_addresses: ::std::result::Result<
                ::std::vec::Vec<super::VirtualMachineSummaryIpAddress>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            package: ::std::result::Result<
                ::std::option::Option<super::VirtualMachineSummaryPackage>,
                ::std::string::String,
            >,
            zone: ::std::result::Result<
                ::std::option::Option<super::Zone>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineSummary {
            fn default() -> Self {
                Self {
                    created_at: Ok(Default::default()),
                    fqdn: Ok(Default::default()),
                    gpu_type: Ok(Default::default()),
                    hostname: Ok(Default::default()),
                    hypervisor: Ok(Default::default()),
                    id: Ok(Default::default()),
                    ip_addresses: Ok(Default::default()),
                    name: Ok(Default::default()),
                    package: Ok(Default::default()),
                    zone: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineSummary {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for created_at: {e}")
                    });
                self
            }
            pub fn fqdn<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fqdn = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for fqdn: {e}")
                    });
                self
            }
            pub fn gpu_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineSummaryGpuType>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.gpu_type = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for gpu_type: {e}")
                    });
                self
            }
            pub fn hostname<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.hostname = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hostname: {e}")
                    });
                self
            }
            pub fn hypervisor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineSummaryHypervisor>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.hypervisor = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for hypervisor: {e}")
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
            pub fn ip_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::vec::Vec<super::VirtualMachineSummaryIpAddress>,
                >,
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
            pub fn package<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::VirtualMachineSummaryPackage>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.package = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for package: {e}")
                    });
                self
            }
            pub fn zone<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Zone>>,
                T::Error: ::std::fmt::Display,
            {
                self.zone = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for zone: {e}")
                    });
                self
            }
        }
        impl ::std::convert::TryFrom<VirtualMachineSummary>
        for super::VirtualMachineSummary {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineSummary,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    fqdn: value.fqdn?,
                    gpu_type: value.gpu_type?,
                    hostname: value.hostname?,
                    hypervisor: value.hypervisor?,
                    id: value.id?,
                    ip_addresses: value.ip_addresses?,
                    name: value.name?,
                    package: value.package?,
                    zone: value.zone?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineSummary>
        for VirtualMachineSummary {
            fn from(value: super::VirtualMachineSummary) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    fqdn: Ok(value.fqdn),
                    gpu_type: Ok(value.gpu_type),
                    hostname: Ok(value.hostname),
                    hypervisor: Ok(value.hypervisor),
                    id: Ok(value.id),
                    ip_addresses: Ok(value.ip_addresses),
                    name: Ok(value.name),
                    package: Ok(value.package),
                    zone: Ok(value.zone),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineSummaryGpuType {
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
        impl ::std::default::Default for VirtualMachineSummaryGpuType {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineSummaryGpuType {
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
        impl ::std::convert::TryFrom<VirtualMachineSummaryGpuType>
        for super::VirtualMachineSummaryGpuType {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineSummaryGpuType,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineSummaryGpuType>
        for VirtualMachineSummaryGpuType {
            fn from(value: super::VirtualMachineSummaryGpuType) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineSummaryHypervisor {
            id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineSummaryHypervisor {
            fn default() -> Self {
                Self {
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineSummaryHypervisor {
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
        impl ::std::convert::TryFrom<VirtualMachineSummaryHypervisor>
        for super::VirtualMachineSummaryHypervisor {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineSummaryHypervisor,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    name: value.name?,
                })
            }
        }
        impl ::std::convert::From<super::VirtualMachineSummaryHypervisor>
        for VirtualMachineSummaryHypervisor {
            fn from(value: super::VirtualMachineSummaryHypervisor) -> Self {
                Self {
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineSummaryIpAddress {
            address: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineSummaryIpAddress {
            fn default() -> Self {
                Self {
                    address: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineSummaryIpAddress {
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
        }
        impl ::std::convert::TryFrom<VirtualMachineSummaryIpAddress>
        for super::VirtualMachineSummaryIpAddress {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineSummaryIpAddress,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { address: value.address? })
            }
        }
        impl ::std::convert::From<super::VirtualMachineSummaryIpAddress>
        for VirtualMachineSummaryIpAddress {
            fn from(value: super::VirtualMachineSummaryIpAddress) -> Self {
                Self { address: Ok(value.address) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct VirtualMachineSummaryPackage {
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }
        impl ::std::default::Default for VirtualMachineSummaryPackage {
            fn default() -> Self {
                Self {
                    name: Ok(Default::default()),
                }
            }
        }
        impl VirtualMachineSummaryPackage {
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
        impl ::std::convert::TryFrom<VirtualMachineSummaryPackage>
        for super::VirtualMachineSummaryPackage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: VirtualMachineSummaryPackage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }
        impl ::std::convert::From<super::VirtualMachineSummaryPackage>
        for VirtualMachineSummaryPackage {
            fn from(value: super::VirtualMachineSummaryPackage) -> Self {
                Self { name: Ok(value.name) }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Zone {
            data_center: ::std::result::Result<
                ::std::option::Option<super::DataCenter>,
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
        impl ::std::default::Default for Zone {
            fn default() -> Self {
                Self {
                    data_center: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl Zone {
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
        impl ::std::convert::TryFrom<Zone> for super::Zone {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Zone,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_center: value.data_center?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::Zone> for Zone {
            fn from(value: super::Zone) -> Self {
                Self {
                    data_center: Ok(value.data_center),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
                }
            }
        }
        #[derive(Clone, Debug)]
        pub struct Zones {
            data_center: ::std::result::Result<
                ::std::option::Option<super::GetZonesPartDataCenter>,
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
        impl ::std::default::Default for Zones {
            fn default() -> Self {
                Self {
                    data_center: Ok(Default::default()),
                    id: Ok(Default::default()),
                    name: Ok(Default::default()),
                    permalink: Ok(Default::default()),
                }
            }
        }
        impl Zones {
            pub fn data_center<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<super::GetZonesPartDataCenter>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.data_center = value
                    .try_into()
                    .map_err(|e| {
                        format!("error converting supplied value for data_center: {e}")
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
        impl ::std::convert::TryFrom<Zones> for super::Zones {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Zones,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    data_center: value.data_center?,
                    id: value.id?,
                    name: value.name?,
                    permalink: value.permalink?,
                })
            }
        }
        impl ::std::convert::From<super::Zones> for Zones {
            fn from(value: super::Zones) -> Self {
                Self {
                    data_center: Ok(value.data_center),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    permalink: Ok(value.permalink),
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
    /**List countries

Return a list of all countries available in Katapult

Sends a `GET` request to `/countries`

Arguments:
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_countries()
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_countries(&self) -> builder::ListCountries<'_> {
        builder::ListCountries::new(self)
    }
    /**Get country

Return details for a specific country

Sends a `GET` request to `/countries/country`

Arguments:
- `country_id`: The country to return.

 All 'country[]' params are mutually exclusive, only one can be provided.
- `country_iso_code2`: The country to return.

 All 'country[]' params are mutually exclusive, only one can be provided.
- `country_iso_code3`: The country to return.

 All 'country[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_country()
    .country_id(country_id)
    .country_iso_code2(country_iso_code2)
    .country_iso_code3(country_iso_code3)
    .send()
    .await;
```*/
    pub fn get_country(&self) -> builder::GetCountry<'_> {
        builder::GetCountry::new(self)
    }
    /**List country states

Return a list of all country states for a specific country

Sends a `GET` request to `/countries/country/country_states`

Arguments:
- `country_id`: The country to return states for.

 All 'country[]' params are mutually exclusive, only one can be provided.
- `country_iso_code2`: The country to return states for.

 All 'country[]' params are mutually exclusive, only one can be provided.
- `country_iso_code3`: The country to return states for.

 All 'country[]' params are mutually exclusive, only one can be provided.
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_country_states()
    .country_id(country_id)
    .country_iso_code2(country_iso_code2)
    .country_iso_code3(country_iso_code3)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_country_states(&self) -> builder::ListCountryStates<'_> {
        builder::ListCountryStates::new(self)
    }
    /**Get country state

Return details for a specific country state

Sends a `GET` request to `/country_states/country_state`

Arguments:
- `country_state_id`: The country state to return.
```ignore
let response = client.get_country_state()
    .country_state_id(country_state_id)
    .send()
    .await;
```*/
    pub fn get_country_state(&self) -> builder::GetCountryState<'_> {
        builder::GetCountryState::new(self)
    }
    /**List currencies

Return a list of all currencies available in Katapult

Sends a `GET` request to `/currencies`

Arguments:
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_currencies()
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_currencies(&self) -> builder::ListCurrencies<'_> {
        builder::ListCurrencies::new(self)
    }
    /**Get currency

Return details for a specific currency

Sends a `GET` request to `/currencies/currency`

Arguments:
- `currency_id`: The currency to return.

 All 'currency[]' params are mutually exclusive, only one can be provided.
- `currency_iso_code`: The currency to return.

 All 'currency[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_currency()
    .currency_id(currency_id)
    .currency_iso_code(currency_iso_code)
    .send()
    .await;
```*/
    pub fn get_currency(&self) -> builder::GetCurrency<'_> {
        builder::GetCurrency::new(self)
    }
    /**List data centers

Provides a full list of all data centers

Sends a `GET` request to `/data_centers`

```ignore
let response = client.list_data_centers()
    .send()
    .await;
```*/
    pub fn list_data_centers(&self) -> builder::ListDataCenters<'_> {
        builder::ListDataCenters::new(self)
    }
    /**Get data center

Provide details for a specific data center

Sends a `GET` request to `/data_centers/data_center`

Arguments:
- `data_center_id`: All 'data_center[]' params are mutually exclusive, only one can be provided.
- `data_center_permalink`: All 'data_center[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_data_center()
    .data_center_id(data_center_id)
    .data_center_permalink(data_center_permalink)
    .send()
    .await;
```*/
    pub fn get_data_center(&self) -> builder::GetDataCenter<'_> {
        builder::GetDataCenter::new(self)
    }
    /**Get default network of data center

Provide details of default network for a data center

Sends a `GET` request to `/data_centers/data_center/default_network`

Arguments:
- `data_center_id`: All 'data_center[]' params are mutually exclusive, only one can be provided.
- `data_center_permalink`: All 'data_center[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_default_network_of_data_center()
    .data_center_id(data_center_id)
    .data_center_permalink(data_center_permalink)
    .send()
    .await;
```*/
    pub fn get_default_network_of_data_center(
        &self,
    ) -> builder::GetDefaultNetworkOfDataCenter<'_> {
        builder::GetDefaultNetworkOfDataCenter::new(self)
    }
    /**List GPU types for Data Center

Provides a list of all GPU types available in a given data center

Sends a `GET` request to `/data_centers/data_center/gpu_types`

Arguments:
- `data_center_id`: The data center to list GPU types for.

 All 'data_center[]' params are mutually exclusive, only one can be provided.
- `data_center_permalink`: The data center to list GPU types for.

 All 'data_center[]' params are mutually exclusive, only one can be provided.
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_gpu_types_for_data_center()
    .data_center_id(data_center_id)
    .data_center_permalink(data_center_permalink)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_gpu_types_for_data_center(
        &self,
    ) -> builder::ListGpuTypesForDataCenter<'_> {
        builder::ListGpuTypesForDataCenter::new(self)
    }
    /**List GPU types

Provides a full list of all GPU types

Sends a `GET` request to `/gpu_types`

Arguments:
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_gpu_types()
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_gpu_types(&self) -> builder::ListGpuTypes<'_> {
        builder::ListGpuTypes::new(self)
    }
    /**Get GPU type

Provide details for a specific GPU type

Sends a `GET` request to `/gpu_types/gpu_type`

Arguments:
- `gpu_type_id`: All 'gpu_type[]' params are mutually exclusive, only one can be provided.
- `gpu_type_permalink`: All 'gpu_type[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_gpu_type()
    .gpu_type_id(gpu_type_id)
    .gpu_type_permalink(gpu_type_permalink)
    .send()
    .await;
```*/
    pub fn get_gpu_type(&self) -> builder::GetGpuType<'_> {
        builder::GetGpuType::new(self)
    }
    /**Get IP address

Returns information about a specific IP address

Sends a `GET` request to `/ip_addresses/ip_address`

Arguments:
- `ip_address_address`: The IP address to find.

 All 'ip_address[]' params are mutually exclusive, only one can be provided.
- `ip_address_id`: The IP address to find.

 All 'ip_address[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_ip_address()
    .ip_address_address(ip_address_address)
    .ip_address_id(ip_address_id)
    .send()
    .await;
```*/
    pub fn get_ip_address(&self) -> builder::GetIpAddress<'_> {
        builder::GetIpAddress::new(self)
    }
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
    /**Update IP address

Updates the details on an IP address

Sends a `PATCH` request to `/ip_addresses/ip_address`

```ignore
let response = client.update_ip_address()
    .body(body)
    .send()
    .await;
```*/
    pub fn update_ip_address(&self) -> builder::UpdateIpAddress<'_> {
        builder::UpdateIpAddress::new(self)
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
    /**List operating systems

Return a list of all operating systems

Sends a `GET` request to `/operating_systems`

Arguments:
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_operating_systems()
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_operating_systems(&self) -> builder::ListOperatingSystems<'_> {
        builder::ListOperatingSystems::new(self)
    }
    /**Get operating system

Return details for a specific operating system

Sends a `GET` request to `/operating_systems/operating_system`

Arguments:
- `operating_system_id`: The operating system to return.
```ignore
let response = client.get_operating_system()
    .operating_system_id(operating_system_id)
    .send()
    .await;
```*/
    pub fn get_operating_system(&self) -> builder::GetOperatingSystem<'_> {
        builder::GetOperatingSystem::new(self)
    }
    /**List IP addresses

Returns a list of all IP addresses belonging to an organization

Sends a `GET` request to `/organizations/organization/ip_addresses`

Arguments:
- `allocated`: If true, only return allocated IP addresss. If false, only return unallocated IP addresses.
- `organization_id`: The organization to use when looking up IP addresses.

 All 'organization[]' params are mutually exclusive, only one can be provided.
- `organization_sub_domain`: The organization to use when looking up IP addresses.

 All 'organization[]' params are mutually exclusive, only one can be provided.
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_ip_addresses()
    .allocated(allocated)
    .organization_id(organization_id)
    .organization_sub_domain(organization_sub_domain)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_ip_addresses(&self) -> builder::ListIpAddresses<'_> {
        builder::ListIpAddresses::new(self)
    }
    /**Create IP Address

Creates a new IP address on this organization

Sends a `POST` request to `/organizations/organization/ip_addresses`

```ignore
let response = client.create_ip_address()
    .body(body)
    .send()
    .await;
```*/
    pub fn create_ip_address(&self) -> builder::CreateIpAddress<'_> {
        builder::CreateIpAddress::new(self)
    }
    /**List virtual machines

Returns a list of all virtual machines for a given organization

Sends a `GET` request to `/organizations/organization/virtual_machines`

Arguments:
- `annotations_key`: An array of annotations to filter by.

 All `annotations[]` params should have the same amount of elements.
- `annotations_value`: An array of annotations to filter by.

 All `annotations[]` params should have the same amount of elements.
- `organization_id`: All 'organization[]' params are mutually exclusive, only one can be provided.
- `organization_sub_domain`: All 'organization[]' params are mutually exclusive, only one can be provided.
- `page`: The page number to request. If not provided, the first page will be returned.
- `per_page`: The number of items to return per page (1 to 200). If not provided, the default value will be used.
```ignore
let response = client.list_virtual_machines()
    .annotations_key(annotations_key)
    .annotations_value(annotations_value)
    .organization_id(organization_id)
    .organization_sub_domain(organization_sub_domain)
    .page(page)
    .per_page(per_page)
    .send()
    .await;
```*/
    pub fn list_virtual_machines(&self) -> builder::ListVirtualMachines<'_> {
        builder::ListVirtualMachines::new(self)
    }
    /**Get virtual machine network interface

Return information about a given virtual machine network interface

Sends a `GET` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface`

Arguments:
- `virtual_machine_network_interface_id`: The network interface to show the information for.
```ignore
let response = client.get_network_interface()
    .virtual_machine_network_interface_id(virtual_machine_network_interface_id)
    .send()
    .await;
```*/
    pub fn get_network_interface(&self) -> builder::GetNetworkInterface<'_> {
        builder::GetNetworkInterface::new(self)
    }
    /**Allocate an IP address

Allocate a specific IP address to a given network interface

Sends a `POST` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip`

```ignore
let response = client.allocate_ip_address_to_interface()
    .body(body)
    .send()
    .await;
```*/
    pub fn allocate_ip_address_to_interface(
        &self,
    ) -> builder::AllocateIpAddressToInterface<'_> {
        builder::AllocateIpAddressToInterface::new(self)
    }
    /**Allocate a new IP address

Add a new IP address to this organization and allocate it to a virtual machine network interface

Sends a `POST` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip`

```ignore
let response = client.allocate_new_ip_address()
    .body(body)
    .send()
    .await;
```*/
    pub fn allocate_new_ip_address(&self) -> builder::AllocateNewIpAddress<'_> {
        builder::AllocateNewIpAddress::new(self)
    }
    /**Get addresses available for network interface

Returns a list of IP addresses that can be allocated to a specific network interface

Sends a `GET` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{address_version}`

Arguments:
- `address_version`: The IP address version to return results for (`ipv4` or `ipv6`).
- `virtual_machine_network_interface_id`: The network interface to get IP addresses for.
```ignore
let response = client.list_available_ip_addresses()
    .address_version(address_version)
    .virtual_machine_network_interface_id(virtual_machine_network_interface_id)
    .send()
    .await;
```*/
    pub fn list_available_ip_addresses(&self) -> builder::ListAvailableIpAddresses<'_> {
        builder::ListAvailableIpAddresses::new(self)
    }
    /**Get virtual machine

Return information about a virtual machine

Sends a `GET` request to `/virtual_machines/virtual_machine`

Arguments:
- `virtual_machine_fqdn`: All 'virtual_machine[]' params are mutually exclusive, only one can be provided.
- `virtual_machine_id`: All 'virtual_machine[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_virtual_machine()
    .virtual_machine_fqdn(virtual_machine_fqdn)
    .virtual_machine_id(virtual_machine_id)
    .send()
    .await;
```*/
    pub fn get_virtual_machine(&self) -> builder::GetVirtualMachine<'_> {
        builder::GetVirtualMachine::new(self)
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
    /**List zones

Returns a list of all zones on the system for the current identity

Sends a `GET` request to `/zones`

```ignore
let response = client.list_zones()
    .send()
    .await;
```*/
    pub fn list_zones(&self) -> builder::ListZones<'_> {
        builder::ListZones::new(self)
    }
    /**Get zone

Returns the details for a specific zone

Sends a `GET` request to `/zones/zone`

Arguments:
- `zone_id`: The zone to find.

 All 'zone[]' params are mutually exclusive, only one can be provided.
- `zone_permalink`: The zone to find.

 All 'zone[]' params are mutually exclusive, only one can be provided.
```ignore
let response = client.get_zone()
    .zone_id(zone_id)
    .zone_permalink(zone_permalink)
    .send()
    .await;
```*/
    pub fn get_zone(&self) -> builder::GetZone<'_> {
        builder::GetZone::new(self)
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
    /**Builder for [`Client::list_countries`]

[`Client::list_countries`]: super::Client::list_countries*/
    #[derive(Debug, Clone)]
    pub struct ListCountries<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListCountries<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                per_page: Ok(None),
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
        ///Sends a `GET` request to `/countries`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListCountriesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, page, per_page } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/countries", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_countries",
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
    /**Builder for [`Client::get_country`]

[`Client::get_country`]: super::Client::get_country*/
    #[derive(Debug, Clone)]
    pub struct GetCountry<'a> {
        client: &'a super::Client,
        country_id: Result<Option<types::GetCountryCountryId>, String>,
        country_iso_code2: Result<Option<types::GetCountryCountryIsoCode2>, String>,
        country_iso_code3: Result<Option<types::GetCountryCountryIsoCode3>, String>,
    }
    impl<'a> GetCountry<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                country_id: Ok(None),
                country_iso_code2: Ok(None),
                country_iso_code3: Ok(None),
            }
        }
        pub fn country_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCountryCountryId>,
        {
            self.country_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCountryCountryId` for country_id failed"
                        .to_string()
                });
            self
        }
        pub fn country_iso_code2<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCountryCountryIsoCode2>,
        {
            self.country_iso_code2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCountryCountryIsoCode2` for country_iso_code2 failed"
                        .to_string()
                });
            self
        }
        pub fn country_iso_code3<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCountryCountryIsoCode3>,
        {
            self.country_iso_code3 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCountryCountryIsoCode3` for country_iso_code3 failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/countries/country`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCountryResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, country_id, country_iso_code2, country_iso_code3 } = self;
            let country_id = country_id.map_err(Error::InvalidRequest)?;
            let country_iso_code2 = country_iso_code2.map_err(Error::InvalidRequest)?;
            let country_iso_code3 = country_iso_code3.map_err(Error::InvalidRequest)?;
            let url = format!("{}/countries/country", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("country[id]", &country_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "country[iso_code2]",
                        &country_iso_code2,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "country[iso_code3]",
                        &country_iso_code3,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_country",
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
    /**Builder for [`Client::list_country_states`]

[`Client::list_country_states`]: super::Client::list_country_states*/
    #[derive(Debug, Clone)]
    pub struct ListCountryStates<'a> {
        client: &'a super::Client,
        country_id: Result<Option<types::ListCountryStatesCountryId>, String>,
        country_iso_code2: Result<
            Option<types::ListCountryStatesCountryIsoCode2>,
            String,
        >,
        country_iso_code3: Result<
            Option<types::ListCountryStatesCountryIsoCode3>,
            String,
        >,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListCountryStates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                country_id: Ok(None),
                country_iso_code2: Ok(None),
                country_iso_code3: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        pub fn country_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCountryStatesCountryId>,
        {
            self.country_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListCountryStatesCountryId` for country_id failed"
                        .to_string()
                });
            self
        }
        pub fn country_iso_code2<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCountryStatesCountryIsoCode2>,
        {
            self.country_iso_code2 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListCountryStatesCountryIsoCode2` for country_iso_code2 failed"
                        .to_string()
                });
            self
        }
        pub fn country_iso_code3<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListCountryStatesCountryIsoCode3>,
        {
            self.country_iso_code3 = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListCountryStatesCountryIsoCode3` for country_iso_code3 failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/countries/country/country_states`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListCountryStatesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                country_id,
                country_iso_code2,
                country_iso_code3,
                page,
                per_page,
            } = self;
            let country_id = country_id.map_err(Error::InvalidRequest)?;
            let country_iso_code2 = country_iso_code2.map_err(Error::InvalidRequest)?;
            let country_iso_code3 = country_iso_code3.map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/countries/country/country_states", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("country[id]", &country_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "country[iso_code2]",
                        &country_iso_code2,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "country[iso_code3]",
                        &country_iso_code3,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_country_states",
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
    /**Builder for [`Client::get_country_state`]

[`Client::get_country_state`]: super::Client::get_country_state*/
    #[derive(Debug, Clone)]
    pub struct GetCountryState<'a> {
        client: &'a super::Client,
        country_state_id: Result<Option<types::GetCountryStateCountryStateId>, String>,
    }
    impl<'a> GetCountryState<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                country_state_id: Ok(None),
            }
        }
        pub fn country_state_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCountryStateCountryStateId>,
        {
            self.country_state_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCountryStateCountryStateId` for country_state_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/country_states/country_state`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCountryStateResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, country_state_id } = self;
            let country_state_id = country_state_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/country_states/country_state", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "country_state[id]",
                        &country_state_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_country_state",
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
    /**Builder for [`Client::list_currencies`]

[`Client::list_currencies`]: super::Client::list_currencies*/
    #[derive(Debug, Clone)]
    pub struct ListCurrencies<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListCurrencies<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                per_page: Ok(None),
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
        ///Sends a `GET` request to `/currencies`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListCurrenciesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, page, per_page } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/currencies", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_currencies",
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
    /**Builder for [`Client::get_currency`]

[`Client::get_currency`]: super::Client::get_currency*/
    #[derive(Debug, Clone)]
    pub struct GetCurrency<'a> {
        client: &'a super::Client,
        currency_id: Result<Option<types::GetCurrencyCurrencyId>, String>,
        currency_iso_code: Result<Option<types::GetCurrencyCurrencyIsoCode>, String>,
    }
    impl<'a> GetCurrency<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                currency_id: Ok(None),
                currency_iso_code: Ok(None),
            }
        }
        pub fn currency_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCurrencyCurrencyId>,
        {
            self.currency_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCurrencyCurrencyId` for currency_id failed"
                        .to_string()
                });
            self
        }
        pub fn currency_iso_code<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetCurrencyCurrencyIsoCode>,
        {
            self.currency_iso_code = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetCurrencyCurrencyIsoCode` for currency_iso_code failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/currencies/currency`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetCurrencyResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, currency_id, currency_iso_code } = self;
            let currency_id = currency_id.map_err(Error::InvalidRequest)?;
            let currency_iso_code = currency_iso_code.map_err(Error::InvalidRequest)?;
            let url = format!("{}/currencies/currency", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("currency[id]", &currency_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "currency[iso_code]",
                        &currency_iso_code,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_currency",
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
    /**Builder for [`Client::list_data_centers`]

[`Client::list_data_centers`]: super::Client::list_data_centers*/
    #[derive(Debug, Clone)]
    pub struct ListDataCenters<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListDataCenters<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/data_centers`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListDataCentersResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/data_centers", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_data_centers",
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
    /**Builder for [`Client::get_data_center`]

[`Client::get_data_center`]: super::Client::get_data_center*/
    #[derive(Debug, Clone)]
    pub struct GetDataCenter<'a> {
        client: &'a super::Client,
        data_center_id: Result<Option<types::GetDataCenterDataCenterId>, String>,
        data_center_permalink: Result<
            Option<types::GetDataCenterDataCenterPermalink>,
            String,
        >,
    }
    impl<'a> GetDataCenter<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                data_center_id: Ok(None),
                data_center_permalink: Ok(None),
            }
        }
        pub fn data_center_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetDataCenterDataCenterId>,
        {
            self.data_center_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetDataCenterDataCenterId` for data_center_id failed"
                        .to_string()
                });
            self
        }
        pub fn data_center_permalink<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetDataCenterDataCenterPermalink>,
        {
            self.data_center_permalink = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetDataCenterDataCenterPermalink` for data_center_permalink failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/data_centers/data_center`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetDataCenterResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, data_center_id, data_center_permalink } = self;
            let data_center_id = data_center_id.map_err(Error::InvalidRequest)?;
            let data_center_permalink = data_center_permalink
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/data_centers/data_center", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[id]",
                        &data_center_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[permalink]",
                        &data_center_permalink,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_data_center",
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
    /**Builder for [`Client::get_default_network_of_data_center`]

[`Client::get_default_network_of_data_center`]: super::Client::get_default_network_of_data_center*/
    #[derive(Debug, Clone)]
    pub struct GetDefaultNetworkOfDataCenter<'a> {
        client: &'a super::Client,
        data_center_id: Result<
            Option<types::GetDefaultNetworkOfDataCenterDataCenterId>,
            String,
        >,
        data_center_permalink: Result<
            Option<types::GetDefaultNetworkOfDataCenterDataCenterPermalink>,
            String,
        >,
    }
    impl<'a> GetDefaultNetworkOfDataCenter<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                data_center_id: Ok(None),
                data_center_permalink: Ok(None),
            }
        }
        pub fn data_center_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetDefaultNetworkOfDataCenterDataCenterId>,
        {
            self.data_center_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetDefaultNetworkOfDataCenterDataCenterId` for data_center_id failed"
                        .to_string()
                });
            self
        }
        pub fn data_center_permalink<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::GetDefaultNetworkOfDataCenterDataCenterPermalink,
            >,
        {
            self.data_center_permalink = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetDefaultNetworkOfDataCenterDataCenterPermalink` for data_center_permalink failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/data_centers/data_center/default_network`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetDefaultNetworkOfDataCenterResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, data_center_id, data_center_permalink } = self;
            let data_center_id = data_center_id.map_err(Error::InvalidRequest)?;
            let data_center_permalink = data_center_permalink
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/data_centers/data_center/default_network", client.baseurl,
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[id]",
                        &data_center_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[permalink]",
                        &data_center_permalink,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_default_network_of_data_center",
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
    /**Builder for [`Client::list_gpu_types_for_data_center`]

[`Client::list_gpu_types_for_data_center`]: super::Client::list_gpu_types_for_data_center*/
    #[derive(Debug, Clone)]
    pub struct ListGpuTypesForDataCenter<'a> {
        client: &'a super::Client,
        data_center_id: Result<
            Option<types::ListGpuTypesForDataCenterDataCenterId>,
            String,
        >,
        data_center_permalink: Result<
            Option<types::ListGpuTypesForDataCenterDataCenterPermalink>,
            String,
        >,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListGpuTypesForDataCenter<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                data_center_id: Ok(None),
                data_center_permalink: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        pub fn data_center_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListGpuTypesForDataCenterDataCenterId>,
        {
            self.data_center_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListGpuTypesForDataCenterDataCenterId` for data_center_id failed"
                        .to_string()
                });
            self
        }
        pub fn data_center_permalink<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::ListGpuTypesForDataCenterDataCenterPermalink,
            >,
        {
            self.data_center_permalink = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListGpuTypesForDataCenterDataCenterPermalink` for data_center_permalink failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/data_centers/data_center/gpu_types`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListGpuTypesForDataCenterResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, data_center_id, data_center_permalink, page, per_page } = self;
            let data_center_id = data_center_id.map_err(Error::InvalidRequest)?;
            let data_center_permalink = data_center_permalink
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/data_centers/data_center/gpu_types", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[id]",
                        &data_center_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "data_center[permalink]",
                        &data_center_permalink,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_gpu_types_for_data_center",
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
    /**Builder for [`Client::list_gpu_types`]

[`Client::list_gpu_types`]: super::Client::list_gpu_types*/
    #[derive(Debug, Clone)]
    pub struct ListGpuTypes<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListGpuTypes<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                per_page: Ok(None),
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
        ///Sends a `GET` request to `/gpu_types`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListGpuTypesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, page, per_page } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/gpu_types", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_gpu_types",
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
    /**Builder for [`Client::get_gpu_type`]

[`Client::get_gpu_type`]: super::Client::get_gpu_type*/
    #[derive(Debug, Clone)]
    pub struct GetGpuType<'a> {
        client: &'a super::Client,
        gpu_type_id: Result<Option<types::GetGpuTypeGpuTypeId>, String>,
        gpu_type_permalink: Result<Option<types::GetGpuTypeGpuTypePermalink>, String>,
    }
    impl<'a> GetGpuType<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                gpu_type_id: Ok(None),
                gpu_type_permalink: Ok(None),
            }
        }
        pub fn gpu_type_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetGpuTypeGpuTypeId>,
        {
            self.gpu_type_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetGpuTypeGpuTypeId` for gpu_type_id failed"
                        .to_string()
                });
            self
        }
        pub fn gpu_type_permalink<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetGpuTypeGpuTypePermalink>,
        {
            self.gpu_type_permalink = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetGpuTypeGpuTypePermalink` for gpu_type_permalink failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/gpu_types/gpu_type`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetGpuTypeResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, gpu_type_id, gpu_type_permalink } = self;
            let gpu_type_id = gpu_type_id.map_err(Error::InvalidRequest)?;
            let gpu_type_permalink = gpu_type_permalink.map_err(Error::InvalidRequest)?;
            let url = format!("{}/gpu_types/gpu_type", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("gpu_type[id]", &gpu_type_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "gpu_type[permalink]",
                        &gpu_type_permalink,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_gpu_type",
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
    /**Builder for [`Client::get_ip_address`]

[`Client::get_ip_address`]: super::Client::get_ip_address*/
    #[derive(Debug, Clone)]
    pub struct GetIpAddress<'a> {
        client: &'a super::Client,
        ip_address_address: Result<Option<types::GetIpAddressIpAddressAddress>, String>,
        ip_address_id: Result<Option<types::GetIpAddressIpAddressId>, String>,
    }
    impl<'a> GetIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_address_address: Ok(None),
                ip_address_id: Ok(None),
            }
        }
        pub fn ip_address_address<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetIpAddressIpAddressAddress>,
        {
            self.ip_address_address = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetIpAddressIpAddressAddress` for ip_address_address failed"
                        .to_string()
                });
            self
        }
        pub fn ip_address_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetIpAddressIpAddressId>,
        {
            self.ip_address_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetIpAddressIpAddressId` for ip_address_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/ip_addresses/ip_address`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetIpAddressResponse>,
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
                .get(url)
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
                operation_id: "get_ip_address",
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
    /**Builder for [`Client::update_ip_address`]

[`Client::update_ip_address`]: super::Client::update_ip_address*/
    #[derive(Debug, Clone)]
    pub struct UpdateIpAddress<'a> {
        client: &'a super::Client,
        body: Result<types::builder::UpdateIpAddressRequest, String>,
    }
    impl<'a> UpdateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::UpdateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIpAddressRequest,
            ) -> types::builder::UpdateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `PATCH` request to `/ip_addresses/ip_address`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::UpdateIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::UpdateIpAddressRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
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
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_ip_address",
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
    /**Builder for [`Client::list_operating_systems`]

[`Client::list_operating_systems`]: super::Client::list_operating_systems*/
    #[derive(Debug, Clone)]
    pub struct ListOperatingSystems<'a> {
        client: &'a super::Client,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListOperatingSystems<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                page: Ok(None),
                per_page: Ok(None),
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
        ///Sends a `GET` request to `/operating_systems`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListOperatingSystemsResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, page, per_page } = self;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!("{}/operating_systems", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_operating_systems",
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
    /**Builder for [`Client::get_operating_system`]

[`Client::get_operating_system`]: super::Client::get_operating_system*/
    #[derive(Debug, Clone)]
    pub struct GetOperatingSystem<'a> {
        client: &'a super::Client,
        operating_system_id: Result<
            Option<types::GetOperatingSystemOperatingSystemId>,
            String,
        >,
    }
    impl<'a> GetOperatingSystem<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                operating_system_id: Ok(None),
            }
        }
        pub fn operating_system_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetOperatingSystemOperatingSystemId>,
        {
            self.operating_system_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetOperatingSystemOperatingSystemId` for operating_system_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/operating_systems/operating_system`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetOperatingSystemResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, operating_system_id } = self;
            let operating_system_id = operating_system_id
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/operating_systems/operating_system", client.baseurl,);
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "operating_system[id]",
                        &operating_system_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_operating_system",
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
    /**Builder for [`Client::list_ip_addresses`]

[`Client::list_ip_addresses`]: super::Client::list_ip_addresses*/
    #[derive(Debug, Clone)]
    pub struct ListIpAddresses<'a> {
        client: &'a super::Client,
        allocated: Result<Option<bool>, String>,
        organization_id: Result<Option<types::ListIpAddressesOrganizationId>, String>,
        organization_sub_domain: Result<
            Option<types::ListIpAddressesOrganizationSubDomain>,
            String,
        >,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListIpAddresses<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                allocated: Ok(None),
                organization_id: Ok(None),
                organization_sub_domain: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        pub fn allocated<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.allocated = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for allocated failed".to_string());
            self
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListIpAddressesOrganizationId>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListIpAddressesOrganizationId` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_sub_domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListIpAddressesOrganizationSubDomain>,
        {
            self.organization_sub_domain = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListIpAddressesOrganizationSubDomain` for organization_sub_domain failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/organizations/organization/ip_addresses`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListIpAddressesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                allocated,
                organization_id,
                organization_sub_domain,
                page,
                per_page,
            } = self;
            let allocated = allocated.map_err(Error::InvalidRequest)?;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_sub_domain = organization_sub_domain
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/organizations/organization/ip_addresses", client.baseurl,
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
                .query(&progenitor_client::QueryParam::new("allocated", &allocated))
                .query(
                    &progenitor_client::QueryParam::new(
                        "organization[id]",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organization[sub_domain]",
                        &organization_sub_domain,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ip_addresses",
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
    /**Builder for [`Client::create_ip_address`]

[`Client::create_ip_address`]: super::Client::create_ip_address*/
    #[derive(Debug, Clone)]
    pub struct CreateIpAddress<'a> {
        client: &'a super::Client,
        body: Result<types::builder::CreateIpAddressRequest, String>,
    }
    impl<'a> CreateIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::CreateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIpAddressRequest,
            ) -> types::builder::CreateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/organizations/organization/ip_addresses`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::CreateIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::CreateIpAddressRequest::try_from(v).map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/organizations/organization/ip_addresses", client.baseurl,
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
                operation_id: "create_ip_address",
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
    /**Builder for [`Client::list_virtual_machines`]

[`Client::list_virtual_machines`]: super::Client::list_virtual_machines*/
    #[derive(Debug, Clone)]
    pub struct ListVirtualMachines<'a> {
        client: &'a super::Client,
        annotations_key: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        annotations_value: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        organization_id: Result<
            Option<types::ListVirtualMachinesOrganizationId>,
            String,
        >,
        organization_sub_domain: Result<
            Option<types::ListVirtualMachinesOrganizationSubDomain>,
            String,
        >,
        page: Result<Option<::std::num::NonZeroU64>, String>,
        per_page: Result<Option<::std::num::NonZeroU64>, String>,
    }
    impl<'a> ListVirtualMachines<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                annotations_key: Ok(None),
                annotations_value: Ok(None),
                organization_id: Ok(None),
                organization_sub_domain: Ok(None),
                page: Ok(None),
                per_page: Ok(None),
            }
        }
        pub fn annotations_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.annotations_key = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for annotations_key failed"
                        .to_string()
                });
            self
        }
        pub fn annotations_value<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
        {
            self.annotations_value = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `:: std :: vec :: Vec < :: std :: string :: String >` for annotations_value failed"
                        .to_string()
                });
            self
        }
        pub fn organization_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVirtualMachinesOrganizationId>,
        {
            self.organization_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVirtualMachinesOrganizationId` for organization_id failed"
                        .to_string()
                });
            self
        }
        pub fn organization_sub_domain<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ListVirtualMachinesOrganizationSubDomain>,
        {
            self.organization_sub_domain = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListVirtualMachinesOrganizationSubDomain` for organization_sub_domain failed"
                        .to_string()
                });
            self
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
        ///Sends a `GET` request to `/organizations/organization/virtual_machines`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListVirtualMachinesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self {
                client,
                annotations_key,
                annotations_value,
                organization_id,
                organization_sub_domain,
                page,
                per_page,
            } = self;
            let annotations_key = annotations_key.map_err(Error::InvalidRequest)?;
            let annotations_value = annotations_value.map_err(Error::InvalidRequest)?;
            let organization_id = organization_id.map_err(Error::InvalidRequest)?;
            let organization_sub_domain = organization_sub_domain
                .map_err(Error::InvalidRequest)?;
            let page = page.map_err(Error::InvalidRequest)?;
            let per_page = per_page.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/organizations/organization/virtual_machines", client.baseurl,
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "annotations[][key]",
                        &annotations_key,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "annotations[][value]",
                        &annotations_value,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organization[id]",
                        &organization_id,
                    ),
                )
                .query(
                    &progenitor_client::QueryParam::new(
                        "organization[sub_domain]",
                        &organization_sub_domain,
                    ),
                )
                .query(&progenitor_client::QueryParam::new("page", &page))
                .query(&progenitor_client::QueryParam::new("per_page", &per_page))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_virtual_machines",
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
    /**Builder for [`Client::get_network_interface`]

[`Client::get_network_interface`]: super::Client::get_network_interface*/
    #[derive(Debug, Clone)]
    pub struct GetNetworkInterface<'a> {
        client: &'a super::Client,
        virtual_machine_network_interface_id: Result<
            Option<types::GetNetworkInterfaceVirtualMachineNetworkInterfaceId>,
            String,
        >,
    }
    impl<'a> GetNetworkInterface<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                virtual_machine_network_interface_id: Ok(None),
            }
        }
        pub fn virtual_machine_network_interface_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::GetNetworkInterfaceVirtualMachineNetworkInterfaceId,
            >,
        {
            self.virtual_machine_network_interface_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetNetworkInterfaceVirtualMachineNetworkInterfaceId` for virtual_machine_network_interface_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetNetworkInterfaceResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, virtual_machine_network_interface_id } = self;
            let virtual_machine_network_interface_id = virtual_machine_network_interface_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machine_network_interfaces/virtual_machine_network_interface",
                client.baseurl,
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "virtual_machine_network_interface[id]",
                        &virtual_machine_network_interface_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_network_interface",
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
    /**Builder for [`Client::allocate_ip_address_to_interface`]

[`Client::allocate_ip_address_to_interface`]: super::Client::allocate_ip_address_to_interface*/
    #[derive(Debug, Clone)]
    pub struct AllocateIpAddressToInterface<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AllocateIpAddressToInterfaceRequest, String>,
    }
    impl<'a> AllocateIpAddressToInterface<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateIpAddressToInterfaceRequest>,
            <V as std::convert::TryInto<
                types::AllocateIpAddressToInterfaceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateIpAddressToInterfaceRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateIpAddressToInterfaceRequest,
            ) -> types::builder::AllocateIpAddressToInterfaceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AllocateIpAddressToInterfaceResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AllocateIpAddressToInterfaceRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip",
                client.baseurl,
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
                operation_id: "allocate_ip_address_to_interface",
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
    /**Builder for [`Client::allocate_new_ip_address`]

[`Client::allocate_new_ip_address`]: super::Client::allocate_new_ip_address*/
    #[derive(Debug, Clone)]
    pub struct AllocateNewIpAddress<'a> {
        client: &'a super::Client,
        body: Result<types::builder::AllocateNewIpAddressRequest, String>,
    }
    impl<'a> AllocateNewIpAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateNewIpAddressRequest>,
            <V as std::convert::TryInto<
                types::AllocateNewIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateNewIpAddressRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateNewIpAddressRequest,
            ) -> types::builder::AllocateNewIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        ///Sends a `POST` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::AllocateNewIpAddressResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| {
                    types::AllocateNewIpAddressRequest::try_from(v)
                        .map_err(|e| e.to_string())
                })
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip",
                client.baseurl,
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
                operation_id: "allocate_new_ip_address",
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
    /**Builder for [`Client::list_available_ip_addresses`]

[`Client::list_available_ip_addresses`]: super::Client::list_available_ip_addresses*/
    #[derive(Debug, Clone)]
    pub struct ListAvailableIpAddresses<'a> {
        client: &'a super::Client,
        address_version: Result<types::IpAddressVersionEnum, String>,
        virtual_machine_network_interface_id: Result<
            Option<types::ListAvailableIpAddressesVirtualMachineNetworkInterfaceId>,
            String,
        >,
    }
    impl<'a> ListAvailableIpAddresses<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                address_version: Err("address_version was not initialized".to_string()),
                virtual_machine_network_interface_id: Ok(None),
            }
        }
        pub fn address_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpAddressVersionEnum>,
        {
            self.address_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `IpAddressVersionEnum` for address_version failed"
                        .to_string()
                });
            self
        }
        pub fn virtual_machine_network_interface_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<
                types::ListAvailableIpAddressesVirtualMachineNetworkInterfaceId,
            >,
        {
            self.virtual_machine_network_interface_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `ListAvailableIpAddressesVirtualMachineNetworkInterfaceId` for virtual_machine_network_interface_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{address_version}`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListAvailableIpAddressesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, address_version, virtual_machine_network_interface_id } = self;
            let address_version = address_version.map_err(Error::InvalidRequest)?;
            let virtual_machine_network_interface_id = virtual_machine_network_interface_id
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{}",
                client.baseurl, encode_path(& address_version.to_string()),
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
                .query(
                    &progenitor_client::QueryParam::new(
                        "virtual_machine_network_interface[id]",
                        &virtual_machine_network_interface_id,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_available_ip_addresses",
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
    /**Builder for [`Client::get_virtual_machine`]

[`Client::get_virtual_machine`]: super::Client::get_virtual_machine*/
    #[derive(Debug, Clone)]
    pub struct GetVirtualMachine<'a> {
        client: &'a super::Client,
        virtual_machine_fqdn: Result<
            Option<types::GetVirtualMachineVirtualMachineFqdn>,
            String,
        >,
        virtual_machine_id: Result<
            Option<types::GetVirtualMachineVirtualMachineId>,
            String,
        >,
    }
    impl<'a> GetVirtualMachine<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                virtual_machine_fqdn: Ok(None),
                virtual_machine_id: Ok(None),
            }
        }
        pub fn virtual_machine_fqdn<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetVirtualMachineVirtualMachineFqdn>,
        {
            self.virtual_machine_fqdn = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetVirtualMachineVirtualMachineFqdn` for virtual_machine_fqdn failed"
                        .to_string()
                });
            self
        }
        pub fn virtual_machine_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetVirtualMachineVirtualMachineId>,
        {
            self.virtual_machine_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetVirtualMachineVirtualMachineId` for virtual_machine_id failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/virtual_machines/virtual_machine`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::GetVirtualMachineResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client, virtual_machine_fqdn, virtual_machine_id } = self;
            let virtual_machine_fqdn = virtual_machine_fqdn
                .map_err(Error::InvalidRequest)?;
            let virtual_machine_id = virtual_machine_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/virtual_machines/virtual_machine", client.baseurl,);
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
                operation_id: "get_virtual_machine",
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
    /**Builder for [`Client::list_zones`]

[`Client::list_zones`]: super::Client::list_zones*/
    #[derive(Debug, Clone)]
    pub struct ListZones<'a> {
        client: &'a super::Client,
    }
    impl<'a> ListZones<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }
        ///Sends a `GET` request to `/zones`
        pub async fn send(
            self,
        ) -> Result<
            ResponseValue<types::ListZonesResponse>,
            Error<types::ErrorResponse>,
        > {
            let Self { client } = self;
            let url = format!("{}/zones", client.baseurl,);
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
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_zones",
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
    /**Builder for [`Client::get_zone`]

[`Client::get_zone`]: super::Client::get_zone*/
    #[derive(Debug, Clone)]
    pub struct GetZone<'a> {
        client: &'a super::Client,
        zone_id: Result<Option<types::GetZoneZoneId>, String>,
        zone_permalink: Result<Option<types::GetZoneZonePermalink>, String>,
    }
    impl<'a> GetZone<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                zone_id: Ok(None),
                zone_permalink: Ok(None),
            }
        }
        pub fn zone_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetZoneZoneId>,
        {
            self.zone_id = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetZoneZoneId` for zone_id failed".to_string()
                });
            self
        }
        pub fn zone_permalink<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GetZoneZonePermalink>,
        {
            self.zone_permalink = value
                .try_into()
                .map(Some)
                .map_err(|_| {
                    "conversion to `GetZoneZonePermalink` for zone_permalink failed"
                        .to_string()
                });
            self
        }
        ///Sends a `GET` request to `/zones/zone`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::GetZoneResponse>, Error<types::ErrorResponse>> {
            let Self { client, zone_id, zone_permalink } = self;
            let zone_id = zone_id.map_err(Error::InvalidRequest)?;
            let zone_permalink = zone_permalink.map_err(Error::InvalidRequest)?;
            let url = format!("{}/zones/zone", client.baseurl,);
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
                .query(&progenitor_client::QueryParam::new("zone[id]", &zone_id))
                .query(
                    &progenitor_client::QueryParam::new(
                        "zone[permalink]",
                        &zone_permalink,
                    ),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_zone",
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
/// What each error code the spec documents means to a caller, decided from the
/// spec by build-tools (`meaning.rs`): retryable codes are the service's own
/// answers at 429 and 503 (documented by every operation), not an operation's
/// outcome; not-found codes are those documented at 404.
pub mod meanings {
    /// Whether sending the same request later may succeed, for a code the spec
    /// documents; `None` for a code it does not.
    pub fn is_retryable_code(code: &str) -> Option<bool> {
        match code {
            "rate_limit_reached" | "service_unavailable" => Some(true),
            "country_not_found" | "country_state_not_found" | "currency_not_found"
            | "data_center_not_found" | "gpu_type_not_found" | "invalid_api_token"
            | "invalid_argument" | "invalid_capabilities_token" | "invalid_ip"
            | "ip_address_not_found" | "ip_already_allocated" | "missing_api_token"
            | "missing_required_argument" | "network_not_found" | "no_allocation"
            | "no_available_addresses" | "no_interface_available" | "object_in_trash"
            | "operating_system_not_found" | "organization_not_activated"
            | "organization_not_found" | "organization_suspended" | "permission_denied"
            | "resource_does_not_support_unallocation" | "route_not_found"
            | "scope_not_granted" | "unauthorized_network_for_api_token"
            | "unhandled_exception" | "validation_error"
            | "virtual_machine_network_interface_not_found" | "virtual_machine_not_found"
            | "zone_not_found" => Some(false),
            _ => None,
        }
    }
    /// Whether the spec documents this code at 404: an object the request named
    /// does not exist (or, `route_not_found`, the path itself).
    pub fn is_not_found_code(code: &str) -> bool {
        [
            "country_not_found",
            "country_state_not_found",
            "currency_not_found",
            "data_center_not_found",
            "gpu_type_not_found",
            "ip_address_not_found",
            "network_not_found",
            "operating_system_not_found",
            "organization_not_found",
            "route_not_found",
            "virtual_machine_network_interface_not_found",
            "virtual_machine_not_found",
            "zone_not_found",
        ]
            .contains(&code)
    }
}
/// The SDK's request for every operation, made by the method of the same name on
/// [`Client`](crate::Client): set its arguments, then `send` it (and, for a list,
/// `stream` or `collect_all` its pages). Every request fails with
/// [`Error`](crate::Error): API errors typed, unknown codes kept, the status always
/// present, and a caller's mistake reported before anything is sent.
pub mod operations {
    #[allow(unused_imports)]
    use super::{ByteStream, types};
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /countries` request: list countries. Made by [`Client::list_countries`](crate::Client::list_countries).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListCountries {
        client: ::std::sync::Arc<super::Client>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListCountries {
        /// A request for `client`; the same as [`Client::list_countries`](crate::Client::list_countries) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
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
        pub async fn send(self) -> crate::Result<crate::Page<types::Countries>> {
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
        ) -> ::futures::stream::BoxStream<'static, crate::Result<types::Countries>> {
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::Countries>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(self, page: u64) -> crate::Result<crate::Page<types::Countries>> {
            let Self { client, page: _, per_page, concurrency: _ } = self;
            let request = client.list_countries().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let answer = crate::response::call(request.send()).await?;
            Ok(crate::Page {
                items: answer.countries,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /countries/country` request: get country. Made by [`Client::get_country`](crate::Client::get_country).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCountry {
        client: ::std::sync::Arc<super::Client>,
        country: Result<Option<types::CountryLookup>, (&'static str, String)>,
    }
    impl GetCountry {
        /// A request for `client`; the same as [`Client::get_country`](crate::Client::get_country) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                country: Ok(None),
            }
        }
        /** The country to act on, by exactly one of its keys (sent as `country[id]` or `country[iso_code2]` or `country[iso_code3]`). Required.

 Takes a [`types::CountryLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn country<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::CountryLookup>,
            V::Error: Into<crate::Error>,
        {
            self.country = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "country"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetCountryResponse> {
            let Self { client, country } = self;
            let request = client.get_country();
            let request = match country {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::CountryLookup::Id(value) => {
                            request.country_id(value.to_string())
                        }
                        types::CountryLookup::IsoCode2(value) => {
                            request.country_iso_code2(value.to_string())
                        }
                        types::CountryLookup::IsoCode3(value) => {
                            request.country_iso_code3(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "country",
                        reason: "not set: give one of `country[id]`, `country[iso_code2]`, `country[iso_code3]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /countries/country/country_states` request: list country states. Made by [`Client::list_country_states`](crate::Client::list_country_states).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListCountryStates {
        client: ::std::sync::Arc<super::Client>,
        country: Result<Option<types::CountryLookup>, (&'static str, String)>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListCountryStates {
        /// A request for `client`; the same as [`Client::list_country_states`](crate::Client::list_country_states) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                country: Ok(None),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
        }
        /** The country to act on, by exactly one of its keys (sent as `country[id]` or `country[iso_code2]` or `country[iso_code3]`). Required.

 Takes a [`types::CountryLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn country<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::CountryLookup>,
            V::Error: Into<crate::Error>,
        {
            self.country = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "country"));
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
        pub async fn send(self) -> crate::Result<crate::Page<types::CountryStates>> {
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
        ) -> ::futures::stream::BoxStream<'static, crate::Result<types::CountryStates>> {
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::CountryStates>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::CountryStates>> {
            let Self { client, country, page: _, per_page, concurrency: _ } = self;
            let request = client.list_country_states().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let request = match country {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::CountryLookup::Id(value) => {
                            request.country_id(value.to_string())
                        }
                        types::CountryLookup::IsoCode2(value) => {
                            request.country_iso_code2(value.to_string())
                        }
                        types::CountryLookup::IsoCode3(value) => {
                            request.country_iso_code3(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "country",
                        reason: "not set: give one of `country[id]`, `country[iso_code2]`, `country[iso_code3]`"
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
                items: answer.country_states,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /country_states/country_state` request: get country state. Made by [`Client::get_country_state`](crate::Client::get_country_state).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCountryState {
        client: ::std::sync::Arc<super::Client>,
        country_state: Result<Option<types::CountryStateLookup>, (&'static str, String)>,
    }
    impl GetCountryState {
        /// A request for `client`; the same as [`Client::get_country_state`](crate::Client::get_country_state) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                country_state: Ok(None),
            }
        }
        /** The country state to act on, by exactly one of its keys (sent as `country_state[id]`). Required.

 Takes a [`types::CountryStateLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn country_state<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::CountryStateLookup>,
            V::Error: Into<crate::Error>,
        {
            self.country_state = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(
                    error.into(),
                    "country_state",
                ));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetCountryStateResponse> {
            let Self { client, country_state } = self;
            let request = client.get_country_state();
            let request = match country_state {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::CountryStateLookup::Id(value) => {
                            request.country_state_id(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "country_state",
                        reason: "not set: give one of `country_state[id]`".into(),
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /currencies` request: list currencies. Made by [`Client::list_currencies`](crate::Client::list_currencies).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListCurrencies {
        client: ::std::sync::Arc<super::Client>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListCurrencies {
        /// A request for `client`; the same as [`Client::list_currencies`](crate::Client::list_currencies) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
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
        pub async fn send(self) -> crate::Result<crate::Page<types::Currencies>> {
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
        ) -> ::futures::stream::BoxStream<'static, crate::Result<types::Currencies>> {
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::Currencies>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::Currencies>> {
            let Self { client, page: _, per_page, concurrency: _ } = self;
            let request = client.list_currencies().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let answer = crate::response::call(request.send()).await?;
            Ok(crate::Page {
                items: answer.currencies,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /currencies/currency` request: get currency. Made by [`Client::get_currency`](crate::Client::get_currency).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetCurrency {
        client: ::std::sync::Arc<super::Client>,
        currency: Result<Option<types::CurrencyLookup>, (&'static str, String)>,
    }
    impl GetCurrency {
        /// A request for `client`; the same as [`Client::get_currency`](crate::Client::get_currency) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                currency: Ok(None),
            }
        }
        /** The currency to act on, by exactly one of its keys (sent as `currency[id]` or `currency[iso_code]`). Required.

 Takes a [`types::CurrencyLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn currency<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::CurrencyLookup>,
            V::Error: Into<crate::Error>,
        {
            self.currency = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "currency"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetCurrencyResponse> {
            let Self { client, currency } = self;
            let request = client.get_currency();
            let request = match currency {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::CurrencyLookup::Id(value) => {
                            request.currency_id(value.to_string())
                        }
                        types::CurrencyLookup::IsoCode(value) => {
                            request.currency_iso_code(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "currency",
                        reason: "not set: give one of `currency[id]`, `currency[iso_code]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /data_centers` request: list data centers. Made by [`Client::list_data_centers`](crate::Client::list_data_centers).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListDataCenters {
        client: ::std::sync::Arc<super::Client>,
    }
    impl ListDataCenters {
        /// A request for `client`; the same as [`Client::list_data_centers`](crate::Client::list_data_centers) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self { client: client.shared() }
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::ListDataCentersResponse> {
            let Self { client } = self;
            let request = client.list_data_centers();
            crate::response::call(request.send()).await
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /data_centers/data_center` request: get data center. Made by [`Client::get_data_center`](crate::Client::get_data_center).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetDataCenter {
        client: ::std::sync::Arc<super::Client>,
        data_center: Result<Option<types::DataCenterLookup>, (&'static str, String)>,
    }
    impl GetDataCenter {
        /// A request for `client`; the same as [`Client::get_data_center`](crate::Client::get_data_center) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                data_center: Ok(None),
            }
        }
        /** The data center to act on, by exactly one of its keys (sent as `data_center[id]` or `data_center[permalink]`). Required.

 Takes a [`types::DataCenterLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn data_center<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::DataCenterLookup>,
            V::Error: Into<crate::Error>,
        {
            self.data_center = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "data_center"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetDataCenterResponse> {
            let Self { client, data_center } = self;
            let request = client.get_data_center();
            let request = match data_center {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::DataCenterLookup::Id(value) => {
                            request.data_center_id(value.to_string())
                        }
                        types::DataCenterLookup::Permalink(value) => {
                            request.data_center_permalink(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "data_center",
                        reason: "not set: give one of `data_center[id]`, `data_center[permalink]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /data_centers/data_center/default_network` request: get default network of data center. Made by [`Client::get_default_network_of_data_center`](crate::Client::get_default_network_of_data_center).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetDefaultNetworkOfDataCenter {
        client: ::std::sync::Arc<super::Client>,
        data_center: Result<Option<types::DataCenterLookup>, (&'static str, String)>,
    }
    impl GetDefaultNetworkOfDataCenter {
        /// A request for `client`; the same as [`Client::get_default_network_of_data_center`](crate::Client::get_default_network_of_data_center) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                data_center: Ok(None),
            }
        }
        /** The data center to act on, by exactly one of its keys (sent as `data_center[id]` or `data_center[permalink]`). Required.

 Takes a [`types::DataCenterLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn data_center<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::DataCenterLookup>,
            V::Error: Into<crate::Error>,
        {
            self.data_center = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "data_center"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(
            self,
        ) -> crate::Result<types::GetDefaultNetworkOfDataCenterResponse> {
            let Self { client, data_center } = self;
            let request = client.get_default_network_of_data_center();
            let request = match data_center {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::DataCenterLookup::Id(value) => {
                            request.data_center_id(value.to_string())
                        }
                        types::DataCenterLookup::Permalink(value) => {
                            request.data_center_permalink(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "data_center",
                        reason: "not set: give one of `data_center[id]`, `data_center[permalink]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /data_centers/data_center/gpu_types` request: list GPU types for Data Center. Made by [`Client::list_gpu_types_for_data_center`](crate::Client::list_gpu_types_for_data_center).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListGpuTypesForDataCenter {
        client: ::std::sync::Arc<super::Client>,
        data_center: Result<Option<types::DataCenterLookup>, (&'static str, String)>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListGpuTypesForDataCenter {
        /// A request for `client`; the same as [`Client::list_gpu_types_for_data_center`](crate::Client::list_gpu_types_for_data_center) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                data_center: Ok(None),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
        }
        /** The data center to act on, by exactly one of its keys (sent as `data_center[id]` or `data_center[permalink]`). Required.

 Takes a [`types::DataCenterLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn data_center<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::DataCenterLookup>,
            V::Error: Into<crate::Error>,
        {
            self.data_center = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "data_center"));
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
        ) -> crate::Result<
            crate::Page<types::GetDataCenterGpuTypes200ResponseGpuTypes>,
        > {
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
            crate::Result<types::GetDataCenterGpuTypes200ResponseGpuTypes>,
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
        ) -> crate::Result<Vec<types::GetDataCenterGpuTypes200ResponseGpuTypes>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<
            crate::Page<types::GetDataCenterGpuTypes200ResponseGpuTypes>,
        > {
            let Self { client, data_center, page: _, per_page, concurrency: _ } = self;
            let request = client.list_gpu_types_for_data_center().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let request = match data_center {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::DataCenterLookup::Id(value) => {
                            request.data_center_id(value.to_string())
                        }
                        types::DataCenterLookup::Permalink(value) => {
                            request.data_center_permalink(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "data_center",
                        reason: "not set: give one of `data_center[id]`, `data_center[permalink]`"
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
                items: answer.gpu_types,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /gpu_types` request: list GPU types. Made by [`Client::list_gpu_types`](crate::Client::list_gpu_types).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListGpuTypes {
        client: ::std::sync::Arc<super::Client>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListGpuTypes {
        /// A request for `client`; the same as [`Client::list_gpu_types`](crate::Client::list_gpu_types) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
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
        pub async fn send(self) -> crate::Result<crate::Page<types::GpuTypes>> {
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
        ) -> ::futures::stream::BoxStream<'static, crate::Result<types::GpuTypes>> {
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::GpuTypes>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(self, page: u64) -> crate::Result<crate::Page<types::GpuTypes>> {
            let Self { client, page: _, per_page, concurrency: _ } = self;
            let request = client.list_gpu_types().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let answer = crate::response::call(request.send()).await?;
            Ok(crate::Page {
                items: answer.gpu_types,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /gpu_types/gpu_type` request: get GPU type. Made by [`Client::get_gpu_type`](crate::Client::get_gpu_type).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetGpuType {
        client: ::std::sync::Arc<super::Client>,
        gpu_type: Result<Option<types::GpuTypeLookup>, (&'static str, String)>,
    }
    impl GetGpuType {
        /// A request for `client`; the same as [`Client::get_gpu_type`](crate::Client::get_gpu_type) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                gpu_type: Ok(None),
            }
        }
        /** The gpu type to act on, by exactly one of its keys (sent as `gpu_type[id]` or `gpu_type[permalink]`). Required.

 Takes a [`types::GpuTypeLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn gpu_type<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::GpuTypeLookup>,
            V::Error: Into<crate::Error>,
        {
            self.gpu_type = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "gpu_type"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetGpuTypeResponse> {
            let Self { client, gpu_type } = self;
            let request = client.get_gpu_type();
            let request = match gpu_type {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::GpuTypeLookup::Id(value) => {
                            request.gpu_type_id(value.to_string())
                        }
                        types::GpuTypeLookup::Permalink(value) => {
                            request.gpu_type_permalink(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "gpu_type",
                        reason: "not set: give one of `gpu_type[id]`, `gpu_type[permalink]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /// A `GET /ip_addresses/ip_address` request: get IP address. Made by [`Client::get_ip_address`](crate::Client::get_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetIpAddress {
        client: ::std::sync::Arc<super::Client>,
        ip_address: Result<Option<types::IpAddressLookup>, (&'static str, String)>,
    }
    impl GetIpAddress {
        /// A request for `client`; the same as [`Client::get_ip_address`](crate::Client::get_ip_address) where the client has that method.
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
        pub async fn send(self) -> crate::Result<types::GetIpAddressResponse> {
            let Self { client, ip_address } = self;
            let request = client.get_ip_address();
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /// A `PATCH /ip_addresses/ip_address` request: update IP address. Made by [`Client::update_ip_address`](crate::Client::update_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct UpdateIpAddress {
        client: ::std::sync::Arc<super::Client>,
        body: Result<types::builder::UpdateIpAddressRequest, String>,
    }
    impl UpdateIpAddress {
        /// A request for `client`; the same as [`Client::update_ip_address`](crate::Client::update_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The request body (required).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UpdateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::UpdateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `UpdateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// Changes the body in place, with its builder (for setting a few fields).
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UpdateIpAddressRequest,
            ) -> types::builder::UpdateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::UpdateIpAddressResponse> {
            let Self { client, body } = self;
            let request = client.update_ip_address();
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /operating_systems` request: list operating systems. Made by [`Client::list_operating_systems`](crate::Client::list_operating_systems).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListOperatingSystems {
        client: ::std::sync::Arc<super::Client>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListOperatingSystems {
        /// A request for `client`; the same as [`Client::list_operating_systems`](crate::Client::list_operating_systems) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
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
        pub async fn send(self) -> crate::Result<crate::Page<types::OperatingSystems>> {
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
            crate::Result<types::OperatingSystems>,
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::OperatingSystems>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::OperatingSystems>> {
            let Self { client, page: _, per_page, concurrency: _ } = self;
            let request = client.list_operating_systems().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let answer = crate::response::call(request.send()).await?;
            Ok(crate::Page {
                items: answer.operating_systems,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /operating_systems/operating_system` request: get operating system. Made by [`Client::get_operating_system`](crate::Client::get_operating_system).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetOperatingSystem {
        client: ::std::sync::Arc<super::Client>,
        operating_system: Result<
            Option<types::OperatingSystemLookup>,
            (&'static str, String),
        >,
    }
    impl GetOperatingSystem {
        /// A request for `client`; the same as [`Client::get_operating_system`](crate::Client::get_operating_system) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                operating_system: Ok(None),
            }
        }
        /** The operating system to act on, by exactly one of its keys (sent as `operating_system[id]`). Required.

 Takes a [`types::OperatingSystemLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn operating_system<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::OperatingSystemLookup>,
            V::Error: Into<crate::Error>,
        {
            self.operating_system = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(
                    error.into(),
                    "operating_system",
                ));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetOperatingSystemResponse> {
            let Self { client, operating_system } = self;
            let request = client.get_operating_system();
            let request = match operating_system {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::OperatingSystemLookup::Id(value) => {
                            request.operating_system_id(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "operating_system",
                        reason: "not set: give one of `operating_system[id]`".into(),
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /// A `GET /organizations/organization/ip_addresses` request: list IP addresses. Made by [`Client::list_ip_addresses`](crate::Client::list_ip_addresses).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListIpAddresses {
        client: ::std::sync::Arc<super::Client>,
        allocated: Result<Option<bool>, String>,
        organization: Result<Option<types::OrganizationLookup>, (&'static str, String)>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListIpAddresses {
        /// A request for `client`; the same as [`Client::list_ip_addresses`](crate::Client::list_ip_addresses) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                allocated: Ok(None),
                organization: Ok(None),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
        }
        /** The organization to act on, by exactly one of its keys (sent as `organization[id]` or `organization[sub_domain]`). Required.

 Takes a [`types::OrganizationLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn organization<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::OrganizationLookup>,
            V::Error: Into<crate::Error>,
        {
            self.organization = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "organization"));
            self
        }
        /// If true, only return allocated IP addresss. If false, only return unallocated IP addresses. (`allocated`, in the query.)
        pub fn allocated<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.allocated = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for allocated failed".to_string());
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
        pub async fn send(self) -> crate::Result<crate::Page<types::IpAddressSummary>> {
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
            crate::Result<types::IpAddressSummary>,
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
        pub async fn collect_all(self) -> crate::Result<Vec<types::IpAddressSummary>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::IpAddressSummary>> {
            let Self {
                client,
                allocated,
                organization,
                page: _,
                per_page,
                concurrency: _,
            } = self;
            let request = client.list_ip_addresses().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let request = match allocated {
                Ok(Some(value)) => request.allocated(value),
                Ok(None) => request,
                Err(reason) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "allocated",
                        reason,
                    });
                }
            };
            let request = match organization {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::OrganizationLookup::Id(value) => {
                            request.organization_id(value.to_string())
                        }
                        types::OrganizationLookup::SubDomain(value) => {
                            request.organization_sub_domain(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "organization",
                        reason: "not set: give one of `organization[id]`, `organization[sub_domain]`"
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
                items: answer.ip_addresses,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /// A `POST /organizations/organization/ip_addresses` request: create IP Address. Made by [`Client::create_ip_address`](crate::Client::create_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct CreateIpAddress {
        client: ::std::sync::Arc<super::Client>,
        body: Result<types::builder::CreateIpAddressRequest, String>,
    }
    impl CreateIpAddress {
        /// A request for `client`; the same as [`Client::create_ip_address`](crate::Client::create_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The request body (required).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::CreateIpAddressRequest>,
            <V as std::convert::TryInto<
                types::CreateIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `CreateIpAddressRequest` for body failed: {}", s
                    )
                });
            self
        }
        /// Changes the body in place, with its builder (for setting a few fields).
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::CreateIpAddressRequest,
            ) -> types::builder::CreateIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::CreateIpAddressResponse> {
            let Self { client, body } = self;
            let request = client.create_ip_address();
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `GET /organizations/organization/virtual_machines` request: list virtual machines. Made by [`Client::list_virtual_machines`](crate::Client::list_virtual_machines).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListVirtualMachines {
        client: ::std::sync::Arc<super::Client>,
        annotations_key: Result<Option<::std::vec::Vec<::std::string::String>>, String>,
        annotations_value: Result<
            Option<::std::vec::Vec<::std::string::String>>,
            String,
        >,
        organization: Result<Option<types::OrganizationLookup>, (&'static str, String)>,
        page: u64,
        per_page: Option<u64>,
        concurrency: usize,
    }
    impl ListVirtualMachines {
        /// A request for `client`; the same as [`Client::list_virtual_machines`](crate::Client::list_virtual_machines) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                annotations_key: Ok(None),
                annotations_value: Ok(None),
                organization: Ok(None),
                page: 1,
                per_page: None,
                concurrency: 1,
            }
        }
        /** The organization to act on, by exactly one of its keys (sent as `organization[id]` or `organization[sub_domain]`). Required.

 Takes a [`types::OrganizationLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn organization<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::OrganizationLookup>,
            V::Error: Into<crate::Error>,
        {
            self.organization = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "organization"));
            self
        }
        /** An array of annotations to filter by.

 Each item is (`key`, `value`); they are sent in order as `annotations[][key]` and `annotations[][value]`, one entry per item, so the arrays always have the same length. Replaces any items set before.*/
        pub fn annotations<I, V0, V1>(mut self, items: I) -> Self
        where
            I: IntoIterator<Item = (V0, V1)>,
            V0: Into<String>,
            V1: Into<String>,
        {
            let mut annotations_key: Vec<String> = Vec::new();
            let mut annotations_value: Vec<String> = Vec::new();
            for (value0, value1) in items {
                annotations_key.push(value0.into());
                annotations_value.push(value1.into());
            }
            self.annotations_key = Ok(Some(annotations_key));
            self.annotations_value = Ok(Some(annotations_value));
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
        ) -> crate::Result<crate::Page<types::VirtualMachineSummary>> {
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
            crate::Result<types::VirtualMachineSummary>,
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
        ) -> crate::Result<Vec<types::VirtualMachineSummary>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
        async fn fetch(
            self,
            page: u64,
        ) -> crate::Result<crate::Page<types::VirtualMachineSummary>> {
            let Self {
                client,
                annotations_key,
                annotations_value,
                organization,
                page: _,
                per_page,
                concurrency: _,
            } = self;
            let request = client.list_virtual_machines().page(page);
            let request = match per_page {
                Some(per_page) => request.per_page(per_page),
                None => request,
            };
            let request = match annotations_key {
                Ok(Some(value)) => request.annotations_key(value),
                Ok(None) => request,
                Err(reason) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "annotations_key",
                        reason,
                    });
                }
            };
            let request = match annotations_value {
                Ok(Some(value)) => request.annotations_value(value),
                Ok(None) => request,
                Err(reason) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "annotations_value",
                        reason,
                    });
                }
            };
            let request = match organization {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::OrganizationLookup::Id(value) => {
                            request.organization_id(value.to_string())
                        }
                        types::OrganizationLookup::SubDomain(value) => {
                            request.organization_sub_domain(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "organization",
                        reason: "not set: give one of `organization[id]`, `organization[sub_domain]`"
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
                items: answer.virtual_machines,
                pagination: answer.pagination,
            })
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `GET /virtual_machine_network_interfaces/virtual_machine_network_interface` request: get virtual machine network interface. Made by [`Client::get_network_interface`](crate::Client::get_network_interface).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetNetworkInterface {
        client: ::std::sync::Arc<super::Client>,
        virtual_machine_network_interface: Result<
            Option<types::VirtualMachineNetworkInterfaceLookup>,
            (&'static str, String),
        >,
    }
    impl GetNetworkInterface {
        /// A request for `client`; the same as [`Client::get_network_interface`](crate::Client::get_network_interface) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                virtual_machine_network_interface: Ok(None),
            }
        }
        /** The virtual machine network interface to act on, by exactly one of its keys (sent as `virtual_machine_network_interface[id]`). Required.

 Takes a [`types::VirtualMachineNetworkInterfaceLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn virtual_machine_network_interface<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::VirtualMachineNetworkInterfaceLookup>,
            V::Error: Into<crate::Error>,
        {
            self.virtual_machine_network_interface = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(
                    error.into(),
                    "virtual_machine_network_interface",
                ));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetNetworkInterfaceResponse> {
            let Self { client, virtual_machine_network_interface } = self;
            let request = client.get_network_interface();
            let request = match virtual_machine_network_interface {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::VirtualMachineNetworkInterfaceLookup::Id(value) => {
                            request
                                .virtual_machine_network_interface_id(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "virtual_machine_network_interface",
                        reason: "not set: give one of `virtual_machine_network_interface[id]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip` request: allocate an IP address. Made by [`Client::allocate_ip_address_to_interface`](crate::Client::allocate_ip_address_to_interface).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AllocateIpAddressToInterface {
        client: ::std::sync::Arc<super::Client>,
        body: Result<types::builder::AllocateIpAddressToInterfaceRequest, String>,
    }
    impl AllocateIpAddressToInterface {
        /// A request for `client`; the same as [`Client::allocate_ip_address_to_interface`](crate::Client::allocate_ip_address_to_interface) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The request body (required).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateIpAddressToInterfaceRequest>,
            <V as std::convert::TryInto<
                types::AllocateIpAddressToInterfaceRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateIpAddressToInterfaceRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// Changes the body in place, with its builder (for setting a few fields).
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateIpAddressToInterfaceRequest,
            ) -> types::builder::AllocateIpAddressToInterfaceRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(
            self,
        ) -> crate::Result<types::AllocateIpAddressToInterfaceResponse> {
            let Self { client, body } = self;
            let request = client.allocate_ip_address_to_interface();
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip` request: allocate a new IP address. Made by [`Client::allocate_new_ip_address`](crate::Client::allocate_new_ip_address).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct AllocateNewIpAddress {
        client: ::std::sync::Arc<super::Client>,
        body: Result<types::builder::AllocateNewIpAddressRequest, String>,
    }
    impl AllocateNewIpAddress {
        /// A request for `client`; the same as [`Client::allocate_new_ip_address`](crate::Client::allocate_new_ip_address) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                body: Ok(::std::default::Default::default()),
            }
        }
        /// The request body (required).
        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AllocateNewIpAddressRequest>,
            <V as std::convert::TryInto<
                types::AllocateNewIpAddressRequest,
            >>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| {
                    format!(
                        "conversion to `AllocateNewIpAddressRequest` for body failed: {}",
                        s
                    )
                });
            self
        }
        /// Changes the body in place, with its builder (for setting a few fields).
        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::AllocateNewIpAddressRequest,
            ) -> types::builder::AllocateNewIpAddressRequest,
        {
            self.body = self.body.map(f);
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::AllocateNewIpAddressResponse> {
            let Self { client, body } = self;
            let request = client.allocate_new_ip_address();
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `GET /virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{address_version}` request: get addresses available for network interface. Made by [`Client::list_available_ip_addresses`](crate::Client::list_available_ip_addresses).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListAvailableIpAddresses {
        client: ::std::sync::Arc<super::Client>,
        address_version: Result<types::IpAddressVersionEnum, String>,
        virtual_machine_network_interface: Result<
            Option<types::VirtualMachineNetworkInterfaceLookup>,
            (&'static str, String),
        >,
    }
    impl ListAvailableIpAddresses {
        /// A request for `client`; the same as [`Client::list_available_ip_addresses`](crate::Client::list_available_ip_addresses) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                address_version: Err("address_version was not initialized".to_string()),
                virtual_machine_network_interface: Ok(None),
            }
        }
        /** The virtual machine network interface to act on, by exactly one of its keys (sent as `virtual_machine_network_interface[id]`). Required.

 Takes a [`types::VirtualMachineNetworkInterfaceLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn virtual_machine_network_interface<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::VirtualMachineNetworkInterfaceLookup>,
            V::Error: Into<crate::Error>,
        {
            self.virtual_machine_network_interface = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(
                    error.into(),
                    "virtual_machine_network_interface",
                ));
            self
        }
        /// The IP address version to return results for (`ipv4` or `ipv6`). (`address_version`, in the path.)
        pub fn address_version<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpAddressVersionEnum>,
        {
            self.address_version = value
                .try_into()
                .map_err(|_| {
                    "conversion to `IpAddressVersionEnum` for address_version failed"
                        .to_string()
                });
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(
            self,
        ) -> crate::Result<types::ListAvailableIpAddressesResponse> {
            let Self { client, address_version, virtual_machine_network_interface } = self;
            let request = client.list_available_ip_addresses();
            let request = match address_version {
                Ok(value) => request.address_version(value),
                Err(reason) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "address_version",
                        reason,
                    });
                }
            };
            let request = match virtual_machine_network_interface {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::VirtualMachineNetworkInterfaceLookup::Id(value) => {
                            request
                                .virtual_machine_network_interface_id(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "virtual_machine_network_interface",
                        reason: "not set: give one of `virtual_machine_network_interface[id]`"
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /// A `GET /virtual_machines/virtual_machine` request: get virtual machine. Made by [`Client::get_virtual_machine`](crate::Client::get_virtual_machine).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetVirtualMachine {
        client: ::std::sync::Arc<super::Client>,
        virtual_machine: Result<
            Option<types::VirtualMachineLookup>,
            (&'static str, String),
        >,
    }
    impl GetVirtualMachine {
        /// A request for `client`; the same as [`Client::get_virtual_machine`](crate::Client::get_virtual_machine) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                virtual_machine: Ok(None),
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
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetVirtualMachineResponse> {
            let Self { client, virtual_machine } = self;
            let request = client.get_virtual_machine();
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
            crate::response::call(request.send()).await
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /zones` request: list zones. Made by [`Client::list_zones`](crate::Client::list_zones).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct ListZones {
        client: ::std::sync::Arc<super::Client>,
    }
    impl ListZones {
        /// A request for `client`; the same as [`Client::list_zones`](crate::Client::list_zones) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self { client: client.shared() }
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::ListZonesResponse> {
            let Self { client } = self;
            let request = client.list_zones();
            crate::response::call(request.send()).await
        }
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /// A `GET /zones/zone` request: get zone. Made by [`Client::get_zone`](crate::Client::get_zone).
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent"]
    pub struct GetZone {
        client: ::std::sync::Arc<super::Client>,
        zone: Result<Option<types::ZoneLookup>, (&'static str, String)>,
    }
    impl GetZone {
        /// A request for `client`; the same as [`Client::get_zone`](crate::Client::get_zone) where the client has that method.
        pub fn new(client: &crate::Client) -> Self {
            Self {
                client: client.shared(),
                zone: Ok(None),
            }
        }
        /** The zone to act on, by exactly one of its keys (sent as `zone[id]` or `zone[permalink]`). Required.

 Takes a [`types::ZoneLookup`], or anything that converts into one (the SDK's [`lookup`](crate::lookup) types do); a conversion that fails is reported by `send`.*/
        pub fn zone<V>(mut self, value: V) -> Self
        where
            V: TryInto<types::ZoneLookup>,
            V::Error: Into<crate::Error>,
        {
            self.zone = value
                .try_into()
                .map(Some)
                .map_err(|error| crate::Error::into_input(error.into(), "zone"));
            self
        }
        /// Sends the request and returns the answer.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument; otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<types::GetZoneResponse> {
            let Self { client, zone } = self;
            let request = client.get_zone();
            let request = match zone {
                Ok(Some(lookup)) => {
                    match lookup {
                        types::ZoneLookup::Id(value) => {
                            request.zone_id(value.to_string())
                        }
                        types::ZoneLookup::Permalink(value) => {
                            request.zone_permalink(value.to_string())
                        }
                    }
                }
                Ok(None) => {
                    return Err(crate::Error::InvalidInput {
                        argument: "zone",
                        reason: "not set: give one of `zone[id]`, `zone[permalink]`"
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
}
impl crate::Client {
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List countries.

 Return a list of all countries available in Katapult

 `GET /countries`.

 Returns an [`operations::ListCountries`] request to complete and `send` (one page), `stream` or `collect_all` (every page).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_countries(&self) -> operations::ListCountries {
        operations::ListCountries::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get country.

 Return details for a specific country

 `GET /countries/country`.

 Returns an [`operations::GetCountry`] request to complete and `send`. Set its `country` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No country was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_country(&self) -> operations::GetCountry {
        operations::GetCountry::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List country states.

 Return a list of all country states for a specific country

 `GET /countries/country/country_states`.

 Returns an [`operations::ListCountryStates`] request to complete and `send` (one page), `stream` or `collect_all` (every page). Set its `country` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No country was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_country_states(&self) -> operations::ListCountryStates {
        operations::ListCountryStates::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get country state.

 Return details for a specific country state

 `GET /country_states/country_state`.

 Returns an [`operations::GetCountryState`] request to complete and `send`. Set its `country_state` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No country state was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_country_state(&self) -> operations::GetCountryState {
        operations::GetCountryState::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List currencies.

 Return a list of all currencies available in Katapult

 `GET /currencies`.

 Returns an [`operations::ListCurrencies`] request to complete and `send` (one page), `stream` or `collect_all` (every page).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_currencies(&self) -> operations::ListCurrencies {
        operations::ListCurrencies::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get currency.

 Return details for a specific currency

 `GET /currencies/currency`.

 Returns an [`operations::GetCurrency`] request to complete and `send`. Set its `currency` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No currency was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_currency(&self) -> operations::GetCurrency {
        operations::GetCurrency::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List data centers.

 Provides a full list of all data centers

 `GET /data_centers`.

 Returns an [`operations::ListDataCenters`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_data_centers(&self) -> operations::ListDataCenters {
        operations::ListDataCenters::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get data center.

 Provide details for a specific data center

 `GET /data_centers/data_center`.

 Returns an [`operations::GetDataCenter`] request to complete and `send`. Set its `data_center` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No data center was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_data_center(&self) -> operations::GetDataCenter {
        operations::GetDataCenter::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get default network of data center.

 Provide details of default network for a data center

 `GET /data_centers/data_center/default_network`.

 Returns an [`operations::GetDefaultNetworkOfDataCenter`] request to complete and `send`. Set its `data_center` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No data center was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_default_network_of_data_center(
        &self,
    ) -> operations::GetDefaultNetworkOfDataCenter {
        operations::GetDefaultNetworkOfDataCenter::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List GPU types for Data Center.

 Provides a list of all GPU types available in a given data center

 `GET /data_centers/data_center/gpu_types`.

 Returns an [`operations::ListGpuTypesForDataCenter`] request to complete and `send` (one page), `stream` or `collect_all` (every page). Set its `data_center` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No data center was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_gpu_types_for_data_center(
        &self,
    ) -> operations::ListGpuTypesForDataCenter {
        operations::ListGpuTypesForDataCenter::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List GPU types.

 Provides a full list of all GPU types

 `GET /gpu_types`.

 Returns an [`operations::ListGpuTypes`] request to complete and `send` (one page), `stream` or `collect_all` (every page).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_gpu_types(&self) -> operations::ListGpuTypes {
        operations::ListGpuTypes::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get GPU type.

 Provide details for a specific GPU type

 `GET /gpu_types/gpu_type`.

 Returns an [`operations::GetGpuType`] request to complete and `send`. Set its `gpu_type` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No GPU type was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_gpu_type(&self) -> operations::GetGpuType {
        operations::GetGpuType::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /** Get IP address.

 Returns information about a specific IP address

 `GET /ip_addresses/ip_address`. Needs one of the scopes `ip_addresses`, `ip_addresses:read`.

 Returns an [`operations::GetIpAddress`] request to complete and `send`. Set its `ip_address` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No IP addresses were found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_ip_address(&self) -> operations::GetIpAddress {
        operations::GetIpAddress::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /** Update IP address.

 Updates the details on an IP address

 `PATCH /ip_addresses/ip_address`. Needs the `ip_addresses` scope.

 Returns an [`operations::UpdateIpAddress`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No IP addresses were found matching any of the criteria provided in the arguments
 - `422`: A validation error occurred with the object that was being created/updated/deleted
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn update_ip_address(&self) -> operations::UpdateIpAddress {
        operations::UpdateIpAddress::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List operating systems.

 Return a list of all operating systems

 `GET /operating_systems`.

 Returns an [`operations::ListOperatingSystems`] request to complete and `send` (one page), `stream` or `collect_all` (every page).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_operating_systems(&self) -> operations::ListOperatingSystems {
        operations::ListOperatingSystems::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get operating system.

 Return details for a specific operating system

 `GET /operating_systems/operating_system`.

 Returns an [`operations::GetOperatingSystem`] request to complete and `send`. Set its `operating_system` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No operating system was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_operating_system(&self) -> operations::GetOperatingSystem {
        operations::GetOperatingSystem::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /** List IP addresses.

 Returns a list of all IP addresses belonging to an organization

 `GET /organizations/organization/ip_addresses`. Needs one of the scopes `ip_addresses`, `ip_addresses:read`.

 Returns an [`operations::ListIpAddresses`] request to complete and `send` (one page), `stream` or `collect_all` (every page). Set its `organization` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No organization was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_ip_addresses(&self) -> operations::ListIpAddresses {
        operations::ListIpAddresses::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "ip-addresses")))]
    /** Create IP Address.

 Creates a new IP address on this organization

 `POST /organizations/organization/ip_addresses`. Needs the `ip_addresses` scope.

 Returns an [`operations::CreateIpAddress`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: 404 error response
 - `422`: A validation error occurred with the object that was being created/updated/deleted
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn create_ip_address(&self) -> operations::CreateIpAddress {
        operations::CreateIpAddress::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** List virtual machines.

 Returns a list of all virtual machines for a given organization

 `GET /organizations/organization/virtual_machines`. Needs one of the scopes `virtual_machines`, `virtual_machines:read`.

 Returns an [`operations::ListVirtualMachines`] request to complete and `send` (one page), `stream` or `collect_all` (every page). Set its `organization` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No organization was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_virtual_machines(&self) -> operations::ListVirtualMachines {
        operations::ListVirtualMachines::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** Get virtual machine network interface.

 Return information about a given virtual machine network interface

 `GET /virtual_machine_network_interfaces/virtual_machine_network_interface`. Needs one of the scopes `virtual_machines`, `virtual_machines:read`.

 Returns an [`operations::GetNetworkInterface`] request to complete and `send`. Set its `virtual_machine_network_interface` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No network interface was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_network_interface(&self) -> operations::GetNetworkInterface {
        operations::GetNetworkInterface::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** Allocate an IP address.

 Allocate a specific IP address to a given network interface

 `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip`. Needs the `ip_addresses` scope.

 Returns an [`operations::AllocateIpAddressToInterface`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: 404 error response
 - `422`: 422 error response
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn allocate_ip_address_to_interface(
        &self,
    ) -> operations::AllocateIpAddressToInterface {
        operations::AllocateIpAddressToInterface::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** Allocate a new IP address.

 Add a new IP address to this organization and allocate it to a virtual machine network interface

 `POST /virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip`. Needs the `ip_addresses` scope.

 Returns an [`operations::AllocateNewIpAddress`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No network interface was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn allocate_new_ip_address(&self) -> operations::AllocateNewIpAddress {
        operations::AllocateNewIpAddress::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** Get addresses available for network interface.

 Returns a list of IP addresses that can be allocated to a specific network interface

 `GET /virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{address_version}`. Needs one of the scopes `ip_addresses`, `ip_addresses:read`.

 Returns an [`operations::ListAvailableIpAddresses`] request to complete and `send`. Set its `virtual_machine_network_interface` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No network interface was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_available_ip_addresses(&self) -> operations::ListAvailableIpAddresses {
        operations::ListAvailableIpAddresses::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    /** Get virtual machine.

 Return information about a virtual machine

 `GET /virtual_machines/virtual_machine`. Needs one of the scopes `virtual_machines`, `virtual_machines:read`.

 Returns an [`operations::GetVirtualMachine`] request to complete and `send`. Set its `virtual_machine` (a lookup).

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
    pub fn get_virtual_machine(&self) -> operations::GetVirtualMachine {
        operations::GetVirtualMachine::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
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
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** List zones.

 Returns a list of all zones on the system for the current identity

 `GET /zones`.

 Returns an [`operations::ListZones`] request to complete and `send`.

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn list_zones(&self) -> operations::ListZones {
        operations::ListZones::new(self)
    }
    #[cfg_attr(docsrs, doc(cfg(feature = "catalog")))]
    /** Get zone.

 Returns the details for a specific zone

 `GET /zones/zone`.

 Returns an [`operations::GetZone`] request to complete and `send`. Set its `zone` (a lookup).

 # Errors
 Any [`Error`](crate::Error). The API documents these answers:
 - `400`: The request was refused before it ran: no API token was provided, or an argument was missing or invalid.
 - `403`: The API token may not be used for this request.
 - `404`: No zone was found matching any of the criteria provided in the arguments
 - `429`: You have reached the rate limit for this type of request
 - `500`: The service failed while handling the request (a framework error, not on the pages).
 - `503`: The service is currently unavailable, please try again later
*/
    pub fn get_zone(&self) -> operations::GetZone {
        operations::GetZone::new(self)
    }
}
