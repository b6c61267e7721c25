// The contents of this file are generated; do not modify them.
// Source: spec/katapult-core.yaml. Regenerate with `cargo xtask generate`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use katapult_sdk::*;
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
    fn release_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ReleaseIpAddressWhen, operations::ReleaseIpAddressThen);
    fn unallocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnallocateIpAddressWhen,
            operations::UnallocateIpAddressThen,
        );
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
