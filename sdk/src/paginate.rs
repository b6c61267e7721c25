//! Listing network interfaces: one page, or every page as an ordered stream.

use std::collections::VecDeque;
use std::pin::Pin;

use futures::stream::{BoxStream, FuturesOrdered, StreamExt, TryStreamExt};
use reqwest::StatusCode;

use crate::error::{Error, Result};
use crate::generated::{
    self,
    paging::{DEFAULT_PER_PAGE, MAX_PER_PAGE},
};
use crate::lookup::VirtualMachine;
use crate::response;
use crate::types::{self, VirtualMachineNetworkInterface};

/// One page of a list, with where it sits in the whole.
#[derive(Clone, Debug, PartialEq)]
pub struct Page<T> {
    /// The items on this page, in the API's order.
    pub items: Vec<T>,
    /// The API's pagination block as sent (`total` and `total_pages` are `None` for a
    /// `large_set`).
    pub pagination: types::Pagination,
}

impl<T> Page<T> {
    /// The total number of pages, when the API says (not for a large set).
    pub fn total_pages(&self) -> Option<u64> {
        if self.pagination.large_set == Some(true) {
            return None;
        }
        self.pagination.total_pages.and_then(|n| u64::try_from(n).ok())
    }
}

/// A request to list a virtual machine's network interfaces, from
/// [`Client::list_network_interfaces`](crate::Client::list_network_interfaces).
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
#[derive(Clone, Debug)]
#[must_use = "a list request does nothing until sent, streamed or collected"]
pub struct ListNetworkInterfaces {
    client: generated::Client,
    virtual_machine: VirtualMachine,
    page: u64,
    per_page: Option<u64>,
    concurrency: usize,
}

impl ListNetworkInterfaces {
    pub(crate) fn new(client: generated::Client, virtual_machine: VirtualMachine) -> Self {
        Self {
            client,
            virtual_machine,
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

    /// Items per page, 1 to [`MAX_PER_PAGE`] (the API's default, [`DEFAULT_PER_PAGE`],
    /// unless set).
    pub fn per_page(mut self, per_page: u64) -> Self {
        self.per_page = Some(per_page);
        self
    }

    /// How many pages [`stream`](Self::stream) may fetch at once (1, sequential, unless
    /// set). Pages are fetched ahead only once a page has told how many there are; items
    /// still come out in order, and at most this many pages are held in memory.
    pub fn concurrency(mut self, pages: usize) -> Self {
        self.concurrency = pages;
        self
    }

    fn check(&self) -> Result<()> {
        self.virtual_machine.checked_value()?;
        if self.page == 0 {
            return Err(Error::InvalidInput {
                argument: "page",
                reason: "pages are numbered from 1".into(),
            });
        }
        if let Some(per_page) = self.per_page
            && !(1..=MAX_PER_PAGE).contains(&per_page)
        {
            return Err(Error::InvalidInput {
                argument: "per_page",
                reason: format!("must be 1 to {MAX_PER_PAGE}, not {per_page}"),
            });
        }
        if self.concurrency == 0 {
            return Err(Error::InvalidInput {
                argument: "concurrency",
                reason: "must be at least 1".into(),
            });
        }
        Ok(())
    }

    /// Fetches the one page asked for.
    ///
    /// # Errors
    /// [`Error::InvalidInput`] before sending for a blank lookup, page 0 or `per_page`
    /// outside 1 to [`MAX_PER_PAGE`]; otherwise any error of [`Error`].
    pub async fn send(self) -> Result<Page<VirtualMachineNetworkInterface>> {
        self.check()?;
        fetch(self.client, self.virtual_machine, self.page, self.per_page).await
    }

    /// Every interface from the starting page on, across pages, in order.
    ///
    /// The walk follows `pagination`: it stops after the last page the latest answer
    /// names, at a short or empty page (which is how a `large_set`, with no totals, ends),
    /// or at the first error, which it yields. A page count that shrinks mid-walk ends it
    /// early; one that grows extends it.
    pub fn stream(self) -> BoxStream<'static, Result<VirtualMachineNetworkInterface>> {
        match self.check() {
            Ok(()) => futures::stream::unfold(Walk::new(self), Walk::next).boxed(),
            Err(error) => futures::stream::once(async { Err(error) }).boxed(),
        }
    }

    /// Every interface, collected (see [`stream`](Self::stream)).
    ///
    /// # Errors
    /// The first error of the walk; interfaces already fetched are dropped.
    pub async fn collect_all(self) -> Result<Vec<VirtualMachineNetworkInterface>> {
        self.stream().try_collect().await
    }
}

async fn fetch(
    client: generated::Client,
    virtual_machine: VirtualMachine,
    page: u64,
    per_page: Option<u64>,
) -> Result<Page<VirtualMachineNetworkInterface>> {
    let mut request = client.list_virtual_machine_network_interfaces().page(page);
    if let Some(per_page) = per_page {
        request = request.per_page(per_page);
    }
    let value = virtual_machine.checked_value()?.to_owned();
    request = match virtual_machine {
        VirtualMachine::Id(_) => request.virtual_machine_id(value),
        VirtualMachine::Fqdn(_) => request.virtual_machine_fqdn(value),
    };
    let response = response::call(request.send()).await?;
    Ok(Page {
        items: response.virtual_machine_network_interfaces,
        pagination: response.pagination,
    })
}

type PageFuture = Pin<Box<dyn Future<Output = (u64, Result<Page<VirtualMachineNetworkInterface>>)> + Send>>;

/// The state of a walk over every page.
struct Walk {
    request: ListNetworkInterfaces,
    /// Items of the page being yielded.
    ready: VecDeque<VirtualMachineNetworkInterface>,
    /// Pages requested and not yet yielded, oldest first.
    in_flight: FuturesOrdered<PageFuture>,
    /// The next page number to request.
    next_page: u64,
    /// The last page, as the latest answer tells it (`None` before the first answer or for
    /// a large set).
    last_page: Option<u64>,
    /// Set when no more pages are to be fetched.
    finished: bool,
    /// An error to yield before ending.
    pending_error: Option<Error>,
}

impl Walk {
    fn new(request: ListNetworkInterfaces) -> Self {
        let next_page = request.page;
        Self {
            request,
            ready: VecDeque::new(),
            in_flight: FuturesOrdered::new(),
            next_page,
            last_page: None,
            finished: false,
            pending_error: None,
        }
    }

    async fn next(mut self) -> Option<(Result<VirtualMachineNetworkInterface>, Self)> {
        loop {
            if let Some(item) = self.ready.pop_front() {
                return Some((Ok(item), self));
            }
            if let Some(error) = self.pending_error.take() {
                self.finished = true;
                self.in_flight = FuturesOrdered::new();
                return Some((Err(error), self));
            }
            if self.finished {
                return None;
            }
            self.schedule();
            let (requested, result) = self.in_flight.next().await?;
            match result {
                Ok(page) => self.absorb(requested, page),
                Err(error) => self.pending_error = Some(error),
            }
        }
    }

    /// Requests pages ahead: up to the concurrency window once the last page is known,
    /// one at a time until then.
    fn schedule(&mut self) {
        let window = if self.last_page.is_some() {
            self.request.concurrency
        } else {
            1
        };
        while self.in_flight.len() < window && self.last_page.is_none_or(|last| self.next_page <= last) {
            let page = self.next_page;
            let fetching = fetch(
                self.request.client.clone(),
                self.request.virtual_machine.clone(),
                page,
                self.request.per_page,
            );
            self.in_flight
                .push_back(Box::pin(async move { (page, fetching.await) }));
            self.next_page += 1;
        }
    }

    fn absorb(&mut self, requested: u64, page: Page<VirtualMachineNetworkInterface>) {
        if let Some(current) = page.pagination.current_page
            && u64::try_from(current).ok() != Some(requested)
        {
            // Following such a server would loop forever.
            self.pending_error = Some(Error::InvalidResponse {
                status: StatusCode::OK,
                reason: format!("asked for page {requested}, the API answered page {current}"),
                excerpt: String::new(),
            });
            return;
        }
        self.last_page = page.total_pages();
        let page_size = page
            .pagination
            .per_page
            .and_then(|n| u64::try_from(n).ok())
            .filter(|&n| n > 0)
            .or(self.request.per_page)
            .unwrap_or(DEFAULT_PER_PAGE);
        let short = (page.items.len() as u64) < page_size;
        let past_last = self.last_page.is_some_and(|last| requested >= last);
        if short || past_last {
            self.finished = true;
            // Pages requested beyond the end are not needed.
            self.in_flight = FuturesOrdered::new();
        }
        self.ready.extend(page.items);
    }
}
