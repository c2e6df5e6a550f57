//! The whole workflow with the keyboard alone, read through the accessibility tree as a
//! screen reader reads it: add, rename, reorder, mark critical, present, export.

use ciclo_app::{Designer, ScriptedDialogs, Theme};
use ciclo_doc::lang::Lang;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common;
use common::designer;

fn press(h: &mut Harness<'_, Designer>, modifiers: Modifiers, key: Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Types `text` into whatever has the keyboard focus.
fn type_text(h: &mut Harness<'_, Designer>, text: &str) {
    h.event(egui::Event::Text(text.to_owned()));
    h.run();
}

/// The label of the widget with the keyboard focus, as a screen reader announces it.
fn focused_label(h: &Harness<'_, Designer>) -> String {
    h.query_all(egui_kittest::kittest::By::new())
        .find(|n| n.accesskit_node().is_focused())
        .and_then(|n| n.accesskit_node().label().map(|l| l.to_string()))
        .unwrap_or_default()
}

/// Adds a moment after the selected one (Insert) and names it.
fn add(h: &mut Harness<'_, Designer>, name: &str) {
    press(h, Modifiers::NONE, Key::Insert);
    // The new moment's name is selected in its field: typing replaces it.
    assert!(
        h.state()
            .doc()
            .moments
            .iter()
            .any(|m| m.name.starts_with("Moment"))
    );
    type_text(h, name);
    press(h, Modifiers::NONE, Key::Enter);
}

#[test]
fn the_whole_workflow_works_with_the_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("cycle.png");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.export.push_back(out.clone());
    let mut h = common::harness(designer(Lang::En, dialogs), [1280.0, 800.0]);
    h.run();

    add(&mut h, "Calls to book");
    add(&mut h, "Parks the car");
    add(&mut h, "Greeted");
    let names = |h: &Harness<'_, Designer>| -> Vec<String> {
        h.state()
            .doc()
            .moments
            .iter()
            .map(|m| m.name.clone())
            .collect()
    };
    assert_eq!(names(&h), ["Calls to book", "Parks the car", "Greeted"]);

    // Escape leaves the selection; Tab walks the moments and announces each.
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert_eq!(h.state().selection(), None);
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_label(&h), "Moment 1 of 3, Calls to book");
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_label(&h), "Moment 2 of 3, Parks the car");
    let node = h.get_by_label("Moment 2 of 3, Parks the car");
    assert_eq!(node.accesskit_node().role(), Role::Button);
    assert_eq!(node.accesskit_node().is_selected(), Some(true));

    // Rename with F2.
    press(&mut h, Modifiers::NONE, Key::F2);
    type_text(&mut h, "Parks and finds the door");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(names(&h)[1], "Parks and finds the door");

    // Reorder: Alt+Left moves it before the first.
    press(&mut h, Modifiers::NONE, Key::Tab);
    assert_eq!(focused_label(&h), "Moment 3 of 3, Greeted");
    press(&mut h, Modifiers::ALT, Key::ArrowLeft);
    assert_eq!(
        names(&h),
        ["Calls to book", "Greeted", "Parks and finds the door"]
    );

    // Mark as critical: the node says so.
    press(&mut h, Modifiers::COMMAND, Key::M);
    assert!(h.state().doc().moments[1].critical);
    h.get_by_label("Moment 2 of 3, Greeted, critical");

    // Present, step, leave.
    press(&mut h, Modifiers::NONE, Key::F5);
    assert_eq!(h.state().presentation_step(), Some(0));
    press(&mut h, Modifiers::NONE, Key::ArrowRight);
    assert_eq!(h.state().presentation_step(), Some(1));
    press(&mut h, Modifiers::NONE, Key::Escape);
    assert!(!h.state().presenting());

    // Export: Ctrl+E puts the focus on its Export button; Enter writes the picture.
    press(&mut h, Modifiers::COMMAND, Key::E);
    assert!(h.state().export_open());
    assert_eq!(focused_label(&h), "Export…");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert!(out.exists(), "the picture was written");
    assert!(!h.state().export_open());
}

/// The WCAG contrast ratio of two colours.
fn contrast(a: egui::Color32, b: egui::Color32) -> f32 {
    let luminance = |c: egui::Color32| {
        let lin = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_high_contrast_theme_is_chosen_from_the_palette() {
    let mut h = common::harness(
        designer(Lang::En, ScriptedDialogs::default()),
        [1280.0, 800.0],
    );
    h.run();
    press(
        &mut h,
        Modifiers {
            shift: true,
            ..Modifiers::COMMAND
        },
        Key::P,
    );
    type_text(&mut h, "contrast");
    press(&mut h, Modifiers::NONE, Key::Enter);
    assert_eq!(h.state().settings.theme, Theme::HighContrast);
    let visuals = h.ctx.global_style().visuals.clone();
    assert_eq!(visuals.text_color(), egui::Color32::BLACK);
    assert_eq!(visuals.panel_fill, egui::Color32::WHITE);
    // Text keeps a contrast of at least 7:1 (WCAG AAA) on the panels and on the selection.
    assert!(contrast(visuals.text_color(), visuals.panel_fill) >= 7.0);
    let selection = visuals.selection;
    assert!(contrast(selection.stroke.color, selection.bg_fill) >= 7.0);
    assert!(contrast(visuals.weak_text_color(), selection.bg_fill) >= 4.5);
    assert!(
        visuals.widgets.inactive.bg_stroke.width >= 1.5,
        "buttons are outlined"
    );
}

#[test]
fn keys_typed_faster_than_frames_all_count() {
    let mut h = common::harness(
        designer(Lang::En, ScriptedDialogs::default()),
        [1280.0, 800.0],
    );
    h.run();
    for name in ["A", "B", "C"] {
        add(&mut h, name);
    }
    press(&mut h, Modifiers::NONE, Key::Escape);
    // Three Tabs in one frame walk three moments.
    for _ in 0..3 {
        h.key_press(Key::Tab);
    }
    h.run();
    assert_eq!(focused_label(&h), "Moment 3 of 3, C");
}
