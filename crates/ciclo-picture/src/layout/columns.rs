//! Column labels, as good donut charts do: the labels of the right half of the ring stack
//! down a column on its right, those of the left half on its left, each as close to its
//! node's height as the stack allows, hugging the ring, with a leader line to its node.
//!
//! Stacking is an isotonic regression (pool adjacent violators): the labels keep their
//! order and move as little as possible in total, in O(n).

use super::{
    LINE_HEIGHT, Measured, Placement, Point, Rect, Style, collisions_among, largest_fitting,
    node_radius, polar, right_side, wider_font_room,
};

/// Where the labels of one placement attempt go.
pub(super) struct Frame<'a> {
    pub(super) angles: &'a [f64],
    pub(super) dirs: &'a [(f32, f32)],
    pub(super) center: Point,
    pub(super) r_max: f32,
    pub(super) area: Rect,
    pub(super) legend: Rect,
    pub(super) unit: f32,
    pub(super) font: f32,
}

impl Frame<'_> {
    fn gap(&self) -> f32 {
        (self.font * 0.5).max(4.0 * self.unit)
    }

    /// Vertical space between stacked labels.
    fn row_gap(&self) -> f32 {
        (self.font * 0.12).max(1.0)
    }
}

/// The labels of one side, in stacking order (top to bottom).
struct Side {
    right: bool,
    order: Vec<usize>,
}

fn sides(f: &Frame, kept: &[bool]) -> [Side; 2] {
    let mut right = Side {
        right: true,
        order: Vec::new(),
    };
    let mut left = Side {
        right: false,
        order: Vec::new(),
    };
    for (i, &a) in f.angles.iter().enumerate() {
        if !kept[i] {
            continue;
        }
        if right_side(a) {
            right.order.push(i);
        } else {
            left.order.push(i);
        }
    }
    let by_y = |a: &usize, b: &usize| f.dirs[*a].1.total_cmp(&f.dirs[*b].1).then(a.cmp(b));
    right.order.sort_by(by_y);
    left.order.sort_by(by_y);
    [right, left]
}

/// Places the ring and column labels in `f.area`. With `subset`, a side with more labels
/// than it can stack keeps what fits (critical moments first, the rest evenly spread) and
/// the others are dropped; without it such a placement counts its overflow as collisions.
pub(super) fn place_columns(
    f: &Frame,
    measured: &[Measured],
    critical: &[bool],
    scale: usize,
    style: Style,
    subset: bool,
) -> Placement {
    let n = f.angles.len();
    let row_gap = f.row_gap();
    let avail = f.area.height();
    let mut kept = vec![true; n];
    let mut overflow = 0;
    for side in sides(f, &kept) {
        let total: f32 = side.order.iter().map(|&i| measured[i].h + row_gap).sum();
        if total - row_gap <= avail || side.order.is_empty() {
            continue;
        }
        let h = side
            .order
            .iter()
            .map(|&i| measured[i].h)
            .fold(0.0, f32::max);
        let capacity = ((avail + row_gap) / (h + row_gap)).floor().max(0.0) as usize;
        overflow += side.order.len().saturating_sub(capacity);
        if subset {
            choose(&side.order, capacity, critical, &mut kept);
        }
    }
    let truncated = measured.iter().filter(|m| m.truncated).count();
    if overflow > 0 && !subset {
        return Placement::failed(f, scale, style, overflow + truncated);
    }
    let [right, left] = sides(f, &kept);
    let rects_at = |r: f32| -> Vec<Option<Rect>> {
        let nr = node_radius(r, n, f.font, f.unit);
        let mut rects = vec![None; n];
        for side in [&right, &left] {
            stack(f, side, r + nr + f.gap(), measured, &mut rects);
        }
        rects
    };
    let fits = |r: f32| {
        rects_at(r)
            .iter()
            .flatten()
            .all(|rc| f.area.contains_rect(&wider_font_room(rc, f.center.x)))
    };
    let r_min = f.r_max * 0.2;
    let radius = largest_fitting(
        r_min,
        f.r_max - node_radius(f.r_max, n, f.font, f.unit),
        fits,
    );
    let node_radius = node_radius(radius, n, f.font, f.unit);
    let rects = rects_at(radius);
    let centers: Vec<Point> = f
        .dirs
        .iter()
        .map(|&(dx, dy)| Point::new(f.center.x + radius * dx, f.center.y + radius * dy))
        .collect();
    let leaders = (0..n)
        .map(|i| match rects[i] {
            Some(rc) => leader(f, radius, node_radius, i, &rc),
            None => Vec::new(),
        })
        .collect();
    let placed: Vec<Rect> = rects.iter().flatten().copied().collect();
    let mut collisions = placed
        .iter()
        .filter(|rc| {
            !f.area.contains_rect(&wider_font_room(rc, f.center.x)) || rc.intersects(&f.legend)
        })
        .count();
    collisions += collisions_among(
        &placed,
        &centers,
        node_radius + 2.0 * f.unit,
        f.row_gap() * 0.5,
    );
    Placement {
        radius,
        node_radius,
        scale,
        style,
        rects,
        leaders,
        collisions: if subset { 0 } else { collisions },
        truncated,
        dropped: overflow,
    }
}

/// Marks all but `capacity` of `order` as dropped: critical moments are kept first, then
/// the others, evenly spread along the side.
fn choose(order: &[usize], capacity: usize, critical: &[bool], kept: &mut [bool]) {
    let (crit, rest): (Vec<usize>, Vec<usize>) = order.iter().partition(|&&i| critical[i]);
    for &i in order {
        kept[i] = false;
    }
    let pick = |from: &[usize], k: usize, kept: &mut [bool]| {
        let len = from.len();
        for j in 0..k.min(len) {
            kept[from[(j * len + len / 2) / k.max(1)].min(len - 1)] = true;
        }
    };
    pick(&crit, capacity, kept);
    pick(&rest, capacity.saturating_sub(crit.len()), kept);
}

/// Stacks one side's labels: each as near as it can be to the height where the ray from
/// the centre through its node meets the circle of radius `rl`, then pushed against
/// that circle from outside.
fn stack(f: &Frame, side: &Side, rl: f32, measured: &[Measured], out: &mut [Option<Rect>]) {
    let gap = f.row_gap();
    let c = f.center;
    // Offsets of each label's top from the first label's top when packed tight.
    let mut offset = Vec::with_capacity(side.order.len());
    let mut s = 0.0;
    for &i in &side.order {
        offset.push(s);
        s += measured[i].h + gap;
    }
    let total = s - gap;
    let ideal: Vec<f32> = side
        .order
        .iter()
        .zip(&offset)
        .map(|(&i, &o)| c.y + rl * f.dirs[i].1 - measured[i].h / 2.0 - o)
        .collect();
    let z = isotonic(&ideal);
    let lo = f.area.min.y;
    let hi = (f.area.max.y - total).max(lo);
    for (k, &i) in side.order.iter().enumerate() {
        let top = z[k].clamp(lo, hi) + offset[k];
        let (w, h) = (measured[i].w, measured[i].h);
        let (y0, y1) = (top, top + h);
        let d = if y0 <= c.y && c.y <= y1 {
            0.0
        } else {
            (y0 - c.y).abs().min((y1 - c.y).abs())
        };
        let reach = (rl * rl - d * d).max(0.0).sqrt().max(gap);
        let x = if side.right {
            c.x + reach
        } else {
            c.x - reach - w
        };
        out[i] = Some(Rect::from_min_size(Point::new(x, top), w, h));
    }
}

/// The non-decreasing sequence nearest to `v` in least squares (pool adjacent violators).
pub(super) fn isotonic(v: &[f32]) -> Vec<f32> {
    // Blocks of (mean, count).
    let mut blocks: Vec<(f32, usize)> = Vec::with_capacity(v.len());
    for &x in v {
        let mut cur = (x, 1usize);
        while let Some(&(m, k)) = blocks.last() {
            if m <= cur.0 {
                break;
            }
            blocks.pop();
            let total = k + cur.1;
            cur = ((m * k as f32 + cur.0 * cur.1 as f32) / total as f32, total);
        }
        blocks.push(cur);
    }
    let mut out = Vec::with_capacity(v.len());
    for (m, k) in blocks {
        out.extend(std::iter::repeat_n(m, k));
    }
    out
}

/// A leader from the node's rim, out along its ray, to the label's side facing the ring.
fn leader(f: &Frame, radius: f32, nr: f32, i: usize, rc: &Rect) -> Vec<Point> {
    let a = f.angles[i];
    let from = polar(f.center, radius + nr, a);
    let elbow = polar(f.center, radius + nr + f.gap() * 0.5, a);
    let first_line = rc.min.y + f.font * LINE_HEIGHT / 2.0;
    let y = first_line.min(rc.max.y);
    let to = if right_side(a) {
        Point::new(rc.min.x - f.gap() * 0.2, y)
    } else {
        Point::new(rc.max.x + f.gap() * 0.2, y)
    };
    vec![from, elbow, to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isotonic_pools_what_is_out_of_order_and_keeps_what_is_not() {
        assert_eq!(isotonic(&[1.0, 2.0, 3.0]), [1.0, 2.0, 3.0]);
        assert_eq!(isotonic(&[3.0, 1.0, 2.0]), [2.0, 2.0, 2.0]);
        assert_eq!(isotonic(&[1.0, 4.0, 2.0, 5.0]), [1.0, 3.0, 3.0, 5.0]);
    }
}
