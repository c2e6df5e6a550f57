//! How load, validation and export grow with the number of moments: 1 000, 10 000 and
//! 100 000 moments, every one without an id (the case that was quadratic). Goals (hardening
//! issue): `check` of 100 000 moments within 1 s; export of 100 000 moments within 10 s
//! and 400 MB (memory is measured on the whole process, see docs/PERFORMANCE.md).
//!
//! `cargo bench --bench scale`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::hint::black_box;
use std::time::Duration;

use ciclo::export::{Background, ExportOptions, png, svg};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

/// A cycle of `n` moments written as a user would: names and a few fields, no ids.
fn cycle_text(n: usize) -> String {
    let mut out = String::from(
        "(\n    format: 1,\n    language: \"es\",\n    title: \"Escala\",\n    moments: [\n",
    );
    for i in 0..n {
        let critical = i % 7 == 3;
        let score = 1 + i % 5;
        out.push_str(&format!(
            "        (name: \"Momento {i} de la visita\", channel: Phone, principles: [Agility], critical: {critical}, satisfaction: {score}),\n"
        ));
    }
    out.push_str("    ],\n)\n");
    out
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("scale");
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    for n in [1_000, 10_000, 100_000] {
        let text = cycle_text(n);
        g.bench_with_input(
            BenchmarkId::new("check (parse + validate)", n),
            &text,
            |b, t| b.iter(|| ciclo::file::parse(black_box(t)).map(|d| d.moments.len())),
        );
    }
    for n in [1_000, 10_000, 100_000] {
        let Ok(doc) = ciclo::file::parse(&cycle_text(n)) else {
            panic!("the generated cycle of {n} moments is invalid");
        };
        let opts = ExportOptions {
            width: 3840,
            height: 2160,
            background: Background::White,
            ..ExportOptions::default()
        };
        g.bench_with_input(BenchmarkId::new("svg 3840x2160", n), &doc, |b, d| {
            b.iter(|| svg(black_box(d), &opts).map(|s| s.len()))
        });
        g.bench_with_input(BenchmarkId::new("png 3840x2160", n), &doc, |b, d| {
            b.iter(|| png(black_box(d), &opts).map(|p| p.len()))
        });
    }
    g.finish();
}

criterion_group!(scale, benches);
criterion_main!(scale);
