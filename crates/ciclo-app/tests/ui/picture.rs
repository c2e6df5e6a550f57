//! The window draws the one picture: what the canvas paints is what export writes.

use ciclo_app::ScriptedDialogs;
use ciclo_doc::lang::Lang;
use ciclo_render::export::Background;
use ciclo_render::svg::shapes_to_svg;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

use crate::common;
use common::{designer, example};

#[test]
fn export_writes_the_picture_the_canvas_shows() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let png = dir.path().join("slide.png");
    let svg = dir.path().join("slide.svg");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.export.push_back(png.clone());
    dialogs.export.push_back(svg.clone());
    let mut d = designer(Lang::En, dialogs);
    d.open_path(path);
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Export picture");
    h.get_by_label("Export…").click();
    h.run();
    // The canvas paints the export's scene: drawn alone, its shapes give the file's pixels.
    let shapes = h.state().canvas_shapes().to_vec();
    assert!(shapes.len() > 100, "{} shapes", shapes.len());
    let canvas = ciclo_render::export::shapes_png(&shapes, 1920, 1080, Background::White).unwrap();
    let canvas = image::load_from_memory(&canvas).unwrap().to_rgba8();
    let file = image::open(&png).unwrap().to_rgba8();
    assert_eq!(file.dimensions(), (1920, 1080));
    assert!(file == canvas, "the exported PNG differs from the canvas");

    // With the satisfaction curve on, both change together.
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Satisfaction curve").click();
    h.run();
    h.get_by_label("SVG").click();
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let written = std::fs::read_to_string(&svg).unwrap();
    let shown = shapes_to_svg(h.state().canvas_shapes(), 1920.0, 1080.0, Background::White);
    assert_eq!(written, shown, "the exported SVG differs from the canvas");
    assert!(
        h.state().canvas_shapes().len() > shapes.len(),
        "the curve is drawn"
    );
}
