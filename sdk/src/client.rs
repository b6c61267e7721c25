//! The client and its operations.

use std::sync::Arc;

use crate::generated;
#[cfg(feature = "virtual-machines")]
use crate::{
    error::Result,
    generated::operations,
    lookup::{IpAddress, VirtualMachine},
    types,
};

/// A request to list a virtual machine's network interfaces, from
/// [`Client::list_network_interfaces`] (the generated request, with its lookup set).
#[cfg(feature = "virtual-machines")]
#[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
pub type ListNetworkInterfaces = operations::ListVirtualMachineNetworkInterfaces;

/// A Katapult Core API client: one method per operation of the API (generated from the
/// spec, each returning a request in [`operations`](crate::operations)), and a few
/// written by hand where positional arguments read better. Built with [`Client::new`], [`Client::from_env`] or
/// [`Client::builder`] (see `config.rs`).
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
    /// Shared, so a request holds the client for the price of a reference count.
    generated: Arc<generated::Client>,
}

impl Client {
    pub(crate) fn from_generated(generated: generated::Client) -> Self {
        Self {
            generated: Arc::new(generated),
        }
    }

    /// The generated client, for a request to hold (the generated requests call this).
    pub(crate) fn shared(&self) -> Arc<generated::Client> {
        Arc::clone(&self.generated)
    }

    /// The generated client underneath, for anything this surface does not cover. Its
    /// requests go through the same transport: token, retries, pacing and tracing.
    pub fn generated(&self) -> &generated::Client {
        &self.generated
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &str {
        progenitor_client::ClientInfo::baseurl(self.generated.as_ref())
    }

    /// Lists the network interfaces of a virtual machine: one page with
    /// [`send`](ListNetworkInterfaces::send), or all of them with
    /// [`stream`](ListNetworkInterfaces::stream) or
    /// [`collect_all`](ListNetworkInterfaces::collect_all). The same request as
    /// [`list_virtual_machine_network_interfaces`](Self::list_virtual_machine_network_interfaces)
    /// with its lookup given.
    ///
    /// Needs the `virtual_machines` or `virtual_machines:read` scope.
    ///
    /// ```no_run
    /// use futures::TryStreamExt;
    /// use katapult_sdk::lookup::VirtualMachine;
    ///
    /// # async fn run(client: katapult_sdk::Client) -> katapult_sdk::Result<()> {
    /// let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
    ///
    /// // One page.
    /// let page = client.list_network_interfaces(vm.clone()).page(2).per_page(50).send().await?;
    /// println!("{} interfaces on page 2", page.items.len());
    ///
    /// // Every interface, fetching up to four pages at once, in order.
    /// let mut all = client.list_network_interfaces(vm).per_page(200).concurrency(4).stream();
    /// while let Some(interface) = all.try_next().await? {
    ///     println!("{:?}", interface.name);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    #[cfg(feature = "virtual-machines")]
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    pub fn list_network_interfaces(&self, virtual_machine: impl Into<VirtualMachine>) -> ListNetworkInterfaces {
        self.list_virtual_machine_network_interfaces()
            .virtual_machine(virtual_machine.into())
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
    /// `virtual_machine_not_found`, `ip_address_not_found`, `object_in_trash`; see [`Error`](crate::Error).
    #[cfg(feature = "virtual-machines")]
    #[cfg_attr(docsrs, doc(cfg(feature = "virtual-machines")))]
    pub async fn allocate_ip_address(
        &self,
        virtual_machine: impl Into<VirtualMachine>,
        ip_address: impl Into<IpAddress>,
    ) -> Result<types::IpAddress> {
        let body = types::AllocateIpAddressRequest {
            virtual_machine: virtual_machine.into().try_into()?,
            ip_address: ip_address.into().try_into()?,
        };
        let answer = operations::AllocateIpAddress::new(self).body(body).send().await?;
        Ok(answer.ip_address)
    }
}
