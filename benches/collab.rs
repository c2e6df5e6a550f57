//! Live workshops: joining a room of 1000 moments on loopback (goal ≤ 300 ms), and the
//! encoded size of a 100-moment cycle's Y doc after 10 000 edits (goal ≤ 2 MiB; printed,
//! not timed). The load test (30 peers) is `cargo bench --bench collab_load`.
//!
//! `cargo bench --bench collab`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::time::{Duration, Instant};

use ciclo::collab::client::Session;
use ciclo::collab::host::{Host, Rooms};
use ciclo::collab::presence::Presence;
use ciclo::collab::room::Room;
use ciclo::model::{Channel, Document, Moment, MomentId, Principle};
use criterion::{Criterion, criterion_group, criterion_main};
use yrs::{ReadTxn as _, StateVector, Transact as _};

fn cycle(n: u32) -> Document {
    Document {
        title: format!("A cycle of {n} moments"),
        moments: (1..=n)
            .map(|i| {
                let mut m = Moment::named(MomentId(i), format!("Moment {i} of the visit"));
                m.description =
                    format!("What happens at step {i}, in a sentence or two of plain text.");
                m.channel = Channel::Phone;
                m.principles = vec![Principle::Agility];
                m.satisfaction = Some((1 + i % 5) as u8);
                m
            })
            .collect(),
        ..Document::default()
    }
}

/// 10 000 edits of the kinds a workshop makes: drags, typing, ticks, scores.
fn edited_size() -> usize {
    let mut doc = cycle(100);
    let y = yrs::Doc::new();
    ciclo::collab::schema::write_document(&mut y.transact_mut(), &doc);
    for k in 0..10_000u32 {
        let i = (k.wrapping_mul(37) % 100) as usize;
        let before = doc.clone();
        let m = &mut doc.moments[i];
        match k % 4 {
            0 => m.angle = Some(f64::from(i as u32) * 3.6 + f64::from(k % 3)),
            1 => m.notes.push(char::from(b'a' + (k % 26) as u8)),
            2 => m.critical = !m.critical,
            _ => m.name = format!("Moment {i} (take {})", k % 10),
        }
        let _ = ciclo::collab::diff::apply_change(&mut y.transact_mut(), &before, &doc);
    }
    let txn = y.transact();
    txn.encode_state_as_update_v1(&StateVector::default()).len()
}

fn benches(c: &mut Criterion) {
    let size = edited_size();
    println!(
        "collab: Y doc of 100 moments after 10 000 edits: {size} bytes ({:.2} MiB)",
        size as f64 / 1048576.0
    );

    let doc = cycle(1000);
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("big.ron");
    ciclo::save::save_file(&doc, &path).expect("writes");
    let rooms = Rooms::new(
        vec![Room::new("big".to_owned(), path, &doc)],
        "t".to_owned(),
    );
    let host = Host::start("127.0.0.1:0".parse().expect("an address"), rooms).expect("listens");
    let url = host.local_url("big");
    let mut g = c.benchmark_group("collab");
    g.sample_size(20);
    g.measurement_time(Duration::from_secs(10));
    g.bench_function(
        "join a room of 1000 moments (until its state arrived)",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let started = Instant::now();
                    let session = Session::join(&url, &Presence::named("Bench"), Box::new(|| {}))
                        .expect("joins");
                    assert!(session.wait_synced(1, Duration::from_secs(10)));
                    assert_eq!(session.document().document.moments.len(), 1000);
                    total += started.elapsed();
                    session.leave();
                }
                total
            });
        },
    );
    g.finish();
    host.stop();
}

criterion_group!(collab, benches);
criterion_main!(collab);
