//! Photos in the designer window: dropping pictures onto a moment, Add photo…, and the
//! inspector's thumbnails, captions, order and removal, all undoable.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ciclo_app::{Command, ScriptedDialogs};
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Photo;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

use crate::common;
use common::{designer, example};

/// A file dropped onto the window, as the windowing system hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn photo(dir: &Path, name: &str) -> PathBuf {
    std::fs::create_dir_all(dir.join("fotos")).unwrap();
    let path = dir.join("fotos").join(name);
    image::RgbImage::from_pixel(640, 480, image::Rgb([30, 120, 200]))
        .save(&path)
        .unwrap();
    path
}

fn open(path: &Path, dialogs: ScriptedDialogs) -> Harness<'static, ciclo_app::Designer> {
    let mut d = designer(Lang::En, dialogs);
    d.open_path(path.to_owned());
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h
}

fn photos(h: &Harness<'_, ciclo_app::Designer>, index: usize) -> Vec<Photo> {
    h.state().doc().moments[index].photos.clone()
}

#[test]
fn a_picture_dropped_onto_a_node_is_added_to_that_moment_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let cycle = example(dir.path(), "restaurant.en.ron");
    let picture = photo(dir.path(), "sala.jpg");
    let mut h = open(&cycle, ScriptedDialogs::default());
    let node = h.state().node_screen_pos(2).unwrap();
    h.hover_at(node);
    h.run();
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(picture.clone())));
    h.run();
    // Stored relative to the cycle's folder, so that the folder can be moved.
    assert_eq!(
        photos(&h, 2),
        [Photo {
            path: "fotos/sala.jpg".to_owned(),
            caption: String::new()
        }]
    );
    let third = h.state().doc().moments[2].id;
    assert_eq!(h.state().selection(), Some(third));
    assert!(h.state().is_dirty());
    // The inspector shows it, and its thumbnail arrives from the worker.
    h.get_by_label("fotos/sala.jpg");
    h.run_steps(30);
    // Other moments are untouched.
    assert!(photos(&h, 1).is_empty() && photos(&h, 3).is_empty());
    let ctx = h.ctx.clone();
    h.state_mut().run(Command::Undo, &ctx);
    h.run();
    assert!(photos(&h, 2).is_empty());
    h.state_mut().run(Command::Redo, &ctx);
    assert_eq!(photos(&h, 2).len(), 1);
}

#[test]
fn add_photo_reorder_caption_and_remove_are_each_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let cycle = example(dir.path(), "restaurant.en.ron");
    let a = photo(dir.path(), "a.jpg");
    let b = photo(dir.path(), "b.png");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.photos.push_back(vec![a, b]);
    let mut h = open(&cycle, dialogs);
    let first = h.state().doc().moments[0].id;
    h.state_mut().select(Some(first));
    h.run();
    h.get_by_label("Add photo…").click_accesskit();
    h.run();
    let names: Vec<String> = photos(&h, 0).into_iter().map(|p| p.path).collect();
    assert_eq!(names, ["fotos/a.jpg", "fotos/b.png"]);
    // Move the second photo up.
    // The inspector's buttons, not the moment list's (which has its own Up).
    let inspector = |n: &egui_kittest::Node<'_>| n.rect().min.x > 900.0;
    h.get_all_by_label("Up")
        .filter(inspector)
        .nth(1)
        .unwrap()
        .click_accesskit();
    h.run();
    let names: Vec<String> = photos(&h, 0).into_iter().map(|p| p.path).collect();
    assert_eq!(names, ["fotos/b.png", "fotos/a.jpg"]);
    // A caption, typed.
    h.get_all_by_label("Caption").next().unwrap().focus();
    h.run();
    h.get_all_by_label("Caption")
        .next()
        .unwrap()
        .type_text("La puerta");
    h.run();
    assert_eq!(photos(&h, 0)[0].caption, "La puerta");
    // Remove the first photo.
    h.get_all_by_label("Remove")
        .next()
        .unwrap()
        .click_accesskit();
    h.run();
    assert_eq!(photos(&h, 0).len(), 1);
    let ctx = h.ctx.clone();
    for expected in [2, 2, 2, 0] {
        h.state_mut().run(Command::Undo, &ctx);
        h.run();
        assert_eq!(photos(&h, 0).len(), expected);
    }
    // The first undo brought the removed photo back; the next took the caption, then
    // the order, then the two added photos (one step for one Add photo…).
}

#[test]
fn a_missing_photo_shows_its_path_in_the_inspector() {
    let dir = tempfile::tempdir().unwrap();
    let cycle = example(dir.path(), "restaurant.en.ron");
    let mut dialogs = ScriptedDialogs::default();
    dialogs
        .photos
        .push_back(vec![dir.path().join("fotos/perdida.jpg")]);
    let mut h = open(&cycle, dialogs);
    let first = h.state().doc().moments[0].id;
    h.state_mut().select(Some(first));
    h.run();
    h.get_by_label("Add photo…").click_accesskit();
    h.run_steps(30);
    h.get_by_label("photo not found\nfotos/perdida.jpg");
}
