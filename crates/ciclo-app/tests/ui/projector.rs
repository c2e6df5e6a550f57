//! The designer at projector sizes (1024×768, 1280×720): the whole workshop flow must
//! fit, in every language of the window.

use ciclo_app::{Designer, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::common;
use common::{designer, example};

const PROJECTORS: [[f32; 2]; 2] = [[1024.0, 768.0], [1280.0, 720.0]];
const LANGS: [Lang; 3] = [Lang::En, Lang::Es, Lang::Ru];

/// The restaurant example, in `lang` (document and window), in a window of `size`.
fn open(dir: &std::path::Path, lang: Lang, size: [f32; 2]) -> Harness<'static, Designer> {
    let file = match lang {
        Lang::Es => "restaurant.es.ron",
        _ => "restaurant.en.ron",
    };
    let path = example(dir, file);
    let mut d = designer(lang, ScriptedDialogs::default());
    d.open_path(path);
    let mut h = common::harness(d, size);
    h.run();
    h
}

fn window(size: [f32; 2]) -> Rect {
    Rect::from_min_size(Pos2::ZERO, Vec2::from(size))
}

/// Every node of the cycle, on screen.
fn nodes(h: &Harness<'_, Designer>) -> Vec<Pos2> {
    let n = h.state().doc().moments.len();
    (0..n)
        .map(|i| h.state().node_screen_pos(i).unwrap())
        .collect()
}

fn assert_nodes_inside(h: &Harness<'_, Designer>, area: Rect, what: &str) {
    for (i, p) in nodes(h).into_iter().enumerate() {
        assert!(
            area.contains(p),
            "{what}: node {} at {p:?} outside {area:?}",
            i + 1
        );
    }
}

#[test]
fn at_projector_sizes_the_canvas_gets_more_than_half_the_width() {
    let dir = tempfile::tempdir().unwrap();
    for size in PROJECTORS {
        for lang in LANGS {
            let h = open(dir.path(), lang, size);
            let canvas = h.state().canvas_rect();
            assert!(
                canvas.width() >= 0.55 * size[0],
                "{lang:?} at {size:?}: the canvas {canvas:?} is only {} of {} points wide",
                canvas.width(),
                size[0]
            );
        }
    }
}

#[test]
fn the_moment_list_gives_back_its_width_after_russian() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), Lang::En, [1024.0, 768.0]);
    let english = h.state().canvas_rect();
    h.state_mut().settings.lang = Lang::Ru;
    h.run();
    h.state_mut().settings.lang = Lang::En;
    h.run();
    let again = h.state().canvas_rect();
    assert!(
        (again.min.x - english.min.x).abs() < 1.0 && (again.max.x - english.max.x).abs() < 1.0,
        "the panels kept the Russian width: canvas {english:?} before, {again:?} after"
    );
}

#[test]
fn every_toolbar_button_is_on_screen_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for size in PROJECTORS {
        for lang in LANGS {
            let h = open(dir.path(), lang, size);
            let screen = window(size);
            for command in ciclo_app::TOOLBAR.iter().flatten() {
                let text = command.text(lang);
                let text = text.trim_end_matches('…');
                let reachable = h.query_all_by_label(text).any(|b| {
                    b.accesskit_node().role() == Role::Button && screen.contains_rect(b.rect())
                });
                assert!(reachable, "{lang:?} at {size:?}: {text:?} is off screen");
            }
        }
    }
}

#[test]
fn present_from_the_toolbar_works_in_russian_at_1024() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), Lang::Ru, [1024.0, 768.0]);
    let text = ciclo_app::Command::Present.text(Lang::Ru);
    h.query_all_by_label(&text)
        .find(|b| b.accesskit_node().role() == Role::Button)
        .unwrap()
        .click();
    h.run();
    assert!(h.state().presenting(), "the presentation did not start");
}

#[test]
fn fit_to_view_shows_every_node_inside_the_canvas() {
    let dir = tempfile::tempdir().unwrap();
    for size in [[1024.0, 768.0], [1280.0, 720.0], [1024.0, 600.0]] {
        let mut h = open(dir.path(), Lang::Es, size);
        assert_nodes_inside(&h, h.state().canvas_rect(), "at open");
        // Zoom far in, then fit again.
        h.hover_at(h.state().canvas_rect().center());
        for _ in 0..6 {
            h.key_press_modifiers(Modifiers::COMMAND, Key::Equals);
            h.run();
        }
        h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
        h.run();
        assert_nodes_inside(
            &h,
            h.state().canvas_rect(),
            &format!("{size:?} after Ctrl+0"),
        );
    }
}

#[test]
fn one_wheel_notch_zooms_by_about_a_tenth() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), Lang::En, [1280.0, 720.0]);
    let at = h.state().canvas_rect().center();
    h.hover_at(at);
    h.run();
    let before = h.state().zoom();
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, 1.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: Modifiers::COMMAND,
    });
    h.run();
    let ratio = h.state().zoom() / before;
    assert!((1.08..=1.12).contains(&ratio), "one notch zoomed ×{ratio}");
}

#[test]
fn canvas_only_hides_both_panels_and_brings_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let size = [1024.0, 768.0];
    let mut h = open(dir.path(), Lang::En, size);
    let with_panels = h.state().canvas_rect().width();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    let alone = h.state().canvas_rect();
    assert!(alone.width() >= size[0] - 20.0, "the canvas is {alone:?}");
    assert_nodes_inside(&h, alone, "canvas alone");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    let back = h.state().canvas_rect().width();
    assert!((back - with_panels).abs() < 1.0, "{back} != {with_panels}");

    // The View menu hides one panel at a time.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Inspector").click();
    h.run();
    assert!(!h.state().panels().inspector);
    assert!(h.state().panels().list);
    assert!(h.state().canvas_rect().width() > with_panels + 100.0);
}

#[test]
fn the_moment_header_is_not_covered_by_its_buttons() {
    let dir = tempfile::tempdir().unwrap();
    for lang in LANGS {
        let mut h = open(dir.path(), lang, [1024.0, 768.0]);
        let id = h.state().doc().moments[10].id;
        h.state_mut().select(Some(id));
        h.run();
        let heading = h
            .get_by(|n| {
                n.role() == Role::Label && n.value().is_some_and(|l| l.ends_with(" 11 / 12"))
            })
            .rect();
        for button in ["Insert after", "Insertar después", "Вставить после"] {
            for b in h.query_all_by_label(button) {
                assert!(
                    !b.rect().intersects(heading),
                    "{lang:?}: {button:?} {:?} covers the heading {heading:?}",
                    b.rect()
                );
            }
        }
    }
}

#[test]
fn the_inspector_opens_at_its_top_and_follows_the_focus() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open(dir.path(), Lang::En, [1280.0, 720.0]);
    let canvas = h.state().canvas_rect();
    let first = h.state().doc().moments[0].id;
    h.state_mut().select(Some(first));
    h.run();
    // The last field is far below the fold; focusing it brings it into view.
    h.get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .focus();
    h.run();
    let notes = h
        .get_by_role_and_label(Role::MultilineTextInput, "Notes")
        .rect();
    assert!(
        notes.max.y <= canvas.max.y + 1.0 && notes.min.y >= canvas.min.y - 1.0,
        "the focused Notes field {notes:?} is outside the panel"
    );
    // Another moment opens at the top: its name is in view.
    let second = h.state().doc().moments[1].id;
    h.state_mut().select(Some(second));
    h.run();
    let name = h.get_by_role_and_label(Role::TextInput, "Name").rect();
    assert!(
        name.min.y >= canvas.min.y && name.max.y <= canvas.max.y,
        "the name {name:?} is scrolled out of {canvas:?}"
    );
}

#[test]
fn the_export_dialog_leaves_the_preview_in_view() {
    let dir = tempfile::tempdir().unwrap();
    for size in PROJECTORS {
        let mut h = open(dir.path(), Lang::Es, size);
        h.key_press_modifiers(Modifiers::COMMAND, Key::E);
        h.run();
        let dialog = h
            .query_all_by_label("Exportar")
            .filter(|n| n.accesskit_node().role() == Role::Window)
            .map(|n| n.rect())
            .next()
            .unwrap_or_else(|| h.get_by_label("Formato").rect());
        let canvas = h.state().canvas_rect();
        for (i, p) in nodes(&h).into_iter().enumerate() {
            assert!(
                canvas.contains(p),
                "{size:?}: node {} off the canvas",
                i + 1
            );
            assert!(
                !dialog.expand(8.0).contains(p),
                "{size:?}: the dialog {dialog:?} covers node {} at {p:?}",
                i + 1
            );
        }
    }
}

#[test]
fn a_moment_with_photos_fits_the_inspector_at_projector_sizes_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("fotos")).unwrap();
    for name in ["sala.jpg", "mapa.jpg", "puerta.jpg"] {
        image::RgbImage::from_pixel(640, 480, image::Rgb([30, 120, 200]))
            .save(dir.path().join("fotos").join(name))
            .unwrap();
    }
    for size in PROJECTORS {
        for &lang in Lang::ALL {
            let mut h = open(dir.path(), lang, size);
            let path = h.state().path().map(|p| p.to_owned()).unwrap();
            let mut doc = h.state().doc().clone();
            doc.moments[1].photos = ["sala.jpg", "mapa.jpg", "puerta.jpg"]
                .iter()
                .map(|n| ciclo_doc::model::Photo {
                    path: format!("fotos/{n}"),
                    caption: "La sala a las diez de la noche, vista desde la puerta".to_owned(),
                })
                .collect();
            ciclo_doc::save::save_file(&doc, &path).unwrap();
            h.state_mut().open_path(path);
            let id = h.state().doc().moments[1].id;
            h.state_mut().select(Some(id));
            h.run();
            let screen = window(size);
            let remove = ciclo_app::T::PhotoRemoveShort.get(lang);
            let buttons: Vec<Rect> = h.query_all_by_label(remove).map(|b| b.rect()).collect();
            assert_eq!(buttons.len(), 3, "{lang:?} at {size:?}");
            for b in buttons {
                assert!(
                    b.min.x >= screen.min.x && b.max.x <= screen.max.x,
                    "{lang:?} at {size:?}: a photo's {remove:?} button is off screen: {b:?}"
                );
            }
        }
    }
}
