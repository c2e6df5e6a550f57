//! Placing the ring and the moments' labels so that nothing collides: the search over
//! text sizes and label styles, labels beside their nodes (radial), and the nodes of the
//! placement that is kept.

use super::{
    Document, Frame, LINE_HEIGHT, LabelCache, Measured, NodeLayout, Point, Rect, SCALES, Style,
    TextLine, collisions_among, direction, keep_clear, place_columns, polar, right_side,
};

/// Places the ring and labels in `area`. Tries text sizes from the largest down and, at
/// each, labels beside their nodes, then in side columns with one, two or three lines.
/// The first size at which some placement is clean (no collision, no name cut short)
/// gives the candidates; when those need side columns, slightly smaller text beside the
/// nodes (never under 16 px at 1080p) competes too. Of the candidates, the one that best
/// balances large text against a large ring wins (text counts double; labels beside
/// their nodes preferred). When none is clean, side columns at the smallest size keep as many labels
/// as fit and drop the rest, counted. Returns the placement and its quality (higher is
/// better; placements that drop labels score below every clean one).
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
    let dirs: Vec<(f32, f32)> = angles.iter().map(|&a| direction(a)).collect();
    let critical: Vec<bool> = doc.moments.iter().map(|m| m.critical).collect();
    let frame = |k: usize| Frame {
        angles,
        dirs: &dirs,
        center,
        r_max,
        area,
        legend,
        unit,
        font: labels.font(k),
    };
    let quality = |p: &Placement| quality(p, labels, unit);
    let right = angles.iter().filter(|&&a| right_side(a)).count();
    let per_side = right.max(n - right) as f32;
    let mut best: Option<Placement> = None;
    for k in 0..SCALES.len() {
        let f = frame(k);
        // Once some size is clean, smaller sizes are tried only for labels beside their
        // nodes (a larger ring, no leader lines) and only down to 16 px at 1080p.
        let settled = best.is_some();
        if settled && labels.font(k) < 16.0 * unit {
            break;
        }
        for style in Style::ALL {
            if settled && style != Style::Radial {
                continue;
            }
            // Every label is at least a line tall: a side that cannot stack that many
            // lines cannot be clean, and measuring it would cost more than the answer.
            if style != Style::Radial && per_side * labels.font(k) * LINE_HEIGHT > area.height() {
                continue;
            }
            // Past RADIAL_MAX labels never sit beside their nodes: measuring them for it
            // would only fill memory (every size's measures are kept for reuse).
            if style == Style::Radial && n > RADIAL_MAX {
                continue;
            }
            let measured = labels.at(k, style);
            for p in tries(&f, measured, &critical, k, style) {
                if best.as_ref().is_none_or(|b| quality(&p) > quality(b)) {
                    best = Some(p);
                }
            }
            // Large text beside a near-full ring cannot be beaten.
            if best
                .as_ref()
                .is_some_and(|b| b.style == Style::Radial && b.radius >= 0.75 * r_max)
            {
                break;
            }
        }
        if best.as_ref().is_some_and(|b| b.style == Style::Radial) {
            break;
        }
    }
    if let Some(p) = best {
        return (1.0 + quality(&p), p);
    }
    let k = SCALES.len() - 1;
    let p = place_columns(
        &frame(k),
        labels.at(k, Style::Column1),
        &critical,
        k,
        Style::Column1,
        true,
    );
    (-(p.dropped as f32) - 1.0, p)
}

/// How good a placement is: text of 16 px at 1080p, then 12 px, outranks any ring size (a
/// projector needs it); then large text and a large ring, labels beside their nodes
/// preferred.
fn quality(p: &Placement, labels: &LabelCache, unit: f32) -> f32 {
    let s = SCALES[p.scale];
    let style = if p.style == Style::Radial { 1.0 } else { 0.8 };
    let px = labels.font(p.scale) / unit.max(1e-3);
    let tier = if px >= 15.99 {
        2.0
    } else if px >= 11.99 {
        1.0
    } else {
        0.0
    };
    tier * 1.0e7 + s * s * p.radius * style
}

/// The clean placements of labels of size `k` in `style`: beside the nodes (also with
/// alternate labels pushed out, from 12 moments), or in side columns.
fn tries(
    f: &Frame,
    measured: &[Measured],
    critical: &[bool],
    k: usize,
    style: Style,
) -> Vec<Placement> {
    let mut t = match style {
        Style::Radial => vec![place(f, measured, k, false)],
        _ => vec![place_columns(f, measured, critical, k, style, false)],
    };
    if style == Style::Radial && measured.len() >= 12 {
        t.push(place(f, measured, k, true));
    }
    t.retain(Placement::clean);
    t
}

/// The largest ring radius in `[r_min, r_max]` for which `fits` holds, found by bisection
/// (`r_max` itself when it fits; `r_min` when nothing does).
pub(super) fn largest_fitting(r_min: f32, r_max: f32, fits: impl Fn(f32) -> bool) -> f32 {
    if fits(r_max) {
        return r_max;
    }
    let (mut lo, mut hi) = (r_min, r_max);
    for _ in 0..18 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// How much wider than the bundled font another computer's font may draw a label.
const WIDER_FONT: f32 = 0.2;

/// The room a label beside its node takes when a font [`WIDER_FONT`] wider draws it: the
/// text grows away from the side the SVG anchors it on (`end` left of the node, `start`
/// right of it, `middle` above or below).
pub(super) fn wider_font_room(rc: &Rect, node_x: f32) -> Rect {
    let extra = rc.width() * WIDER_FONT;
    let mut grown = *rc;
    if rc.max.x <= node_x {
        grown.min.x -= extra;
    } else if rc.min.x >= node_x {
        grown.max.x += extra;
    } else {
        grown.min.x -= extra / 2.0;
        grown.max.x += extra / 2.0;
    }
    grown
}

/// Beyond this many moments labels never sit beside their nodes: columns hold more.
const RADIAL_MAX: usize = 60;

/// The radius of every node on a ring of radius `r` with `n` moments and labels in
/// `font`: in proportion to the text, never wider than the room between neighbours, and
/// large enough for its number whenever that room allows.
pub(super) fn node_radius(r: f32, n: usize, font: f32, unit: f32) -> f32 {
    let spacing = if n > 1 {
        r * (std::f32::consts::PI / n as f32).sin()
    } else {
        r
    };
    (0.85 * font)
        .max(9.0 * unit)
        .min(22.0 * unit)
        .min(spacing * 0.8)
        .max(2.0)
}

/// One attempt at placing the ring and labels.
pub(super) struct Placement {
    pub(super) radius: f32,
    pub(super) node_radius: f32,
    /// Which of [`SCALES`] the labels use.
    pub(super) scale: usize,
    /// How they are shaped.
    pub(super) style: Style,
    /// Every label's box, in sequence order; `None` for a label left out.
    pub(super) rects: Vec<Option<Rect>>,
    /// Every label's leader line (empty for none).
    pub(super) leaders: Vec<Vec<Point>>,
    pub(super) collisions: usize,
    /// Names cut short with an ellipsis.
    pub(super) truncated: usize,
    /// Labels left out for lack of room.
    pub(super) dropped: usize,
}

impl Placement {
    /// A placement that cannot work, with `collisions` as its measure of failure.
    pub(super) fn failed(f: &Frame, scale: usize, style: Style, collisions: usize) -> Placement {
        Placement {
            radius: f.r_max * 0.2,
            node_radius: 2.0,
            scale,
            style,
            rects: Vec::new(),
            leaders: Vec::new(),
            collisions: collisions.max(1),
            truncated: 0,
            dropped: 0,
        }
    }

    /// True when every label is shown, whole, and nothing collides.
    fn clean(&self) -> bool {
        self.collisions == 0 && self.truncated == 0 && self.dropped == 0
    }
}

/// Labels beside their nodes, on the outer side of the ring; with `stagger`, every other
/// label further out.
pub(super) fn place(f: &Frame, measured: &[Measured], scale: usize, stagger: bool) -> Placement {
    let n = f.angles.len();
    let (center, area, dirs, unit) = (f.center, f.area, f.dirs, f.unit);
    let gap = 10.0 * unit;
    let tallest = measured.iter().map(|m| m.h).fold(0.0, f32::max);
    let offsets: Vec<f32> = (0..n)
        .map(|i| {
            if stagger && i % 2 == 1 {
                tallest * 0.9
            } else {
                0.0
            }
        })
        .collect();
    let rect_at = |r: f32, nr: f32, i: usize| {
        let (dx, dy) = dirs[i];
        let d = r + nr + gap + offsets[i];
        let anchor = Point::new(center.x + d * dx, center.y + d * dy);
        attach_dir(anchor, dirs[i], measured[i].w, measured[i].h)
    };
    // The largest ring whose labels all stay inside the area, even drawn in a font up to
    // a fifth wider than the bundled one (the SVG anchors each label at its node's side).
    let node_x = |r: f32, i: usize| center.x + r * dirs[i].0;
    let fits = |r: f32| {
        let nr = node_radius(r, n, f.font, unit);
        (0..n).all(|i| area.contains_rect(&wider_font_room(&rect_at(r, nr, i), node_x(r, i))))
    };
    let r_min = f.r_max * 0.25;
    let radius = largest_fitting(r_min, f.r_max - node_radius(f.r_max, n, f.font, unit), fits);
    let node_radius = node_radius(radius, n, f.font, unit);
    let rects: Vec<Rect> = (0..n).map(|i| rect_at(radius, node_radius, i)).collect();
    let centers: Vec<Point> = dirs
        .iter()
        .map(|&(dx, dy)| Point::new(center.x + radius * dx, center.y + radius * dy))
        .collect();
    let mut collisions = rects
        .iter()
        .enumerate()
        .filter(|(i, rc)| {
            !area.contains_rect(&wider_font_room(rc, node_x(radius, *i)))
                || rc.intersects(&f.legend)
        })
        .count();
    collisions += collisions_among(&rects, &centers, node_radius + 2.0 * unit, 2.0 * unit);
    let leaders = radial_leaders(&rects, &centers, node_radius, f.angles, center);
    Placement {
        radius,
        node_radius,
        scale,
        style: Style::Radial,
        rects: rects.into_iter().map(Some).collect(),
        leaders,
        collisions,
        truncated: measured.iter().filter(|m| m.truncated).count(),
        dropped: 0,
    }
}

/// Leaders for the labels beside their nodes that sit nearer another node than their own
/// (staggered labels in a crowded ring), so that no reader pins a name on the wrong node.
fn radial_leaders(
    rects: &[Rect],
    centers: &[Point],
    nr: f32,
    angles: &[f64],
    center: Point,
) -> Vec<Vec<Point>> {
    let n = rects.len();
    (0..n)
        .map(|i| {
            let own = rect_distance(&rects[i], centers[i]);
            // Labels sit beside their nodes; only nodes a few places away can be nearer.
            let nearer = (1..=n.min(8)).any(|d| {
                [(i + d) % n, (i + n - d % n) % n]
                    .iter()
                    .any(|&j| j != i && rect_distance(&rects[i], centers[j]) < own)
            });
            if !nearer {
                return Vec::new();
            }
            let from = polar(center, center.distance(centers[i]) + nr, angles[i]);
            let to = closest_point(&rects[i], from);
            vec![from, to]
        })
        .collect()
}

/// The distance from `p` to the nearest point of `r` (0 inside).
pub(super) fn rect_distance(r: &Rect, p: Point) -> f32 {
    closest_point(r, p).distance(p)
}

fn closest_point(r: &Rect, p: Point) -> Point {
    Point::new(p.x.clamp(r.min.x, r.max.x), p.y.clamp(r.min.y, r.max.y))
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
    (0..doc.moments.len())
        .map(|i| {
            let c = polar(center, p.radius, angles[i]);
            let label = p.rects.get(i).copied().flatten().map(|rect| {
                let leader = p.leaders.get(i).cloned().unwrap_or_default();
                measured[i].place(rect, leader)
            });
            NodeLayout {
                id: doc.moments[i].id,
                angle: angles[i],
                center: c,
                critical: doc.moments[i].critical,
                number: node_number(i, c, p.node_radius, unit),
                label,
            }
        })
        .collect()
}

/// Moment `i`'s number, centred in its node, when the node is large enough to read it.
pub(super) fn node_number(i: usize, c: Point, node_radius: f32, unit: f32) -> Option<TextLine> {
    (node_radius >= 7.0 * unit.max(0.5)).then(|| {
        let size = node_radius * if i + 1 >= 100 { 0.66 } else { 0.95 };
        let mut t = TextLine::new((i + 1).to_string(), size);
        t.pos = Point::new(c.x - t.width / 2.0, c.y - size * LINE_HEIGHT / 2.0);
        t
    })
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

/// Drops, greedily, every label that collides with a kept one, a node or the legend, or
/// leaves the area (critical moments are kept first); returns how many labels are missing
/// in all, counting those the placement already left out.
pub(super) fn drop_colliding_labels(
    nodes: &mut [NodeLayout],
    nr: f32,
    area: Rect,
    legend: Rect,
) -> usize {
    let rects: Vec<Option<Rect>> = nodes
        .iter()
        .map(|n| {
            n.label
                .as_ref()
                .map(|l| l.rect)
                .filter(|rc| area.contains_rect(rc) && !rc.intersects(&legend))
        })
        .collect();
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&i| !nodes[i].critical);
    let centers: Vec<Point> = nodes.iter().map(|n| n.center).collect();
    let kept = keep_clear(&rects, &order, &centers, nr + 1.0);
    let mut dropped = 0;
    for (node, keep) in nodes.iter_mut().zip(kept) {
        if !keep {
            node.label = None;
            dropped += 1;
        }
    }
    dropped
}
