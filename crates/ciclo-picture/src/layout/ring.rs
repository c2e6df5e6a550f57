//! The ring's line, direction arrows and the Start/End markers.

use super::{Arrow, LINE_HEIGHT, Layout, Marker, Point, TextLine, attach, clockwise, polar};

pub(super) fn arrows(
    center: Point,
    radius: f32,
    node_radius: f32,
    angles: &[f64],
    unit: f32,
) -> Vec<Arrow> {
    let n = angles.len();
    let size = (9.0 * unit).max(3.0);
    let mut out = Vec::new();
    for i in 0..n.saturating_sub(1) {
        let (a0, a1) = (angles[i], angles[i + 1]);
        let span = clockwise(a0, a1);
        let arc_len = f64::from(radius) * span.to_radians();
        if arc_len < f64::from(2.0 * node_radius + 3.0 * size) {
            continue;
        }
        let mid = a0 + span / 2.0;
        let tip_angle = mid + (f64::from(size) / f64::from(radius)).to_degrees();
        let back_angle = mid - (f64::from(size) / f64::from(radius)).to_degrees();
        let tip = polar(center, radius, tip_angle);
        let back_out = polar(center, radius + size * 0.9, back_angle);
        let back_in = polar(center, radius - size * 0.9, back_angle);
        out.push(Arrow {
            points: [tip, back_out, back_in],
        });
    }
    out
}

pub(super) fn markers(
    center: Point,
    radius: f32,
    node_radius: f32,
    angles: &[f64],
    unit: f32,
    start: &str,
    end: &str,
) -> Vec<Marker> {
    let n = angles.len();
    if n == 0 {
        return Vec::new();
    }
    let size = (17.0 * unit).max(6.0);
    let pill = |text: &str, angle: f64, is_start: bool| {
        let mut t = TextLine::new(text.to_owned(), size);
        let w = t.width + size * 1.0;
        let h = size * 1.5;
        let anchor = polar(center, radius - node_radius - 8.0 * unit, angle);
        // Attach inwards: the box sits on the inner side of the ring.
        let rect = attach(anchor, angle + 180.0, w, h);
        t.pos = Point::new(
            rect.min.x + (w - t.width) / 2.0,
            rect.min.y + (h - size * LINE_HEIGHT) / 2.0,
        );
        Marker {
            start: is_start,
            rect,
            text: t,
        }
    };
    let mut first = pill(start, angles[0], true);
    if n == 1 {
        return vec![first];
    }
    let mut last = pill(end, angles[n - 1], false);
    // Start and End sit side by side near the closing gap; keep them apart.
    if first.rect.expand(4.0 * unit).intersects(&last.rect) {
        let dx_first = if first.rect.center().x >= last.rect.center().x {
            1.0
        } else {
            -1.0
        };
        let overlap = (first.rect.width() + last.rect.width()) / 2.0 + 6.0 * unit
            - (first.rect.center().x - last.rect.center().x).abs();
        let shift = overlap / 2.0 * dx_first;
        first.rect = first.rect.translate(shift, 0.0);
        first.text.pos.x += shift;
        last.rect = last.rect.translate(-shift, 0.0);
        last.text.pos.x -= shift;
    }
    vec![first, last]
}

/// The ring's line as it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum RingLine {
    /// Fewer than two moments: the whole circle, solid.
    Circle,
    /// Two moments or more.
    Arcs {
        /// From the first moment clockwise to the last, solid.
        solid: Vec<Point>,
        /// From the last moment back to the first, where the cycle closes: dashed. Empty
        /// when the moments go all the way round.
        closing: Vec<Point>,
    },
}

impl Layout {
    /// The ring: solid from the first moment to the last, dashed where the cycle closes.
    pub fn ring_line(&self) -> RingLine {
        let (Some(first), Some(last)) = (self.nodes.first(), self.nodes.last()) else {
            return RingLine::Circle;
        };
        if self.nodes.len() < 2 {
            return RingLine::Circle;
        }
        let span = clockwise(first.angle, last.angle);
        let span = if span == 0.0 { 360.0 } else { span };
        let closing = 360.0 - span;
        RingLine::Arcs {
            solid: arc(self.center, self.radius, first.angle, span),
            closing: if closing > 0.0 {
                arc(self.center, self.radius, last.angle, closing)
            } else {
                Vec::new()
            },
        }
    }
}

/// Points along an arc, one every two degrees or so.
fn arc(c: Point, r: f32, from: f64, span: f64) -> Vec<Point> {
    let steps = ((span / 2.0).ceil() as usize).max(1);
    (0..=steps)
        .map(|s| polar(c, r, from + span * s as f64 / steps as f64))
        .collect()
}
