//! Frame time of the designer, headless: egui pass plus tessellation, with 100 and 1000
//! moments. Run in release: `cargo test --release --test ui_frame_time -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use ciclo::app::{Designer, ScriptedDialogs, Settings};
use ciclo::lang::Lang;
use ciclo::model::{Document, Moment, MomentId};
use egui::{Pos2, RawInput, Rect, vec2};

fn cycle(n: u32) -> Document {
    let mut doc = Document {
        title: format!("{n} moments"),
        ..Document::default()
    };
    for i in 1..=n {
        let mut m = Moment::named(MomentId(i), format!("Moment of truth number {i}"));
        m.critical = i % 7 == 0;
        m.satisfaction = Some((i % 5 + 1) as u8);
        doc.moments.push(m);
    }
    doc
}

fn frame(ctx: &egui::Context, d: &mut Designer, events: Vec<egui::Event>) {
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        events,
        ..RawInput::default()
    };
    let out = ctx.run_ui(input, |ui| d.ui(ui));
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    std::hint::black_box(prims);
}

/// Median time of an idle frame, and of a frame in which the pointer moves over the canvas.
fn measure(n: u32) -> (Duration, Duration) {
    let ctx = egui::Context::default();
    let mut d = Designer::new(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Box::new(ScriptedDialogs::default()),
    );
    d.set_document(cycle(n), None);
    d.select(Some(MomentId(1)));
    for _ in 0..5 {
        frame(&ctx, &mut d, Vec::new());
    }
    let mut idle = Vec::new();
    let mut hover = Vec::new();
    for k in 0..60 {
        let t = Instant::now();
        frame(&ctx, &mut d, Vec::new());
        idle.push(t.elapsed());
        let p = Pos2::new(500.0 + (k % 20) as f32 * 5.0, 400.0);
        let t = Instant::now();
        frame(&ctx, &mut d, vec![egui::Event::PointerMoved(p)]);
        hover.push(t.elapsed());
    }
    idle.sort();
    hover.sort();
    (idle[idle.len() / 2], hover[hover.len() / 2])
}

/// Median time of a frame in which the document changes (a drag step: relayout).
fn measure_edit(n: u32) -> Duration {
    let ctx = egui::Context::default();
    let mut d = Designer::new(
        Settings {
            lang: Lang::En,
            ..Settings::default()
        },
        Box::new(ScriptedDialogs::default()),
    );
    d.set_document(cycle(n), None);
    frame(&ctx, &mut d, Vec::new());
    let mut times = Vec::new();
    for k in 0..20 {
        d.edit(ciclo::app::Edit::Place(MomentId(2), 5.0 + k as f64 * 0.1));
        let t = Instant::now();
        frame(&ctx, &mut d, Vec::new());
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

#[test]
#[ignore = "timing; run in release"]
fn frame_time_budget() {
    for (n, budget) in [
        (100, Duration::from_millis(2)),
        (1000, Duration::from_millis(8)),
    ] {
        let (idle, hover) = measure(n);
        let edit = measure_edit(n);
        println!(
            "{n} moments: idle frame {idle:?}, pointer-move frame {hover:?} (budget {budget:?}); frame after an edit {edit:?}"
        );
        if !cfg!(debug_assertions) {
            assert!(
                idle <= budget && hover <= budget,
                "{n} moments: {idle:?} / {hover:?} > {budget:?}"
            );
        }
    }
}
