//! A uniform grid of boxes, so that collision checks stay near-linear in the number of
//! moments (100 000 moments must still lay out in seconds).

use std::collections::HashMap;

use super::{Point, Rect};

/// Boxes bucketed by the grid cells they cover.
pub(super) struct Grid {
    cell: f32,
    cells: HashMap<(i32, i32), Vec<usize>>,
    /// For each query, the last query that saw an id, so that no id is reported twice.
    seen: Vec<u32>,
    stamp: u32,
}

impl Grid {
    /// An empty grid whose cells are `cell` pixels square.
    pub(super) fn new(cell: f32) -> Grid {
        Grid {
            cell: if cell.is_finite() && cell > 1.0 {
                cell
            } else {
                1.0
            },
            cells: HashMap::new(),
            seen: Vec::new(),
            stamp: 0,
        }
    }

    /// A cell size suited to these boxes: a little more than their typical height.
    pub(super) fn cell_for(rects: &[Rect]) -> f32 {
        if rects.is_empty() {
            return 64.0;
        }
        let mut hs: Vec<f32> = rects
            .iter()
            .map(|r| r.height().max(r.width().min(64.0)))
            .collect();
        let mid = hs.len() / 2;
        let (_, m, _) = hs.select_nth_unstable_by(mid, f32::total_cmp);
        (*m * 2.0).max(4.0)
    }

    fn span(&self, r: &Rect) -> (i32, i32, i32, i32) {
        // Clamped so that absurd coordinates cannot make a query loop for ever.
        let c = |v: f32| ((v / self.cell).floor()).clamp(-1.0e6, 1.0e6) as i32;
        let (x0, x1) = (c(r.min.x), c(r.max.x));
        let (y0, y1) = (c(r.min.y), c(r.max.y));
        // A box wider than 4096 cells is bucketed only by its corners' rows; it is rare
        // (only a degenerate picture has one) and still found by the corner cells.
        (x0, x1.min(x0 + 4096), y0, y1.min(y0 + 4096))
    }

    /// Adds box `id`.
    pub(super) fn insert(&mut self, id: usize, r: &Rect) {
        let (x0, x1, y0, y1) = self.span(r);
        for gx in x0..=x1 {
            for gy in y0..=y1 {
                self.cells.entry((gx, gy)).or_default().push(id);
            }
        }
        if self.seen.len() <= id {
            self.seen.resize(id + 1, 0);
        }
    }

    /// Every id whose cells overlap `r`'s cells, each once.
    pub(super) fn near(&mut self, r: &Rect, out: &mut Vec<usize>) {
        out.clear();
        self.stamp = self.stamp.wrapping_add(1);
        if self.stamp == 0 {
            self.seen.iter_mut().for_each(|s| *s = 0);
            self.stamp = 1;
        }
        let (x0, x1, y0, y1) = self.span(r);
        for gx in x0..=x1 {
            for gy in y0..=y1 {
                let Some(ids) = self.cells.get(&(gx, gy)) else {
                    continue;
                };
                for &id in ids {
                    if self.seen[id] != self.stamp {
                        self.seen[id] = self.stamp;
                        out.push(id);
                    }
                }
            }
        }
    }
}

/// How many label boxes touch a node (within `node_reach` of its centre) plus how many
/// pairs of label boxes come closer than `pad`.
pub(super) fn collisions_among(
    rects: &[Rect],
    centers: &[Point],
    node_reach: f32,
    pad: f32,
) -> usize {
    let mut grid = Grid::new(Grid::cell_for(rects));
    for (i, r) in rects.iter().enumerate() {
        grid.insert(i, &r.expand(pad));
    }
    let mut near = Vec::new();
    let mut count = 0;
    for (i, r) in rects.iter().enumerate() {
        grid.near(&r.expand(pad), &mut near);
        count += near
            .iter()
            .filter(|&&j| j > i && r.expand(pad).intersects(&rects[j]))
            .count();
    }
    let mut nodes = Grid::new(Grid::cell_for(rects));
    for (i, &c) in centers.iter().enumerate() {
        nodes.insert(
            i,
            &Rect::from_center_size(c, 2.0 * node_reach, 2.0 * node_reach),
        );
    }
    for r in rects {
        nodes.near(r, &mut near);
        if near
            .iter()
            .any(|&j| r.touches_circle(centers[j], node_reach))
        {
            count += 1;
        }
    }
    count
}

/// Of `rects` (in priority order, `None` for no label), keeps greedily those that touch
/// no kept box and no node; returns which were kept.
pub(super) fn keep_clear(
    rects: &[Option<Rect>],
    order: &[usize],
    centers: &[Point],
    node_reach: f32,
) -> Vec<bool> {
    let all: Vec<Rect> = rects.iter().flatten().copied().collect();
    let cell = Grid::cell_for(&all);
    let mut kept_grid = Grid::new(cell);
    let mut nodes = Grid::new(cell);
    for (i, &c) in centers.iter().enumerate() {
        nodes.insert(
            i,
            &Rect::from_center_size(c, 2.0 * node_reach, 2.0 * node_reach),
        );
    }
    let mut kept = vec![false; rects.len()];
    let mut near = Vec::new();
    for &i in order {
        let Some(rc) = rects[i] else { continue };
        nodes.near(&rc, &mut near);
        if near
            .iter()
            .any(|&j| rc.touches_circle(centers[j], node_reach))
        {
            continue;
        }
        let grown = rc.expand(1.0);
        kept_grid.near(&grown, &mut near);
        if near
            .iter()
            .any(|&j| rects[j].is_some_and(|k| k.intersects(&grown)))
        {
            continue;
        }
        kept_grid.insert(i, &grown);
        kept[i] = true;
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_boxes_are_counted_once_and_far_ones_not_at_all() {
        let r = |x: f32, y: f32| Rect::from_min_size(Point::new(x, y), 100.0, 20.0);
        let rects = [r(0.0, 0.0), r(50.0, 10.0), r(500.0, 500.0), r(90.0, 0.0)];
        // 0-1, 0-3, 1-3.
        assert_eq!(collisions_among(&rects, &[], 1.0, 0.0), 3);
        let kept = keep_clear(
            &rects.map(Some),
            &[0, 1, 2, 3],
            &[Point::new(550.0, 510.0)],
            5.0,
        );
        assert_eq!(kept, [true, false, false, false]);
    }
}
