//! Listing over real HTTP: one page, every page in order (sequential and concurrent),
//! `large_set` walks, page counts that change mid-walk, and the query sent per lookup.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use katapult_sdk::Error;
use katapult_sdk::lookup::VirtualMachine;
use katapult_tests::http::{LIST_PATH, client};
use serde_json::{Value, json};
use wiremock::matchers::{path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Serves `total` interfaces named `vmnet_<n>` in pages, the way the API pages them.
#[derive(Clone)]
struct Pages {
    total: usize,
    /// Report null totals and `large_set: true`.
    large_set: bool,
    /// After this many answers, claim there are only this many items (the set shrank).
    shrink_after: Option<(usize, usize)>,
    /// Delay answers to early pages more, so pages fetched together finish out of order.
    stagger: bool,
    answered: Arc<AtomicUsize>,
}

impl Pages {
    fn new(total: usize) -> Self {
        Self {
            total,
            large_set: false,
            shrink_after: None,
            stagger: false,
            answered: Arc::default(),
        }
    }
}

fn query(request: &Request, name: &str) -> Option<usize> {
    request
        .url
        .query_pairs()
        .find(|(k, _)| k == name)
        .and_then(|(_, v)| v.parse().ok())
}

impl Respond for Pages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let page = query(request, "page").unwrap_or(1);
        let per_page = query(request, "per_page").unwrap_or(30);
        let answered = self.answered.fetch_add(1, Ordering::SeqCst);
        let total = match self.shrink_after {
            Some((after, shrunk)) if answered >= after => shrunk,
            _ => self.total,
        };
        let start = ((page - 1) * per_page).min(total);
        let end = (start + per_page).min(total);
        let items: Vec<Value> = (start..end)
            .map(|n| {
                json!({"id": format!("vmnet_{n}"), "name": format!("eth{n}"),
                       "network": null, "virtual_network": null, "ip_addresses": []})
            })
            .collect();
        let total_pages = total.div_ceil(per_page).max(1);
        let pagination = if self.large_set {
            json!({"current_page": page, "per_page": per_page, "large_set": true, "total": null, "total_pages": null})
        } else {
            json!({"current_page": page, "per_page": per_page, "large_set": false, "total": total, "total_pages": total_pages})
        };
        let delay = if self.stagger {
            Duration::from_millis(5 * (10u64.saturating_sub(page as u64 % 10)))
        } else {
            Duration::ZERO
        };
        ResponseTemplate::new(200)
            .set_body_json(json!({"pagination": pagination, "virtual_machine_network_interfaces": items}))
            .set_delay(delay)
    }
}

async fn serve(pages: Pages) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH)).respond_with(pages).mount(&server).await;
    server
}

fn ids(items: &[katapult_sdk::types::VirtualMachineNetworkInterface]) -> Vec<String> {
    items.iter().map(|i| i.id.clone()).collect()
}

fn expected(n: usize) -> Vec<String> {
    (0..n).map(|n| format!("vmnet_{n}")).collect()
}

#[tokio::test]
async fn one_page_sends_the_lookup_and_paging() {
    let server = MockServer::start().await;
    let pages = Pages::new(95);
    Mock::given(path(LIST_PATH))
        .and(query_param(
            "virtual_machine[fqdn]",
            "bitter-beautiful-mango.acme.katapult.cloud",
        ))
        .and(query_param("page", "2"))
        .and(query_param("per_page", "40"))
        .respond_with(pages.clone())
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(path(LIST_PATH))
        .and(query_param("virtual_machine[id]", "vm_abc"))
        .respond_with(pages)
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server.uri());
    let vm = VirtualMachine::fqdn("bitter-beautiful-mango.acme.katapult.cloud");
    let page = client
        .list_network_interfaces(vm)
        .page(2)
        .per_page(40)
        .send()
        .await
        .expect("a page");
    assert_eq!(ids(&page.items), expected(80)[40..]);
    assert_eq!(page.total_pages(), Some(3));
    let first = client
        .list_network_interfaces(VirtualMachine::id("vm_abc"))
        .send()
        .await
        .expect("a page");
    assert_eq!(first.items.len(), 30);
    for request in server.received_requests().await.expect("recording") {
        let pairs: Vec<String> = request.url.query_pairs().map(|(k, _)| k.into_owned()).collect();
        assert_eq!(
            pairs.iter().filter(|k| k.starts_with("virtual_machine[")).count(),
            1,
            "{pairs:?}"
        );
    }
}

#[tokio::test]
async fn every_page_in_order() {
    for (total, per_page) in [(0, 10), (1, 10), (10, 10), (95, 10), (95, 200)] {
        let pages = Pages::new(total);
        let server = serve(pages.clone()).await;
        let all = client(&server.uri())
            .list_network_interfaces(VirtualMachine::id("vm_1"))
            .per_page(per_page)
            .collect_all()
            .await
            .expect("a walk");
        assert_eq!(ids(&all), expected(total), "{total} items by {per_page}");
        let pages_needed = total.div_ceil(per_page as usize).max(1);
        assert_eq!(
            pages.answered.load(Ordering::SeqCst),
            pages_needed,
            "{total} items by {per_page}"
        );
    }
}

#[tokio::test]
async fn a_large_set_walks_until_a_short_or_empty_page() {
    for total in [95, 100] {
        let mut pages = Pages::new(total);
        pages.large_set = true;
        let server = serve(pages.clone()).await;
        let all = client(&server.uri())
            .list_network_interfaces(VirtualMachine::id("vm_1"))
            .per_page(10)
            .concurrency(8)
            .collect_all()
            .await
            .expect("a walk");
        assert_eq!(ids(&all), expected(total));
        // 95: ten pages, the last short. 100: ten full pages, then an empty eleventh.
        assert_eq!(pages.answered.load(Ordering::SeqCst), if total == 95 { 10 } else { 11 });
    }
}

#[tokio::test]
async fn a_page_count_that_shrinks_mid_walk_ends_the_walk() {
    for concurrency in [1, 4] {
        let mut pages = Pages::new(100);
        // After three answers, only 45 items remain (five pages of ten).
        pages.shrink_after = Some((3, 45));
        let server = serve(pages.clone()).await;
        let all = client(&server.uri())
            .list_network_interfaces(VirtualMachine::id("vm_1"))
            .per_page(10)
            .concurrency(concurrency)
            .collect_all()
            .await
            .expect("a walk");
        assert_eq!(ids(&all), expected(45), "concurrency {concurrency}");
        assert!(pages.answered.load(Ordering::SeqCst) <= 10, "concurrency {concurrency}");
    }
}

#[tokio::test]
async fn concurrent_pages_keep_their_order() {
    let mut pages = Pages::new(1000);
    pages.stagger = true;
    let server = serve(pages.clone()).await;
    let client = client(&server.uri());
    let all = client
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .per_page(25)
        .concurrency(8)
        .collect_all()
        .await
        .expect("a walk");
    assert_eq!(ids(&all), expected(1000));
    assert_eq!(pages.answered.load(Ordering::SeqCst), 40);
}

#[tokio::test]
async fn concurrency_overlaps_requests() {
    // Every answer is held back 300 ms. A sequential walk sends each request only after the
    // previous answer arrived, so no two arrivals can be closer than that; a concurrent one
    // sends the pages after the first together.
    let delay = Duration::from_millis(300);
    for (concurrency, overlapping) in [(1, false), (8, true)] {
        let arrivals = Arc::new(std::sync::Mutex::new(Vec::new()));
        let slow = SlowPages {
            inner: Pages::new(90),
            delay,
            arrivals: arrivals.clone(),
        };
        let server = MockServer::start().await;
        Mock::given(path(LIST_PATH)).respond_with(slow).mount(&server).await;
        let all = client(&server.uri())
            .list_network_interfaces(VirtualMachine::id("vm_1"))
            .per_page(10)
            .concurrency(concurrency)
            .collect_all()
            .await
            .expect("a walk");
        assert_eq!(ids(&all), expected(90));
        let arrivals = arrivals.lock().expect("not poisoned").clone();
        assert_eq!(arrivals.len(), 9);
        let overlapped = arrivals.windows(2).any(|pair| pair[1] - pair[0] < delay);
        assert_eq!(
            overlapped, overlapping,
            "concurrency {concurrency}: arrivals {arrivals:?}"
        );
    }
}

struct SlowPages {
    inner: Pages,
    delay: Duration,
    arrivals: Arc<std::sync::Mutex<Vec<std::time::Instant>>>,
}

impl Respond for SlowPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        self.arrivals
            .lock()
            .expect("not poisoned")
            .push(std::time::Instant::now());
        self.inner.respond(request).set_delay(self.delay)
    }
}

#[tokio::test]
async fn a_server_that_ignores_page_cannot_loop_the_walk() {
    let server = MockServer::start().await;
    let interface =
        |id: &str| json!({"id": id, "name": id, "network": null, "virtual_network": null, "ip_addresses": []});
    let body = json!({"pagination": {"current_page": 1, "per_page": 2, "large_set": true, "total": null, "total_pages": null},
        "virtual_machine_network_interfaces": [interface("vmnet_0"), interface("vmnet_1")]});
    Mock::given(path(LIST_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(&server)
        .await;
    let mut stream = client(&server.uri())
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .per_page(2)
        .stream();
    let mut items = 0;
    let error = loop {
        match stream.try_next().await {
            Ok(Some(_)) => items += 1,
            Ok(None) => panic!("the walk ended without noticing"),
            Err(error) => break error,
        }
    };
    assert_eq!(items, 2);
    assert!(
        matches!(&error, Error::InvalidResponse { reason, .. } if reason.contains("page 2")),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_error_mid_walk_is_yielded_and_ends_it() {
    let server = MockServer::start().await;
    Mock::given(path(LIST_PATH))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_json(json!({"error": {"code": "unhandled_exception", "description": "boom", "detail": {}}})),
        )
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(path(LIST_PATH))
        .respond_with(Pages::new(100))
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server.uri())
        .list_network_interfaces(VirtualMachine::id("vm_1"))
        .per_page(10)
        .concurrency(3)
        .stream()
        .collect::<Vec<_>>()
        .await;
    let (ok, errors): (Vec<_>, Vec<_>) = results.into_iter().partition(Result::is_ok);
    assert_eq!(ok.len(), 20, "pages 1 and 2 come first");
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].as_ref().err().and_then(Error::code).as_deref(),
        Some("unhandled_exception")
    );
}
