//! Walking a list: one [`Page`], and the ordered, bounded walk over every page that each
//! generated list request's `stream` and `collect_all` run.

use std::collections::VecDeque;
use std::pin::Pin;

use futures::stream::{BoxStream, FuturesOrdered, StreamExt};
use reqwest::StatusCode;

use crate::error::{Error, Result};
use crate::generated::paging::{DEFAULT_PER_PAGE, MAX_PER_PAGE};
use crate::types;

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
        if self.pagination.large_set {
            return None;
        }
        self.pagination.total_pages.and_then(|n| u64::try_from(n).ok())
    }
}

/// The most pages a walk fetches at once ([`concurrency`](crate::operations) on a list
/// request): enough to hide the latency of a distant API, few enough not to trip its rate
/// limit in one burst.
pub const MAX_CONCURRENCY: usize = 16;

/// The last page number the API can name (its page numbers are 64-bit signed integers).
const MAX_PAGE: u64 = i64::MAX as u64;

/// A list request's paging settings, with their defaults: page 1, the API's page size,
/// pages fetched one at a time, no cap.
#[derive(Clone, Debug)]
pub(crate) struct Paging {
    pub(crate) page: u64,
    pub(crate) per_page: Option<u64>,
    pub(crate) concurrency: usize,
    pub(crate) max_items: Option<u64>,
    pub(crate) max_pages: Option<u64>,
}

impl Default for Paging {
    fn default() -> Self {
        Self {
            page: 1,
            per_page: None,
            concurrency: 1,
            max_items: None,
            max_pages: None,
        }
    }
}

/// The paging methods of a generated list request, the same for every list: `page`,
/// `per_page`, `concurrency`, `max_items`, `max_pages`, `send` and `send_with_metadata`
/// (one page), `stream` and `collect_all` (every page). The request has a
/// `paging: Paging` field and a generated
/// `fetch(self, page) -> Result<WithMetadata<Page<$item>>>`.
#[cfg_attr(not(katapult_any_operation), allow(unused_macros))]
macro_rules! list_methods {
    ($item:ty) => {
        /// The page to fetch (from 1). For [`stream`](Self::stream), the page to start at.
        pub fn page(mut self, page: u64) -> Self {
            self.paging.page = page;
            self
        }

        /// Items per page, 1 to [`MAX_PER_PAGE`](crate::MAX_PER_PAGE) (the API's
        /// default, [`DEFAULT_PER_PAGE`](crate::DEFAULT_PER_PAGE), unless set).
        pub fn per_page(mut self, per_page: u64) -> Self {
            self.paging.per_page = Some(per_page);
            self
        }

        /// How many pages [`stream`](Self::stream) may fetch at once: 1 (sequential) unless
        /// set, at most [`MAX_CONCURRENCY`](crate::MAX_CONCURRENCY). Pages are fetched
        /// ahead only once a page has told how many there are; items still come out in
        /// order, and at most this many pages are held in memory.
        pub fn concurrency(mut self, pages: usize) -> Self {
            self.paging.concurrency = pages;
            self
        }

        /// The most items [`stream`](Self::stream) yields (no cap unless set): the walk
        /// ends after this many, and fetches no page it does not need for them.
        pub fn max_items(mut self, items: u64) -> Self {
            self.paging.max_items = Some(items);
            self
        }

        /// The most pages [`stream`](Self::stream) fetches, from the starting page (no cap
        /// unless set; the walk never asks past the last page the API names either).
        pub fn max_pages(mut self, pages: u64) -> Self {
            self.paging.max_pages = Some(pages);
            self
        }

        /// Fetches the one page asked for.
        ///
        /// # Errors
        /// [`Error::InvalidInput`](crate::Error::InvalidInput) before sending, for a
        /// missing or invalid argument, page 0 or `per_page` outside 1 to
        /// [`MAX_PER_PAGE`](crate::MAX_PER_PAGE); otherwise any [`Error`](crate::Error).
        pub async fn send(self) -> crate::Result<crate::Page<$item>> {
            self.send_with_metadata()
                .await
                .map(crate::WithMetadata::into_inner)
        }

        /// Fetches the one page asked for, with the answer's
        /// [`Metadata`](crate::Metadata): its status, request id and rate limit.
        ///
        /// # Errors
        /// As [`send`](Self::send).
        pub async fn send_with_metadata(self) -> crate::Result<crate::WithMetadata<crate::Page<$item>>> {
            crate::paginate::check(&self.paging)?;
            let page = self.paging.page;
            self.fetch(page).await
        }

        /// Every item from the starting page on, across pages, in order.
        ///
        /// The walk follows `pagination`: it stops after the last page the latest
        /// answer names (never asking past it), at a short or empty page (which is how a
        /// `large_set`, with no totals, ends), at the caps set with
        /// [`max_items`](Self::max_items) and [`max_pages`](Self::max_pages), or at the
        /// first error, which it yields. A page count that shrinks mid-walk ends it early;
        /// one that grows extends it.
        pub fn stream(self) -> ::futures::stream::BoxStream<'static, crate::Result<$item>> {
            let paging = self.paging.clone();
            crate::paginate::walk(paging, move |page| {
                let request = self.clone();
                async move { request.fetch(page).await.map(crate::WithMetadata::into_inner) }
            })
        }

        /// Every item, collected (see [`stream`](Self::stream)).
        ///
        /// # Errors
        /// The first error of the walk; items already fetched are dropped.
        pub async fn collect_all(self) -> crate::Result<Vec<$item>> {
            ::futures::TryStreamExt::try_collect(self.stream()).await
        }
    };
}
#[cfg_attr(not(katapult_any_operation), allow(unused_imports))]
pub(crate) use list_methods;

/// Checks a list request's paging settings before anything is sent.
pub(crate) fn check(paging: &Paging) -> Result<()> {
    if !(1..=MAX_PAGE).contains(&paging.page) {
        return Err(Error::InvalidInput {
            argument: "page",
            reason: format!("pages are numbered from 1 to {MAX_PAGE}, not {}", paging.page),
        });
    }
    if let Some(per_page) = paging.per_page
        && !(1..=MAX_PER_PAGE).contains(&per_page)
    {
        return Err(Error::InvalidInput {
            argument: "per_page",
            reason: format!("must be 1 to {MAX_PER_PAGE}, not {per_page}"),
        });
    }
    if !(1..=MAX_CONCURRENCY).contains(&paging.concurrency) {
        return Err(Error::InvalidInput {
            argument: "concurrency",
            reason: format!("must be 1 to {MAX_CONCURRENCY}, not {}", paging.concurrency),
        });
    }
    if paging.max_pages == Some(0) {
        return Err(Error::InvalidInput {
            argument: "max_pages",
            reason: "must be at least 1 (a walk of no pages would send nothing)".into(),
        });
    }
    Ok(())
}

/// Every item of a list from `paging`'s page on, in order, fetching up to its concurrency
/// pages at once with `fetch` (see the generated `stream` methods for the walk's rules). Bad
/// paging settings are the stream's one item.
pub(crate) fn walk<T, F, Fut>(paging: Paging, fetch: F) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: Fn(u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    if let Err(error) = check(&paging) {
        return futures::stream::once(async { Err(error) }).boxed();
    }
    // The last page the caps allow: `max_pages` from the start, and, with a page size
    // given, as many pages as `max_items` needs (without one, the walk ends when it holds
    // enough items). Saturating: a cap past `u64::MAX` is no cap.
    let pages_for_items = paging
        .max_items
        .zip(paging.per_page)
        .map(|(items, size)| items.div_ceil(size).max(1));
    let cap_pages = match (paging.max_pages, pages_for_items) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let cap_last = cap_pages.map(|pages| paging.page.saturating_add(pages - 1));
    let fetch: Fetch<T> = Box::new(move |page| Box::pin(fetch(page)));
    let walk = Walk {
        fetch,
        per_page: paging.per_page,
        concurrency: paging.concurrency,
        ready: VecDeque::new(),
        in_flight: FuturesOrdered::new(),
        next_page: Some(paging.page),
        last_page: None,
        cap_last,
        items_left: paging.max_items,
        finished: paging.max_items == Some(0),
        pending_error: None,
    };
    futures::stream::unfold(walk, Walk::next).boxed()
}

type Fetch<T> = Box<dyn Fn(u64) -> Pin<Box<dyn Future<Output = Result<Page<T>>> + Send>> + Send + Sync>;
type PageFuture<T> = Pin<Box<dyn Future<Output = (u64, Result<Page<T>>)> + Send>>;

/// The state of a walk over every page.
struct Walk<T> {
    /// Fetches one page.
    fetch: Fetch<T>,
    per_page: Option<u64>,
    concurrency: usize,
    /// Items of the page being yielded.
    ready: VecDeque<T>,
    /// Pages requested and not yet yielded, oldest first.
    in_flight: FuturesOrdered<PageFuture<T>>,
    /// The next page number to request (`None` past `u64::MAX`).
    next_page: Option<u64>,
    /// The last page, as the latest answer tells it (`None` before the first answer or for
    /// a large set).
    last_page: Option<u64>,
    /// The last page the caller's caps allow.
    cap_last: Option<u64>,
    /// Items still to yield under `max_items`.
    items_left: Option<u64>,
    /// Set when no more pages are to be fetched.
    finished: bool,
    /// An error to yield before ending.
    pending_error: Option<Error>,
}

impl<T: Send + 'static> Walk<T> {
    async fn next(mut self) -> Option<(Result<T>, Self)> {
        loop {
            if self.items_left == Some(0) {
                return None;
            }
            if let Some(item) = self.ready.pop_front() {
                self.items_left = self.items_left.map(|left| left - 1);
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
        let window = if self.last_page.is_some() { self.concurrency } else { 1 };
        while self.in_flight.len() < window
            && let Some(page) = self.next_page.filter(|&page| page <= MAX_PAGE)
            && self.last_page.is_none_or(|last| page <= last)
            && self.cap_last.is_none_or(|last| page <= last)
        {
            let fetching = (self.fetch)(page);
            self.in_flight
                .push_back(Box::pin(async move { (page, fetching.await) }));
            self.next_page = page.checked_add(1);
        }
    }

    fn absorb(&mut self, requested: u64, page: Page<T>) {
        let current = page.pagination.current_page;
        if u64::try_from(current).ok() != Some(requested) {
            // Following such a server would loop forever.
            self.pending_error = Some(Error::InvalidResponse {
                status: StatusCode::OK,
                reason: format!("asked for page {requested}, the API answered page {current}"),
                excerpt: String::new(),
                request_id: None,
            });
            return;
        }
        self.last_page = page.total_pages();
        let page_size = u64::try_from(page.pagination.per_page)
            .ok()
            .filter(|&n| n > 0)
            .or(self.per_page)
            .unwrap_or(DEFAULT_PER_PAGE);
        let short = (page.items.len() as u64) < page_size;
        let past_last = [self.last_page, self.cap_last, Some(MAX_PAGE)]
            .into_iter()
            .flatten()
            .any(|last| requested >= last);
        self.ready.extend(page.items);
        let enough = self.items_left.is_some_and(|left| self.ready.len() as u64 >= left);
        // Now the page size is known: no page past those the items still wanted need.
        if let Some(left) = self.items_left {
            let wanted = left.saturating_sub(self.ready.len() as u64);
            let last = requested.saturating_add(wanted.div_ceil(page_size));
            self.cap_last = Some(self.cap_last.map_or(last, |cap| cap.min(last)));
        }
        if short || past_last || enough {
            self.finished = true;
            // Pages requested beyond the end are not needed.
            self.in_flight = FuturesOrdered::new();
        }
    }
}
