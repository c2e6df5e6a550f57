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
use image::ImageEncoder as _;

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

/// The PNG as export.rs made it before `raster.rs`: SVG text, usvg, resvg, the same
/// encoder, the font database built once.
fn through_svg(doc: &Document, width: u32, height: u32) -> Vec<u8> {
    use resvg::{tiny_skia, usvg};
    let text = svg(doc, &opts(width, height)).unwrap();
    static DB: std::sync::OnceLock<std::sync::Arc<usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    let db = DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(ciclo::text::FONT.to_vec());
        std::sync::Arc::new(db)
    });
    let options = usvg::Options {
        fontdb: db.clone(),
        font_family: ciclo::text::FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&text, &options).unwrap();
    let mut pixmap = tiny_skia::Pixmap::new(width, height).unwrap();
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    // As export.rs did: straight alpha, then RGB in place when every pixel is opaque.
    let mut pixels = pixmap.take();
    for px in pixels.chunks_exact_mut(4) {
        let a = px[3];
        if a != 0 && a != 255 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
    assert!(pixels.chunks_exact(4).all(|p| p[3] == 255));
    let n = pixels.len() / 4;
    for i in 0..n {
        pixels.copy_within(i * 4..i * 4 + 3, i * 3);
    }
    pixels.truncate(n * 3);
    let mut out = Vec::new();
    image::codecs::png::PngEncoder::new_with_quality(
        &mut out,
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Sub,
    )
    .write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)
    .unwrap();
    out
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
    // The route the PNG took before the painter (SVG text, parsed by usvg, drawn by
    // resvg), kept here to compare the two in one run on a shared machine.
    g.bench_function("png 1000 moments 3840x2160 through SVG (before)", |b| {
        b.iter(|| through_svg(black_box(&large), 3840, 2160))
    });
    g.bench_function("png 12 moments 1920x1080 through SVG (before)", |b| {
        b.iter(|| through_svg(black_box(&small), 1920, 1080))
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
