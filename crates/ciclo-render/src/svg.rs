//! SVG output: a thin painter over the [scene](ciclo_picture::scene). Text stays as `<text>` so
//! that labels can be edited in Inkscape or PowerPoint.
//!
//! The text must survive a computer without the bundled font: every `<text>` is held by
//! the side that must not move (`text-anchor`, from the scene), and the font stack lists
//! fonts of similar width that Windows, macOS and Linux have.

use std::collections::HashSet;
use std::fmt::Write as _;

use base64::Engine as _;

use crate::photo_set::{PhotoSet, fit, placeholder};
use ciclo_picture::layout::Rect;
use ciclo_picture::picture::Picture;
use ciclo_picture::scene::{Anchor, Rgba, Role, Shape, Stroke};
use ciclo_picture::text::{baseline, shaped_width};

/// The SVG `font-family`: the bundled font first, then common sans-serif fonts of
/// similar width on Windows, macOS and Linux, then whatever sans-serif font there is.
pub const FONT_STACK: &str = "Ubuntu, 'Ubuntu Light', 'Segoe UI', 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'Noto Sans', 'DejaVu Sans', sans-serif";

/// What goes behind the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Background {
    /// Opaque white.
    #[default]
    White,
    /// Nothing: transparent pixels.
    Transparent,
    /// An opaque colour.
    Color([u8; 3]),
}

impl std::str::FromStr for Background {
    type Err = String;

    /// `white`, `transparent` or `#rrggbb` (six hexadecimal digits, nothing else).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.eq_ignore_ascii_case("white") {
            return Ok(Background::White);
        }
        if t.eq_ignore_ascii_case("transparent") || t.eq_ignore_ascii_case("none") {
            return Ok(Background::Transparent);
        }
        match t.strip_prefix('#') {
            Some(hex) => parse_hex_rgb(hex).map(Background::Color).ok_or_else(|| {
                format!("`{s}` is not a colour; use white, transparent or #rrggbb (six hexadecimal digits, such as #f0f0f0)")
            }),
            None => Err(format!(
                "`{s}` is not a background; use white, transparent or #rrggbb"
            )),
        }
    }
}

/// Six ASCII hexadecimal digits as red, green and blue. Anything else (signs, spaces,
/// non-ASCII letters, another length) is refused.
fn parse_hex_rgb(hex: &str) -> Option<[u8; 3]> {
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).filter(|_| c.is_ascii()).map(|d| d as u8))
        .collect::<Option<_>>()?;
    match digits[..] {
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

/// The picture as an SVG document.
pub fn to_svg(picture: &Picture, background: Background) -> String {
    let (w, h) = picture.size();
    shapes_to_svg(&picture.shapes, w, h, background)
}

/// Any list of shapes as an SVG document of `w`×`h` pixels.
pub fn shapes_to_svg(shapes: &[Shape], w: f32, h: f32, background: Background) -> String {
    shapes_to_svg_with(shapes, w, h, background, &PhotoSet::default())
}

/// Any list of shapes as an SVG document, its photos taken from `photos` and embedded as
/// JPEG data, so that the file stands alone.
pub fn shapes_to_svg_with(
    shapes: &[Shape],
    w: f32,
    h: f32,
    background: Background,
    photos: &PhotoSet,
) -> String {
    let mut out = String::with_capacity(1024 + shapes.len() * 160);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{FONT_STACK}" font-weight="300">"#
    );
    match background {
        Background::White => {
            let _ = writeln!(out, r##"<rect width="{w}" height="{h}" fill="#ffffff"/>"##);
        }
        Background::Color(c) => {
            let _ = writeln!(
                out,
                r#"<rect width="{w}" height="{h}" fill="{}"/>"#,
                Rgba::rgb(c[0], c[1], c[2]).hex()
            );
        }
        Background::Transparent => {}
    }
    let mut group: Option<Role> = None;
    // Ids name each moment's groups in Inkscape's Objects panel and survive
    // `--text-as-paths` (usvg keeps only groups with an id); an id is written once.
    let mut named: HashSet<Role> = HashSet::new();
    for shape in shapes {
        let role = role_of(shape);
        if group != Some(role) {
            if group.is_some() {
                out.push_str("</g>\n");
            }
            match id_of(role) {
                Some(id) if named.insert(role) => {
                    let _ = writeln!(out, r#"<g id="{id}" class="{}">"#, class_of(role));
                }
                _ => {
                    let _ = writeln!(out, r#"<g class="{}">"#, class_of(role));
                }
            }
            group = Some(role);
        }
        write_shape(&mut out, shape, photos);
    }
    if group.is_some() {
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

fn role_of(shape: &Shape) -> Role {
    match shape {
        Shape::Circle { role, .. }
        | Shape::Path { role, .. }
        | Shape::Rect { role, .. }
        | Shape::Text { role, .. }
        | Shape::Photo { role, .. } => *role,
    }
}

/// The id of a moment's node or label group.
fn id_of(role: Role) -> Option<String> {
    match role {
        Role::Node(i) => Some(format!("node-{}", i + 1)),
        Role::Label(i) => Some(format!("label-{}", i + 1)),
        _ => None,
    }
}

fn class_of(role: Role) -> String {
    match role {
        Role::Decoration => "decoration".to_owned(),
        Role::Ring => "ring".to_owned(),
        Role::Node(i) => format!("node node-{}", i + 1),
        Role::Label(i) => format!("label label-{}", i + 1),
        Role::Marker => "marker".to_owned(),
        Role::Curve => "satisfaction-curve".to_owned(),
    }
}

fn paint(out: &mut String, fill: Option<Rgba>, stroke: Option<Stroke>) {
    match fill {
        Some(c) => {
            let _ = write!(out, r#" fill="{}""#, c.hex());
            if c.0[3] != 255 {
                let _ = write!(out, r#" fill-opacity="{:.3}""#, f32::from(c.0[3]) / 255.0);
            }
        }
        None => out.push_str(r#" fill="none""#),
    }
    if let Some(s) = stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{:.2}""#,
            s.color.hex(),
            s.width
        );
        if s.color.0[3] != 255 {
            let _ = write!(
                out,
                r#" stroke-opacity="{:.3}""#,
                f32::from(s.color.0[3]) / 255.0
            );
        }
        if let Some(d) = s.dash {
            let _ = write!(out, r#" stroke-dasharray="{d:.1} {d:.1}""#);
        }
        out.push_str(r#" stroke-linejoin="round" stroke-linecap="round""#);
    }
}

/// A photo as an `<image>` with its JPEG inside, or its placeholder.
fn write_photo(out: &mut String, rect: Rect, key: &str, role: Role, photos: &PhotoSet) {
    match photos.get(key) {
        Ok(photo) => {
            let r = fit(rect, photo.width, photo.height);
            let _ = writeln!(
                out,
                r#"<image x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" preserveAspectRatio="none" href="data:image/jpeg;base64,{}"/>"#,
                r.min.x,
                r.min.y,
                r.width(),
                r.height(),
                base64::engine::general_purpose::STANDARD.encode(photo.jpeg.as_slice())
            );
        }
        Err(reason) => {
            for s in placeholder(rect, key, &reason, role) {
                write_shape(out, &s, photos);
            }
        }
    }
}

fn write_shape(out: &mut String, shape: &Shape, photos: &PhotoSet) {
    match shape {
        Shape::Photo { rect, key, role } => write_photo(out, *rect, key, *role, photos),
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
            ..
        } => {
            let _ = write!(
                out,
                r#"<circle cx="{:.2}" cy="{:.2}" r="{:.2}""#,
                center.x, center.y, radius
            );
            paint(out, *fill, *stroke);
            out.push_str("/>\n");
        }
        Shape::Path {
            points,
            closed,
            fill,
            stroke,
            ..
        } => {
            out.push_str(if *closed {
                "<polygon points=\""
            } else {
                "<polyline points=\""
            });
            for (i, p) in points.iter().enumerate() {
                let _ = write!(out, "{}{:.2},{:.2}", if i > 0 { " " } else { "" }, p.x, p.y);
            }
            out.push('"');
            paint(out, if *closed { *fill } else { None }, *stroke);
            out.push_str("/>\n");
        }
        Shape::Rect {
            rect,
            corner,
            fill,
            stroke,
            ..
        } => {
            let _ = write!(
                out,
                r#"<rect x="{:.2}" y="{:.2}" width="{:.2}" height="{:.2}" rx="{:.2}""#,
                rect.min.x,
                rect.min.y,
                rect.width(),
                rect.height(),
                corner
            );
            paint(out, *fill, *stroke);
            out.push_str("/>\n");
        }
        Shape::Text {
            pos,
            anchor,
            text,
            size,
            color,
            ..
        } => {
            let _ = write!(
                out,
                r#"<text x="{:.2}" y="{:.2}" font-size="{:.2}" fill="{}""#,
                anchored_x(*anchor, pos.x, text, *size),
                pos.y + baseline(*size),
                size,
                color.hex()
            );
            match anchor {
                Anchor::Start => {}
                Anchor::Middle => out.push_str(r#" text-anchor="middle""#),
                Anchor::End => out.push_str(r#" text-anchor="end""#),
            }
            if color.0[3] != 255 {
                let _ = write!(
                    out,
                    r#" fill-opacity="{:.3}""#,
                    f32::from(color.0[3]) / 255.0
                );
            }
            out.push_str(r#" xml:space="preserve">"#);
            out.push_str(&ciclo_doc::escape::markup(text));
            out.push_str("</text>\n");
        }
    }
}

/// The `x` of a line whose left edge is at `left` in the bundled font, for its
/// `text-anchor`. Measured on the shaped (kerned) line, at the font size the SVG writes
/// (two decimals), exactly as resvg draws it: the PNG stays where the layout put it. (At
/// 40 px a 700 px line drawn 0.005 px larger ends 0.1 px further right.)
fn anchored_x(anchor: Anchor, left: f32, text: &str, size: f32) -> f32 {
    match anchor {
        Anchor::Start => left,
        _ => anchor.x_of(left, shaped_width(text, (size * 100.0).round() / 100.0)),
    }
}
