//! The workshop features of the designer window, driven headless through egui_kittest:
//! presentation mode, the analysis window, the template gallery, and the report and slides
//! from the File menu.

use ciclo_app::{Designer, Modal, ScriptedDialogs, T};
use ciclo_doc::lang::Lang;
use ciclo_doc::templates::TEMPLATES;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;
use common::{designer, example};

fn harness(d: Designer) -> Harness<'static, Designer> {
    common::harness(d, [1280.0, 720.0])
}

/// A designer showing the English restaurant example, in a UI in `lang`.
fn restaurant(
    lang: Lang,
    dialogs: ScriptedDialogs,
) -> (tempfile::TempDir, Harness<'static, Designer>) {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut d = designer(lang, dialogs);
    d.open_path(path);
    let mut h = harness(d);
    h.run();
    (dir, h)
}

fn press(h: &mut Harness<'_, Designer>, key: Key) {
    h.key_press(key);
    h.run();
}

#[test]
fn presentation_steps_through_the_moments_and_escape_leaves() {
    let (_dir, mut h) = restaurant(Lang::En, ScriptedDialogs::default());
    let names: Vec<String> = h
        .state()
        .doc()
        .moments
        .iter()
        .map(|m| m.name.clone())
        .collect();
    let n = names.len();
    assert_eq!(h.state().presentation_step(), None);

    press(&mut h, Key::F5);
    assert_eq!(
        h.state().presentation_step(),
        Some(0),
        "starts with the whole cycle"
    );
    h.get_by_label(&format!("The whole cycle · {n}"));
    assert!(
        h.query_by_label("File").is_none(),
        "the designer's panels are hidden"
    );
    assert!(
        h.state()
            .presentation_texts()
            .iter()
            .any(|t| t.contains("Casa Olivo")),
        "the whole cycle shows its title: {:?}",
        h.state().presentation_texts()
    );

    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presentation_step(), Some(1));
    h.get_by_label(&format!("1 / {n}"));
    h.get_by_role_and_label(Role::Image, &names[0]);
    let texts = h.state().presentation_texts();
    assert!(
        texts.contains(&names[0]),
        "the card names the moment: {texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with(&format!("Moment 1 of {n}"))),
        "{texts:?}"
    );

    press(&mut h, Key::Space);
    assert_eq!(h.state().presentation_step(), Some(2));
    h.get_by_label(&format!("2 / {n}"));
    h.get_by_role_and_label(Role::Image, &names[1]);

    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presentation_step(), Some(3));
    // Moment 3 is critical: its card says so, and why.
    let texts = h.state().presentation_texts();
    assert!(
        texts.iter().any(|t| t.contains("Critical moment")),
        "{texts:?}"
    );

    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presentation_step(), Some(2));
    h.get_by_label(&format!("2 / {n}"));

    // The end of the sequence stops at the last moment.
    press(&mut h, Key::End);
    press(&mut h, Key::ArrowRight);
    assert_eq!(h.state().presentation_step(), Some(n));
    h.get_by_role_and_label(Role::Image, &names[n - 1]);
    press(&mut h, Key::Home);
    assert_eq!(h.state().presentation_step(), Some(0));
    press(&mut h, Key::ArrowLeft);
    assert_eq!(h.state().presentation_step(), Some(0));

    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::ArrowRight);
    press(&mut h, Key::Escape);
    assert_eq!(h.state().presentation_step(), None, "Esc leaves");
    h.get_by_label("File");
    assert_eq!(
        h.state().selection(),
        Some(h.state().doc().moments[1].id),
        "the designer selects the moment the group stopped at"
    );
    assert!(!h.state().is_dirty(), "presenting changes nothing");
}

#[test]
fn the_toolbar_button_presents_and_a_click_advances() {
    let (_dir, mut h) = restaurant(Lang::En, ScriptedDialogs::default());
    h.get_by_role_and_label(Role::Button, "Present").click();
    h.run();
    assert_eq!(h.state().presentation_step(), Some(0));
    let title = h.state().doc().title.clone();
    h.get_by_role_and_label(Role::Image, &title).click();
    h.run();
    assert_eq!(h.state().presentation_step(), Some(1));
    h.get_by_role_and_label(Role::Button, "×").click();
    h.run();
    assert_eq!(h.state().presentation_step(), None);
}

#[test]
fn presentation_follows_the_ui_and_the_document_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.es.ron");
    let mut d = designer(Lang::Ru, ScriptedDialogs::default());
    d.open_path(path);
    let mut h = harness(d);
    h.run();
    h.get_by_role_and_label(Role::Button, "Презентация");
    press(&mut h, Key::F5);
    h.get_by_label_contains("Пробел");
    press(&mut h, Key::ArrowRight);
    let texts = h.state().presentation_texts();
    assert!(
        texts.iter().any(|t| t.starts_with("Momento 1 de")),
        "the card speaks the document's language: {texts:?}"
    );
}

#[test]
fn the_analysis_window_shows_the_share_and_selects_a_moment_without_owner() {
    let (_dir, mut h) = restaurant(Lang::En, ScriptedDialogs::default());
    // Take the owner away from the first critical moment.
    let mut doc = h.state().doc().clone();
    let index = doc.moments.iter().position(|m| m.critical).unwrap();
    doc.moments[index].owner.clear();
    let id = doc.moments[index].id;
    let name = doc.moments[index].name.clone();
    h.state_mut().set_document(doc, None);
    h.run();

    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Analysis").click();
    h.run();
    assert!(h.state().analysis_open());
    h.key_press(Key::Escape);
    h.run();
    h.get_by_label("Analysis of the cycle");
    h.get_by_label("3 of 12 (25%)");
    h.get_by_label("Critical moments without a complete plan");
    // The matrices have a tick per principle and expectation a moment has.
    h.get_by_label("Moments × principles of good service");
    h.get_by_label("Teamwork with the customer");
    let ticks: usize = h
        .state()
        .doc()
        .moments
        .iter()
        .map(|m| m.principles.len() + m.expectations.len())
        .sum();
    assert_eq!(h.query_all_by_label("✓").count(), ticks);

    assert_eq!(h.state().selection(), None);
    h.get_by_label(&format!("! {}. {name} — no owner", index + 1))
        .click();
    h.run();
    assert_eq!(
        h.state().selection(),
        Some(id),
        "clicking selects the moment"
    );
}

#[test]
fn the_analysis_updates_as_the_cycle_changes() {
    let (_dir, mut h) = restaurant(Lang::Es, ScriptedDialogs::default());
    h.state_mut().toggle_analysis();
    h.run();
    h.get_by_label("3 de 12 (25%)");
    h.get_by_label("Todos los momentos críticos tienen acción de mejora y responsable.");
    let mut doc = h.state().doc().clone();
    doc.moments[0].critical = true;
    h.state_mut().set_document(doc, None);
    h.run();
    h.get_by_label("4 de 12 (33%)");
}

#[test]
fn the_gallery_lists_every_template_and_opens_one() {
    let mut h = harness(designer(Lang::En, ScriptedDialogs::default()));
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("New from template…").click();
    h.run();
    assert!(h.state().gallery_open());
    let english: Vec<_> = TEMPLATES.iter().filter(|t| t.lang == Lang::En).collect();
    assert_eq!(english.len(), 8);
    for t in &english {
        h.get_by_role_and_label(Role::Button, &t.title());
    }
    press(&mut h, Key::Escape);
    assert!(!h.state().gallery_open(), "Esc closes the gallery");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    assert!(h.state().gallery_open());
    let hotel = english.iter().find(|t| t.name == "hotel").unwrap();
    h.get_by_role_and_label(Role::Button, &hotel.title())
        .click();
    h.run();
    assert!(!h.state().gallery_open());
    assert_eq!(
        h.state().doc(),
        &ciclo_doc::file::parse(hotel.text).unwrap()
    );
    assert!(h.state().path().is_none(), "a new document, not yet saved");
}

#[test]
fn the_spanish_gallery_shows_spanish_templates_and_asks_about_unsaved_changes() {
    let mut h = harness(designer(Lang::Es, ScriptedDialogs::default()));
    h.run();
    h.get_by_label("Añadir momento").click();
    h.run();
    assert!(h.state().is_dirty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    h.run();
    assert!(h.state().gallery_open());
    let spanish: Vec<_> = TEMPLATES.iter().filter(|t| t.lang == Lang::Es).collect();
    for t in &spanish {
        h.get_by_role_and_label(Role::Button, &t.title());
    }
    let bank = spanish.iter().find(|t| t.name == "bank-branch").unwrap();
    h.get_by_role_and_label(Role::Button, &bank.title()).click();
    h.run();
    assert!(
        matches!(h.state().modal(), Some(Modal::Unsaved(_))),
        "New from template asks first"
    );
    h.get_by_label("No guardar").click();
    h.run();
    assert_eq!(h.state().doc(), &ciclo_doc::file::parse(bank.text).unwrap());
}

#[test]
fn report_and_slides_are_written_from_the_file_menu() {
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.html");
    let slides = out.path().join("slides");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.report.push_back(report.clone());
    dialogs.folder.push_back(slides.clone());
    let (_dir, mut h) = restaurant(Lang::En, dialogs);

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export report…").click();
    h.run();
    common::wait_for_export(&mut h);
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("Casa Olivo"), "the report is about the cycle");
    h.get_by_label_contains("Report written:");

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export slides…").click();
    h.run();
    common::wait_for_export(&mut h);
    let mut written: Vec<_> = std::fs::read_dir(&slides)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(written.len(), 13, "the cycle and 12 moments: {written:?}");
    assert_eq!(written[0], "01-cycle.png");
    let img = image::open(slides.join(&written[3])).unwrap();
    assert_eq!((img.width(), img.height()), (1920, 1080));
    h.get_by_label_contains("Slides written: 13");
}

#[test]
fn a_report_with_an_unknown_extension_shows_the_error() {
    let out = tempfile::tempdir().unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.report.push_back(out.path().join("report.docx"));
    let (_dir, mut h) = restaurant(Lang::Es, dialogs);
    h.state_mut().export_report();
    h.run();
    assert!(matches!(h.state().modal(), Some(Modal::Error { .. })));
    h.get_by_label("No se pudo escribir el informe");
    h.get_by_label("Aceptar").click();
    h.run();
    assert!(h.state().modal().is_none());
}

#[test]
fn workshop_texts_exist_in_three_languages() {
    assert_eq!(T::CmdPresent.get(Lang::Ru), "Презентация");
    assert_eq!(T::CmdPresent.get(Lang::Es), "Presentar");
    assert_eq!(T::CmdExportSlides.get(Lang::En), "Export slides…");
}

#[test]
fn opening_another_saved_file_redraws_the_canvas() {
    // Both documents are fresh from disk: the canvas must not keep the first one's picture.
    let (dir, mut h) = restaurant(Lang::En, ScriptedDialogs::default());
    let hotel = example(dir.path(), "hotel.en.ron");
    h.state_mut().open_path(hotel);
    h.run();
    let title = h.state().doc().title.clone();
    assert!(title.contains("Hotel"), "{title}");
    assert!(
        h.state().canvas_texts().iter().any(|t| t.contains("Hotel")),
        "{:?}",
        h.state().canvas_texts()
    );
}

#[test]
fn presentation_frames_reuse_the_laid_out_slide() {
    let (_dir, mut h) = restaurant(Lang::En, ScriptedDialogs::default());
    press(&mut h, Key::F5);
    press(&mut h, Key::ArrowRight);
    let laid = h.state().presentation_layouts();
    for _ in 0..30 {
        h.step();
    }
    assert_eq!(
        h.state().presentation_layouts(),
        laid,
        "frames that change nothing do not lay out again"
    );
    press(&mut h, Key::ArrowRight);
    assert_eq!(
        h.state().presentation_layouts(),
        laid + 1,
        "one layout per step"
    );
    h.set_size(egui::vec2(1024.0, 768.0));
    h.run();
    assert!(
        h.state().presentation_layouts() > laid + 1,
        "a new size lays out again"
    );
}

#[test]
fn exporting_over_the_open_cycle_is_refused_and_the_cycle_kept() {
    let dir = tempfile::tempdir().unwrap();
    // A cycle saved under a picture's name, then chosen again in the Export dialog.
    let path = dir.path().join("cena.svg");
    std::fs::rename(example(dir.path(), "restaurant.en.ron"), &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut dialogs = ScriptedDialogs::default();
    dialogs.export.push_back(path.clone());
    let mut d = designer(Lang::Es, dialogs);
    d.open_path(path.clone());
    let mut h = harness(d);
    h.run();
    assert!(
        h.state().doc().title.contains("Casa Olivo"),
        "the cycle is open"
    );
    h.state_mut().export_now();
    h.run();
    assert!(matches!(h.state().modal(), Some(Modal::Error { .. })));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the cycle is untouched"
    );
}

#[test]
fn presentation_step_0_is_the_first_slide_file() {
    // A window whose slide area is the slides' size: 1920×1080 inside the 8-point margin,
    // above the footer. The satisfaction curve is on, so both must draw it.
    let out = tempfile::tempdir().unwrap();
    let slides = out.path().join("slides");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.folder.push_back(slides.clone());
    let mut settings = ciclo_app::Settings::default();
    settings.export.satisfaction_curve = true;
    let mut d = Designer::new(settings, Box::new(dialogs));
    let dir = tempfile::tempdir().unwrap();
    d.open_path(example(dir.path(), "phone-support.en.ron"));
    let mut h = common::harness(d, [1920.0 + 16.0, 1080.0 + 49.0]);
    h.run();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export slides…").click();
    h.run();
    common::wait_for_export(&mut h);
    let file = image::open(slides.join("01-cycle.png")).unwrap().to_rgba8();

    press(&mut h, Key::F5);
    assert_eq!(h.state().presentation_step(), Some(0));
    let shown = h.state().presentation_scene().to_vec();
    let png = ciclo_render::export::shapes_png(
        &shown,
        1920,
        1080,
        ciclo_render::export::Background::White,
    );
    let shown = image::load_from_memory(&png.unwrap()).unwrap().to_rgba8();
    assert!(
        shown == file,
        "presentation step 0 differs from 01-cycle.png"
    );
    let texts = h.state().presentation_texts();
    assert!(texts.iter().any(|t| t == "Satisfaction curve"), "{texts:?}");
}
