// The contents of this file are generated; do not modify them.
// Source: spec/katapult-core.yaml. Regenerate with `cargo xtask generate`.

pub mod operations {
    //! [`When`](::httpmock::When) and [`Then`](::httpmock::Then)
    //! wrappers for each operation. Each can be converted to
    //! its inner type with a call to `into_inner()`. This can
    //! be used to explicitly deviate from permitted values.
    use katapult_sdk::*;
    pub struct ListCountriesWhen(::httpmock::When);
    impl ListCountriesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/countries$").unwrap()),
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
    }
    pub struct ListCountriesThen(::httpmock::Then);
    impl ListCountriesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCountriesResponse) -> Self {
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
    pub struct GetCountryWhen(::httpmock::When);
    impl GetCountryWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/countries/country$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn country_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCountryCountryId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[id]"))
            }
        }
        pub fn country_iso_code2<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCountryCountryIsoCode2>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[iso_code2]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[iso_code2]"))
            }
        }
        pub fn country_iso_code3<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCountryCountryIsoCode3>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[iso_code3]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[iso_code3]"))
            }
        }
    }
    pub struct GetCountryThen(::httpmock::Then);
    impl GetCountryThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetCountryResponse) -> Self {
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
    pub struct ListCountryStatesWhen(::httpmock::When);
    impl ListCountryStatesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/countries/country/country_states$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn country_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListCountryStatesCountryId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[id]"))
            }
        }
        pub fn country_iso_code2<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListCountryStatesCountryIsoCode2>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[iso_code2]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[iso_code2]"))
            }
        }
        pub fn country_iso_code3<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListCountryStatesCountryIsoCode3>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country[iso_code3]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country[iso_code3]"))
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
    pub struct ListCountryStatesThen(::httpmock::Then);
    impl ListCountryStatesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCountryStatesResponse) -> Self {
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
    pub struct GetCountryStateWhen(::httpmock::When);
    impl GetCountryStateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/country_states/country_state$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn country_state_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCountryStateCountryStateId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("country_state[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("country_state[id]"))
            }
        }
    }
    pub struct GetCountryStateThen(::httpmock::Then);
    impl GetCountryStateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetCountryStateResponse) -> Self {
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
    pub struct ListCurrenciesWhen(::httpmock::When);
    impl ListCurrenciesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/currencies$").unwrap()),
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
    }
    pub struct ListCurrenciesThen(::httpmock::Then);
    impl ListCurrenciesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListCurrenciesResponse) -> Self {
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
    pub struct GetCurrencyWhen(::httpmock::When);
    impl GetCurrencyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/currencies/currency$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn currency_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCurrencyCurrencyId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency[id]"))
            }
        }
        pub fn currency_iso_code<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetCurrencyCurrencyIsoCode>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("currency[iso_code]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("currency[iso_code]"))
            }
        }
    }
    pub struct GetCurrencyThen(::httpmock::Then);
    impl GetCurrencyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetCurrencyResponse) -> Self {
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
    pub struct ListDataCentersWhen(::httpmock::When);
    impl ListDataCentersWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/data_centers$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ListDataCentersThen(::httpmock::Then);
    impl ListDataCentersThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDataCentersResponse) -> Self {
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
    pub struct GetDataCenterWhen(::httpmock::When);
    impl GetDataCenterWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/data_centers/data_center$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn data_center_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDataCenterDataCenterId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[id]"))
            }
        }
        pub fn data_center_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDataCenterDataCenterPermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[permalink]"))
            }
        }
    }
    pub struct GetDataCenterThen(::httpmock::Then);
    impl GetDataCenterThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDataCenterResponse) -> Self {
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
    pub struct GetDefaultNetworkOfDataCenterWhen(::httpmock::When);
    impl GetDefaultNetworkOfDataCenterWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/data_centers/data_center/default_network$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn data_center_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDefaultNetworkOfDataCenterDataCenterId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[id]"))
            }
        }
        pub fn data_center_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDefaultNetworkOfDataCenterDataCenterPermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[permalink]"))
            }
        }
    }
    pub struct GetDefaultNetworkOfDataCenterThen(::httpmock::Then);
    impl GetDefaultNetworkOfDataCenterThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDefaultNetworkOfDataCenterResponse) -> Self {
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
    pub struct ListGpuTypesForDataCenterWhen(::httpmock::When);
    impl ListGpuTypesForDataCenterWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/data_centers/data_center/gpu_types$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn data_center_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListGpuTypesForDataCenterDataCenterId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[id]"))
            }
        }
        pub fn data_center_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListGpuTypesForDataCenterDataCenterPermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("data_center[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("data_center[permalink]"))
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
    pub struct ListGpuTypesForDataCenterThen(::httpmock::Then);
    impl ListGpuTypesForDataCenterThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListGpuTypesForDataCenterResponse) -> Self {
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
    pub struct GetDiskBackupPolicyWhen(::httpmock::When);
    impl GetDiskBackupPolicyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disk_backup_policies/disk_backup_policy$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_backup_policy_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskBackupPolicyDiskBackupPolicyId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_backup_policy[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_backup_policy[id]"))
            }
        }
    }
    pub struct GetDiskBackupPolicyThen(::httpmock::Then);
    impl GetDiskBackupPolicyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDiskBackupPolicyResponse) -> Self {
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
    pub struct DeleteDiskBackupPolicyWhen(::httpmock::When);
    impl DeleteDiskBackupPolicyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/disk_backup_policies/disk_backup_policy$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_backup_policy_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::DeleteDiskBackupPolicyDiskBackupPolicyId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_backup_policy[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_backup_policy[id]"))
            }
        }
    }
    pub struct DeleteDiskBackupPolicyThen(::httpmock::Then);
    impl DeleteDiskBackupPolicyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteDiskBackupPolicyResponse) -> Self {
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
    pub struct UpdateDiskBackupPolicyWhen(::httpmock::When);
    impl UpdateDiskBackupPolicyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/disk_backup_policies/disk_backup_policy$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateDiskBackupPolicyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateDiskBackupPolicyThen(::httpmock::Then);
    impl UpdateDiskBackupPolicyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateDiskBackupPolicyResponse) -> Self {
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
    pub struct ScheduleDeleteDiskBackupPolicyWhen(::httpmock::When);
    impl ScheduleDeleteDiskBackupPolicyWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/disk_backup_policies/disk_backup_policy/schedule$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_backup_policy_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ScheduleDeleteDiskBackupPolicyDiskBackupPolicyId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_backup_policy[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_backup_policy[id]"))
            }
        }
        pub fn body(self, value: &types::ScheduleDeleteDiskBackupPolicyRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ScheduleDeleteDiskBackupPolicyThen(::httpmock::Then);
    impl ScheduleDeleteDiskBackupPolicyThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ScheduleDeleteDiskBackupPolicyResponse) -> Self {
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
    pub struct GetDiskTemplateVersionWhen(::httpmock::When);
    impl GetDiskTemplateVersionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/disk_template_versions/disk_template_version$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_template_version_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskTemplateVersionDiskTemplateVersionId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template_version[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template_version[id]"))
            }
        }
    }
    pub struct GetDiskTemplateVersionThen(::httpmock::Then);
    impl GetDiskTemplateVersionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDiskTemplateVersionResponse) -> Self {
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
    pub struct GetDiskTemplateVersionSpecWhen(::httpmock::When);
    impl GetDiskTemplateVersionSpecWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/disk_template_versions/disk_template_version/spec$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_template_version_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskTemplateVersionSpecDiskTemplateVersionId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template_version[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template_version[id]"))
            }
        }
    }
    pub struct GetDiskTemplateVersionSpecThen(::httpmock::Then);
    impl GetDiskTemplateVersionSpecThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDiskTemplateVersionSpecResponse) -> Self {
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
    pub struct GetDiskTemplateWhen(::httpmock::When);
    impl GetDiskTemplateWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disk_templates/disk_template$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_template_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskTemplateDiskTemplateId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template[id]"))
            }
        }
        pub fn disk_template_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskTemplateDiskTemplatePermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template[permalink]"))
            }
        }
    }
    pub struct GetDiskTemplateThen(::httpmock::Then);
    impl GetDiskTemplateThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDiskTemplateResponse) -> Self {
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
    pub struct ListDiskTemplateVersionsWhen(::httpmock::When);
    impl ListDiskTemplateVersionsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disk_templates/disk_template/versions$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_template_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskTemplateVersionsDiskTemplateId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template[id]"))
            }
        }
        pub fn disk_template_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskTemplateVersionsDiskTemplatePermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk_template[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk_template[permalink]"))
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
    pub struct ListDiskTemplateVersionsThen(::httpmock::Then);
    impl ListDiskTemplateVersionsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDiskTemplateVersionsResponse) -> Self {
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
    pub struct GetDiskWhen(::httpmock::When);
    impl GetDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/disks/disk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetDiskDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
            }
        }
    }
    pub struct GetDiskThen(::httpmock::Then);
    impl GetDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetDiskResponse) -> Self {
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
    pub struct DeleteDiskWhen(::httpmock::When);
    impl DeleteDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(regex::Regex::new("^/disks/disk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::DeleteDiskDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
            }
        }
    }
    pub struct DeleteDiskThen(::httpmock::Then);
    impl DeleteDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteDiskResponse) -> Self {
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
    pub struct UpdateDiskWhen(::httpmock::When);
    impl UpdateDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(regex::Regex::new("^/disks/disk$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateDiskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateDiskThen(::httpmock::Then);
    impl UpdateDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateDiskResponse) -> Self {
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
    pub struct AssignDiskToVirtualMachineWhen(::httpmock::When);
    impl AssignDiskToVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/disks/disk/assign$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::AssignDiskToVirtualMachineRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct AssignDiskToVirtualMachineThen(::httpmock::Then);
    impl AssignDiskToVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AssignDiskToVirtualMachineResponse) -> Self {
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
    pub struct AttachDiskToVirtualMachineWhen(::httpmock::When);
    impl AttachDiskToVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/disks/disk/attach$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::AttachDiskToVirtualMachineDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
            }
        }
    }
    pub struct AttachDiskToVirtualMachineThen(::httpmock::Then);
    impl AttachDiskToVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AttachDiskToVirtualMachineResponse) -> Self {
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
    pub struct DetachDiskFromVirtualMachineWhen(::httpmock::When);
    impl DetachDiskFromVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/disks/disk/detach$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::DetachDiskFromVirtualMachineDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
            }
        }
    }
    pub struct DetachDiskFromVirtualMachineThen(::httpmock::Then);
    impl DetachDiskFromVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DetachDiskFromVirtualMachineResponse) -> Self {
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
    pub struct ListDiskBackupPoliciesForDiskWhen(::httpmock::When);
    impl ListDiskBackupPoliciesForDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/disks/disk/disk_backup_policies$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskBackupPoliciesForDiskDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
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
    pub struct ListDiskBackupPoliciesForDiskThen(::httpmock::Then);
    impl ListDiskBackupPoliciesForDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDiskBackupPoliciesForDiskResponse) -> Self {
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
    pub struct CreateDiskBackupPolicyForDiskWhen(::httpmock::When);
    impl CreateDiskBackupPolicyForDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/disks/disk/disk_backup_policies$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateDiskBackupPolicyForDiskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateDiskBackupPolicyForDiskThen(::httpmock::Then);
    impl CreateDiskBackupPolicyForDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateDiskBackupPolicyForDiskResponse) -> Self {
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
    pub struct ChangeDiskIoProfileWhen(::httpmock::When);
    impl ChangeDiskIoProfileWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/disks/disk/io_profile$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ChangeDiskIoProfileRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ChangeDiskIoProfileThen(::httpmock::Then);
    impl ChangeDiskIoProfileThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChangeDiskIoProfileResponse) -> Self {
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
    pub struct ResizeDiskWhen(::httpmock::When);
    impl ResizeDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(regex::Regex::new("^/disks/disk/resize$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ResizeDiskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ResizeDiskThen(::httpmock::Then);
    impl ResizeDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ResizeDiskResponse) -> Self {
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
    pub struct UnassignDiskFromVirtualMachineWhen(::httpmock::When);
    impl UnassignDiskFromVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(regex::Regex::new("^/disks/disk/unassign$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn disk_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::UnassignDiskFromVirtualMachineDiskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("disk[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("disk[id]"))
            }
        }
    }
    pub struct UnassignDiskFromVirtualMachineThen(::httpmock::Then);
    impl UnassignDiskFromVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UnassignDiskFromVirtualMachineResponse) -> Self {
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
    pub struct ListGpuTypesWhen(::httpmock::When);
    impl ListGpuTypesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/gpu_types$").unwrap()),
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
    }
    pub struct ListGpuTypesThen(::httpmock::Then);
    impl ListGpuTypesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListGpuTypesResponse) -> Self {
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
    pub struct GetGpuTypeWhen(::httpmock::When);
    impl GetGpuTypeWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/gpu_types/gpu_type$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn gpu_type_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetGpuTypeGpuTypeId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("gpu_type[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("gpu_type[id]"))
            }
        }
        pub fn gpu_type_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetGpuTypeGpuTypePermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("gpu_type[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("gpu_type[permalink]"))
            }
        }
    }
    pub struct GetGpuTypeThen(::httpmock::Then);
    impl GetGpuTypeThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetGpuTypeResponse) -> Self {
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
    pub struct ListOperatingSystemsWhen(::httpmock::When);
    impl ListOperatingSystemsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/operating_systems$").unwrap()),
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
    }
    pub struct ListOperatingSystemsThen(::httpmock::Then);
    impl ListOperatingSystemsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListOperatingSystemsResponse) -> Self {
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
    pub struct GetOperatingSystemWhen(::httpmock::When);
    impl GetOperatingSystemWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/operating_systems/operating_system$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn operating_system_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetOperatingSystemOperatingSystemId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("operating_system[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("operating_system[id]"))
            }
        }
    }
    pub struct GetOperatingSystemThen(::httpmock::Then);
    impl GetOperatingSystemThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetOperatingSystemResponse) -> Self {
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
    pub struct ListDiskBackupPoliciesWhen(::httpmock::When);
    impl ListDiskBackupPoliciesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/disk_backup_policies$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskBackupPoliciesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskBackupPoliciesOrganizationSubDomain>>,
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
    pub struct ListDiskBackupPoliciesThen(::httpmock::Then);
    impl ListDiskBackupPoliciesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDiskBackupPoliciesResponse) -> Self {
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
    pub struct ListDiskIoProfilesWhen(::httpmock::When);
    impl ListDiskIoProfilesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/disk_io_profiles$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskIoProfilesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskIoProfilesOrganizationSubDomain>>,
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
    pub struct ListDiskIoProfilesThen(::httpmock::Then);
    impl ListDiskIoProfilesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDiskIoProfilesResponse) -> Self {
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
    pub struct ListDiskTemplatesWhen(::httpmock::When);
    impl ListDiskTemplatesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/disk_templates$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn include_universal<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_universal", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_universal"))
            }
        }
        pub fn operating_system_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskTemplatesOperatingSystemId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("operating_system[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("operating_system[id]"))
            }
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskTemplatesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDiskTemplatesOrganizationSubDomain>>,
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
    pub struct ListDiskTemplatesThen(::httpmock::Then);
    impl ListDiskTemplatesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDiskTemplatesResponse) -> Self {
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
    pub struct ListDisksWhen(::httpmock::When);
    impl ListDisksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/disks$").unwrap(),
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
            T: Into<Option<&'a types::ListDisksOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListDisksOrganizationSubDomain>>,
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
    pub struct ListDisksThen(::httpmock::Then);
    impl ListDisksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListDisksResponse) -> Self {
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
    pub struct CreateDiskWhen(::httpmock::When);
    impl CreateDiskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/disks$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateDiskRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateDiskThen(::httpmock::Then);
    impl CreateDiskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateDiskResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
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
    pub struct ListTrashObjectsWhen(::httpmock::When);
    impl ListTrashObjectsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/organizations/organization/trash_objects$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListTrashObjectsOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListTrashObjectsOrganizationSubDomain>>,
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
    pub struct ListTrashObjectsThen(::httpmock::Then);
    impl ListTrashObjectsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListTrashObjectsResponse) -> Self {
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
    pub struct PurgeAllTrashObjectsWhen(::httpmock::When);
    impl PurgeAllTrashObjectsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/trash_objects/purge_all$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::PurgeAllTrashObjectsOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::PurgeAllTrashObjectsOrganizationSubDomain>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[sub_domain]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[sub_domain]"))
            }
        }
    }
    pub struct PurgeAllTrashObjectsThen(::httpmock::Then);
    impl PurgeAllTrashObjectsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PurgeAllTrashObjectsResponse) -> Self {
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
    pub struct ListVirtualMachineGroupsWhen(::httpmock::When);
    impl ListVirtualMachineGroupsWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/virtual_machine_groups$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachineGroupsOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachineGroupsOrganizationSubDomain>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[sub_domain]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[sub_domain]"))
            }
        }
    }
    pub struct ListVirtualMachineGroupsThen(::httpmock::Then);
    impl ListVirtualMachineGroupsThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListVirtualMachineGroupsResponse) -> Self {
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
    pub struct CreateVirtualMachineGroupWhen(::httpmock::When);
    impl CreateVirtualMachineGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/virtual_machine_groups$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::CreateVirtualMachineGroupRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateVirtualMachineGroupThen(::httpmock::Then);
    impl CreateVirtualMachineGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateVirtualMachineGroupResponse) -> Self {
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
    pub struct BuildVirtualMachineWhen(::httpmock::When);
    impl BuildVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/virtual_machines/build$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::BuildVirtualMachineRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct BuildVirtualMachineThen(::httpmock::Then);
    impl BuildVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::BuildVirtualMachineResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
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
    pub struct BuildVirtualMachineFromSpecWhen(::httpmock::When);
    impl BuildVirtualMachineFromSpecWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/organizations/organization/virtual_machines/build_from_spec$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::BuildVirtualMachineFromSpecRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct BuildVirtualMachineFromSpecThen(::httpmock::Then);
    impl BuildVirtualMachineFromSpecThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(
            self,
            value: &types::BuildVirtualMachineFromSpecResponse,
        ) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
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
    pub struct GetTaskWhen(::httpmock::When);
    impl GetTaskWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/tasks/task$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn task_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetTaskTaskId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("task[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("task[id]"))
            }
        }
    }
    pub struct GetTaskThen(::httpmock::Then);
    impl GetTaskThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetTaskResponse) -> Self {
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
    pub struct GetTrashObjectWhen(::httpmock::When);
    impl GetTrashObjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/trash_objects/trash_object$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trash_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetTrashObjectTrashObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[id]"))
            }
        }
        pub fn trash_object_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetTrashObjectTrashObjectObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[object_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[object_id]"))
            }
        }
    }
    pub struct GetTrashObjectThen(::httpmock::Then);
    impl GetTrashObjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetTrashObjectResponse) -> Self {
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
    pub struct PurgeTrashObjectWhen(::httpmock::When);
    impl PurgeTrashObjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new("^/trash_objects/trash_object$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trash_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::PurgeTrashObjectTrashObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[id]"))
            }
        }
        pub fn trash_object_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::PurgeTrashObjectTrashObjectObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[object_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[object_id]"))
            }
        }
    }
    pub struct PurgeTrashObjectThen(::httpmock::Then);
    impl PurgeTrashObjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::PurgeTrashObjectResponse) -> Self {
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
    pub struct RestoreTrashObjectWhen(::httpmock::When);
    impl RestoreTrashObjectWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/trash_objects/trash_object/restore$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn trash_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::RestoreTrashObjectTrashObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[id]"))
            }
        }
        pub fn trash_object_object_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::RestoreTrashObjectTrashObjectObjectId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("trash_object[object_id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("trash_object[object_id]"))
            }
        }
    }
    pub struct RestoreTrashObjectThen(::httpmock::Then);
    impl RestoreTrashObjectThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::RestoreTrashObjectResponse) -> Self {
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
    pub struct GetVirtualMachineGroupWhen(::httpmock::When);
    impl GetVirtualMachineGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_groups/virtual_machine_group$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_group_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetVirtualMachineGroupVirtualMachineGroupId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine_group[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine_group[id]"))
            }
        }
    }
    pub struct GetVirtualMachineGroupThen(::httpmock::Then);
    impl GetVirtualMachineGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetVirtualMachineGroupResponse) -> Self {
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
    pub struct DeleteVirtualMachineGroupWhen(::httpmock::When);
    impl DeleteVirtualMachineGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_groups/virtual_machine_group$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_group_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::DeleteVirtualMachineGroupVirtualMachineGroupId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine_group[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine_group[id]"))
            }
        }
    }
    pub struct DeleteVirtualMachineGroupThen(::httpmock::Then);
    impl DeleteVirtualMachineGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteVirtualMachineGroupResponse) -> Self {
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
    pub struct UpdateVirtualMachineGroupWhen(::httpmock::When);
    impl UpdateVirtualMachineGroupWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_groups/virtual_machine_group$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateVirtualMachineGroupRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateVirtualMachineGroupThen(::httpmock::Then);
    impl UpdateVirtualMachineGroupThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateVirtualMachineGroupResponse) -> Self {
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
    pub struct DeleteVirtualMachineNetworkInterfaceWhen(::httpmock::When);
    impl DeleteVirtualMachineNetworkInterfaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
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
                Option<
                    &'a types::DeleteVirtualMachineNetworkInterfaceVirtualMachineNetworkInterfaceId,
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
    pub struct DeleteVirtualMachineNetworkInterfaceThen(::httpmock::Then);
    impl DeleteVirtualMachineNetworkInterfaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::DeleteVirtualMachineNetworkInterfaceResponse,
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
    pub struct AttachToVirtualMachineWhen(::httpmock::When);
    impl AttachToVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/attach$",
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
                Option<&'a types::AttachToVirtualMachineVirtualMachineNetworkInterfaceId>,
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
    pub struct AttachToVirtualMachineThen(::httpmock::Then);
    impl AttachToVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::AttachToVirtualMachineResponse) -> Self {
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
    pub struct DetachFromVirtualMachineWhen(::httpmock::When);
    impl DetachFromVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/detach$",
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
                Option<
                    &'a types::DetachFromVirtualMachineVirtualMachineNetworkInterfaceId,
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
    pub struct DetachFromVirtualMachineThen(::httpmock::Then);
    impl DetachFromVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DetachFromVirtualMachineResponse) -> Self {
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
    pub struct UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceWhen(
        ::httpmock::When,
    );
    impl UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_network_interfaces/virtual_machine_network_interface/update_speed_profile$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(
            self,
            value: &types::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceRequest,
        ) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceThen(
        ::httpmock::Then,
    );
    impl UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceResponse,
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
    pub struct ListVirtualMachinePackagesWhen(::httpmock::When);
    impl ListVirtualMachinePackagesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/virtual_machine_packages$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn organization_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachinePackagesOrganizationId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("organization[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("organization[id]"))
            }
        }
        pub fn organization_sub_domain<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachinePackagesOrganizationSubDomain>>,
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
    pub struct ListVirtualMachinePackagesThen(::httpmock::Then);
    impl ListVirtualMachinePackagesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListVirtualMachinePackagesResponse) -> Self {
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
    pub struct GetVirtualMachinePackageWhen(::httpmock::When);
    impl GetVirtualMachinePackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machine_packages/virtual_machine_package$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_package_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetVirtualMachinePackageVirtualMachinePackageId>>,
        {
            if let Some(value) = value.into() {
                Self(
                    self.0.query_param("virtual_machine_package[id]", value.to_string()),
                )
            } else {
                Self(self.0.query_param_missing("virtual_machine_package[id]"))
            }
        }
        pub fn virtual_machine_package_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<&'a types::GetVirtualMachinePackageVirtualMachinePackagePermalink>,
            >,
        {
            if let Some(value) = value.into() {
                Self(
                    self
                        .0
                        .query_param(
                            "virtual_machine_package[permalink]",
                            value.to_string(),
                        ),
                )
            } else {
                Self(self.0.query_param_missing("virtual_machine_package[permalink]"))
            }
        }
    }
    pub struct GetVirtualMachinePackageThen(::httpmock::Then);
    impl GetVirtualMachinePackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetVirtualMachinePackageResponse) -> Self {
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
    pub struct GetVirtualMachineBuildWhen(::httpmock::When);
    impl GetVirtualMachineBuildWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/builds/virtual_machine_build$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_build_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetVirtualMachineBuildVirtualMachineBuildId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine_build[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine_build[id]"))
            }
        }
    }
    pub struct GetVirtualMachineBuildThen(::httpmock::Then);
    impl GetVirtualMachineBuildThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetVirtualMachineBuildResponse) -> Self {
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
    pub struct DeleteVirtualMachineWhen(::httpmock::When);
    impl DeleteVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
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
            T: Into<Option<&'a types::DeleteVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::DeleteVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct DeleteVirtualMachineThen(::httpmock::Then);
    impl DeleteVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::DeleteVirtualMachineResponse) -> Self {
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
    pub struct UpdateVirtualMachineWhen(::httpmock::When);
    impl UpdateVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PATCH)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine$").unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::UpdateVirtualMachineRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct UpdateVirtualMachineThen(::httpmock::Then);
    impl UpdateVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::UpdateVirtualMachineResponse) -> Self {
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
    pub struct CreateConsoleSessionWhen(::httpmock::When);
    impl CreateConsoleSessionWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/console_sessions$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CreateConsoleSessionVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::CreateConsoleSessionVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct CreateConsoleSessionThen(::httpmock::Then);
    impl CreateConsoleSessionThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn created(self, value: &types::CreateConsoleSessionResponse) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
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
    pub struct ListDiskBackupPoliciesForVirtualMachineWhen(::httpmock::When);
    impl ListDiskBackupPoliciesForVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/disk_backup_policies$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn include_disks<T>(self, value: T) -> Self
        where
            T: Into<Option<bool>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("include_disks", value.to_string()))
            } else {
                Self(self.0.query_param_missing("include_disks"))
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
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<
                    &'a types::ListDiskBackupPoliciesForVirtualMachineVirtualMachineFqdn,
                >,
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
                Option<
                    &'a types::ListDiskBackupPoliciesForVirtualMachineVirtualMachineId,
                >,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct ListDiskBackupPoliciesForVirtualMachineThen(::httpmock::Then);
    impl ListDiskBackupPoliciesForVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::ListDiskBackupPoliciesForVirtualMachineResponse,
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
    pub struct CreateDiskBackupPolicyForVirtualMachineWhen(::httpmock::When);
    impl CreateDiskBackupPolicyForVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/disk_backup_policies$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(
            self,
            value: &types::CreateDiskBackupPolicyForVirtualMachineRequest,
        ) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateDiskBackupPolicyForVirtualMachineThen(::httpmock::Then);
    impl CreateDiskBackupPolicyForVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::CreateDiskBackupPolicyForVirtualMachineResponse,
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
    pub struct ListVirtualMachineDisksWhen(::httpmock::When);
    impl ListVirtualMachineDisksWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/disks$")
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
            T: Into<Option<&'a types::ListVirtualMachineDisksVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ListVirtualMachineDisksVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct ListVirtualMachineDisksThen(::httpmock::Then);
    impl ListVirtualMachineDisksThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListVirtualMachineDisksResponse) -> Self {
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
    pub struct ChangeFlexibleResourcesWhen(::httpmock::When);
    impl ChangeFlexibleResourcesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/flexible_resources$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ChangeFlexibleResourcesRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ChangeFlexibleResourcesThen(::httpmock::Then);
    impl ChangeFlexibleResourcesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChangeFlexibleResourcesResponse) -> Self {
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
    pub struct CreateVirtualNetworkInterfaceWhen(::httpmock::When);
    impl CreateVirtualNetworkInterfaceWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
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
        pub fn body(self, value: &types::CreateVirtualNetworkInterfaceRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct CreateVirtualNetworkInterfaceThen(::httpmock::Then);
    impl CreateVirtualNetworkInterfaceThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::CreateVirtualNetworkInterfaceResponse) -> Self {
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
    pub struct GetVirtualMachineNetworkInterfaceByNetworkWhen(::httpmock::When);
    impl GetVirtualMachineNetworkInterfaceByNetworkWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        regex::Regex::new(
                                "^/virtual_machines/virtual_machine/networks/network/interface$",
                            )
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn network_id<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<&'a types::GetVirtualMachineNetworkInterfaceByNetworkNetworkId>,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("network[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("network[id]"))
            }
        }
        pub fn network_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<
                    &'a types::GetVirtualMachineNetworkInterfaceByNetworkNetworkPermalink,
                >,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("network[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("network[permalink]"))
            }
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<
                Option<
                    &'a types::GetVirtualMachineNetworkInterfaceByNetworkVirtualMachineFqdn,
                >,
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
                Option<
                    &'a types::GetVirtualMachineNetworkInterfaceByNetworkVirtualMachineId,
                >,
            >,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct GetVirtualMachineNetworkInterfaceByNetworkThen(::httpmock::Then);
    impl GetVirtualMachineNetworkInterfaceByNetworkThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(
            self,
            value: &types::GetVirtualMachineNetworkInterfaceByNetworkResponse,
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
    pub struct ChangePackageWhen(::httpmock::When);
    impl ChangePackageWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::PUT)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/package$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn body(self, value: &types::ChangePackageRequest) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    pub struct ChangePackageThen(::httpmock::Then);
    impl ChangePackageThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ChangePackageResponse) -> Self {
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
    pub struct ResetVirtualMachineWhen(::httpmock::When);
    impl ResetVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/reset$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ResetVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ResetVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct ResetVirtualMachineThen(::httpmock::Then);
    impl ResetVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ResetVirtualMachineResponse) -> Self {
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
    pub struct ShutdownVirtualMachineWhen(::httpmock::When);
    impl ShutdownVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/shutdown$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ShutdownVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::ShutdownVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct ShutdownVirtualMachineThen(::httpmock::Then);
    impl ShutdownVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ShutdownVirtualMachineResponse) -> Self {
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
    pub struct StartVirtualMachineWhen(::httpmock::When);
    impl StartVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/start$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::StartVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::StartVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct StartVirtualMachineThen(::httpmock::Then);
    impl StartVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StartVirtualMachineResponse) -> Self {
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
    pub struct StopVirtualMachineWhen(::httpmock::When);
    impl StopVirtualMachineWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        regex::Regex::new("^/virtual_machines/virtual_machine/stop$")
                            .unwrap(),
                    ),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn virtual_machine_fqdn<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::StopVirtualMachineVirtualMachineFqdn>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[fqdn]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[fqdn]"))
            }
        }
        pub fn virtual_machine_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::StopVirtualMachineVirtualMachineId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("virtual_machine[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("virtual_machine[id]"))
            }
        }
    }
    pub struct StopVirtualMachineThen(::httpmock::Then);
    impl StopVirtualMachineThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::StopVirtualMachineResponse) -> Self {
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
    pub struct ListZonesWhen(::httpmock::When);
    impl ListZonesWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/zones$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    pub struct ListZonesThen(::httpmock::Then);
    impl ListZonesThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::ListZonesResponse) -> Self {
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
    pub struct GetZoneWhen(::httpmock::When);
    impl GetZoneWhen {
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(regex::Regex::new("^/zones/zone$").unwrap()),
            )
        }
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        pub fn zone_id<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetZoneZoneId>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("zone[id]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("zone[id]"))
            }
        }
        pub fn zone_permalink<'a, T>(self, value: T) -> Self
        where
            T: Into<Option<&'a types::GetZoneZonePermalink>>,
        {
            if let Some(value) = value.into() {
                Self(self.0.query_param("zone[permalink]", value.to_string()))
            } else {
                Self(self.0.query_param_missing("zone[permalink]"))
            }
        }
    }
    pub struct GetZoneThen(::httpmock::Then);
    impl GetZoneThen {
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        pub fn ok(self, value: &types::GetZoneResponse) -> Self {
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
}
/// An extension trait for [`MockServer`](::httpmock::MockServer) that
/// adds a method for each operation. These are the equivalent of
/// type-checked [`mock()`](::httpmock::MockServer::mock) calls.
pub trait MockServerExt {
    fn list_countries<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCountriesWhen, operations::ListCountriesThen);
    fn get_country<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCountryWhen, operations::GetCountryThen);
    fn list_country_states<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCountryStatesWhen, operations::ListCountryStatesThen);
    fn get_country_state<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCountryStateWhen, operations::GetCountryStateThen);
    fn list_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCurrenciesWhen, operations::ListCurrenciesThen);
    fn get_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCurrencyWhen, operations::GetCurrencyThen);
    fn list_data_centers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDataCentersWhen, operations::ListDataCentersThen);
    fn get_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDataCenterWhen, operations::GetDataCenterThen);
    fn get_default_network_of_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDefaultNetworkOfDataCenterWhen,
            operations::GetDefaultNetworkOfDataCenterThen,
        );
    fn list_gpu_types_for_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListGpuTypesForDataCenterWhen,
            operations::ListGpuTypesForDataCenterThen,
        );
    fn get_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskBackupPolicyWhen,
            operations::GetDiskBackupPolicyThen,
        );
    fn delete_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteDiskBackupPolicyWhen,
            operations::DeleteDiskBackupPolicyThen,
        );
    fn update_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateDiskBackupPolicyWhen,
            operations::UpdateDiskBackupPolicyThen,
        );
    fn schedule_delete_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleDeleteDiskBackupPolicyWhen,
            operations::ScheduleDeleteDiskBackupPolicyThen,
        );
    fn get_disk_template_version<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskTemplateVersionWhen,
            operations::GetDiskTemplateVersionThen,
        );
    fn get_disk_template_version_spec<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskTemplateVersionSpecWhen,
            operations::GetDiskTemplateVersionSpecThen,
        );
    fn get_disk_template<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDiskTemplateWhen, operations::GetDiskTemplateThen);
    fn list_disk_template_versions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskTemplateVersionsWhen,
            operations::ListDiskTemplateVersionsThen,
        );
    fn get_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDiskWhen, operations::GetDiskThen);
    fn delete_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteDiskWhen, operations::DeleteDiskThen);
    fn update_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateDiskWhen, operations::UpdateDiskThen);
    fn assign_disk_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignDiskToVirtualMachineWhen,
            operations::AssignDiskToVirtualMachineThen,
        );
    fn attach_disk_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachDiskToVirtualMachineWhen,
            operations::AttachDiskToVirtualMachineThen,
        );
    fn detach_disk_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachDiskFromVirtualMachineWhen,
            operations::DetachDiskFromVirtualMachineThen,
        );
    fn list_disk_backup_policies_for_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesForDiskWhen,
            operations::ListDiskBackupPoliciesForDiskThen,
        );
    fn create_disk_backup_policy_for_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateDiskBackupPolicyForDiskWhen,
            operations::CreateDiskBackupPolicyForDiskThen,
        );
    fn change_disk_io_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ChangeDiskIoProfileWhen,
            operations::ChangeDiskIoProfileThen,
        );
    fn resize_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ResizeDiskWhen, operations::ResizeDiskThen);
    fn unassign_disk_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnassignDiskFromVirtualMachineWhen,
            operations::UnassignDiskFromVirtualMachineThen,
        );
    fn list_gpu_types<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListGpuTypesWhen, operations::ListGpuTypesThen);
    fn get_gpu_type<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetGpuTypeWhen, operations::GetGpuTypeThen);
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
    fn list_operating_systems<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOperatingSystemsWhen,
            operations::ListOperatingSystemsThen,
        );
    fn get_operating_system<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOperatingSystemWhen,
            operations::GetOperatingSystemThen,
        );
    fn list_disk_backup_policies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesWhen,
            operations::ListDiskBackupPoliciesThen,
        );
    fn list_disk_io_profiles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskIoProfilesWhen,
            operations::ListDiskIoProfilesThen,
        );
    fn list_disk_templates<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDiskTemplatesWhen, operations::ListDiskTemplatesThen);
    fn list_disks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDisksWhen, operations::ListDisksThen);
    fn create_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateDiskWhen, operations::CreateDiskThen);
    fn list_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListIpAddressesWhen, operations::ListIpAddressesThen);
    fn create_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateIpAddressWhen, operations::CreateIpAddressThen);
    fn list_trash_objects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTrashObjectsWhen, operations::ListTrashObjectsThen);
    fn purge_all_trash_objects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PurgeAllTrashObjectsWhen,
            operations::PurgeAllTrashObjectsThen,
        );
    fn list_virtual_machine_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineGroupsWhen,
            operations::ListVirtualMachineGroupsThen,
        );
    fn create_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualMachineGroupWhen,
            operations::CreateVirtualMachineGroupThen,
        );
    fn list_virtual_machines<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachinesWhen,
            operations::ListVirtualMachinesThen,
        );
    fn build_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BuildVirtualMachineWhen,
            operations::BuildVirtualMachineThen,
        );
    fn build_virtual_machine_from_spec<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BuildVirtualMachineFromSpecWhen,
            operations::BuildVirtualMachineFromSpecThen,
        );
    fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen);
    fn get_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrashObjectWhen, operations::GetTrashObjectThen);
    fn purge_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PurgeTrashObjectWhen, operations::PurgeTrashObjectThen);
    fn restore_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RestoreTrashObjectWhen,
            operations::RestoreTrashObjectThen,
        );
    fn get_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineGroupWhen,
            operations::GetVirtualMachineGroupThen,
        );
    fn delete_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineGroupWhen,
            operations::DeleteVirtualMachineGroupThen,
        );
    fn update_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualMachineGroupWhen,
            operations::UpdateVirtualMachineGroupThen,
        );
    fn get_network_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetNetworkInterfaceWhen,
            operations::GetNetworkInterfaceThen,
        );
    fn delete_virtual_machine_network_interface<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineNetworkInterfaceWhen,
            operations::DeleteVirtualMachineNetworkInterfaceThen,
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
    fn attach_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachToVirtualMachineWhen,
            operations::AttachToVirtualMachineThen,
        );
    fn list_available_ip_addresses<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListAvailableIpAddressesWhen,
            operations::ListAvailableIpAddressesThen,
        );
    fn detach_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachFromVirtualMachineWhen,
            operations::DetachFromVirtualMachineThen,
        );
    fn update_network_speed_profile_for_virtual_machine_network_interface<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceWhen,
            operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceThen,
        );
    fn list_virtual_machine_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachinePackagesWhen,
            operations::ListVirtualMachinePackagesThen,
        );
    fn get_virtual_machine_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachinePackageWhen,
            operations::GetVirtualMachinePackageThen,
        );
    fn get_virtual_machine_build<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineBuildWhen,
            operations::GetVirtualMachineBuildThen,
        );
    fn get_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetVirtualMachineWhen, operations::GetVirtualMachineThen);
    fn delete_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineWhen,
            operations::DeleteVirtualMachineThen,
        );
    fn update_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualMachineWhen,
            operations::UpdateVirtualMachineThen,
        );
    fn allocate_ip_address<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::AllocateIpAddressWhen, operations::AllocateIpAddressThen);
    fn create_console_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateConsoleSessionWhen,
            operations::CreateConsoleSessionThen,
        );
    fn list_disk_backup_policies_for_virtual_machine<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesForVirtualMachineWhen,
            operations::ListDiskBackupPoliciesForVirtualMachineThen,
        );
    fn create_disk_backup_policy_for_virtual_machine<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateDiskBackupPolicyForVirtualMachineWhen,
            operations::CreateDiskBackupPolicyForVirtualMachineThen,
        );
    fn list_virtual_machine_disks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineDisksWhen,
            operations::ListVirtualMachineDisksThen,
        );
    fn change_flexible_resources<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ChangeFlexibleResourcesWhen,
            operations::ChangeFlexibleResourcesThen,
        );
    fn list_virtual_machine_network_interfaces<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineNetworkInterfacesWhen,
            operations::ListVirtualMachineNetworkInterfacesThen,
        );
    fn create_virtual_network_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualNetworkInterfaceWhen,
            operations::CreateVirtualNetworkInterfaceThen,
        );
    fn get_virtual_machine_network_interface_by_network<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineNetworkInterfaceByNetworkWhen,
            operations::GetVirtualMachineNetworkInterfaceByNetworkThen,
        );
    fn change_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ChangePackageWhen, operations::ChangePackageThen);
    fn reset_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResetVirtualMachineWhen,
            operations::ResetVirtualMachineThen,
        );
    fn shutdown_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ShutdownVirtualMachineWhen,
            operations::ShutdownVirtualMachineThen,
        );
    fn start_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StartVirtualMachineWhen,
            operations::StartVirtualMachineThen,
        );
    fn stop_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StopVirtualMachineWhen,
            operations::StopVirtualMachineThen,
        );
    fn list_zones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListZonesWhen, operations::ListZonesThen);
    fn get_zone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetZoneWhen, operations::GetZoneThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_countries<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCountriesWhen, operations::ListCountriesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCountriesWhen::new(when),
                operations::ListCountriesThen::new(then),
            )
        })
    }
    fn get_country<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCountryWhen, operations::GetCountryThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCountryWhen::new(when),
                operations::GetCountryThen::new(then),
            )
        })
    }
    fn list_country_states<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCountryStatesWhen, operations::ListCountryStatesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCountryStatesWhen::new(when),
                operations::ListCountryStatesThen::new(then),
            )
        })
    }
    fn get_country_state<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCountryStateWhen, operations::GetCountryStateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCountryStateWhen::new(when),
                operations::GetCountryStateThen::new(then),
            )
        })
    }
    fn list_currencies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListCurrenciesWhen, operations::ListCurrenciesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListCurrenciesWhen::new(when),
                operations::ListCurrenciesThen::new(then),
            )
        })
    }
    fn get_currency<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetCurrencyWhen, operations::GetCurrencyThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetCurrencyWhen::new(when),
                operations::GetCurrencyThen::new(then),
            )
        })
    }
    fn list_data_centers<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDataCentersWhen, operations::ListDataCentersThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDataCentersWhen::new(when),
                operations::ListDataCentersThen::new(then),
            )
        })
    }
    fn get_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDataCenterWhen, operations::GetDataCenterThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDataCenterWhen::new(when),
                operations::GetDataCenterThen::new(then),
            )
        })
    }
    fn get_default_network_of_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDefaultNetworkOfDataCenterWhen,
            operations::GetDefaultNetworkOfDataCenterThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDefaultNetworkOfDataCenterWhen::new(when),
                operations::GetDefaultNetworkOfDataCenterThen::new(then),
            )
        })
    }
    fn list_gpu_types_for_data_center<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListGpuTypesForDataCenterWhen,
            operations::ListGpuTypesForDataCenterThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListGpuTypesForDataCenterWhen::new(when),
                operations::ListGpuTypesForDataCenterThen::new(then),
            )
        })
    }
    fn get_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskBackupPolicyWhen,
            operations::GetDiskBackupPolicyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDiskBackupPolicyWhen::new(when),
                operations::GetDiskBackupPolicyThen::new(then),
            )
        })
    }
    fn delete_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteDiskBackupPolicyWhen,
            operations::DeleteDiskBackupPolicyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteDiskBackupPolicyWhen::new(when),
                operations::DeleteDiskBackupPolicyThen::new(then),
            )
        })
    }
    fn update_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateDiskBackupPolicyWhen,
            operations::UpdateDiskBackupPolicyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateDiskBackupPolicyWhen::new(when),
                operations::UpdateDiskBackupPolicyThen::new(then),
            )
        })
    }
    fn schedule_delete_disk_backup_policy<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ScheduleDeleteDiskBackupPolicyWhen,
            operations::ScheduleDeleteDiskBackupPolicyThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ScheduleDeleteDiskBackupPolicyWhen::new(when),
                operations::ScheduleDeleteDiskBackupPolicyThen::new(then),
            )
        })
    }
    fn get_disk_template_version<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskTemplateVersionWhen,
            operations::GetDiskTemplateVersionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDiskTemplateVersionWhen::new(when),
                operations::GetDiskTemplateVersionThen::new(then),
            )
        })
    }
    fn get_disk_template_version_spec<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetDiskTemplateVersionSpecWhen,
            operations::GetDiskTemplateVersionSpecThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDiskTemplateVersionSpecWhen::new(when),
                operations::GetDiskTemplateVersionSpecThen::new(then),
            )
        })
    }
    fn get_disk_template<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDiskTemplateWhen, operations::GetDiskTemplateThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDiskTemplateWhen::new(when),
                operations::GetDiskTemplateThen::new(then),
            )
        })
    }
    fn list_disk_template_versions<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskTemplateVersionsWhen,
            operations::ListDiskTemplateVersionsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskTemplateVersionsWhen::new(when),
                operations::ListDiskTemplateVersionsThen::new(then),
            )
        })
    }
    fn get_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetDiskWhen, operations::GetDiskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetDiskWhen::new(when),
                operations::GetDiskThen::new(then),
            )
        })
    }
    fn delete_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::DeleteDiskWhen, operations::DeleteDiskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteDiskWhen::new(when),
                operations::DeleteDiskThen::new(then),
            )
        })
    }
    fn update_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::UpdateDiskWhen, operations::UpdateDiskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateDiskWhen::new(when),
                operations::UpdateDiskThen::new(then),
            )
        })
    }
    fn assign_disk_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AssignDiskToVirtualMachineWhen,
            operations::AssignDiskToVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AssignDiskToVirtualMachineWhen::new(when),
                operations::AssignDiskToVirtualMachineThen::new(then),
            )
        })
    }
    fn attach_disk_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachDiskToVirtualMachineWhen,
            operations::AttachDiskToVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AttachDiskToVirtualMachineWhen::new(when),
                operations::AttachDiskToVirtualMachineThen::new(then),
            )
        })
    }
    fn detach_disk_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachDiskFromVirtualMachineWhen,
            operations::DetachDiskFromVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DetachDiskFromVirtualMachineWhen::new(when),
                operations::DetachDiskFromVirtualMachineThen::new(then),
            )
        })
    }
    fn list_disk_backup_policies_for_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesForDiskWhen,
            operations::ListDiskBackupPoliciesForDiskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskBackupPoliciesForDiskWhen::new(when),
                operations::ListDiskBackupPoliciesForDiskThen::new(then),
            )
        })
    }
    fn create_disk_backup_policy_for_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateDiskBackupPolicyForDiskWhen,
            operations::CreateDiskBackupPolicyForDiskThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateDiskBackupPolicyForDiskWhen::new(when),
                operations::CreateDiskBackupPolicyForDiskThen::new(then),
            )
        })
    }
    fn change_disk_io_profile<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ChangeDiskIoProfileWhen,
            operations::ChangeDiskIoProfileThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ChangeDiskIoProfileWhen::new(when),
                operations::ChangeDiskIoProfileThen::new(then),
            )
        })
    }
    fn resize_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ResizeDiskWhen, operations::ResizeDiskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResizeDiskWhen::new(when),
                operations::ResizeDiskThen::new(then),
            )
        })
    }
    fn unassign_disk_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UnassignDiskFromVirtualMachineWhen,
            operations::UnassignDiskFromVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UnassignDiskFromVirtualMachineWhen::new(when),
                operations::UnassignDiskFromVirtualMachineThen::new(then),
            )
        })
    }
    fn list_gpu_types<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListGpuTypesWhen, operations::ListGpuTypesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListGpuTypesWhen::new(when),
                operations::ListGpuTypesThen::new(then),
            )
        })
    }
    fn get_gpu_type<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetGpuTypeWhen, operations::GetGpuTypeThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetGpuTypeWhen::new(when),
                operations::GetGpuTypeThen::new(then),
            )
        })
    }
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
    fn list_operating_systems<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListOperatingSystemsWhen,
            operations::ListOperatingSystemsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListOperatingSystemsWhen::new(when),
                operations::ListOperatingSystemsThen::new(then),
            )
        })
    }
    fn get_operating_system<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetOperatingSystemWhen,
            operations::GetOperatingSystemThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetOperatingSystemWhen::new(when),
                operations::GetOperatingSystemThen::new(then),
            )
        })
    }
    fn list_disk_backup_policies<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesWhen,
            operations::ListDiskBackupPoliciesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskBackupPoliciesWhen::new(when),
                operations::ListDiskBackupPoliciesThen::new(then),
            )
        })
    }
    fn list_disk_io_profiles<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskIoProfilesWhen,
            operations::ListDiskIoProfilesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskIoProfilesWhen::new(when),
                operations::ListDiskIoProfilesThen::new(then),
            )
        })
    }
    fn list_disk_templates<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDiskTemplatesWhen, operations::ListDiskTemplatesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskTemplatesWhen::new(when),
                operations::ListDiskTemplatesThen::new(then),
            )
        })
    }
    fn list_disks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListDisksWhen, operations::ListDisksThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDisksWhen::new(when),
                operations::ListDisksThen::new(then),
            )
        })
    }
    fn create_disk<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::CreateDiskWhen, operations::CreateDiskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateDiskWhen::new(when),
                operations::CreateDiskThen::new(then),
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
    fn list_trash_objects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListTrashObjectsWhen, operations::ListTrashObjectsThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListTrashObjectsWhen::new(when),
                operations::ListTrashObjectsThen::new(then),
            )
        })
    }
    fn purge_all_trash_objects<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::PurgeAllTrashObjectsWhen,
            operations::PurgeAllTrashObjectsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PurgeAllTrashObjectsWhen::new(when),
                operations::PurgeAllTrashObjectsThen::new(then),
            )
        })
    }
    fn list_virtual_machine_groups<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineGroupsWhen,
            operations::ListVirtualMachineGroupsThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualMachineGroupsWhen::new(when),
                operations::ListVirtualMachineGroupsThen::new(then),
            )
        })
    }
    fn create_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualMachineGroupWhen,
            operations::CreateVirtualMachineGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateVirtualMachineGroupWhen::new(when),
                operations::CreateVirtualMachineGroupThen::new(then),
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
    fn build_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BuildVirtualMachineWhen,
            operations::BuildVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::BuildVirtualMachineWhen::new(when),
                operations::BuildVirtualMachineThen::new(then),
            )
        })
    }
    fn build_virtual_machine_from_spec<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::BuildVirtualMachineFromSpecWhen,
            operations::BuildVirtualMachineFromSpecThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::BuildVirtualMachineFromSpecWhen::new(when),
                operations::BuildVirtualMachineFromSpecThen::new(then),
            )
        })
    }
    fn get_task<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTaskWhen, operations::GetTaskThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTaskWhen::new(when),
                operations::GetTaskThen::new(then),
            )
        })
    }
    fn get_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetTrashObjectWhen, operations::GetTrashObjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetTrashObjectWhen::new(when),
                operations::GetTrashObjectThen::new(then),
            )
        })
    }
    fn purge_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::PurgeTrashObjectWhen, operations::PurgeTrashObjectThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::PurgeTrashObjectWhen::new(when),
                operations::PurgeTrashObjectThen::new(then),
            )
        })
    }
    fn restore_trash_object<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::RestoreTrashObjectWhen,
            operations::RestoreTrashObjectThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::RestoreTrashObjectWhen::new(when),
                operations::RestoreTrashObjectThen::new(then),
            )
        })
    }
    fn get_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineGroupWhen,
            operations::GetVirtualMachineGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualMachineGroupWhen::new(when),
                operations::GetVirtualMachineGroupThen::new(then),
            )
        })
    }
    fn delete_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineGroupWhen,
            operations::DeleteVirtualMachineGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteVirtualMachineGroupWhen::new(when),
                operations::DeleteVirtualMachineGroupThen::new(then),
            )
        })
    }
    fn update_virtual_machine_group<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualMachineGroupWhen,
            operations::UpdateVirtualMachineGroupThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateVirtualMachineGroupWhen::new(when),
                operations::UpdateVirtualMachineGroupThen::new(then),
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
    fn delete_virtual_machine_network_interface<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineNetworkInterfaceWhen,
            operations::DeleteVirtualMachineNetworkInterfaceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteVirtualMachineNetworkInterfaceWhen::new(when),
                operations::DeleteVirtualMachineNetworkInterfaceThen::new(then),
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
    fn attach_to_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::AttachToVirtualMachineWhen,
            operations::AttachToVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::AttachToVirtualMachineWhen::new(when),
                operations::AttachToVirtualMachineThen::new(then),
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
    fn detach_from_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DetachFromVirtualMachineWhen,
            operations::DetachFromVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DetachFromVirtualMachineWhen::new(when),
                operations::DetachFromVirtualMachineThen::new(then),
            )
        })
    }
    fn update_network_speed_profile_for_virtual_machine_network_interface<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceWhen,
            operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceWhen::new(
                    when,
                ),
                operations::UpdateNetworkSpeedProfileForVirtualMachineNetworkInterfaceThen::new(
                    then,
                ),
            )
        })
    }
    fn list_virtual_machine_packages<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachinePackagesWhen,
            operations::ListVirtualMachinePackagesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualMachinePackagesWhen::new(when),
                operations::ListVirtualMachinePackagesThen::new(then),
            )
        })
    }
    fn get_virtual_machine_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachinePackageWhen,
            operations::GetVirtualMachinePackageThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualMachinePackageWhen::new(when),
                operations::GetVirtualMachinePackageThen::new(then),
            )
        })
    }
    fn get_virtual_machine_build<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineBuildWhen,
            operations::GetVirtualMachineBuildThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualMachineBuildWhen::new(when),
                operations::GetVirtualMachineBuildThen::new(then),
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
    fn delete_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::DeleteVirtualMachineWhen,
            operations::DeleteVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::DeleteVirtualMachineWhen::new(when),
                operations::DeleteVirtualMachineThen::new(then),
            )
        })
    }
    fn update_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::UpdateVirtualMachineWhen,
            operations::UpdateVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::UpdateVirtualMachineWhen::new(when),
                operations::UpdateVirtualMachineThen::new(then),
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
    fn create_console_session<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateConsoleSessionWhen,
            operations::CreateConsoleSessionThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateConsoleSessionWhen::new(when),
                operations::CreateConsoleSessionThen::new(then),
            )
        })
    }
    fn list_disk_backup_policies_for_virtual_machine<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListDiskBackupPoliciesForVirtualMachineWhen,
            operations::ListDiskBackupPoliciesForVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListDiskBackupPoliciesForVirtualMachineWhen::new(when),
                operations::ListDiskBackupPoliciesForVirtualMachineThen::new(then),
            )
        })
    }
    fn create_disk_backup_policy_for_virtual_machine<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateDiskBackupPolicyForVirtualMachineWhen,
            operations::CreateDiskBackupPolicyForVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateDiskBackupPolicyForVirtualMachineWhen::new(when),
                operations::CreateDiskBackupPolicyForVirtualMachineThen::new(then),
            )
        })
    }
    fn list_virtual_machine_disks<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ListVirtualMachineDisksWhen,
            operations::ListVirtualMachineDisksThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListVirtualMachineDisksWhen::new(when),
                operations::ListVirtualMachineDisksThen::new(then),
            )
        })
    }
    fn change_flexible_resources<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ChangeFlexibleResourcesWhen,
            operations::ChangeFlexibleResourcesThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ChangeFlexibleResourcesWhen::new(when),
                operations::ChangeFlexibleResourcesThen::new(then),
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
    fn create_virtual_network_interface<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::CreateVirtualNetworkInterfaceWhen,
            operations::CreateVirtualNetworkInterfaceThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::CreateVirtualNetworkInterfaceWhen::new(when),
                operations::CreateVirtualNetworkInterfaceThen::new(then),
            )
        })
    }
    fn get_virtual_machine_network_interface_by_network<F>(
        &self,
        config_fn: F,
    ) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::GetVirtualMachineNetworkInterfaceByNetworkWhen,
            operations::GetVirtualMachineNetworkInterfaceByNetworkThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetVirtualMachineNetworkInterfaceByNetworkWhen::new(when),
                operations::GetVirtualMachineNetworkInterfaceByNetworkThen::new(then),
            )
        })
    }
    fn change_package<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ChangePackageWhen, operations::ChangePackageThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ChangePackageWhen::new(when),
                operations::ChangePackageThen::new(then),
            )
        })
    }
    fn reset_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ResetVirtualMachineWhen,
            operations::ResetVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ResetVirtualMachineWhen::new(when),
                operations::ResetVirtualMachineThen::new(then),
            )
        })
    }
    fn shutdown_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::ShutdownVirtualMachineWhen,
            operations::ShutdownVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ShutdownVirtualMachineWhen::new(when),
                operations::ShutdownVirtualMachineThen::new(then),
            )
        })
    }
    fn start_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StartVirtualMachineWhen,
            operations::StartVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StartVirtualMachineWhen::new(when),
                operations::StartVirtualMachineThen::new(then),
            )
        })
    }
    fn stop_virtual_machine<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(
            operations::StopVirtualMachineWhen,
            operations::StopVirtualMachineThen,
        ),
    {
        self.mock(|when, then| {
            config_fn(
                operations::StopVirtualMachineWhen::new(when),
                operations::StopVirtualMachineThen::new(then),
            )
        })
    }
    fn list_zones<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::ListZonesWhen, operations::ListZonesThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::ListZonesWhen::new(when),
                operations::ListZonesThen::new(then),
            )
        })
    }
    fn get_zone<F>(&self, config_fn: F) -> ::httpmock::Mock<'_>
    where
        F: FnOnce(operations::GetZoneWhen, operations::GetZoneThen),
    {
        self.mock(|when, then| {
            config_fn(
                operations::GetZoneWhen::new(when),
                operations::GetZoneThen::new(then),
            )
        })
    }
}
