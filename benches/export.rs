//! Export speed: the figures the foundation issue sets as goals (release build).
//!
//! `cargo bench --bench export`. Whole-process timings, including start-up and file
//! writing, are measured with hyperfine: see docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::hint::black_box;

use ciclo::export::{Background, ExportOptions, png, svg};
use ciclo::layout::{PictureOptions, layout};
use ciclo::model::Document;
use criterion::{Criterion, criterion_group, criterion_main};

fn restaurant() -> Document {
    let t = ciclo::templates::find("restaurant", ciclo::lang::Lang::En)
        .map(|t| t.text)
        .unwrap_or_default();
    ciclo::file::parse(t).unwrap_or_default()
}

fn large_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/cycle-1000.ron"))
        .unwrap_or_default()
}

fn opts(width: u32, height: u32) -> ExportOptions {
    ExportOptions {
        width,
        height,
        background: Background::White,
        ..ExportOptions::default()
    }
}

fn benches(c: &mut Criterion) {
    let small = restaurant();
    let text = large_text();
    let large = ciclo::file::parse(&text).unwrap_or_default();
    assert_eq!(
        large.moments.len(),
        1000,
        "benches/data/cycle-1000.ron is missing or invalid"
    );

    let mut g = c.benchmark_group("export");
    g.sample_size(20);
    g.bench_function("png 12 moments 1920x1080", |b| {
        b.iter(|| png(black_box(&small), &opts(1920, 1080)))
    });
    g.bench_function("png 12 moments 3840x2160", |b| {
        b.iter(|| png(black_box(&small), &opts(3840, 2160)))
    });
    g.bench_function("png 1000 moments 3840x2160", |b| {
        b.iter(|| png(black_box(&large), &opts(3840, 2160)))
    });
    g.bench_function("svg 12 moments", |b| {
        b.iter(|| svg(black_box(&small), &opts(1920, 1080)))
    });
    g.bench_function("svg 12 moments text as paths", |b| {
        let o = ExportOptions {
            text_as_paths: true,
            ..opts(1920, 1080)
        };
        b.iter(|| svg(black_box(&small), &o))
    });
    g.bench_function("svg 1000 moments", |b| {
        b.iter(|| svg(black_box(&large), &opts(3840, 2160)))
    });
    g.finish();

    let mut g = c.benchmark_group("parts");
    g.sample_size(20);
    g.bench_function("load 1000 moments", |b| {
        b.iter(|| ciclo::file::parse(black_box(&text)))
    });
    g.bench_function("layout 12 moments", |b| {
        b.iter(|| {
            layout(
                black_box(&small),
                &PictureOptions {
                    width: 1920.0,
                    height: 1080.0,
                    ..PictureOptions::default()
                },
            )
        })
    });
    g.bench_function("layout 1000 moments", |b| {
        b.iter(|| {
            layout(
                black_box(&large),
                &PictureOptions {
                    width: 3840.0,
                    height: 2160.0,
                    ..PictureOptions::default()
                },
            )
        })
    });
    g.finish();
}

criterion_group!(export, benches);
criterion_main!(export);
