//! The canvas view's arithmetic, free of widgets: how far one wheel notch zooms, what
//! "fit to view" fits, and which part of the canvas a window leaves free.
//!
//! Coordinates as in the canvas: page pixels for the picture, egui points on screen; the
//! view is a zoom and the page centre's offset from the canvas centre.

use egui::{Pos2, Rect, Vec2, vec2};

use ciclo_picture::layout::Layout;

/// The zoom factor of one Ctrl+wheel notch.
pub const NOTCH_ZOOM: f32 = 1.1;

/// Points of scrolling that count as one notch when a device reports points (egui's
/// own size of a wheel line).
const POINTS_PER_NOTCH: f32 = 40.0;

/// Empty space kept around the fitted picture, in points.
const FIT_MARGIN: f32 = 24.0;

/// The zoom asked for in this frame: ×[`NOTCH_ZOOM`] per Ctrl+wheel notch, times any
/// pinch zoom. egui's own `zoom_delta` turns a notch into ×1.2–1.5, too coarse to aim.
///
/// Wheel lines within one frame count once, as the largest of them: for one notch an X
/// server can deliver both the button press and the scroll valuator it emulates from
/// it, and winit reports each as a line (two lines for one notch).
pub fn wheel_zoom(input: &egui::InputState) -> f32 {
    let mut factor = 1.0;
    let mut lines: f32 = 0.0;
    for event in &input.events {
        match event {
            egui::Event::MouseWheel {
                unit,
                delta,
                modifiers,
                ..
            } if modifiers.command => {
                let d = delta.x + delta.y;
                match unit {
                    egui::MouseWheelUnit::Line if d.abs() > lines.abs() => lines = d,
                    egui::MouseWheelUnit::Line => {}
                    egui::MouseWheelUnit::Point => {
                        factor *= NOTCH_ZOOM.powf((d / POINTS_PER_NOTCH).clamp(-20.0, 20.0));
                    }
                    egui::MouseWheelUnit::Page => {
                        factor *= NOTCH_ZOOM.powf((10.0 * d).clamp(-20.0, 20.0));
                    }
                }
            }
            egui::Event::Zoom(z) if z.is_finite() && *z > 0.0 => factor *= z,
            _ => {}
        }
    }
    factor * NOTCH_ZOOM.powf(lines.clamp(-20.0, 20.0))
}

/// The page as a rectangle in page pixels.
pub fn page_rect(page: Vec2) -> Rect {
    Rect::from_min_size(Pos2::ZERO, page)
}

/// The page together with everything drawn on it (nodes, labels, Start/End), in page
/// pixels: what fitting must show whole even if something strayed off the page.
pub fn drawn_bounds(layout: &Layout) -> Rect {
    let mut r = page_rect(vec2(layout.width, layout.height));
    let mut add = |min: ciclo_picture::layout::Point, max: ciclo_picture::layout::Point| {
        if [min.x, min.y, max.x, max.y].iter().all(|v| v.is_finite()) {
            r = r.union(Rect::from_min_max(
                Pos2::new(min.x, min.y),
                Pos2::new(max.x, max.y),
            ));
        }
    };
    let nr = layout.node_radius;
    for n in &layout.nodes {
        let c = n.center;
        add(
            ciclo_picture::layout::Point::new(c.x - nr, c.y - nr),
            ciclo_picture::layout::Point::new(c.x + nr, c.y + nr),
        );
        if let Some(label) = &n.label {
            add(label.rect.min, label.rect.max);
        }
    }
    for m in &layout.markers {
        add(m.rect.min, m.rect.max);
    }
    r
}

/// The part of `canvas` left of, right of, above or below `covered` (a window floating
/// over it) where a picture `aspect` times as wide as it is tall shows largest; the whole
/// canvas when nothing covers it or what is left is too thin to use.
pub fn free_part(canvas: Rect, covered: Option<Rect>, aspect: f32) -> Rect {
    let Some(c) = covered.filter(|c| c.intersects(canvas)) else {
        return canvas;
    };
    let parts = [
        Rect::from_min_max(canvas.min, Pos2::new(c.min.x, canvas.max.y)),
        Rect::from_min_max(Pos2::new(c.max.x, canvas.min.y), canvas.max),
        Rect::from_min_max(canvas.min, Pos2::new(canvas.max.x, c.min.y)),
        Rect::from_min_max(Pos2::new(canvas.min.x, c.max.y), canvas.max),
    ];
    let score = |r: &Rect| r.width().min(r.height() * aspect).max(0.0);
    parts
        .into_iter()
        .filter(|r| r.width() > 2.0 * FIT_MARGIN + 40.0 && r.height() > 2.0 * FIT_MARGIN + 40.0)
        .max_by(|a, b| score(a).total_cmp(&score(b)))
        .unwrap_or(canvas)
}

/// The zoom and offset (page centre from canvas centre, in points) that show `bounds`
/// (page pixels) whole and centred in `free`, a part of `canvas`.
pub fn fit(canvas: Rect, free: Rect, page: Vec2, bounds: Rect) -> (f32, Vec2) {
    let w = (free.width() - 2.0 * FIT_MARGIN).max(1.0);
    let h = (free.height() - 2.0 * FIT_MARGIN).max(1.0);
    let zoom = (w / bounds.width().max(1.0)).min(h / bounds.height().max(1.0));
    let zoom = if zoom.is_finite() && zoom > 0.0 {
        zoom
    } else {
        1.0
    };
    let offset =
        free.center() - canvas.center() - (bounds.center() - (page * 0.5).to_pos2()) * zoom;
    (zoom, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where page point `p` lands on screen, as the canvas maps it.
    fn screen(canvas: Rect, page: Vec2, (zoom, offset): (f32, Vec2), p: Pos2) -> Pos2 {
        canvas.center() + offset - page * 0.5 * zoom + p.to_vec2() * zoom
    }

    #[test]
    fn fitting_shows_a_picture_wider_than_the_page_whole() {
        let canvas = Rect::from_min_size(Pos2::new(200.0, 60.0), vec2(560.0, 600.0));
        let page = vec2(1920.0, 1080.0);
        // A label sticking out 300 px left of the page.
        let bounds = Rect::from_min_max(Pos2::new(-300.0, 0.0), Pos2::new(1920.0, 1080.0));
        let view = fit(canvas, canvas, page, bounds);
        for corner in [bounds.left_top(), bounds.right_bottom()] {
            assert!(
                canvas.contains(screen(canvas, page, view, corner)),
                "{corner:?}"
            );
        }
    }

    #[test]
    fn a_dialog_on_the_right_leaves_the_left_part() {
        let canvas = Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0));
        let dialog = Rect::from_min_size(Pos2::new(480.0, 100.0), vec2(320.0, 300.0));
        let free = free_part(canvas, Some(dialog), 1.0);
        assert_eq!(free.max.x, 480.0);
        assert!(!free.intersects(dialog.shrink(0.5)));
        let page = vec2(1920.0, 1080.0);
        let view = fit(canvas, free, page, page_rect(page));
        let right = screen(canvas, page, view, Pos2::new(1920.0, 540.0));
        assert!(right.x <= dialog.min.x, "{right:?}");
    }

    #[test]
    fn a_short_dialog_leaves_a_wide_picture_the_part_below_it() {
        let canvas = Rect::from_min_size(Pos2::ZERO, vec2(584.0, 680.0));
        let dialog = Rect::from_min_size(Pos2::new(490.0, 0.0), vec2(350.0, 220.0));
        let free = free_part(canvas, Some(dialog), 16.0 / 9.0);
        assert_eq!((free.min.y, free.width()), (220.0, 584.0));
    }

    #[test]
    fn one_notch_zooms_by_a_tenth() {
        let mut input = egui::InputState::default();
        input.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: vec2(0.0, 1.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::COMMAND,
        });
        assert!((wheel_zoom(&input) - 1.1).abs() < 1e-4);
        // The same notch reported twice (button and emulated valuator) is still one.
        input.events.push(input.events[0].clone());
        assert!((wheel_zoom(&input) - 1.1).abs() < 1e-4);
        input.events.clear();
        assert_eq!(wheel_zoom(&input), 1.0);
    }
}
