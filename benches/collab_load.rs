//! Load: 30 peers on loopback, each making 10 edits a second for 20 seconds, against
//! `ciclo serve` (the release binary, in its own process so that its CPU and memory are
//! its own). Goals: all converge; propagation p50 ≤ 10 ms and p99 ≤ 50 ms; host CPU
//! ≤ 0.5 core; host memory ≤ 100 MiB.
//!
//! `cargo bench --bench collab_load` (LOAD_PEERS, LOAD_SECONDS and LOAD_RATE override 30, 20 and 10).
//! Propagation is measured by a 31st participant: each edit writes its send time into
//! the sender's moment's notes, and the probe subtracts it from the arrival time.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ciclo::collab::client::Session;
use ciclo::collab::presence::Presence;
use ciclo::model::{Document, Moment, MomentId};
use yrs::types::Event;
use yrs::types::GetString as _;
use yrs::{DeepObservable as _, Transact as _, WriteTxn as _};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// utime + stime of a process, in seconds, and its peak resident memory in KiB.
fn usage(pid: u32) -> (f64, u64) {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
        .sum();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let hwm = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0);
    (ticks as f64 / 100.0, hwm)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

/// `ciclo serve` on a free loopback port with one moment per peer; its URL.
fn start_host(dir: &std::path::Path, peers: u32) -> (Child, String) {
    let path = dir.join("load.ron");
    let doc = Document {
        moments: (1..=peers)
            .map(|i| Moment::named(MomentId(i), format!("Moment {i}")))
            .collect(),
        ..Document::default()
    };
    ciclo::save::save_file(&doc, &path).expect("writes");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a port")
        .port();
    let host = Command::new(ciclo_binary())
        .arg("serve")
        .arg(&path)
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--token",
            "load",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starts the host");
    (host, format!("ws://127.0.0.1:{port}/load?token=load"))
}

/// Joins, retrying while the host starts.
fn join(url: &str, name: &str) -> Session {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let s = Session::join(url, &Presence::named(name), Box::new(|| {})).expect("joins");
        if s.wait_synced(1, Duration::from_secs(2)) {
            return s;
        }
        assert!(Instant::now() < deadline, "the host did not answer");
    }
}

/// A participant that records, for every typed notes text that arrives, how long ago its
/// sender wrote it (milliseconds since `base`, after the `@`).
fn probe(url: &str, base: Instant) -> (Session, Arc<Mutex<Vec<f64>>>) {
    let probe = join(url, "Probe");
    let latencies: Arc<Mutex<Vec<f64>>> = Arc::default();
    let doc = probe.doc();
    let moments = doc.transact_mut().get_or_insert_map("moments");
    let seen = Arc::clone(&latencies);
    moments.observe_deep("probe", move |txn, events| {
        let now = base.elapsed().as_secs_f64() * 1000.0;
        for event in events.iter() {
            // Typing in the notes is an event of their Y.Text.
            let Event::Text(e) = event else { continue };
            let text = e.target().get_string(txn);
            if let Some(sent) = text.split('@').nth(1).and_then(|s| s.parse::<f64>().ok()) {
                seen.lock().expect("lock").push(now - sent);
            }
        }
    });
    (probe, latencies)
}

/// Each peer edits its own moment's notes, `rate` times a second, for `seconds`.
fn edit_for(sessions: &[Session], rate: u64, seconds: u64, base: Instant) -> (u64, f64) {
    let peers = sessions.len() as u64;
    let mut views: Vec<Document> = sessions.iter().map(|s| s.document().document).collect();
    let started = Instant::now();
    let total = peers * rate * seconds;
    let gap = Duration::from_secs(1) / (peers * rate) as u32;
    for k in 0..total {
        let i = (k % peers) as usize;
        let before = views[i].clone();
        let sent = base.elapsed().as_secs_f64() * 1000.0;
        views[i].moments[i].notes = format!("{k}@{sent:.3}");
        sessions[i].apply_change(&before, &views[i]);
        let due = started + gap * (k as u32 + 1);
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
    }
    (total, started.elapsed().as_secs_f64())
}

/// Waits until every session reads the same document; false after 30 s.
fn converge(all: &[&Session]) -> bool {
    let started = Instant::now();
    loop {
        let docs: Vec<Document> = all.iter().map(|s| s.document().document).collect();
        if docs.windows(2).all(|w| w[0] == w[1]) {
            return true;
        }
        if started.elapsed() > Duration::from_secs(30) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // cargo bench -- --list asks for the benchmarks' names
    }
    let peers = setting("LOAD_PEERS", 30) as u32;
    let seconds = setting("LOAD_SECONDS", 20);
    let rate = setting("LOAD_RATE", 10);
    let dir = tempfile::tempdir().expect("a folder");
    let (mut host, url) = start_host(dir.path(), peers);
    let base = Instant::now();
    let (probe, latencies) = probe(&url, base);
    let sessions: Vec<Session> = (1..=peers)
        .map(|i| join(&url, &format!("Peer {i}")))
        .collect();
    let (cpu_before, _) = usage(host.id());
    let (total, elapsed) = edit_for(&sessions, rate, seconds, base);
    let converge_started = Instant::now();
    let all: Vec<&Session> = sessions.iter().chain([&probe]).collect();
    let converged = converge(&all);
    let converge_ms = converge_started.elapsed().as_secs_f64() * 1000.0;
    let (cpu_after, hwm_kib) = usage(host.id());
    let mut lat = latencies.lock().expect("lock").clone();
    lat.sort_by(f64::total_cmp);
    println!(
        "collab_load: {peers} peers x {rate} edits/s x {seconds} s = {total} edits in {elapsed:.1} s"
    );
    println!("collab_load: all converged: {converged} (after {converge_ms:.0} ms)");
    println!(
        "collab_load: propagation seen by the probe: {} updates, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        lat.len(),
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(f64::NAN)
    );
    println!(
        "collab_load: host CPU {:.3} core (user+system over the run); host peak memory {:.1} MiB",
        (cpu_after - cpu_before) / elapsed,
        hwm_kib as f64 / 1024.0
    );
    drop(sessions);
    let _ = host.kill();
    let _ = host.wait();
}

/// The `ciclo` command to host with: `CICLO_BIN`, else the release build beside this
/// benchmark (`cargo build --release` first).
fn ciclo_binary() -> std::path::PathBuf {
    std::env::var_os("CICLO_BIN").map_or_else(
        || std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/release/ciclo"),
        std::path::PathBuf::from,
    )
}
