//! The PDF deck: a third painter over the [scene](ciclo_picture::scene), beside the SVG (and so
//! the PNG) and the window's canvas. Each slide of [`crate::slides`] becomes one page with
//! the same shapes: text stays real, selectable text in the bundled font (embedded as a
//! subset), photos are embedded as JPEG.

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point as PdfPoint, Size, Transform};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::paint::{Fill, LineCap, LineJoin, Stroke as PdfStroke, StrokeDash};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

use crate::export::ExportError;
use crate::photo_set::{PhotoSet, fit, placeholder};
use crate::slides::{Deck, slide_title};
use ciclo_doc::model::Document;
use ciclo_picture::layout::{Point, Rect};
use ciclo_picture::scene::{Rgba, Shape, Stroke};
use ciclo_picture::text::{FONT, baseline, shape};

/// The width of a PDF page in points: 13.33 inches, PowerPoint's widescreen slide. The
/// height follows the slides' proportions.
pub const PAGE_WIDTH_PT: f32 = 960.0;

/// The deck as PDF bytes: the cycle, then one page per moment; with the document's title,
/// the organisation as author, and an outline entry for every page.
pub fn deck_pdf(deck: &Deck, photos: &PhotoSet) -> Result<Vec<u8>, ExportError> {
    let doc = deck.doc;
    let scale = PAGE_WIDTH_PT / deck.width as f32;
    let page_size = Size::from_wh(PAGE_WIDTH_PT, deck.height as f32 * scale)
        .ok_or_else(|| ExportError::Render("the page has no area".to_owned()))?;
    let font = Font::new(krilla::Data::from(FONT), 0)
        .ok_or_else(|| ExportError::Render("the bundled font cannot be read".to_owned()))?;
    let mut pdf = krilla::Document::new();
    let mut outline = Outline::new();
    for k in 0..deck.len() {
        let shapes = deck.slide(k);
        let mut page = pdf.start_page_with(krilla::page::PageSettings::new(page_size));
        let mut surface = page.surface();
        surface.push_transform(&Transform::from_scale(scale, scale));
        for shape in &shapes {
            paint(&mut surface, shape, &font, photos);
        }
        surface.pop();
        surface.finish();
        page.finish();
        let destination = krilla::destination::XyzDestination::new(k, PdfPoint::from_xy(0.0, 0.0));
        outline.push_child(OutlineNode::new(slide_title(doc, k), destination));
    }
    pdf.set_outline(outline);
    pdf.set_metadata(metadata(doc));
    pdf.finish()
        .map_err(|e| ExportError::Render(format!("the PDF could not be written: {e:?}")))
}

fn metadata(doc: &Document) -> krilla::metadata::Metadata {
    let mut metadata = krilla::metadata::Metadata::new()
        .creator("Ciclo".to_owned())
        .language(doc.language.clone());
    if !doc.title.trim().is_empty() {
        metadata = metadata.title(doc.title.clone());
    }
    if !doc.organization.trim().is_empty() {
        metadata = metadata.authors(vec![doc.organization.clone()]);
    }
    if !doc.description.trim().is_empty() {
        metadata = metadata.description(doc.description.clone());
    }
    metadata
}

fn color(c: Rgba) -> (krilla::paint::Paint, NormalizedF32) {
    let [r, g, b, a] = c.0;
    let opacity = NormalizedF32::new(f32::from(a) / 255.0).unwrap_or(NormalizedF32::ONE);
    (rgb::Color::new(r, g, b).into(), opacity)
}

fn fill(c: Rgba) -> Fill {
    let (paint, opacity) = color(c);
    Fill {
        paint,
        opacity,
        ..Fill::default()
    }
}

/// The same stroke as the SVG's: round joins and caps, dashes of equal gaps.
fn stroke(s: Stroke) -> PdfStroke {
    let (paint, opacity) = color(s.color);
    PdfStroke {
        paint,
        opacity,
        width: s.width,
        line_cap: LineCap::Round,
        line_join: LineJoin::Round,
        dash: s.dash.map(|d| StrokeDash {
            array: vec![d, d],
            offset: 0.0,
        }),
        ..PdfStroke::default()
    }
}

fn draw(surface: &mut Surface, path: Option<Path>, f: Option<Rgba>, s: Option<Stroke>) {
    let Some(path) = path else {
        return;
    };
    surface.set_fill(f.map(fill));
    surface.set_stroke(s.map(stroke));
    surface.draw_path(&path);
}

/// The magic number of a circle drawn with four cubic Bézier arcs.
const KAPPA: f32 = 0.552_284_8;

fn circle(c: Point, r: f32) -> Option<Path> {
    let k = r * KAPPA;
    let mut pb = PathBuilder::new();
    pb.move_to(c.x + r, c.y);
    pb.cubic_to(c.x + r, c.y + k, c.x + k, c.y + r, c.x, c.y + r);
    pb.cubic_to(c.x - k, c.y + r, c.x - r, c.y + k, c.x - r, c.y);
    pb.cubic_to(c.x - r, c.y - k, c.x - k, c.y - r, c.x, c.y - r);
    pb.cubic_to(c.x + k, c.y - r, c.x + r, c.y - k, c.x + r, c.y);
    pb.close();
    pb.finish()
}

/// A rectangle with corners rounded to `corner` (at most half its shorter side), as SVG
/// `rx` draws it.
pub(crate) fn rounded(rect: Rect, corner: f32) -> Option<Path> {
    let (x0, y0, x1, y1) = (rect.min.x, rect.min.y, rect.max.x, rect.max.y);
    let r = corner.max(0.0).min((x1 - x0) / 2.0).min((y1 - y0) / 2.0);
    let k = r * (1.0 - KAPPA);
    let mut pb = PathBuilder::new();
    pb.move_to(x0 + r, y0);
    pb.line_to(x1 - r, y0);
    pb.cubic_to(x1 - k, y0, x1, y0 + k, x1, y0 + r);
    pb.line_to(x1, y1 - r);
    pb.cubic_to(x1, y1 - k, x1 - k, y1, x1 - r, y1);
    pb.line_to(x0 + r, y1);
    pb.cubic_to(x0 + k, y1, x0, y1 - k, x0, y1 - r);
    pb.line_to(x0, y0 + r);
    pb.cubic_to(x0, y0 + k, x0 + k, y0, x0 + r, y0);
    pb.close();
    pb.finish()
}

fn polyline(points: &[Point], closed: bool) -> Option<Path> {
    let (first, rest) = points.split_first()?;
    let mut pb = PathBuilder::new();
    pb.move_to(first.x, first.y);
    for p in rest {
        pb.line_to(p.x, p.y);
    }
    if closed {
        pb.close();
    }
    pb.finish()
}

fn paint(surface: &mut Surface, shape: &Shape, font: &Font, photos: &PhotoSet) {
    match shape {
        Shape::Circle {
            center,
            radius,
            fill,
            stroke,
            ..
        } => draw(surface, circle(*center, *radius), *fill, *stroke),
        Shape::Path {
            points,
            closed,
            fill,
            stroke,
            ..
        } => {
            let fill = fill.filter(|_| *closed);
            draw(surface, polyline(points, *closed), fill, *stroke);
        }
        Shape::Rect {
            rect,
            corner,
            fill,
            stroke,
            ..
        } => draw(surface, rounded(*rect, *corner), *fill, *stroke),
        Shape::Text {
            pos,
            text,
            size,
            color,
            ..
        } => draw_text(surface, font, *pos, text, *size, *color),
        Shape::Photo { rect, key, role } => match photos.get(key) {
            Ok(photo) => {
                let data = krilla::Data::from(photo.jpeg.clone());
                let r = fit(*rect, photo.width, photo.height);
                let image = krilla::image::Image::from_jpeg(data, true);
                if let (Ok(image), Some(size)) = (image, Size::from_wh(r.width(), r.height())) {
                    surface.push_transform(&Transform::from_translate(r.min.x, r.min.y));
                    surface.draw_image(image, size);
                    surface.pop();
                }
            }
            Err(reason) => {
                for s in placeholder(*rect, key, &reason, *role) {
                    paint(surface, &s, font, photos);
                }
            }
        },
    }
}

/// One line of real text: the glyphs the bundled font shapes, with the text they stand
/// for, so that a PDF reader can select, search and copy it.
fn draw_text(surface: &mut Surface, font: &Font, pos: Point, text: &str, size: f32, c: Rgba) {
    let Some(shaped) = shape(text) else {
        return;
    };
    let glyphs: Vec<KrillaGlyph> = shaped
        .into_iter()
        .map(|g| KrillaGlyph {
            glyph_id: GlyphId::new(g.id),
            text_range: g.text,
            x_advance: g.x_advance,
            x_offset: g.x_offset,
            y_offset: g.y_offset,
            y_advance: 0.0,
            location: None,
        })
        .collect();
    surface.set_fill(Some(fill(c)));
    surface.set_stroke(None);
    let start = PdfPoint::from_xy(pos.x, pos.y + baseline(size));
    surface.draw_glyphs(start, &glyphs, font.clone(), text, size, false);
}
