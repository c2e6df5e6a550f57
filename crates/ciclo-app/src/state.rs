//! The designer's state, grouped by how long each part lives:
//!
//! - [`OpenDocument`]: the file being edited (history, path, recovery copy), replaced by
//!   New and Open;
//! - [`ViewState`]: how the user looks at it (selection, camera, list, name field), kept
//!   while the window is open and never saved in the file;
//! - [`Windows`]: what floats over the designer (a modal, Export, help, the gallery, the
//!   analysis, the presentation, the command palette).
//!
//! Panels read this state through [`Shared`] and ask for changes by pushing
//! [`super::action::Action`]s; only the designer writes it, when it applies the queue.

use std::path::PathBuf;

use ciclo_doc::lang::Lang;
use ciclo_doc::model::{Document, MomentId};

use super::analysis_panel::AnalysisPanel;
use super::canvas::Canvas;
use super::commands::Command;
use super::designer::Modal;
use super::gallery::Gallery;
use super::i18n::{T, UI_LANGS};
use super::inspector::NameField;
use super::list::ListState;
use super::palette::Palette;
use super::present::Presentation;
use super::settings::{Recovery, Settings};
use ciclo_doc::edit::History;

/// The open document: lives from New or Open until the next New or Open.
pub(crate) struct OpenDocument {
    /// The document and its undo/redo steps.
    pub(crate) history: History,
    /// The file it belongs to.
    pub(crate) path: Option<PathBuf>,
    /// Where crash-recovery copies go, if anywhere.
    pub(crate) recovery: Option<Recovery>,
    /// When the next recovery copy is due (egui time, seconds).
    pub(crate) recovery_due: Option<f64>,
    /// True once the user agreed to close the window.
    pub(crate) close_confirmed: bool,
}

impl OpenDocument {
    /// A new, unnamed document; `saved` says whether it matches a file on disk.
    pub(crate) fn new(doc: Document, saved: bool) -> Self {
        OpenDocument {
            history: History::new(doc, saved),
            path: None,
            recovery: None,
            recovery_due: None,
            close_confirmed: false,
        }
    }

    /// The document.
    pub(crate) fn doc(&self) -> &Document {
        self.history.doc()
    }
}

/// How the user looks at the document. Application state, never saved in the file.
#[derive(Default)]
pub(crate) struct ViewState {
    /// The selected moment; `None` shows the cycle itself in the inspector.
    pub(crate) selection: Option<MomentId>,
    /// The canvas's camera and caches.
    pub(crate) canvas: Canvas,
    /// The moment list's scroll memory.
    pub(crate) list: ListState,
    /// The inspector's name field while it has the focus.
    pub(crate) name_field: NameField,
    /// True when the name field should take the focus in the next frame.
    pub(crate) focus_name: bool,
    /// Which side panels are shown.
    pub(crate) panels: Panels,
    /// What the inspector showed last frame (`Some(selection)`), to open a new one at
    /// its top.
    pub(crate) inspector_shows: Option<Option<MomentId>>,
    /// True while a live workshop is on (see [`super::workshop`]).
    pub(crate) live: bool,
    /// The window's photos (thumbnails and full-screen), decoded off the UI thread.
    pub(crate) photos: super::photo_cache::PhotoCache,
    /// True when a text field had the focus in the last frame: the Escape or Delete
    /// that left it belongs to it, not to the designer.
    pub(crate) was_typing: bool,
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

/// The Export window's own state.
#[derive(Debug, Default)]
pub(crate) struct ExportWindow {
    /// True while it is open.
    pub(crate) open: bool,
    /// True when the user chose a custom size (the pixel fields are editable).
    pub(crate) custom: bool,
    /// True until its Export button has taken the keyboard focus (Ctrl+E, Enter).
    pub(crate) focus: bool,
}

/// Everything that floats over the designer.
#[derive(Default)]
pub(crate) struct Windows {
    /// The dialog that blocks the rest of the window.
    pub(crate) modal: Option<Modal>,
    /// The Export window.
    pub(crate) export: ExportWindow,
    /// The Keyboard shortcuts window.
    pub(crate) shortcuts: bool,
    /// The About window.
    pub(crate) about: bool,
    /// The template gallery.
    pub(crate) gallery: Gallery,
    /// The analysis window.
    pub(crate) analysis: AnalysisPanel,
    /// The full-screen presentation.
    pub(crate) present: Presentation,
    /// The command palette.
    pub(crate) palette: Palette,
    /// The report, slides or deck being written in the background (the status bar
    /// shows it).
    pub(crate) exporting: super::exporting::Exporting,
}

/// What every panel may read while the window is drawn: the document, the selection and
/// the settings. Panels never write it; they push actions instead.
#[derive(Clone, Copy)]
pub(crate) struct Shared<'a> {
    /// The open document.
    pub(crate) open: &'a OpenDocument,
    /// The user's preferences.
    pub(crate) settings: &'a Settings,
    /// The selected moment.
    pub(crate) selection: Option<MomentId>,
    /// Which side panels are shown.
    pub(crate) panels: Panels,
    /// Whether the analysis window is open.
    pub(crate) analysis_open: bool,
    /// True while a live workshop is on.
    pub(crate) live: bool,
    /// True while a report, slides or a deck is being written.
    pub(crate) exporting: bool,
}

impl<'a> Shared<'a> {
    /// What panels read of this state. Keeps only the document and the settings
    /// borrowed, so that a panel may change its own part of `view` or `windows`.
    pub(crate) fn new(
        open: &'a OpenDocument,
        settings: &'a Settings,
        view: &ViewState,
        windows: &Windows,
    ) -> Self {
        Shared {
            open,
            settings,
            selection: view.selection,
            panels: view.panels,
            analysis_open: windows.analysis.open,
            live: view.live,
            exporting: windows.exporting.busy(),
        }
    }

    /// The document.
    pub(crate) fn doc(&self) -> &Document {
        self.open.doc()
    }

    /// The UI language.
    pub(crate) fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// The index of the selected moment in the sequence.
    pub(crate) fn selected_index(&self) -> Option<usize> {
        self.selection.and_then(|id| self.doc().index_of(id))
    }

    /// True when the command can run now.
    pub(crate) fn enabled(&self, command: Command) -> bool {
        let history = &self.open.history;
        match command {
            Command::Undo => history.undo_label().is_some(),
            Command::Redo => history.redo_label().is_some(),
            Command::Delete
            | Command::MoveEarlier
            | Command::MoveLater
            | Command::Rename
            | Command::ToggleCritical => self.selected_index().is_some(),
            Command::SelectNext | Command::SelectPrevious | Command::DistributeEvenly => {
                !self.doc().moments.is_empty()
            }
            Command::OpenRecent(i) => i < self.settings.recent.len(),
            Command::Language(l) => UI_LANGS.contains(&l),
            Command::HostWorkshop | Command::JoinWorkshop => !self.live,
            Command::LeaveWorkshop => self.live,
            Command::ExportReport
            | Command::ExportSlides
            | Command::ExportPdf
            | Command::ExportPptx => !self.exporting,
            _ => true,
        }
    }

    /// For a command that switches something on or off, whether it is on now.
    pub(crate) fn checked(&self, command: Command) -> Option<bool> {
        match command {
            Command::ShowList => Some(self.panels.list),
            Command::ShowInspector => Some(self.panels.inspector),
            Command::SatisfactionCurve => Some(self.settings.export.satisfaction_curve),
            Command::Analysis => Some(self.analysis_open),
            Command::Theme(t) => Some(self.settings.theme == t),
            Command::Language(l) => Some(self.settings.lang == l),
            Command::ToggleCritical => Some(
                self.selected_index()
                    .is_some_and(|i| self.doc().moments[i].critical),
            ),
            _ => None,
        }
    }

    /// The command's text as menus and the palette show it now: Undo and Redo name their
    /// step, a recent file its path.
    pub(crate) fn command_text(&self, command: Command) -> String {
        let lang = self.lang();
        let history = &self.open.history;
        let step = match command {
            Command::Undo => history.undo_label(),
            Command::Redo => history.redo_label(),
            _ => None,
        };
        match (command, step) {
            (_, Some(step)) => format!("{}: {}", command.text(lang), T::from(step).get(lang)),
            (Command::ToggleCritical, _) if self.checked(command) == Some(true) => {
                T::UnmarkCritical.get(lang).to_owned()
            }
            (Command::OpenRecent(i), _) => match self.settings.recent.get(i) {
                Some(path) => path.display().to_string(),
                None => command.text(lang),
            },
            _ => command.text(lang),
        }
    }

    /// The window title: file name, a mark for unsaved changes, and the app name.
    pub(crate) fn title(&self) -> String {
        let name = match &self.open.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            None => T::Untitled.get(self.lang()).to_owned(),
        };
        let mark = if self.open.history.is_dirty() {
            "● "
        } else {
            ""
        };
        format!("{mark}{name} — Ciclo")
    }
}
