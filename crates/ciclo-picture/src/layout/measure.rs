//! Measuring labels: a moment's name wrapped at a text size, with its badges, before it is
//! placed anywhere.

use super::{
    Badge, BadgeKind, Document, LINE_HEIGHT, Label, Lang, Point, Rect, TextLine, direction, text,
};

/// The text sizes the search tries, as fractions of the full label size (26 px at 1080p).
pub(super) const SCALES: [f32; 12] = [
    1.0, 0.9, 0.8, 0.72, 0.66, 0.62, 0.58, 0.54, 0.5, 0.47, 0.44, 0.4,
];

/// How a label is shaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// Up to three lines beside the node, badges on a row below, lines aligned by the
    /// node's side of the ring.
    Radial,
    /// Up to three lines in a side column, badges on a row below.
    Column3,
    /// Up to two lines in a side column, badges after the last line.
    Column2,
    /// One line in a side column, badges after the name.
    Column1,
}

impl Style {
    /// Every style, in the order the search prefers them.
    pub(super) const ALL: [Style; 4] = [
        Style::Radial,
        Style::Column3,
        Style::Column2,
        Style::Column1,
    ];

    fn index(self) -> usize {
        match self {
            Style::Radial => 0,
            Style::Column3 => 1,
            Style::Column2 => 2,
            Style::Column1 => 3,
        }
    }

    /// (lines at most, widest line in font sizes, badges inline).
    fn shape(self) -> (usize, f32, bool) {
        match self {
            Style::Radial | Style::Column3 => (3, 12.5, false),
            Style::Column2 => (2, 17.0, true),
            Style::Column1 => (1, 60.0, true),
        }
    }
}

/// True when a moment at `angle` takes its label on the right-hand column.
pub(super) fn right_side(angle: f64) -> bool {
    let a = angle.rem_euclid(360.0);
    a < 180.0
}

/// Every moment's label measured at each of [`SCALES`] and [`Style`]s, each on first use.
/// The search tries many placements; measuring (wrapping) the names once per size and
/// style keeps that cheap.
pub(super) struct LabelCache<'a> {
    doc: &'a Document,
    angles: &'a [f64],
    unit: f32,
    lang: Lang,
    cells: Vec<std::cell::OnceCell<Vec<Measured>>>,
}

impl<'a> LabelCache<'a> {
    pub(super) fn new(doc: &'a Document, angles: &'a [f64], unit: f32, lang: Lang) -> Self {
        LabelCache {
            doc,
            angles,
            unit,
            lang,
            cells: (0..SCALES.len() * Style::ALL.len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
        }
    }

    /// The font size of scale number `k`.
    pub(super) fn font(&self, k: usize) -> f32 {
        26.0 * self.unit * SCALES[k.min(SCALES.len() - 1)]
    }

    /// The labels at scale number `k` in `style`.
    pub(super) fn at(&self, k: usize, style: Style) -> &[Measured] {
        let k = k.min(SCALES.len() - 1);
        let cell = &self.cells[k * Style::ALL.len() + style.index()];
        cell.get_or_init(|| {
            let font = self.font(k);
            let (lines, width, inline) = style.shape();
            self.doc
                .moments
                .iter()
                .zip(self.angles)
                .map(|(m, &a)| {
                    let align = match style {
                        Style::Radial => label_align(a),
                        _ if right_side(a) => 0.0,
                        _ => 1.0,
                    };
                    // In a column a long name may take wider lines rather than be cut.
                    let fit = match style {
                        Style::Radial => 0.0,
                        _ => text::width(&m.name, font) / lines as f32 * 1.2 + font,
                    };
                    let shape = Shape {
                        font,
                        max_w: (width * font).max(fit),
                        max_lines: lines,
                        inline,
                        align,
                    };
                    measure_label(m, &shape, self.lang)
                })
                .collect()
        })
    }
}

/// A label measured but not yet placed: its size and its content relative to its top-left.
#[derive(Clone)]
pub(super) struct Measured {
    pub(super) w: f32,
    pub(super) h: f32,
    pub(super) lines: Vec<TextLine>,
    pub(super) badges: Vec<Badge>,
    /// True when the name did not fit in the lines allowed and ends with an ellipsis.
    pub(super) truncated: bool,
}

/// How to measure one label.
pub(super) struct Shape {
    pub(super) font: f32,
    pub(super) max_w: f32,
    pub(super) max_lines: usize,
    /// Badges follow the last line instead of taking a row of their own.
    pub(super) inline: bool,
    /// 0 left, 0.5 centred, 1 right.
    pub(super) align: f32,
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

pub(super) fn measure_label(m: &ciclo_doc::model::Moment, s: &Shape, lang: Lang) -> Measured {
    let font = s.font;
    let wrapped = text::wrap(&m.name, font, s.max_w, s.max_lines);
    let truncated =
        wrapped.last().is_some_and(|l| l.ends_with('…')) && !m.name.trim_end().ends_with('…');
    let mut lines: Vec<TextLine> = wrapped
        .into_iter()
        .map(|t| TextLine::new(t, font))
        .collect();
    let line_h = font * LINE_HEIGHT;
    let badge_size = font * 1.05;
    let badge_font = font * 0.74;
    let mut kinds: Vec<BadgeKind> = Vec::new();
    if m.critical {
        kinds.push(BadgeKind::Critical);
    }
    kinds.extend(m.principles.iter().map(|&p| BadgeKind::Principle(p)));
    if let Some(sc) = m.satisfaction {
        kinds.push(BadgeKind::Satisfaction(sc));
    }
    let spacing = badge_size * 0.22;
    // Inline badges sit after the last line, centred on it; otherwise on a row below.
    let last_w = lines.last().map_or(0.0, |l| l.width);
    let n_lines = lines.len() as f32;
    let (mut x, row_y) = if s.inline && !lines.is_empty() {
        (
            last_w + font * 0.4,
            (n_lines - 1.0) * line_h + (line_h - badge_size) / 2.0,
        )
    } else {
        (0.0, n_lines * line_h + font * 0.15)
    };
    let row_x = x;
    let mut badges = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let badge = make_badge(kind, lang, Point::new(x, row_y), badge_size, badge_font);
        x = badge.rect.max.x + spacing;
        badges.push(badge);
    }
    let row_end = if badges.is_empty() { 0.0 } else { x - spacing };
    let text_w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
    let w = text_w.max(row_end).max(1.0);
    let h = if s.inline || badges.is_empty() {
        n_lines * line_h
    } else {
        n_lines * line_h + font * 0.15 + badge_size
    };
    let h = h.max(if badges.is_empty() { 0.0 } else { badge_size });
    let align = s.align;
    let count = lines.len();
    for (i, l) in lines.iter_mut().enumerate() {
        // With inline badges the last line and its badges move as one.
        let line_w = if s.inline && i + 1 == count {
            row_end.max(l.width)
        } else {
            l.width
        };
        l.pos = Point::new((w - line_w) * align, i as f32 * line_h);
    }
    let shift = if s.inline && count > 0 {
        (w - row_end.max(last_w)) * align
    } else {
        (w - (row_end - row_x)) * align - row_x
    };
    for b in &mut badges {
        b.rect = b.rect.translate(shift, 0.0);
        b.text.pos.x += shift;
    }
    Measured {
        w,
        h: h.max(1.0),
        lines,
        badges,
        truncated,
    }
}

impl Measured {
    /// The label with its top-left corner at `rect.min`.
    pub(super) fn place(&self, rect: Rect, leader: Vec<Point>) -> Label {
        let (dx, dy) = (rect.min.x, rect.min.y);
        Label {
            rect,
            lines: self
                .lines
                .iter()
                .map(|l| l.clone().translated(dx, dy))
                .collect(),
            badges: self
                .badges
                .iter()
                .map(|b| b.clone().translated(dx, dy))
                .collect(),
            leader,
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
