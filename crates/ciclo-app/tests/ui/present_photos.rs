//! Photos in the window's presentation: a moment's card shows its photos, decoded in the
//! background and fitted in their frames as the decks fit them; a missing photo shows
//! the placeholder with its path. Decks exported from the window are written in the
//! background while the window keeps drawing.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use ciclo_app::{Command, Designer, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Photo;
use ciclo_picture::scene::Shape;
use egui::{Color32, TextureId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common;
use common::{designer, example};

/// The photo's colour: a red no other part of a slide uses.
const RED: [u8; 3] = [200, 30, 40];

/// The restaurant cycle with a tall photo (300×600) on its first moment and a missing
/// one on its second, open in a 1280×800 window.
fn cycle_with_photos(
    dir: &Path,
    dialogs: ScriptedDialogs,
) -> (Harness<'static, Designer>, Textures) {
    let path = example(dir, "restaurant.en.ron");
    std::fs::create_dir_all(dir.join("fotos")).unwrap();
    image::RgbImage::from_pixel(300, 600, image::Rgb(RED))
        .save(dir.join("fotos/tall.png"))
        .unwrap();
    let mut doc = ciclo_doc::file::parse(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let photo = |p: &str| Photo {
        path: p.to_owned(),
        caption: String::new(),
    };
    doc.moments[0].photos.push(photo("fotos/tall.png"));
    doc.moments[1].photos.push(photo("fotos/missing.jpg"));
    let mut d = designer(Lang::En, dialogs);
    d.set_document(doc, Some(path));
    let textures = Textures::default();
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(120)
        .renderer(TextureKeeper(Arc::clone(&textures)))
        .build_ui_state(|ui, d: &mut Designer| d.ui(ui), d);
    h.run();
    (h, textures)
}

/// The frame of the first photo on the slide on screen, in slide pixels.
fn photo_frame(h: &Harness<'_, Designer>) -> ciclo_picture::layout::Rect {
    h.state()
        .presentation_scene()
        .iter()
        .find_map(|s| match s {
            Shape::Photo { rect, .. } => Some(*rect),
            _ => None,
        })
        .expect("the card has a photo frame")
}

/// Every line of text the last frame painted.
fn painted_texts(h: &Harness<'_, Designer>) -> Vec<String> {
    let shapes = h.output().shapes.iter();
    shapes
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) => Some(t.galley.text().to_owned()),
            _ => None,
        })
        .collect()
}

/// The textures the window uploaded, as a graphics card would hold them.
type Textures = Arc<Mutex<HashMap<TextureId, egui::ColorImage>>>;

/// A renderer that only keeps every texture the window uploads, so that a test can read
/// the pixels a textured shape shows.
struct TextureKeeper(Textures);

impl egui_kittest::TestRenderer for TextureKeeper {
    fn handle_delta(&mut self, delta: &mut egui::TexturesDelta) {
        let mut textures = self.0.lock().unwrap();
        for (id, images) in &delta.set {
            for image in images {
                if let egui::ImageData::Color(pixels) = &image.image
                    && image.pos.is_none()
                {
                    textures.insert(*id, (**pixels).clone());
                }
            }
        }
        for id in &delta.free {
            textures.remove(id);
        }
        delta.clear();
    }
}

/// Runs frames until a textured shape other than the font's is painted; returns its
/// bounds and the pixel at its centre, from the texture the window uploaded (the first
/// frame runs the input queued before).
fn painted_photo(h: &mut Harness<'_, Designer>, textures: &Textures) -> (egui::Rect, Color32) {
    for _ in 0..500 {
        h.step();
        let mesh = h.output().shapes.iter().find_map(|c| match &c.shape {
            egui::Shape::Mesh(m) if m.texture_id != TextureId::default() => Some(m.clone()),
            _ => None,
        });
        if let Some(mesh) = mesh {
            let textures = textures.lock().unwrap();
            let image = &textures[&mesh.texture_id];
            let [w, h] = image.size;
            return (mesh.calc_bounds(), image.pixels[(h / 2) * w + w / 2]);
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("no photo was painted");
}

#[test]
fn presenting_a_moment_shows_its_photo_fitted_in_its_frame() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, textures) = cycle_with_photos(dir.path(), ScriptedDialogs::default());
    let ctx = h.ctx.clone();
    h.state_mut().run(Command::Present, &ctx);
    h.key_press(egui::Key::ArrowRight);
    let (shown, centre) = painted_photo(&mut h, &textures);
    assert_eq!(h.state().presentation_step(), Some(1));
    let frame = photo_frame(&h);
    // The photo's own pixels, not a placeholder's grey.
    assert_eq!(centre, Color32::from_rgb(RED[0], RED[1], RED[2]));
    // Fitted as the decks fit it: the whole frame's height, half as wide (the slide is
    // drawn at the central panel's corner, so compare sizes).
    let fitted = ciclo_render::photo_set::fit(frame, 300, 600);
    let sizes = [
        (shown.width(), fitted.width()),
        (shown.height(), fitted.height()),
    ];
    for (a, b) in sizes {
        assert!(
            (a - b).abs() < 0.5,
            "shown at {shown:?}, the decks fit it at {fitted:?}"
        );
    }
    assert!((fitted.height() - frame.height()).abs() < 0.5);
    // No placeholder on this card.
    let texts = painted_texts(&h);
    assert!(
        !texts.iter().any(|t| t.contains("fotos/tall.png")),
        "{texts:?}"
    );
}

#[test]
fn a_missing_photo_shows_the_placeholder_with_its_path_on_the_card() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = cycle_with_photos(dir.path(), ScriptedDialogs::default());
    let ctx = h.ctx.clone();
    h.state_mut().run(Command::Present, &ctx);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().presentation_step(), Some(2));
    for _ in 0..500 {
        if h.state().photos_pending() == 0 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == "fotos/missing.jpg"), "{texts:?}");
    assert!(texts.iter().any(|t| t == "photo not found"), "{texts:?}");
}

/// The cycle with photos open in `dir`, and File ▸ Export PDF deck… clicked (the dialog
/// answers `dir/deck.pdf`); no frame has run since the click.
fn export_pdf_deck(dir: &Path) -> (Harness<'static, Designer>, std::path::PathBuf) {
    let deck = dir.join("deck.pdf");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.deck.push_back(deck.clone());
    let (mut h, _) = cycle_with_photos(dir, dialogs);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Export PDF deck…").click();
    (h, deck)
}

/// The file at `deck` is a whole PDF: its header, and its end-of-file mark.
fn assert_complete_pdf(deck: &Path) {
    let bytes = std::fs::read(deck).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(32)..]).into_owned();
    assert!(
        tail.trim_end().ends_with("%%EOF"),
        "a complete PDF: {tail:?}"
    );
}

#[test]
fn a_pdf_deck_exported_from_the_window_is_written_while_the_window_keeps_drawing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, deck) = export_pdf_deck(dir.path());
    // Two frames, a few milliseconds: the one that takes the click and starts the export,
    // and the one that shows it. The click returned before the deck was written: the
    // status bar says what is being written, and the menu offers no second export.
    h.step();
    h.step();
    assert!(
        h.state().exporting(),
        "the deck is written in the background"
    );
    h.get_by_label_contains(&format!("Writing {}", deck.display()));
    assert!(!h.state().enabled(Command::ExportPdf));
    let frames = common::wait_for_export(&mut h);
    assert!(
        frames > 0,
        "the window drew frames while the deck was written"
    );
    h.get_by_label_contains(&format!("Deck written: {}", deck.display()));
    assert!(h.state().enabled(Command::ExportPdf));
    assert_complete_pdf(&deck);
    if let Ok(info) = std::process::Command::new("pdfinfo").arg(&deck).output() {
        let info = String::from_utf8_lossy(&info.stdout);
        assert!(info.contains("Pages:           13\n"), "{info}");
    }
}

/// The commands the window gave its viewport in the last frame.
fn viewport_commands(h: &Harness<'_, Designer>) -> Vec<egui::ViewportCommand> {
    let output = h.output().viewport_output.get(&egui::ViewportId::ROOT);
    output.map(|o| o.commands.clone()).unwrap_or_default()
}

#[test]
fn closing_the_window_during_an_export_waits_for_the_deck_to_be_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, deck) = export_pdf_deck(dir.path());
    h.step();
    assert!(h.state().exporting());
    // The close button: the window stays, and says it closes once the deck is written.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    assert!(viewport_commands(&h).contains(&egui::ViewportCommand::CancelClose));
    h.step();
    h.get_by_label_contains("Ciclo closes once it is written");
    let start = std::time::Instant::now();
    while h.state().exporting() {
        assert!(start.elapsed() < std::time::Duration::from_secs(120));
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    // The frame that saw the deck written closes the window, with the deck whole.
    assert!(viewport_commands(&h).contains(&egui::ViewportCommand::Close));
    assert_complete_pdf(&deck);
}
