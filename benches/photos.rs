//! The window with many photos (issue 11): a cycle with 40 photos of 12 MP opens without a
//! stall. Goals: the first frame within 200 ms of opening; no frame over 16 ms afterwards
//! while the photos decode in the background.
//!
//! `cargo bench --bench photos`. Headless (one egui pass of the whole window plus
//! tessellation, at 1280×800, as `benches/frame.rs`), paced at 60 frames a second as a
//! window would be, so the decoding threads get the time between frames. Two scenarios:
//!
//! - **inspector**: the cycle opens with the moment holding all 40 photos selected, so the
//!   first frame asks for 40 thumbnails;
//! - **presentation**: 14 moments with up to 3 photos each (40 in all), presented, one
//!   step every 20 frames, each card's photos decoded at the size its frames show them.
//!
//! Each is run on a first opening (an empty photo store) and again (marked ²), when the
//! store holds the copies the first opening made.
//!
//! The fixture (a 4000×3000 JPEG of noise on a gradient, 12 MB, hard-linked 40 times) is
//! written to `$TMPDIR/ciclo-photos-bench/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark stops at its first failure

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ciclo::app::{Command, Designer, ScriptedDialogs, Settings};
use ciclo::lang::Lang;
use ciclo::model::{Document, Moment, MomentId, Photo};
use egui::{Pos2, RawInput, Rect, vec2};

mod support;
use support::write_photo;

const PHOTOS: usize = 40;
const FRAME: Duration = Duration::from_micros(16_667);

/// The photos' folder, with `fotos/00.jpg` … `fotos/39.jpg`.
fn photos_dir() -> PathBuf {
    let dir = std::env::temp_dir().join("ciclo-photos-bench");
    let fotos = dir.join("fotos");
    std::fs::create_dir_all(&fotos).unwrap_or_else(|e| panic!("{e}"));
    let first = fotos.join("00.jpg");
    if !first.exists() {
        write_photo(&first);
    }
    for i in 1..PHOTOS {
        let path = fotos.join(format!("{i:02}.jpg"));
        if !path.exists() && std::fs::hard_link(&first, &path).is_err() {
            std::fs::copy(&first, &path).unwrap_or_else(|e| panic!("{e}"));
        }
    }
    dir
}

/// A cycle of `moments` moments whose photos are dealt out `per_moment` at a time.
fn cycle(dir: &Path, name: &str, moments: u32, per_moment: usize) -> PathBuf {
    let mut doc = Document {
        title: "Forty photos".to_owned(),
        ..Document::default()
    };
    for i in 1..=moments {
        doc.moments
            .push(Moment::named(MomentId(i), format!("Moment {i}")));
    }
    for k in 0..PHOTOS {
        let m = (k / per_moment).min(doc.moments.len() - 1);
        doc.moments[m].photos.push(Photo {
            path: format!("fotos/{k:02}.jpg"),
            caption: format!("Photo {k}"),
        });
    }
    let path = dir.join(name);
    let text = ciclo::save::to_ron(&doc);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn frame(ctx: &egui::Context, d: &mut Designer, events: Vec<egui::Event>) -> Duration {
    let start = Instant::now();
    let input = RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(1280.0, 800.0))),
        events,
        ..RawInput::default()
    };
    let out = ctx.run_ui(input, |ui| d.ui(ui));
    std::hint::black_box(ctx.tessellate(out.shapes, out.pixels_per_point));
    start.elapsed()
}

fn key(key: egui::Key) -> egui::Event {
    egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    }
}

/// What one run measured.
struct Run {
    first: Duration,
    frames: Vec<Duration>,
    all_decoded: Duration,
}

/// Opens `path`, draws the first frame, then frames at 60 a second until every photo is
/// decoded (and at least `min_frames`), pressing → every `step_every` frames if not 0.
fn run(path: &Path, select_first: bool, present: bool, step_every: usize) -> Run {
    let ctx = egui::Context::default();
    let settings = Settings {
        lang: Lang::En,
        ..Settings::default()
    };
    let mut d = Designer::new(settings, Box::new(ScriptedDialogs::default()));
    frame(&ctx, &mut d, Vec::new());
    let opened = Instant::now();
    d.open_path(path.to_owned());
    if select_first {
        d.select(Some(MomentId(1)));
    }
    if present {
        d.run(Command::Present, &ctx);
    }
    frame(&ctx, &mut d, Vec::new());
    let first = opened.elapsed();
    let mut frames = Vec::new();
    let steps = d.doc().moments.len();
    let mut all_decoded = None;
    let mut next = Instant::now() + FRAME;
    for k in 1.. {
        std::thread::sleep(next.saturating_duration_since(Instant::now()));
        next += FRAME;
        let stepping = step_every > 0 && k % step_every == 0 && k / step_every <= steps;
        let events = if stepping {
            vec![key(egui::Key::ArrowRight)]
        } else {
            Vec::new()
        };
        frames.push(frame(&ctx, &mut d, events));
        let done = d.photos_pending() == 0 && (step_every == 0 || k / step_every > steps);
        if done && all_decoded.is_none() {
            all_decoded = Some(opened.elapsed());
        }
        if (all_decoded.is_some() && k > 60) || k > 60 * 120 {
            break;
        }
    }
    Run {
        first,
        frames,
        all_decoded: all_decoded.unwrap_or_default(),
    }
}

fn report(name: &str, r: &Run) {
    let mut sorted = r.frames.clone();
    sorted.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q) as usize];
    let over = sorted
        .iter()
        .filter(|d| **d > Duration::from_millis(16))
        .count();
    println!(
        "{name:<15} first frame {:6.1} ms | {} frames: median {:5.2} ms, p99 {:5.2} ms, \
         worst {:6.2} ms, over 16 ms: {over} | all photos shown after {:.2} s",
        ms(r.first),
        sorted.len(),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(at(1.0)),
        r.all_decoded.as_secs_f64()
    );
}

/// Points the photo store (`CICLO_CACHE_DIR`) at `dir`; the window's decoding threads
/// read it when they start, which is when a run's first photo is asked for.
fn set_store(dir: &Path) {
    // SAFETY: called between runs, when no other thread of this bench reads the
    // environment (the previous run's decoding threads wait on their queue or are gone).
    unsafe { std::env::set_var("CICLO_CACHE_DIR", dir) };
}

fn main() {
    // `cargo test --benches` runs benches with `--test`: nothing to check here.
    if std::env::args().any(|a| a == "--test") {
        return;
    }
    let dir = photos_dir();
    let inspector = cycle(&dir, "inspector.ron", 12, PHOTOS);
    let present = cycle(&dir, "present.ron", 14, 3);
    let runs: usize = std::env::var("PHOTOS_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let store = dir.join("store");
    for _ in 0..runs {
        // A first opening: no copies kept. Then the same cycle opened again, its photos'
        // copies taken from the store the first opening filled.
        let _ = std::fs::remove_dir_all(&store);
        set_store(&store);
        report("inspector", &run(&inspector, true, false, 0));
        report("inspector ²", &run(&inspector, true, false, 0));
        report("presentation", &run(&present, false, true, 20));
        report("presentation ²", &run(&present, false, true, 20));
    }
}
