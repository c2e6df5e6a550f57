//! Presentation mode: the cycle full screen, then one moment at a time with its card, for
//! a workshop audience. The designer's panels are hidden; the keys step through the
//! moments in sequence.
//!
//! Step 0 is the whole cycle (the first slide of `ciclo slides`); step `k` is moment
//! `k - 1`, highlighted on the ring with the others dimmed and its card beside it, exactly
//! as [`ciclo_render::slides::slide`] draws it, at the size of the screen.

use egui::epaint::text::TextOptions;
use egui::{Color32, Key, Modifiers, Rect, RichText, Sense, Ui, pos2};

use ciclo_picture::scene;
use ciclo_render::slides;

use super::canvas::egui_shapes;
use super::commands::Command;
use super::designer::Designer;
use super::i18n::T;
use super::paint::PhotoSource;
use super::photo_cache::Tier;

/// Height of the strip under the slide with the step counter and the key hint, in points.
const FOOTER: f32 = 34.0;
/// The discreet grey of the footer.
const FOOTER_TEXT: Color32 = Color32::from_gray(120);

/// What the presentation shows. Application state, never saved.
#[derive(Default)]
pub(crate) struct Presentation {
    /// The step on screen while presenting; `None` when not presenting.
    step: Option<usize>,
    cache: Option<SlideCache>,
    /// How many slides have been laid out: once per step, size or document change.
    layouts: u64,
    /// The step and slide size whose next step's photos were asked for.
    prefetched: Option<(usize, [u32; 2])>,
}

/// One slide laid out and converted to egui shapes, so that a frame only paints it.
struct SlideCache {
    /// Document revision, step, slide size and position (bits), satisfaction curve, and
    /// the photo cache's revision (a photo that finished decoding replaces its
    /// placeholder).
    key: (u64, usize, [u32; 4], bool, u64),
    /// The font atlas state the texts were laid out against.
    atlas: (f32, Option<TextOptions>),
    /// The slide as the painters get it: the same shapes `ciclo slides` writes.
    drawing: Vec<scene::Shape>,
    shapes: Vec<egui::Shape>,
}

/// A key that moves the presentation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Move {
    Next,
    Previous,
    First,
    Last,
}

const KEYS: &[(Key, Move)] = &[
    (Key::ArrowRight, Move::Next),
    (Key::Space, Move::Next),
    (Key::PageDown, Move::Next),
    (Key::ArrowDown, Move::Next),
    (Key::Enter, Move::Next),
    (Key::ArrowLeft, Move::Previous),
    (Key::PageUp, Move::Previous),
    (Key::ArrowUp, Move::Previous),
    (Key::Backspace, Move::Previous),
    (Key::Home, Move::First),
    (Key::End, Move::Last),
];

impl Designer {
    /// The presentation step on screen: `Some(0)` for the whole cycle, `Some(k)` for moment
    /// `k - 1`; `None` when not presenting.
    pub fn presentation_step(&self) -> Option<usize> {
        self.windows.present.step
    }

    /// True while the presentation fills the window.
    pub fn presenting(&self) -> bool {
        self.windows.present.step.is_some()
    }

    /// The texts of the slide on screen, as of the last frame (empty when not presenting).
    pub fn presentation_texts(&self) -> Vec<String> {
        scene::texts(self.presentation_scene())
    }

    /// The shapes of the slide on screen, as of the last frame, before they are turned
    /// into egui shapes (empty when not presenting).
    pub fn presentation_scene(&self) -> &[scene::Shape] {
        match (&self.windows.present.step, &self.windows.present.cache) {
            (Some(_), Some(c)) => &c.drawing,
            _ => &[],
        }
    }

    /// How many times the presentation has laid out a slide. Frames that change nothing
    /// reuse the last one; stepping, resizing or a new document revision lays out again.
    pub fn presentation_layouts(&self) -> u64 {
        self.windows.present.layouts
    }

    /// How many photos the window is still decoding (for the inspector, the canvas or the
    /// presentation); each shows a "loading" placeholder until it is ready.
    pub fn photos_pending(&self) -> usize {
        self.view.photos.pending()
    }

    /// Starts presenting from the whole cycle, full screen.
    pub(crate) fn start_presentation(&mut self, ctx: &egui::Context) {
        self.windows.present.step = Some(0);
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves the presentation and selects the moment that was on screen, so the designer
    /// opens where the group stopped.
    pub(crate) fn stop_presentation(&mut self, ctx: &egui::Context) {
        if let Some(step) = self.windows.present.step.take()
            && let Some(m) = step.checked_sub(1).and_then(|i| self.doc().moments.get(i))
        {
            self.view.selection = Some(m.id);
        }
        self.windows.present.cache = None;
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
    }

    fn step_by(&mut self, how: Move) {
        let last = self.doc().moments.len();
        let Some(step) = self.windows.present.step else {
            return;
        };
        self.windows.present.step = Some(match how {
            Move::Next => (step + 1).min(last),
            Move::Previous => step.saturating_sub(1),
            Move::First => 0,
            Move::Last => last,
        });
    }

    /// Shows the presentation: the slide, and a footer with the step and the keys.
    pub(crate) fn presentation_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        if self.windows.modal.is_none() && !egui::Popup::is_any_open(ui.ctx()) {
            let moves: Vec<Move> = ui.input_mut(|i| {
                KEYS.iter()
                    .filter(|(key, _)| i.consume_key(Modifiers::NONE, *key))
                    .map(|&(_, how)| how)
                    .collect()
            });
            for how in moves {
                self.step_by(how);
            }
        }
        let Some(step) = self.windows.present.step else {
            return;
        };
        let n = self.doc().moments.len();
        let step = step.min(n);
        self.windows.present.step = Some(step);

        let white = egui::Frame::NONE.fill(Color32::WHITE);
        let mut how = None;
        egui::Panel::bottom("present-footer")
            .frame(white.inner_margin(egui::Margin::symmetric(16, 6)))
            .exact_size(FOOTER)
            .show_separator_line(false)
            .show(ui, |ui| {
                ui.horizontal_centered(|ui| {
                    let hint = RichText::new(T::PresentHint.get(lang)).color(FOOTER_TEXT);
                    ui.label(hint);
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let exit =
                            egui::Button::new(RichText::new("×").size(20.0).color(FOOTER_TEXT))
                                .frame(false);
                        if ui
                            .add(exit)
                            .on_hover_text(T::PresentExit.get(lang))
                            .clicked()
                        {
                            self.queue.command(Command::Present);
                        }
                        ui.add_space(12.0);
                        let counter = if step == 0 {
                            format!("{} · {n}", T::PresentCycle.get(lang))
                        } else {
                            format!("{step} / {n}")
                        };
                        ui.label(RichText::new(counter).size(16.0).color(FOOTER_TEXT));
                    });
                });
            });
        egui::CentralPanel::default().frame(white).show(ui, |ui| {
            let rect = ui.max_rect();
            let response = ui.interact(rect, ui.scope_id().with("slide"), Sense::click());
            let name = match step.checked_sub(1).and_then(|i| self.doc().moments.get(i)) {
                Some(m) => m.name.clone(),
                None => self.doc().title.clone(),
            };
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &name));
            if response.clicked() {
                how = Some(Move::Next);
            } else if response.secondary_clicked() {
                how = Some(Move::Previous);
            }
            let shapes = self.slide_shapes(ui, step, rect);
            ui.painter_at(rect).extend(shapes);
        });
        if let Some(how) = how {
            self.step_by(how);
        }
    }

    /// The slide for `step` in `rect`, from the cache when nothing changed.
    fn slide_shapes(&mut self, ui: &Ui, step: usize, rect: Rect) -> Vec<egui::Shape> {
        let curve = self.settings.export.satisfaction_curve;
        let bits = [
            rect.min.x.to_bits(),
            rect.min.y.to_bits(),
            rect.width().to_bits(),
            rect.height().to_bits(),
        ];
        let photos = self.view.photos.poll(ui.ctx());
        let key = (self.document.history.revision(), step, bits, curve, photos);
        // Galleys point into egui's font atlas: a cleared atlas makes them stale.
        let atlas = ui.fonts(|f| (f.font_atlas_fill_ratio(), Some(*f.options())));
        let fresh = self
            .windows
            .present
            .cache
            .as_ref()
            .is_some_and(|c| c.key == key && atlas.0 >= c.atlas.0 && atlas.1 == c.atlas.1);
        if !fresh {
            let opts = self
                .settings
                .export
                .picture()
                .resized(rect.width().max(1.0), rect.height().max(1.0));
            let drawing = slides::slide(self.doc(), step.checked_sub(1), &opts);
            let mut photos = PhotoSource {
                cache: &mut self.view.photos,
                document: self.document.path.as_deref(),
                lang: ciclo_doc::lang::Lang::from_tag(&self.document.doc().language),
            };
            let origin = pos2(rect.min.x, rect.min.y);
            let shapes = egui_shapes(ui, &drawing, (origin, 1.0), Some(&mut photos));
            self.prefetch_next(ui, step, &opts);
            self.windows.present.layouts += 1;
            self.windows.present.cache = Some(SlideCache {
                key,
                atlas,
                drawing,
                shapes,
            });
        }
        self.windows
            .present
            .cache
            .as_ref()
            .map_or_else(Vec::new, |c| c.shapes.clone())
    }

    /// Asks for the photos of the step after `step`, at the size its slide shows them,
    /// so that they are ready when the group gets there. Once per step and slide size.
    fn prefetch_next(
        &mut self,
        ui: &Ui,
        step: usize,
        opts: &ciclo_picture::picture::PictureOptions,
    ) {
        let key = (step, [opts.width.to_bits(), opts.height.to_bits()]);
        if self.windows.present.prefetched == Some(key) || step >= self.doc().moments.len() {
            return;
        }
        self.windows.present.prefetched = Some(key);
        let next = slides::slide(self.doc(), Some(step), opts);
        let document = self.document.path.as_deref();
        for shape in &next {
            if let scene::Shape::Photo { rect, key, .. } = shape {
                let pixels = rect.width().max(rect.height()) * ui.pixels_per_point();
                let path = ciclo_doc::model::resolve_photo(key, document);
                let tier = Tier::for_pixels(pixels);
                self.view.photos.prefetch(ui.ctx(), &path, tier);
            }
        }
    }
}
