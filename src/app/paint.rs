//! Painting the exporter's scene with egui: one conversion from [`scene::Shape`] to
//! [`egui::Shape`], shared by the canvas and the presentation, so that both show exactly
//! what the PNG shows. Page point `p` goes to `origin + p * zoom`.

use std::collections::HashMap;
use std::sync::Arc;

use egui::Galley;
use egui::epaint::{CircleShape, PathShape, RectShape};
use egui::{Color32, FontId, Pos2, Rect, Shape, StrokeKind, Ui, vec2};

use crate::layout::{self, Point};
use crate::scene::{self, Rgba};
use crate::text::LINE_HEIGHT;

/// Text smaller than this many points on screen is not drawn (it would be a smudge).
const MIN_TEXT: f32 = 1.5;

/// An egui colour.
pub(crate) fn color(c: Rgba) -> Color32 {
    let [r, g, b, a] = c.0;
    Color32::from_rgba_unmultiplied(r, g, b, a)
}

/// The red of critical moments, as the picture paints it, for the window's lists, menus
/// and tooltips.
pub(crate) const CRITICAL: Color32 = {
    let [r, g, b, _] = scene::palette::CRITICAL.0;
    Color32::from_rgb(r, g, b)
};

fn stroke_of(s: &Option<scene::Stroke>, zoom: f32) -> egui::Stroke {
    s.map_or(egui::Stroke::NONE, |s| {
        egui::Stroke::new(s.width * zoom, color(s.color))
    })
}

/// Laid-out texts of the previous and the current rebuild, by text, size and colour.
pub(crate) struct Galleys {
    /// Galleys of the previous rebuild, reused when the same text comes again.
    pub(crate) old: HashMap<GalleyKey, Arc<Galley>>,
    /// Galleys of this rebuild.
    pub(crate) new: HashMap<GalleyKey, Arc<Galley>>,
}

pub(crate) type GalleyKey = (String, u32, [u8; 4]);

impl Galleys {
    fn get(&mut self, ui: &Ui, text: &str, px: f32, c: Rgba) -> Arc<Galley> {
        let key = (text.to_owned(), px.to_bits(), c.0);
        if let Some(g) = self.new.get(&key) {
            return g.clone();
        }
        let g = match self.old.remove(&key) {
            Some(g) => g,
            None => ui
                .painter()
                .layout_no_wrap(key.0.clone(), FontId::proportional(px), color(c)),
        };
        self.new.insert(key, g.clone());
        g
    }
}

/// The window does not decode full photos for the canvas and the presentation yet (the
/// inspector shows thumbnails): it shows where each one goes, and its path, as every
/// painter shows a photo it cannot draw.
fn photo_placeholder(rect: crate::layout::Rect, key: &str, role: scene::Role) -> Vec<scene::Shape> {
    let reason = crate::photo_set::PhotoSet::default()
        .get(key)
        .err()
        .unwrap_or_default();
    crate::photo_set::placeholder(rect, key, &reason, role)
}

/// Appends the egui shapes of one scene shape.
pub(crate) fn convert(
    ui: &Ui,
    s: &scene::Shape,
    zoom: f32,
    at: &dyn Fn(Point) -> Pos2,
    galleys: &mut Galleys,
    out: &mut Vec<Shape>,
) {
    match s {
        scene::Shape::Photo { rect, key, role } => {
            for p in photo_placeholder(*rect, key, *role) {
                convert_primitive(ui, &p, (zoom, at), galleys, out);
            }
        }
        _ => convert_primitive(ui, s, (zoom, at), galleys, out),
    }
}

/// Appends the egui shapes of a circle, path, rectangle or line of text.
fn convert_primitive(
    ui: &Ui,
    s: &scene::Shape,
    (zoom, at): (f32, &dyn Fn(Point) -> Pos2),
    galleys: &mut Galleys,
    out: &mut Vec<Shape>,
) {
    match s {
        scene::Shape::Photo { .. } => {} // `convert` draws its placeholder
        scene::Shape::Circle {
            center,
            radius,
            fill,
            stroke,
            ..
        } => {
            let fill = fill.map_or(Color32::TRANSPARENT, color);
            match stroke {
                Some(st) if st.dash.is_some() => {
                    out.push(Shape::Circle(CircleShape::filled(
                        at(*center),
                        radius * zoom,
                        fill,
                    )));
                    let c = *center;
                    let pts: Vec<Pos2> = (0..=180)
                        .map(|k| at(layout::polar(c, *radius, k as f64 * 2.0)))
                        .collect();
                    let dash = st.dash.unwrap_or(4.0) * zoom;
                    out.extend(Shape::dashed_line(
                        &pts,
                        stroke_of(stroke, zoom),
                        dash,
                        dash,
                    ));
                }
                _ => out.push(Shape::Circle(CircleShape {
                    center: at(*center),
                    radius: radius * zoom,
                    fill,
                    stroke: stroke_of(stroke, zoom),
                })),
            }
        }
        scene::Shape::Path {
            points,
            closed,
            fill,
            stroke,
            ..
        } => {
            let pts: Vec<Pos2> = points.iter().map(|p| at(*p)).collect();
            let st = stroke_of(stroke, zoom);
            if let Some(dash) = stroke.and_then(|s| s.dash) {
                out.extend(Shape::dashed_line(&pts, st, dash * zoom, dash * zoom));
            } else if *closed {
                out.push(Shape::Path(PathShape::convex_polygon(
                    pts,
                    fill.map_or(Color32::TRANSPARENT, color),
                    st,
                )));
            } else {
                out.push(Shape::Path(PathShape::line(pts, st)));
            }
        }
        scene::Shape::Rect {
            rect,
            corner,
            fill,
            stroke,
            ..
        } => {
            let r = Rect::from_min_max(at(rect.min), at(rect.max));
            out.push(Shape::Rect(RectShape::new(
                r,
                corner * zoom,
                fill.map_or(Color32::TRANSPARENT, color),
                stroke_of(stroke, zoom),
                StrokeKind::Middle,
            )));
        }
        scene::Shape::Text {
            pos,
            text,
            size,
            color: c,
            ..
        } => {
            let px = size * zoom;
            if px < MIN_TEXT {
                return;
            }
            // The window always draws the bundled font, so the line starts at `pos`
            // whatever its anchor (which only matters where another font draws it).
            let galley = galleys.get(ui, text, px, *c);
            let top = at(*pos) + vec2(0.0, (size * LINE_HEIGHT * zoom - galley.size().y) / 2.0);
            out.push(Shape::galley(top, galley, color(*c)));
        }
    }
}

/// Converts scene shapes to egui shapes exactly as the canvas paints them: page point `p`
/// goes to `origin + p * zoom`. For other views of the document (the presentation).
pub(crate) fn egui_shapes(ui: &Ui, shapes: &[scene::Shape], origin: Pos2, zoom: f32) -> Vec<Shape> {
    let at = |p: Point| origin + vec2(p.x, p.y) * zoom;
    let mut galleys = Galleys {
        old: HashMap::new(),
        new: HashMap::new(),
    };
    let mut out = Vec::with_capacity(shapes.len());
    for s in shapes {
        convert(ui, s, zoom, &at, &mut galleys, &mut out);
    }
    out
}
