//! The legend: a sample of each mark and what it means.

use super::{
    BadgeKind, Document, LINE_HEIGHT, Lang, LegendItem, LegendSample, Point, Principle, Rect, Term,
    TextLine, make_badge,
};

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

/// The legend's entries placed as a column in the bottom-left corner (`column`) or as a
/// band of centred rows along the bottom; returns them and the box they take.
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
    let sample = size * 1.15;
    let row_h = sample * 1.35;
    // Each entry built at the origin, then moved into place.
    let entries: Vec<LegendItem> = items
        .into_iter()
        .map(|(kind, text)| entry(kind, text, lang, size, sample))
        .collect();
    let (offsets, lw, lh) = if column {
        column_offsets(&entries, row_h)
    } else {
        band_offsets(&entries, w - 2.0 * margin, w, margin, sample * 1.4, row_h)
    };
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

/// One entry at the origin: its sample (`sample` pixels tall) and its text at `size`.
fn entry(kind: LegendSampleKind, text: String, lang: Lang, size: f32, sample: f32) -> LegendItem {
    let (sample_shape, sw) = match kind {
        LegendSampleKind::Node(critical) => {
            let center = Point::new(sample / 2.0, sample / 2.0);
            let radius = sample / 2.0;
            // The same "!" as in a critical moment's badge row.
            let mark = critical.then(|| {
                let mut mark = TextLine::new("!".to_owned(), radius * 1.3);
                mark.pos = Point::new(
                    center.x - mark.width / 2.0,
                    center.y - mark.size * LINE_HEIGHT / 2.0,
                );
                mark
            });
            let node = LegendSample::Node {
                center,
                radius,
                critical,
                mark,
            };
            (node, sample)
        }
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
    let mut line = TextLine::new(text, size);
    line.pos = Point::new(sw + sample * 0.5, (sample - size * LINE_HEIGHT) / 2.0);
    LegendItem {
        sample: sample_shape,
        text: line,
    }
}

/// An entry's width: its sample, the gap and its text.
fn entry_width(e: &LegendItem) -> f32 {
    e.text.pos.x + e.text.width
}

/// The entries one under another: their offsets, and the column's width and height.
fn column_offsets(entries: &[LegendItem], row_h: f32) -> (Vec<(f32, f32)>, f32, f32) {
    let offsets = (0..entries.len())
        .map(|i| (0.0, i as f32 * row_h))
        .collect();
    let lw = entries.iter().map(entry_width).fold(0.0, f32::max);
    (offsets, lw, entries.len() as f32 * row_h)
}

/// The entries in rows at most `max_w` wide, each row centred in a picture `w` wide:
/// their offsets from the margin, and the band's width and height.
fn band_offsets(
    entries: &[LegendItem],
    max_w: f32,
    w: f32,
    margin: f32,
    spacing: f32,
    row_h: f32,
) -> (Vec<(f32, f32)>, f32, f32) {
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut x = 0.0;
    for (i, e) in entries.iter().enumerate() {
        let ew = entry_width(e);
        if x > 0.0 && x + ew > max_w {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push(i);
        }
        x += ew + spacing;
    }
    let mut offsets = vec![(0.0, 0.0); entries.len()];
    let mut widest: f32 = 0.0;
    for (r, row) in rows.iter().enumerate() {
        let row_w: f32 = row.iter().map(|&i| entry_width(&entries[i])).sum::<f32>()
            + spacing * row.len().saturating_sub(1) as f32;
        widest = widest.max(row_w);
        let mut x = (w - row_w) / 2.0 - margin;
        for &i in row {
            offsets[i] = (x, r as f32 * row_h);
            x += entry_width(&entries[i]) + spacing;
        }
    }
    (offsets, widest, rows.len() as f32 * row_h)
}
