//! The picture's page around the cycle: the title and organisation above it, the words in the
//! ring's centre, and the vertical centring of square and tall pictures.

use super::{Document, LINE_HEIGHT, Layout, Marker, Point, Rect, TextLine, text};

/// The title and organisation lines, centred at the top of a picture `w` wide; and the
/// top of the space left below them.
pub(super) fn header(
    doc: &Document,
    w: f32,
    margin: f32,
    unit: f32,
) -> (Option<TextLine>, Option<TextLine>, f32) {
    let mut top = margin;
    let mut centred = |text: &str, size: f32| {
        let text = text.trim();
        (!text.is_empty()).then(|| {
            let line = fit_line(text, size * unit, w - 2.0 * margin);
            let line = TextLine {
                pos: Point::new((w - line.width) / 2.0, top),
                ..line
            };
            top += line.rect().height();
            line
        })
    };
    let title = centred(&doc.title, 50.0);
    let subtitle = centred(&doc.organization, 27.0);
    if title.is_some() || subtitle.is_some() {
        top += 12.0 * unit;
    }
    (title, subtitle, top)
}

/// `centre` ("Customer satisfaction") in the ring's centre, inside a circle of radius
/// `inner` around `center`: as large as fits, without cutting a word in two; nothing when
/// it does not fit or would touch a marker.
pub(super) fn centre_text(
    centre: &str,
    center: Point,
    inner: f32,
    markers: &[Marker],
    unit: f32,
) -> Vec<TextLine> {
    // As large as fits, without cutting a word in two.
    let mut size = (30.0 * unit).min(inner / 4.0).max(6.0);
    let longest_word = |size: f32| {
        centre
            .split_whitespace()
            .map(|w| text::width(w, size))
            .fold(0.0, f32::max)
    };
    while longest_word(size) > inner * 1.4 && size > 6.0 {
        size *= 0.92;
    }
    let mut centre_text: Vec<TextLine> = text::wrap(centre, size, inner * 1.4, 2)
        .into_iter()
        .map(|t| TextLine::new(t, size))
        .collect();
    let block_h = centre_text.len() as f32 * size * LINE_HEIGHT;
    for (i, line) in centre_text.iter_mut().enumerate() {
        line.pos = Point::new(
            center.x - line.width / 2.0,
            center.y - block_h / 2.0 + i as f32 * size * LINE_HEIGHT,
        );
    }
    let inside_ring = |r: &Rect| {
        [
            r.min,
            r.max,
            Point::new(r.min.x, r.max.y),
            Point::new(r.max.x, r.min.y),
        ]
        .iter()
        .all(|p| p.distance(center) < inner)
    };
    if inner < 24.0 * unit
        || !centre_text.iter().all(|l| inside_ring(&l.rect()))
        || markers
            .iter()
            .any(|m| centre_text.iter().any(|l| l.rect().intersects(&m.rect)))
    {
        centre_text.clear();
    }
    centre_text
}

impl Layout {
    /// The box around the ring, its nodes and labels.
    pub fn cycle_bounds(&self) -> Rect {
        let r = self.radius + self.node_radius;
        let mut b = Rect::from_center_size(self.center, 2.0 * r, 2.0 * r);
        for (_, l) in self.label_rects() {
            b = Rect {
                min: Point::new(b.min.x.min(l.min.x), b.min.y.min(l.min.y)),
                max: Point::new(b.max.x.max(l.max.x), b.max.y.max(l.max.y)),
            };
        }
        b
    }

    /// In square and tall pictures the ring is limited by the width; rather than leave
    /// the spare height empty between it and the legend, centre the cycle and the legend
    /// together below the title.
    pub(super) fn centre_vertically(&mut self, top: f32, bottom: f32, gap: f32) {
        let cycle = self.cycle_bounds();
        let legend_h = if self.legend.is_empty() {
            0.0
        } else {
            self.legend_rect.height() + gap
        };
        let block = cycle.height() + legend_h;
        let new_top = top + ((bottom - top) - block).max(0.0) / 2.0;
        let dy = new_top - cycle.min.y;
        if dy.abs() < 0.5 {
            return;
        }
        self.center.y += dy;
        for n in &mut self.nodes {
            n.center.y += dy;
            if let Some(t) = &mut n.number {
                t.pos.y += dy;
            }
            if let Some(l) = &mut n.label {
                l.rect = l.rect.translate(0.0, dy);
                l.lines.iter_mut().for_each(|t| t.pos.y += dy);
                l.leader.iter_mut().for_each(|p| p.y += dy);
                for b in &mut l.badges {
                    b.rect = b.rect.translate(0.0, dy);
                    b.text.pos.y += dy;
                }
            }
        }
        for a in &mut self.arrows {
            a.points.iter_mut().for_each(|p| p.y += dy);
        }
        for m in &mut self.markers {
            m.rect = m.rect.translate(0.0, dy);
            m.text.pos.y += dy;
        }
        self.centre_text.iter_mut().for_each(|t| t.pos.y += dy);
        // The legend follows right below the cycle.
        let ldy = (new_top + cycle.height() + gap) - self.legend_rect.min.y;
        if ldy < 0.0 {
            self.legend_rect = self.legend_rect.translate(0.0, ldy);
            for item in &mut self.legend {
                item.text.pos.y += ldy;
                item.sample = item.sample.clone().translated(0.0, ldy);
            }
        }
    }
}

/// A single line shrunk (then ellipsised) to fit `max_width`.
pub(super) fn fit_line(text: &str, size: f32, max_width: f32) -> TextLine {
    let mut size = size;
    while text::width(text, size) > max_width && size > 10.0 {
        size *= 0.9;
    }
    let lines = text::wrap(text, size, max_width, 1);
    TextLine::new(lines.into_iter().next().unwrap_or_default(), size)
}
