//! The satisfaction curve inside the ring.

use super::*;

/// The satisfaction curve: a closed line inside the ring whose distance from the centre
/// follows each moment's score. Where a moment has no score the line has a gap.
#[derive(Clone, Debug, PartialEq)]
pub struct Curve {
    /// The pieces of the line; consecutive scored moments are joined.
    pub pieces: Vec<Vec<Point>>,
    /// A dot at each scored moment.
    pub dots: Vec<Point>,
    /// The guide circles' radii, for scores 1 to 5.
    pub levels: [f32; 5],
}

/// The distance from the centre of score `s` (1 to 5) on a curve spanning `levels`.
pub(super) fn score_radius(levels: &[f32; 5], s: f32) -> f32 {
    let t = ((s - 1.0) / 4.0).clamp(0.0, 1.0);
    levels[0] + (levels[4] - levels[0]) * t
}

pub(super) fn satisfaction_curve(doc: &Document, l: &Layout, unit: f32) -> Option<Curve> {
    let n = doc.moments.len();
    // The curve's top level stays inside the Start/End markers.
    let closest = |r: &Rect| {
        let x = l.center.x.clamp(r.min.x, r.max.x);
        let y = l.center.y.clamp(r.min.y, r.max.y);
        Point::new(x, y).distance(l.center)
    };
    let top = l
        .markers
        .iter()
        .map(|m| closest(&m.rect) - 8.0 * unit)
        .fold(l.radius - l.node_radius - 14.0 * unit, f32::min);
    if top < 20.0 * unit || n == 0 {
        return None;
    }
    let low = top * CURVE_LOW;
    let mut levels = [0.0; 5];
    for (k, level) in levels.iter_mut().enumerate() {
        *level = low + (top - low) * k as f32 / 4.0;
    }
    let score = |i: usize| doc.moments[i].satisfaction.map(f32::from);
    let mut pieces = Vec::new();
    let mut dots = Vec::new();
    let mut current: Vec<Point> = Vec::new();
    for i in 0..n {
        let Some(s0) = score(i) else {
            if current.len() > 1 {
                pieces.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        };
        dots.push(polar(l.center, score_radius(&levels, s0), l.nodes[i].angle));
        let j = (i + 1) % n;
        let Some(s1) = score(j).filter(|_| n > 1) else {
            if current.len() > 1 {
                pieces.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        };
        let (a0, a1) = (l.nodes[i].angle, l.nodes[j].angle);
        let span = clockwise(a0, a1);
        let span = if span == 0.0 { 360.0 } else { span };
        let steps = ((span / 3.0).ceil() as usize).max(2);
        for k in 0..=steps {
            if k == 0 && !current.is_empty() {
                continue;
            }
            let t = k as f32 / steps as f32;
            // Ease in and out so the line meets each score level flat, like a smooth curve.
            let eased = t * t * (3.0 - 2.0 * t);
            let r = score_radius(&levels, s0 + (s1 - s0) * eased);
            current.push(polar(l.center, r, a0 + span * f64::from(t)));
        }
    }
    if current.len() > 1 {
        // Close the loop: the last piece runs into the first one.
        if let Some(first) = pieces
            .first_mut()
            .filter(|_| score(0).is_some() && score(n - 1).is_some())
        {
            current.extend(first.drain(1..));
            *first = current;
        } else {
            pieces.push(current);
        }
    }
    Some(Curve {
        pieces,
        dots,
        levels,
    })
}

/// The lowest score's distance from the centre, as a share of the highest's.
pub(super) const CURVE_LOW: f32 = 0.42;
