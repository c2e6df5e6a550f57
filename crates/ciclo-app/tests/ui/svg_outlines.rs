//! The Export dialog's "text as outlines" choice, which only an SVG has.

use crate::common;

#[test]
fn the_export_dialog_writes_text_as_outlines_when_asked_and_only_for_svg() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    let dir = tempfile::tempdir().unwrap();
    let path = common::example(dir.path(), "bank-branch.es.ron");
    let out = dir.path().join("slide.svg");
    let mut dialogs = ciclo_app::ScriptedDialogs::default();
    dialogs.export.push_back(out.clone());
    let mut d = common::designer(ciclo_doc::lang::Lang::Es, dialogs);
    d.open_path(path);
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    let outlines = "Texto como contornos";
    // A PNG has no text to outline: the choice waits until SVG is picked.
    assert!(h.get_by_label(outlines).accesskit_node().is_disabled());
    h.get_by_label("SVG").click();
    h.run();
    assert!(!h.get_by_label(outlines).accesskit_node().is_disabled());
    h.get_by_label(outlines).click();
    h.run();
    h.get_by_label("Exportar…").click();
    h.run();
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("<svg"), "{}", &written[..100]);
    assert!(!written.contains("<text"), "the text is still text");
    assert!(written.contains("id=\"label-1\""));
}
