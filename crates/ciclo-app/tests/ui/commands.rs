//! Commands as the user reaches them: the menus and the palette offer every command, the
//! palette finds and runs one, and Escape closes one thing at a time.

use std::path::{Path, PathBuf};

use ciclo_app::{Command, Designer, Modal, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common;
use common::{designer, example};

const CTRL_SHIFT: Modifiers = Modifiers {
    shift: true,
    ..Modifiers::COMMAND
};

fn open(path: &Path, recent: Vec<PathBuf>) -> Harness<'static, Designer> {
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.settings.recent = recent;
    d.open_path(path.to_owned());
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h
}

/// Every label of a button, checkbox or radio button on screen now.
fn labels(h: &Harness<'_, Designer>) -> Vec<String> {
    let roles = [Role::Button, Role::CheckBox, Role::RadioButton];
    let mut out = Vec::new();
    for role in roles {
        for node in h.query_all_by_role(role) {
            if let Some(label) = node.accesskit_node().label() {
                out.push(label.to_string());
            }
        }
    }
    out
}

/// The palette's search field.
fn search<'a>(h: &'a mut Harness<'_, Designer>) -> egui_kittest::Node<'a> {
    h.get_by_role_and_label(Role::TextInput, "Command palette…")
}

fn palette(h: &mut Harness<'_, Designer>) {
    h.key_press_modifiers(CTRL_SHIFT, Key::P);
    h.run();
    assert!(h.state().palette_open(), "Ctrl+Shift+P opens the palette");
}

#[test]
fn every_command_is_in_a_menu_or_the_palette() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let recent: Vec<PathBuf> = (0..8)
        .map(|i| dir.path().join(format!("r{i}.ron")))
        .collect();
    let mut h = open(&path, recent);
    let id = h.state().doc().moments[0].id;
    h.state_mut().select(Some(id));
    h.run();

    let mut seen = Vec::new();
    for menu in ["File", "Edit", "View", "Workshop", "Language", "Help"] {
        h.get_by_label(menu).click();
        h.run();
        if menu == "File" {
            h.get_by_label("Recent files").hover();
            h.run();
        }
        seen.extend(labels(&h));
        h.key_press(Key::Escape);
        h.run();
    }
    palette(&mut h);
    seen.extend(labels(&h));

    let lang = h.state().lang();
    let recent_files = h.state().settings.recent.clone();
    let missing: Vec<Command> = Command::ALL
        .iter()
        .copied()
        .filter(|c| {
            let text = c.text(lang);
            let recent = match c {
                Command::OpenRecent(i) => recent_files.get(*i).cloned(),
                _ => None,
            };
            !seen.iter().any(|l| {
                l == &text
                    || l.starts_with(&format!("{text}:"))
                    || l == &c.palette_text(lang)
                    || recent
                        .as_ref()
                        .is_some_and(|p| l == &p.display().to_string())
            })
        })
        .collect();
    assert!(missing.is_empty(), "not offered anywhere: {missing:?}");
}

#[test]
fn the_palette_finds_a_command_shows_its_shortcut_and_runs_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path, Vec::new());
    assert!(!h.state().analysis_open());
    palette(&mut h);
    let all = h.query_all_by_role(Role::Button).count();
    search(&mut h).type_text("analy");
    h.run();
    // Only what matches is left, with its shortcut for next time.
    let entry = h.get_by_role_and_label(Role::Button, "Analysis");
    assert_eq!(
        entry.accesskit_node().data().keyboard_shortcut(),
        Some("Ctrl+Shift+A")
    );
    assert!(h.query_all_by_role(Role::Button).count() < all);
    assert!(h.query_by_label("Export…").is_none());
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().analysis_open(), "Enter runs the chosen command");
    assert!(!h.state().palette_open(), "and closes the palette");

    // Arrow keys choose among several matches; a click runs one too.
    palette(&mut h);
    search(&mut h).type_text("zoom");
    h.run();
    let before = h.state().zoom();
    h.key_press(Key::ArrowDown);
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().zoom() < before, "the second match, Zoom out, ran");
    palette(&mut h);
    search(&mut h).type_text("no such thing");
    h.run();
    h.get_by_label("No command has that name");
}

#[test]
fn the_palette_lists_every_command_and_greys_out_what_cannot_run_now() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path, Vec::new());
    let order = |h: &Harness<'_, Designer>| -> Vec<_> {
        h.state().doc().moments.iter().map(|m| m.id).collect()
    };
    let before = order(&h);
    // Nothing is selected, so there is no moment to move: listed, greyed out, with its
    // shortcut, so the user learns what exists and how to reach it.
    palette(&mut h);
    search(&mut h).type_text("move later");
    h.run();
    let entry = h.get_by_role_and_label(Role::Button, "Move later");
    assert!(entry.accesskit_node().is_disabled(), "it cannot run now");
    assert_eq!(
        entry.accesskit_node().data().keyboard_shortcut(),
        Some("Alt+Right")
    );
    h.key_press(Key::Enter);
    h.run();
    assert!(h.state().palette_open(), "Enter does not run it");
    h.get_by_role_and_label(Role::Button, "Move later").click();
    h.run();
    assert!(h.state().palette_open(), "nor does a click");
    assert_eq!(order(&h), before);

    // With an empty search, the commands of a workshop are all there, whether or not
    // they can run: no workshop is on, so it can be hosted but not left.
    h.key_press(Key::Escape);
    h.run();
    palette(&mut h);
    let leave = h.get_by_role_and_label(Role::Button, "Leave workshop");
    assert!(leave.accesskit_node().is_disabled());
    let host = h.get_by_role_and_label(Role::Button, "Host workshop");
    assert!(!host.accesskit_node().is_disabled());

    // Once a moment is selected, the same entry runs.
    h.key_press(Key::Escape);
    h.run();
    h.state_mut().select(Some(before[0]));
    h.run();
    palette(&mut h);
    search(&mut h).type_text("move later");
    h.run();
    let entry = h.get_by_role_and_label(Role::Button, "Move later");
    assert!(!entry.accesskit_node().is_disabled());
    h.key_press(Key::Enter);
    h.run();
    assert!(!h.state().palette_open());
    assert_eq!(order(&h)[1], before[0], "now Enter moves the moment later");
}

#[test]
fn escape_closes_the_top_most_thing_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path, Vec::new());
    let id = h.state().doc().moments[2].id;
    h.state_mut().select(Some(id));
    h.run();
    let escape = |h: &mut Harness<'_, Designer>| {
        h.key_press(Key::Escape);
        h.run();
    };

    // Export, then the palette over it: one Escape each, the selection stays.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    assert!(h.state().export_open());
    palette(&mut h);
    escape(&mut h);
    assert!(!h.state().palette_open());
    assert!(h.state().export_open(), "one Escape closes one thing");
    escape(&mut h);
    assert!(!h.state().export_open(), "Escape closes Export");
    assert_eq!(h.state().selection(), Some(id));

    // The gallery.
    h.key_press_modifiers(CTRL_SHIFT, Key::N);
    h.run();
    assert!(h.state().gallery_open());
    escape(&mut h);
    assert!(!h.state().gallery_open());
    assert_eq!(h.state().selection(), Some(id));

    // The presentation.
    h.key_press(Key::F5);
    h.run();
    assert!(h.state().presenting());
    escape(&mut h);
    assert!(!h.state().presenting());

    // A modal over Export: the modal first.
    h.state_mut().edit(ciclo_app::Edit::Critical(id, true));
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    assert!(matches!(h.state().modal(), Some(Modal::Unsaved(_))));
    escape(&mut h);
    assert!(h.state().modal().is_none(), "Escape cancels the question");
    assert!(h.state().is_dirty(), "and keeps the changes");
    assert!(h.state().export_open());
    escape(&mut h);
    assert!(!h.state().export_open());

    // Nothing open: the selection goes.
    assert!(h.state().selection().is_some());
    escape(&mut h);
    assert_eq!(h.state().selection(), None);
}
