//! The client and its operations.

use crate::config::{ClientBuilder, TOKEN_ENV, URL_ENV};
use crate::error::{Error, Result};
use crate::generated;
use crate::lookup::{IpAddress, VirtualMachine};
use crate::paginate::ListNetworkInterfaces;
use crate::transport;
use crate::types;

/// A Katapult Core API client.
///
/// Cheap to clone (clones share the connection pool and pacing), and `Send + Sync`.
/// Every request carries the token, retries as the [`RetryPolicy`](crate::RetryPolicy)
/// allows, and records a `tracing` span.
///
/// ```no_run
/// # async fn run() -> katapult_sdk::Result<()> {
/// let client = katapult_sdk::Client::from_env()?;
/// # let _ = client;
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    generated: generated::Client,
}

impl Client {
    /// A client for the live API with this token and default settings.
    ///
    /// # Errors
    /// [`Error::Config`] if the token is empty or cannot be sent in a header.
    pub fn new(token: impl Into<crate::ApiToken>) -> Result<Self> {
        Self::builder().token(token).build()
    }

    /// A client configured from the environment: the token from `KATAPULT_API_TOKEN`,
    /// and the base URL from `KATAPULT_API_URL` when it is set.
    ///
    /// # Errors
    /// [`Error::Config`] if `KATAPULT_API_TOKEN` is unset or empty, or the URL is refused.
    pub fn from_env() -> Result<Self> {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self> {
        let token = var(TOKEN_ENV).ok_or_else(|| Error::Config(format!("{TOKEN_ENV} is not set (or is not UTF-8)")))?;
        let mut builder = Self::builder().token(token);
        if let Some(url) = var(URL_ENV) {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// A builder for every setting.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    pub(crate) fn from_generated(generated: generated::Client) -> Self {
        Self { generated }
    }

    /// The generated client underneath, for anything this surface does not cover. Its
    /// requests go through the same transport: token, retries, pacing and tracing.
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(&self.generated)
    }

    /// Lists the network interfaces of a virtual machine: one page with
    /// [`send`](ListNetworkInterfaces::send), or all of them with
    /// [`stream`](ListNetworkInterfaces::stream) or
    /// [`collect_all`](ListNetworkInterfaces::collect_all).
    ///
    /// Needs the `virtual_machines` or `virtual_machines:read` scope.
    pub fn list_network_interfaces(&self, virtual_machine: impl Into<VirtualMachine>) -> ListNetworkInterfaces {
        ListNetworkInterfaces::new(self.clone(), virtual_machine.into())
    }

    /// Allocates an IP address to a virtual machine; the API picks the interface on the
    /// address's network. Returns the allocated address with its network, data centre and
    /// country.
    ///
    /// Needs the `ip_addresses` scope. The request is never repeated once it may have
    /// reached the server, except after a `429` or `503` (which mean it was not acted on).
    ///
    /// # Errors
    /// Typical API errors: `ip_already_allocated`, `no_interface_available`,
    /// `virtual_machine_not_found`, `ip_address_not_found`, `object_in_trash`; see [`Error`].
    pub async fn allocate_ip_address(
        &self,
        virtual_machine: impl Into<VirtualMachine>,
        ip_address: impl Into<IpAddress>,
    ) -> Result<types::IpAddress> {
        let body = types::AllocateIpAddressRequest {
            virtual_machine: virtual_machine.into().to_body()?,
            ip_address: ip_address.into().to_body()?,
        };
        let response = transport::call(self.generated.allocate_ip_address().body(body).send()).await?;
        Ok(response.ip_address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn from_env_reads_the_token_and_an_optional_url() {
        let missing = Client::from_vars(vars(&[])).expect_err("no token");
        assert!(missing.to_string().contains(TOKEN_ENV), "{missing}");
        let empty = Client::from_vars(vars(&[(TOKEN_ENV, " ")])).expect_err("blank token");
        assert!(matches!(empty, Error::Config(_)));
        let live = Client::from_vars(vars(&[(TOKEN_ENV, "t")])).expect("builds");
        assert_eq!(live.base_url(), crate::DEFAULT_BASE_URL);
        let local = Client::from_vars(vars(&[(TOKEN_ENV, "t"), (URL_ENV, "http://127.0.0.1:4010/")])).expect("builds");
        assert_eq!(local.base_url(), "http://127.0.0.1:4010");
    }
}
