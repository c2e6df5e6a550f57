//! Dragging a node in the designer window: a drag step moves only what the drag
//! changes, and the drop settles into exactly the full layout of the document.

use std::path::Path;

use ciclo_app::ScriptedDialogs;
use ciclo_doc::lang::Lang;
use egui_kittest::Harness;

use crate::common;
use common::{designer, example, press_and_move};

fn open(path: &Path) -> Harness<'static, ciclo_app::Designer> {
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.open_path(path.to_owned());
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h
}

#[test]
fn a_dropped_node_settles_into_exactly_the_full_layout_and_a_tenth_of_a_degree() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let from = h.state().node_screen_pos(3).unwrap();
    let to = from + egui::vec2(23.0, 31.0);
    press_and_move(&mut h, from, to, 6);
    // Mid-drag, the picture moves the dragged node without a full layout.
    let during = h.state().canvas_layout().unwrap().clone();
    assert!(
        during.nodes[3]
            .center
            .distance(ciclo_picture::layout::layout(h.state().doc(), &opts()).nodes[3].center)
            < 0.5
    );
    h.drop_at(to);
    h.run();
    let shown = h.state().canvas_layout().unwrap().clone();
    let full = ciclo_picture::layout::layout(h.state().doc(), &opts());
    assert_eq!(
        shown, full,
        "the dropped picture is a full layout of the document"
    );
    for m in &h.state().doc().moments {
        if let Some(a) = m.angle {
            assert!(
                ((a * 10.0).round() - a * 10.0).abs() < 1e-9,
                "{a} is not rounded to 0.1°"
            );
        }
    }
}

fn opts() -> ciclo_picture::layout::PictureOptions {
    let s = ciclo_app::Settings::default();
    ciclo_picture::layout::PictureOptions {
        width: s.export.width as f32,
        height: s.export.height as f32,
        satisfaction_curve: s.export.satisfaction_curve,
        ..ciclo_picture::layout::PictureOptions::default()
    }
}
