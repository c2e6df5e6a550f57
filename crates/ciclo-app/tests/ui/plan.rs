//! The inspector's plan and cover fields: a moment's target and due date, the cycle's
//! authors and date, all through the one Edit path; an impossible date is shown, never
//! stored.

use ciclo_app::{Designer, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;
use common::{designer, example};

fn open(path: &std::path::Path) -> Harness<'static, Designer> {
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.open_path(path.to_owned());
    let mut h = common::harness(d, [1280.0, 1600.0]);
    h.run();
    h
}

/// Types `text` at the end of the text field labelled `label`.
fn type_into(h: &mut Harness<'static, Designer>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run();
}

#[test]
fn a_moments_target_and_due_date_are_edited_and_an_impossible_date_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let id = h.state().doc().moments[2].id;
    h.state_mut().select(Some(id));
    h.run();
    // The target's five buttons and Clear are labelled by it; the fourth is 4.
    let mut named: Vec<_> = h.query_all_by_label("Target satisfaction").collect();
    let key = |n: &egui_kittest::Node<'_>| (n.rect().top(), n.rect().left());
    named.sort_by(|a, b| key(a).partial_cmp(&key(b)).unwrap());
    assert_eq!(named.len(), 5, "1 to 5");
    named[3].click();
    h.run();
    assert_eq!(h.state().doc().moments[2].target, Some(4));

    type_into(&mut h, "Due date", "2027-02-30");
    assert_eq!(h.state().doc().moments[2].due, None, "not stored");
    h.get_by_label_contains("Not a real date");
    assert!(
        h.query_all_by_value("2027-02-30").next().is_some(),
        "still shown"
    );
    // Correct the day: the last character becomes 8.
    h.key_press(egui::Key::Backspace);
    h.run();
    h.key_press(egui::Key::Backspace);
    h.run();
    type_into(&mut h, "Due date", "28");
    assert_eq!(
        h.state().doc().moments[2].due.as_deref(),
        Some("2027-02-28")
    );
    assert!(h.query_by_label_contains("Not a real date").is_none());
    assert_eq!(h.state().doc().saved_format(), 3);
}

#[test]
fn the_cycle_panel_edits_the_authors_and_the_cover_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    h.state_mut().select(None);
    h.run();
    type_into(&mut h, "Date", "2026-13-01");
    assert_eq!(h.state().doc().date, None);
    for _ in 0..5 {
        h.key_press(egui::Key::Backspace);
        h.run();
    }
    type_into(&mut h, "Date", "12-08");
    assert_eq!(h.state().doc().date.as_deref(), Some("2026-12-08"));
    // The authors' "+ Add" is the first one below their label.
    let top = h.get_by_label("Authors").rect().top();
    let mut adds: Vec<_> = h
        .query_all_by_label("+ Add")
        .filter(|n| n.rect().top() > top)
        .collect();
    adds.sort_by(|a, b| a.rect().top().total_cmp(&b.rect().top()));
    let n = adds.len();
    let before = h.state().doc().clone();
    adds[0].click();
    h.run();
    let after = h.state().doc();
    assert_eq!(after.primary_services, before.primary_services);
    assert_eq!(after.authors.len(), 1, "{:?} {n}", after.authors);
}
