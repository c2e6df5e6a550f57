//! The designer window, driven headless through egui_kittest like a user would.

use std::path::Path;

use ciclo_app::{Designer, Modal, Recovery, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use ciclo_doc::model::MomentId;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;
use common::{designer, drag, example};

fn harness(d: Designer) -> Harness<'static, Designer> {
    common::harness(d, [1280.0, 800.0])
}

fn open(path: &Path) -> Harness<'static, Designer> {
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.open_path(path.to_owned());
    let mut h = harness(d);
    h.run();
    h
}

fn ids(d: &Designer) -> Vec<MomentId> {
    d.doc().moments.iter().map(|m| m.id).collect()
}

#[test]
fn dragging_a_node_past_its_neighbour_reorders_and_one_undo_restores() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let before = h.state().doc().clone();
    let order = ids(h.state());
    let from = h.state().node_screen_pos(1).unwrap();
    let n2 = h.state().node_screen_pos(2).unwrap();
    let n3 = h.state().node_screen_pos(3).unwrap();
    let to = n2 + (n3 - n2) * 0.5;
    drag(&mut h, from, to, 10);

    let after = ids(h.state());
    assert_ne!(after, order, "the sequence changed");
    assert_eq!(after[1], order[2], "the neighbour moved up");
    assert_eq!(after[2], order[1], "the dragged moment took its place");
    assert!(h.state().is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc(), &before, "one undo restores the whole drag");
}

#[test]
fn typing_a_name_changes_the_canvas_and_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let id = h.state().doc().moments[0].id;
    h.state_mut().select(Some(id));
    h.run();

    h.get_by_role_and_label(Role::TextInput, "Name").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text(" today");
    h.run();
    let name = "Hears a recommendation today";
    assert_eq!(h.state().doc().moments[0].name, name);
    assert!(
        h.state().canvas_texts().iter().any(|t| t.contains("today")),
        "{:?}",
        h.state().canvas_texts()
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    assert!(!h.state().is_dirty());
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains(name), "{saved}");

    // The whole burst of typing is one undo step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().moments[0].name, "Hears a recommendation");
}

#[test]
fn toggling_critical_and_saving_writes_critical_true() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let m = h
        .state()
        .doc()
        .moments
        .iter()
        .position(|m| !m.critical)
        .unwrap();
    let id = h.state().doc().moments[m].id;
    h.state_mut().select(Some(id));
    h.run();
    h.get_by_label("Critical moment of truth").click();
    h.run();
    assert!(h.state().doc().moments[m].critical);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let saved = ciclo_doc::file::load_file(&path).unwrap();
    assert!(saved.moments[m].critical);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("critical: true"));
}

#[test]
fn a_broken_file_shows_the_error_and_leaves_the_document_alone() {
    let dir = tempfile::tempdir().unwrap();
    let good = example(dir.path(), "restaurant.en.ron");
    let broken = dir.path().join("broken.ron");
    std::fs::write(
        &broken,
        "(\n    format: 1,\n    moments: [ (name: \"A\", critical: maybe) ],\n)\n",
    )
    .unwrap();
    let mut h = open(&good);
    let before = h.state().doc().clone();

    h.state_mut().open_path(broken.clone());
    h.run();
    let Some(Modal::Error { message, .. }) = h.state().modal() else {
        panic!("no error dialog")
    };
    assert!(message.contains("broken.ron:3:"), "{message}");
    h.get_by_label("The file could not be opened");
    assert_eq!(h.state().doc(), &before);
    assert_eq!(h.state().path(), Some(good.as_path()));

    h.get_by_label("OK").click();
    h.run();
    assert!(h.state().modal().is_none());
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let n = h.state().doc().moments.len();
    h.get_by_label("Add moment").click();
    h.run();
    assert_eq!(h.state().doc().moments.len(), n + 1);
    assert!(h.state().is_dirty());
    // The new moment's name field has the focus, so New comes from the shortcut.
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert_eq!(
        h.state().doc().moments.len(),
        n + 1,
        "Cancel keeps the document"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run();
    h.get_by_label("Don't save").click();
    h.run();
    assert!(h.state().doc().moments.is_empty(), "a new, empty cycle");
    assert!(h.state().path().is_none());
}

#[test]
fn a_new_moment_gets_a_default_name_and_the_focus() {
    let mut h = harness(designer(Lang::En, ScriptedDialogs::default()));
    h.run();
    h.get_by_label("Add moment").click();
    h.run();
    assert_eq!(h.state().doc().moments[0].name, "Moment 1");
    assert_eq!(h.state().selection(), Some(h.state().doc().moments[0].id));
    assert!(
        h.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    );
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Arrives");
    h.run();
    assert_eq!(
        h.state().doc().moments[0].name,
        "Arrives",
        "typing replaces the default name"
    );
}

#[test]
fn the_spanish_ui_speaks_spanish() {
    let mut h = harness(designer(Lang::Es, ScriptedDialogs::default()));
    h.run();
    h.get_by_label("Archivo");
    h.get_by_label("Editar");
    h.get_by_label("Añadir momento");
    h.get_by_label("Ciclo del servicio");
    h.get_by_role_and_label(Role::TextInput, "Título");
    h.get_by_label("Promesa del servicio");
    assert!(h.query_by_label("File").is_none());
}

#[test]
fn the_russian_ui_speaks_russian() {
    let mut h = harness(designer(Lang::Ru, ScriptedDialogs::default()));
    h.run();
    h.get_by_label("Файл");
    h.get_by_label("Правка");
    h.get_by_label("Справка");
    h.get_by_label("Добавить момент");
    h.get_by_label("Моменты истины");
    h.get_by_label("Цикл обслуживания");
    h.get_by_role_and_label(Role::TextInput, "Заголовок");
    h.get_by_label("Сервисное обещание");
    h.get_by_label("0 моментов");
    assert!(h.query_by_label("File").is_none());
    assert!(h.query_by_label("Add moment").is_none());
    assert!(h.query_by_label("Service cycle").is_none());
    // The Language menu offers Russian among the window's languages, and switches at once.
    h.get_by_label("Язык").click();
    h.run();
    h.get_by_label("Español");
    h.get_by_label("English").click();
    h.run();
    h.get_by_label("File");
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Русский").click();
    h.run();
    h.get_by_label("Файл");
    h.get_by_label("Моменты истины");
}

#[test]
fn keyboard_moves_the_selection_and_the_moment() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let order = ids(h.state());
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(h.state().selection(), Some(order[0]));
    h.key_press(Key::Tab);
    h.run();
    assert_eq!(h.state().selection(), Some(order[1]));
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(h.state().selection(), Some(order[0]));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    h.run();
    assert_eq!(ids(h.state())[1], order[0]);
    h.key_press(Key::Delete);
    h.run();
    assert_eq!(h.state().doc().moments.len(), order.len() - 1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc().moments.len(), order.len());
}

#[test]
fn double_clicking_the_ring_inserts_a_moment_between_the_neighbours_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let n = h.state().doc().moments.len();
    let a = h.state().doc().moments[4].id;
    let b = h.state().doc().moments[5].id;
    let angles = ciclo_doc::arrange::effective_angles(h.state().doc());
    let mid = h
        .state()
        .ring_screen_pos((angles[4] + angles[5]) / 2.0)
        .unwrap();
    h.hover_at(mid);
    h.run();
    for _ in 0..2 {
        h.event(egui::Event::PointerButton {
            pos: mid,
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: Modifiers::NONE,
        });
        h.event(egui::Event::PointerButton {
            pos: mid,
            button: egui::PointerButton::Primary,
            pressed: false,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    let doc = h.state().doc();
    assert_eq!(doc.moments.len(), n + 1);
    assert_eq!(
        (doc.moments[4].id, doc.moments[6].id),
        (a, b),
        "inserted between moments 5 and 6"
    );
    assert_eq!(
        doc.moments[5].name, "Moment 6",
        "named after its place in the sequence"
    );
    assert_eq!(h.state().selection(), Some(doc.moments[5].id));
    assert!(ciclo_doc::file::validate(doc).is_ok());
}

#[test]
fn a_failed_save_says_so_and_keeps_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let missing = dir.path().join("no-such-folder").join("cycle.ron");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.save.push_back(missing);
    let mut d = designer(Lang::En, dialogs);
    d.open_path(path);
    let mut h = harness(d);
    h.run();
    h.state_mut()
        .edit(ciclo_app::Edit::Critical(MomentId(1), true));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("The cycle could not be saved");
    assert!(h.state().is_dirty());
    assert!(h.state().doc().moments[0].critical, "nothing is lost");
}

#[test]
fn a_recovery_copy_is_offered_and_restored() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let crashed = Recovery::with_owner(data.clone(), u32::MAX);
    let mut doc = ciclo_doc::file::parse(ciclo_doc::templates::TEMPLATES[0].text).unwrap();
    doc.title = "Work in progress".into();
    crashed.write(&doc, None).unwrap();
    let d = designer(Lang::En, ScriptedDialogs::default())
        .with_recovery(Recovery::with_owner(data.clone(), u32::MAX - 1));
    let mut h = harness(d);
    h.run();
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run();
    assert_eq!(h.state().doc().title, "Work in progress");
    assert!(h.state().is_dirty(), "restored work is not saved yet");
    let observer = Recovery::with_owner(data, u32::MAX - 2);
    let kept = observer
        .find()
        .expect("the work stays recoverable until it is saved");
    assert_eq!(kept.doc.title, "Work in progress");
}

#[test]
fn a_failed_export_explains_itself_in_the_ui_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut dialogs = ScriptedDialogs::default();
    dialogs
        .export
        .push_back(dir.path().join("no-such-folder").join("slide.png"));
    let mut d = designer(Lang::Ru, dialogs);
    d.open_path(path);
    let mut h = harness(d);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Экспорт рисунка");
    h.get_by_label("Экспорт…").click();
    h.run();
    let Some(Modal::Error { message, .. }) = h.state().modal() else {
        panic!("no error dialog")
    };
    assert!(message.contains("не удаётся сохранить"), "{message}");
    assert!(message.contains("другую папку"), "{message}");
    h.get_by_label("Не удалось экспортировать рисунок");
    h.get_by_label("ОК").click();
    h.run();
    assert!(h.state().modal().is_none());
}

#[test]
fn the_list_reorders_with_its_buttons_and_the_language_switches_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let order = ids(h.state());
    h.get_by_label_contains(". Looks up menu and reviews")
        .click();
    h.run();
    assert_eq!(h.state().selection(), Some(order[1]));
    h.get_by_label("Up").click();
    h.run();
    assert_eq!(ids(h.state())[0], order[1]);
    h.get_by_label("Edit").click();
    h.run();
    h.get_by_label_contains("Undo: reorder");
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("Español").click();
    h.run();
    h.get_by_label("Archivo");
    h.get_by_label("Momentos de verdad");
}

#[test]
fn unsaved_changes_get_a_recovery_copy_within_30_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let data = dir.path().join("data");
    let observer = Recovery::with_owner(data.clone(), u32::MAX - 2);
    let mut d = designer(Lang::En, ScriptedDialogs::default())
        .with_recovery(Recovery::with_owner(data, u32::MAX - 1));
    d.open_path(path);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0)
        .build_ui_state(|ui, d: &mut Designer| d.ui(ui), d);
    h.run();
    h.state_mut()
        .edit(ciclo_app::Edit::Critical(MomentId(1), true));
    h.run_steps(10);
    assert!(observer.find().is_none(), "not before 30 seconds");
    h.run_steps(25);
    let copy = observer.find().expect("a recovery copy after 30 seconds");
    assert!(copy.doc.moments[0].critical);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(observer.find().is_none(), "saving removes the copy");
}

#[test]
fn dragging_a_row_in_the_list_reorders_the_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let order = ids(h.state());
    let from = h
        .get_by_label_contains(". Looks up menu and reviews")
        .rect()
        .center();
    let to = h
        .get_by_label_contains(". Greeted and seated")
        .rect()
        .center();
    drag(&mut h, from, to, 10);
    let after = ids(h.state());
    assert_eq!(
        after[4], order[1],
        "row 2 dropped onto row 5 takes its place"
    );
    assert_eq!(after[1], order[2]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(ids(h.state()), order);
}

#[test]
fn zoom_keys_and_escape() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let fitted = h.state().zoom();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
    h.run();
    assert!(h.state().zoom() > fitted * 1.2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    h.run();
    assert!(h.state().zoom() < fitted);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.state().zoom(), fitted);

    h.key_press(Key::Tab);
    h.run();
    assert!(h.state().selection().is_some());
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().selection(), None);
}

#[test]
fn right_clicking_a_moment_offers_to_mark_it_critical() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let i = h
        .state()
        .doc()
        .moments
        .iter()
        .position(|m| !m.critical)
        .unwrap();
    let p = h.state().node_screen_pos(i).unwrap();
    h.hover_at(p);
    h.run();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: p,
            button: egui::PointerButton::Secondary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
    assert_eq!(h.state().selection(), Some(h.state().doc().moments[i].id));
    h.get_by_label("Mark as critical").click();
    h.run();
    assert!(h.state().doc().moments[i].critical);
}

#[test]
fn emptying_a_name_and_retyping_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let id = h.state().doc().moments[0].id;
    h.state_mut().select(Some(id));
    h.run();
    let name = h.state().doc().moments[0].name.clone();
    h.get_by_role_and_label(Role::TextInput, "Name").focus();
    h.run();
    for _ in 0..name.chars().count() + 2 {
        h.key_press(Key::Backspace);
    }
    h.run();
    assert_eq!(
        h.state().doc().moments[0].name,
        name,
        "a moment never has an empty name"
    );
    h.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Hears about us");
    h.run();
    assert_eq!(h.state().doc().moments[0].name, "Hears about us");
}

#[test]
fn the_list_follows_a_selection_made_on_the_canvas_or_keyboard() {
    let mut doc = ciclo_doc::model::Document::default();
    for i in 1..=60 {
        doc.moments.push(ciclo_doc::model::Moment::named(
            MomentId(i),
            format!("Step {i}"),
        ));
    }
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.set_document(doc, None);
    let mut h = harness(d);
    h.run();
    assert!(
        h.query_by_label_contains(". Step 60").is_none(),
        "out of sight at first"
    );
    h.key_press_modifiers(Modifiers::SHIFT, Key::Tab);
    h.run();
    assert_eq!(h.state().selection(), Some(MomentId(60)));
    h.get_by_label_contains(". Step 60");
}
