//! Every user command, with its text, tooltip, shortcut and place in the menus in one
//! place, so that menus, toolbar, context menu, shortcuts and the command palette never
//! disagree.
//!
//! # Adding a command
//! 1. Add a variant to [`Command`] and list it in [`Command::ALL`] (its position there is
//!    its position in its menu).
//! 2. Give it an arm in [`Command::info`]: its words (in `i18n.rs`, or the `.ftl` files
//!    once they exist), an optional shortcut, and its menu.
//! 3. Say what it does in `Designer::run` (src/app/run.rs); the compiler points there.
//!
//! The palette lists it at once; the tests check that its shortcut is not taken and that
//! it shows somewhere.

use egui::{Key, KeyboardShortcut, Modifiers};

use ciclo_doc::lang::Lang;

use super::i18n::T;
#[cfg(test)]
use super::i18n::UI_LANGS;
#[cfg(test)]
use super::settings::RECENT_LIMIT;
use super::settings::Theme;

/// Something the user can ask the designer to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start an empty cycle.
    New,
    /// Open the template gallery.
    NewFromTemplate,
    /// Open a file.
    Open,
    /// Open the `n`-th recent file (0 = the newest).
    OpenRecent(usize),
    /// Save to the current file (asks for one if there is none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Open the Export dialog.
    Export,
    /// Write the workshop report.
    ExportReport,
    /// Write the slides into a folder.
    ExportSlides,
    /// Write the slides as one PDF.
    ExportPdf,
    /// Write the slides as one PowerPoint file.
    ExportPptx,
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
    /// Put the cursor in the selected moment's name.
    Rename,
    /// Mark the selected moment as critical, or not any more.
    ToggleCritical,
    /// Select the next moment.
    SelectNext,
    /// Select the previous moment.
    SelectPrevious,
    /// Select nothing: the inspector shows the cycle itself.
    SelectNone,
    /// Move the selected moment one place earlier.
    MoveEarlier,
    /// Move the selected moment one place later.
    MoveLater,
    /// Forget placed angles.
    DistributeEvenly,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Fit the cycle to the view.
    ZoomFit,
    /// Show or hide the moment list.
    ShowList,
    /// Show or hide the inspector.
    ShowInspector,
    /// Hide both side panels for the canvas alone, or bring them back.
    CanvasOnly,
    /// Draw the satisfaction curve inside the ring, or not.
    SatisfactionCurve,
    /// Open or close the analysis window.
    Analysis,
    /// Present the cycle full screen, one moment at a time.
    Present,
    /// Use this colour theme.
    Theme(Theme),
    /// Speak this language in the window.
    Language(Lang),
    /// Open the command palette.
    Palette,
    /// Show the keyboard shortcuts.
    Shortcuts,
    /// Show what Ciclo is.
    About,
    /// Close the top-most window or dialog; with none open, select nothing.
    Dismiss,
    /// Host a live workshop of the open cycle.
    HostWorkshop,
    /// Join a live workshop (asks for its URL).
    JoinWorkshop,
    /// Leave the live workshop; the cycle stays open, unsaved.
    LeaveWorkshop,
}

/// A menu of the menu bar (or the Recent files submenu of File).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// File ▸ Recent files.
    Recent,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Language.
    Language,
    /// Workshop.
    Workshop,
    /// Help.
    Help,
}

/// Everything about one command that does not change while the window runs.
#[derive(Clone, Copy, Debug)]
pub struct Info {
    /// Its name in menus and the palette.
    pub text: T,
    /// What it does, for tooltips; the name when `None`.
    pub tip: Option<T>,
    /// Its shortcuts, the one menus show first.
    pub keys: &'static [KeyboardShortcut],
    /// True when its shortcut is a plain key that a focused text field needs for itself.
    pub plain: bool,
    /// The menu it is in, and its group there (a separator comes between groups).
    pub menu: Option<(Menu, u8)>,
}

const NONE: Modifiers = Modifiers::NONE;
const CMD: Modifiers = Modifiers::COMMAND;
const CMD_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

const fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

/// The [`Info`] of a command whose shortcuts need modifiers (or that has none).
fn i(text: T, tip: Option<T>, keys: &'static [KeyboardShortcut], menu: Option<(Menu, u8)>) -> Info {
    Info {
        text,
        tip,
        keys,
        plain: false,
        menu,
    }
}

/// `info` for a command whose shortcut is a plain key, left to a focused text field.
fn plain(info: Info) -> Info {
    Info {
        plain: true,
        ..info
    }
}

fn file(group: u8) -> Option<(Menu, u8)> {
    Some((Menu::File, group))
}

fn edit(group: u8) -> Option<(Menu, u8)> {
    Some((Menu::Edit, group))
}

fn view(group: u8) -> Option<(Menu, u8)> {
    Some((Menu::View, group))
}

/// The Workshop menu's commands (see `super::workshop`).
fn workshop_info(command: Command) -> Info {
    let (text, tip, group) = match command {
        Command::JoinWorkshop => (T::CmdJoinWorkshop, T::TipJoinWorkshop, 0),
        Command::LeaveWorkshop => (T::CmdLeaveWorkshop, T::TipLeaveWorkshop, 1),
        _ => (T::CmdHostWorkshop, T::TipHostWorkshop, 0),
    };
    i(text, Some(tip), &[], Some((Menu::Workshop, group)))
}

/// The commands of the toolbar, in order; `None` is a separator.
pub const TOOLBAR: &[Option<Command>] = &[
    Some(Command::New),
    Some(Command::Open),
    Some(Command::Save),
    Some(Command::Export),
    None,
    Some(Command::Undo),
    Some(Command::Redo),
    None,
    Some(Command::AddMoment),
    Some(Command::Delete),
    Some(Command::DistributeEvenly),
    None,
    Some(Command::ZoomFit),
    None,
    Some(Command::Present),
];

/// The canvas's right-click menu on a moment; `None` is a separator.
pub const MOMENT_MENU: &[Option<Command>] = &[
    Some(Command::ToggleCritical),
    Some(Command::Rename),
    None,
    Some(Command::InsertAfter),
    Some(Command::Delete),
];

/// The canvas's right-click menu on empty space.
pub const CANVAS_MENU: &[Option<Command>] = &[
    Some(Command::AddMoment),
    Some(Command::DistributeEvenly),
    Some(Command::ZoomFit),
];

/// The commands listed before the languages.
const BEFORE_LANGUAGES: &[Command] = &[
    Command::New,
    Command::NewFromTemplate,
    Command::Open,
    Command::OpenRecent(0),
    Command::OpenRecent(1),
    Command::OpenRecent(2),
    Command::OpenRecent(3),
    Command::OpenRecent(4),
    Command::OpenRecent(5),
    Command::OpenRecent(6),
    Command::OpenRecent(7),
    Command::Save,
    Command::SaveAs,
    Command::Export,
    Command::ExportReport,
    Command::ExportSlides,
    Command::ExportPdf,
    Command::ExportPptx,
    Command::Quit,
    Command::Undo,
    Command::Redo,
    Command::AddMoment,
    Command::InsertAfter,
    Command::Delete,
    Command::Rename,
    Command::ToggleCritical,
    Command::SelectNext,
    Command::SelectPrevious,
    Command::SelectNone,
    Command::MoveEarlier,
    Command::MoveLater,
    Command::DistributeEvenly,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomFit,
    Command::ShowList,
    Command::ShowInspector,
    Command::CanvasOnly,
    Command::SatisfactionCurve,
    Command::Analysis,
    Command::Present,
    Command::Theme(Theme::Light),
    Command::Theme(Theme::Dark),
    Command::Theme(Theme::HighContrast),
];

/// The commands listed after the languages.
const AFTER_LANGUAGES: &[Command] = &[
    Command::Palette,
    Command::Shortcuts,
    Command::About,
    Command::Dismiss,
    Command::HostWorkshop,
    Command::JoinWorkshop,
    Command::LeaveWorkshop,
];

/// [`Command::ALL`], put together at compile time.
const ALL_COMMANDS: [Command; BEFORE_LANGUAGES.len() + Lang::ALL.len() + AFTER_LANGUAGES.len()] = {
    let mut all = [Command::New; BEFORE_LANGUAGES.len() + Lang::ALL.len() + AFTER_LANGUAGES.len()];
    let mut i = 0;
    while i < BEFORE_LANGUAGES.len() {
        all[i] = BEFORE_LANGUAGES[i];
        i += 1;
    }
    let mut l = 0;
    while l < Lang::ALL.len() {
        all[i] = Command::Language(Lang::ALL[l]);
        i += 1;
        l += 1;
    }
    let mut a = 0;
    while a < AFTER_LANGUAGES.len() {
        all[i] = AFTER_LANGUAGES[a];
        i += 1;
        a += 1;
    }
    all
};

impl Command {
    /// Every command, in menu order: one `Language` command for every language of
    /// [`Lang::ALL`], between the themes and the palette.
    pub const ALL: &'static [Command] = &ALL_COMMANDS;

    /// The command's words, shortcuts and menu.
    pub fn info(self) -> Info {
        use Command as C;
        match self {
            C::New => i(T::CmdNew, None, const { &[key(CMD, Key::N)] }, file(0)),
            C::NewFromTemplate => i(
                T::CmdNewFromTemplate,
                Some(T::TipNewFromTemplate),
                const { &[key(CMD_SHIFT, Key::N)] },
                file(0),
            ),
            C::Open => i(T::CmdOpen, None, const { &[key(CMD, Key::O)] }, file(0)),
            C::OpenRecent(_) => i(T::CmdOpenRecent, None, &[], Some((Menu::Recent, 0))),
            C::Save => i(T::CmdSave, None, const { &[key(CMD, Key::S)] }, file(1)),
            C::SaveAs => i(
                T::CmdSaveAs,
                None,
                const { &[key(CMD_SHIFT, Key::S)] },
                file(1),
            ),
            C::Export => i(
                T::CmdExport,
                Some(T::TipExport),
                const { &[key(CMD, Key::E)] },
                file(1),
            ),
            C::ExportReport => i(T::CmdExportReport, Some(T::TipExportReport), &[], file(1)),
            C::ExportSlides => i(T::CmdExportSlides, Some(T::TipExportSlides), &[], file(1)),
            C::ExportPdf => i(T::CmdExportPdf, Some(T::TipExportPdf), &[], file(1)),
            C::ExportPptx => i(T::CmdExportPptx, Some(T::TipExportPptx), &[], file(1)),
            C::Quit => i(T::CmdQuit, None, const { &[key(CMD, Key::Q)] }, file(2)),
            C::Undo => i(T::CmdUndo, None, const { &[key(CMD, Key::Z)] }, edit(0)),
            C::Redo => i(
                T::CmdRedo,
                None,
                const { &[key(CMD_SHIFT, Key::Z), key(CMD, Key::Y)] },
                edit(0),
            ),
            C::AddMoment => i(T::CmdAdd, Some(T::TipAdd), &[], edit(1)),
            C::InsertAfter => plain(i(
                T::CmdInsertAfter,
                Some(T::TipInsertAfter),
                const { &[key(NONE, Key::Insert)] },
                edit(1),
            )),
            C::Delete => plain(i(
                T::CmdDelete,
                Some(T::TipDelete),
                const { &[key(NONE, Key::Delete), key(NONE, Key::Backspace)] },
                edit(1),
            )),
            C::Rename => i(
                T::CmdRename,
                Some(T::TipRename),
                const { &[key(NONE, Key::F2)] },
                edit(2),
            ),
            C::ToggleCritical => i(
                T::MarkCritical,
                Some(T::TipCritical),
                const { &[key(CMD, Key::M)] },
                edit(2),
            ),
            C::SelectNext => plain(i(
                T::CmdNext,
                None,
                const { &[key(NONE, Key::Tab)] },
                edit(3),
            )),
            C::SelectPrevious => plain(i(
                T::CmdPrevious,
                None,
                const { &[key(Modifiers::SHIFT, Key::Tab)] },
                edit(3),
            )),
            C::SelectNone => i(T::CmdSelectNone, None, &[], edit(3)),
            C::MoveEarlier
            | C::MoveLater
            | C::DistributeEvenly
            | C::ZoomIn
            | C::ZoomOut
            | C::ZoomFit
            | C::ShowList
            | C::ShowInspector
            | C::CanvasOnly
            | C::SatisfactionCurve
            | C::Analysis
            | C::Present
            | C::Theme(_)
            | C::Language(_)
            | C::Palette
            | C::Shortcuts
            | C::About
            | C::Dismiss => self.view_info(),
            C::HostWorkshop | C::JoinWorkshop | C::LeaveWorkshop => workshop_info(self),
        }
    }

    /// [`Command::info`] for moving moments, and the commands of the View, Language and Help
    /// menus.
    fn view_info(self) -> Info {
        use Command as C;
        let help = Some((Menu::Help, 0));
        match self {
            C::MoveEarlier => plain(i(
                T::CmdEarlier,
                None,
                const { &[key(Modifiers::ALT, Key::ArrowLeft)] },
                edit(4),
            )),
            C::MoveLater => plain(i(
                T::CmdLater,
                None,
                const { &[key(Modifiers::ALT, Key::ArrowRight)] },
                edit(4),
            )),
            C::DistributeEvenly => i(T::CmdDistribute, Some(T::TipDistribute), &[], edit(5)),
            C::ZoomIn => i(
                T::CmdZoomIn,
                None,
                const { &[key(CMD, Key::Equals), key(CMD, Key::Plus)] },
                view(0),
            ),
            C::ZoomOut => i(
                T::CmdZoomOut,
                None,
                const { &[key(CMD, Key::Minus)] },
                view(0),
            ),
            C::ZoomFit => i(
                T::CmdZoomFit,
                Some(T::TipZoomFit),
                const { &[key(CMD, Key::Num0)] },
                view(0),
            ),
            C::ShowList => i(T::ShowList, None, &[], view(1)),
            C::ShowInspector => i(T::ShowInspector, None, &[], view(1)),
            C::CanvasOnly => i(
                T::CmdCanvasOnly,
                Some(T::TipCanvasOnly),
                const { &[key(CMD_SHIFT, Key::F)] },
                view(1),
            ),
            C::SatisfactionCurve => i(
                T::SatisfactionCurve,
                Some(T::TipSatisfactionCurve),
                &[],
                view(2),
            ),
            C::Analysis => i(
                T::CmdAnalysis,
                Some(T::TipAnalysis),
                const { &[key(CMD_SHIFT, Key::A)] },
                view(2),
            ),
            C::Present => i(
                T::CmdPresent,
                Some(T::TipPresent),
                const { &[key(NONE, Key::F5)] },
                view(2),
            ),
            C::Theme(theme) => i(theme.name(), None, &[], view(3)),
            C::Language(_) => i(T::MenuLanguage, None, &[], Some((Menu::Language, 0))),
            C::Palette => i(
                T::CmdPalette,
                Some(T::TipPalette),
                const { &[key(CMD_SHIFT, Key::P)] },
                help,
            ),
            C::Shortcuts => i(T::Shortcuts, None, const { &[key(NONE, Key::F1)] }, help),
            C::About => i(T::About, None, &[], help),
            C::Dismiss => plain(i(
                T::CmdDismiss,
                Some(T::TipDismiss),
                const { &[key(NONE, Key::Escape)] },
                None,
            )),
            // The File and Edit commands: `info` answers them itself.
            _ => self.info(),
        }
    }

    /// The command's name in menus and the palette.
    pub fn text(self, lang: Lang) -> String {
        match self {
            Command::Language(l) => l.native_name().to_owned(),
            Command::OpenRecent(n) => format!("{} {}", T::CmdOpenRecent.get(lang), n + 1),
            _ => self.info().text.get(lang).to_owned(),
        }
    }

    /// The name with the family it belongs to, for the palette: "Theme: Dark".
    pub fn palette_text(self, lang: Lang) -> String {
        let family = match self {
            Command::Theme(_) => T::Theme,
            Command::Language(_) => T::MenuLanguage,
            _ => return self.text(lang),
        };
        format!("{}: {}", family.get(lang), self.text(lang))
    }

    /// What the command does, for tooltips.
    pub fn tooltip(self, lang: Lang) -> String {
        match self.info().tip {
            Some(tip) => tip.get(lang).to_owned(),
            None => self.text(lang),
        }
    }

    /// The main keyboard shortcut.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.info().keys.first().copied()
    }

    /// Every shortcut of the command, the main one first.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        self.info().keys
    }

    /// True for shortcuts that a focused text field needs for itself (plain keys).
    pub fn yields_to_text(self) -> bool {
        self.info().plain
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

    /// Every command with a shortcut, the ones with more modifiers first, so that
    /// Ctrl+Shift+S is read before Ctrl+S takes it.
    pub fn by_specificity() -> Vec<Command> {
        let mut all: Vec<Command> = Command::ALL
            .iter()
            .copied()
            .filter(|c| c.shortcut().is_some())
            .collect();
        let weight = |m: Modifiers| [m.alt, m.ctrl, m.shift, m.mac_cmd, m.command];
        let count = |c: &Command| {
            c.shortcut()
                .map_or(0, |s| weight(s.modifiers).iter().filter(|b| **b).count())
        };
        all.sort_by_key(|c| std::cmp::Reverse(count(c)));
        all
    }

    /// The commands of one menu, in order, with their groups.
    pub fn in_menu(menu: Menu) -> impl Iterator<Item = (Command, u8)> {
        Command::ALL
            .iter()
            .filter_map(move |&c| match c.info().menu {
                Some((m, group)) if m == menu => Some((c, group)),
                _ => None,
            })
    }
}

#[cfg(test)]
mod tests;
