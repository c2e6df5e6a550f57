//! Frame time of the designer window, headless: one egui pass of the whole UI plus
//! tessellation, at 1280×800, with 100 and 1000 moments (release build).
//!
//! `cargo bench --bench frame`. Goals: at most 2 ms per frame with 100 moments and 8 ms
//! with 1000. "idle" repeats a frame with no input (what a repaint costs when nothing
//! changed); "hover" moves the pointer over the canvas; "drag step" holds a node and
//! moves the pointer one step a frame (only the dragged node, its label and the arrows
//! move); "edit" changes the document every frame from outside a drag, which re-runs the
//! full layout (what the drop costs once). "idle …, screen reader on" is the idle frame
//! with AccessKit on, which also builds the accessibility tree (a node per moment).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::hint::black_box;

use ciclo::app::{Designer, Edit, ScriptedDialogs, Settings};
use ciclo::lang::Lang;
use ciclo::model::{Document, Moment, MomentId};
use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Pos2, RawInput, Rect, vec2};

fn cycle(n: u32) -> Document {
    let mut doc = Document {
        title: format!("A cycle of {n} moments"),
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
    black_box(ctx.tessellate(out.shapes, out.pixels_per_point));
}

fn press(pos: Pos2, pressed: bool) -> egui::Event {
    egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    }
}

/// A designer showing `n` moments after a few frames; with `accesskit`, as when a screen
/// reader listens (eframe turns AccessKit on only when one asks): then every frame also
/// builds the accessibility tree, one node per canvas moment.
fn designer(n: u32, accesskit: bool) -> (egui::Context, Designer) {
    let ctx = egui::Context::default();
    if accesskit {
        ctx.enable_accesskit();
    }
    let settings = Settings {
        lang: Lang::En,
        ..Settings::default()
    };
    let mut d = Designer::new(settings, Box::new(ScriptedDialogs::default()));
    d.set_document(cycle(n), None);
    d.select(Some(MomentId(1)));
    for _ in 0..5 {
        frame(&ctx, &mut d, Vec::new());
    }
    (ctx, d)
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("frame");
    g.sample_size(30);
    for n in [100, 1000] {
        let (ctx, mut d) = designer(n, false);
        g.bench_function(format!("idle {n} moments"), |b| {
            b.iter(|| frame(&ctx, &mut d, Vec::new()))
        });
        let (reader_ctx, mut reader_d) = designer(n, true);
        g.bench_function(format!("idle {n} moments, screen reader on"), |b| {
            b.iter(|| frame(&reader_ctx, &mut reader_d, Vec::new()))
        });
        let mut k = 0u32;
        g.bench_function(format!("hover {n} moments"), |b| {
            b.iter(|| {
                k = (k + 1) % 40;
                let p = Pos2::new(450.0 + k as f32 * 5.0, 400.0);
                frame(&ctx, &mut d, vec![egui::Event::PointerMoved(p)])
            })
        });
        // A real drag: the pointer holds node 2 and moves along the ring, one step a
        // frame. Only what the drag changes moves; no full layout until the drop.
        let start = d.node_screen_pos(1).unwrap_or(Pos2::new(640.0, 100.0));
        frame(&ctx, &mut d, vec![egui::Event::PointerMoved(start)]);
        frame(&ctx, &mut d, vec![press(start, true)]);
        let mut step = 0u32;
        g.bench_function(format!("drag step {n} moments"), |b| {
            b.iter(|| {
                step += 1;
                // Back and forth over 40 px, so the node stays between its neighbours.
                let x = (step % 40) as f32 - 20.0;
                let p = start + vec2(x.abs() + 4.0, 1.0);
                frame(&ctx, &mut d, vec![egui::Event::PointerMoved(p)])
            })
        });
        frame(&ctx, &mut d, vec![press(start + vec2(4.0, 1.0), false)]);
        g.bench_function(format!("edit {n} moments"), |b| {
            b.iter(|| {
                k = (k + 1) % 40;
                d.edit(Edit::Place(MomentId(2), 5.0 + f64::from(k) * 0.5));
                frame(&ctx, &mut d, Vec::new())
            })
        });
    }
    g.finish();
}

criterion_group!(frame_benches, benches);
criterion_main!(frame_benches);
