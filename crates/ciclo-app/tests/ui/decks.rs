//! The window's decks are the command line's: File ▸ Export PDF deck… writes what
//! `ciclo slides` writes with the same options, the satisfaction curve included when the
//! user turned it on (PowerPoint decks and PNG slides take the same path).

use std::path::Path;

use ciclo_app::{Designer, ScriptedDialogs, Settings};
use ciclo_render::deck::{DeckFormat, DeckOptions, write_deck};

use crate::common;

/// The deck the window writes to `dir/deck.EXT` for the scored phone-support cycle, with
/// the satisfaction curve on or off in the settings, and the cycle's path.
fn window_deck(dir: &Path, extension: &str, curve: bool) -> (Vec<u8>, std::path::PathBuf) {
    let deck = dir.join(format!("deck.{extension}"));
    let mut dialogs = ScriptedDialogs::default();
    dialogs.deck.push_back(deck.clone());
    let mut settings = Settings::default();
    settings.export.satisfaction_curve = curve;
    let mut d = Designer::new(settings, Box::new(dialogs));
    let cycle = common::example(dir, "phone-support.en.ron");
    d.open_path(cycle.clone());
    let mut h = common::harness(d, [1280.0, 720.0]);
    h.run();
    h.state_mut().export_deck(extension);
    h.run();
    common::wait_for_export(&mut h);
    (std::fs::read(&deck).unwrap(), cycle)
}

/// The deck `ciclo slides` writes for `cycle`, with or without `--satisfaction-curve`.
fn library_deck(cycle: &Path, out: &Path, curve: bool) -> Vec<u8> {
    let opts = DeckOptions {
        satisfaction_curve: curve,
        ..DeckOptions::default()
    };
    let doc = ciclo_doc::file::load_file(cycle).unwrap();
    let format = DeckFormat::from_path(out);
    write_deck(&doc, Some(cycle), out, format, &opts).unwrap();
    std::fs::read(out).unwrap()
}

#[test]
fn the_windows_pdf_deck_shows_the_satisfaction_curve_when_it_is_on() {
    let dir = tempfile::tempdir().unwrap();
    let (window, cycle) = window_deck(dir.path(), "pdf", true);
    let with = library_deck(&cycle, &dir.path().join("with.pdf"), true);
    let without = library_deck(&cycle, &dir.path().join("without.pdf"), false);
    assert!(with != without, "the curve changes the deck");
    assert!(window == with, "the window's deck has the curve");
}
