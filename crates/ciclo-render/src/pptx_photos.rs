//! The photos of a PowerPoint slide, laid on it as pictures of their own: each photo's
//! JPEG goes into the deck once, as it is, and the slide's rendered picture (PNG) holds
//! only what is drawn around it. The PNG stays small and quick to write (a photo's grain
//! compresses badly as PNG), and the photo stays as sharp as the JPEG, at any zoom.
//!
//! A photo is taken out of the slide's picture only when nothing drawn after it covers
//! any of it, so that the slide looks the same either way; a photo that cannot be shown
//! stays in the picture as its placeholder.

use std::fmt::Write as _;

use crate::photo_set::{PhotoSet, fit};
use ciclo_picture::layout::Rect;
use ciclo_picture::scene::Shape;
use ciclo_picture::text::{LINE_HEIGHT, width};

/// A photo laid on a slide: which one (its key in the [`PhotoSet`]) and where, in the
/// slide's pixels, fitted in its frame.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// The photo's path as the document writes it.
    pub key: String,
    /// Where the photo is drawn.
    pub rect: Rect,
}

/// The box a shape may paint, strokes included.
fn bounds(shape: &Shape) -> Rect {
    let stroke = |s: &Option<ciclo_picture::scene::Stroke>| s.map_or(0.0, |s| s.width);
    match shape {
        Shape::Circle {
            center,
            radius,
            stroke: s,
            ..
        } => Rect::from_min_size(*center, 0.0, 0.0).expand(radius + stroke(s)),
        Shape::Path {
            points, stroke: s, ..
        } => {
            let Some(first) = points.first() else {
                return Rect::from_min_size(ciclo_picture::layout::Point::new(0.0, 0.0), 0.0, 0.0);
            };
            let mut r = Rect::from_min_size(*first, 0.0, 0.0);
            for p in points {
                r.min.x = r.min.x.min(p.x);
                r.min.y = r.min.y.min(p.y);
                r.max.x = r.max.x.max(p.x);
                r.max.y = r.max.y.max(p.y);
            }
            r.expand(stroke(s))
        }
        Shape::Rect {
            rect, stroke: s, ..
        } => rect.expand(stroke(s)),
        // The line box holds the bundled font's ascenders and descenders; a little more
        // each side for a glyph that overhangs its advance.
        Shape::Text {
            pos, text, size, ..
        } => {
            let line = Rect::from_min_size(*pos, width(text, *size), size * LINE_HEIGHT);
            Rect {
                min: ciclo_picture::layout::Point::new(line.min.x - size * 0.1, line.min.y),
                max: ciclo_picture::layout::Point::new(line.max.x + size * 0.1, line.max.y),
            }
        }
        Shape::Photo { rect, .. } => *rect,
    }
}

/// Splits a slide's shapes into what its picture draws and the photos laid over it.
pub fn split(shapes: Vec<Shape>, photos: &PhotoSet) -> (Vec<Shape>, Vec<Placed>) {
    let covers: Vec<Rect> = shapes.iter().map(bounds).collect();
    let mut drawn = Vec::with_capacity(shapes.len());
    let mut placed = Vec::new();
    for (i, shape) in shapes.into_iter().enumerate() {
        if let Shape::Photo { rect, key, .. } = &shape
            && let Ok(photo) = photos.get(key)
        {
            let at = fit(*rect, photo.width, photo.height);
            if !covers[i + 1..].iter().any(|c| c.intersects(&at)) {
                placed.push(Placed {
                    key: key.clone(),
                    rect: at,
                });
                continue;
            }
        }
        drawn.push(shape);
    }
    (drawn, placed)
}

/// The name of a photo's part in the deck: the `n`th distinct photo (from 1).
pub fn media_name(n: usize) -> String {
    format!("photo{n}.jpg")
}

/// The `<p:pic>` of a photo laid on a slide: shape `id`, its picture relationship `rel`,
/// its alternative text `descr`, at `rect` (slide pixels, `emu_per_px` EMU each).
pub fn picture(out: &mut String, id: usize, rel: &str, descr: &str, rect: Rect, emu_per_px: f64) {
    let emu = |v: f32| (f64::from(v) * emu_per_px).round().max(0.0) as u64;
    let (x, y) = (emu(rect.min.x), emu(rect.min.y));
    let (w, h) = (emu(rect.width()).max(1), emu(rect.height()).max(1));
    let descr = ciclo_doc::escape::markup(descr);
    let _ = write!(
        out,
        r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Photo {id}" descr="{descr}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{rel}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use ciclo_picture::layout::Point;
    use ciclo_picture::scene::{Anchor, Role};

    fn photo(x: f32) -> Shape {
        Shape::Photo {
            rect: Rect::from_min_size(Point::new(x, 0.0), 100.0, 75.0),
            key: "a.jpg".to_owned(),
            role: Role::Decoration,
        }
    }

    fn set_with_a_photo() -> (tempfile::TempDir, PhotoSet) {
        let dir = tempfile::tempdir().unwrap();
        let bytes = ciclo_photo::testing::jpeg_with_orientation(40, 30, 1);
        std::fs::write(dir.path().join("a.jpg"), bytes).unwrap();
        let mut m = ciclo_doc::model::Moment::named(ciclo_doc::model::MomentId(1), "Llega");
        m.photos = vec![ciclo_doc::model::Photo {
            path: "a.jpg".to_owned(),
            caption: String::new(),
        }];
        let doc = ciclo_doc::model::Document {
            moments: vec![m],
            ..ciclo_doc::model::Document::default()
        };
        let set = PhotoSet::load(&doc, Some(&dir.path().join("x.ron")), 1600);
        (dir, set)
    }

    #[test]
    fn a_photo_nothing_covers_is_laid_over_the_picture_and_a_covered_one_stays_in_it() {
        let (_dir, set) = set_with_a_photo();
        let caption_below = Shape::Text {
            pos: Point::new(0.0, 200.0),
            anchor: Anchor::Start,
            text: "La sala".to_owned(),
            size: 20.0,
            color: ciclo_picture::scene::palette::MUTED,
            role: Role::Decoration,
        };
        let (drawn, placed) = split(vec![photo(0.0), caption_below.clone()], &set);
        assert_eq!(drawn, vec![caption_below]);
        assert_eq!(placed.len(), 1);
        assert_eq!(
            placed[0].rect,
            Rect::from_min_size(Point::new(0.0, 0.0), 100.0, 75.0)
        );
        // A tag drawn over the photo's corner: the photo stays in the picture, below it.
        let tag = Shape::Circle {
            center: Point::new(95.0, 5.0),
            radius: 10.0,
            fill: Some(ciclo_picture::scene::palette::MUTED),
            stroke: None,
            role: Role::Decoration,
        };
        let (drawn, placed) = split(vec![photo(0.0), tag.clone()], &set);
        assert_eq!(drawn, vec![photo(0.0), tag]);
        assert!(placed.is_empty());
    }

    #[test]
    fn a_photo_that_cannot_be_shown_stays_in_the_picture_as_its_placeholder() {
        let set = PhotoSet::default();
        let (drawn, placed) = split(vec![photo(0.0)], &set);
        assert_eq!(drawn, vec![photo(0.0)]);
        assert!(placed.is_empty());
    }
}
