//! Placing the ring and the moments' labels so that nothing collides.

use super::*;

/// Places the ring and labels in `area`. Of the placements where every label fits
/// without collisions, takes the one that best balances large text against a large ring
/// (text size counts double). Failing that, the one with the fewest collisions: its
/// colliding labels are dropped later. Returns the placement and its quality (higher is
/// better; colliding placements score below every clean one).
pub(super) fn search(
    doc: &Document,
    angles: &[f64],
    area: Rect,
    legend: Rect,
    unit: f32,
    labels: &LabelCache,
) -> (f32, Placement) {
    let n = doc.moments.len();
    let center = area.center();
    let r_max = (area.width().min(area.height()) / 2.0).max(4.0);
    let mut tried: Vec<(f32, Placement)> = Vec::new();
    'scales: for (k, &scale) in SCALES.iter().enumerate() {
        for stagger in [false, true] {
            if stagger && n < 12 {
                continue;
            }
            let p = place(
                angles,
                center,
                r_max,
                area,
                legend,
                labels.at(k),
                k,
                unit,
                stagger,
            );
            // A clean placement at full size with a ring near its largest cannot be
            // beaten: stop there.
            let unbeatable = p.collisions == 0 && scale == 1.0 && p.radius >= 0.75 * r_max;
            tried.push((scale, p));
            if unbeatable {
                break 'scales;
            }
        }
    }
    let quality = |(scale, p): &(f32, Placement)| {
        if p.collisions == 0 {
            scale * scale * p.radius
        } else {
            -(p.collisions as f32)
        }
    };
    let best = (0..tried.len())
        .max_by(|&a, &b| quality(&tried[a]).total_cmp(&quality(&tried[b])))
        .unwrap_or(0);
    match tried.into_iter().nth(best) {
        Some(t) => (quality(&t), t.1),
        None => (
            f32::MIN,
            place(
                angles,
                center,
                r_max,
                area,
                legend,
                labels.at(0),
                0,
                unit,
                false,
            ),
        ),
    }
}

/// The text sizes the search tries, as fractions of the full label size.
pub(super) const SCALES: [f32; 8] = [1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.48, 0.42];

/// Every moment's label measured at each of [`SCALES`], each size on first use. The
/// search tries each size with and without staggering and with two legend positions;
/// measuring (wrapping) the names once per size keeps that cheap.
pub(super) struct LabelCache<'a> {
    doc: &'a Document,
    angles: &'a [f64],
    unit: f32,
    lang: Lang,
    by_scale: [std::cell::OnceCell<Vec<Measured>>; 8],
}

impl<'a> LabelCache<'a> {
    pub(super) fn new(doc: &'a Document, angles: &'a [f64], unit: f32, lang: Lang) -> Self {
        LabelCache {
            doc,
            angles,
            unit,
            lang,
            by_scale: Default::default(),
        }
    }

    /// The labels at scale number `k`.
    pub(super) fn at(&self, k: usize) -> &[Measured] {
        let k = k.min(SCALES.len() - 1);
        self.by_scale[k].get_or_init(|| {
            let font = 26.0 * self.unit * SCALES[k];
            let max_w = 12.5 * font;
            self.doc
                .moments
                .iter()
                .zip(self.angles)
                .map(|(m, &a)| measure_label(m, font, max_w, self.lang, label_align(a)))
                .collect()
        })
    }
}

/// One attempt at placing the ring and labels.
pub(super) struct Placement {
    pub(super) radius: f32,
    pub(super) node_radius: f32,
    /// Which of [`SCALES`] the labels use.
    pub(super) scale: usize,
    /// Every label's box, in sequence order.
    pub(super) rects: Vec<Rect>,
    /// Filled in by [`build_nodes`] for the placement that is kept.
    pub(super) nodes: Vec<NodeLayout>,
    pub(super) collisions: usize,
}

/// A label measured but not yet placed: its size and its content relative to its top-left.
#[derive(Clone)]
pub(super) struct Measured {
    pub(super) w: f32,
    pub(super) h: f32,
    pub(super) lines: Vec<TextLine>,
    pub(super) badges: Vec<Badge>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn place(
    angles: &[f64],
    center: Point,
    r_max: f32,
    area: Rect,
    legend: Rect,
    measured: &[Measured],
    scale: usize,
    unit: f32,
    stagger: bool,
) -> Placement {
    let n = angles.len();
    let gap = 10.0 * unit;
    let tallest = measured.iter().map(|m| m.h).fold(0.0, f32::max);
    let node_radius_for = |r: f32| {
        let spacing = if n > 1 {
            r * (std::f32::consts::PI / n as f32).sin()
        } else {
            r
        };
        (22.0 * unit).min(spacing * 0.8).max(2.0)
    };
    let offsets: Vec<f32> = (0..n)
        .map(|i| {
            if stagger && i % 2 == 1 {
                tallest * 0.9
            } else {
                0.0
            }
        })
        .collect();
    // Sines and cosines once, not once per try of the radius.
    let dirs: Vec<(f32, f32)> = angles.iter().map(|&a| direction(a)).collect();
    let rect_at = |r: f32, nr: f32, i: usize| {
        let (dx, dy) = dirs[i];
        let d = r + nr + gap + offsets[i];
        let anchor = Point::new(center.x + d * dx, center.y + d * dy);
        attach_dir(anchor, dirs[i], measured[i].w, measured[i].h)
    };
    let rects_at = |r: f32| -> Vec<Rect> {
        let nr = node_radius_for(r);
        (0..n).map(|i| rect_at(r, nr, i)).collect()
    };
    // The largest ring whose labels all stay inside the area.
    let fits = |r: f32| {
        let nr = node_radius_for(r);
        (0..n).all(|i| area.contains_rect(&rect_at(r, nr, i)))
    };
    let r_min = r_max * 0.25;
    let mut radius = r_max - node_radius_for(r_max);
    if !fits(radius) {
        let (mut lo, mut hi) = (r_min, radius);
        for _ in 0..24 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        radius = lo;
    }
    let node_radius = node_radius_for(radius);
    let rects = rects_at(radius);
    let centers: Vec<Point> = dirs
        .iter()
        .map(|&(dx, dy)| Point::new(center.x + radius * dx, center.y + radius * dy))
        .collect();

    let mut collisions = rects
        .iter()
        .filter(|rc| !area.contains_rect(rc) || rc.intersects(&legend))
        .count();
    collisions += collisions_among(&rects, &centers, node_radius + 2.0 * unit, 2.0 * unit);

    Placement {
        radius,
        node_radius,
        scale,
        rects,
        nodes: Vec::new(),
        collisions,
    }
}

/// The nodes of the placement that is kept: centres, numbers and placed labels.
pub(super) fn build_nodes(
    doc: &Document,
    angles: &[f64],
    center: Point,
    p: &Placement,
    measured: &[Measured],
    unit: f32,
) -> Vec<NodeLayout> {
    let node_radius = p.node_radius;
    let number_size = node_radius * 0.95;
    measured
        .iter()
        .zip(&p.rects)
        .enumerate()
        .map(|(i, (m, rect))| {
            let c = polar(center, p.radius, angles[i]);
            let number = (node_radius >= 9.0 * unit.max(0.5)).then(|| {
                let size = if i + 1 >= 100 {
                    number_size * 0.7
                } else {
                    number_size
                };
                let mut t = TextLine::new((i + 1).to_string(), size);
                t.pos = Point::new(c.x - t.width / 2.0, c.y - size * LINE_HEIGHT / 2.0);
                t
            });
            NodeLayout {
                id: doc.moments[i].id,
                angle: angles[i],
                center: c,
                critical: doc.moments[i].critical,
                number,
                label: Some(m.clone().place(*rect)),
            }
        })
        .collect()
}

/// How a label's lines align: 0 left, 0.5 centred, 1 right, by the side of the ring.
pub(super) fn label_align(angle: f64) -> f32 {
    let (dx, _) = direction(angle);
    if dx > 0.3 {
        0.0
    } else if dx < -0.3 {
        1.0
    } else {
        0.5
    }
}

/// The box of a `w`×`h` label whose nearest corner or edge touches `anchor`, on the outer
/// side of the ring at `angle`.
pub(super) fn attach(anchor: Point, angle: f64, w: f32, h: f32) -> Rect {
    attach_dir(anchor, direction(angle), w, h)
}

/// [`attach`] with the direction's unit vector already computed.
pub(super) fn attach_dir(anchor: Point, (dx, dy): (f32, f32), w: f32, h: f32) -> Rect {
    let cx = anchor.x + w / 2.0 * (dx * 2.5).clamp(-1.0, 1.0);
    let cy = anchor.y + h / 2.0 * (dy * 2.5).clamp(-1.0, 1.0);
    Rect::from_center_size(Point::new(cx, cy), w, h)
}

pub(super) fn measure_label(
    m: &crate::model::Moment,
    font: f32,
    max_w: f32,
    lang: Lang,
    align: f32,
) -> Measured {
    let lines: Vec<TextLine> = text::wrap(&m.name, font, max_w, 3)
        .into_iter()
        .map(|t| TextLine::new(t, font))
        .collect();
    let line_h = font * LINE_HEIGHT;
    let badge_size = font * 1.05;
    let badge_font = font * 0.74;
    let mut badges = Vec::new();
    let mut kinds: Vec<BadgeKind> = Vec::new();
    if m.critical {
        kinds.push(BadgeKind::Critical);
    }
    kinds.extend(m.principles.iter().map(|&p| BadgeKind::Principle(p)));
    if let Some(s) = m.satisfaction {
        kinds.push(BadgeKind::Satisfaction(s));
    }
    let mut x = 0.0;
    let row_y = lines.len() as f32 * line_h + font * 0.15;
    for kind in kinds {
        let badge = make_badge(kind, lang, Point::new(x, row_y), badge_size, badge_font);
        x = badge.rect.max.x + badge_size * 0.22;
        badges.push(badge);
    }
    let row_w = if badges.is_empty() {
        0.0
    } else {
        x - badge_size * 0.22
    };
    let text_w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
    let w = text_w.max(row_w).max(1.0);
    let h = lines.len() as f32 * line_h
        + if badges.is_empty() {
            0.0
        } else {
            font * 0.15 + badge_size
        };
    let mut lines = lines;
    for (i, l) in lines.iter_mut().enumerate() {
        l.pos = Point::new((w - l.width) * align, i as f32 * line_h);
    }
    let shift = (w - row_w) * align;
    for b in &mut badges {
        b.rect = b.rect.translate(shift, 0.0);
        b.text.pos.x += shift;
    }
    Measured {
        w,
        h: h.max(1.0),
        lines,
        badges,
    }
}

impl Measured {
    fn place(self, rect: Rect) -> Label {
        let (dx, dy) = (rect.min.x, rect.min.y);
        Label {
            rect,
            lines: self
                .lines
                .into_iter()
                .map(|l| TextLine {
                    pos: Point::new(l.pos.x + dx, l.pos.y + dy),
                    ..l
                })
                .collect(),
            badges: self
                .badges
                .into_iter()
                .map(|b| Badge {
                    rect: b.rect.translate(dx, dy),
                    text: TextLine {
                        pos: Point::new(b.text.pos.x + dx, b.text.pos.y + dy),
                        ..b.text
                    },
                    kind: b.kind,
                })
                .collect(),
        }
    }
}

/// A badge with its top-left corner at `at`.
pub(super) fn make_badge(kind: BadgeKind, lang: Lang, at: Point, size: f32, font: f32) -> Badge {
    let label = match kind {
        BadgeKind::Critical => "!".to_owned(),
        BadgeKind::Principle(p) => p.badge(lang).to_string(),
        BadgeKind::Satisfaction(s) => format!("{s}/5"),
    };
    let mut text = TextLine::new(label, font);
    let w = match kind {
        BadgeKind::Satisfaction(_) => text.width + size * 0.7,
        _ => size,
    };
    let rect = Rect::from_min_size(at, w, size);
    text.pos = Point::new(
        at.x + (w - text.width) / 2.0,
        at.y + (size - font * LINE_HEIGHT) / 2.0,
    );
    Badge { rect, kind, text }
}

/// Drops labels, greedily, until none collides; returns how many were dropped.
pub(super) fn drop_colliding_labels(p: &mut Placement, area: Rect, legend: Rect) -> usize {
    if p.collisions == 0 {
        return 0;
    }
    let centers: Vec<Point> = p.nodes.iter().map(|n| n.center).collect();
    let nr = p.node_radius;
    let mut kept: Vec<Rect> = Vec::new();
    let mut dropped = 0;
    for node in &mut p.nodes {
        let Some(label) = &node.label else { continue };
        let rc = label.rect;
        let bad = !area.contains_rect(&rc)
            || rc.intersects(&legend)
            || kept.iter().any(|k| k.expand(1.0).intersects(&rc))
            || centers.iter().any(|&c| rc.touches_circle(c, nr + 1.0));
        if bad {
            node.label = None;
            dropped += 1;
        } else {
            kept.push(rc);
        }
    }
    dropped
}

/// How many label boxes touch a node (within `node_reach` of its centre) plus how many
/// pairs of label boxes come closer than `pad`. A sweep along x keeps this near-linear,
/// which matters for cycles with hundreds of moments.
pub(super) fn collisions_among(
    rects: &[Rect],
    centers: &[Point],
    node_reach: f32,
    pad: f32,
) -> usize {
    let mut by_x: Vec<usize> = (0..rects.len()).collect();
    by_x.sort_by(|&a, &b| rects[a].min.x.total_cmp(&rects[b].min.x));
    let mut count = 0;
    for (k, &i) in by_x.iter().enumerate() {
        let a = rects[i].expand(pad);
        for &j in &by_x[k + 1..] {
            if rects[j].min.x >= a.max.x {
                break;
            }
            if a.intersects(&rects[j]) {
                count += 1;
            }
        }
    }
    let mut xs: Vec<Point> = centers.to_vec();
    xs.sort_by(|a, b| a.x.total_cmp(&b.x));
    for rc in rects {
        let from = xs.partition_point(|c| c.x < rc.min.x - node_reach);
        if xs[from..]
            .iter()
            .take_while(|c| c.x <= rc.max.x + node_reach)
            .any(|&c| rc.touches_circle(c, node_reach))
        {
            count += 1;
        }
    }
    count
}
