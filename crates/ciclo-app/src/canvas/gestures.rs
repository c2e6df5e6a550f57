//! The canvas widget: zoom and scroll, clicks, drags along the ring, the right-click
//! menu, and the marks for hover and selection over the picture. It reads the document
//! and pushes actions; only its own camera and caches change here.

use egui::{Color32, FontId, Rect, Response, Sense, StrokeKind, Ui, Vec2, vec2};

use ciclo_doc::model::MomentId;

use super::super::action::{Action, Queue};
use super::super::commands::{CANVAS_MENU, Command, MOMENT_MENU};
use super::super::i18n::T;
use super::super::menus::command_button_ui;
use super::super::paint::PhotoSource;
use super::super::photo_cache::PhotoCache;
use super::super::state::Shared;
use super::super::view;
use super::{Canvas, Drag, SELECTION};
use ciclo_doc::edit::Edit;
use ciclo_render::export::Background;

/// Shows the canvas and turns its gestures into actions.
pub(crate) fn canvas_ui(
    ui: &mut Ui,
    s: &Shared,
    canvas: &mut Canvas,
    photos: &mut PhotoCache,
    out: &mut Queue,
) {
    let lang = s.lang();
    let e = &s.settings.export;
    let page = (e.width.max(1), e.height.max(1));
    let history = &s.open.history;
    canvas.update_scene(
        history.doc(),
        history.revision(),
        page,
        e.satisfaction_curve,
    );

    let rect = ui.available_rect_before_wrap();
    let response = ui.interact(rect, canvas.id, Sense::click_and_drag());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Canvas, true, T::Canvas.get(lang)));
    canvas.rect = rect;
    // Not in the middle of a drag: the view holds still under the hand.
    if canvas.fitting && !matches!(canvas.drag, Some(Drag::Node(_))) {
        canvas.fit_now();
    }
    if response.hovered() {
        wheel(ui, canvas, rect);
    }

    let pointer = response.interact_pointer_pos().or(response.hover_pos());
    let hovered = pointer.and_then(|p| canvas.node_at(p));
    drag(ui, &response, canvas, pointer, out);
    clicks(s, &response, canvas, pointer, hovered, out);
    context_menu_ui(s, &response, canvas, hovered, out);

    // The pointer says what a drag would do.
    let cursor = match canvas.drag {
        Some(Drag::Node(_)) => Some(egui::CursorIcon::Grabbing),
        Some(Drag::Pan) => Some(egui::CursorIcon::Move),
        None if hovered.is_some() => Some(egui::CursorIcon::Grab),
        None => None,
    };
    if let Some(cursor) = cursor {
        ui.ctx().set_cursor_icon(cursor);
    }
    let page_v = vec2(page.0 as f32, page.1 as f32);
    paint_canvas(ui, s, (canvas, photos), rect, page_v, hovered);
    super::access::nodes_ui(ui, s, canvas);
    // On the canvas or one of its moments, Tab and the arrows are the designer's.
    if let Some(focused) = ui.memory(|m| m.focused()).filter(|&f| canvas.owns(f)) {
        ui.memory_mut(|m| {
            let filter = egui::EventFilter {
                tab: true,
                horizontal_arrows: true,
                ..Default::default()
            };
            m.set_focus_lock_filter(focused, filter);
        });
    }

    if let Some(i) = hovered.filter(|_| canvas.drag.is_none())
        && let Some(m) = s.doc().moments.get(i)
    {
        response.on_hover_ui_at_pointer(|ui| {
            super::super::tooltip::moment_tooltip_ui(ui, lang, i, m);
        });
    }
}

/// Ctrl+wheel zooms around the pointer; the wheel alone scrolls.
fn wheel(ui: &Ui, canvas: &mut Canvas, rect: Rect) {
    let (zoom, scroll, pointer) = ui.input(|i| {
        (
            view::wheel_zoom(i),
            i.smooth_scroll_delta(),
            i.pointer.hover_pos(),
        )
    });
    if zoom != 1.0 {
        canvas.zoom_around(zoom, pointer.unwrap_or(rect.center()));
    } else if scroll != Vec2::ZERO {
        canvas.offset += scroll;
        canvas.fitting = false;
    }
}

/// A drag on a moment moves it along the ring; on empty space (or with the middle
/// button) it pans.
fn drag(
    ui: &Ui,
    response: &Response,
    canvas: &mut Canvas,
    pointer: Option<egui::Pos2>,
    out: &mut Queue,
) {
    if response.drag_started() {
        let press = ui.input(|i| i.pointer.press_origin()).or(pointer);
        let middle = ui.input(|i| i.pointer.middle_down());
        let node = press
            .and_then(|p| canvas.node_at(p))
            .and_then(|i| canvas.node_id(i));
        canvas.drag = match node {
            Some(id) if !middle => {
                out.select(Some(id));
                out.push(Action::Seal);
                Some(Drag::Node(id))
            }
            _ => Some(Drag::Pan),
        };
        response.request_focus();
    }
    match canvas.drag {
        Some(Drag::Pan) if response.dragged() => {
            canvas.offset += response.drag_delta();
            canvas.fitting = false;
        }
        Some(Drag::Node(id)) if response.dragged() => {
            if let (Some(p), Some(scene)) = (pointer, &canvas.scene) {
                let angle = scene.layout.angle_at(canvas.page_from_screen(p));
                let nodes = &scene.layout.nodes;
                let current = nodes.iter().find(|n| n.id == id).map(|n| n.angle);
                if current.is_none_or(|a| (a - angle).abs() > 0.05) {
                    out.edit(Edit::Place(id, (angle * 10.0).round() / 10.0));
                }
            }
        }
        _ => {}
    }
    if response.drag_stopped() {
        if matches!(canvas.drag, Some(Drag::Node(_))) {
            out.push(Action::Seal);
        }
        canvas.drag = None;
    }
}

/// A click selects what is under the pointer; a double-click on a moment renames it, on
/// the ring adds one there.
fn clicks(
    s: &Shared,
    response: &Response,
    canvas: &Canvas,
    pointer: Option<egui::Pos2>,
    hovered: Option<usize>,
    out: &mut Queue,
) {
    let moment = |i: Option<usize>| i.and_then(|i| s.doc().moments.get(i)).map(|m| m.id);
    if response.double_clicked() {
        let (Some(p), Some(scene)) = (pointer, &canvas.scene) else {
            return;
        };
        let pp = canvas.page_from_screen(p);
        if let Some(id) = moment(hovered) {
            // Double-clicking a moment goes straight to its name.
            out.push(Action::Rename(id));
        } else if scene.layout.on_ring(pp) {
            out.push(Action::AddAt(scene.layout.angle_at(pp)));
        }
    } else if response.clicked() {
        out.select(moment(hovered));
        response.request_focus();
    }
}

/// Right-click menu: on a moment, what to do with it; elsewhere, what to add.
fn context_menu_ui(
    s: &Shared,
    response: &Response,
    canvas: &mut Canvas,
    hovered: Option<usize>,
    out: &mut Queue,
) {
    let lang = s.lang();
    if response.secondary_clicked() {
        canvas.context = hovered.and_then(|i| s.doc().moments.get(i)).map(|m| m.id);
        if canvas.context.is_some() {
            out.select(canvas.context);
        }
    }
    let target: Option<MomentId> = canvas.context.filter(|id| s.doc().index_of(*id).is_some());
    let critical = target
        .and_then(|id| s.doc().index_of(id))
        .is_some_and(|i| s.doc().moments[i].critical);
    response.context_menu(|ui| {
        let items = if target.is_some() {
            MOMENT_MENU
        } else {
            CANVAS_MENU
        };
        for item in items {
            let Some(c) = *item else {
                ui.separator();
                continue;
            };
            let text = match c {
                Command::ToggleCritical if critical => T::UnmarkCritical.get(lang).to_owned(),
                _ => s.command_text(c),
            };
            let button = command_button_ui(ui, text, c, s.enabled(c) || target.is_some(), None);
            if button.on_hover_text(c.tooltip(lang)).clicked() {
                // The menu is about the moment it opened on, whatever is selected now.
                if let Some(id) = target {
                    out.select(Some(id));
                }
                out.command(c);
                ui.close();
            }
        }
    });
}

/// The grey desk, the page, the picture, and the hover and selection rings over it.
fn paint_canvas(
    ui: &Ui,
    s: &Shared,
    (canvas, photos): (&mut Canvas, &mut PhotoCache),
    rect: Rect,
    page: Vec2,
    hovered: Option<usize>,
) {
    let painter = ui.painter_at(rect);
    let desk = if ui.visuals().dark_mode {
        Color32::from_gray(32)
    } else {
        Color32::from_gray(226)
    };
    painter.rect_filled(rect, 0.0, desk);
    let origin = canvas.origin(page);
    let sheet = Rect::from_min_size(origin, page * canvas.zoom);
    let shadow = Color32::from_black_alpha(40);
    painter.rect_filled(sheet.translate(vec2(2.0, 3.0)), 2.0, shadow);
    let bg = match s.settings.export.background {
        Background::White => Color32::WHITE,
        Background::Transparent => Color32::from_gray(250),
        Background::Color([r, g, b]) => Color32::from_rgb(r, g, b),
    };
    painter.rect_filled(sheet, 0.0, bg);
    let mut photos = PhotoSource {
        cache: photos,
        document: s.open.path.as_deref(),
        lang: ciclo_doc::lang::Lang::from_tag(&s.doc().language),
    };
    let shapes = canvas.paint_shapes(ui, &mut photos).to_vec();
    painter.extend(shapes);

    let Some(scene) = &canvas.scene else { return };
    let layout = &scene.layout;
    let r = layout.node_radius * canvas.zoom;
    if let Some(i) = hovered {
        let c = canvas.screen_from_page(layout.nodes[i].center);
        let stroke = egui::Stroke::new(2.0, SELECTION.gamma_multiply(0.6));
        painter.circle_stroke(c, r + 3.0, stroke);
    }
    if let Some(n) = s.selected_index().and_then(|i| layout.nodes.get(i)) {
        let c = canvas.screen_from_page(n.center);
        painter.circle_stroke(c, r + 4.0, egui::Stroke::new(3.0, SELECTION));
        if let Some(label) = &n.label {
            let lr = Rect::from_min_max(
                canvas.screen_from_page(label.rect.min),
                canvas.screen_from_page(label.rect.max),
            )
            .expand(3.0);
            let stroke = egui::Stroke::new(1.5, SELECTION);
            painter.rect_stroke(lr, 4.0, stroke, StrokeKind::Outside);
        }
    }
    if layout.nodes.is_empty() {
        let c = canvas.screen_from_page(layout.center);
        painter.text(
            c + vec2(0.0, 40.0_f32.max(layout.radius * canvas.zoom * 0.3)),
            egui::Align2::CENTER_CENTER,
            T::EmptyHint.get(s.lang()),
            FontId::proportional(15.0),
            Color32::from_gray(90),
        );
    }
}
