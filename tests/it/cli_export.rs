//! `ciclo export`, run as a user runs it: sizes, backgrounds, formats and failures.

use crate::cli_support;
use cli_support::*;

/// The first 200 characters of an SVG, for a failure's message.
fn start(svg: &str) -> &str {
    &svg[..svg.floor_char_boundary(200)]
}

#[test]
fn export_png_has_the_default_size_and_a_white_background() {
    let dir = small_folder();
    let out = export_small(dir.path(), "small.png", &[]);
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "");
    let png = std::fs::read(dir.path().join("small.png")).unwrap();
    assert_eq!(png_size(&png), (1920, 1080));
    assert_eq!(corner_pixel(&png), [255, 255, 255, 255]);
    // Something is drawn: not every pixel is background.
    let img = image::load_from_memory(&png).unwrap().to_rgba8();
    assert!(img.pixels().any(|p| p.0 != [255, 255, 255, 255]));
    assert_eq!(
        files_in(dir.path()),
        ["small.png", "small.ron"],
        "no temporary file left"
    );
}

#[test]
fn export_svg_holds_the_texts() {
    let dir = small_folder();
    let svg = String::from_utf8(exported(dir.path(), "small.svg", &[])).unwrap();
    assert!(
        svg.starts_with("<svg ") || svg.starts_with("<?xml"),
        "{}",
        start(&svg)
    );
    assert!(svg.contains(r#"xmlns="http://www.w3.org/2000/svg""#));
    assert!(svg.contains(r#"width="1920""#) && svg.contains(r#"height="1080""#));
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("<text"));
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    for name in [
        "Tiny cycle",
        "Greeting",
        "Fish &amp; Chips",
        "Paying",
        "Leaving",
    ] {
        assert!(svg.contains(name), "the picture lacks {name:?}");
    }
    assert!(!svg.contains("Fish & Chips"), "`&` must be escaped");
    // Well-formed: an SVG reader accepts it.
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default());
    assert!(tree.is_ok(), "{:?}", tree.err());
}

#[test]
fn export_takes_width_and_height() {
    let dir = small_folder();
    let size = ["--width", "1280", "--height", "720"];
    assert_eq!(
        png_size(&exported(dir.path(), "small.png", &size)),
        (1280, 720)
    );
    let svg = String::from_utf8(exported(dir.path(), "small.svg", &size)).unwrap();
    assert!(
        svg.contains(r#"width="1280""#) && svg.contains(r#"height="720""#),
        "{}",
        start(&svg)
    );
}

#[test]
fn export_with_a_transparent_background() {
    let dir = small_folder();
    let args = [
        "--background",
        "transparent",
        "--width",
        "640",
        "--height",
        "480",
    ];
    let png = exported(dir.path(), "t.png", &args);
    assert_eq!(png_size(&png), (640, 480));
    assert_eq!(png[25], 6, "colour type RGBA");
    assert_eq!(corner_pixel(&png)[3], 0, "the corner is transparent");
    let img = image::load_from_memory(&png).unwrap().to_rgba8();
    assert!(
        img.pixels().any(|p| p.0[3] == 255),
        "the drawing itself is opaque"
    );
}

#[test]
fn export_with_a_colour_background() {
    let dir = small_folder();
    let args = [
        "--background",
        "#336699",
        "--width",
        "640",
        "--height",
        "480",
    ];
    let png = exported(dir.path(), "c.png", &args);
    assert_eq!(corner_pixel(&png), [0x33, 0x66, 0x99, 255]);
    let svg = String::from_utf8(exported(dir.path(), "c.svg", &args[..2])).unwrap();
    assert!(svg.to_ascii_lowercase().contains("#336699"));
}

#[test]
fn an_oversized_export_is_a_usage_error() {
    let dir = small_folder();
    let out = export_small(dir.path(), "big.png", &["--width", "20000"]);
    assert_refused(&out, 2, &["--width 20000", "16384"]);
    let out = export_small(dir.path(), "big.png", &["--height", "16385"]);
    assert_refused(&out, 2, &["--height 16385"]);
    assert_eq!(files_in(dir.path()), ["small.ron"], "nothing written");
}

#[test]
fn an_unknown_picture_format_is_refused() {
    let dir = small_folder();
    let out = export_small(dir.path(), "small.gif", &[]);
    assert_refused(&out, 1, &["small.gif", ".png, .svg, .csv or .xlsx"]);
    assert_eq!(files_in(dir.path()), ["small.ron"], "nothing written");
}

#[test]
fn exporting_a_missing_or_broken_file_fails_naming_it() {
    let dir = folder_with(&[("bad.ron", BROKEN)]);
    for (input, says) in [
        ("nothere.ron", "error: nothere.ron: cannot read"),
        ("bad.ron", "error: bad.ron:3:5: "),
    ] {
        let out = ciclo(dir.path(), &["export", input, "-o", "x.png"]);
        assert_exit(&out, 1);
        assert!(stderr(&out).starts_with(says), "{}", stderr(&out));
    }
    assert_eq!(files_in(dir.path()), ["bad.ron"], "nothing written");
}

#[test]
fn exporting_into_a_missing_folder_fails_and_writes_nothing() {
    let dir = small_folder();
    let out = export_small(dir.path(), "pictures/small.svg", &[]);
    assert_refused(&out, 1, &["pictures/small.svg", "cannot save"]);
    assert_eq!(files_in(dir.path()), ["small.ron"], "nothing written");
}
