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

/// The paging methods of a generated list request, the same for every list: `page`,
/// `per_page`, `concurrency`, `send` (one page), `stream` and `collect_all` (every page).
/// The request has `page: u64`, `per_page: Option<u64>` and `concurrency: usize` fields and
/// a generated `fetch(self, page) -> Result<Page<$item>>`.
#[cfg_attr(not(katapult_any_operation), allow(unused_macros))]
macro_rules! list_methods {
    ($item:ty) => {
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
        pub async fn send(self) -> crate::Result<crate::Page<$item>> {
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
        pub fn stream(self) -> ::futures::stream::BoxStream<'static, crate::Result<$item>> {
            let (page, per_page, concurrency) = (self.page, self.per_page, self.concurrency);
            crate::paginate::walk(page, per_page, concurrency, move |page| self.clone().fetch(page))
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

/// Checks a list request's paging arguments before anything is sent.
pub(crate) fn check(page: u64, per_page: Option<u64>, concurrency: usize) -> Result<()> {
    if page == 0 {
        return Err(Error::InvalidInput {
            argument: "page",
            reason: "pages are numbered from 1".into(),
        });
    }
    if let Some(per_page) = per_page
        && !(1..=MAX_PER_PAGE).contains(&per_page)
    {
        return Err(Error::InvalidInput {
            argument: "per_page",
            reason: format!("must be 1 to {MAX_PER_PAGE}, not {per_page}"),
        });
    }
    if concurrency == 0 {
        return Err(Error::InvalidInput {
            argument: "concurrency",
            reason: "must be at least 1".into(),
        });
    }
    Ok(())
}

/// Every item of a list from page `start` on, in order, fetching up to `concurrency` pages
/// at once with `fetch` (see the generated `stream` methods for the walk's rules). Bad
/// paging arguments are the stream's one item.
pub(crate) fn walk<T, F, Fut>(
    start: u64,
    per_page: Option<u64>,
    concurrency: usize,
    fetch: F,
) -> BoxStream<'static, Result<T>>
where
    T: Send + 'static,
    F: Fn(u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<Page<T>>> + Send + 'static,
{
    if let Err(error) = check(start, per_page, concurrency) {
        return futures::stream::once(async { Err(error) }).boxed();
    }
    let fetch: Fetch<T> = Box::new(move |page| Box::pin(fetch(page)));
    let walk = Walk {
        fetch,
        per_page,
        concurrency,
        ready: VecDeque::new(),
        in_flight: FuturesOrdered::new(),
        next_page: start,
        last_page: None,
        finished: false,
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

impl<T: Send + 'static> Walk<T> {
    async fn next(mut self) -> Option<(Result<T>, Self)> {
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
        let window = if self.last_page.is_some() { self.concurrency } else { 1 };
        while self.in_flight.len() < window && self.last_page.is_none_or(|last| self.next_page <= last) {
            let page = self.next_page;
            let fetching = (self.fetch)(page);
            self.in_flight
                .push_back(Box::pin(async move { (page, fetching.await) }));
            self.next_page += 1;
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
        let past_last = self.last_page.is_some_and(|last| requested >= last);
        if short || past_last {
            self.finished = true;
            // Pages requested beyond the end are not needed.
            self.in_flight = FuturesOrdered::new();
        }
        self.ready.extend(page.items);
    }
}
