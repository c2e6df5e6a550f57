//! Golden-image tests of the exporter: the pictures a user puts on slides must not
//! change by accident. The bundled font and the pinned resvg make the pixels the same on
//! every machine, so the check is strict: at most 0.1% of the inked pixels may differ.
//! Run with `CICLO_BLESS=1` to accept a deliberate change, then look at the new files in
//! `tests/golden/` before committing them. `tests/svg_snapshots.rs` checks the SVG text.

use std::path::PathBuf;

use ciclo::export::{Background, ExportOptions, rgba};
use ciclo::lang::Lang;

use crate::pictures;
use pictures::{cases, slide, template};

/// A channel differing by more than this counts as a different pixel. The bundled font
/// and the pinned resvg draw the same pixels everywhere; this only absorbs rounding.
const CHANNEL_TOLERANCE: u8 = 16;
/// At most this share of the picture's inked pixels (those that are not background) may
/// differ: 0.1%. A label that changes one word changes more (see
/// `a_changed_label_fails_the_comparison`).
const MAX_DIFFERENT_SHARE: f64 = 0.001;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.png"))
}

fn load(name: &str) -> image::RgbaImage {
    let path = golden(name);
    image::open(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run with CICLO_BLESS=1 to create it",
                path.display()
            )
        })
        .to_rgba8()
}

fn differ(a: &image::Rgba<u8>, b: &image::Rgba<u8>) -> bool {
    a.0.iter()
        .zip(b.0.iter())
        .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
}

/// How many pixels of `actual` differ from `expected`, and how many of `expected`'s are
/// inked: differ from its background (the top-left pixel, always bare).
fn different_pixels(expected: &image::RgbaImage, actual: &image::RgbaImage) -> (usize, usize) {
    assert_eq!(expected.dimensions(), actual.dimensions(), "size changed");
    let background = *expected.get_pixel(0, 0);
    let inked = expected.pixels().filter(|p| differ(p, &background)).count();
    let different = expected
        .pixels()
        .zip(actual.pixels())
        .filter(|(a, b)| differ(a, b))
        .count();
    (different, inked.max(1))
}

fn compare(name: &str, actual: image::RgbaImage) {
    if std::env::var_os("CICLO_BLESS").is_some() {
        let path = golden(name);
        actual
            .save(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let (different, inked) = different_pixels(&load(name), &actual);
    let share = different as f64 / inked as f64;
    if share > MAX_DIFFERENT_SHARE {
        let out = std::env::temp_dir().join(format!("ciclo-golden-{name}.png"));
        let _ = actual.save(&out);
        panic!(
            "{name}: {different} pixels ({:.3}% of the {inked} inked) differ from the golden image; the new picture is {}",
            share * 100.0,
            out.display()
        );
    }
}

#[test]
fn a_changed_label_fails_the_comparison() {
    let opts = ExportOptions::sized(1280, 720);
    let mut doc = template("restaurant", Lang::En);
    let expected = load("restaurant-en-1280x720");
    let same = rgba(&doc, &opts).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(different_pixels(&expected, &same).0, 0, "the same picture");
    for (from, to) in [
        ("Calls to book a table", "Calls to book a seat"),
        ("Pays", "Paid"),
    ] {
        let Some(i) = doc.moments.iter().position(|m| m.name.starts_with(from)) else {
            panic!("no moment {from}")
        };
        let before = doc.moments[i].name.clone();
        doc.moments[i].name = before.replacen(from, to, 1);
        let changed = rgba(&doc, &opts).unwrap_or_else(|e| panic!("{e}"));
        let (different, inked) = different_pixels(&expected, &changed);
        assert!(
            different as f64 / inked as f64 > MAX_DIFFERENT_SHARE,
            "{before:?} renamed to {:?} changes only {different} pixels",
            doc.moments[i].name
        );
        doc.moments[i].name = before;
    }
}

#[test]
fn every_picture_matches_its_golden_image() {
    for case in cases() {
        let doc = template(case.template, case.lang);
        compare(
            case.name,
            rgba(&doc, &case.opts).unwrap_or_else(|e| panic!("{e}")),
        );
    }
}

#[test]
fn a_moment_slide_highlights_the_moment_and_shows_its_card() {
    let (name, shapes) = slide();
    let png = ciclo::export::shapes_png(&shapes, 1280, 720, Background::White)
        .unwrap_or_else(|e| panic!("{e}"));
    let img = image::load_from_memory(&png)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_rgba8();
    compare(name, img);
}

#[test]
fn a_card_shows_its_photos_beside_the_text_and_a_placeholder_for_a_missing_one() {
    let mut doc = template("restaurant", Lang::Es);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // A landscape photo: sky over a floor, with a dark door in the middle.
    let photo = image::RgbImage::from_fn(800, 600, |x, y| {
        if (350..450).contains(&x) && y > 250 {
            image::Rgb([60, 40, 30])
        } else if y < 300 {
            image::Rgb([120, 170, 230])
        } else {
            image::Rgb([200, 180, 140])
        }
    });
    photo
        .save(dir.path().join("sala.jpg"))
        .unwrap_or_else(|e| panic!("{e}"));
    doc.moments[1].photos = vec![
        ciclo::model::Photo {
            path: "sala.jpg".to_owned(),
            caption: "La entrada a las 8 p. m.".to_owned(),
        },
        ciclo::model::Photo {
            path: "fotos/perdida.jpg".to_owned(),
            caption: String::new(),
        },
    ];
    let at = dir.path().join("cena.ron");
    let photos = ciclo::photo_set::PhotoSet::load(&doc, Some(&at), 1600);
    let shapes = ciclo::slides::slide(
        &doc,
        Some(1),
        &ciclo::picture::PictureOptions::sized(1280.0, 720.0),
    );
    let png = ciclo::export::shapes_png_with(&shapes, 1280, 720, Background::White, &photos)
        .unwrap_or_else(|e| panic!("{e}"));
    let img = image::load_from_memory(&png)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_rgba8();
    compare("restaurant-es-slide-2-photos-1280x720", img);
}
