//! What the window tests share: a designer in a language, a harness around it, and a
//! private copy of an example file.

use std::path::{Path, PathBuf};

use ciclo_app::{Designer, ScriptedDialogs, Settings};
use ciclo_doc::lang::Lang;
use egui_kittest::Harness;

/// A copy of `examples/NAME` in `dir`, so that a test may save over it.
#[allow(dead_code)] // the keyboard walk starts from an empty cycle
pub fn example(dir: &Path, name: &str) -> PathBuf {
    let src = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("examples")
        .join(name);
    let dst = dir.join(name);
    std::fs::copy(&src, &dst).unwrap();
    dst
}

/// A designer with its UI in `lang`, answering dialogs from `dialogs`.
pub fn designer(lang: Lang, dialogs: ScriptedDialogs) -> Designer {
    let settings = Settings {
        lang,
        ..Settings::default()
    };
    Designer::new(settings, Box::new(dialogs))
}

/// A headless window of `size` points running `d`, at 60 frames a second.
#[allow(dead_code)] // the presentation's photo tests keep the uploaded textures
pub fn harness(d: Designer, size: [f32; 2]) -> Harness<'static, Designer> {
    Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(120)
        .build_ui_state(|ui, d: &mut Designer| d.ui(ui), d)
}

/// Presses the primary button at `from` and moves to `to` in `steps` frames, still held.
#[allow(dead_code)] // not every window test drags
pub fn press_and_move(h: &mut Harness<'_, Designer>, from: egui::Pos2, to: egui::Pos2, steps: u32) {
    h.hover_at(from);
    h.run();
    h.drag_at(from);
    h.run();
    for k in 1..=steps {
        h.hover_at(from + (to - from) * (k as f32 / steps as f32));
        h.run();
    }
}

/// [`press_and_move`], then releases at `to`.
#[allow(dead_code)] // not every window test drags
pub fn drag(h: &mut Harness<'_, Designer>, from: egui::Pos2, to: egui::Pos2, steps: u32) {
    press_and_move(h, from, to, steps);
    h.drop_at(to);
    h.run();
}

/// Runs frames (as a window would, 50 a second) until the background export is done,
/// and returns how many frames were drawn meanwhile. Fails after two minutes.
#[allow(dead_code)] // not every window test exports
pub fn wait_for_export(h: &mut Harness<'_, Designer>) -> usize {
    let start = std::time::Instant::now();
    let mut frames = 0;
    while h.state().exporting() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(120),
            "the export did not finish"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
        frames += 1;
    }
    h.run();
    frames
}
