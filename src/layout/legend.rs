//! The legend: a sample of each mark and what it means.

use super::*;

pub(super) fn legend_entries(
    doc: &Document,
    lang: Lang,
    curve: bool,
) -> Vec<(LegendSampleKind, String)> {
    if doc.moments.is_empty() {
        return Vec::new();
    }
    let mut items = vec![(
        LegendSampleKind::Node(false),
        lang.msg("drawing-moment").to_owned(),
    )];
    if doc.moments.iter().any(|m| m.critical) {
        items.push((
            LegendSampleKind::Node(true),
            lang.msg("critical-moment").to_owned(),
        ));
    }
    if let Some(s) = doc.moments.iter().find_map(|m| m.satisfaction) {
        items.push((
            LegendSampleKind::Badge(BadgeKind::Satisfaction(s)),
            lang.msg("drawing-satisfaction").to_owned(),
        ));
    }
    for &p in Principle::ALL {
        if doc.moments.iter().any(|m| m.principles.contains(&p)) {
            items.push((
                LegendSampleKind::Badge(BadgeKind::Principle(p)),
                p.name(lang).to_owned(),
            ));
        }
    }
    if curve {
        items.push((LegendSampleKind::Line, lang.msg("drawing-curve").to_owned()));
    }
    items
}

#[derive(Clone, Copy)]
pub(super) enum LegendSampleKind {
    Line,
    Node(bool),
    Badge(BadgeKind),
}

pub(super) fn place_legend(
    items: Vec<(LegendSampleKind, String)>,
    column: bool,
    lang: Lang,
    (w, h): (f32, f32),
    margin: f32,
    unit: f32,
) -> (Vec<LegendItem>, Rect) {
    if items.is_empty() {
        return (
            Vec::new(),
            Rect {
                min: Point::new(margin, h - margin),
                max: Point::new(margin, h - margin),
            },
        );
    }
    let size = 20.0 * unit;
    let sample_size = size * 1.15;
    let sample = sample_size;
    let row_h = sample * 1.35;
    let gap = sample * 0.5;
    // Each entry built at the origin, then moved into place.
    let entries: Vec<LegendItem> = items
        .into_iter()
        .map(|(kind, t)| {
            let (sample_shape, sw) = match kind {
                LegendSampleKind::Node(critical) => (
                    LegendSample::Node {
                        center: Point::new(sample / 2.0, sample / 2.0),
                        radius: sample / 2.0,
                        critical,
                    },
                    sample,
                ),
                LegendSampleKind::Line => (
                    LegendSample::Line {
                        from: Point::new(0.0, sample * 0.7),
                        to: Point::new(sample * 1.6, sample * 0.3),
                    },
                    sample * 1.6,
                ),
                LegendSampleKind::Badge(b) => {
                    let badge = make_badge(b, lang, Point::default(), sample, size * 0.74);
                    let sw = badge.rect.width();
                    (LegendSample::Badge(badge), sw)
                }
            };
            let mut text = TextLine::new(t, size);
            text.pos = Point::new(sw + gap, (sample_size - size * LINE_HEIGHT) / 2.0);
            LegendItem {
                sample: sample_shape,
                text,
            }
        })
        .collect();
    let entry_w = |e: &LegendItem| e.text.pos.x + e.text.width;
    let mut offsets: Vec<(f32, f32)> = Vec::new();
    let (lw, lh);
    if column {
        for i in 0..entries.len() {
            offsets.push((0.0, i as f32 * row_h));
        }
        lw = entries.iter().map(entry_w).fold(0.0, f32::max);
        lh = entries.len() as f32 * row_h;
    } else {
        let max_w = w - 2.0 * margin;
        let spacing = sample * 1.4;
        let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
        let mut x = 0.0;
        for (i, e) in entries.iter().enumerate() {
            let ew = entry_w(e);
            if x > 0.0 && x + ew > max_w {
                rows.push(Vec::new());
                x = 0.0;
            }
            if let Some(row) = rows.last_mut() {
                row.push(i);
            }
            x += ew + spacing;
        }
        offsets = vec![(0.0, 0.0); entries.len()];
        let mut widest: f32 = 0.0;
        for (r, row) in rows.iter().enumerate() {
            let row_w: f32 = row.iter().map(|&i| entry_w(&entries[i])).sum::<f32>()
                + spacing * row.len().saturating_sub(1) as f32;
            widest = widest.max(row_w);
            let mut x = (w - row_w) / 2.0 - margin;
            for &i in row {
                offsets[i] = (x, r as f32 * row_h);
                x += entry_w(&entries[i]) + spacing;
            }
        }
        lw = widest;
        lh = rows.len() as f32 * row_h;
    }
    let origin = Point::new(margin, h - margin - lh);
    let rect = if column {
        Rect::from_min_size(origin, lw, lh)
    } else {
        Rect::from_min_size(Point::new((w - lw) / 2.0, origin.y), lw, lh)
    };
    let legend = entries
        .into_iter()
        .zip(offsets)
        .map(|(e, (x, y))| {
            let dx = origin.x + x;
            let dy = origin.y + y + (row_h - sample) / 2.0;
            let sample = e.sample.translated(dx, dy);
            LegendItem {
                sample,
                text: TextLine {
                    pos: Point::new(e.text.pos.x + dx, e.text.pos.y + dy),
                    ..e.text
                },
            }
        })
        .collect();
    (legend, rect)
}
