//! Where moments sit on the ring, and how moving one changes the sequence.
//!
//! Angles are degrees clockwise from 12 o'clock, in `[0, 360)`.

use crate::model::Document;

/// The angle at which each moment is drawn, in sequence order.
///
/// A moment with an `angle` sits there. The others are spread evenly between their placed
/// neighbours, wrapping around the ring; with no placed moment at all, the moments are
/// spread evenly from 12 o'clock.
pub fn effective_angles(doc: &Document) -> Vec<f64> {
    let n = doc.moments.len();
    let placed: Vec<usize> = (0..n).filter(|&i| doc.moments[i].angle.is_some()).collect();
    if placed.is_empty() {
        return (0..n).map(|i| 360.0 * i as f64 / n as f64).collect();
    }
    let mut angles = vec![0.0; n];
    for (k, &from) in placed.iter().enumerate() {
        let to = placed[(k + 1) % placed.len()];
        let a0 = doc.moments[from].angle.unwrap_or(0.0);
        let mut a1 = doc.moments[to].angle.unwrap_or(0.0);
        if a1 <= a0 {
            a1 += 360.0;
        }
        // The moments strictly between `from` and `to`, walking forwards and wrapping.
        let steps = (to + n - from) % n;
        let steps = if steps == 0 { n } else { steps };
        angles[from] = a0;
        for s in 1..steps {
            let t = s as f64 / steps as f64;
            angles[(from + s) % n] = (a0 + (a1 - a0) * t).rem_euclid(360.0);
        }
    }
    angles
}

/// The clockwise distance from angle `a` to angle `b`, in `[0, 360)`.
pub fn clockwise(a: f64, b: f64) -> f64 {
    (b - a).rem_euclid(360.0)
}

/// Moves moment `index` to `angle` on the ring, the way a drag does.
///
/// The moment takes its new place in the sequence among the others (so dragging it past a
/// neighbour swaps them) and keeps the angle, rounded to 0.1° ([`round_angle`]). Returns its new index. Placed angles stay
/// increasing along the sequence: a placed moment that would break that order is released
/// back to even spacing.
pub fn place_moment(doc: &mut Document, index: usize, angle: f64) -> usize {
    let n = doc.moments.len();
    if index >= n {
        return index;
    }
    let angle = round_angle(angle);
    // Keep the start where the user sees it: the first time any moment is placed, the
    // first moment is pinned at its drawn angle too.
    if index != 0 && doc.moments[0].angle.is_none() {
        let first = effective_angles(doc)[0];
        doc.moments[0].angle = Some(first);
    }
    let mut eff = effective_angles(doc);
    let moment = doc.moments.remove(index);
    eff.remove(index);
    let target = insertion_index(&eff, angle);
    doc.moments.insert(target, moment);
    doc.moments[target].angle = Some(angle);
    release_out_of_order(doc, target);
    target
}

/// `angle` as it is saved: in `[0, 360)`, rounded to a tenth of a degree, so that a drag,
/// a double-click and a typed value all store the same kind of number.
pub fn round_angle(angle: f64) -> f64 {
    if !angle.is_finite() {
        return 0.0;
    }
    let tenths = (angle.rem_euclid(360.0) * 10.0).round();
    let a = (tenths / 10.0).rem_euclid(360.0);
    if a >= 360.0 { 0.0 } else { a }
}

/// Where, in a sequence drawn at `eff`, a moment dropped at `angle` belongs.
fn insertion_index(eff: &[f64], angle: f64) -> usize {
    let m = eff.len();
    if m == 0 {
        return 0;
    }
    for k in 1..m {
        let span = clockwise(eff[k - 1], eff[k]);
        if clockwise(eff[k - 1], angle) < span {
            return k;
        }
    }
    // Between the last and the first: the end of the cycle, or a new start once the
    // pointer has passed 12 o'clock.
    if angle >= eff[m - 1] || angle >= eff[0] {
        m
    } else {
        0
    }
}

/// Clears placed angles that are no longer increasing along the sequence, keeping the
/// moment at `keep`.
fn release_out_of_order(doc: &mut Document, keep: usize) {
    let kept = doc.moments[keep].angle.unwrap_or(0.0);
    for i in 0..doc.moments.len() {
        if i == keep {
            continue;
        }
        if let Some(a) = doc.moments[i].angle
            && ((i < keep && a >= kept) || (i > keep && a <= kept))
        {
            doc.moments[i].angle = None;
        }
    }
    // The remaining placed angles on each side were increasing before; they still are.
}

/// Releases placed angles that do not increase along the sequence, so that the document
/// stays valid after a reorder.
pub fn keep_angles_increasing(doc: &mut Document) {
    let mut previous: Option<f64> = None;
    for m in &mut doc.moments {
        if let Some(a) = m.angle {
            if previous.is_some_and(|p| a <= p) {
                m.angle = None;
            } else {
                previous = Some(a);
            }
        }
    }
}

/// Forgets every placed angle, so that the moments are spread evenly again.
pub fn distribute_evenly(doc: &mut Document) {
    for m in &mut doc.moments {
        m.angle = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::validate;
    use crate::model::{Moment, MomentId};

    fn doc(angles: &[Option<f64>]) -> Document {
        let mut d = Document::default();
        for (i, a) in angles.iter().enumerate() {
            let mut m = Moment::named(MomentId(i as u32 + 1), format!("m{}", i + 1));
            m.angle = *a;
            d.moments.push(m);
        }
        d
    }

    fn names(d: &Document) -> Vec<&str> {
        d.moments.iter().map(|m| m.name.as_str()).collect()
    }

    #[test]
    fn unplaced_moments_spread_from_noon() {
        assert_eq!(
            effective_angles(&doc(&[None, None, None, None])),
            [0.0, 90.0, 180.0, 270.0]
        );
    }

    #[test]
    fn unplaced_moments_fill_between_placed_neighbours_wrapping() {
        let a = effective_angles(&doc(&[None, Some(90.0), None, Some(270.0)]));
        assert_eq!(a, [0.0, 90.0, 180.0, 270.0]);
        let a = effective_angles(&doc(&[Some(30.0), None, None]));
        assert_eq!(a, [30.0, 150.0, 270.0]);
    }

    #[test]
    fn dragging_past_a_neighbour_swaps_them() {
        let mut d = doc(&[None, None, None, None]);
        let new_index = place_moment(&mut d, 1, 200.0);
        assert_eq!(new_index, 2);
        assert_eq!(names(&d), ["m1", "m3", "m2", "m4"]);
        assert!(validate(&d).is_ok());
        assert_eq!(d.moments[0].angle, Some(0.0), "the start stays put");
    }

    #[test]
    fn small_drags_keep_the_sequence() {
        let mut d = doc(&[None, None, None, None]);
        assert_eq!(place_moment(&mut d, 2, 170.0), 2);
        assert_eq!(names(&d), ["m1", "m2", "m3", "m4"]);
        assert_eq!(d.moments[2].angle, Some(170.0));
    }

    #[test]
    fn dragging_the_last_past_noon_makes_it_the_start() {
        let mut d = doc(&[Some(20.0), None, None, None]);
        let new_index = place_moment(&mut d, 3, 5.0);
        assert_eq!(new_index, 0);
        assert_eq!(names(&d), ["m4", "m1", "m2", "m3"]);
        assert!(validate(&d).is_ok());
    }

    #[test]
    fn placed_angles_are_saved_to_a_tenth_of_a_degree() {
        let mut d = doc(&[None, None, None, None]);
        let i = place_moment(&mut d, 2, 170.04999);
        assert_eq!(d.moments[i].angle, Some(170.0));
        let i = place_moment(&mut d, i, 171.26);
        assert_eq!(d.moments[i].angle, Some(171.3));
        // Just below a full turn rounds to noon, never to 360.
        let i = place_moment(&mut d, 3, 359.97);
        assert_eq!(d.moments[i].angle, Some(0.0));
        assert!(validate(&d).is_ok());
        assert_eq!(round_angle(-0.04), 0.0);
        assert_eq!(round_angle(f64::NAN), 0.0);
        assert_eq!(round_angle(725.56), 5.6);
    }

    #[test]
    fn out_of_order_angles_are_released_after_a_reorder() {
        let mut d = doc(&[Some(10.0), Some(200.0), Some(100.0), Some(300.0)]);
        keep_angles_increasing(&mut d);
        let angles: Vec<Option<f64>> = d.moments.iter().map(|m| m.angle).collect();
        assert_eq!(angles, [Some(10.0), Some(200.0), None, Some(300.0)]);
        assert!(validate(&d).is_ok());
    }

    #[test]
    fn placed_angles_stay_increasing_after_any_drop() {
        for from in 0..5 {
            for step in 0..36 {
                let mut d = doc(&[Some(10.0), None, Some(100.0), Some(200.0), None]);
                let to = place_moment(&mut d, from, step as f64 * 10.0 + 3.0);
                assert!(
                    validate(&d).is_ok(),
                    "from {from} to {step}: {:?}",
                    d.moments
                );
                assert_eq!(d.moments[to].angle, Some(step as f64 * 10.0 + 3.0));
            }
        }
    }
}
