//! The canvas: paints the exporter's scene on a zoomable, pannable page, and turns
//! pointer gestures into edits.
//!
//! Coordinates: the layout works in *page* pixels (the exported picture's pixels, origin at
//! its top-left). `screen_from_page` maps them to egui points: `origin + p * zoom`.

use std::collections::HashMap;
use std::sync::Arc;

use egui::Galley;
use egui::{Color32, Pos2, Rect, Shape, Ui, Vec2, vec2};

use ciclo_doc::model::MomentId;
use ciclo_picture::layout::{Layout, Point};
use ciclo_picture::picture::{Picture, PictureOptions, picture};
use ciclo_picture::scene;

mod access;
mod gestures;

pub(crate) use super::paint::egui_shapes;
use super::paint::{GalleyKey, Galleys, PhotoSource, convert};
use super::view;
pub(crate) use gestures::canvas_ui;

const MIN_ZOOM: f32 = 0.05;
const MAX_ZOOM: f32 = 8.0;

/// The layout and scene of one document revision at one page size.
struct SceneCache {
    key: (u64, u32, u32, bool),
    layout: Layout,
    shapes: Vec<scene::Shape>,
    /// True for a drag step's picture ([`Layout::moved`]); a full layout replaces it
    /// once the drag ends.
    draft: bool,
}

/// The scene converted to egui shapes for one zoom and position (and, for a scene with
/// photos, one revision of the photo cache).
struct PaintCache {
    key: (u64, u32, u32, bool, u32, u32, u32, u64),
    shapes: Vec<Shape>,
}

/// What a pointer drag on the canvas is doing.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drag {
    /// Moving a moment along the ring.
    Node(MomentId),
    /// Moving the view.
    Pan,
}

/// View state and caches of the canvas. Never saved in the document.
pub struct Canvas {
    zoom: f32,
    /// The page centre's offset from the canvas centre, in points.
    offset: Vec2,
    /// True while the view follows the window: fitted on every resize.
    fitting: bool,
    rect: Rect,
    scene: Option<SceneCache>,
    painted: Option<PaintCache>,
    drag: Option<Drag>,
    /// The moment the open context menu is about.
    context: Option<MomentId>,
    id: egui::Id,
    galleys: HashMap<GalleyKey, Arc<Galley>>,
    /// The font atlas state the galleys were laid out against.
    atlas: (f32, Option<egui::epaint::text::TextOptions>),
    /// A window over the canvas (the Export dialog) that fitting keeps the page out of.
    pub(crate) covered: Option<Rect>,
    /// The widgets that stand for the moments, as of the last frame.
    node_widgets: std::collections::HashSet<egui::Id>,
}

impl Default for Canvas {
    fn default() -> Self {
        Canvas {
            zoom: 1.0,
            offset: Vec2::ZERO,
            fitting: true,
            rect: Rect::NOTHING,
            scene: None,
            painted: None,
            drag: None,
            context: None,
            id: egui::Id::unique("ciclo-canvas"),
            galleys: HashMap::new(),
            atlas: (0.0, None),
            covered: None,
            node_widgets: Default::default(),
        }
    }
}

impl Canvas {
    /// The canvas widget's id (it takes keyboard focus for Tab and Delete).
    pub fn id(&self) -> egui::Id {
        self.id
    }

    /// The zoom, 1.0 = one page pixel per point.
    pub fn zoom(&self) -> f32 {
        self.zoom
    }

    /// Fits the page to the view, now and on every resize until the user zooms or pans.
    pub fn fit(&mut self) {
        self.fitting = true;
        self.offset = Vec2::ZERO;
    }

    /// Zooms and centres so that the page and everything drawn on it show whole, in the
    /// part of the canvas that no window covers.
    fn fit_now(&mut self) {
        let page = self.page_size();
        let bounds = self
            .scene
            .as_ref()
            .map_or(view::page_rect(page), |s| view::drawn_bounds(&s.layout));
        let free = view::free_part(self.rect, self.covered, bounds.aspect_ratio());
        let (zoom, offset) = view::fit(self.rect, free, page, bounds);
        self.zoom = zoom.clamp(MIN_ZOOM, MAX_ZOOM);
        self.offset = offset;
    }

    /// The canvas's rectangle on screen, as of the last frame.
    pub fn rect(&self) -> Rect {
        self.rect
    }

    /// How many moment names the drawing had to leave out for lack of room.
    pub fn dropped_labels(&self) -> usize {
        self.scene.as_ref().map_or(0, |s| s.layout.dropped_labels)
    }

    /// Zooms by `factor` around the canvas centre.
    pub fn zoom_by(&mut self, factor: f32) {
        let c = self.rect.center();
        self.zoom_around(factor, c);
    }

    fn zoom_around(&mut self, factor: f32, at: Pos2) {
        let new = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let c = self.rect.center();
        let from_c = at - c - self.offset;
        self.offset = at - c - from_c * (new / self.zoom);
        self.zoom = new;
        self.fitting = false;
    }

    fn origin(&self, page: Vec2) -> Pos2 {
        self.rect.center() + self.offset - page * 0.5 * self.zoom
    }

    fn page_size(&self) -> Vec2 {
        let (w, h) = ciclo_picture::picture::DEFAULT_SIZE;
        self.scene.as_ref().map_or(vec2(w as f32, h as f32), |s| {
            vec2(s.layout.width, s.layout.height)
        })
    }

    fn screen_from_page(&self, p: Point) -> Pos2 {
        self.origin(self.page_size()) + vec2(p.x, p.y) * self.zoom
    }

    fn page_from_screen(&self, p: Pos2) -> Point {
        let v = (p - self.origin(self.page_size())) / self.zoom;
        Point::new(v.x, v.y)
    }

    /// The index of the moment drawn under screen point `p`.
    pub(crate) fn node_at(&self, p: Pos2) -> Option<usize> {
        self.scene
            .as_ref()?
            .layout
            .node_at(self.page_from_screen(p))
    }

    /// The id of the moment drawn `index`-th.
    fn node_id(&self, index: usize) -> Option<MomentId> {
        Some(self.scene.as_ref()?.layout.nodes.get(index)?.id)
    }

    /// Where moment `index` was drawn.
    pub fn node_screen_pos(&self, index: usize) -> Option<Pos2> {
        let node = self.scene.as_ref()?.layout.nodes.get(index)?;
        Some(self.screen_from_page(node.center))
    }

    /// Where the ring passes at `angle`.
    pub fn ring_screen_pos(&self, angle: f64) -> Option<Pos2> {
        let layout = &self.scene.as_ref()?.layout;
        Some(self.screen_from_page(layout.point_at(angle)))
    }

    /// The moment being dragged, if any.
    pub(crate) fn dragging(&self) -> Option<MomentId> {
        match self.drag {
            Some(Drag::Node(id)) => Some(id),
            _ => None,
        }
    }

    /// The layout the canvas shows now.
    pub fn layout(&self) -> Option<&Layout> {
        self.scene.as_ref().map(|s| &s.layout)
    }

    /// The texts of the current scene.
    pub fn texts(&self) -> Vec<String> {
        scene::texts(self.shapes())
    }

    /// The shapes the canvas paints now, in page pixels, before they are turned into egui
    /// shapes.
    pub fn shapes(&self) -> &[scene::Shape] {
        self.scene.as_ref().map_or(&[], |s| s.shapes.as_slice())
    }

    fn update_scene(
        &mut self,
        doc: &ciclo_doc::model::Document,
        revision: u64,
        page: (u32, u32),
        curve: bool,
    ) {
        let key = (revision, page.0, page.1, curve);
        let dragging = matches!(self.drag, Some(Drag::Node(_)));
        if let Some(s) = &self.scene
            && s.key == key
            && (dragging || !s.draft)
        {
            return;
        }
        // A drag step moves only what the drag changes; the drop lays out in full.
        let same_page = |s: &SceneCache| (s.key.1, s.key.2, s.key.3) == (page.0, page.1, curve);
        if dragging
            && let Some(layout) = self
                .scene
                .as_ref()
                .filter(|s| same_page(s))
                .and_then(|s| s.layout.moved(doc))
        {
            let Picture { layout, shapes } = Picture::from_layout(layout);
            self.scene = Some(SceneCache {
                key,
                layout,
                shapes,
                draft: true,
            });
            return;
        }
        let opts = PictureOptions::sized(page.0 as f32, page.1 as f32).with_curve(curve);
        let Picture { layout, shapes } = picture(doc, &opts);
        self.scene = Some(SceneCache {
            key,
            layout,
            shapes,
            draft: false,
        });
    }

    fn paint_shapes(&mut self, ui: &Ui, photos: &mut PhotoSource<'_>) -> &[Shape] {
        let page = self.page_size();
        let origin = self.origin(page);
        // Galleys point into egui's font atlas; when egui clears the atlas (it filled up,
        // or the text options changed with the theme), every kept galley is stale.
        let atlas = ui.fonts(|f| (f.font_atlas_fill_ratio(), Some(*f.options())));
        if atlas.0 < self.atlas.0 || atlas.1 != self.atlas.1 {
            self.galleys.clear();
            self.painted = None;
        }
        self.atlas = atlas;
        let Some(scene) = &self.scene else { return &[] };
        // A photo that finished decoding is drawn in place of its placeholder.
        let has_photos = scene
            .shapes
            .iter()
            .any(|s| matches!(s, scene::Shape::Photo { .. }));
        let photo_revision = if has_photos {
            photos.cache.poll(ui.ctx())
        } else {
            0
        };
        let key = (
            scene.key.0,
            scene.key.1,
            scene.key.2,
            scene.key.3,
            self.zoom.to_bits(),
            origin.x.to_bits(),
            origin.y.to_bits(),
            photo_revision,
        );
        if self.painted.as_ref().is_none_or(|p| p.key != key) {
            let zoom = self.zoom;
            let at = |p: Point| origin + vec2(p.x, p.y) * zoom;
            let mut out = Vec::with_capacity(scene.shapes.len() + 8);
            // Text layout is kept across rebuilds: after an edit most labels are unchanged.
            let mut galleys = Galleys {
                old: std::mem::take(&mut self.galleys),
                new: HashMap::new(),
            };
            for s in &scene.shapes {
                convert(ui, s, (zoom, &at), Some(photos), &mut galleys, &mut out);
            }
            self.galleys = galleys.new;
            self.painted = Some(PaintCache { key, shapes: out });
        }
        self.painted.as_ref().map_or(&[], |p| p.shapes.as_slice())
    }
}

/// The amber ring around the selected moment, distinct from the red of critical moments.
const SELECTION: Color32 = Color32::from_rgb(0xf5, 0x9e, 0x0b);
