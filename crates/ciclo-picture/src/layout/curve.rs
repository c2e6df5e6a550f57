//! The satisfaction curve inside the ring.
//!
//! The line is a centripetal Catmull–Rom spline through the scored moments, held within
//! the range of the two scores each stretch joins (it never overshoots), and sampled
//! every few pixels: with 40 or more moments it still reads as a smooth curve with
//! rounded turns, not as a star of spikes.

use super::{Document, LINE_HEIGHT, Layout, Point, Rect, TextLine, clockwise, polar};

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
    /// The guide circles' numbers ("1" to "5"), where the cycle closes; a number that
    /// would cover a Start/End marker is left out.
    pub level_labels: Vec<TextLine>,
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
    let angles: Vec<f64> = l.nodes.iter().map(|node| node.angle).collect();
    let scores: Vec<Option<f32>> = doc
        .moments
        .iter()
        .map(|m| m.satisfaction.map(f32::from))
        .collect();
    let dots = (0..n)
        .filter_map(|i| scores[i].map(|s| polar(l.center, score_radius(&levels, s), angles[i])))
        .collect();
    let pieces = chains(&scores)
        .into_iter()
        .map(|(chain, closed)| {
            let pts: Vec<(f64, f32)> = chain
                .iter()
                .map(|&i| (angles[i], scores[i].unwrap_or(3.0)))
                .collect();
            sample(&pts, closed, l.center, &levels)
        })
        .filter(|p| p.len() > 1)
        .collect();
    let level_labels = level_labels(l, &levels, unit);
    Some(Curve {
        pieces,
        dots,
        levels,
        level_labels,
    })
}

/// The runs of consecutive scored moments, in ring order, each with whether it closes
/// on itself (every moment scored).
fn chains(scores: &[Option<f32>]) -> Vec<(Vec<usize>, bool)> {
    let n = scores.len();
    if n > 1 && scores.iter().all(Option::is_some) {
        return vec![((0..n).collect(), true)];
    }
    // Start right after an unscored moment so that no run is cut at index 0.
    let Some(gap) = scores.iter().position(Option::is_none) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut current = Vec::new();
    for k in 1..=n {
        let i = (gap + k) % n;
        if scores[i].is_some() {
            current.push(i);
        } else if !current.is_empty() {
            out.push((std::mem::take(&mut current), false));
        }
    }
    if !current.is_empty() {
        out.push((current, false));
    }
    out
}

/// Points along a centripetal Catmull–Rom spline through the scored moments (`pts`:
/// angle, score), every few pixels; closed chains return to their first point. Each
/// point is then held within the distances of the two scores it lies between, so the
/// line never overshoots a score, while the spline's rounded turns keep a crowded cycle
/// reading as a curve.
fn sample(pts: &[(f64, f32)], closed: bool, center: Point, levels: &[f32; 5]) -> Vec<Point> {
    let m = pts.len();
    let segments = if closed { m } else { m.saturating_sub(1) };
    let at = |(a, s): (f64, f32)| polar(center, score_radius(levels, s), a);
    let p: Vec<Point> = pts.iter().map(|&q| at(q)).collect();
    // The neighbours of interval k, extended by reflection at an open chain's ends.
    let point = |k: isize| -> Point {
        if closed {
            return p[k.rem_euclid(m as isize) as usize];
        }
        let last = m as isize - 1;
        let reflect = |a: Point, b: Point| Point::new(2.0 * a.x - b.x, 2.0 * a.y - b.y);
        match k {
            k if k < 0 => reflect(p[0], p[1.min(m - 1)]),
            k if k > last => reflect(p[m - 1], p[(m - 1).saturating_sub(1)]),
            k => p[k as usize],
        }
    };
    let mut out = Vec::new();
    for k in 0..segments {
        let j = (k + 1) % m;
        let ki = k as isize;
        let q = [point(ki - 1), point(ki), point(ki + 1), point(ki + 2)];
        let (s0, s1) = (pts[k].1, pts[j].1);
        let (lo, hi) = (
            score_radius(levels, s0.min(s1)),
            score_radius(levels, s0.max(s1)),
        );
        let chord = q[1].distance(q[2]);
        let steps = ((chord / 2.0).ceil() as usize).clamp(6, 400);
        for step in 0..=steps {
            if step == 0 && k > 0 {
                continue;
            }
            let c = catmull_rom(&q, step as f32 / steps as f32);
            let r = c.distance(center);
            let held = r.clamp(lo, hi);
            out.push(if r > 1e-3 {
                Point::new(
                    center.x + (c.x - center.x) * held / r,
                    center.y + (c.y - center.y) * held / r,
                )
            } else {
                c
            });
        }
    }
    out
}

/// The centripetal Catmull–Rom point at `t` (0 to 1) between `q[1]` and `q[2]`.
fn catmull_rom(q: &[Point; 4], t: f32) -> Point {
    let knot = |a: Point, b: Point| a.distance(b).sqrt().max(1e-3);
    let t0 = 0.0;
    let t1 = t0 + knot(q[0], q[1]);
    let t2 = t1 + knot(q[1], q[2]);
    let t3 = t2 + knot(q[2], q[3]);
    let u = t1 + (t2 - t1) * t;
    let lerp = |a: Point, b: Point, ta: f32, tb: f32| {
        let w = (u - ta) / (tb - ta);
        Point::new(a.x + (b.x - a.x) * w, a.y + (b.y - a.y) * w)
    };
    let a1 = lerp(q[0], q[1], t0, t1);
    let a2 = lerp(q[1], q[2], t1, t2);
    let a3 = lerp(q[2], q[3], t2, t3);
    let b1 = lerp(a1, a2, t0, t2);
    let b2 = lerp(a2, a3, t1, t3);
    lerp(b1, b2, t1, t2)
}

/// The numbers 1 to 5 on the guide circles, on the ray through the middle of the
/// cycle's closing gap (at 6 o'clock for a single moment).
fn level_labels(l: &Layout, levels: &[f32; 5], unit: f32) -> Vec<TextLine> {
    let n = l.nodes.len();
    let angle = match (l.nodes.first(), l.nodes.last()) {
        (Some(first), Some(last)) if n > 1 => {
            let gap = clockwise(last.angle, first.angle);
            let gap = if gap == 0.0 { 360.0 } else { gap };
            last.angle + gap / 2.0
        }
        _ => 180.0,
    };
    let size = (13.0 * unit).max(7.0);
    (0..5)
        .filter_map(|k| {
            let p = polar(l.center, levels[k], angle);
            let mut t = TextLine::new((k + 1).to_string(), size);
            t.pos = Point::new(p.x - t.width / 2.0, p.y - size * LINE_HEIGHT / 2.0);
            let clear = !l.markers.iter().any(|m| m.rect.intersects(&t.rect()))
                && !l.centre_text.iter().any(|c| c.rect().intersects(&t.rect()));
            clear.then_some(t)
        })
        .collect()
}

/// The lowest score's distance from the centre, as a share of the highest's.
pub(super) const CURVE_LOW: f32 = 0.42;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{PictureOptions, layout};
    use ciclo_doc::model::MomentId;

    fn radius_and_angle(c: Point, p: Point) -> (f32, f64) {
        let dx = f64::from(p.x - c.x);
        let dy = f64::from(p.y - c.y);
        (p.distance(c), dx.atan2(-dy).to_degrees().rem_euclid(360.0))
    }

    /// Scores that swing between extremes, as a real workshop's 40+ moments do.
    fn swinging(n: usize) -> Document {
        let mut d = Document::default();
        for i in 0..n {
            let mut m = ciclo_doc::model::Moment::named(MomentId(i as u32 + 1), format!("M {i}"));
            m.satisfaction = Some([1, 5, 2, 4, 5, 1, 3][i % 7]);
            d.moments.push(m);
        }
        d
    }

    fn curve_of(d: &Document) -> (Layout, Curve) {
        let l = layout(
            d,
            &PictureOptions {
                satisfaction_curve: true,
                ..PictureOptions::default()
            },
        );
        let c = l.curve.clone().expect("a curve");
        (l, c)
    }

    #[test]
    fn the_curve_never_leaves_the_range_of_the_two_scores_it_joins() {
        let d = swinging(45);
        let (l, c) = curve_of(&d);
        let n = l.nodes.len();
        for p in c.pieces.iter().flatten() {
            let (r, a) = radius_and_angle(l.center, *p);
            // The interval this point lies in.
            let k = (0..n)
                .find(|&k| {
                    let a0 = l.nodes[k].angle;
                    let a1 = l.nodes[(k + 1) % n].angle;
                    let span = clockwise(a0, a1);
                    clockwise(a0, a) <= span + 1e-3
                })
                .expect("every point lies between two moments");
            let s0 = f32::from(d.moments[k].satisfaction.unwrap_or(0));
            let s1 = f32::from(d.moments[(k + 1) % n].satisfaction.unwrap_or(0));
            let lo = score_radius(&c.levels, s0.min(s1)) - 0.5;
            let hi = score_radius(&c.levels, s0.max(s1)) + 0.5;
            assert!(
                (lo..=hi).contains(&r),
                "point at {a:.2}° is at {r}, outside {lo}..{hi}"
            );
        }
    }

    #[test]
    fn with_many_moments_the_curve_bends_smoothly_instead_of_spiking() {
        for n in [40, 60] {
            let (_, c) = curve_of(&swinging(n));
            let mut sharpest: f32 = 0.0;
            for piece in &c.pieces {
                for w in piece.windows(3) {
                    let (u, v) = (
                        (w[1].x - w[0].x, w[1].y - w[0].y),
                        (w[2].x - w[1].x, w[2].y - w[1].y),
                    );
                    let (lu, lv) = (
                        (u.0 * u.0 + u.1 * u.1).sqrt(),
                        (v.0 * v.0 + v.1 * v.1).sqrt(),
                    );
                    if lu < 1e-3 || lv < 1e-3 {
                        continue;
                    }
                    let cos = ((u.0 * v.0 + u.1 * v.1) / (lu * lv)).clamp(-1.0, 1.0);
                    sharpest = sharpest.max(cos.acos().to_degrees());
                }
            }
            assert!(sharpest < 35.0, "{n} moments: a corner of {sharpest:.1}°");
        }
    }

    #[test]
    fn the_guide_circles_are_numbered_one_to_five() {
        let (_, c) = curve_of(&swinging(12));
        let texts: Vec<&str> = c.level_labels.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["1", "2", "3", "4", "5"]);
        // Each number sits on its own circle, from the innermost out.
        let (l, _) = curve_of(&swinging(12));
        for (t, r) in c.level_labels.iter().zip(c.levels) {
            let mid = t.rect().center();
            assert!((mid.distance(l.center) - r).abs() < 1.0);
        }
    }
}
