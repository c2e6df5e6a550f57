//! The geometry of a service-cycle picture, computed once from a document and a size and
//! shared by every renderer (the window's canvas, SVG, PNG).
//!
//! Coordinates are pixels with the origin at the picture's top-left corner and y growing
//! downwards. Angles are degrees clockwise from 12 o'clock.
//!
//! The layout guarantees what a reader needs: no label overlaps another label, a node or
//! the legend, and nothing leaves the picture. It tries large text first and shrinks it
//! until everything fits; when even small text cannot fit (hundreds of moments), it drops
//! the labels that would collide, keeping the numbered nodes.

use crate::arrange::{clockwise, effective_angles};
use crate::lang::{Lang, Term};
use crate::model::{Document, MomentId, Principle};
use crate::text::{self, LINE_HEIGHT};

/// A point in picture pixels.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    /// Pixels from the left edge.
    pub x: f32,
    /// Pixels from the top edge.
    pub y: f32,
}

impl Point {
    /// A point.
    pub const fn new(x: f32, y: f32) -> Point {
        Point { x, y }
    }

    /// Distance to another point.
    pub fn distance(self, other: Point) -> f32 {
        (self.x - other.x).hypot(self.y - other.y)
    }
}

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    /// Top-left corner.
    pub min: Point,
    /// Bottom-right corner.
    pub max: Point,
}

impl Rect {
    /// The rectangle with this top-left corner and size.
    pub fn from_min_size(min: Point, w: f32, h: f32) -> Rect {
        Rect {
            min,
            max: Point::new(min.x + w, min.y + h),
        }
    }

    /// The rectangle of this size centred on `c`.
    pub fn from_center_size(c: Point, w: f32, h: f32) -> Rect {
        Rect::from_min_size(Point::new(c.x - w / 2.0, c.y - h / 2.0), w, h)
    }

    /// Width.
    pub fn width(&self) -> f32 {
        self.max.x - self.min.x
    }

    /// Height.
    pub fn height(&self) -> f32 {
        self.max.y - self.min.y
    }

    /// Centre.
    pub fn center(&self) -> Point {
        Point::new(
            (self.min.x + self.max.x) / 2.0,
            (self.min.y + self.max.y) / 2.0,
        )
    }

    /// True when the two rectangles share interior area.
    pub fn intersects(&self, o: &Rect) -> bool {
        self.min.x < o.max.x && o.min.x < self.max.x && self.min.y < o.max.y && o.min.y < self.max.y
    }

    /// True when `o` lies entirely inside this rectangle.
    pub fn contains_rect(&self, o: &Rect) -> bool {
        o.min.x >= self.min.x
            && o.max.x <= self.max.x
            && o.min.y >= self.min.y
            && o.max.y <= self.max.y
    }

    /// True when the point is inside.
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.min.x && p.x <= self.max.x && p.y >= self.min.y && p.y <= self.max.y
    }

    /// True when the circle reaches into the rectangle.
    pub fn touches_circle(&self, c: Point, r: f32) -> bool {
        let nx = c.x.clamp(self.min.x, self.max.x);
        let ny = c.y.clamp(self.min.y, self.max.y);
        (c.x - nx).hypot(c.y - ny) < r
    }

    /// This rectangle grown by `d` on every side.
    pub fn expand(&self, d: f32) -> Rect {
        Rect {
            min: Point::new(self.min.x - d, self.min.y - d),
            max: Point::new(self.max.x + d, self.max.y + d),
        }
    }

    /// This rectangle moved by `(dx, dy)`.
    pub fn translate(&self, dx: f32, dy: f32) -> Rect {
        Rect {
            min: Point::new(self.min.x + dx, self.min.y + dy),
            max: Point::new(self.max.x + dx, self.max.y + dy),
        }
    }
}

/// What to lay out.
#[derive(Clone, Debug)]
pub struct LayoutOptions {
    /// Picture width in pixels.
    pub width: f32,
    /// Picture height in pixels.
    pub height: f32,
    /// Draw the satisfaction curve inside the ring.
    pub satisfaction_curve: bool,
    /// The moment to highlight (the others are dimmed), as in presentation slides.
    pub highlight: Option<usize>,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            width: 1920.0,
            height: 1080.0,
            satisfaction_curve: false,
            highlight: None,
        }
    }
}

/// One line of text, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// Top-left corner of the line box (the box is `size * LINE_HEIGHT` tall).
    pub pos: Point,
    /// The text.
    pub text: String,
    /// Font size in pixels.
    pub size: f32,
    /// Measured width in pixels.
    pub width: f32,
}

impl TextLine {
    fn new(text: String, size: f32) -> TextLine {
        let width = text::width(&text, size);
        TextLine {
            pos: Point::default(),
            text,
            size,
            width,
        }
    }

    /// The line's box.
    pub fn rect(&self) -> Rect {
        Rect::from_min_size(self.pos, self.width, self.size * LINE_HEIGHT)
    }
}

/// A small mark drawn in a label's badge row or in the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct Badge {
    /// Where it is.
    pub rect: Rect,
    /// What it shows.
    pub kind: BadgeKind,
    /// Its text (a letter, "!", or "4/5"), centred in `rect`.
    pub text: TextLine,
}

/// The kinds of badges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadgeKind {
    /// The moment is critical.
    Critical,
    /// A principle at stake.
    Principle(Principle),
    /// The satisfaction score.
    Satisfaction(u8),
}

/// A moment's label: its wrapped name and a row of badges.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// The whole label's box; nothing else is drawn inside it.
    pub rect: Rect,
    /// The name, one entry per line.
    pub lines: Vec<TextLine>,
    /// Critical mark, principles and satisfaction.
    pub badges: Vec<Badge>,
}

/// A moment's node on the ring.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeLayout {
    /// The moment it draws.
    pub id: MomentId,
    /// Its angle on the ring.
    pub angle: f64,
    /// Its centre.
    pub center: Point,
    /// True for a critical moment.
    pub critical: bool,
    /// Its number in the sequence (1-based), drawn inside the node when it fits.
    pub number: Option<TextLine>,
    /// Its label; `None` when the cycle is too crowded to label this moment.
    pub label: Option<Label>,
}

/// A direction arrow on the ring, between two consecutive moments.
#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    /// The arrow's tip and its two back corners.
    pub points: [Point; 3],
}

/// The Start or End marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// True for Start, false for End.
    pub start: bool,
    /// The pill's box.
    pub rect: Rect,
    /// Its text.
    pub text: TextLine,
}

/// One entry of the legend: a sample mark and its meaning.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    /// The sample.
    pub sample: LegendSample,
    /// Its explanation.
    pub text: TextLine,
}

/// What a legend entry shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LegendSample {
    /// A node, critical or not, centred at a point with a radius.
    Node {
        center: Point,
        radius: f32,
        critical: bool,
    },
    /// A badge.
    Badge(Badge),
    /// A short stretch of the satisfaction curve.
    Line {
        /// Start.
        from: Point,
        /// End.
        to: Point,
    },
}

impl TextLine {
    /// This line moved by `(dx, dy)`.
    pub fn translated(self, dx: f32, dy: f32) -> TextLine {
        TextLine {
            pos: Point::new(self.pos.x + dx, self.pos.y + dy),
            ..self
        }
    }
}

impl Badge {
    /// This badge moved by `(dx, dy)`.
    pub fn translated(self, dx: f32, dy: f32) -> Badge {
        Badge {
            rect: self.rect.translate(dx, dy),
            text: self.text.translated(dx, dy),
            kind: self.kind,
        }
    }
}

impl LegendSample {
    /// This sample moved by `(dx, dy)`.
    pub fn translated(self, dx: f32, dy: f32) -> LegendSample {
        let p = |p: Point| Point::new(p.x + dx, p.y + dy);
        match self {
            LegendSample::Node {
                center,
                radius,
                critical,
            } => LegendSample::Node {
                center: p(center),
                radius,
                critical,
            },
            LegendSample::Badge(b) => LegendSample::Badge(b.translated(dx, dy)),
            LegendSample::Line { from, to } => LegendSample::Line {
                from: p(from),
                to: p(to),
            },
        }
    }
}

/// The complete geometry of a picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Picture width.
    pub width: f32,
    /// Picture height.
    pub height: f32,
    /// The language of the labels the drawing adds.
    pub lang: Lang,
    /// The title line, if the document has a title.
    pub title: Option<TextLine>,
    /// The organisation line, if any.
    pub subtitle: Option<TextLine>,
    /// The ring's centre.
    pub center: Point,
    /// The ring's radius.
    pub radius: f32,
    /// The radius of every node.
    pub node_radius: f32,
    /// Width of the ring's stroke.
    pub ring_width: f32,
    /// The nodes, in sequence order.
    pub nodes: Vec<NodeLayout>,
    /// Direction arrows.
    pub arrows: Vec<Arrow>,
    /// Start and End markers.
    pub markers: Vec<Marker>,
    /// "Customer satisfaction", in the centre.
    pub centre_text: Vec<TextLine>,
    /// The legend.
    pub legend: Vec<LegendItem>,
    /// The box the legend occupies (empty when there is none).
    pub legend_rect: Rect,
    /// How many labels had to be dropped for lack of room.
    pub dropped_labels: usize,
    /// The satisfaction curve, when asked for and when at least two neighbouring moments
    /// are scored.
    pub curve: Option<Curve>,
    /// The highlighted moment.
    pub highlight: Option<usize>,
}

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
fn score_radius(levels: &[f32; 5], s: f32) -> f32 {
    let t = ((s - 1.0) / 4.0).clamp(0.0, 1.0);
    levels[0] + (levels[4] - levels[0]) * t
}

fn satisfaction_curve(doc: &Document, l: &Layout, unit: f32) -> Option<Curve> {
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
const CURVE_LOW: f32 = 0.42;

impl Layout {
    /// The node under `p`, if any (the topmost when they overlap).
    pub fn node_at(&self, p: Point) -> Option<usize> {
        let r = self.node_radius.max(6.0);
        self.nodes.iter().rposition(|n| n.center.distance(p) <= r)
    }

    /// The angle of `p` around the ring's centre.
    pub fn angle_at(&self, p: Point) -> f64 {
        let dx = f64::from(p.x - self.center.x);
        let dy = f64::from(p.y - self.center.y);
        dx.atan2(-dy).to_degrees().rem_euclid(360.0)
    }

    /// True when `p` is on (or close to) the ring's line.
    pub fn on_ring(&self, p: Point) -> bool {
        (p.distance(self.center) - self.radius).abs() <= self.node_radius.max(8.0)
    }

    /// The point on the ring at `angle`.
    pub fn point_at(&self, angle: f64) -> Point {
        polar(self.center, self.radius, angle)
    }

    /// Every label's box, for checks and hit tests.
    pub fn label_rects(&self) -> impl Iterator<Item = (usize, Rect)> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| n.label.as_ref().map(|l| (i, l.rect)))
    }
}

/// The point at `radius` and `angle` (degrees clockwise from 12 o'clock) around `c`.
pub fn polar(c: Point, radius: f32, angle: f64) -> Point {
    let a = angle.to_radians();
    Point::new(c.x + radius * a.sin() as f32, c.y - radius * a.cos() as f32)
}

/// The unit direction at `angle`.
fn direction(angle: f64) -> (f32, f32) {
    let a = angle.to_radians();
    (a.sin() as f32, -(a.cos() as f32))
}

/// Lays out `doc` in a picture of the requested size.
pub fn layout(doc: &Document, opts: &LayoutOptions) -> Layout {
    let w = opts.width.max(16.0);
    let h = opts.height.max(16.0);
    let lang = Lang::from_tag(&doc.language);
    let words = lang.drawing();
    let unit = w.min(h) / 1080.0;
    let margin = (28.0 * unit).max(4.0);

    // Header.
    let mut top = margin;
    let title = (!doc.title.trim().is_empty()).then(|| {
        let size = 50.0 * unit;
        let line = fit_line(doc.title.trim(), size, w - 2.0 * margin);
        let line = TextLine {
            pos: Point::new((w - line.width) / 2.0, top),
            ..line
        };
        top += line.rect().height();
        line
    });
    let subtitle = (!doc.organization.trim().is_empty()).then(|| {
        let size = 27.0 * unit;
        let line = fit_line(doc.organization.trim(), size, w - 2.0 * margin);
        let line = TextLine {
            pos: Point::new((w - line.width) / 2.0, top),
            ..line
        };
        top += line.rect().height();
        line
    });
    if title.is_some() || subtitle.is_some() {
        top += 12.0 * unit;
    }

    // Legend: a column in the bottom-left corner or a band along the bottom. Wide
    // pictures try both and keep the one that leaves the larger text and ring; square and
    // tall ones always use the band.
    let angles = effective_angles(doc);
    let n = doc.moments.len();
    let attempt = |column: bool| {
        let legend_items = legend_entries(doc, lang, opts.satisfaction_curve);
        let (legend, legend_rect) = place_legend(legend_items, column, lang, (w, h), margin, unit);
        let bottom = if column || legend.is_empty() {
            h - margin
        } else {
            legend_rect.min.y - 12.0 * unit
        };
        let area = Rect {
            min: Point::new(margin, top),
            max: Point::new(w - margin, bottom.max(top + 10.0)),
        };
        let (quality, placement) = search(doc, &angles, area, legend_rect, unit, lang);
        (quality, legend, legend_rect, area, placement, column)
    };
    let wide = w >= 1.3 * h;
    let mut best = attempt(wide);
    if w >= h && n <= 150 {
        let other = attempt(!wide);
        if other.0 > best.0 {
            best = other;
        }
    }
    let (_, legend, legend_rect, area, mut placement, column) = best;
    let wide = column;
    let center = area.center();
    let dropped_labels = drop_colliding_labels(&mut placement, area, legend_rect);

    let radius = placement.radius;
    let node_radius = placement.node_radius;
    let ring_width = (3.0 * unit).max(1.0);
    let arrows = arrows(center, radius, node_radius, &angles, unit);
    let page = Rect::from_min_size(Point::default(), w, h);
    let mut markers = markers(
        center,
        radius,
        node_radius,
        &angles,
        unit,
        words.start,
        words.end,
    );
    // Only in absurdly small pictures does a marker not fit; leave it out there.
    markers.retain(|m| page.contains_rect(&m.rect));

    // The centre text, in the free space inside the ring (inside the curve's lowest level
    // when the curve is drawn).
    let ring_inner = (radius - node_radius - 8.0 * unit).max(0.0);
    let inner = if opts.satisfaction_curve {
        ring_inner * CURVE_LOW * 0.8
    } else {
        ring_inner
    };
    // As large as fits, without cutting a word in two.
    let mut size = (30.0 * unit).min(inner / 4.0).max(6.0);
    let longest_word = |size: f32| {
        words
            .centre
            .split_whitespace()
            .map(|w| text::width(w, size))
            .fold(0.0, f32::max)
    };
    while longest_word(size) > inner * 1.4 && size > 6.0 {
        size *= 0.92;
    }
    let mut centre_text: Vec<TextLine> = text::wrap(words.centre, size, inner * 1.4, 2)
        .into_iter()
        .map(|t| TextLine::new(t, size))
        .collect();
    let block_h = centre_text.len() as f32 * size * LINE_HEIGHT;
    for (i, line) in centre_text.iter_mut().enumerate() {
        line.pos = Point::new(
            center.x - line.width / 2.0,
            center.y - block_h / 2.0 + i as f32 * size * LINE_HEIGHT,
        );
    }
    let inside_ring = |r: &Rect| {
        [
            r.min,
            r.max,
            Point::new(r.min.x, r.max.y),
            Point::new(r.max.x, r.min.y),
        ]
        .iter()
        .all(|p| p.distance(center) < inner)
    };
    if inner < 24.0 * unit
        || !centre_text.iter().all(|l| inside_ring(&l.rect()))
        || markers
            .iter()
            .any(|m| centre_text.iter().any(|l| l.rect().intersects(&m.rect)))
    {
        centre_text.clear();
    }

    let mut out = Layout {
        width: w,
        height: h,
        lang,
        title,
        subtitle,
        center,
        radius,
        node_radius,
        ring_width,
        nodes: placement.nodes,
        arrows,
        markers,
        centre_text,
        legend,
        legend_rect,
        dropped_labels,
        curve: None,
        highlight: opts.highlight.filter(|&i| i < n),
    };
    if !wide {
        out.centre_vertically(top, h - margin, 12.0 * unit);
    }
    if opts.satisfaction_curve {
        out.curve = satisfaction_curve(doc, &out, unit);
    }
    out
}

impl Layout {
    /// The box around the ring, its nodes and labels.
    pub fn cycle_bounds(&self) -> Rect {
        let r = self.radius + self.node_radius;
        let mut b = Rect::from_center_size(self.center, 2.0 * r, 2.0 * r);
        for (_, l) in self.label_rects() {
            b = Rect {
                min: Point::new(b.min.x.min(l.min.x), b.min.y.min(l.min.y)),
                max: Point::new(b.max.x.max(l.max.x), b.max.y.max(l.max.y)),
            };
        }
        b
    }

    /// In square and tall pictures the ring is limited by the width; rather than leave
    /// the spare height empty between it and the legend, centre the cycle and the legend
    /// together below the title.
    fn centre_vertically(&mut self, top: f32, bottom: f32, gap: f32) {
        let cycle = self.cycle_bounds();
        let legend_h = if self.legend.is_empty() {
            0.0
        } else {
            self.legend_rect.height() + gap
        };
        let block = cycle.height() + legend_h;
        let new_top = top + ((bottom - top) - block).max(0.0) / 2.0;
        let dy = new_top - cycle.min.y;
        if dy.abs() < 0.5 {
            return;
        }
        self.center.y += dy;
        for n in &mut self.nodes {
            n.center.y += dy;
            if let Some(t) = &mut n.number {
                t.pos.y += dy;
            }
            if let Some(l) = &mut n.label {
                l.rect = l.rect.translate(0.0, dy);
                l.lines.iter_mut().for_each(|t| t.pos.y += dy);
                for b in &mut l.badges {
                    b.rect = b.rect.translate(0.0, dy);
                    b.text.pos.y += dy;
                }
            }
        }
        for a in &mut self.arrows {
            a.points.iter_mut().for_each(|p| p.y += dy);
        }
        for m in &mut self.markers {
            m.rect = m.rect.translate(0.0, dy);
            m.text.pos.y += dy;
        }
        self.centre_text.iter_mut().for_each(|t| t.pos.y += dy);
        // The legend follows right below the cycle.
        let ldy = (new_top + cycle.height() + gap) - self.legend_rect.min.y;
        if ldy < 0.0 {
            self.legend_rect = self.legend_rect.translate(0.0, ldy);
            for item in &mut self.legend {
                item.text.pos.y += ldy;
                item.sample = item.sample.clone().translated(0.0, ldy);
            }
        }
    }
}

/// Places the ring and labels in `area`. Of the placements where every label fits
/// without collisions, takes the one that best balances large text against a large ring
/// (text size counts double). Failing that, the one with the fewest collisions: its
/// colliding labels are dropped later. Returns the placement and its quality (higher is
/// better; colliding placements score below every clean one).
fn search(
    doc: &Document,
    angles: &[f64],
    area: Rect,
    legend: Rect,
    unit: f32,
    lang: Lang,
) -> (f32, Placement) {
    let n = doc.moments.len();
    let center = area.center();
    let r_max = (area.width().min(area.height()) / 2.0).max(4.0);
    let mut tried: Vec<(f32, Placement)> = Vec::new();
    'scales: for scale in [1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.48, 0.42] {
        for stagger in [false, true] {
            if stagger && n < 12 {
                continue;
            }
            let p = place(
                doc,
                angles,
                center,
                r_max,
                area,
                legend,
                unit * scale,
                unit,
                stagger,
                lang,
            );
            // A clean placement at full size with a ring near its largest cannot be
            // beaten: stop there.
            let unbeatable = p.collisions == 0 && scale == 1.0 && p.radius >= 0.75 * r_max;
            tried.push((scale, p));
            if unbeatable {
                break 'scales;
            }
        }
    }
    let quality = |(scale, p): &(f32, Placement)| {
        if p.collisions == 0 {
            scale * scale * p.radius
        } else {
            -(p.collisions as f32)
        }
    };
    let best = (0..tried.len())
        .max_by(|&a, &b| quality(&tried[a]).total_cmp(&quality(&tried[b])))
        .unwrap_or(0);
    match tried.into_iter().nth(best) {
        Some(t) => (quality(&t), t.1),
        None => (
            f32::MIN,
            place(
                doc, angles, center, r_max, area, legend, unit, unit, false, lang,
            ),
        ),
    }
}

/// A single line shrunk (then ellipsised) to fit `max_width`.
fn fit_line(text: &str, size: f32, max_width: f32) -> TextLine {
    let mut size = size;
    while text::width(text, size) > max_width && size > 10.0 {
        size *= 0.9;
    }
    let lines = text::wrap(text, size, max_width, 1);
    TextLine::new(lines.into_iter().next().unwrap_or_default(), size)
}

/// One attempt at placing the ring and labels.
struct Placement {
    radius: f32,
    node_radius: f32,
    nodes: Vec<NodeLayout>,
    collisions: usize,
}

/// A label measured but not yet placed: its size and its content relative to its top-left.
struct Measured {
    w: f32,
    h: f32,
    lines: Vec<TextLine>,
    badges: Vec<Badge>,
    align: f32,
}

#[allow(clippy::too_many_arguments)]
fn place(
    doc: &Document,
    angles: &[f64],
    center: Point,
    r_max: f32,
    area: Rect,
    legend: Rect,
    text_unit: f32,
    unit: f32,
    stagger: bool,
    lang: Lang,
) -> Placement {
    let n = doc.moments.len();
    let font = 26.0 * text_unit;
    let max_w = 12.5 * font;
    let gap = 10.0 * unit;
    let measured: Vec<Measured> = doc
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| measure_label(m, font, max_w, lang, label_align(angles[i])))
        .collect();
    let tallest = measured.iter().map(|m| m.h).fold(0.0, f32::max);
    let node_radius_for = |r: f32| {
        let spacing = if n > 1 {
            r * (std::f32::consts::PI / n as f32).sin()
        } else {
            r
        };
        (22.0 * unit).min(spacing * 0.8).max(2.0)
    };
    let offsets: Vec<f32> = (0..n)
        .map(|i| {
            if stagger && i % 2 == 1 {
                tallest * 0.9
            } else {
                0.0
            }
        })
        .collect();
    let rects_at = |r: f32| -> Vec<Rect> {
        let nr = node_radius_for(r);
        (0..n)
            .map(|i| {
                let anchor = polar(center, r + nr + gap + offsets[i], angles[i]);
                attach(anchor, angles[i], measured[i].w, measured[i].h)
            })
            .collect()
    };
    // The largest ring whose labels all stay inside the area.
    let fits = |r: f32| rects_at(r).iter().all(|rc| area.contains_rect(rc));
    let r_min = r_max * 0.25;
    let mut radius = r_max - node_radius_for(r_max);
    if !fits(radius) {
        let (mut lo, mut hi) = (r_min, radius);
        for _ in 0..24 {
            let mid = (lo + hi) / 2.0;
            if fits(mid) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        radius = lo;
    }
    let node_radius = node_radius_for(radius);
    let rects = rects_at(radius);
    let centers: Vec<Point> = angles.iter().map(|&a| polar(center, radius, a)).collect();

    let mut collisions = rects
        .iter()
        .filter(|rc| !area.contains_rect(rc) || rc.intersects(&legend))
        .count();
    collisions += collisions_among(&rects, &centers, node_radius + 2.0 * unit, 2.0 * unit);

    let number_size = node_radius * 0.95;
    let nodes = measured
        .into_iter()
        .zip(rects)
        .enumerate()
        .map(|(i, (m, rect))| {
            let number = (node_radius >= 9.0 * unit.max(0.5)).then(|| {
                let size = if i + 1 >= 100 {
                    number_size * 0.7
                } else {
                    number_size
                };
                let mut t = TextLine::new((i + 1).to_string(), size);
                t.pos = Point::new(
                    centers[i].x - t.width / 2.0,
                    centers[i].y - size * LINE_HEIGHT / 2.0,
                );
                t
            });
            NodeLayout {
                id: doc.moments[i].id,
                angle: angles[i],
                center: centers[i],
                critical: doc.moments[i].critical,
                number,
                label: Some(m.place(rect)),
            }
        })
        .collect();
    Placement {
        radius,
        node_radius,
        nodes,
        collisions,
    }
}

/// How a label's lines align: 0 left, 0.5 centred, 1 right, by the side of the ring.
fn label_align(angle: f64) -> f32 {
    let (dx, _) = direction(angle);
    if dx > 0.3 {
        0.0
    } else if dx < -0.3 {
        1.0
    } else {
        0.5
    }
}

/// The box of a `w`×`h` label whose nearest corner or edge touches `anchor`, on the outer
/// side of the ring at `angle`.
fn attach(anchor: Point, angle: f64, w: f32, h: f32) -> Rect {
    let (dx, dy) = direction(angle);
    let cx = anchor.x + w / 2.0 * (dx * 2.5).clamp(-1.0, 1.0);
    let cy = anchor.y + h / 2.0 * (dy * 2.5).clamp(-1.0, 1.0);
    Rect::from_center_size(Point::new(cx, cy), w, h)
}

fn measure_label(
    m: &crate::model::Moment,
    font: f32,
    max_w: f32,
    lang: Lang,
    align: f32,
) -> Measured {
    let lines: Vec<TextLine> = text::wrap(&m.name, font, max_w, 3)
        .into_iter()
        .map(|t| TextLine::new(t, font))
        .collect();
    let line_h = font * LINE_HEIGHT;
    let badge_size = font * 1.05;
    let badge_font = font * 0.74;
    let mut badges = Vec::new();
    let mut kinds: Vec<BadgeKind> = Vec::new();
    if m.critical {
        kinds.push(BadgeKind::Critical);
    }
    kinds.extend(m.principles.iter().map(|&p| BadgeKind::Principle(p)));
    if let Some(s) = m.satisfaction {
        kinds.push(BadgeKind::Satisfaction(s));
    }
    let mut x = 0.0;
    let row_y = lines.len() as f32 * line_h + font * 0.15;
    for kind in kinds {
        let badge = make_badge(kind, lang, Point::new(x, row_y), badge_size, badge_font);
        x = badge.rect.max.x + badge_size * 0.22;
        badges.push(badge);
    }
    let row_w = if badges.is_empty() {
        0.0
    } else {
        x - badge_size * 0.22
    };
    let text_w = lines.iter().map(|l| l.width).fold(0.0, f32::max);
    let w = text_w.max(row_w).max(1.0);
    let h = lines.len() as f32 * line_h
        + if badges.is_empty() {
            0.0
        } else {
            font * 0.15 + badge_size
        };
    let mut lines = lines;
    for (i, l) in lines.iter_mut().enumerate() {
        l.pos = Point::new((w - l.width) * align, i as f32 * line_h);
    }
    let shift = (w - row_w) * align;
    for b in &mut badges {
        b.rect = b.rect.translate(shift, 0.0);
        b.text.pos.x += shift;
    }
    Measured {
        w,
        h: h.max(1.0),
        lines,
        badges,
        align,
    }
}

impl Measured {
    fn place(self, rect: Rect) -> Label {
        let (dx, dy) = (rect.min.x, rect.min.y);
        let _ = self.align;
        Label {
            rect,
            lines: self
                .lines
                .into_iter()
                .map(|l| TextLine {
                    pos: Point::new(l.pos.x + dx, l.pos.y + dy),
                    ..l
                })
                .collect(),
            badges: self
                .badges
                .into_iter()
                .map(|b| Badge {
                    rect: b.rect.translate(dx, dy),
                    text: TextLine {
                        pos: Point::new(b.text.pos.x + dx, b.text.pos.y + dy),
                        ..b.text
                    },
                    kind: b.kind,
                })
                .collect(),
        }
    }
}

/// A badge with its top-left corner at `at`.
fn make_badge(kind: BadgeKind, lang: Lang, at: Point, size: f32, font: f32) -> Badge {
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

/// Drops labels, greedily, until none collides; returns how many were dropped.
fn drop_colliding_labels(p: &mut Placement, area: Rect, legend: Rect) -> usize {
    if p.collisions == 0 {
        return 0;
    }
    let centers: Vec<Point> = p.nodes.iter().map(|n| n.center).collect();
    let nr = p.node_radius;
    let mut kept: Vec<Rect> = Vec::new();
    let mut dropped = 0;
    for node in &mut p.nodes {
        let Some(label) = &node.label else { continue };
        let rc = label.rect;
        let bad = !area.contains_rect(&rc)
            || rc.intersects(&legend)
            || kept.iter().any(|k| k.expand(1.0).intersects(&rc))
            || centers.iter().any(|&c| rc.touches_circle(c, nr + 1.0));
        if bad {
            node.label = None;
            dropped += 1;
        } else {
            kept.push(rc);
        }
    }
    dropped
}

fn arrows(center: Point, radius: f32, node_radius: f32, angles: &[f64], unit: f32) -> Vec<Arrow> {
    let n = angles.len();
    let size = (9.0 * unit).max(3.0);
    let mut out = Vec::new();
    for i in 0..n.saturating_sub(1) {
        let (a0, a1) = (angles[i], angles[i + 1]);
        let span = clockwise(a0, a1);
        let arc_len = f64::from(radius) * span.to_radians();
        if arc_len < f64::from(2.0 * node_radius + 3.0 * size) {
            continue;
        }
        let mid = a0 + span / 2.0;
        let tip_angle = mid + (f64::from(size) / f64::from(radius)).to_degrees();
        let back_angle = mid - (f64::from(size) / f64::from(radius)).to_degrees();
        let tip = polar(center, radius, tip_angle);
        let back_out = polar(center, radius + size * 0.9, back_angle);
        let back_in = polar(center, radius - size * 0.9, back_angle);
        out.push(Arrow {
            points: [tip, back_out, back_in],
        });
    }
    out
}

fn markers(
    center: Point,
    radius: f32,
    node_radius: f32,
    angles: &[f64],
    unit: f32,
    start: &str,
    end: &str,
) -> Vec<Marker> {
    let n = angles.len();
    if n == 0 {
        return Vec::new();
    }
    let size = (17.0 * unit).max(6.0);
    let pill = |text: &str, angle: f64, is_start: bool| {
        let mut t = TextLine::new(text.to_owned(), size);
        let w = t.width + size * 1.0;
        let h = size * 1.5;
        let anchor = polar(center, radius - node_radius - 8.0 * unit, angle);
        // Attach inwards: the box sits on the inner side of the ring.
        let rect = attach(anchor, angle + 180.0, w, h);
        t.pos = Point::new(
            rect.min.x + (w - t.width) / 2.0,
            rect.min.y + (h - size * LINE_HEIGHT) / 2.0,
        );
        Marker {
            start: is_start,
            rect,
            text: t,
        }
    };
    let mut first = pill(start, angles[0], true);
    if n == 1 {
        return vec![first];
    }
    let mut last = pill(end, angles[n - 1], false);
    // Start and End sit side by side near the closing gap; keep them apart.
    if first.rect.expand(4.0 * unit).intersects(&last.rect) {
        let dx_first = if first.rect.center().x >= last.rect.center().x {
            1.0
        } else {
            -1.0
        };
        let overlap = (first.rect.width() + last.rect.width()) / 2.0 + 6.0 * unit
            - (first.rect.center().x - last.rect.center().x).abs();
        let shift = overlap / 2.0 * dx_first;
        first.rect = first.rect.translate(shift, 0.0);
        first.text.pos.x += shift;
        last.rect = last.rect.translate(-shift, 0.0);
        last.text.pos.x -= shift;
    }
    vec![first, last]
}

fn legend_entries(doc: &Document, lang: Lang, curve: bool) -> Vec<(LegendSampleKind, String)> {
    let words = lang.drawing();
    if doc.moments.is_empty() {
        return Vec::new();
    }
    let mut items = vec![(LegendSampleKind::Node(false), words.moment.to_owned())];
    if doc.moments.iter().any(|m| m.critical) {
        items.push((LegendSampleKind::Node(true), words.critical.to_owned()));
    }
    if let Some(s) = doc.moments.iter().find_map(|m| m.satisfaction) {
        items.push((
            LegendSampleKind::Badge(BadgeKind::Satisfaction(s)),
            words.satisfaction.to_owned(),
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
        items.push((LegendSampleKind::Line, words.curve.to_owned()));
    }
    items
}

#[derive(Clone, Copy)]
enum LegendSampleKind {
    Line,
    Node(bool),
    Badge(BadgeKind),
}

fn place_legend(
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

/// How many label boxes touch a node (within `node_reach` of its centre) plus how many
/// pairs of label boxes come closer than `pad`. A sweep along x keeps this near-linear,
/// which matters for cycles with hundreds of moments.
fn collisions_among(rects: &[Rect], centers: &[Point], node_reach: f32, pad: f32) -> usize {
    let mut by_x: Vec<usize> = (0..rects.len()).collect();
    by_x.sort_by(|&a, &b| rects[a].min.x.total_cmp(&rects[b].min.x));
    let mut count = 0;
    for (k, &i) in by_x.iter().enumerate() {
        let a = rects[i].expand(pad);
        for &j in &by_x[k + 1..] {
            if rects[j].min.x >= a.max.x {
                break;
            }
            if a.intersects(&rects[j]) {
                count += 1;
            }
        }
    }
    let mut xs: Vec<Point> = centers.to_vec();
    xs.sort_by(|a, b| a.x.total_cmp(&b.x));
    for rc in rects {
        let from = xs.partition_point(|c| c.x < rc.min.x - node_reach);
        if xs[from..]
            .iter()
            .take_while(|c| c.x <= rc.max.x + node_reach)
            .any(|&c| rc.touches_circle(c, node_reach))
        {
            count += 1;
        }
    }
    count
}
