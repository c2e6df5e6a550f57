//! The canvas: paints the exporter's scene on a zoomable, pannable page, and turns
//! pointer gestures into edits.
//!
//! Coordinates: the layout works in *page* pixels (the exported picture's pixels, origin at
//! its top-left). `screen_from_page` maps them to egui points: `origin + p * zoom`.

use std::collections::HashMap;
use std::sync::Arc;

use egui::Galley;
use egui::{Color32, FontId, Pos2, Rect, Sense, Shape, StrokeKind, Ui, Vec2, vec2};

use crate::layout::{Layout, Point};
use crate::model::MomentId;
use crate::picture::{Picture, PictureOptions, picture};
use crate::scene;

use super::commands::Command;
use super::designer::Designer;
use super::edit::Edit;
use super::i18n::T;
pub(crate) use super::paint::egui_shapes;
use super::paint::{GalleyKey, Galleys, convert};
use super::view;

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

/// The scene converted to egui shapes for one zoom and position.
struct PaintCache {
    key: (u64, u32, u32, bool, u32, u32, u32),
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
        self.scene.as_ref().map_or(vec2(1920.0, 1080.0), |s| {
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
        doc: &crate::model::Document,
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

    fn paint_shapes(&mut self, ui: &Ui) -> &[Shape] {
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
        let key = (
            scene.key.0,
            scene.key.1,
            scene.key.2,
            scene.key.3,
            self.zoom.to_bits(),
            origin.x.to_bits(),
            origin.y.to_bits(),
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
                convert(ui, s, zoom, &at, &mut galleys, &mut out);
            }
            self.galleys = galleys.new;
            self.painted = Some(PaintCache { key, shapes: out });
        }
        self.painted.as_ref().map_or(&[], |p| p.shapes.as_slice())
    }
}

/// The amber ring around the selected moment, distinct from the red of critical moments.
const SELECTION: Color32 = Color32::from_rgb(0xf5, 0x9e, 0x0b);

impl Designer {
    /// Shows the canvas and handles its gestures.
    pub(crate) fn canvas_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let curve = self.settings.export.satisfaction_curve;
        let page = (
            self.settings.export.width.max(1),
            self.settings.export.height.max(1),
        );
        self.canvas
            .update_scene(self.history.doc(), self.history.revision(), page, curve);

        let rect = ui.available_rect_before_wrap();
        let response = ui.interact(rect, self.canvas.id, Sense::click_and_drag());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Canvas, true, T::Canvas.get(lang))
        });
        self.canvas.rect = rect;
        let page_v = vec2(page.0 as f32, page.1 as f32);
        // Not in the middle of a drag: the view holds still under the hand.
        if self.canvas.fitting && !matches!(self.canvas.drag, Some(Drag::Node(_))) {
            self.canvas.fit_now();
        }

        // Zoom and scroll.
        if response.hovered() {
            let (zoom, scroll, pointer) = ui.input(|i| {
                (
                    view::wheel_zoom(i),
                    i.smooth_scroll_delta(),
                    i.pointer.hover_pos(),
                )
            });
            if zoom != 1.0 {
                self.canvas
                    .zoom_around(zoom, pointer.unwrap_or(rect.center()));
            } else if scroll != Vec2::ZERO {
                self.canvas.offset += scroll;
                self.canvas.fitting = false;
            }
        }

        let pointer = response.interact_pointer_pos().or(response.hover_pos());
        let hovered = pointer.and_then(|p| {
            let s = self.canvas.scene.as_ref()?;
            s.layout.node_at(self.canvas.page_from_screen(p))
        });

        if response.drag_started() {
            let press = ui.input(|i| i.pointer.press_origin()).or(pointer);
            let middle = ui.input(|i| i.pointer.middle_down());
            let node = press.and_then(|p| {
                let s = self.canvas.scene.as_ref()?;
                let i = s.layout.node_at(self.canvas.page_from_screen(p))?;
                Some(s.layout.nodes[i].id)
            });
            self.canvas.drag = match node {
                Some(id) if !middle => {
                    self.selection = Some(id);
                    self.history.seal();
                    Some(Drag::Node(id))
                }
                _ => Some(Drag::Pan),
            };
            response.request_focus();
        }
        match self.canvas.drag {
            Some(Drag::Pan) if response.dragged() => {
                self.canvas.offset += response.drag_delta();
                self.canvas.fitting = false;
            }
            Some(Drag::Node(id)) if response.dragged() => {
                if let (Some(p), Some(s)) = (pointer, &self.canvas.scene) {
                    let angle = s.layout.angle_at(self.canvas.page_from_screen(p));
                    let current = s.layout.nodes.iter().find(|n| n.id == id).map(|n| n.angle);
                    if current.is_none_or(|a| (a - angle).abs() > 0.05) {
                        self.edit(Edit::Place(id, (angle * 10.0).round() / 10.0));
                        self.canvas.update_scene(
                            self.history.doc(),
                            self.history.revision(),
                            page,
                            curve,
                        );
                    }
                }
            }
            _ => {}
        }
        if response.drag_stopped() {
            let dropped = matches!(self.canvas.drag, Some(Drag::Node(_)));
            self.canvas.drag = None;
            if dropped {
                self.history.seal();
                self.canvas
                    .update_scene(self.history.doc(), self.history.revision(), page, curve);
            }
        }

        if response.double_clicked() {
            if let (Some(p), Some(s)) = (pointer, &self.canvas.scene) {
                let pp = self.canvas.page_from_screen(p);
                if let Some(m) = hovered.and_then(|i| self.doc().moments.get(i)) {
                    // Double-clicking a moment goes straight to its name.
                    self.selection = Some(m.id);
                    self.focus_name = true;
                } else if s.layout.on_ring(pp) {
                    let angle = s.layout.angle_at(pp);
                    let n = self.doc().moments.len();
                    self.add_moment(n, Some(angle));
                }
            }
        } else if response.clicked() {
            self.selection = hovered
                .and_then(|i| self.doc().moments.get(i))
                .map(|m| m.id);
            response.request_focus();
        }
        self.context_menu_ui(&response, hovered);

        // The pointer says what a drag would do.
        let cursor = match self.canvas.drag {
            Some(Drag::Node(_)) => Some(egui::CursorIcon::Grabbing),
            Some(Drag::Pan) => Some(egui::CursorIcon::Move),
            None if hovered.is_some() => Some(egui::CursorIcon::Grab),
            None => None,
        };
        if let Some(cursor) = cursor {
            ui.ctx().set_cursor_icon(cursor);
        }

        if response.has_focus() {
            ui.memory_mut(|m| {
                m.set_focus_lock_filter(
                    self.canvas.id,
                    egui::EventFilter {
                        tab: true,
                        horizontal_arrows: true,
                        ..Default::default()
                    },
                );
            });
        }

        self.paint_canvas(ui, rect, page_v, hovered);

        if let Some(i) = hovered.filter(|_| self.canvas.drag.is_none())
            && let Some(m) = self.doc().moments.get(i)
        {
            let m = m.clone();
            response
                .on_hover_ui_at_pointer(|ui| super::tooltip::moment_tooltip_ui(ui, lang, i, &m));
        }
    }

    /// Right-click menu: on a moment, what to do with it; elsewhere, what to add.
    fn context_menu_ui(&mut self, response: &egui::Response, hovered: Option<usize>) {
        let lang = self.lang();
        if response.secondary_clicked() {
            self.canvas.context = hovered
                .and_then(|i| self.doc().moments.get(i))
                .map(|m| m.id);
            if self.canvas.context.is_some() {
                self.selection = self.canvas.context;
            }
        }
        let target = self
            .canvas
            .context
            .and_then(|id| self.doc().index_of(id).map(|i| (id, i)));
        let critical = target.is_some_and(|(_, i)| self.doc().moments[i].critical);
        let mut command = None;
        let mut toggle = None;
        response.context_menu(|ui| {
            if let Some((id, _)) = target {
                let text = if critical {
                    T::UnmarkCritical
                } else {
                    T::MarkCritical
                };
                if ui
                    .button(text.get(lang))
                    .on_hover_text(T::TipCritical.get(lang))
                    .clicked()
                {
                    toggle = Some(id);
                    ui.close();
                }
                ui.separator();
                for c in [Command::InsertAfter, Command::Delete] {
                    if ui.button(c.text(lang)).clicked() {
                        command = Some(c);
                        ui.close();
                    }
                }
            } else {
                for c in [
                    Command::AddMoment,
                    Command::DistributeEvenly,
                    Command::ZoomFit,
                ] {
                    if ui.button(c.text(lang)).clicked() {
                        command = Some(c);
                        ui.close();
                    }
                }
            }
        });
        if let Some(id) = toggle {
            self.edit(Edit::Critical(id, !critical));
        }
        if let Some(c) = command {
            self.run(c, &response.ctx);
        }
    }

    fn paint_canvas(&mut self, ui: &Ui, rect: Rect, page: Vec2, hovered: Option<usize>) {
        let painter = ui.painter_at(rect);
        let dark = ui.visuals().dark_mode;
        painter.rect_filled(
            rect,
            0.0,
            if dark {
                Color32::from_gray(32)
            } else {
                Color32::from_gray(226)
            },
        );
        let origin = self.canvas.origin(page);
        let sheet = Rect::from_min_size(origin, page * self.canvas.zoom);
        painter.rect_filled(
            sheet.translate(vec2(2.0, 3.0)),
            2.0,
            Color32::from_black_alpha(40),
        );
        let bg = if self.settings.export.transparent {
            Color32::from_gray(250)
        } else {
            Color32::WHITE
        };
        painter.rect_filled(sheet, 0.0, bg);
        let shapes = self.canvas.paint_shapes(ui).to_vec();
        painter.extend(shapes);

        let Some(s) = &self.canvas.scene else { return };
        let zoom = self.canvas.zoom;
        let r = s.layout.node_radius * zoom;
        if let Some(i) = hovered {
            let c = self.canvas.screen_from_page(s.layout.nodes[i].center);
            painter.circle_stroke(
                c,
                r + 3.0,
                egui::Stroke::new(2.0, SELECTION.gamma_multiply(0.6)),
            );
        }
        if let Some(i) = self.selected_index()
            && let Some(n) = s.layout.nodes.get(i)
        {
            let c = self.canvas.screen_from_page(n.center);
            painter.circle_stroke(c, r + 4.0, egui::Stroke::new(3.0, SELECTION));
            if let Some(label) = &n.label {
                let lr = Rect::from_min_max(
                    self.canvas.screen_from_page(label.rect.min),
                    self.canvas.screen_from_page(label.rect.max),
                )
                .expand(3.0);
                let stroke = egui::Stroke::new(1.5, SELECTION);
                painter.rect_stroke(lr, 4.0, stroke, StrokeKind::Outside);
            }
        }
        if s.layout.nodes.is_empty() {
            let lang = self.lang();
            let c = self.canvas.screen_from_page(s.layout.center);
            painter.text(
                c + vec2(0.0, 40.0_f32.max(s.layout.radius * zoom * 0.3)),
                egui::Align2::CENTER_CENTER,
                T::EmptyHint.get(lang),
                FontId::proportional(15.0),
                Color32::from_gray(90),
            );
        }
    }
}
