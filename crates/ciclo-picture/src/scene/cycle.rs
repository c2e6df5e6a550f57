//! The shapes of a cycle's picture, from its layout: header, curve, ring, nodes and
//! labels, legend. Only colours and stroke widths are decided here; every position comes
//! from the [layout](crate::layout).

use super::palette::{
    ARROW, BADGE, CENTRE, CRITICAL, CRITICAL_DARK, CURVE, END, GUIDE, HALO, INK, MUTED, NODE,
    NODE_FILL, RING, SCORE, START, WHITE,
};
use super::{Anchor, Rgba, Role, Shape, Stroke, fade, text, text_at};
use crate::layout::{Badge, BadgeKind, Curve, Layout, LegendSample, NodeLayout, Point, RingLine};

/// The whole picture, back to front.
pub fn scene(layout: &Layout) -> Vec<Shape> {
    let mut out = Vec::with_capacity(16 + layout.nodes.len() * 8);
    let u = layout.width.min(layout.height) / 1080.0;
    for (t, color) in [(&layout.title, INK), (&layout.subtitle, MUTED)] {
        if let Some(t) = t {
            out.push(text(t, color, Role::Decoration));
        }
    }
    for t in &layout.centre_text {
        out.push(text(t, CENTRE, Role::Decoration));
    }
    if let Some(curve) = &layout.curve {
        curve_shapes(&mut out, layout.center, curve, u);
    }
    ring(&mut out, layout);
    markers(&mut out, layout);
    nodes(&mut out, layout, u);
    legend(&mut out, layout, u);
    out
}

fn stroke(width: f32, color: Rgba) -> Option<Stroke> {
    Some(Stroke {
        width,
        color,
        dash: None,
    })
}

/// The satisfaction curve: its guide circles, the line, the guide numbers, the dots.
fn curve_shapes(out: &mut Vec<Shape>, center: Point, curve: &Curve, u: f32) {
    let guide = Stroke {
        width: (1.2 * u).max(1.0),
        color: GUIDE,
        dash: Some(4.0 * u),
    };
    for r in curve.levels {
        out.push(Shape::Circle {
            center,
            radius: r,
            fill: None,
            stroke: Some(guide),
            role: Role::Curve,
        });
    }
    for piece in &curve.pieces {
        out.push(Shape::Path {
            points: piece.clone(),
            closed: false,
            fill: None,
            stroke: stroke((4.0 * u).max(1.5), CURVE),
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
            stroke: stroke((2.0 * u).max(1.0), WHITE),
            role: Role::Curve,
        });
    }
}

/// The ring's line and its direction arrows.
fn ring(out: &mut Vec<Shape>, layout: &Layout) {
    let solid = stroke(layout.ring_width, RING);
    match layout.ring_line() {
        RingLine::Circle => out.push(Shape::Circle {
            center: layout.center,
            radius: layout.radius,
            fill: None,
            stroke: solid,
            role: Role::Ring,
        }),
        RingLine::Arcs {
            solid: arc,
            closing,
        } => {
            out.push(Shape::Path {
                points: arc,
                closed: false,
                fill: None,
                stroke: solid,
                role: Role::Ring,
            });
            if !closing.is_empty() {
                out.push(Shape::Path {
                    points: closing,
                    closed: false,
                    fill: None,
                    stroke: Some(Stroke {
                        width: layout.ring_width * 0.7,
                        color: RING,
                        dash: Some(layout.ring_width * 2.5),
                    }),
                    role: Role::Ring,
                });
            }
        }
    }
    for arrow in &layout.arrows {
        out.push(Shape::Path {
            points: arrow.points.to_vec(),
            closed: true,
            fill: Some(ARROW),
            stroke: None,
            role: Role::Ring,
        });
    }
}

/// The Start and End pills.
fn markers(out: &mut Vec<Shape>, layout: &Layout) {
    for m in &layout.markers {
        out.push(Shape::Rect {
            rect: m.rect,
            corner: m.rect.height() / 2.0,
            fill: Some(if m.start { START } else { END }),
            stroke: None,
            role: Role::Marker,
        });
        out.push(text(&m.text, WHITE, Role::Marker));
    }
}

/// The halo of the highlighted moment, then every node with its number and label; the
/// moments out of focus washed out.
fn nodes(out: &mut Vec<Shape>, layout: &Layout, u: f32) {
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
        node_shapes(out, node.center, nr, node.critical, u, Role::Node(i));
        if let Some(n) = &node.number {
            let ink = if node.critical { WHITE } else { NODE };
            out.push(text(n, ink, Role::Node(i)));
        }
        label(out, node, u, Role::Label(i));
        if layout.highlight.is_some_and(|h| h != i) {
            for shape in &mut out[first..] {
                fade(shape, 0.28);
            }
        }
    }
}

/// A node's label: its leader line, its lines and its badges.
fn label(out: &mut Vec<Shape>, node: &NodeLayout, u: f32, role: Role) {
    let Some(label) = &node.label else {
        return;
    };
    let color = if node.critical { CRITICAL_DARK } else { INK };
    let anchor = Anchor::for_label(label.rect, node.center);
    if label.leader.len() > 1 {
        out.push(Shape::Path {
            points: label.leader.clone(),
            closed: false,
            fill: None,
            stroke: stroke(
                (1.3 * u).max(1.0),
                if node.critical { CRITICAL } else { RING },
            ),
            role,
        });
    }
    for line in &label.lines {
        out.push(text_at(line, anchor, color, role));
    }
    for b in &label.badges {
        badge(out, b, role);
    }
}

/// Each legend entry: its sample and its meaning.
fn legend(out: &mut Vec<Shape>, layout: &Layout, u: f32) {
    for item in &layout.legend {
        match &item.sample {
            LegendSample::Node {
                center,
                radius,
                critical,
                mark,
            } => {
                node_shapes(out, *center, *radius, *critical, u * 0.6, Role::Decoration);
                if let Some(mark) = mark {
                    out.push(text(mark, WHITE, Role::Decoration));
                }
            }
            LegendSample::Badge(b) => badge(out, b, Role::Decoration),
            LegendSample::Line { from, to } => out.push(Shape::Path {
                points: vec![*from, *to],
                closed: false,
                fill: None,
                stroke: stroke((4.0 * u).max(1.5), CURVE),
                role: Role::Decoration,
            }),
        }
        out.push(text_at(&item.text, Anchor::Start, INK, Role::Decoration));
    }
}

fn node_shapes(
    out: &mut Vec<Shape>,
    center: Point,
    radius: f32,
    critical: bool,
    u: f32,
    role: Role,
) {
    let (fill, edge, width) = if critical {
        (
            CRITICAL,
            CRITICAL_DARK,
            (radius * 0.22).max(1.5 * u).max(1.0),
        )
    } else {
        (NODE_FILL, NODE, (radius * 0.12).max(1.0))
    };
    out.push(Shape::Circle {
        center,
        radius,
        fill: Some(fill),
        stroke: stroke(width, edge),
        role,
    });
}

fn badge(out: &mut Vec<Shape>, b: &Badge, role: Role) {
    let h = b.rect.height();
    let (fill, edge, ink, corner) = match b.kind {
        BadgeKind::Critical => (
            CRITICAL,
            stroke(1.0_f32.max(h * 0.08), CRITICAL_DARK),
            WHITE,
            h / 2.0,
        ),
        BadgeKind::Principle(_) => (BADGE, stroke(1.0_f32.max(h * 0.05), NODE), NODE, h * 0.25),
        BadgeKind::Satisfaction(_) => (SCORE, None, WHITE, h / 2.0),
    };
    out.push(Shape::Rect {
        rect: b.rect,
        corner,
        fill: Some(fill),
        stroke: edge,
        role,
    });
    out.push(text(&b.text, ink, role));
}
