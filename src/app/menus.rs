//! The menu bar, the toolbar and the status bar.

use egui::{RichText, Ui};

use super::commands::Command;
use super::designer::Designer;
use super::i18n::{T, UI_LANGS};
use super::paint::CRITICAL;

impl Designer {
    /// A menu entry for a command, with its shortcut; runs it when clicked.
    fn command_ui(&mut self, ui: &mut Ui, command: Command) {
        let lang = self.lang();
        let mut text = command.text(lang).to_owned();
        if command == Command::Undo
            && let Some(label) = self.history.undo_label()
        {
            text = format!("{text}: {}", label.get(lang));
        }
        if command == Command::Redo
            && let Some(label) = self.history.redo_label()
        {
            text = format!("{text}: {}", label.get(lang));
        }
        let shortcut = command.shortcut_text(ui.ctx());
        let button = egui::Button::new(text).shortcut_text(shortcut);
        if ui.add_enabled(self.enabled(command), button).clicked() {
            ui.close();
            self.run(command, ui);
        }
    }

    /// The menu bar.
    pub(crate) fn menu_bar_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(T::MenuFile.get(lang), |ui| {
                self.command_ui(ui, Command::New);
                self.command_ui(ui, Command::NewFromTemplate);
                self.command_ui(ui, Command::Open);
                ui.menu_button(T::RecentFiles.get(lang), |ui| {
                    if self.settings.recent.is_empty() {
                        ui.label(RichText::new(T::NoRecent.get(lang)).weak());
                    }
                    for path in self.settings.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            ui.close();
                            self.open_path(path);
                        }
                    }
                });
                ui.separator();
                self.command_ui(ui, Command::Save);
                self.command_ui(ui, Command::SaveAs);
                self.command_ui(ui, Command::Export);
                self.command_ui(ui, Command::ExportReport);
                self.command_ui(ui, Command::ExportSlides);
                ui.separator();
                self.command_ui(ui, Command::Quit);
            });
            ui.menu_button(T::MenuEdit.get(lang), |ui| {
                self.command_ui(ui, Command::Undo);
                self.command_ui(ui, Command::Redo);
                ui.separator();
                for c in [Command::AddMoment, Command::InsertAfter, Command::Delete] {
                    self.command_ui(ui, c);
                }
                ui.separator();
                for c in [
                    Command::SelectNext,
                    Command::SelectPrevious,
                    Command::SelectNone,
                    Command::MoveEarlier,
                    Command::MoveLater,
                ] {
                    self.command_ui(ui, c);
                }
                ui.separator();
                self.command_ui(ui, Command::DistributeEvenly);
            });
            ui.menu_button(T::MenuView.get(lang), |ui| self.view_menu_ui(ui));
            ui.menu_button(T::MenuLanguage.get(lang), |ui| {
                for &l in UI_LANGS {
                    if ui.radio(self.settings.lang == l, l.native_name()).clicked() {
                        self.settings.lang = l;
                        self.shown_title.clear();
                        ui.close();
                    }
                }
            });
            ui.menu_button(T::MenuHelp.get(lang), |ui| {
                if ui.button(T::Shortcuts.get(lang)).clicked() {
                    self.shortcuts_open = true;
                    ui.close();
                }
                if ui.button(T::About.get(lang)).clicked() {
                    self.about_open = true;
                    ui.close();
                }
            });
        });
    }

    /// The View menu: zoom, panels, curve, analysis, presentation, theme.
    fn view_menu_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        for c in [Command::ZoomIn, Command::ZoomOut, Command::ZoomFit] {
            self.command_ui(ui, c);
        }
        ui.separator();
        ui.checkbox(&mut self.panels.list, T::ShowList.get(lang));
        ui.checkbox(&mut self.panels.inspector, T::ShowInspector.get(lang));
        self.command_ui(ui, Command::CanvasOnly);
        ui.separator();
        ui.checkbox(
            &mut self.settings.export.satisfaction_curve,
            T::SatisfactionCurve.get(lang),
        )
        .on_hover_text(T::TipSatisfactionCurve.get(lang));
        let mut analysis = self.analysis.open;
        ui.checkbox(&mut analysis, Command::Analysis.text(lang))
            .on_hover_text(Command::Analysis.tooltip(lang));
        self.analysis.open = analysis;
        self.command_ui(ui, Command::Present);
        ui.separator();
        ui.label(RichText::new(T::Theme.get(lang)).weak());
        let mut dark = self.settings.dark;
        ui.radio_value(&mut dark, false, T::Light.get(lang));
        ui.radio_value(&mut dark, true, T::Dark.get(lang));
        if dark != self.settings.dark {
            self.settings.dark = dark;
            ui.ctx().set_theme(if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
        }
    }

    /// The toolbar under the menu.
    pub(crate) fn toolbar_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        // Wraps onto a second row rather than running off a narrow window.
        ui.horizontal_wrapped(|ui| {
            ui.add_space(2.0);
            let button = |ui: &mut Ui, this: &mut Self, command: Command| {
                let text = command.text(lang).trim_end_matches('…');
                let mut tip = command.tooltip(lang).to_owned();
                let step = match command {
                    Command::Undo => this.history.undo_label(),
                    Command::Redo => this.history.redo_label(),
                    _ => None,
                };
                if let Some(step) = step {
                    tip = format!("{tip}: {}", step.get(lang));
                }
                if command.shortcut().is_some() {
                    tip = format!("{tip} ({})", command.shortcut_text(ui.ctx()));
                }
                if ui
                    .add_enabled(this.enabled(command), egui::Button::new(text))
                    .on_hover_text(tip)
                    .clicked()
                {
                    this.run(command, ui);
                }
            };
            button(ui, self, Command::New);
            button(ui, self, Command::Open);
            button(ui, self, Command::Save);
            button(ui, self, Command::Export);
            ui.separator();
            button(ui, self, Command::Undo);
            button(ui, self, Command::Redo);
            ui.separator();
            button(ui, self, Command::AddMoment);
            button(ui, self, Command::Delete);
            button(ui, self, Command::DistributeEvenly);
            ui.separator();
            button(ui, self, Command::ZoomFit);
            ui.separator();
            button(ui, self, Command::Present);
        });
    }

    /// The status bar: counts, zoom, file.
    pub(crate) fn status_bar_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let doc = self.doc();
        let n = doc.moments.len();
        let critical = doc.critical_count();
        ui.horizontal_wrapped(|ui| {
            ui.label(T::MomentsCount.count(n, lang))
                .on_hover_text(T::TipMoment.get(lang));
            ui.separator();
            let crit = RichText::new(T::CriticalCount.count(critical, lang));
            let crit = if critical > 0 {
                crit.color(CRITICAL)
            } else {
                crit
            };
            ui.label(crit).on_hover_text(T::TipCritical.get(lang));
            ui.separator();
            ui.label(format!(
                "{} {:.0}%",
                T::Zoom.get(lang),
                self.canvas.zoom() * 100.0
            ));
            ui.separator();
            let file = match &self.path {
                Some(p) => p.display().to_string(),
                None => T::Untitled.get(lang).to_owned(),
            };
            let dirty = if self.is_dirty() {
                format!(" ({})", T::Unsaved.get(lang))
            } else {
                String::new()
            };
            ui.label(format!("{file}{dirty}"));
            let dropped = self.canvas.dropped_labels();
            if dropped > 0 {
                ui.separator();
                ui.label(
                    RichText::new(format!("{}: {dropped}", T::DroppedLabels.get(lang)))
                        .color(CRITICAL),
                )
                .on_hover_text(T::TipDroppedLabels.get(lang));
            }
            if let Some(notice) = &self.notice {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.label(RichText::new(notice).weak());
                });
            }
        });
    }
}
