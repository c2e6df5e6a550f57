//! The picture as a flat list of primitives, in paint order. Every renderer (the canvas,
//! SVG, PNG) paints exactly this list, so they all show the same picture.

mod cycle;

pub use cycle::scene;

use crate::layout::{Point, Rect, TextLine};

/// An sRGB colour with alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    /// The same colour washed out towards white, keeping `share` of its strength. Stays
    /// opaque, so that a dimmed node still hides the ring behind it.
    pub fn faded(self, share: f32) -> Rgba {
        let [r, g, b, a] = self.0;
        let mix = |c: u8| (f32::from(c) * share + 255.0 * (1.0 - share)).round() as u8;
        Rgba([mix(r), mix(g), mix(b), a])
    }

    /// An opaque colour.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Rgba {
        Rgba([r, g, b, 255])
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }
}

/// An outline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Width in pixels.
    pub width: f32,
    /// Colour.
    pub color: Rgba,
    /// Dash length, for dashed lines.
    pub dash: Option<f32>,
}

/// What a shape stands for, so that a renderer can group or style it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Title, subtitle, centre text, legend.
    Decoration,
    /// The ring and arrows.
    Ring,
    /// Part of moment `index`'s node.
    Node(usize),
    /// Part of moment `index`'s label.
    Label(usize),
    /// Start/End marker.
    Marker,
    /// The satisfaction curve and its guides.
    Curve,
}

/// One primitive.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A circle.
    Circle {
        /// Centre.
        center: Point,
        /// Radius.
        radius: f32,
        /// Fill.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
        /// Meaning.
        role: Role,
    },
    /// A polyline or polygon.
    Path {
        /// Vertices.
        points: Vec<Point>,
        /// True for a polygon.
        closed: bool,
        /// Fill (closed paths only).
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
        /// Meaning.
        role: Role,
    },
    /// A rounded rectangle.
    Rect {
        /// Box.
        rect: Rect,
        /// Corner radius.
        corner: f32,
        /// Fill.
        fill: Option<Rgba>,
        /// Outline.
        stroke: Option<Stroke>,
        /// Meaning.
        role: Role,
    },
    /// One line of text in the bundled font.
    Text {
        /// Top-left of the line box (`size * LINE_HEIGHT` tall), as the bundled font
        /// draws it.
        pos: Point,
        /// The point of the line that stays put when another font draws it wider or
        /// narrower (SVG `text-anchor`). With the bundled font every renderer draws the
        /// line from `pos`, wherever its anchor is.
        anchor: Anchor,
        /// The text.
        text: String,
        /// Font size in pixels.
        size: f32,
        /// Colour.
        color: Rgba,
        /// Meaning.
        role: Role,
    },
    /// A moment's photo, fitted inside `rect` keeping its proportions. Every painter
    /// looks it up by `key` in the [`PhotoSet`](ciclo_render::photo_set::PhotoSet) it is given,
    /// and draws [`ciclo_render::photo_set::placeholder`] for a photo that cannot be shown.
    Photo {
        /// The frame the photo fits in.
        rect: Rect,
        /// The photo's path as the document writes it.
        key: String,
        /// Meaning.
        role: Role,
    },
}

/// Which point of a line of text is held in place; the text grows away from it when
/// another font draws it wider (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Anchor {
    /// The left edge: text right of its node, legend, cards.
    #[default]
    Start,
    /// The centre: title, centre text, numbers, badges, labels above or below a node.
    Middle,
    /// The right edge: text left of its node.
    End,
}

impl Anchor {
    /// The anchor `x` of a line whose left edge is at `left` and which is `width` wide.
    pub fn x_of(self, left: f32, width: f32) -> f32 {
        match self {
            Anchor::Start => left,
            Anchor::Middle => left + width / 2.0,
            Anchor::End => left + width,
        }
    }

    /// The anchor of a label's lines, from where its box lies next to its node: wholly
    /// right of the node's centre, `Start`; wholly left, `End`; above or below, `Middle`.
    /// Derived from the placed geometry, so it holds for whatever placement the layout
    /// chooses.
    pub fn for_label(label: Rect, node: Point) -> Anchor {
        if label.min.x >= node.x {
            Anchor::Start
        } else if label.max.x <= node.x {
            Anchor::End
        } else {
            Anchor::Middle
        }
    }
}

/// The colours of the picture.
pub mod palette {
    use super::Rgba;
    /// Titles and label text.
    pub const INK: Rgba = Rgba::rgb(0x1d, 0x27, 0x33);
    /// Secondary text.
    pub const MUTED: Rgba = Rgba::rgb(0x5b, 0x67, 0x75);
    /// The ring.
    pub const RING: Rgba = Rgba::rgb(0x9a, 0xa9, 0xb8);
    /// Arrows.
    pub const ARROW: Rgba = Rgba::rgb(0x5b, 0x6b, 0x7c);
    /// A moment's node.
    pub const NODE: Rgba = Rgba::rgb(0x1f, 0x5f, 0x99);
    /// Node fill.
    pub const NODE_FILL: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
    /// A critical moment.
    pub const CRITICAL: Rgba = Rgba::rgb(0xc6, 0x28, 0x28);
    /// A critical moment's outline.
    pub const CRITICAL_DARK: Rgba = Rgba::rgb(0x6e, 0x0b, 0x0b);
    /// Principle badges.
    pub const BADGE: Rgba = Rgba::rgb(0xe3, 0xec, 0xf5);
    /// Satisfaction pill.
    pub const SCORE: Rgba = Rgba::rgb(0x2d, 0x3a, 0x48);
    /// Start marker.
    pub const START: Rgba = Rgba::rgb(0x2e, 0x7d, 0x32);
    /// End marker.
    pub const END: Rgba = Rgba::rgb(0x45, 0x5a, 0x64);
    /// Centre text.
    pub const CENTRE: Rgba = Rgba::rgb(0x1f, 0x5f, 0x99);
    /// White.
    pub const WHITE: Rgba = Rgba::rgb(0xff, 0xff, 0xff);
    /// The satisfaction curve.
    pub const CURVE: Rgba = Rgba::rgb(0x1b, 0x8a, 0x7a);
    /// The satisfaction curve's guide circles.
    pub const GUIDE: Rgba = Rgba::rgb(0xdd, 0xe4, 0xea);
    /// The halo around the highlighted moment.
    pub const HALO: Rgba = Rgba([0xf2, 0xb1, 0x34, 0x80]);
}

/// A placed line, held at `anchor` when another font draws it.
pub(crate) fn text_at(line: &TextLine, anchor: Anchor, color: Rgba, role: Role) -> Shape {
    Shape::Text {
        pos: line.pos,
        anchor,
        text: line.text.clone(),
        size: line.size,
        color,
        role,
    }
}

/// A placed line centred on its own middle: title, centre text, numbers, badges.
pub(crate) fn text(line: &TextLine, color: Rgba, role: Role) -> Shape {
    text_at(line, Anchor::Middle, color, role)
}

/// Every text of `shapes`, in paint order.
pub fn texts(shapes: &[Shape]) -> Vec<String> {
    shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// Washes a shape out towards white, for moments that are not the focus.
fn fade(shape: &mut Shape, share: f32) {
    match shape {
        Shape::Circle { fill, stroke, .. }
        | Shape::Path { fill, stroke, .. }
        | Shape::Rect { fill, stroke, .. } => {
            *fill = fill.map(|c| c.faded(share));
            *stroke = stroke.map(|s| Stroke {
                color: s.color.faded(share),
                ..s
            });
        }
        Shape::Text { color, .. } => *color = color.faded(share),
        Shape::Photo { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_is_held_on_the_side_of_its_node() {
        let node = Point::new(500.0, 500.0);
        let right = Rect::from_min_size(Point::new(530.0, 480.0), 200.0, 40.0);
        let left = Rect::from_min_size(Point::new(270.0, 480.0), 200.0, 40.0);
        let below = Rect::from_min_size(Point::new(400.0, 530.0), 200.0, 40.0);
        assert_eq!(Anchor::for_label(right, node), Anchor::Start);
        assert_eq!(Anchor::for_label(left, node), Anchor::End);
        assert_eq!(Anchor::for_label(below, node), Anchor::Middle);
        assert_eq!(Anchor::End.x_of(270.0, 200.0), 470.0);
        assert_eq!(Anchor::Middle.x_of(400.0, 200.0), 500.0);
    }
}
