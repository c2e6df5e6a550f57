//! Painting the exporter's scene with egui: one conversion from [`scene::Shape`] to
//! [`egui::Shape`], shared by the canvas and the presentation, so that both show exactly
//! what the PNG shows. Page point `p` goes to `origin + p * zoom`. Photos come from the
//! window's photo cache, fitted in their frames as the exporters fit them.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use egui::Galley;
use egui::epaint::{CircleShape, PathShape, RectShape};
use egui::{Color32, FontId, Pos2, Rect, Shape, StrokeKind, Ui, vec2};

use ciclo_doc::lang::Lang;
use ciclo_picture::layout::{self, Point};
use ciclo_picture::scene::{self, Rgba};
use ciclo_render::photo_set;

use super::photo_cache::{Entry, PhotoCache, Tier};
use ciclo_picture::text::LINE_HEIGHT;

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

/// Where the window's painters find the photos a scene shows: the window's one photo
/// cache, the document's file (relative photo paths start from its folder) and the
/// language of the placeholders' words.
pub(crate) struct PhotoSource<'a> {
    /// The window's photo cache.
    pub(crate) cache: &'a mut PhotoCache,
    /// The file the document belongs to.
    pub(crate) document: Option<&'a Path>,
    /// The placeholders' language: the document's, as the exports write them.
    pub(crate) lang: Lang,
}

/// Appends the egui shapes of a photo: the photo fitted in its frame as every exporter
/// fits it ([`photo_set::fit`]), or a placeholder with the photo's path saying that it
/// is loading, or why it cannot be shown. Without a cache, the placeholder says that the
/// photo is not loaded.
fn convert_photo(
    ui: &Ui,
    (rect, key, role): (layout::Rect, &str, scene::Role),
    (zoom, at): (f32, &dyn Fn(Point) -> Pos2),
    photos: Option<&mut PhotoSource<'_>>,
    galleys: &mut Galleys,
    out: &mut Vec<Shape>,
) {
    let reason = match photos {
        None => Lang::default().msg("photo-not-loaded").to_owned(),
        Some(src) => {
            let path = ciclo_doc::model::resolve_photo(key, src.document);
            let pixels = rect.width().max(rect.height()) * zoom * ui.pixels_per_point();
            let tier = Tier::for_pixels(pixels);
            // Asks for the photo the first time; the look-ups below only read.
            src.cache.get(ui.ctx(), &path, tier);
            // While the photo decodes at this size, the same photo at another size (if
            // one is ready) stands in.
            let stand_in = src.cache.stand_in(&path, tier);
            let shown = match (src.cache.peek(&path, tier), stand_in) {
                (Some(Entry::Ready(t)), _) | (Some(Entry::Loading), Some(t)) => Ok(t),
                (Some(e @ Entry::Failed(_)), _) => Err(e.reason(src.lang).unwrap_or_default()),
                _ => Err(src.lang.msg("photo-loading").to_owned()),
            };
            match shown {
                Ok(texture) => {
                    let [w, h] = texture.size();
                    let r = photo_set::fit(rect, w as u32, h as u32);
                    let r = Rect::from_min_max(at(r.min), at(r.max));
                    let uv = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0));
                    out.push(Shape::image(texture.id(), r, uv, Color32::WHITE));
                    return;
                }
                Err(reason) => reason,
            }
        }
    };
    for p in photo_set::placeholder(rect, key, &reason, role) {
        convert_primitive(ui, &p, (zoom, at), galleys, out);
    }
}

/// Appends the egui shapes of one scene shape; photos come from `photos`.
pub(crate) fn convert(
    ui: &Ui,
    s: &scene::Shape,
    (zoom, at): (f32, &dyn Fn(Point) -> Pos2),
    photos: Option<&mut PhotoSource<'_>>,
    galleys: &mut Galleys,
    out: &mut Vec<Shape>,
) {
    match s {
        scene::Shape::Photo { rect, key, role } => {
            convert_photo(ui, (*rect, key, *role), (zoom, at), photos, galleys, out);
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
        scene::Shape::Photo { .. } => {} // `convert_photo` draws it
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
/// goes to `origin + p * zoom`. For other views of the document (the presentation); the
/// photos come from `photos`.
pub(crate) fn egui_shapes(
    ui: &Ui,
    shapes: &[scene::Shape],
    (origin, zoom): (Pos2, f32),
    mut photos: Option<&mut PhotoSource<'_>>,
) -> Vec<Shape> {
    let at = |p: Point| origin + vec2(p.x, p.y) * zoom;
    let mut galleys = Galleys {
        old: HashMap::new(),
        new: HashMap::new(),
    };
    let mut out = Vec::with_capacity(shapes.len());
    for s in shapes {
        convert(
            ui,
            s,
            (zoom, &at),
            photos.as_deref_mut(),
            &mut galleys,
            &mut out,
        );
    }
    out
}
