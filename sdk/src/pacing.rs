//! Client-side pacing: spacing requests evenly so bulk work stays under a rate limit.

use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Hands out evenly spaced send times, shared by every clone of a client.
#[derive(Debug)]
pub(crate) struct Pacer {
    interval: Duration,
    next_slot: Mutex<Option<Instant>>,
}

impl Pacer {
    /// A pacer for at most `per_minute` requests a minute.
    pub(crate) fn per_minute(per_minute: std::num::NonZeroU32) -> Self {
        Self {
            interval: Duration::from_secs(60) / per_minute.get(),
            next_slot: Mutex::new(None),
        }
    }

    /// Waits for this request's slot. Slots are reserved in call order, so waiting
    /// requests go out in turn.
    pub(crate) async fn wait(&self) {
        let slot = {
            // A poisoned lock only means another request panicked mid-reservation; the
            // stored instant is still meaningful.
            let mut next = self.next_slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let now = Instant::now();
            let slot = next.map_or(now, |at| at.max(now));
            *next = Some(slot + self.interval);
            slot
        };
        tokio::time::sleep_until(slot).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn requests_are_spaced_by_the_interval() {
        let pacer = Pacer::per_minute(std::num::NonZeroU32::new(120).expect("non-zero"));
        let start = Instant::now();
        for _ in 0..5 {
            pacer.wait().await;
        }
        // The first goes at once, the next four half a second apart.
        assert_eq!(start.elapsed(), Duration::from_secs(2));
    }
}
