//! New from template: a gallery of the example cycles, each with a thumbnail of its
//! picture and its title in the UI language. Choosing one starts a new, unsaved cycle
//! through the same path as New, so unsaved changes are asked about first.

use std::collections::HashMap;

use egui::{Color32, RichText, Sense, TextureHandle, Ui, Vec2, vec2};

use ciclo_doc::file;
use ciclo_doc::lang::Lang;
use ciclo_doc::templates::TEMPLATES;
use ciclo_render::export::{self, ExportOptions};

use super::action::Action;
use super::designer::{Designer, Pending};
use super::files::templates_for;
use super::i18n::T;

/// The size thumbnails are rendered at, in pixels.
const RENDER: (u32, u32) = (480, 270);
/// The size thumbnails are shown at, in points.
const THUMB: Vec2 = vec2(240.0, 135.0);

/// Whether the gallery is open, and the thumbnails made so far (by index in
/// [`TEMPLATES`]), made once each and kept as textures.
#[derive(Default)]
pub(crate) struct Gallery {
    /// True while the gallery window is open.
    pub(crate) open: bool,
    thumbs: HashMap<usize, Option<TextureHandle>>,
}

/// The language whose templates the gallery shows: the UI language if there are templates
/// in it, English otherwise.
pub(crate) fn gallery_lang(lang: Lang) -> Lang {
    if TEMPLATES.iter().any(|t| t.lang == lang) {
        lang
    } else {
        Lang::En
    }
}

/// Renders the thumbnail of template `index`; `None` if it cannot be drawn.
fn thumbnail(ui: &Ui, index: usize) -> Option<TextureHandle> {
    let t = TEMPLATES.get(index)?;
    let doc = file::parse(t.text).ok()?;
    let opts = ExportOptions::sized(RENDER.0, RENDER.1);
    let img = export::rgba(&doc, &opts).ok()?;
    let size = [img.width() as usize, img.height() as usize];
    let color = egui::ColorImage::from_rgba_unmultiplied(size, img.as_raw());
    Some(ui.ctx().load_texture(
        format!("ciclo-template-{}-{}", t.name, t.lang.tag()),
        color,
        egui::TextureOptions::LINEAR,
    ))
}

impl Designer {
    /// Opens the template gallery.
    pub fn show_gallery(&mut self) {
        self.windows.gallery.open = true;
    }

    /// True while the template gallery is open.
    pub fn gallery_open(&self) -> bool {
        self.windows.gallery.open
    }

    /// Shows the gallery window, if it is open. Makes at most one missing thumbnail per
    /// frame, so the window appears at once and fills in.
    pub(crate) fn gallery_ui(&mut self, ui: &mut Ui) {
        if !self.windows.gallery.open {
            return;
        }
        let lang = self.lang();
        let shown: Vec<(usize, &'static str)> = templates_for(gallery_lang(lang)).collect();
        if let Some(&(i, _)) = shown
            .iter()
            .find(|(i, _)| !self.windows.gallery.thumbs.contains_key(i))
        {
            let tex = thumbnail(ui, i);
            self.windows.gallery.thumbs.insert(i, tex);
            ui.ctx().request_repaint();
        }

        let mut open = true;
        let mut chosen = None;
        // As many columns as the screen holds, at most four: two rows of four for eight.
        let card = THUMB.x + 28.0;
        let screen = ui.ctx().content_rect().size();
        let columns = ((screen.x - 60.0) / card).clamp(1.0, 4.0) as usize;
        let rows = shown.len().div_ceil(columns) as f32;
        let tall = (rows * (THUMB.y + 70.0)).min(screen.y - 180.0);
        egui::Window::new(T::GalleryTitle.get(lang))
            .id(egui::Id::unique("ciclo-gallery"))
            .open(&mut open)
            .collapsible(false)
            .default_width(4.0 * (THUMB.x + 24.0))
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ui.ctx().content_rect().center())
            .show(ui.ctx(), |ui| {
                ui.label(RichText::new(T::GalleryHint.get(lang)).weak());
                ui.add_space(6.0);
                let scroll = egui::ScrollArea::vertical().min_scrolled_height(tall);
                scroll.show(ui, |ui| {
                    ui.spacing_mut().item_spacing = vec2(10.0, 10.0);
                    for row in shown.chunks(columns) {
                        ui.horizontal_top(|ui| {
                            for &(i, title) in row {
                                let thumb = self.windows.gallery.thumbs.get(&i).cloned().flatten();
                                if card_ui(ui, title, thumb.as_ref()).clicked() {
                                    chosen = Some(i);
                                }
                            }
                        });
                    }
                });
            });
        if !open {
            self.windows.gallery.open = false;
        }
        if let Some(i) = chosen {
            self.windows.gallery.open = false;
            self.queue.push(Action::Request(Pending::New(Some(i))));
        }
    }
}

/// One template in the gallery: its thumbnail (a placeholder while it is being made) and
/// its title. The whole card is one button.
fn card_ui(ui: &mut Ui, title: &str, thumb: Option<&TextureHandle>) -> egui::Response {
    let response = ui
        .scope_builder(egui::UiBuilder::new().sense(Sense::click()), |ui| {
            egui::Frame::group(ui.style())
                .fill(ui.visuals().extreme_bg_color)
                .show(ui, |ui| {
                    ui.set_width(THUMB.x);
                    ui.vertical(|ui| {
                        match thumb {
                            Some(tex) => {
                                ui.add(egui::Image::new((tex.id(), THUMB)).corner_radius(3.0));
                            }
                            None => {
                                let (rect, _) = ui.allocate_exact_size(THUMB, Sense::hover());
                                ui.painter().rect_filled(rect, 3.0, Color32::WHITE);
                                ui.put(rect, egui::Spinner::new());
                            }
                        }
                        // Titles are long ("Service cycle: dinner at…"): two lines.
                        ui.allocate_ui_with_layout(
                            vec2(THUMB.x, 0.0),
                            egui::Layout::top_down(egui::Align::Min),
                            |ui| {
                                ui.set_min_height(36.0);
                                ui.add(egui::Label::new(RichText::new(title).strong()).wrap());
                            },
                        );
                    });
                });
        })
        .response;
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, title));
    if response.hovered() {
        let stroke = egui::Stroke::new(2.0, ui.visuals().selection.stroke.color);
        ui.painter()
            .rect_stroke(response.rect, 4.0, stroke, egui::StrokeKind::Outside);
    }
    response.on_hover_cursor(egui::CursorIcon::PointingHand)
}
