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
