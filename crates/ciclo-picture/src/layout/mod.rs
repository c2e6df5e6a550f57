//! The geometry of a service-cycle picture, computed once from a document and a size and
//! shared by every renderer (the window's canvas, SVG, PNG).
//!
//! Coordinates are pixels with the origin at the picture's top-left corner and y growing
//! downwards. Angles are degrees clockwise from 12 o'clock.
//!
//! The layout guarantees what a reader needs: no label overlaps another label, a node or
//! the legend, nothing leaves the picture, and every label is nearer its own node than
//! any other or tied to it by a leader line. It tries large text first, beside the
//! nodes, then in side columns (three lines, two, one; badges after the name), and
//! shrinks the text until everything fits; every name is shown whole at 16 px up to 40
//! moments at 1080p, 12 px up to 60, 24 px up to 100 at 4K. Only when even small text
//! cannot fit (hundreds of moments) does it leave labels out, critical moments' last,
//! and counts them in [`Layout::dropped_labels`], keeping every numbered node.

mod card;
mod columns;
mod curve;
mod drag;
mod grid;
mod labels;
mod legend;
mod measure;
mod page;
mod ring;

pub use crate::geometry::{Point, Rect, polar};
pub use card::{CardLayout, CardLine, CardText, PHOTO_COLUMN_SHARE, card_layout, card_lines};
pub use curve::Curve;
pub use ring::RingLine;

use crate::geometry::direction;
use crate::text::{self, LINE_HEIGHT};
use ciclo_doc::arrange::{clockwise, effective_angles};
use ciclo_doc::lang::{Lang, Term};
use ciclo_doc::model::{Document, MomentId, Principle};
use columns::{Frame, place_columns};
use curve::{CURVE_LOW, satisfaction_curve};
use grid::{collisions_among, keep_clear};
use labels::{
    Placement, attach, build_nodes, drop_colliding_labels, largest_fitting, node_number,
    node_radius, search, wider_font_room,
};
use legend::{legend_entries, place_legend};
use measure::{LabelCache, Measured, SCALES, Style, make_badge, right_side};
use page::{centre_text, header};
use ring::{arrows, markers};

/// The size of a picture when nobody says otherwise, in pixels: 1920×1080. The export's
/// default, the command line's `--width` and `--height`, the window's slides and decks,
/// and the canvas before its first picture all use it.
pub const DEFAULT_SIZE: (u32, u32) = (1920, 1080);

/// What a picture of a cycle shows: its size, the satisfaction curve, the moment in
/// focus. Every picture (canvas, presentation, export, slides) is drawn from one of these
/// by [`crate::picture::picture`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PictureOptions {
    /// Picture width in pixels.
    pub width: f32,
    /// Picture height in pixels.
    pub height: f32,
    /// Draw the satisfaction curve inside the ring.
    pub satisfaction_curve: bool,
    /// The moment to highlight (the others are dimmed), as in presentation slides.
    pub highlight: Option<usize>,
}

impl Default for PictureOptions {
    fn default() -> Self {
        PictureOptions {
            width: DEFAULT_SIZE.0 as f32,
            height: DEFAULT_SIZE.1 as f32,
            satisfaction_curve: false,
            highlight: None,
        }
    }
}

impl PictureOptions {
    /// The whole cycle in a picture of `width`×`height` pixels, without the curve.
    pub fn sized(width: f32, height: f32) -> PictureOptions {
        PictureOptions {
            width,
            height,
            ..PictureOptions::default()
        }
    }

    /// The same picture, with the satisfaction curve or without it.
    pub fn with_curve(self, satisfaction_curve: bool) -> PictureOptions {
        PictureOptions {
            satisfaction_curve,
            ..self
        }
    }

    /// The same picture at another size.
    pub fn resized(self, width: f32, height: f32) -> PictureOptions {
        PictureOptions {
            width,
            height,
            ..self
        }
    }

    /// The same picture with moment `index` highlighted and the others dimmed.
    pub fn highlighting(self, index: usize) -> PictureOptions {
        PictureOptions {
            highlight: Some(index),
            ..self
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
    /// A line from the node's rim to the label, for a label that sits away from its
    /// node (side columns, crowded rings); empty when the label is beside its node.
    pub leader: Vec<Point>,
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
        /// Centre.
        center: Point,
        /// Radius.
        radius: f32,
        /// True for the critical sample.
        critical: bool,
        /// The "!" inside the critical sample, as in a critical moment's badge row.
        mark: Option<TextLine>,
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
                mark,
            } => LegendSample::Node {
                center: p(center),
                radius,
                critical,
                mark: mark.map(|t| t.translated(dx, dy)),
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

/// Where the legend and the cycle go, and how the labels are set.
struct Arrangement {
    legend: Vec<LegendItem>,
    legend_rect: Rect,
    /// The room for the ring and its labels.
    area: Rect,
    placement: Placement,
    /// True when the legend is a column beside the cycle, not a band below it.
    column: bool,
}

/// The legend as a column in the bottom-left corner or as a band along the bottom, and
/// the best placement of the cycle in the room it leaves below `top`. Wide pictures try
/// both and keep the one that leaves the larger text and ring; square and tall ones
/// always use the band.
fn arrange(
    doc: &Document,
    opts: &PictureOptions,
    angles: &[f64],
    labels: &LabelCache,
    top: f32,
    margin: f32,
    unit: f32,
) -> Arrangement {
    let (w, h) = (opts.width.max(16.0), opts.height.max(16.0));
    let lang = Lang::from_tag(&doc.language);
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
        let (quality, placement) = search(doc, angles, area, legend_rect, unit, labels);
        (
            quality,
            Arrangement {
                legend,
                legend_rect,
                area,
                placement,
                column,
            },
        )
    };
    let wide = w >= 1.3 * h;
    let mut best = attempt(wide);
    if w >= h && doc.moments.len() <= 150 {
        let other = attempt(!wide);
        if other.0 > best.0 {
            best = other;
        }
    }
    best.1
}

/// Lays out `doc` in a picture of the requested size.
pub fn layout(doc: &Document, opts: &PictureOptions) -> Layout {
    let w = opts.width.max(16.0);
    let h = opts.height.max(16.0);
    let lang = Lang::from_tag(&doc.language);
    let unit = w.min(h) / 1080.0;
    let margin = (28.0 * unit).max(4.0);

    let (title, subtitle, top) = header(doc, w, margin, unit);

    let angles = effective_angles(doc);
    let n = doc.moments.len();
    let labels = LabelCache::new(doc, &angles, unit, lang);
    let Arrangement {
        legend,
        legend_rect,
        area,
        placement,
        column,
    } = arrange(doc, opts, &angles, &labels, top, margin, unit);
    let wide = column;
    let center = area.center();
    let mut nodes = build_nodes(
        doc,
        &angles,
        center,
        &placement,
        labels.at(placement.scale, placement.style),
        unit,
    );
    let dropped_labels =
        drop_colliding_labels(&mut nodes, placement.node_radius, area, legend_rect);

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
        lang.msg("drawing-start"),
        lang.msg("drawing-end"),
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
    let centre_text = centre_text(lang.msg("drawing-centre"), center, inner, &markers, unit);

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
        nodes,
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
