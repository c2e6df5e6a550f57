//! The picture while a drag is in progress: only what the drag changes moves.
//!
//! A full layout searches text sizes and label styles over every moment; doing that on
//! every pointer step would make a drag of 1000 moments stutter. During the drag the
//! moved nodes slide along the ring with their labels, and the arrows and Start/End
//! markers follow; when the drop settles the caller runs [`layout`] again, so the
//! picture that stays is exactly a full layout of the document.

use std::collections::HashMap;

use super::{
    Document, Label, Layout, MomentId, NodeLayout, Point, Rect, arrows, effective_angles, markers,
    node_number, polar, satisfaction_curve,
};

impl Layout {
    /// This picture with `doc`'s moments moved to their new angles: every node whose
    /// angle changed (usually just the dragged one) slides there with its label and leader
    /// line; nodes renumber when the sequence changed; arrows, markers and the curve are
    /// redrawn. Meant for drag steps, which change only angles and order: names and
    /// marks are taken from this picture. `None` when `doc` has other moments than this
    /// picture or a moment's critical mark changed: then only a full [`layout`] will do.
    pub fn moved(&self, doc: &Document) -> Option<Layout> {
        let n = doc.moments.len();
        if n != self.nodes.len() || n == 0 {
            return None;
        }
        let was: HashMap<MomentId, usize> = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, node)| (node.id, i))
            .collect();
        let angles = effective_angles(doc);
        let unit = self.width.min(self.height) / 1080.0;
        let mut nodes = Vec::with_capacity(n);
        for (i, m) in doc.moments.iter().enumerate() {
            let old = &self.nodes[*was.get(&m.id)?];
            if old.critical != m.critical {
                return None;
            }
            let a = angles[i];
            let unchanged = old.angle == a && was.get(&m.id) == Some(&i);
            if unchanged {
                nodes.push(old.clone());
                continue;
            }
            let c = polar(self.center, self.radius, a);
            let (dx, dy) = (c.x - old.center.x, c.y - old.center.y);
            nodes.push(NodeLayout {
                id: m.id,
                angle: a,
                center: c,
                critical: m.critical,
                number: node_number(i, c, self.node_radius, unit),
                label: old.label.clone().map(|l| l.translated(dx, dy)),
            });
        }
        let mut out = Layout {
            nodes,
            arrows: arrows(self.center, self.radius, self.node_radius, &angles, unit),
            markers: markers(
                self.center,
                self.radius,
                self.node_radius,
                &angles,
                unit,
                self.lang.msg("drawing-start"),
                self.lang.msg("drawing-end"),
            ),
            curve: None,
            ..self.clone_frame()
        };
        let page = Rect::from_min_size(Point::default(), self.width, self.height);
        out.markers.retain(|m| page.contains_rect(&m.rect));
        if self.curve.is_some() {
            out.curve = satisfaction_curve(doc, &out, unit);
        }
        Some(out)
    }

    /// Everything but the nodes, arrows, markers and curve.
    fn clone_frame(&self) -> Layout {
        Layout {
            width: self.width,
            height: self.height,
            lang: self.lang,
            title: self.title.clone(),
            subtitle: self.subtitle.clone(),
            center: self.center,
            radius: self.radius,
            node_radius: self.node_radius,
            ring_width: self.ring_width,
            nodes: Vec::new(),
            arrows: Vec::new(),
            markers: Vec::new(),
            centre_text: self.centre_text.clone(),
            legend: self.legend.clone(),
            legend_rect: self.legend_rect,
            dropped_labels: self.dropped_labels,
            curve: None,
            highlight: self.highlight,
        }
    }
}

impl Label {
    /// This label moved by `(dx, dy)`.
    pub fn translated(self, dx: f32, dy: f32) -> Label {
        Label {
            rect: self.rect.translate(dx, dy),
            lines: self
                .lines
                .into_iter()
                .map(|t| t.translated(dx, dy))
                .collect(),
            badges: self
                .badges
                .into_iter()
                .map(|b| b.translated(dx, dy))
                .collect(),
            leader: self
                .leader
                .into_iter()
                .map(|p| Point::new(p.x + dx, p.y + dy))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{PictureOptions, layout};
    use ciclo_doc::arrange::place_moment;
    use ciclo_doc::model::Moment;
    use ciclo_doc::model::MomentId;

    fn doc(n: usize) -> Document {
        let mut d = Document::default();
        for i in 0..n {
            let mut m = Moment::named(MomentId(i as u32 + 1), format!("Moment number {i}"));
            m.critical = i % 5 == 0;
            m.satisfaction = Some((i % 5) as u8 + 1);
            d.moments.push(m);
        }
        d
    }

    #[test]
    fn a_drag_step_moves_the_dragged_node_and_its_label_only() {
        let mut d = doc(30);
        // Every moment placed, as after a first drag: only the dragged one moves.
        for (m, a) in d.moments.iter_mut().zip(effective_angles(&doc(30))) {
            m.angle = Some(a);
        }
        let opts = PictureOptions {
            satisfaction_curve: true,
            ..PictureOptions::default()
        };
        let before = layout(&d, &opts);
        let a = effective_angles(&d)[5] + 2.0;
        place_moment(&mut d, 5, a);
        let during = before.moved(&d).expect("same moments");
        for (i, (x, y)) in before.nodes.iter().zip(&during.nodes).enumerate() {
            if i == 5 {
                assert!(x.center.distance(y.center) > 1.0, "the dragged node moves");
                let (lx, ly) = (x.label.as_ref(), y.label.as_ref());
                let shift = |l: Option<&Label>| l.map(|l| l.rect.min).unwrap_or_default();
                let moved = shift(ly).x - shift(lx).x;
                assert!(
                    (moved - (y.center.x - x.center.x)).abs() < 0.01,
                    "its label follows"
                );
            } else {
                assert_eq!(x, y, "node {i} stays where it was");
            }
        }
        assert!(during.curve.is_some());
        // With nothing moved, the drag picture is the full layout itself.
        let full = layout(&d, &opts);
        assert_eq!(full.moved(&d).as_ref(), Some(&full));
        d.moments.swap(1, 2);
        assert!(full.moved(&d).is_some(), "a reorder renumbers, no more");
        d.moments.pop();
        assert!(full.moved(&d).is_none());
    }
}
