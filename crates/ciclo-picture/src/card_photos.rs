//! The photos on a moment's card: a column beside the text, each photo in its frame with
//! its caption below.

use crate::layout::{Point, Rect};
use crate::scene::{Anchor, Role, Shape, palette};
use crate::text::{self, LINE_HEIGHT};
use ciclo_doc::model::Photo;

/// The most photos a card shows; the report lists them all.
pub const MAX_ON_CARD: usize = 3;

/// The share of a card's width the photo column takes when the moment has photos
/// (decided in `layout`, with the rest of the card's geometry).
pub use crate::layout::PHOTO_COLUMN_SHARE as COLUMN_SHARE;

/// The photo column of a card: up to [`MAX_ON_CARD`] photos stacked in `rect`, each with
/// its caption (one line, cut with an ellipsis) below it.
pub fn photo_column(photos: &[Photo], rect: Rect, unit: f32) -> Vec<Shape> {
    let shown = &photos[..photos.len().min(MAX_ON_CARD)];
    if shown.is_empty() {
        return Vec::new();
    }
    let gap = 18.0 * unit;
    let caption_size = 20.0 * unit;
    let slot = (rect.height() - gap * (shown.len() as f32 - 1.0)) / shown.len() as f32;
    let mut out = Vec::new();
    for (i, photo) in shown.iter().enumerate() {
        let top = rect.min.y + i as f32 * (slot + gap);
        let has_caption = !photo.caption.trim().is_empty();
        let caption_h = if has_caption {
            caption_size * LINE_HEIGHT + 4.0 * unit
        } else {
            0.0
        };
        // A 4:3 frame (a camera's proportions) when the slot is taller than that, so
        // that the caption sits right under a typical photo.
        let frame = Rect::from_min_size(
            Point::new(rect.min.x, top),
            rect.width(),
            (slot - caption_h).min(rect.width() * 0.75).max(1.0),
        );
        out.push(Shape::Photo {
            rect: frame,
            key: photo.path.clone(),
            role: Role::Decoration,
        });
        if let Some(line) = text::wrap(&photo.caption, caption_size, rect.width(), 1)
            .into_iter()
            .next()
            .filter(|_| has_caption)
        {
            out.push(Shape::Text {
                pos: Point::new(rect.min.x, frame.max.y + 4.0 * unit),
                anchor: Anchor::Start,
                text: line,
                size: caption_size,
                color: palette::MUTED,
                role: Role::Decoration,
            });
        }
    }
    out
}
