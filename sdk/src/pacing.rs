//! Client-side pacing: spacing requests so bulk work stays under the API's rate limit,
//! at a fixed rate the caller chooses and from the count every answer states
//! (`X-Ratelimit-Remaining` of `X-Ratelimit-Permitted`, see `metadata.rs`).

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

use crate::metadata::RateLimit;

/// Slowing down before the API's rate limit runs out, from the count every answer states
/// (`X-Ratelimit-Remaining` of `X-Ratelimit-Permitted`). On by default
/// ([`ClientBuilder::adaptive_pacing`](crate::ClientBuilder::adaptive_pacing)).
///
/// While more than `reserve` of the permitted requests are left, requests go at once. Below
/// that, they are spread so that what is left lasts until the window renews: over the rest
/// of the window when the counts have shown when it began (a count that renewed, or a first
/// count that holds only this client's requests), else over a whole window (a request sent
/// with `n` left is followed `window / n` later, so the one after the last waits a whole
/// window). The service counts requests in fixed
/// windows of a minute, so a burst slows down and then goes on when the window renews,
/// rather than ending in `429 rate_limit_reached`; with nothing left, a request waits for
/// the window to renew. Requests in flight are counted against what is left, so concurrent
/// walks slow down together.
///
/// ```
/// use std::time::Duration;
/// use katapult_sdk::{AdaptivePacing, Client};
///
/// let client = Client::builder()
///     .token("my-token")
///     .adaptive_pacing(AdaptivePacing::default().reserve(0.5))
///     .build()?;
/// let unpaced = Client::builder().token("my-token").adaptive_pacing(None).build()?;
/// # let _ = (client, unpaced);
/// # Ok::<(), katapult_sdk::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdaptivePacing {
    window: Duration,
    reserve: f64,
}

impl Default for AdaptivePacing {
    /// A one-minute window (the service's), slowing down below a fifth of the limit.
    fn default() -> Self {
        Self {
            window: Duration::from_secs(60),
            reserve: 0.2,
        }
    }
}

impl AdaptivePacing {
    /// The rate limit's window (a minute, as the service counts, unless set): what is left
    /// is spread over this long. At most a day; longer is taken as a day.
    #[must_use]
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window.min(MAX_WINDOW);
        self
    }

    /// The share of the permitted requests (0 to 1; a fifth unless set) below which
    /// requests are spread out. `0` waits until the last request; `1` spreads them from
    /// the start. Values outside 0 to 1 are clamped.
    #[must_use]
    pub fn reserve(mut self, share: f64) -> Self {
        self.reserve = if share.is_nan() { 0.0 } else { share.clamp(0.0, 1.0) };
        self
    }
}

/// The longest window [`AdaptivePacing::window`] takes, so times computed from it never
/// overflow.
const MAX_WINDOW: Duration = Duration::from_secs(24 * 60 * 60);

/// Hands out send times, shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Pacer {
    /// The fixed spacing a caller asked for (`requests_per_minute`).
    interval: Option<Duration>,
    adaptive: Option<AdaptivePacing>,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// The earliest time the next request may go.
    next_slot: Option<Instant>,
    /// The latest slot handed out.
    last_slot: Option<Instant>,
    /// The latest count an answer stated, and when.
    observed: Option<(RateLimit, Instant)>,
    /// Requests sent since that count was stated (or in flight when it was).
    sent_since: u32,
    /// Requests sent and not yet answered.
    in_flight: u32,
    /// When the current window began, at the latest, when the counts show it: the answer
    /// that showed the window renewed, or the first, when every request counted could be
    /// this client's. Later than the service's own start, so the end reckoned from it is
    /// never early.
    window_start: Option<Instant>,
}

impl Pacer {
    /// A pacer with a fixed rate (`per_minute`, if any) and adaptive pacing (if any); `None`
    /// when neither is on.
    pub(crate) fn new(per_minute: Option<std::num::NonZeroU32>, adaptive: Option<AdaptivePacing>) -> Option<Self> {
        let interval = per_minute.map(|n| Duration::from_secs(60) / n.get());
        (interval.is_some() || adaptive.is_some()).then(|| Self {
            interval,
            adaptive,
            state: Mutex::new(State::default()),
        })
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A poisoned lock only means another request panicked mid-reservation; the
        // stored times are still meaningful.
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits for this request's slot, and counts it as sent until the returned ticket is
    /// [`answered`](InFlight::answered) or dropped (a request given up). Slots are reserved
    /// in call order, so waiting requests go out in turn.
    pub(crate) async fn wait(&self) -> InFlight<'_> {
        let (slot, next) = {
            let mut state = self.state();
            let now = Instant::now();
            let mut slot = state.next_slot.map_or(now, |at| at.max(now));
            // Nothing left of this window: wait for the next.
            if let Some(renewal) = self.renewal_if_spent(&state, slot) {
                slot = renewal;
            }
            let spacing = self
                .interval
                .unwrap_or_default()
                .max(self.adaptive_spacing(&state, slot));
            let next = slot + spacing;
            state.next_slot = Some(next);
            state.last_slot = Some(slot);
            state.sent_since = state.sent_since.saturating_add(1);
            state.in_flight = state.in_flight.saturating_add(1);
            (slot, next)
        };
        let mut ticket = InFlight {
            pacer: self,
            slot,
            next,
            sent: false,
            done: false,
        };
        // A slot that is now is not slept for: a timer, even of no length, waits for the
        // next tick of tokio's clock (a millisecond), which would be the whole cost of a call.
        if slot > Instant::now() {
            tokio::time::sleep_until(slot).await;
        }
        ticket.sent = true;
        ticket
    }

    /// Records that a request was answered (or failed), with the count its answer stated.
    fn answered(&self, rate_limit: Option<RateLimit>) {
        let mut state = self.state();
        state.in_flight = state.in_flight.saturating_sub(1);
        let Some(adaptive) = self.adaptive else { return };
        let Some(rate_limit) = rate_limit else { return };
        let now = Instant::now();
        let renewed = match state.observed {
            None => {
                // Every request counted could be this client's: the window began with them.
                let counted = rate_limit.permitted.saturating_sub(rate_limit.remaining);
                (counted <= state.in_flight.saturating_add(1)).then_some(now)
            }
            Some((latest, at)) if rate_limit.remaining > latest.remaining => {
                let ended = state
                    .window_start
                    .map_or(now.duration_since(at) >= adaptive.window, |start| {
                        now >= start + adaptive.window
                    });
                // Higher than the requests sent since could explain: the count went back up.
                let risen = rate_limit.remaining > latest.remaining.saturating_add(state.sent_since).saturating_add(1);
                if !ended && !risen {
                    // Answers arrive out of order: within a window, a higher count is an
                    // older answer, so the lower count stands and what was sent since
                    // keeps counting against it.
                    return;
                }
                Some(now)
            }
            Some(_) => state.window_start,
        };
        state.window_start = renewed;
        state.observed = Some((rate_limit, now));
        // The count covers this request; others still in flight may not be in it.
        state.sent_since = state.in_flight;
        // A renewed window frees the requests reserved after this answer from the spacing of
        // a low count (a fixed pace still holds); those already waiting keep their slot.
        if rate_limit.remaining > self.reserve_of(rate_limit.permitted) {
            state.next_slot = state
                .last_slot
                .zip(self.interval)
                .map(|(slot, interval)| slot + interval);
        }
    }

    /// How many requests `reserve` keeps of `permitted`.
    fn reserve_of(&self, permitted: u32) -> u32 {
        let share = self.adaptive.map_or(0.0, |a| a.reserve);
        // Exact for every u32: an f64 holds them all.
        (f64::from(permitted) * share).ceil() as u32
    }

    /// When the window renews, if the latest count leaves nothing for a request at `at`.
    fn renewal_if_spent(&self, state: &State, at: Instant) -> Option<Instant> {
        let (adaptive, (rate_limit, seen)) = (self.adaptive?, state.observed?);
        let renewal = state.window_start.unwrap_or(seen) + adaptive.window;
        let spent = rate_limit.remaining.saturating_sub(state.sent_since) == 0;
        (spent && at < renewal).then_some(renewal)
    }

    /// The wait after the request being sent that keeps what is left of the limit lasting
    /// until the window renews: what is left spread over the rest of the window when its
    /// start is known, else over a whole window (`window / left`, a whole window after the
    /// last); zero while more than the reserve is left or with nothing stated this window.
    /// `at` is when the request goes: requests reserve their slots ahead, so what is left
    /// is spread from each one's own time, not from when it asked.
    fn adaptive_spacing(&self, state: &State, at: Instant) -> Duration {
        let (Some(adaptive), Some((rate_limit, seen))) = (self.adaptive, state.observed) else {
            return Duration::ZERO;
        };
        if at.saturating_duration_since(seen) >= adaptive.window {
            return Duration::ZERO;
        }
        let left = rate_limit.remaining.saturating_sub(state.sent_since);
        if left > self.reserve_of(rate_limit.permitted) {
            return Duration::ZERO;
        }
        let until_renewed = state.window_start.map_or(adaptive.window, |start| {
            (start + adaptive.window).saturating_duration_since(at)
        });
        until_renewed / left.max(1)
    }
}

/// A request counted as in flight by its pacer, from its slot to its answer.
#[must_use = "a request in flight is counted until it is answered or dropped"]
pub(crate) struct InFlight<'a> {
    pacer: &'a Pacer,
    /// Its slot, and the next one it set.
    slot: Instant,
    next: Instant,
    /// Whether its slot came (it was then sent).
    sent: bool,
    done: bool,
}

impl InFlight<'_> {
    /// The request was answered (or failed), with the count its answer stated.
    pub(crate) fn answered(mut self, rate_limit: Option<RateLimit>) {
        self.done = true;
        self.pacer.answered(rate_limit);
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        // Given up before its answer (a walk that ended, a call cancelled): no longer in
        // flight, and nothing learnt.
        if self.done {
            return;
        }
        self.pacer.answered(None);
        if !self.sent {
            // Never sent: it used nothing of the limit, and its slot is free again when
            // nothing was reserved after it.
            let mut state = self.pacer.state();
            state.sent_since = state.sent_since.saturating_sub(1);
            if state.next_slot == Some(self.next) {
                state.next_slot = Some(self.slot);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(permitted: u32, remaining: u32) -> Option<RateLimit> {
        Some(RateLimit { permitted, remaining })
    }

    #[tokio::test(start_paused = true)]
    async fn requests_are_spaced_by_the_interval() {
        let pacer = Pacer::new(std::num::NonZeroU32::new(120), None).expect("a pacer");
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait().await.answered(None);
        }
        // The first goes at once, the next four half a second apart.
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }

    /// The time two more requests take on a pacer whose last answer stated `remaining`.
    async fn two_more_after(remaining: u32) -> Duration {
        let adaptive = AdaptivePacing::default().window(Duration::from_secs(60)).reserve(0.1);
        let pacer = Pacer::new(None, Some(adaptive)).expect("a pacer");
        pacer.wait().await.answered(limit(100, remaining));
        let start = Instant::now();
        let _first = pacer.wait().await;
        let _second = pacer.wait().await;
        start.elapsed()
    }

    #[tokio::test(start_paused = true)]
    async fn a_low_count_spreads_what_is_left_over_the_window() {
        // Above the reserve (10 of 100): no wait.
        assert_eq!(two_more_after(50).await, Duration::ZERO);
        // Ten left: one goes, the next a tenth of the window later.
        assert_eq!(two_more_after(10).await, Duration::from_secs(6));
        // The last one left: the next waits the whole window, by when it has renewed.
        assert_eq!(two_more_after(1).await, Duration::from_secs(60));
        // None left: the first waits for the window to renew.
        assert!(two_more_after(0).await >= Duration::from_secs(60));
    }

    #[tokio::test(start_paused = true)]
    async fn a_window_seen_to_begin_is_used_to_its_end() {
        let adaptive = AdaptivePacing::default().window(Duration::from_secs(60)).reserve(0.5);
        let pacer = Pacer::new(None, Some(adaptive)).expect("a pacer");
        // The first answer counts only this request: the window began with it.
        pacer.wait().await.answered(limit(100, 99));
        tokio::time::advance(Duration::from_secs(30)).await;
        pacer.wait().await.answered(limit(100, 40));
        // Forty left, thirty seconds to go: one every 750 ms, not one every 60 s / 40.
        let start = Instant::now();
        let _first = pacer.wait().await;
        let _second = pacer.wait().await;
        assert_eq!(start.elapsed(), Duration::from_millis(750));
    }

    #[tokio::test(start_paused = true)]
    async fn a_fixed_pace_holds_when_plenty_is_left() {
        let pacer = Pacer::new(std::num::NonZeroU32::new(60), Some(AdaptivePacing::default())).expect("a pacer");
        let start = Instant::now();
        for _ in 0..3 {
            pacer.wait().await.answered(limit(100, 99));
        }
        assert_eq!(start.elapsed(), Duration::from_secs(2), "one a second, as asked");
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_given_up_before_its_slot_frees_it() {
        let pacer = Pacer::new(std::num::NonZeroU32::new(60), None).expect("a pacer");
        pacer.wait().await.answered(None);
        // The next slot is a second away; this one is given up while it waits.
        let waiting = pacer.wait();
        assert!(tokio::time::timeout(Duration::from_millis(10), waiting).await.is_err());
        let start = Instant::now();
        let _sent = pacer.wait().await;
        assert!(start.elapsed() <= Duration::from_secs(1), "{:?}", start.elapsed());
        assert_eq!(pacer.state().sent_since, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_request_given_up_is_no_longer_in_flight() {
        let pacer = Pacer::new(None, Some(AdaptivePacing::default())).expect("a pacer");
        drop(pacer.wait().await);
        let answered = pacer.wait().await;
        assert_eq!(pacer.state().in_flight, 1);
        answered.answered(limit(100, 99));
        let state = pacer.state();
        assert_eq!((state.in_flight, state.sent_since), (0, 0));
    }
}
