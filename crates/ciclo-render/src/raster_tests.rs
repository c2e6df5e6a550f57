//! Tests of the PNG painter (`raster.rs`).

use super::*;
use ciclo_doc::lang::Lang;
use ciclo_picture::picture::{PictureOptions, picture};

/// The picture resvg draws of the SVG text, as the PNG was made before this painter.
fn through_svg(shapes: &[Shape], w: u32, h: u32) -> Pixmap {
    let svg = crate::svg::shapes_to_svg(shapes, w as f32, h as f32, Background::White);
    let opts = resvg::usvg::Options {
        fontdb: crate::export::font_db(),
        font_family: ciclo_picture::text::FONT_FAMILY.to_owned(),
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(&svg, &opts).unwrap();
    let mut pixmap = Pixmap::new(w, h).unwrap();
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    pixmap
}

#[test]
fn the_painter_draws_what_resvg_draws_of_the_svg() {
    // Every kind of shape but photos, and accents.
    let t = ciclo_doc::templates::find("restaurant", Lang::Es).unwrap();
    let doc = ciclo_doc::file::parse(t.text).unwrap();
    let opts = PictureOptions::sized(1000.0, 700.0);
    let shapes = picture(&doc, &opts).shapes;
    let svg = through_svg(&shapes, 1000, 700);
    let direct = paint(&shapes, 1000, 700, Background::White, &PhotoSet::default()).unwrap();
    let channels = |p: &tiny_skia::PremultipliedColorU8| [p.red(), p.green(), p.blue()];
    let differ = svg
        .pixels()
        .iter()
        .zip(direct.pixels())
        .filter(|(a, b)| {
            channels(a)
                .iter()
                .zip(channels(b))
                .any(|(x, y)| x.abs_diff(y) > 16)
        })
        .count();
    // Within the golden images' tolerance. (The satisfaction curve's small dots differ
    // by a few edge pixels: resvg cuts their arcs a hair apart from these.)
    let inked = svg.pixels().iter().filter(|p| p.red() < 240).count();
    assert!(differ * 1000 <= inked, "{differ} of {inked} pixels differ");
}

#[test]
fn a_glyph_is_outlined_once_per_size() {
    let mut glyphs = Glyphs::new();
    let id = shape("a").unwrap()[0].id;
    assert!(glyphs.path(id, 20.0).is_some());
    assert!(glyphs.path(id, 20.0).is_some());
    assert!(glyphs.path(id, 30.0).is_some());
    assert_eq!(glyphs.cache.len(), 2);
    // The space has no outline, and is remembered as such.
    let space = shape(" ").unwrap()[0].id;
    assert!(glyphs.path(space, 20.0).is_none());
    assert_eq!(glyphs.cache.len(), 3);
}

#[test]
fn alpha_is_dropped_from_every_pixel_when_all_are_opaque() {
    for n in [0, 1, 3, 4, 5, 17, 33, 5000] {
        let rgba: Vec<u8> = (0..n * 4)
            .map(|i| if i % 4 == 3 { 255 } else { i as u8 })
            .collect();
        assert!(opaque(&rgba));
        let mut rgb = rgba.clone();
        drop_alpha(&mut rgb);
        let expected: Vec<u8> = rgba.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect();
        assert_eq!(rgb, expected, "{n} pixels");
        let mut one_clear = rgba;
        if let Some(last) = one_clear.last_mut() {
            *last = 254;
            assert!(!opaque(&one_clear));
        }
    }
}

#[test]
fn a_transparent_picture_stays_transparent_where_nothing_is_drawn() {
    let shapes = [Shape::Circle {
        center: Point::new(8.0, 8.0),
        radius: 4.0,
        fill: Some(Rgba([255, 0, 0, 128])),
        stroke: None,
        role: Role::Ring,
    }];
    let pixmap = paint(
        &shapes,
        16,
        16,
        Background::Transparent,
        &PhotoSet::default(),
    );
    let rgba = straight_rgba(pixmap.unwrap()).unwrap();
    assert_eq!(rgba.get_pixel(0, 0).0, [0, 0, 0, 0]);
    let centre = rgba.get_pixel(8, 8).0;
    assert_eq!((centre[0], centre[3]), (255, 128));
    assert!(Pixmap::new(0, 16).is_none());
}
