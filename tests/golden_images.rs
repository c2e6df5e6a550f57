//! Golden-image tests of the exporter: the pictures a user puts on slides must not
//! change by accident. Run with `CICLO_BLESS=1` to accept a deliberate change, then look
//! at the new files in `tests/golden/` before committing them.

use std::path::PathBuf;

use ciclo::export::{Background, ExportOptions, rgba};
use ciclo::templates;

/// A channel differing by more than this counts as a different pixel.
const CHANNEL_TOLERANCE: u8 = 24;
/// At most this share of pixels may differ (anti-aliasing noise across platforms).
const MAX_DIFFERENT_SHARE: f64 = 0.002;

fn check(name: &str, template: &str, lang: ciclo::lang::Lang, opts: ExportOptions) {
    let Some(t) = templates::find(template, lang) else {
        panic!("no template {template}")
    };
    let doc = ciclo::file::parse(t.text).unwrap_or_else(|e| panic!("{e}"));
    let actual = rgba(&doc, &opts).unwrap_or_else(|e| panic!("{e}"));
    compare(name, actual);
}

fn compare(name: &str, actual: image::RgbaImage) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.png"));
    if std::env::var_os("CICLO_BLESS").is_some() {
        actual
            .save(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let expected = image::open(&path)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e}; run with CICLO_BLESS=1 to create it",
                path.display()
            )
        })
        .to_rgba8();
    assert_eq!(
        expected.dimensions(),
        actual.dimensions(),
        "{name}: size changed"
    );
    let different = expected
        .pixels()
        .zip(actual.pixels())
        .filter(|(a, b)| {
            a.0.iter()
                .zip(b.0.iter())
                .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
        })
        .count();
    let share = different as f64 / f64::from(expected.width() * expected.height());
    if share > MAX_DIFFERENT_SHARE {
        let out = std::env::temp_dir().join(format!("ciclo-golden-{name}.png"));
        let _ = actual.save(&out);
        panic!(
            "{name}: {:.3}% of pixels differ from the golden image; the new picture is {}",
            share * 100.0,
            out.display()
        );
    }
}

#[test]
fn restaurant_in_english_at_720p() {
    let opts = ExportOptions {
        width: 1280,
        height: 720,
        background: Background::White,
        ..ExportOptions::default()
    };
    check(
        "restaurant-en-1280x720",
        "restaurant",
        ciclo::lang::Lang::En,
        opts,
    );
}

#[test]
fn bank_branch_in_spanish_square_on_transparent() {
    let opts = ExportOptions {
        width: 900,
        height: 900,
        background: Background::Transparent,
        ..ExportOptions::default()
    };
    check(
        "bank-branch-es-900x900",
        "bank-branch",
        ciclo::lang::Lang::Es,
        opts,
    );
}

#[test]
fn online_store_tall_on_a_brand_colour() {
    let opts = ExportOptions {
        width: 720,
        height: 1280,
        background: Background::Color([0xf4, 0xf1, 0xea]),
        ..ExportOptions::default()
    };
    check(
        "online-store-en-720x1280",
        "online-store",
        ciclo::lang::Lang::En,
        opts,
    );
}

#[test]
fn satisfaction_curve_with_a_gap_for_an_unscored_moment() {
    // phone-support's first moment has no score: the curve must break there.
    let opts = ExportOptions {
        width: 1280,
        height: 720,
        satisfaction_curve: true,
        ..ExportOptions::default()
    };
    check(
        "phone-support-en-curve-1280x720",
        "phone-support",
        ciclo::lang::Lang::En,
        opts,
    );
}

#[test]
fn a_moment_slide_highlights_the_moment_and_shows_its_card() {
    let Some(t) = templates::find("restaurant", ciclo::lang::Lang::Es) else {
        panic!("no template")
    };
    let doc = ciclo::file::parse(t.text).unwrap_or_else(|e| panic!("{e}"));
    let opts = ciclo::picture::PictureOptions::sized(1280.0, 720.0);
    let shapes = ciclo::slides::slide(&doc, Some(2), &opts);
    let png = ciclo::export::shapes_png(&shapes, 1280, 720, Background::White)
        .unwrap_or_else(|e| panic!("{e}"));
    let img = image::load_from_memory(&png)
        .unwrap_or_else(|e| panic!("{e}"))
        .to_rgba8();
    compare("restaurant-es-slide-3-1280x720", img);
}
