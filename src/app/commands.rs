//! Every user command, with its name and keyboard shortcut in one place, so that menus,
//! toolbar and shortcuts never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::lang::Lang;

use super::i18n::T;

/// Something the user can ask the designer to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start an empty cycle.
    New,
    /// Open a file.
    Open,
    /// Save to the current file (asks for one if there is none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Open the Export dialog.
    Export,
    /// Close the window.
    Quit,
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Add a moment at the end of the cycle.
    AddMoment,
    /// Insert a moment after the selected one.
    InsertAfter,
    /// Delete the selected moment.
    Delete,
    /// Forget placed angles.
    DistributeEvenly,
    /// Select the next moment.
    SelectNext,
    /// Select the previous moment.
    SelectPrevious,
    /// Move the selected moment one place earlier.
    MoveEarlier,
    /// Move the selected moment one place later.
    MoveLater,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Fit the cycle to the view.
    ZoomFit,
    /// Select nothing: the inspector shows the cycle itself.
    SelectNone,
    /// Present the cycle full screen, one moment at a time.
    Present,
    /// Open or close the analysis window.
    Analysis,
    /// Open the template gallery.
    NewFromTemplate,
    /// Write the workshop report.
    ExportReport,
    /// Write the slides into a folder.
    ExportSlides,
    /// Hide both side panels for the canvas alone, or bring them back.
    CanvasOnly,
}

const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

impl Command {
    /// Commands with shortcuts, most specific first (Ctrl+Shift+S before Ctrl+S).
    pub const WITH_SHORTCUTS: &'static [Command] = &[
        Command::SaveAs,
        Command::Redo,
        Command::NewFromTemplate,
        Command::New,
        Command::Open,
        Command::Save,
        Command::Export,
        Command::Quit,
        Command::Undo,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomFit,
        Command::SelectNone,
        Command::Present,
        Command::CanvasOnly,
        Command::InsertAfter,
        Command::Delete,
        Command::SelectPrevious,
        Command::SelectNext,
        Command::MoveEarlier,
        Command::MoveLater,
    ];

    /// The menu text.
    pub fn text(self, lang: Lang) -> &'static str {
        let key = match self {
            Command::New => T::CmdNew,
            Command::Open => T::CmdOpen,
            Command::Save => T::CmdSave,
            Command::SaveAs => T::CmdSaveAs,
            Command::Export => T::CmdExport,
            Command::Quit => T::CmdQuit,
            Command::Undo => T::CmdUndo,
            Command::Redo => T::CmdRedo,
            Command::AddMoment => T::CmdAdd,
            Command::InsertAfter => T::CmdInsertAfter,
            Command::Delete => T::CmdDelete,
            Command::DistributeEvenly => T::CmdDistribute,
            Command::SelectNext => T::CmdNext,
            Command::SelectPrevious => T::CmdPrevious,
            Command::MoveEarlier => T::CmdEarlier,
            Command::MoveLater => T::CmdLater,
            Command::ZoomIn => T::CmdZoomIn,
            Command::ZoomOut => T::CmdZoomOut,
            Command::ZoomFit => T::CmdZoomFit,
            Command::SelectNone => T::CmdSelectNone,
            Command::Present => T::CmdPresent,
            Command::Analysis => T::CmdAnalysis,
            Command::NewFromTemplate => T::CmdNewFromTemplate,
            Command::ExportReport => T::CmdExportReport,
            Command::ExportSlides => T::CmdExportSlides,
            Command::CanvasOnly => T::CmdCanvasOnly,
        };
        key.get(lang)
    }

    /// What the command does, for tooltips.
    pub fn tooltip(self, lang: Lang) -> &'static str {
        let key = match self {
            Command::AddMoment => T::TipAdd,
            Command::InsertAfter => T::TipInsertAfter,
            Command::Delete => T::TipDelete,
            Command::DistributeEvenly => T::TipDistribute,
            Command::ZoomFit => T::TipZoomFit,
            Command::Export => T::TipExport,
            Command::Present => T::TipPresent,
            Command::Analysis => T::TipAnalysis,
            Command::NewFromTemplate => T::TipNewFromTemplate,
            Command::ExportReport => T::TipExportReport,
            Command::ExportSlides => T::TipExportSlides,
            Command::CanvasOnly => T::TipCanvasOnly,
            _ => return self.text(lang),
        };
        key.get(lang)
    }

    /// The main keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let k = |m, key| Some(KeyboardShortcut::new(m, key));
        match self {
            Command::New => k(CMD, Key::N),
            Command::Open => k(CMD, Key::O),
            Command::Save => k(CMD, Key::S),
            Command::SaveAs => k(CMD_SHIFT, Key::S),
            Command::Export => k(CMD, Key::E),
            Command::Quit => k(CMD, Key::Q),
            Command::Undo => k(CMD, Key::Z),
            Command::Redo => k(CMD_SHIFT, Key::Z),
            Command::ZoomIn => k(CMD, Key::Equals),
            Command::ZoomOut => k(CMD, Key::Minus),
            Command::ZoomFit => k(CMD, Key::Num0),
            Command::SelectNone => k(Modifiers::NONE, Key::Escape),
            Command::Present => k(Modifiers::NONE, Key::F5),
            Command::NewFromTemplate => k(CMD_SHIFT, Key::N),
            Command::CanvasOnly => k(CMD_SHIFT, Key::F),
            Command::InsertAfter => k(Modifiers::NONE, Key::Insert),
            Command::Delete => k(Modifiers::NONE, Key::Delete),
            Command::SelectNext => k(Modifiers::NONE, Key::Tab),
            Command::SelectPrevious => k(Modifiers::SHIFT, Key::Tab),
            Command::MoveEarlier => k(Modifiers::ALT, Key::ArrowLeft),
            Command::MoveLater => k(Modifiers::ALT, Key::ArrowRight),
            Command::AddMoment
            | Command::DistributeEvenly
            | Command::Analysis
            | Command::ExportReport
            | Command::ExportSlides => None,
        }
    }

    /// The main shortcut as the menus show it, e.g. "Ctrl+=" (empty when there is none).
    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        let Some(s) = self.shortcut() else {
            return String::new();
        };
        let text = ctx.format_shortcut(&s);
        let name = s.logical_key.name();
        let symbol = match s.logical_key {
            Key::Equals => "=",
            Key::Minus => "-",
            Key::Plus => "+",
            _ => return text,
        };
        text.strip_suffix(name)
            .map_or(text.clone(), |head| format!("{head}{symbol}"))
    }

    /// Other shortcuts that do the same.
    pub fn alternatives(self) -> &'static [KeyboardShortcut] {
        const REDO_Y: KeyboardShortcut = KeyboardShortcut::new(CMD, Key::Y);
        const ZOOM_PLUS: KeyboardShortcut = KeyboardShortcut::new(CMD, Key::Plus);
        const DELETE_BACK: KeyboardShortcut =
            KeyboardShortcut::new(Modifiers::NONE, Key::Backspace);
        match self {
            Command::Redo => &[REDO_Y],
            Command::ZoomIn => &[ZOOM_PLUS],
            Command::Delete => &[DELETE_BACK],
            _ => &[],
        }
    }

    /// True for shortcuts that a focused text field needs for itself (plain keys).
    pub fn yields_to_text(self) -> bool {
        matches!(
            self,
            Command::InsertAfter
                | Command::Delete
                | Command::SelectNext
                | Command::SelectPrevious
                | Command::MoveEarlier
                | Command::MoveLater
                | Command::SelectNone
        )
    }
}
