//! The command palette (Ctrl+Shift+P): every command, found by typing part of its name,
//! each with its shortcut. A command that cannot run now is listed greyed out, so that
//! the user learns it exists; arrow keys choose among the others, Enter runs, Escape
//! closes.

use egui::{Key, Modifiers, RichText, Ui};

use super::action::Queue;
use super::commands::Command;
use super::i18n::T;
use super::menus::command_button_ui;
use super::state::Shared;

/// The palette's own state.
#[derive(Debug, Default)]
pub(crate) struct Palette {
    /// The search text while open; `None` when closed.
    query: Option<String>,
    /// The highlighted entry, an index into the matches; always one that can run, if any.
    chosen: usize,
    /// True until the search field has taken the focus.
    focus: bool,
}

impl Palette {
    /// Opens the palette with an empty search.
    pub(crate) fn open(&mut self) {
        *self = Palette {
            query: Some(String::new()),
            chosen: 0,
            focus: true,
        };
    }

    /// Closes it.
    pub(crate) fn close(&mut self) {
        self.query = None;
    }

    /// True while it is open.
    pub(crate) fn is_open(&self) -> bool {
        self.query.is_some()
    }
}

/// True when every word of `query` is in `text`, ignoring case.
pub(crate) fn matches(text: &str, query: &str) -> bool {
    let text = text.to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| text.contains(word))
}

/// One line of the palette: a command, and whether it can run now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The command.
    pub(crate) command: Command,
    /// False when it cannot run now (greyed out, not runnable).
    pub(crate) enabled: bool,
}

/// The commands the palette lists for `query`, in menu order: every command whose name
/// matches (but the palette itself, and a recent-file slot only if a file fills it),
/// each marked with whether it can run now.
pub(crate) fn entries(s: &Shared, query: &str) -> Vec<Entry> {
    Command::ALL
        .iter()
        .copied()
        .filter(|&c| c != Command::Palette)
        .filter(|&c| !matches!(c, Command::OpenRecent(i) if i >= s.settings.recent.len()))
        .filter(|&c| matches(&entry_text(s, c), query))
        .map(|command| Entry {
            command,
            enabled: s.enabled(command),
        })
        .collect()
}

/// The entry the arrow keys move to from `at`: the next (or, `up`, the previous) one
/// that can run; `at` itself if there is none. From an entry that cannot run (the search
/// changed), the first that can.
fn step(found: &[Entry], at: usize, down: bool, up: bool) -> usize {
    let runnable = |i: &usize| found.get(*i).is_some_and(|e| e.enabled);
    if !runnable(&at) {
        return (0..found.len()).find(runnable).unwrap_or(0);
    }
    let next = if down {
        (at + 1..found.len()).find(runnable)
    } else if up {
        (0..at).rev().find(runnable)
    } else {
        None
    };
    next.unwrap_or(at)
}

/// An entry's text: the command's name with its family, or a recent file's path.
fn entry_text(s: &Shared, c: Command) -> String {
    match c {
        Command::OpenRecent(_) => {
            format!("{}: {}", T::CmdOpenRecent.get(s.lang()), s.command_text(c))
        }
        Command::Undo | Command::Redo | Command::ToggleCritical => s.command_text(c),
        _ => c.palette_text(s.lang()),
    }
}

/// Shows the palette, if it is open, and pushes the command the user runs.
pub(crate) fn palette_ui(ui: &mut Ui, s: &Shared, palette: &mut Palette, out: &mut Queue) {
    let Some(query) = palette.query.as_mut() else {
        return;
    };
    let lang = s.lang();
    let (down, up, enter) = ui.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::Enter),
        )
    });
    let mut run = None;
    let width = (ui.ctx().content_rect().width() - 40.0).clamp(240.0, 520.0);
    egui::Window::new(T::CmdPalette.get(lang))
        .id(egui::Id::unique("ciclo-palette"))
        .title_bar(false)
        .collapsible(false)
        .resizable(false)
        .min_width(width)
        .max_width(width)
        .anchor(egui::Align2::CENTER_TOP, [0.0, 48.0])
        .show(ui.ctx(), |ui| {
            let field = egui::TextEdit::singleline(query)
                .hint_text(T::PaletteHint.get(lang))
                .desired_width(f32::INFINITY);
            let r = ui.add(field);
            ui.ctx().accesskit_node_builder(r.id, |node| {
                node.set_label(T::CmdPalette.get(lang));
            });
            if std::mem::take(&mut palette.focus) {
                r.request_focus();
            }
            if r.changed() {
                palette.chosen = 0;
            }
            let found = entries(s, query);
            palette.chosen = step(&found, palette.chosen, down, up);
            if enter {
                run = found
                    .get(palette.chosen)
                    .filter(|e| e.enabled)
                    .map(|e| e.command);
            }
            ui.separator();
            if found.is_empty() {
                ui.label(RichText::new(T::PaletteNothing.get(lang)).weak());
            }
            let shown = egui::ScrollArea::vertical()
                .max_height(320.0)
                .min_scrolled_height(320.0);
            shown.show(ui, |ui| {
                let rows = egui::Layout::top_down_justified(egui::Align::LEFT);
                ui.with_layout(rows, |ui| {
                    for (i, &e) in found.iter().enumerate() {
                        if entry_ui(ui, s, e, i == palette.chosen, up || down).clicked() {
                            run = Some(e.command);
                        }
                    }
                });
            });
        });
    if let Some(c) = run {
        palette.close();
        out.command(c);
    }
}

/// One entry: the name on the left, the shortcut on the right; greyed out (and not
/// clickable) when it cannot run now.
fn entry_ui(ui: &mut Ui, s: &Shared, e: Entry, chosen: bool, moved: bool) -> egui::Response {
    let (lang, c) = (s.lang(), e.command);
    let chosen = chosen && e.enabled;
    let r = command_button_ui(ui, entry_text(s, c), c, e.enabled, Some(chosen));
    let r = match c.info().tip {
        Some(_) => r
            .on_hover_text(c.tooltip(lang))
            .on_disabled_hover_text(c.tooltip(lang)),
        None => r,
    };
    if chosen && moved {
        r.scroll_to_me(None);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_of_the_search_must_be_in_the_name() {
        assert!(matches("Export report…", "rep exp"));
        assert!(matches("Export report…", "REPORT"));
        assert!(matches("Export report…", ""));
        assert!(!matches("Export report…", "slides"));
        assert!(matches("Тема: Тёмная", "тём"));
    }

    #[test]
    fn arrow_keys_move_only_among_the_commands_that_can_run() {
        let entry = |enabled| Entry {
            command: Command::Undo,
            enabled,
        };
        let found = [
            entry(false),
            entry(true),
            entry(false),
            entry(true),
            entry(false),
        ];
        // From a greyed-out entry (a new search), the first that can run.
        assert_eq!(step(&found, 0, false, false), 1);
        assert_eq!(step(&found, 1, true, false), 3, "down skips the greyed one");
        assert_eq!(
            step(&found, 3, true, false),
            3,
            "and stops at the last runnable"
        );
        assert_eq!(step(&found, 3, false, true), 1);
        assert_eq!(step(&found, 1, false, true), 1);
        assert_eq!(step(&[entry(false)], 0, true, false), 0, "none can run");
        assert_eq!(step(&[], 4, false, false), 0);
    }
}
