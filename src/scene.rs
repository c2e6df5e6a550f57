//! The picture as a flat list of primitives, in paint order. Every renderer (the canvas,
//! SVG, PNG) paints exactly this list, so they all show the same picture.

use crate::layout::{BadgeKind, Layout, LegendSample, Point, Rect, TextLine, polar};

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
    /// looks it up by `key` in the [`PhotoSet`](crate::photo_set::PhotoSet) it is given,
    /// and draws [`crate::photo_set::placeholder`] for a photo that cannot be shown.
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

use palette::*;

/// A placed line, held at `anchor` when another font draws it.
fn text_at(line: &TextLine, anchor: Anchor, color: Rgba, role: Role) -> Shape {
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
fn text(line: &TextLine, color: Rgba, role: Role) -> Shape {
    text_at(line, Anchor::Middle, color, role)
}

/// The whole picture, back to front.
pub fn scene(layout: &Layout) -> Vec<Shape> {
    let mut out = Vec::with_capacity(16 + layout.nodes.len() * 8);
    let u = layout.width.min(layout.height) / 1080.0;

    if let Some(t) = &layout.title {
        out.push(text(t, INK, Role::Decoration));
    }
    if let Some(t) = &layout.subtitle {
        out.push(text(t, MUTED, Role::Decoration));
    }
    for t in &layout.centre_text {
        out.push(text(t, CENTRE, Role::Decoration));
    }

    if let Some(curve) = &layout.curve {
        let guide = Stroke {
            width: (1.2 * u).max(1.0),
            color: GUIDE,
            dash: Some(4.0 * u),
        };
        for r in curve.levels {
            out.push(Shape::Circle {
                center: layout.center,
                radius: r,
                fill: None,
                stroke: Some(guide),
                role: Role::Curve,
            });
        }
        let line = Stroke {
            width: (4.0 * u).max(1.5),
            color: CURVE,
            dash: None,
        };
        for piece in &curve.pieces {
            out.push(Shape::Path {
                points: piece.clone(),
                closed: false,
                fill: None,
                stroke: Some(line),
                role: Role::Curve,
            });
        }
        // The guide numbers on a white chip, over the line, so that it never hides one.
        for t in &curve.level_labels {
            out.push(Shape::Rect {
                rect: t.rect().expand(1.5 * u),
                corner: 3.0 * u,
                fill: Some(WHITE),
                stroke: None,
                role: Role::Curve,
            });
            out.push(text(t, MUTED, Role::Curve));
        }
        for &dot in &curve.dots {
            out.push(Shape::Circle {
                center: dot,
                radius: (6.0 * u).max(2.0),
                fill: Some(CURVE),
                stroke: Some(Stroke {
                    width: (2.0 * u).max(1.0),
                    color: WHITE,
                    dash: None,
                }),
                role: Role::Curve,
            });
        }
    }
    ring(layout, &mut out);
    for arrow in &layout.arrows {
        out.push(Shape::Path {
            points: arrow.points.to_vec(),
            closed: true,
            fill: Some(ARROW),
            stroke: None,
            role: Role::Ring,
        });
    }
    for m in &layout.markers {
        let color = if m.start { START } else { END };
        out.push(Shape::Rect {
            rect: m.rect,
            corner: m.rect.height() / 2.0,
            fill: Some(color),
            stroke: None,
            role: Role::Marker,
        });
        out.push(text(&m.text, WHITE, Role::Marker));
    }

    let nr = layout.node_radius;
    if let Some(node) = layout.highlight.and_then(|h| layout.nodes.get(h)) {
        out.push(Shape::Circle {
            center: node.center,
            radius: nr * 1.7,
            fill: Some(HALO),
            stroke: None,
            role: Role::Marker,
        });
    }
    for (i, node) in layout.nodes.iter().enumerate() {
        let first = out.len();
        node_shapes(&mut out, node.center, nr, node.critical, u, Role::Node(i));
        if let Some(n) = &node.number {
            out.push(text(
                n,
                if node.critical { WHITE } else { NODE },
                Role::Node(i),
            ));
        }
        if let Some(label) = &node.label {
            let color = if node.critical { CRITICAL_DARK } else { INK };
            let anchor = Anchor::for_label(label.rect, node.center);
            if label.leader.len() > 1 {
                out.push(Shape::Path {
                    points: label.leader.clone(),
                    closed: false,
                    fill: None,
                    stroke: Some(Stroke {
                        width: (1.3 * u).max(1.0),
                        color: if node.critical { CRITICAL } else { RING },
                        dash: None,
                    }),
                    role: Role::Label(i),
                });
            }
            for line in &label.lines {
                out.push(text_at(line, anchor, color, Role::Label(i)));
            }
            for b in &label.badges {
                badge(&mut out, b, Role::Label(i));
            }
        }
        if layout.highlight.is_some_and(|h| h != i) {
            for shape in &mut out[first..] {
                fade(shape, 0.28);
            }
        }
    }

    for item in &layout.legend {
        match &item.sample {
            LegendSample::Node {
                center,
                radius,
                critical,
            } => {
                node_shapes(
                    &mut out,
                    *center,
                    *radius,
                    *critical,
                    u * 0.6,
                    Role::Decoration,
                );
                if *critical {
                    // The same "!" as in a critical moment's badge row.
                    let size = radius * 1.3;
                    let w = crate::text::width("!", size);
                    let pos = Point::new(
                        center.x - w / 2.0,
                        center.y - size * crate::text::LINE_HEIGHT / 2.0,
                    );
                    out.push(Shape::Text {
                        pos,
                        anchor: Anchor::Middle,
                        text: "!".to_owned(),
                        size,
                        color: WHITE,
                        role: Role::Decoration,
                    });
                }
            }
            LegendSample::Badge(b) => badge(&mut out, b, Role::Decoration),
            LegendSample::Line { from, to } => out.push(Shape::Path {
                points: vec![*from, *to],
                closed: false,
                fill: None,
                stroke: Some(Stroke {
                    width: (4.0 * u).max(1.5),
                    color: CURVE,
                    dash: None,
                }),
                role: Role::Decoration,
            }),
        }
        out.push(text_at(&item.text, Anchor::Start, INK, Role::Decoration));
    }
    out
}

/// The ring: solid from the first moment to the last, dashed where the cycle closes.
fn ring(layout: &Layout, out: &mut Vec<Shape>) {
    let c = layout.center;
    let r = layout.radius;
    let solid = Stroke {
        width: layout.ring_width,
        color: RING,
        dash: None,
    };
    let n = layout.nodes.len();
    if n < 2 {
        out.push(Shape::Circle {
            center: c,
            radius: r,
            fill: None,
            stroke: Some(solid),
            role: Role::Ring,
        });
        return;
    }
    let first = layout.nodes[0].angle;
    let last = layout.nodes[n - 1].angle;
    let span = crate::arrange::clockwise(first, last);
    let span = if span == 0.0 { 360.0 } else { span };
    out.push(Shape::Path {
        points: arc(c, r, first, span),
        closed: false,
        fill: None,
        stroke: Some(solid),
        role: Role::Ring,
    });
    let closing = 360.0 - span;
    if closing > 0.0 {
        let dashed = Stroke {
            width: layout.ring_width * 0.7,
            color: RING,
            dash: Some(layout.ring_width * 2.5),
        };
        out.push(Shape::Path {
            points: arc(c, r, last, closing),
            closed: false,
            fill: None,
            stroke: Some(dashed),
            role: Role::Ring,
        });
    }
}

/// Points along an arc, one every two degrees or so.
fn arc(c: Point, r: f32, from: f64, span: f64) -> Vec<Point> {
    let steps = ((span / 2.0).ceil() as usize).max(1);
    (0..=steps)
        .map(|s| polar(c, r, from + span * s as f64 / steps as f64))
        .collect()
}

fn node_shapes(
    out: &mut Vec<Shape>,
    center: Point,
    radius: f32,
    critical: bool,
    u: f32,
    role: Role,
) {
    if critical {
        out.push(Shape::Circle {
            center,
            radius,
            fill: Some(CRITICAL),
            stroke: Some(Stroke {
                width: (radius * 0.22).max(1.5 * u).max(1.0),
                color: CRITICAL_DARK,
                dash: None,
            }),
            role,
        });
    } else {
        out.push(Shape::Circle {
            center,
            radius,
            fill: Some(NODE_FILL),
            stroke: Some(Stroke {
                width: (radius * 0.12).max(1.0),
                color: NODE,
                dash: None,
            }),
            role,
        });
    }
}

fn badge(out: &mut Vec<Shape>, b: &crate::layout::Badge, role: Role) {
    let (fill, stroke, ink) = match b.kind {
        BadgeKind::Critical => (
            CRITICAL,
            Some(Stroke {
                width: 1.0_f32.max(b.rect.height() * 0.08),
                color: CRITICAL_DARK,
                dash: None,
            }),
            WHITE,
        ),
        BadgeKind::Principle(_) => (
            BADGE,
            Some(Stroke {
                width: 1.0_f32.max(b.rect.height() * 0.05),
                color: NODE,
                dash: None,
            }),
            NODE,
        ),
        BadgeKind::Satisfaction(_) => (SCORE, None, WHITE),
    };
    let corner = match b.kind {
        BadgeKind::Principle(_) => b.rect.height() * 0.25,
        _ => b.rect.height() / 2.0,
    };
    out.push(Shape::Rect {
        rect: b.rect,
        corner,
        fill: Some(fill),
        stroke,
        role,
    });
    out.push(text(&b.text, ink, role));
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
