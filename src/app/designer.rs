//! The designer: one document, its history, the selection and the view, and the frame
//! that lays out the panels around the canvas.

use std::path::{Path, PathBuf};

use egui::{Pos2, Ui};

use crate::lang::Lang;
use crate::model::{Document, Moment, MomentId};

use super::canvas::Canvas;
use super::commands::Command;
use super::dialogs::Dialogs;
use super::edit::{Edit, History, default_moment_name};
use super::i18n::T;
use super::settings::{Recovered, Recovery, Settings};

/// Seconds between recovery copies while there are unsaved changes.
pub const RECOVERY_INTERVAL: f64 = 30.0;

/// What waits for an answer to "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    /// Start a new cycle: empty, or from the template at this index.
    New(Option<usize>),
    /// Open a file; `None` asks for one.
    Open(Option<PathBuf>),
    /// Close the window.
    Close,
}

/// A dialog that blocks the rest of the window.
#[derive(Clone, Debug)]
pub enum Modal {
    /// Unsaved changes: Save / Don't save / Cancel, then do this.
    Unsaved(Pending),
    /// Something failed.
    Error {
        /// Heading.
        title: T,
        /// The message, with file, line and column where known.
        message: String,
    },
    /// A recovery copy from a crashed run.
    Recover(Box<Recovered>),
}

/// The whole designer window, independent of eframe so that tests can drive it.
pub struct Designer {
    pub(crate) history: History,
    pub(crate) path: Option<PathBuf>,
    pub(crate) selection: Option<MomentId>,
    /// The user's preferences; the eframe wrapper persists them.
    pub settings: Settings,
    pub(crate) dialogs: Box<dyn Dialogs>,
    pub(crate) canvas: Canvas,
    pub(crate) modal: Option<Modal>,
    pub(crate) export_open: bool,
    pub(crate) export_custom: bool,
    pub(crate) shortcuts_open: bool,
    pub(crate) about_open: bool,
    pub(crate) focus_name: bool,
    pub(crate) name_field: super::inspector::NameField,
    pub(crate) list: super::list::ListState,
    pub(crate) recovery: Option<Recovery>,
    pub(crate) recovery_due: Option<f64>,
    pub(crate) close_confirmed: bool,
    pub(crate) shown_title: String,
    pub(crate) notice: Option<String>,
    pub(crate) present: super::present::Presentation,
    pub(crate) analysis: super::analysis_panel::AnalysisPanel,
    pub(crate) gallery: super::gallery::Gallery,
    pub(crate) panels: Panels,
    /// What the inspector showed last frame (`Some(selection)`), to open a new one at
    /// its top.
    pub(crate) inspector_shows: Option<Option<MomentId>>,
}

impl Designer {
    /// A designer with an empty, unnamed cycle.
    pub fn new(settings: Settings, dialogs: Box<dyn Dialogs>) -> Self {
        let doc = Document {
            language: settings.lang.tag().to_owned(),
            ..Document::default()
        };
        Designer {
            history: History::new(doc, true),
            path: None,
            selection: None,
            settings,
            dialogs,
            canvas: Canvas::default(),
            modal: None,
            export_open: false,
            export_custom: false,
            shortcuts_open: false,
            about_open: false,
            focus_name: false,
            name_field: Default::default(),
            list: Default::default(),
            recovery: None,
            recovery_due: None,
            close_confirmed: false,
            shown_title: String::new(),
            notice: None,
            present: Default::default(),
            analysis: Default::default(),
            gallery: Default::default(),
            panels: Panels::default(),
            inspector_shows: None,
        }
    }

    /// Keeps crash-recovery copies with `recovery`, and offers to restore one left by a
    /// previous run.
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
        if let Some(found) = recovery.find() {
            self.modal = Some(Modal::Recover(Box::new(found)));
        }
        self.recovery = Some(recovery);
        self
    }

    /// The document being edited.
    pub fn doc(&self) -> &Document {
        self.history.doc()
    }

    /// The file the document belongs to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// The selected moment.
    pub fn selection(&self) -> Option<MomentId> {
        self.selection
    }

    /// Selects a moment, or the cycle itself with `None`.
    pub fn select(&mut self, id: Option<MomentId>) {
        self.selection = id;
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The open blocking dialog, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// Where moment `index` is drawn on screen, as of the last frame.
    pub fn node_screen_pos(&self, index: usize) -> Option<Pos2> {
        self.canvas.node_screen_pos(index)
    }

    /// The picture the canvas shows now (a drag step's, or the full layout).
    pub fn canvas_layout(&self) -> Option<&crate::layout::Layout> {
        self.canvas.layout()
    }

    /// The canvas zoom: 1.0 shows one picture pixel per point.
    pub fn zoom(&self) -> f32 {
        self.canvas.zoom()
    }

    /// Where the ring passes at `angle` on screen, as of the last frame.
    pub fn ring_screen_pos(&self, angle: f64) -> Option<Pos2> {
        self.canvas.ring_screen_pos(angle)
    }

    /// The canvas's rectangle on screen, as of the last frame.
    pub fn canvas_rect(&self) -> egui::Rect {
        self.canvas.rect()
    }

    /// How many moment names the drawing left out for lack of room (also shown in the
    /// status bar).
    pub fn dropped_labels(&self) -> usize {
        self.canvas.dropped_labels()
    }

    /// Which side panels are shown.
    pub fn panels(&self) -> Panels {
        self.panels
    }

    /// Every text the canvas painted in the last frame.
    pub fn canvas_texts(&self) -> Vec<String> {
        self.canvas.texts()
    }

    /// The shapes the canvas paints, in picture pixels: the scene export draws.
    pub fn canvas_shapes(&self) -> &[crate::scene::Shape] {
        self.canvas.shapes()
    }

    /// The window title: file name, a mark for unsaved changes, and the app name.
    pub fn title(&self) -> String {
        let name = match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            None => T::Untitled.get(self.lang()).to_owned(),
        };
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{name} — Ciclo")
    }

    /// Applies one change to the document.
    pub fn edit(&mut self, edit: Edit) {
        self.history.apply(edit, self.selection);
    }

    /// The index of the selected moment in the sequence.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.selection.and_then(|id| self.doc().index_of(id))
    }

    /// Adds a new moment at `index` (or where `angle` falls on the ring), selects it and
    /// puts the cursor in its name.
    pub fn add_moment(&mut self, index: usize, angle: Option<f64>) {
        let id = self.doc().next_id();
        let lang = Lang::from_tag(&self.doc().language);
        let add = |name: String| Edit::Add {
            moment: Box::new(Moment::named(id, name)),
            index,
            angle,
        };
        // The default name carries the number the moment gets in the sequence.
        let mut probe = self.doc().clone();
        add(String::new()).apply(&mut probe);
        let number = probe.index_of(id).map_or(index, |i| i) + 1;
        self.edit(add(default_moment_name(lang, number)));
        self.history.seal();
        self.selection = Some(id);
        self.focus_name = true;
    }

    /// Runs a command.
    pub fn run(&mut self, command: Command, ctx: &egui::Context) {
        let n = self.doc().moments.len();
        let sel = self.selected_index();
        match command {
            Command::New => self.request(Pending::New(None)),
            Command::Open => self.request(Pending::Open(None)),
            Command::Save => {
                self.save();
            }
            Command::SaveAs => {
                self.save_as();
            }
            Command::Export => {
                // The canvas is the preview: show the whole picture beside the dialog.
                self.export_open = true;
                self.canvas.fit();
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => {
                if let Some(selection) = self.history.undo(self.selection) {
                    self.selection = selection.filter(|id| self.doc().index_of(*id).is_some());
                }
            }
            Command::Redo => {
                if let Some(selection) = self.history.redo(self.selection) {
                    self.selection = selection.filter(|id| self.doc().index_of(*id).is_some());
                }
            }
            Command::AddMoment => self.add_moment(n, None),
            Command::InsertAfter => self.add_moment(sel.map_or(n, |i| i + 1), None),
            Command::Delete => {
                if let Some(i) = sel {
                    let id = self.doc().moments[i].id;
                    self.edit(Edit::Delete(id));
                    let doc = self.doc();
                    self.selection = doc
                        .moments
                        .get(i.min(doc.moments.len().saturating_sub(1)))
                        .map(|m| m.id);
                }
            }
            Command::DistributeEvenly => self.edit(Edit::DistributeEvenly),
            Command::SelectNext | Command::SelectPrevious if n > 0 => {
                let forward = command == Command::SelectNext;
                let i = match sel {
                    Some(i) if forward => (i + 1) % n,
                    Some(i) => (i + n - 1) % n,
                    None if forward => 0,
                    None => n - 1,
                };
                self.selection = Some(self.doc().moments[i].id);
            }
            Command::SelectNext | Command::SelectPrevious => {}
            Command::MoveEarlier | Command::MoveLater => {
                if let Some(i) = sel {
                    let to = if command == Command::MoveEarlier {
                        i.checked_sub(1)
                    } else {
                        Some(i + 1)
                    };
                    if let Some(to) = to.filter(|&to| to < n) {
                        let id = self.doc().moments[i].id;
                        self.edit(Edit::Reorder(id, to));
                    }
                }
            }
            Command::ZoomIn => self.canvas.zoom_by(1.25),
            Command::ZoomOut => self.canvas.zoom_by(0.8),
            Command::ZoomFit => self.canvas.fit(),
            Command::SelectNone => self.selection = None,
            Command::Present => self.start_presentation(ctx),
            Command::Analysis => self.toggle_analysis(),
            Command::NewFromTemplate => self.show_gallery(),
            Command::ExportReport => self.export_report(),
            Command::ExportSlides => self.export_slides(),
            Command::CanvasOnly => {
                let show = !(self.panels.list || self.panels.inspector);
                self.panels = Panels {
                    list: show,
                    inspector: show,
                };
            }
        }
    }

    /// True when the command can run now.
    pub fn enabled(&self, command: Command) -> bool {
        match command {
            Command::Undo => self.history.undo_label().is_some(),
            Command::Redo => self.history.redo_label().is_some(),
            Command::Delete | Command::MoveEarlier | Command::MoveLater => {
                self.selected_index().is_some()
            }
            Command::SelectNext | Command::SelectPrevious | Command::DistributeEvenly => {
                !self.doc().moments.is_empty()
            }
            _ => true,
        }
    }

    /// Reads keyboard shortcuts, most specific first. Plain keys are left to a focused
    /// text field.
    fn shortcuts(&mut self, ui: &Ui) {
        if self.modal.is_some() {
            return;
        }
        let typing = ui.ctx().text_edit_focused();
        for &command in Command::WITH_SHORTCUTS {
            if command.yields_to_text() && typing {
                continue;
            }
            // Escape first closes an open menu, the Export window or the template gallery.
            if command == Command::SelectNone
                && (egui::Popup::is_any_open(ui.ctx()) || self.export_open || self.gallery.open)
            {
                continue;
            }
            let Some(main) = command.shortcut() else {
                continue;
            };
            let pressed = ui.input_mut(|i| {
                std::iter::once(&main)
                    .chain(command.alternatives())
                    .any(|s| i.consume_shortcut(s))
            });
            if pressed && self.enabled(command) {
                self.run(command, ui);
                if matches!(command, Command::SelectNext | Command::SelectPrevious) {
                    ui.memory_mut(|m| m.request_focus(self.canvas.id()));
                }
            }
        }
    }

    /// The moment list on the left and the inspector on the right. Each can be resized
    /// and collapsed; their sizes follow the window, so that at projector sizes
    /// (1024×768) the canvas keeps more than half of the width.
    fn side_panels_ui(&mut self, ui: &mut Ui) {
        let width = ui.available_width();
        let (min, default, max) = panel_sizes(width, 150.0, 0.17, 230.0, 0.18);
        let mut shown = self.panels.list;
        egui::Panel::left("moments")
            .resizable(true)
            .min_size(min)
            .default_size(default)
            .max_size(max)
            .show_collapsible(ui, &mut shown, |ui| self.list_ui(ui));
        self.panels.list = shown;
        let (min, default, max) = panel_sizes(width, 240.0, 0.25, 330.0, 0.25);
        // A new moment or a double-click wants the name typed: show where to type it.
        let mut shown = self.panels.inspector || self.focus_name;
        egui::Panel::right("inspector")
            .resizable(true)
            .min_size(min)
            .default_size(default)
            .max_size(max)
            .show_collapsible(ui, &mut shown, |ui| self.inspector_ui(ui));
        self.panels.inspector = shown;
    }

    /// Shows the whole window.
    pub fn ui(&mut self, ui: &mut Ui) {
        ui.options_mut(|o| o.zoom_with_keyboard = false);
        self.handle_close_request(ui);
        self.handle_dropped_files(ui);
        if self.presenting() {
            self.presentation_ui(ui);
            return;
        }
        self.shortcuts(ui);

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar_ui(ui));
        egui::Panel::top("toolbar").show(ui, |ui| self.toolbar_ui(ui));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar_ui(ui));
        self.side_panels_ui(ui);
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| self.canvas_ui(ui));

        self.modal_ui(ui);
        if self.export_open {
            self.export_ui(ui);
        }
        self.help_ui(ui);
        self.analysis_ui(ui);
        self.gallery_ui(ui);
        self.keep_recovery_copy(ui);
        let title = self.title();
        if title != self.shown_title {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }
}

/// Which side panels are shown. Application state, never saved in the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panels {
    /// The moment list, on the left.
    pub list: bool,
    /// The inspector, on the right.
    pub inspector: bool,
}

impl Default for Panels {
    fn default() -> Self {
        Panels {
            list: true,
            inspector: true,
        }
    }
}

/// A side panel's minimum, default and maximum width in a window `width` wide: the
/// default is `share` of the window (at most `largest`), and the user may widen it to
/// `cap` of the window, never below the minimum.
fn panel_sizes(width: f32, min: f32, share: f32, largest: f32, cap: f32) -> (f32, f32, f32) {
    let max = (cap * width).max(min).max(largest.min(share * width));
    let default = (share * width).clamp(min, largest).min(max);
    (min, default, max)
}
