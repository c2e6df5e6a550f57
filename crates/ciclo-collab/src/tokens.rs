//! Wrong tokens, counted per address so that a token cannot be guessed during a workshop.
//!
//! Each address may fail [`PER_ADDRESS`] times a minute (IPv6 addresses count by their
//! /64 network, which one device can fill). Once [`IN_ALL`] failures were counted in a
//! minute, an address that already failed in that minute is refused at once. A refused
//! try is not compared with the token at all, so it tells the guesser nothing. The
//! reasoning and the figures are in docs/COLLABORATION.md.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Wrong tokens one address may give in a minute.
pub const PER_ADDRESS: u32 = 10;
/// Wrong tokens from every address in a minute after which each address has one try.
pub const IN_ALL: u32 = 300;
/// The counting window.
pub const WINDOW: Duration = Duration::from_secs(60);

/// The counts of the current minute.
#[derive(Debug)]
pub struct Guard {
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    since: Instant,
    per_address: HashMap<IpAddr, u32>,
    in_all: u32,
}

impl Default for Guard {
    fn default() -> Self {
        Guard {
            state: Mutex::new(State {
                since: Instant::now(),
                per_address: HashMap::new(),
                in_all: 0,
            }),
        }
    }
}

/// The address as counted: IPv4 as it is, IPv6 by its /64 network.
fn key(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V4(_) => addr,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut s = v6.segments();
                s[4..].fill(0);
                IpAddr::V6(s.into())
            }
        },
    }
}

impl Guard {
    fn state(&self, now: Instant) -> std::sync::MutexGuard<'_, State> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if now.duration_since(state.since) >= WINDOW {
            state.since = now;
            state.per_address.clear();
            state.in_all = 0;
        }
        state
    }

    /// True when a try from `addr` may be compared with the token now.
    pub fn allows(&self, addr: IpAddr, now: Instant) -> bool {
        let state = self.state(now);
        let failed = state.per_address.get(&key(addr)).copied().unwrap_or(0);
        failed < PER_ADDRESS && (state.in_all < IN_ALL || failed == 0)
    }

    /// Counts a wrong token from `addr`.
    pub fn failed(&self, addr: IpAddr, now: Instant) {
        let mut state = self.state(now);
        state.in_all = state.in_all.saturating_add(1);
        // The map holds at most the addresses of one minute's counted failures.
        if state.per_address.len() < (IN_ALL as usize) * 4 {
            *state.per_address.entry(key(addr)).or_insert(0) += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_stopped_after_its_failures_and_free_again_a_minute_later() {
        let g = Guard::default();
        let now = Instant::now();
        let a: IpAddr = "192.168.1.7".parse().unwrap();
        let b: IpAddr = "192.168.1.8".parse().unwrap();
        for _ in 0..PER_ADDRESS {
            assert!(g.allows(a, now));
            g.failed(a, now);
        }
        assert!(!g.allows(a, now), "an 11th try in the same minute");
        assert!(g.allows(b, now), "another address is not punished");
        assert!(g.allows(a, now + WINDOW));
    }

    #[test]
    fn many_addresses_together_leave_each_one_try() {
        let g = Guard::default();
        let now = Instant::now();
        for i in 0..IN_ALL {
            let addr = IpAddr::from([10, 0, (i / 200) as u8, (i % 200) as u8]);
            g.failed(addr, now);
        }
        let tried = IpAddr::from([10, 0, 0, 1]);
        let fresh = IpAddr::from([10, 9, 9, 9]);
        assert!(!g.allows(tried, now));
        assert!(g.allows(fresh, now));
    }

    #[test]
    fn one_ipv6_network_counts_as_one_address() {
        let g = Guard::default();
        let now = Instant::now();
        for i in 0..PER_ADDRESS {
            let addr: IpAddr = format!("fd00:1:2:3::{:x}", i + 1).parse().unwrap();
            g.failed(addr, now);
        }
        assert!(!g.allows("fd00:1:2:3::ffff".parse().unwrap(), now));
        assert!(g.allows("fd00:1:2:4::1".parse().unwrap(), now));
    }
}
