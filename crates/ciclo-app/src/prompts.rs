//! Blocking dialogs (unsaved changes, errors, recovery) and the Export window.

use egui::{Id, RichText, Ui};

use ciclo_render::export::{
    Background, ExportOptions, Format, MAX_PICTURE_SIDE, MIN_SIDE, export_file,
};

use ciclo_doc::lang::Lang;

use super::action::Action;
use super::commands::Command;
use super::designer::{Designer, Modal};
use super::files::suggested_name;
use super::i18n::T;
use super::settings::SIZE_PRESETS;

impl Designer {
    /// Shows the blocking dialog, if one is open.
    pub(crate) fn modal_ui(&mut self, ui: &mut Ui) {
        let Some(modal) = self.windows.modal.clone() else {
            return;
        };
        let lang = self.lang();
        let out = &mut self.queue;
        let response = egui::Modal::new(Id::unique("ciclo-modal")).show(ui.ctx(), |ui| {
            ui.set_max_width(460.0);
            match modal {
                Modal::Unsaved(pending) => {
                    ui.heading(T::UnsavedTitle.get(lang));
                    ui.label(T::UnsavedBody.get(lang));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new(T::Save.get(lang)).strong())
                            .clicked()
                        {
                            out.push(Action::AnswerUnsaved(pending.clone(), Some(true)));
                        }
                        if ui.button(T::DontSave.get(lang)).clicked() {
                            out.push(Action::AnswerUnsaved(pending.clone(), Some(false)));
                        }
                        if ui.button(T::Cancel.get(lang)).clicked() {
                            out.push(Action::AnswerUnsaved(pending.clone(), None));
                        }
                    });
                }
                Modal::Error { title, message } => {
                    ui.heading(title.get(lang));
                    ui.add_space(4.0);
                    egui::ScrollArea::vertical()
                        .max_height(300.0)
                        .show(ui, |ui| {
                            ui.add(egui::Label::new(RichText::new(message).monospace()).wrap());
                        });
                    ui.add_space(8.0);
                    if ui.button(T::Ok.get(lang)).clicked() {
                        out.push(Action::CloseModal);
                    }
                }
                Modal::Recover(found) => {
                    ui.heading(T::RecoverTitle.get(lang));
                    ui.label(T::RecoverBody.get(lang));
                    let name = found
                        .origin
                        .as_ref()
                        .map_or(T::Untitled.get(lang).to_owned(), |p| {
                            p.display().to_string()
                        });
                    ui.label(
                        RichText::new(format!(
                            "{name}: {} — {}",
                            found.doc.title,
                            T::MomentsCount.count(found.doc.moments.len(), lang)
                        ))
                        .weak(),
                    );
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        if ui
                            .button(RichText::new(T::Restore.get(lang)).strong())
                            .clicked()
                        {
                            out.push(Action::Restore(found.clone()));
                        }
                        if ui.button(T::Discard.get(lang)).clicked() {
                            out.push(Action::Discard(found.clone()));
                        }
                    });
                }
            }
        });
        // A click beside the dialog cancels it (Escape is the Dismiss command's).
        if response.backdrop_response.clicked() {
            match &self.windows.modal {
                Some(Modal::Unsaved(p)) => out.push(Action::AnswerUnsaved(p.clone(), None)),
                Some(Modal::Error { .. }) => out.push(Action::CloseModal),
                _ => {}
            }
        }
    }

    /// The Export window: its choices are a copy of the settings, pushed back when they
    /// change.
    pub(crate) fn export_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let mut open = true;
        let mut e = self.settings.export;
        let mut format = self.settings.export_format;
        let custom = &mut self.windows.export.custom;
        let focus = std::mem::take(&mut self.windows.export.focus);
        let out = &mut self.queue;
        // At the right, over the inspector: the canvas beside it is the preview, and it
        // fits the picture into the part the dialog leaves free.
        let content = ui.ctx().content_rect();
        let shown = egui::Window::new(T::ExportTitle.get(lang))
            .id(Id::unique("export-window"))
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::RIGHT_TOP)
            .default_pos(content.right_top() + egui::vec2(-8.0, 72.0))
            .open(&mut open)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("export-grid")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        export_grid_ui(ui, lang, (&mut e, &mut format), custom)
                    });
                ui.checkbox(&mut e.satisfaction_curve, T::SatisfactionCurve.get(lang))
                    .on_hover_text(T::TipSatisfactionCurve.get(lang));
                ui.add_enabled(
                    format == Format::Svg,
                    egui::Checkbox::new(&mut e.text_as_paths, T::TextAsPaths.get(lang)),
                )
                .on_hover_text(T::TipTextAsPaths.get(lang))
                .on_disabled_hover_text(T::TipTextAsPaths.get(lang));
                ui.label(RichText::new(T::ExportHint.get(lang)).weak().small());
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let go = ui.button(RichText::new(T::ExportButton.get(lang)).strong());
                    if focus {
                        go.request_focus();
                    }
                    if go.clicked() {
                        out.push(Action::ExportSettings(e, format));
                        out.push(Action::ExportNow);
                    }
                    if ui.button(T::Cancel.get(lang)).clicked() {
                        out.push(Action::CloseExport);
                    }
                });
            });
        self.view.canvas.covered = shown.map(|r| r.response.rect);
        if (e, format) != (self.settings.export, self.settings.export_format) {
            self.queue.push(Action::ExportSettings(e, format));
        }
        if !open {
            self.queue.push(Action::CloseExport);
        }
    }

    /// Asks for a file and writes the picture there.
    pub fn export_now(&mut self) {
        let lang = self.lang();
        let (opts, format) = (self.settings.export, self.settings.export_format);
        let suggested = suggested_name(self.doc(), format.extension());
        let Some(path) = self.dialogs.export(lang, &suggested, format) else {
            return;
        };
        if let Some(doc_path) = self.path()
            && let Err(e) = ciclo_doc::save::refuse_input(doc_path, &path)
        {
            return self.fail(T::ExportFailed, e.message(lang));
        }
        match export_file(self.doc(), &opts, &path) {
            Ok(()) => {
                self.windows.export.open = false;
                self.view.canvas.covered = None;
                self.notice = Some(format!("{} {}", T::Exported.get(lang), path.display()));
            }
            Err(err) => self.fail(T::ExportFailed, err.message(lang)),
        }
    }
}

/// The format, size and background rows of the Export window.
fn export_grid_ui(
    ui: &mut Ui,
    lang: Lang,
    (e, format): (&mut ExportOptions, &mut Format),
    custom: &mut bool,
) {
    ui.label(T::Format.get(lang));
    ui.horizontal(|ui| {
        ui.radio_value(format, Format::Png, "PNG")
            .on_hover_text(T::TipPng.get(lang));
        ui.radio_value(format, Format::Svg, "SVG")
            .on_hover_text(T::TipSvg.get(lang));
    });
    ui.end_row();

    let l = ui.label(T::Size.get(lang));
    let preset = SIZE_PRESETS
        .iter()
        .position(|&(w, h)| w == e.width && h == e.height);
    let name = |i: Option<usize>| match i.and_then(|i| SIZE_PRESETS.get(i)) {
        Some(&(w, h)) if w == h => format!("{w} × {h} ({})", T::Square.get(lang)),
        Some(&(w, h)) => format!("{w} × {h}"),
        None => T::Custom.get(lang).to_owned(),
    };
    *custom |= preset.is_none();
    let shown = if *custom { None } else { preset };
    egui::ComboBox::from_id_salt("export-size")
        .selected_text(name(shown))
        .show_ui(ui, |ui| {
            for (i, &(w, h)) in SIZE_PRESETS.iter().enumerate() {
                if ui
                    .selectable_label(shown == Some(i), name(Some(i)))
                    .clicked()
                {
                    e.width = w;
                    e.height = h;
                    *custom = false;
                }
            }
            if ui.selectable_label(shown.is_none(), name(None)).clicked() {
                *custom = true;
            }
        })
        .response
        .labelled_by(l.id);
    ui.end_row();

    ui.label(T::Pixels.get(lang));
    ui.horizontal(|ui| {
        for (i, (v, tip)) in [(&mut e.width, T::Width), (&mut e.height, T::Height)]
            .into_iter()
            .enumerate()
        {
            if i == 1 {
                ui.label("×");
            }
            let field = egui::DragValue::new(v)
                .range(MIN_SIDE..=MAX_PICTURE_SIDE)
                .suffix(" px");
            ui.add_enabled(*custom, field).on_hover_text(tip.get(lang));
        }
    });
    ui.end_row();

    ui.label(T::Background.get(lang));
    ui.horizontal(|ui| {
        let white = T::White.get(lang);
        ui.radio_value(&mut e.background, Background::White, white);
        let transparent = T::Transparent.get(lang);
        ui.radio_value(&mut e.background, Background::Transparent, transparent);
    });
    ui.end_row();
}

impl Designer {
    /// The Keyboard shortcuts and About windows, when open.
    pub(crate) fn help_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let center = ui.ctx().content_rect().center();
        let mut open = self.windows.shortcuts;
        egui::Window::new(T::Shortcuts.get(lang))
            .id(Id::unique("shortcuts-window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(center)
            .show(ui.ctx(), |ui| {
                egui::Grid::new("shortcuts-grid")
                    .striped(true)
                    .spacing([24.0, 4.0])
                    .show(ui, |ui| {
                        let listed = Command::ALL.iter().filter(|c| c.shortcut().is_some());
                        for &command in listed {
                            ui.label(command.text(lang));
                            ui.label(RichText::new(command.shortcut_text(ui.ctx())).monospace());
                            ui.end_row();
                        }
                    });
                ui.add_space(6.0);
                ui.add(egui::Label::new(RichText::new(T::MouseHelp.get(lang)).small()).wrap());
            });
        self.windows.shortcuts = open;

        let mut open = self.windows.about;
        egui::Window::new(T::About.get(lang))
            .id(Id::unique("about-window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(center)
            .show(ui.ctx(), |ui| {
                ui.set_max_width(380.0);
                ui.heading(format!("Ciclo {}", env!("CARGO_PKG_VERSION")));
                ui.add(egui::Label::new(T::AboutBody.get(lang)).wrap());
            });
        self.windows.about = open;
    }
}
