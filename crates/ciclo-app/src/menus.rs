//! The menu bar, the toolbar and the status bar, generated from [`Command::ALL`]: they
//! read the state and push the commands the user picks.

use egui::{Response, RichText, Ui};

use super::action::Queue;
use super::commands::{Command, Menu, TOOLBAR};
use super::i18n::T;
use super::paint::CRITICAL;
use super::settings::Theme;
use super::state::Shared;

/// The menus of the menu bar, in order, with their titles.
const MENUS: &[(Menu, T)] = &[
    (Menu::File, T::MenuFile),
    (Menu::Edit, T::MenuEdit),
    (Menu::View, T::MenuView),
    (Menu::Language, T::MenuLanguage),
    (Menu::Workshop, T::MenuWorkshop),
    (Menu::Help, T::MenuHelp),
];

/// A button for a command, with its shortcut shown at the right. Screen readers get the
/// command's name as the button's name and the shortcut as its keyboard shortcut.
pub(crate) fn command_button_ui(
    ui: &mut Ui,
    text: String,
    command: Command,
    enabled: bool,
    selected: Option<bool>,
) -> Response {
    let shortcut = command.shortcut_text(ui.ctx());
    let button = match selected {
        Some(on) => egui::Button::selectable(on, text.as_str()),
        None => egui::Button::new(text.as_str()),
    };
    let response = ui.add_enabled(enabled, button.shortcut_text(shortcut.as_str()));
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_label(text);
        if !shortcut.is_empty() {
            node.set_keyboard_shortcut(shortcut);
        }
    });
    response
}

/// A menu entry for a command: a checkbox or radio button for what switches on and off,
/// a button with its shortcut otherwise. Pushes the command when clicked.
fn command_ui(ui: &mut Ui, s: &Shared, command: Command, out: &mut Queue) {
    let lang = s.lang();
    let text = s.command_text(command);
    let enabled = s.enabled(command);
    let response = match s.checked(command) {
        Some(on) if matches!(command, Command::Theme(_) | Command::Language(_)) => {
            ui.add_enabled(enabled, egui::RadioButton::new(on, text))
        }
        Some(mut on) if command != Command::ToggleCritical => {
            ui.add_enabled(enabled, egui::Checkbox::new(&mut on, text))
        }
        _ => command_button_ui(ui, text, command, enabled, None),
    };
    let response = match command.info().tip {
        Some(_) => response.on_hover_text(command.tooltip(lang)),
        None => response,
    };
    if response.clicked() {
        ui.close();
        out.command(command);
    }
}

/// The commands of `menu`, a separator between groups.
fn menu_items_ui(ui: &mut Ui, s: &Shared, menu: Menu, out: &mut Queue) {
    let mut group = None;
    for (command, g) in Command::in_menu(menu) {
        if group.is_some_and(|last| last != g) {
            ui.separator();
        }
        group = Some(g);
        if let Command::OpenRecent(i) = command {
            if i < s.settings.recent.len() {
                command_ui(ui, s, command, out);
            }
            continue;
        }
        if command == Command::Theme(Theme::ALL[0]) {
            ui.label(RichText::new(T::Theme.get(s.lang())).weak());
        }
        command_ui(ui, s, command, out);
        if command == Command::Open {
            recent_ui(ui, s, out);
        }
    }
}

/// File ▸ Recent files.
fn recent_ui(ui: &mut Ui, s: &Shared, out: &mut Queue) {
    let lang = s.lang();
    ui.menu_button(T::RecentFiles.get(lang), |ui| {
        if s.settings.recent.is_empty() {
            ui.label(RichText::new(T::NoRecent.get(lang)).weak());
        }
        menu_items_ui(ui, s, Menu::Recent, out);
    });
}

/// The menu bar.
pub(crate) fn menu_bar_ui(ui: &mut Ui, s: &Shared, out: &mut Queue) {
    let lang = s.lang();
    egui::MenuBar::new().ui(ui, |ui| {
        for &(menu, title) in MENUS {
            ui.menu_button(title.get(lang), |ui| menu_items_ui(ui, s, menu, out));
        }
    });
}

/// The toolbar under the menu.
pub(crate) fn toolbar_ui(ui: &mut Ui, s: &Shared, out: &mut Queue) {
    // Wraps onto a second row rather than running off a narrow window.
    ui.horizontal_wrapped(|ui| {
        ui.add_space(2.0);
        for item in TOOLBAR {
            let Some(command) = *item else {
                ui.separator();
                continue;
            };
            let text = command.text(s.lang());
            let text = text.trim_end_matches('…');
            let mut tip = match command {
                Command::Undo | Command::Redo => s.command_text(command),
                _ => command.tooltip(s.lang()),
            };
            if command.shortcut().is_some() {
                tip = format!("{tip} ({})", command.shortcut_text(ui.ctx()));
            }
            if ui
                .add_enabled(s.enabled(command), egui::Button::new(text))
                .on_hover_text(tip)
                .clicked()
            {
                out.command(command);
            }
        }
    });
}

/// What the status bar shows besides the document: the zoom, dropped labels, a notice.
pub(crate) struct Status<'a> {
    /// "Live · 5 people · connected" while a workshop is on.
    pub(crate) live: Option<&'a str>,
    /// The canvas zoom.
    pub(crate) zoom: f32,
    /// How many names the drawing left out.
    pub(crate) dropped: usize,
    /// The last notice ("Saved …").
    pub(crate) notice: Option<&'a str>,
    /// What is being written in the background ("Writing deck.pdf… 3 s").
    pub(crate) exporting: Option<&'a str>,
}

/// The status bar: counts, zoom, file.
pub(crate) fn status_bar_ui(ui: &mut Ui, s: &Shared, status: &Status) {
    let lang = s.lang();
    let doc = s.doc();
    let n = doc.moments.len();
    let critical = doc.critical_count();
    let red = CRITICAL;
    ui.horizontal_wrapped(|ui| {
        if let Some(live) = status.live {
            ui.label(RichText::new(live).strong());
            ui.separator();
        }
        ui.label(T::MomentsCount.count(n, lang))
            .on_hover_text(T::TipMoment.get(lang));
        ui.separator();
        let crit = RichText::new(T::CriticalCount.count(critical, lang));
        let crit = if critical > 0 { crit.color(red) } else { crit };
        ui.label(crit).on_hover_text(T::TipCritical.get(lang));
        ui.separator();
        ui.label(format!("{} {:.0}%", T::Zoom.get(lang), status.zoom * 100.0));
        ui.separator();
        let file = match &s.open.path {
            Some(p) => p.display().to_string(),
            None => T::Untitled.get(lang).to_owned(),
        };
        let dirty = if s.open.history.is_dirty() {
            format!(" ({})", T::Unsaved.get(lang))
        } else {
            String::new()
        };
        ui.label(format!("{file}{dirty}"));
        if status.dropped > 0 {
            ui.separator();
            let text = format!("{}: {}", T::DroppedLabels.get(lang), status.dropped);
            ui.label(RichText::new(text).color(red))
                .on_hover_text(T::TipDroppedLabels.get(lang));
        }
        if let Some(exporting) = status.exporting {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(exporting).strong());
            });
        } else if let Some(notice) = status.notice {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(notice).weak());
            });
        }
    });
}
