//! The PNG painter: the scene's primitives painted straight onto a tiny-skia pixmap, the
//! way `typst-render` paints its frames. Text is drawn from the bundled font's glyph
//! outlines (skrifa), shaped with harfrust, each line from the left edge the layout chose,
//! which is where the SVG's `text-anchor` puts it too. Photos are decoded and drawn into
//! their frames with the same fit as the SVG's `<image>`.
//!
//! It draws what resvg drew from the SVG text (the same tiny-skia, the same fill then
//! stroke, round joins and caps, bicubic photos), so the golden images hold, without
//! writing, encoding and parsing the SVG first.

use std::collections::HashMap;

pub use resvg::tiny_skia::Pixmap;
use resvg::tiny_skia::{
    self, Color, FillRule, FilterQuality, IntSize, LineCap, LineJoin, Paint, Path, PathBuilder,
    PathSegment, Pattern, SpreadMode, Transform,
};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlineGlyphCollection, OutlinePen, pen::PathStyle};
use skrifa::{FontRef, GlyphId, MetadataProvider};

use crate::export::ExportError;
use crate::photo_set::{PhotoSet, fit, placeholder};
use crate::svg::Background;
use ciclo_picture::layout::{Point, Rect};
use ciclo_picture::scene::{Anchor, Rgba, Role, Shape, Stroke};
use ciclo_picture::text::{FONT, baseline, shape};

/// `shapes` painted on a `width`×`height` pixmap over `background`, photos taken from
/// `photos`. The pixmap's pixels are premultiplied, as tiny-skia keeps them.
pub fn paint(
    shapes: &[Shape],
    width: u32,
    height: u32,
    background: Background,
    photos: &PhotoSet,
) -> Result<Pixmap, ExportError> {
    let mut pixmap = Pixmap::new(width, height).ok_or(ExportError::Size { width, height })?;
    match background {
        Background::White => pixmap.fill(Color::WHITE),
        Background::Color([r, g, b]) => pixmap.fill(Color::from_rgba8(r, g, b, 255)),
        Background::Transparent => {}
    }
    let mut painter = Painter {
        pixmap,
        photos,
        glyphs: Glyphs::new(),
    };
    for shape in shapes {
        painter.shape(shape);
    }
    Ok(painter.pixmap)
}

/// The pixmap as straight (not premultiplied) RGBA pixels, row by row.
pub fn straight_rgba(pixmap: Pixmap) -> Result<image::RgbaImage, ExportError> {
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut data = pixmap.take();
    unpremultiply(&mut data);
    image::RgbaImage::from_raw(width, height, data)
        .ok_or_else(|| ExportError::Render("pixel buffer has the wrong size".to_owned()))
}

/// The pixmap as PNG bytes: RGB when every pixel is opaque, RGBA otherwise.
pub fn encode_png(pixmap: Pixmap) -> Result<Vec<u8>, ExportError> {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let (width, height) = (pixmap.width(), pixmap.height());
    let mut pixels = pixmap.take();
    let color = if opaque(&pixels) {
        drop_alpha(&mut pixels);
        image::ExtendedColorType::Rgb8
    } else {
        unpremultiply(&mut pixels);
        image::ExtendedColorType::Rgba8
    };
    let mut out = Vec::with_capacity((width * height) as usize / 8);
    PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Sub)
        .write_image(&pixels, width, height, color)
        .map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(out)
}

/// Whether every pixel of RGBA `pixels` is opaque.
fn opaque(pixels: &[u8]) -> bool {
    pixels.chunks_exact(4).all(|p| p[3] == 255)
}

/// RGBA pixels as RGB, in place: a second full-size buffer would cost 25 MB at 4K. Past
/// the first blocks, a block's RGB lands wholly before its RGBA, so the two are separate
/// slices and the copy runs without a call per pixel.
fn drop_alpha(pixels: &mut Vec<u8>) {
    const BLOCK: usize = 1024;
    let n = pixels.len() / 4;
    let mut i = 0;
    while i < n {
        let len = BLOCK.min(n - i);
        if 3 * (i + len) <= 4 * i {
            let (head, tail) = pixels.split_at_mut(4 * i);
            let rgb = &mut head[3 * i..3 * (i + len)];
            for (d, s) in rgb.chunks_exact_mut(3).zip(tail[..4 * len].chunks_exact(4)) {
                d.copy_from_slice(&s[..3]);
            }
        } else {
            for k in i..i + len {
                pixels.copy_within(k * 4..k * 4 + 3, k * 3);
            }
        }
        i += len;
    }
    pixels.truncate(n * 3);
}

/// tiny-skia keeps premultiplied alpha; PNG and `image` want straight alpha.
fn unpremultiply(data: &mut [u8]) {
    for px in data.chunks_exact_mut(4) {
        let a = px[3];
        if a != 0 && a != 255 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
}

struct Painter<'a> {
    pixmap: Pixmap,
    photos: &'a PhotoSet,
    glyphs: Glyphs,
}

impl Painter<'_> {
    fn shape(&mut self, shape: &Shape) {
        match shape {
            Shape::Circle {
                center,
                radius,
                fill,
                stroke,
                ..
            } => {
                let r = r2(*radius);
                if r > 0.0 {
                    let mut pb = PathBuilder::new();
                    ellipse(&mut pb, Point::new(r2(center.x), r2(center.y)), r, r);
                    self.fill_and_stroke(pb.finish(), *fill, *stroke);
                }
            }
            Shape::Path {
                points,
                closed,
                fill,
                stroke,
                ..
            } => {
                let mut pb = PathBuilder::new();
                for (i, p) in points.iter().enumerate() {
                    if i == 0 {
                        pb.move_to(r2(p.x), r2(p.y));
                    } else {
                        pb.line_to(r2(p.x), r2(p.y));
                    }
                }
                if *closed {
                    pb.close();
                }
                let fill = if *closed { *fill } else { None };
                self.fill_and_stroke(pb.finish(), fill, *stroke);
            }
            Shape::Rect {
                rect,
                corner,
                fill,
                stroke,
                ..
            } => self.fill_and_stroke(rounded_rect(*rect, *corner), *fill, *stroke),
            Shape::Text {
                pos,
                anchor,
                text,
                size,
                color,
                ..
            } => self.text(*pos, *anchor, text, *size, *color),
            Shape::Photo { rect, key, role } => self.photo(*rect, key, *role),
        }
    }

    /// Fills `path` with `color`, non-zero, anti-aliased.
    fn fill(&mut self, path: &Path, color: Rgba) {
        let paint = solid(color);
        let identity = Transform::identity();
        (self.pixmap).fill_path(path, &paint, FillRule::Winding, identity, None);
    }

    /// Fills, then strokes, `path` as resvg does an SVG shape.
    fn fill_and_stroke(&mut self, path: Option<Path>, fill: Option<Rgba>, stroke: Option<Stroke>) {
        let Some(path) = path else {
            return;
        };
        let bounds = path.bounds();
        // SVG fills nothing for a horizontal or vertical line.
        if let Some(color) = fill.filter(|_| bounds.width() > 0.0 && bounds.height() > 0.0) {
            self.fill(&path, color);
        }
        if let Some(s) = stroke.filter(|s| r2(s.width) > 0.0) {
            let stroke = tiny_skia::Stroke {
                width: r2(s.width),
                line_cap: LineCap::Round,
                line_join: LineJoin::Round,
                dash: s
                    .dash
                    .map(|d| (d * 10.0).round() / 10.0)
                    .filter(|d| *d > 0.0)
                    .and_then(|d| tiny_skia::StrokeDash::new(vec![d, d], 0.0)),
                ..tiny_skia::Stroke::default()
            };
            self.pixmap
                .stroke_path(&path, &solid(s.color), &stroke, Transform::identity(), None);
        }
    }

    /// One line of text where the SVG puts it: its left edge at `pos.x`, held by its
    /// anchor at the kerned edge, on the baseline.
    fn text(&mut self, pos: Point, anchor: Anchor, text: &str, size: f32, color: Rgba) {
        // The SVG writes the font size with two decimals, and resvg draws at that size.
        let em = r2(size);
        let Some(glyphs) = shape(text) else {
            return;
        };
        // As `shaped_width` measures it for the SVG's anchor.
        let width = glyphs.iter().map(|g| g.x_advance).sum::<f32>() * em;
        let held = r2(anchor.x_of(pos.x, width));
        let mut x = held - anchor.x_of(0.0, width);
        let y = r2(pos.y + baseline(size));
        let mut pb = PathBuilder::new();
        for g in &glyphs {
            if let Some(outline) = self.glyphs.path(g.id, em) {
                let dx = x + g.x_offset * em;
                let dy = y - g.y_offset * em;
                push_moved(&mut pb, outline, dx, dy);
            }
            x += g.x_advance * em;
        }
        if let Some(path) = pb.finish() {
            self.fill(&path, color);
        }
    }

    /// A photo fitted in `frame` as the SVG's `<image>` places it, or its placeholder.
    fn photo(&mut self, frame: Rect, key: &str, role: Role) {
        let decoded = match self.photos.get(key) {
            Ok(prepared) => decode(&prepared.jpeg).ok_or_else(String::new),
            Err(reason) => Err(reason),
        };
        match decoded {
            Ok(image) => {
                let r = fit(frame, image.width(), image.height());
                let (x, y, fw, fh) = (r2(r.min.x), r2(r.min.y), r2(r.width()), r2(r.height()));
                let (w, h) = (image.width() as f32, image.height() as f32);
                let Some(source) = tiny_skia::Rect::from_xywh(0.0, 0.0, w, h) else {
                    return;
                };
                let paint = Paint {
                    shader: Pattern::new(
                        image.as_ref(),
                        SpreadMode::Pad,
                        FilterQuality::Bicubic,
                        1.0,
                        Transform::identity(),
                    ),
                    ..Paint::default()
                };
                let to_frame = Transform::from_row(fw / w, 0.0, 0.0, fh / h, x, y);
                self.pixmap.fill_rect(source, &paint, to_frame, None);
            }
            Err(reason) => {
                for s in placeholder(frame, key, &reason, role) {
                    self.shape(&s);
                }
            }
        }
    }
}

/// `v` with the two decimals the SVG writes. Painting the very numbers of the SVG keeps
/// the PNG the picture resvg drew of it: tiny-skia's anti-aliasing moves in quarter
/// pixels, so a shift of 0.003 px can turn a glyph's edge pixel a quarter darker.
fn r2(v: f32) -> f32 {
    (v * 100.0).round() / 100.0
}

/// A solid, anti-aliased paint of `color`.
fn solid(color: Rgba) -> Paint<'static> {
    let [r, g, b, a] = color.0;
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, a);
    paint.anti_alias = true;
    paint
}

/// A JPEG's pixels as a pixmap (a JPEG is opaque, so already premultiplied).
fn decode(jpeg: &[u8]) -> Option<Pixmap> {
    let image = image::load_from_memory_with_format(jpeg, image::ImageFormat::Jpeg).ok()?;
    let rgba = image.into_rgba8();
    let size = IntSize::from_wh(rgba.width(), rgba.height())?;
    let mut data = rgba.into_raw();
    // Premultiply, for a photo format that may be transparent.
    for px in data.chunks_exact_mut(4) {
        let a = u16::from(px[3]);
        if a != 255 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * a + 127) / 255) as u8;
            }
        }
    }
    Pixmap::from_vec(data, size)
}

/// The arc of the ellipse centred on `c` from angle `from` to `to` (radians, clockwise on
/// screen), cut into cubic Béziers as resvg cuts an SVG arc (kurbo, 0.1 px tolerance).
fn arc(pb: &mut PathBuilder, c: Point, rx: f32, ry: f32, from: f64, to: f64) {
    use std::f64::consts::TAU;
    let sweep = to - from;
    let per_turn = (1.1163 * f64::from(rx.max(ry)) / 0.1)
        .powf(1.0 / 6.0)
        .max(3.999_999);
    let pieces = (per_turn * sweep.abs() / TAU).ceil().max(1.0);
    let step = sweep / pieces;
    let arm = 4.0 / 3.0 * (step / 4.0).tan();
    let (cx, cy, rx, ry) = (f64::from(c.x), f64::from(c.y), f64::from(rx), f64::from(ry));
    let at = |a: f64, along: f64| {
        let (s, co) = a.sin_cos();
        (cx + rx * (co - along * s), cy + ry * (s + along * co))
    };
    let mut a = from;
    for _ in 0..pieces as usize {
        let b = a + step;
        let (x1, y1) = at(a, arm);
        let (x2, y2) = at(b, -arm);
        let (x, y) = at(b, 0.0);
        pb.cubic_to(
            x1 as f32, y1 as f32, x2 as f32, y2 as f32, x as f32, y as f32,
        );
        a = b;
    }
}

/// A whole ellipse, starting at its rightmost point, in four quarters as the SVG
/// `<circle>` is drawn.
fn ellipse(pb: &mut PathBuilder, c: Point, rx: f32, ry: f32) {
    use std::f64::consts::FRAC_PI_2;
    pb.move_to(c.x + rx, c.y);
    for q in 0..4 {
        let from = f64::from(q) * FRAC_PI_2;
        arc(pb, c, rx, ry, from, from + FRAC_PI_2);
    }
    pb.close();
}

/// The SVG `<rect rx>`: corners no rounder than half the width or height.
fn rounded_rect(rect: Rect, corner: f32) -> Option<Path> {
    let (x, y) = (r2(rect.min.x), r2(rect.min.y));
    let (w, h, corner) = (r2(rect.width()), r2(rect.height()), r2(corner));
    if !(w > 0.0 && h > 0.0) {
        return None;
    }
    let rx = corner.max(0.0).min(w / 2.0);
    let ry = corner.max(0.0).min(h / 2.0);
    if rx == 0.0 || ry == 0.0 {
        return tiny_skia::Rect::from_xywh(x, y, w, h).map(PathBuilder::from_rect);
    }
    use std::f64::consts::{FRAC_PI_2, PI};
    let mut pb = PathBuilder::new();
    pb.move_to(x + rx, y);
    pb.line_to(x + w - rx, y);
    arc(
        &mut pb,
        Point::new(x + w - rx, y + ry),
        rx,
        ry,
        -FRAC_PI_2,
        0.0,
    );
    pb.line_to(x + w, y + h - ry);
    arc(
        &mut pb,
        Point::new(x + w - rx, y + h - ry),
        rx,
        ry,
        0.0,
        FRAC_PI_2,
    );
    pb.line_to(x + rx, y + h);
    arc(
        &mut pb,
        Point::new(x + rx, y + h - ry),
        rx,
        ry,
        FRAC_PI_2,
        PI,
    );
    pb.line_to(x, y + ry);
    arc(
        &mut pb,
        Point::new(x + rx, y + ry),
        rx,
        ry,
        PI,
        PI + FRAC_PI_2,
    );
    pb.close();
    pb.finish()
}

/// Appends `path` to `pb`, moved by (`dx`, `dy`).
fn push_moved(pb: &mut PathBuilder, path: &Path, dx: f32, dy: f32) {
    for segment in path.segments() {
        match segment {
            PathSegment::MoveTo(p) => pb.move_to(p.x + dx, p.y + dy),
            PathSegment::LineTo(p) => pb.line_to(p.x + dx, p.y + dy),
            PathSegment::QuadTo(a, p) => pb.quad_to(a.x + dx, a.y + dy, p.x + dx, p.y + dy),
            PathSegment::CubicTo(a, b, p) => {
                pb.cubic_to(a.x + dx, a.y + dy, b.x + dx, b.y + dy, p.x + dx, p.y + dy)
            }
            PathSegment::Close => pb.close(),
        }
    }
}

/// The bundled font's glyph outlines, each made once per size within one export.
struct Glyphs {
    outlines: Option<OutlineGlyphCollection<'static>>,
    units_per_em: f32,
    /// By glyph id and the bits of the font size; `None` for a glyph with no outline.
    cache: HashMap<(u32, u32), Option<Path>>,
}

impl Glyphs {
    fn new() -> Glyphs {
        let font = FontRef::new(FONT).ok();
        let units_per_em = font.as_ref().map_or(1000.0, |f| {
            f32::from(
                f.metrics(Size::unscaled(), LocationRef::default())
                    .units_per_em
                    .max(1),
            )
        });
        Glyphs {
            outlines: font.map(|f| f.outline_glyphs()),
            units_per_em,
            cache: HashMap::new(),
        }
    }

    /// Glyph `id`'s outline at `size` pixels per em, its origin on the baseline at (0, 0).
    fn path(&mut self, id: u32, size: f32) -> Option<&Path> {
        let scale = size / self.units_per_em;
        let outlines = self.outlines.as_ref()?;
        self.cache
            .entry((id, size.to_bits()))
            .or_insert_with(|| {
                let glyph = outlines.get(GlyphId::new(id))?;
                let mut pen = Pen {
                    pb: PathBuilder::new(),
                    scale,
                };
                // Unscaled, in font units, scaled here in `f32` as usvg does, rather than
                // in skrifa's 26.6 fixed point.
                let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default())
                    .with_path_style(PathStyle::HarfBuzz);
                glyph.draw(settings, &mut pen).ok()?;
                pen.pb.finish()
            })
            .as_ref()
    }
}

/// Turns a glyph's outline (font units, y up) into a path (pixels, y down).
struct Pen {
    pb: PathBuilder,
    scale: f32,
}

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.pb.move_to(x * self.scale, -y * self.scale);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.pb.line_to(x * self.scale, -y * self.scale);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let s = self.scale;
        self.pb.quad_to(cx0 * s, -cy0 * s, x * s, -y * s);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let s = self.scale;
        self.pb
            .cubic_to(cx0 * s, -cy0 * s, cx1 * s, -cy1 * s, x * s, -y * s);
    }

    fn close(&mut self) {
        self.pb.close();
    }
}

#[cfg(test)]
#[path = "raster_tests.rs"]
mod tests;
