//! The designer: its state (see [`super::state`]), what tests and the eframe wrapper ask
//! of it, and the frame that lays out the panels around the canvas.

use std::path::{Path, PathBuf};

use egui::{Pos2, Ui};

use ciclo_doc::lang::Lang;
use ciclo_doc::model::{Document, MomentId};

use super::action::Queue;
use super::canvas::canvas_ui;
use super::commands::Command;
use super::dialogs::Dialogs;
use super::i18n::T;
use super::inspector::inspector_ui;
use super::list::list_ui;
use super::menus::{Status, menu_bar_ui, status_bar_ui, toolbar_ui};
use super::palette::palette_ui;
use super::settings::{Recovered, Recovery, Settings};
pub use super::state::Panels;
use super::state::{OpenDocument, Shared, ViewState, Windows};
use ciclo_doc::edit::Edit;

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
///
/// Its state is grouped by lifetime (see [`super::state`]); panels read it and push
/// actions, which [`Designer::ui`] applies once all panels are drawn.
pub struct Designer {
    /// The user's preferences; the eframe wrapper persists them.
    pub settings: Settings,
    /// The file being edited.
    pub(crate) document: OpenDocument,
    /// How the user looks at it.
    pub(crate) view: ViewState,
    /// What floats over the designer.
    pub(crate) windows: Windows,
    /// The file choosers.
    pub(crate) dialogs: Box<dyn Dialogs>,
    /// What the panels asked for in this frame.
    pub(crate) queue: Queue,
    /// The title last sent to the window.
    pub(crate) shown_title: String,
    /// The last notice in the status bar ("Saved …").
    pub(crate) notice: Option<String>,
    /// The live workshop, when one is on.
    pub(crate) workshop: super::workshop::Workshop,
}

impl Designer {
    /// A designer with an empty, unnamed cycle.
    pub fn new(settings: Settings, dialogs: Box<dyn Dialogs>) -> Self {
        let doc = Document {
            language: settings.lang.tag().to_owned(),
            ..Document::default()
        };
        Designer {
            settings,
            document: OpenDocument::new(doc, true),
            view: ViewState::default(),
            windows: Windows::default(),
            dialogs,
            queue: Queue::default(),
            shown_title: String::new(),
            notice: None,
            workshop: Default::default(),
        }
    }

    /// Keeps crash-recovery copies with `recovery`, and offers to restore one left by a
    /// previous run.
    pub fn with_recovery(mut self, recovery: Recovery) -> Self {
        if let Some(found) = recovery.find() {
            self.windows.modal = Some(Modal::Recover(Box::new(found)));
        }
        self.document.recovery = Some(recovery);
        self
    }

    /// What the panels read this frame.
    pub(crate) fn shared(&self) -> Shared<'_> {
        Shared::new(&self.document, &self.settings, &self.view, &self.windows)
    }

    /// The document being edited.
    pub fn doc(&self) -> &Document {
        self.document.doc()
    }

    /// The file the document belongs to.
    pub fn path(&self) -> Option<&Path> {
        self.document.path.as_deref()
    }

    /// True when there are unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.document.history.is_dirty()
    }

    /// The selected moment.
    pub fn selection(&self) -> Option<MomentId> {
        self.view.selection
    }

    /// Selects a moment, or the cycle itself with `None`.
    pub fn select(&mut self, id: Option<MomentId>) {
        self.view.selection = id;
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The open blocking dialog, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.windows.modal.as_ref()
    }

    /// True while the Export window is open.
    pub fn export_open(&self) -> bool {
        self.windows.export.open
    }

    /// True while the command palette is open.
    pub fn palette_open(&self) -> bool {
        self.windows.palette.is_open()
    }

    /// Where moment `index` is drawn on screen, as of the last frame.
    pub fn node_screen_pos(&self, index: usize) -> Option<Pos2> {
        self.view.canvas.node_screen_pos(index)
    }

    /// The picture the canvas shows now (a drag step's, or the full layout).
    pub fn canvas_layout(&self) -> Option<&ciclo_picture::layout::Layout> {
        self.view.canvas.layout()
    }

    /// The canvas zoom: 1.0 shows one picture pixel per point.
    pub fn zoom(&self) -> f32 {
        self.view.canvas.zoom()
    }

    /// Where the ring passes at `angle` on screen, as of the last frame.
    pub fn ring_screen_pos(&self, angle: f64) -> Option<Pos2> {
        self.view.canvas.ring_screen_pos(angle)
    }

    /// The canvas's rectangle on screen, as of the last frame.
    pub fn canvas_rect(&self) -> egui::Rect {
        self.view.canvas.rect()
    }

    /// How many moment names the drawing left out for lack of room (also shown in the
    /// status bar).
    pub fn dropped_labels(&self) -> usize {
        self.view.canvas.dropped_labels()
    }

    /// Which side panels are shown.
    pub fn panels(&self) -> Panels {
        self.view.panels
    }

    /// Every text the canvas painted in the last frame.
    pub fn canvas_texts(&self) -> Vec<String> {
        self.view.canvas.texts()
    }

    /// The shapes the canvas paints, in picture pixels: the scene export draws.
    pub fn canvas_shapes(&self) -> &[ciclo_picture::scene::Shape] {
        self.view.canvas.shapes()
    }

    /// The window title: file name, a mark for unsaved changes, and the app name.
    pub fn title(&self) -> String {
        self.shared().title()
    }

    /// Applies one change to the document.
    pub fn edit(&mut self, edit: Edit) {
        self.document.history.apply(edit, self.view.selection);
    }

    /// The index of the selected moment in the sequence.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.shared().selected_index()
    }

    /// True when the command can run now.
    pub fn enabled(&self, command: Command) -> bool {
        self.shared().enabled(command)
    }

    /// The menu bar and the toolbar at the top, the status bar at the bottom.
    fn bars_ui(&mut self, ui: &mut Ui) {
        let shared = Shared::new(&self.document, &self.settings, &self.view, &self.windows);
        let queue = &mut self.queue;
        egui::Panel::top("menu").show(ui, |ui| menu_bar_ui(ui, &shared, queue));
        egui::Panel::top("toolbar").show(ui, |ui| toolbar_ui(ui, &shared, queue));
        let live = self
            .workshop
            .live
            .as_ref()
            .map(|l| l.status_text(self.settings.lang));
        let exporting = self.windows.exporting.status(self.settings.lang);
        let status = Status {
            live: live.as_deref(),
            exporting: exporting.as_deref(),
            zoom: self.view.canvas.zoom(),
            dropped: self.view.canvas.dropped_labels(),
            notice: self.notice.as_deref(),
        };
        egui::Panel::bottom("status").show(ui, |ui| status_bar_ui(ui, &shared, &status));
    }

    /// The moment list on the left and the inspector on the right. Each can be resized
    /// and collapsed; their sizes follow the window, so that at projector sizes
    /// (1024×768) the canvas keeps more than half of the width.
    fn side_panels_ui(&mut self, ui: &mut Ui) {
        let width = ui.available_width();
        let others = self.others_selections();
        let shared = Shared::new(&self.document, &self.settings, &self.view, &self.windows);
        let view = &mut self.view;
        let queue = &mut self.queue;
        let (min, default, max) = panel_sizes(width, 150.0, 0.17, 230.0, 0.18);
        let mut shown = view.panels.list;
        egui::Panel::left("moments")
            .resizable(true)
            .min_size(min)
            .default_size(default)
            .max_size(max)
            .show_collapsible(ui, &mut shown, |ui| {
                list_ui(ui, &shared, &mut view.list, &others, queue)
            });
        view.panels.list = shown;
        let (min, default, max) = panel_sizes(width, 240.0, 0.25, 330.0, 0.25);
        // A new moment or a double-click wants the name typed: show where to type it.
        let mut shown = view.panels.inspector || view.focus_name;
        egui::Panel::right("inspector")
            .resizable(true)
            .min_size(min)
            .default_size(default)
            .max_size(max)
            .show_collapsible(ui, &mut shown, |ui| inspector_ui(ui, &shared, view, queue));
        view.panels.inspector = shown;
    }

    /// Shows the whole window: reads the shortcuts, draws every panel and window (each
    /// pushes what it wants onto the queue), then applies the queue.
    pub fn ui(&mut self, ui: &mut Ui) {
        ui.options_mut(|o| o.zoom_with_keyboard = false);
        self.handle_close_request(ui);
        self.handle_dropped_files(ui);
        self.shortcuts(ui);
        self.poll_export(ui.ctx());
        if self.presenting() {
            self.presentation_ui(ui);
            self.modal_ui(ui);
            self.apply_queue(ui.ctx());
            return;
        }

        self.bars_ui(ui);
        self.side_panels_ui(ui);
        let shared = Shared::new(&self.document, &self.settings, &self.view, &self.windows);
        let (canvas, photos) = (&mut self.view.canvas, &mut self.view.photos);
        let queue = &mut self.queue;
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| canvas_ui(ui, &shared, canvas, photos, queue));

        self.modal_ui(ui);
        if self.windows.export.open {
            self.export_ui(ui);
        }
        self.help_ui(ui);
        self.analysis_ui(ui);
        self.gallery_ui(ui);
        let shared = Shared::new(&self.document, &self.settings, &self.view, &self.windows);
        palette_ui(ui, &shared, &mut self.windows.palette, &mut self.queue);
        self.workshop_ui(ui);
        self.apply_queue(ui.ctx());
        self.workshop_frame(ui.ctx());
        self.view.was_typing = ui.ctx().text_edit_focused();
        self.keep_recovery_copy(ui);
        let title = self.title();
        if title != self.shown_title {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
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
