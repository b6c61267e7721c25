// The contents of this file are generated; do not modify them.
// Source: spec/katapult-core.yaml. Regenerate with `cargo xtask generate`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use katapult_sdk::*;
    pub struct GetIpAddressWhen(::httpmock::When);
    impl GetIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/ip_addresses/ip_address$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_address_address<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetIpAddressIpAddressAddress>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[address]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[address]"))
            }
        }
        pub fn ip_address_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetIpAddressIpAddressId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[id]"))
            }
        }
    }
    pub struct GetIpAddressThen(::httpmock::Then);
    impl GetIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ReleaseIpAddressWhen(::httpmock::When);
    impl ReleaseIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/ip_addresses/ip_address$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_address_address<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ReleaseIpAddressIpAddressAddress>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[address]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[address]"))
            }
        }
        pub fn ip_address_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ReleaseIpAddressIpAddressId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[id]"))
            }
        }
    }
    pub struct ReleaseIpAddressThen(::httpmock::Then);
    impl ReleaseIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ReleaseIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UpdateIpAddressWhen(::httpmock::When);
    impl UpdateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/ip_addresses/ip_address$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateIpAddressThen(::httpmock::Then);
    impl UpdateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct UnallocateIpAddressWhen(::httpmock::When);
    impl UnallocateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/ip_addresses/ip_address/unallocate$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn ip_address_address<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::UnallocateIpAddressIpAddressAddress>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[address]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[address]"))
            }
        }
        pub fn ip_address_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::UnallocateIpAddressIpAddressId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("ip_address[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("ip_address[id]"))
            }
        }
    }
    pub struct UnallocateIpAddressThen(::httpmock::Then);
    impl UnallocateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UnallocateIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn conflict(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(409u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListIpAddressesWhen(::httpmock::When);
    impl ListIpAddressesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/ip_addresses$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn allocated<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("allocated", value.to_string()))
            } else {
                Self(self.0.query_param_missing("allocated"))
            }
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListIpAddressesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListIpAddressesOrganizationSubDomain>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[sub_domain]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[sub_domain]"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn per_page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("per_page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("per_page"))
            }
        }
    }
    pub struct ListIpAddressesThen(::httpmock::Then);
    impl ListIpAddressesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListIpAddressesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct CreateIpAddressWhen(::httpmock::When);
    impl CreateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/ip_addresses$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateIpAddressThen(::httpmock::Then);
    impl CreateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListVirtualMachinesWhen(::httpmock::When);
    impl ListVirtualMachinesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/virtual_machines$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn annotations_key<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                let mut when = self.0;
                for item in value {
                    when = when.query_param("annotations[][key]", item.to_string());
                }
                Self(when)
            } else {
                Self(self.0.query_param_missing("annotations[][key]"))
            }
        }
        pub fn annotations_value<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a ::std::vec::Vec<::std::string::String>>>,
        {
            if let Some(value) = value.into() {
                let mut when = self.0;
                for item in value {
                    when = when.query_param("annotations[][value]", item.to_string());
                }
                Self(when)
            } else {
                Self(self.0.query_param_missing("annotations[][value]"))
            }
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachinesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachinesOrganizationSubDomain>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[sub_domain]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[sub_domain]"))
            }
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn per_page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("per_page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("per_page"))
            }
        }
    }
    pub struct ListVirtualMachinesThen(::httpmock::Then);
    impl ListVirtualMachinesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListVirtualMachinesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetNetworkInterfaceWhen(::httpmock::When);
    impl GetNetworkInterfaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_network_interface_id<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<&'a types::GetNetworkInterfaceVirtualMachineNetworkInterfaceId>,
            >,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "virtual_machine_network_interface[id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("virtual_machine_network_interface[id]"))
            }
        }
    }
    pub struct GetNetworkInterfaceThen(::httpmock::Then);
    impl GetNetworkInterfaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetNetworkInterfaceResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AllocateIpAddressToInterfaceWhen(::httpmock::When);
    impl AllocateIpAddressToInterfaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AllocateIpAddressToInterfaceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AllocateIpAddressToInterfaceThen(::httpmock::Then);
    impl AllocateIpAddressToInterfaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AllocateIpAddressToInterfaceResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AllocateNewIpAddressWhen(::httpmock::When);
    impl AllocateNewIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AllocateNewIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AllocateNewIpAddressThen(::httpmock::Then);
    impl AllocateNewIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AllocateNewIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListAvailableIpAddressesWhen(::httpmock::When);
    impl ListAvailableIpAddressesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/[^/]*$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn address_version(self, value: types::IpAddressVersionEnum) -> Self {
            let re = regex::Regex::new(
                    &format!(
                        "^/virtual_machine_network_interfaces/virtual_machine_network_interface/available_ips/{}$",
                        value.to_string()
                    ),
                )
                .unwrap();
            Self(self.0.path_matches(re))
        }
        pub fn virtual_machine_network_interface_id<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<
                    &'a types::ListAvailableIpAddressesVirtualMachineNetworkInterfaceId,
                >,
            >,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "virtual_machine_network_interface[id]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("virtual_machine_network_interface[id]"))
            }
        }
    }
    pub struct ListAvailableIpAddressesThen(::httpmock::Then);
    impl ListAvailableIpAddressesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListAvailableIpAddressesResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct GetVirtualMachineWhen(::httpmock::When);
    impl GetVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct GetVirtualMachineThen(::httpmock::Then);
    impl GetVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetVirtualMachineResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_acceptable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(406u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct AllocateIpAddressWhen(::httpmock::When);
    impl AllocateIpAddressWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/allocate_ip$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AllocateIpAddressRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AllocateIpAddressThen(::httpmock::Then);
    impl AllocateIpAddressThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AllocateIpAddressResponse) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_acceptable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(406u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn unprocessable_entity(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(422u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    pub struct ListVirtualMachineNetworkInterfacesWhen(::httpmock::When);
    impl ListVirtualMachineNetworkInterfacesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/network_interfaces$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("page"))
            }
        }
        pub fn per_page<T>(self, value: T) -> Self
        where
            T: Into<Option<::std::num::NonZeroU64>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("per_page", value.to_string()))
            } else {
                Self(self.0.query_param_missing("per_page"))
            }
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<&'a types::ListVirtualMachineNetworkInterfacesVirtualMachineFqdn>,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<&'a types::ListVirtualMachineNetworkInterfacesVirtualMachineId>,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct ListVirtualMachineNetworkInterfacesThen(::httpmock::Then);
    impl ListVirtualMachineNetworkInterfacesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::ListVirtualMachineNetworkInterfacesResponse,
        ) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn bad_request(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn forbidden(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(403u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_found(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(404u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn not_acceptable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(406u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn too_many_requests(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(429u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn internal_server_error(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(500u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        pub fn service_unavailable(self, value: &types::ErrorResponse) -> Self {
            Self(
                self
                    .0
                    .status(503u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn get_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpAddressWhen, operations::GetIpAddressThen);
    fn release_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReleaseIpAddressWhen, operations::ReleaseIpAddressThen);
    fn update_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAddressWhen, operations::UpdateIpAddressThen);
    fn unallocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnallocateIpAddressWhen,
            operations::UnallocateIpAddressThen,
        );
    fn list_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAddressesWhen, operations::ListIpAddressesThen);
    fn create_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAddressWhen, operations::CreateIpAddressThen);
    fn list_virtual_machines<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachinesWhen,
            operations::ListVirtualMachinesThen,
        );
    fn get_network_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetNetworkInterfaceWhen,
            operations::GetNetworkInterfaceThen,
        );
    fn allocate_ip_address_to_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AllocateIpAddressToInterfaceWhen,
            operations::AllocateIpAddressToInterfaceThen,
        );
    fn allocate_new_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AllocateNewIpAddressWhen,
            operations::AllocateNewIpAddressThen,
        );
    fn list_available_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAvailableIpAddressesWhen,
            operations::ListAvailableIpAddressesThen,
        );
    fn get_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetVirtualMachineWhen, operations::GetVirtualMachineThen);
    fn allocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AllocateIpAddressWhen, operations::AllocateIpAddressThen);
    fn list_virtual_machine_network_interfaces<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineNetworkInterfacesWhen,
            operations::ListVirtualMachineNetworkInterfacesThen,
        );
}
impl MockServerExt for ::httpmock::MockServer {
    fn get_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetIpAddressWhen, operations::GetIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetIpAddressWhen::new(when),
                operations::GetIpAddressThen::new(then),
            )
        })
    }
    fn release_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReleaseIpAddressWhen, operations::ReleaseIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ReleaseIpAddressWhen::new(when),
                operations::ReleaseIpAddressThen::new(then),
            )
        })
    }
    fn update_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateIpAddressWhen, operations::UpdateIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateIpAddressWhen::new(when),
                operations::UpdateIpAddressThen::new(then),
            )
        })
    }
    fn unallocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnallocateIpAddressWhen,
            operations::UnallocateIpAddressThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UnallocateIpAddressWhen::new(when),
                operations::UnallocateIpAddressThen::new(then),
            )
        })
    }
    fn list_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAddressesWhen, operations::ListIpAddressesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListIpAddressesWhen::new(when),
                operations::ListIpAddressesThen::new(then),
            )
        })
    }
    fn create_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAddressWhen, operations::CreateIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateIpAddressWhen::new(when),
                operations::CreateIpAddressThen::new(then),
            )
        })
    }
    fn list_virtual_machines<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachinesWhen,
            operations::ListVirtualMachinesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualMachinesWhen::new(when),
                operations::ListVirtualMachinesThen::new(then),
            )
        })
    }
    fn get_network_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetNetworkInterfaceWhen,
            operations::GetNetworkInterfaceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetNetworkInterfaceWhen::new(when),
                operations::GetNetworkInterfaceThen::new(then),
            )
        })
    }
    fn allocate_ip_address_to_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AllocateIpAddressToInterfaceWhen,
            operations::AllocateIpAddressToInterfaceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AllocateIpAddressToInterfaceWhen::new(when),
                operations::AllocateIpAddressToInterfaceThen::new(then),
            )
        })
    }
    fn allocate_new_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AllocateNewIpAddressWhen,
            operations::AllocateNewIpAddressThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AllocateNewIpAddressWhen::new(when),
                operations::AllocateNewIpAddressThen::new(then),
            )
        })
    }
    fn list_available_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAvailableIpAddressesWhen,
            operations::ListAvailableIpAddressesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListAvailableIpAddressesWhen::new(when),
                operations::ListAvailableIpAddressesThen::new(then),
            )
        })
    }
    fn get_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetVirtualMachineWhen, operations::GetVirtualMachineThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualMachineWhen::new(when),
                operations::GetVirtualMachineThen::new(then),
            )
        })
    }
    fn allocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AllocateIpAddressWhen, operations::AllocateIpAddressThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AllocateIpAddressWhen::new(when),
                operations::AllocateIpAddressThen::new(then),
            )
        })
    }
    fn list_virtual_machine_network_interfaces<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineNetworkInterfacesWhen,
            operations::ListVirtualMachineNetworkInterfacesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualMachineNetworkInterfacesWhen::new(when),
                operations::ListVirtualMachineNetworkInterfacesThen::new(then),
            )
        })
    }
}
