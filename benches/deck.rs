//! Deck speed (issue 11): 12 moments with a 12-MP photo each, to a PDF deck (goal 1 s)
//! and to a PowerPoint deck at 1920×1080 (goal 2 s), photos read from disk each time,
//! at the size `ciclo slides` reads them at: for a first deck (every photo decoded), and
//! again (the prepared copies taken from the store); then the parts, to see where the
//! time goes.
//!
//! `cargo bench --bench deck`. The fixture (a cycle and its photos) is written to
//! `$TMPDIR/ciclo-deck-bench/`, where `/usr/bin/time -v ciclo slides` measures the peak
//! memory of the whole command: see docs/PERFORMANCE.md.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::hint::black_box;
use std::path::PathBuf;

use ciclo::deck::DeckOptions;
use ciclo::model::{Document, Photo};
use ciclo::photo_set::{MAX_PHOTO_SIDE, PhotoSet};
use ciclo::photo_store::Store;
use ciclo::slides::Deck;
use criterion::{Criterion, criterion_group, criterion_main};

mod support;
use support::{write_phone_sized_photo, write_photo};

/// The restaurant template (12 moments), each moment with its own 12-MP photo (12 MB of
/// noise), in `$TMPDIR/ciclo-deck-bench/`.
pub fn fixture() -> (Document, PathBuf) {
    fixture_in("ciclo-deck-bench", write_photo)
}

/// The restaurant template, each moment with its own 12-MP photo made by `write`, in
/// `$TMPDIR/NAME/`.
fn fixture_in(name: &str, write: fn(&std::path::Path)) -> (Document, PathBuf) {
    let dir = std::env::temp_dir().join(name);
    let photos = dir.join("fotos");
    std::fs::create_dir_all(&photos).unwrap_or_else(|e| panic!("{e}"));
    let first = photos.join("01.jpg");
    if !first.exists() {
        write(&first);
    }
    let template = ciclo::templates::find("restaurant", ciclo::lang::Lang::Es)
        .map(|t| t.text)
        .unwrap_or_default();
    let mut doc = ciclo::file::parse(template).unwrap_or_default();
    for (i, m) in doc.moments.iter_mut().enumerate() {
        let name = format!("{:02}.jpg", i + 1);
        let path = photos.join(&name);
        if !path.exists() {
            std::fs::copy(&first, &path).unwrap_or_else(|e| panic!("{e}"));
        }
        m.photos = vec![Photo {
            path: format!("fotos/{name}"),
            caption: format!("Foto {}", i + 1),
        }];
    }
    let file = dir.join("cena.ron");
    ciclo::save::save_file(&doc, &file).unwrap_or_else(|e| panic!("{e:?}"));
    (doc, file)
}

fn benches(c: &mut Criterion) {
    let (doc, file) = fixture();
    assert_eq!(doc.moments.len(), 12);
    // `ciclo slides`'s deck: 1920×1080, no curve.
    let deck = DeckOptions::default().deck(&doc);
    // What `ciclo slides` reads the photos at for this deck (800 px at 1920×1080).
    let side = ciclo::deck::photo_side(&deck);
    // The store of prepared copies: none for a first deck ("cold"), a filled one for a
    // deck made again ("warm"), as after a first `ciclo slides` or report.
    let kept = file.with_file_name("store");
    let store = Store::new(kept);
    let _ = PhotoSet::load_with(&doc, Some(&file), side, Some(&store));
    let load = |warm: bool| PhotoSet::load_with(&doc, Some(&file), side, warm.then_some(&store));
    let mut group = c.benchmark_group("deck");
    group.sample_size(10);
    for (warm, when) in [(false, "first deck"), (true, "again")] {
        group.bench_function(
            format!("12 moments, 12 photos of 12 MP -> PDF, {when}"),
            |b| b.iter(|| black_box(ciclo::pdf::deck_pdf(&deck, &load(warm)).map(|p| p.len()))),
        );
        group.bench_function(
            format!("12 moments, 12 photos of 12 MP -> PPTX 1920x1080, {when}"),
            |b| b.iter(|| black_box(ciclo::pptx::deck_pptx(&deck, &load(warm)).map(|p| p.len()))),
        );
    }
    // The same with photos of a phone's size (2.8 MB each), a first deck.
    let (phone_doc, phone_file) = fixture_in("ciclo-deck-bench-phone", write_phone_sized_photo);
    let phone_deck = Deck {
        doc: &phone_doc,
        ..deck
    };
    group.bench_function(
        "12 moments, 12 phone-sized photos (3 MB) -> PDF, first deck",
        |b| {
            b.iter(|| {
                let photos = PhotoSet::load_with(&phone_doc, Some(&phone_file), side, None);
                black_box(ciclo::pdf::deck_pdf(&phone_deck, &photos).map(|p| p.len()))
            })
        },
    );
    // Where the time goes: reading the photos, then each painter alone.
    group.bench_function("parts: 12 photos of 12 MP read for the deck", |b| {
        b.iter(|| black_box(load(false)))
    });
    group.bench_function("parts: 12 photos read for the deck from the store", |b| {
        b.iter(|| black_box(load(true)))
    });
    group.bench_function(
        "parts: 12 photos of 12 MP read at 1600 px (the report)",
        |b| b.iter(|| black_box(PhotoSet::load_with(&doc, Some(&file), MAX_PHOTO_SIDE, None))),
    );
    let photos = load(true);
    group.bench_function("parts: PDF painter, photos read", |b| {
        b.iter(|| black_box(ciclo::pdf::deck_pdf(&deck, &photos).map(|p| p.len())))
    });
    group.bench_function("parts: PPTX painter, photos read", |b| {
        b.iter(|| black_box(ciclo::pptx::deck_pptx(&deck, &photos).map(|p| p.len())))
    });
    group.finish();
}

criterion_group!(deck, benches);
criterion_main!(deck);
