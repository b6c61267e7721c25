//! Errors as the live service sends them: wrapped in `{"error": {...}}`, with the header
//! `x-api-schema: json-error`.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// An error answer.
#[derive(Clone, Debug)]
pub struct ApiFailure {
    pub status: StatusCode,
    pub code: &'static str,
    pub description: String,
    pub detail: Value,
    pub retry_after: Option<u64>,
}

impl ApiFailure {
    pub fn new(status: StatusCode, code: &'static str, description: impl Into<String>, detail: Value) -> Self {
        Self {
            status,
            code,
            description: description.into(),
            detail,
            retry_after: None,
        }
    }

    pub fn missing_api_token() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            "missing_api_token",
            "No API token was provided in the Authorization header. Ensure a token is provided prefixed with Bearer",
            json!({}),
        )
    }

    pub fn invalid_api_token() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "invalid_api_token",
            "The API token provided was not valid (it may not exist or have expired)",
            json!({}),
        )
    }

    pub fn scope_not_granted(scopes: &[&str]) -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "scope_not_granted",
            "The scope required for this endpoint has not been granted to the authenticating identity",
            json!({ "scopes": scopes }),
        )
    }

    pub fn rate_limit_reached(total_permitted: u32, retry_after: Option<u64>) -> Self {
        Self {
            retry_after,
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limit_reached",
                "You have reached the rate limit for this type of request",
                json!({ "total_permitted": total_permitted }),
            )
        }
    }

    pub fn service_unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "service_unavailable",
            "The service is currently unavailable, please try again later",
            json!({}),
        )
    }

    pub fn route_not_found(method: &str, path: &str) -> Self {
        let route = path.trim_start_matches(crate::BASE_PATH).trim_start_matches('/');
        Self::new(
            StatusCode::NOT_FOUND,
            "route_not_found",
            format!("No route matches '{route}' for {method}"),
            json!({}),
        )
    }

    /// A failure the framework does not handle: Rack's refusal of a query it cannot parse
    /// is not one of the framework's errors, so it reaches the framework's last resort.
    pub fn unhandled_exception() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "unhandled_exception",
            "An internal error occurred while processing this request",
            json!({}),
        )
    }

    /// `invalid_argument` as the framework reports it.
    pub fn invalid_argument(
        endpoint: &str,
        argument: &str,
        argument_description: Option<&str>,
        issue: &str,
        issue_description: &str,
        errors: &[String],
    ) -> Self {
        Self::invalid_argument_at(
            endpoint,
            &[argument],
            argument_description,
            issue,
            issue_description,
            errors,
        )
    }

    /// `invalid_argument` for an argument inside another (`path`, outermost first, e.g. a
    /// field of an array's items); the framework names the whole path, joined with dots.
    pub fn invalid_argument_at(
        endpoint: &str,
        path: &[&str],
        argument_description: Option<&str>,
        issue: &str,
        issue_description: &str,
        errors: &[String],
    ) -> Self {
        let name = path.last().copied().unwrap_or_default();
        Self::new(
            StatusCode::BAD_REQUEST,
            "invalid_argument",
            format!("The '{}' argument is invalid", path.join(".")),
            json!({
                "path": path,
                "index": null,
                "issue": issue,
                "issue_description": issue_description,
                "errors": errors,
                "argument": {
                    "id": format!("CoreAPI/Endpoints/{endpoint}/{}", path.join("/")),
                    "name": name,
                    "description": argument_description,
                },
            }),
        )
    }

    /// The same failure about the item at `index` of an array argument.
    pub fn at_index(mut self, index: usize) -> Self {
        self.detail["index"] = json!(index);
        self
    }

    pub fn missing_required_argument(argument: &str, argument_description: &str) -> Self {
        Self::missing_required_argument_at(&[argument], Some(argument_description))
    }

    /// `missing_required_argument` for an argument inside another (`path`, outermost
    /// first): the framework names the whole path in the description and in `path`, and
    /// the missing argument alone in `argument`.
    pub fn missing_required_argument_at(path: &[&str], argument_description: Option<&str>) -> Self {
        let name = path.last().copied().unwrap_or_default();
        Self::new(
            StatusCode::BAD_REQUEST,
            "missing_required_argument",
            format!(
                "The '{}' argument is required but has not been provided",
                path.join(".")
            ),
            json!({
                "path": path,
                "argument": {"name": name, "description": argument_description},
            }),
        )
    }

    /// A 404 for a lookup that found nothing, worded as the framework words it.
    fn not_found(code: &'static str, what: &str) -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            code,
            format!("No {what} was found matching any of the criteria provided in the arguments"),
            json!({}),
        )
    }

    pub fn organization_not_found() -> Self {
        Self::not_found("organization_not_found", "organization")
    }

    pub fn network_not_found() -> Self {
        Self::not_found("network_not_found", "network")
    }

    pub fn virtual_machine_network_interface_not_found() -> Self {
        Self::not_found("virtual_machine_network_interface_not_found", "network interface")
    }

    pub fn organization_not_activated() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "organization_not_activated",
            "The organization has not been activated yet",
            json!({}),
        )
    }

    pub fn resource_does_not_support_unallocation() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "resource_does_not_support_unallocation",
            "The resource this IP address belongs to does not allow you to unallocate it.",
            json!({}),
        )
    }

    pub fn organization_suspended() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            "organization_suspended",
            "The organization has been suspended",
            json!({}),
        )
    }

    pub fn invalid_ip() -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid_ip",
            "This IP address cannot be allocated to this network interface (it is on another network)",
            json!({}),
        )
    }

    pub fn no_available_addresses() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "no_available_addresses",
            "There are no addresses of this version available in this network",
            json!({}),
        )
    }

    pub fn validation_error(error: &str) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_error",
            "A validation error occurred with the object that was being created/updated/deleted",
            json!({ "errors": [error] }),
        )
    }

    pub fn virtual_machine_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "virtual_machine_not_found",
            "No virtual machine was found matching any of the criteria provided in the arguments",
            json!({}),
        )
    }

    pub fn ip_address_not_found() -> Self {
        Self::new(
            StatusCode::NOT_FOUND,
            "ip_address_not_found",
            "No IP addresses were found matching any of the criteria provided in the arguments",
            json!({}),
        )
    }

    pub fn object_in_trash(trash_id: &str, keep_until: i64, object_id: &str, object_type: &str) -> Self {
        Self::new(
            StatusCode::NOT_ACCEPTABLE,
            "object_in_trash",
            "The object found is in the trash and therefore cannot be manipulated through the API. It should be restored in order to run this operation.",
            json!({"trash_object": {
                "id": trash_id, "keep_until": keep_until, "object_id": object_id, "object_type": object_type,
            }}),
        )
    }

    pub fn ip_already_allocated() -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "ip_already_allocated",
            "This IP address has already been allocated to another resource",
            json!({}),
        )
    }

    pub fn no_allocation() -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_allocation",
            "This IP address is not currently allocated to any object, and cannot be unallocated.",
            json!({}),
        )
    }

    pub fn no_interface_available() -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "no_interface_available",
            "This virtual machine does not have a network interface that is compatible with the provided IP address",
            json!({}),
        )
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let body = json!({"error": {"code": self.code, "description": self.description, "detail": self.detail}});
        let mut response = (self.status, axum::Json(body)).into_response();
        let headers = response.headers_mut();
        headers.insert("x-api-schema", HeaderValue::from_static("json-error"));
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

/// What a proxy in front of the API answers when the API is down: HTML, not JSON.
pub fn bad_gateway_html() -> Response {
    let body = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    (StatusCode::BAD_GATEWAY, [(header::CONTENT_TYPE, "text/html")], body).into_response()
}
