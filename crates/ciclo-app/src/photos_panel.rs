//! The photos of the selected moment in the inspector: thumbnails with their captions,
//! buttons to move and remove them, and Add photo…. Every change is an [`Edit`].

use std::path::{Path, PathBuf};

use egui::{RichText, TextEdit, Ui};

use ciclo_doc::lang::Lang;
use ciclo_doc::model::{Document, Moment, MomentId, Photo};

use super::action::{Action, Queue};
use super::i18n::T;
use super::photo_cache::{Entry, PhotoCache, Tier};
use ciclo_doc::edit::Edit;

/// The width a thumbnail is shown at, in points.
const SHOWN: f32 = 96.0;

/// The photos section of moment `m`'s inspector, for a document saved at `document`.
pub(crate) fn photos_ui(
    ui: &mut Ui,
    queue: &mut Queue,
    m: &Moment,
    document: Option<&Path>,
    thumbs: &mut PhotoCache,
    lang: Lang,
) {
    ui.separator();
    ui.label(RichText::new(T::Photos.get(lang)).strong())
        .on_hover_text(T::TipAddPhoto.get(lang));
    let n = m.photos.len();
    // A narrow inspector (a 1024-pixel screen) gets smaller thumbnails, so that the
    // caption and the buttons beside them still fit.
    let shown = SHOWN.min((ui.available_width() * 0.38).max(48.0));
    for (i, photo) in m.photos.iter().enumerate() {
        ui.push_id(("photo", i), |ui| {
            ui.horizontal(|ui| {
                // A column of one width, so that wide and tall photos line up.
                let column = egui::vec2(shown, shown);
                let centred = egui::Layout::top_down(egui::Align::Center);
                ui.allocate_ui_with_layout(column, centred, |ui| {
                    ui.set_min_width(shown);
                    ui.set_max_width(shown);
                    thumbnail_ui(ui, photo, document, thumbs, lang);
                });
                ui.vertical(|ui| photo_fields_ui(ui, queue, m, (i, n), lang));
            });
        });
    }
    let add = ui
        .button(T::AddPhoto.get(lang))
        .on_hover_text(T::TipAddPhoto.get(lang));
    if add.clicked() {
        queue.push(Action::PickPhotos(m.id));
    }
}

fn thumbnail_ui(
    ui: &mut Ui,
    photo: &Photo,
    document: Option<&Path>,
    thumbs: &mut PhotoCache,
    lang: Lang,
) {
    let path = photo.resolve(document);
    let side = ui.max_rect().width().min(SHOWN);
    match thumbs.get(ui.ctx(), &path, Tier::Thumb) {
        Entry::Ready(texture) => {
            let [w, h] = texture.size();
            let scale = side / w.max(h).max(1) as f32;
            let size = egui::vec2(w as f32 * scale, h as f32 * scale);
            ui.add(egui::Image::new((texture.id(), size)).alt_text(photo.caption.clone()));
        }
        Entry::Loading => {
            ui.add_sized(
                [side, side * 0.75],
                egui::Label::new(T::PhotoLoading.get(lang)),
            );
        }
        Entry::Failed(e) => {
            let reason = e.reason(lang);
            let text = RichText::new(format!("{reason}\n{}", photo.path))
                .small()
                .color(ui.visuals().warn_fg_color);
            ui.add_sized([side, side * 0.75], egui::Label::new(text).wrap());
        }
    }
}

fn photo_fields_ui(ui: &mut Ui, queue: &mut Queue, m: &Moment, (i, n): (usize, usize), lang: Lang) {
    let photo = &m.photos[i];
    let mut caption = photo.caption.clone();
    let label = ui.label(RichText::new(T::PhotoCaption.get(lang)).small());
    let r = ui
        .add(TextEdit::singleline(&mut caption).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if r.gained_focus() || r.lost_focus() {
        queue.push(Action::Seal);
    }
    if r.changed() {
        queue.edit(Edit::PhotoCaption(m.id, i, caption));
    }
    // The buttons wrap onto a second line rather than widen the inspector.
    ui.horizontal_wrapped(|ui| {
        let mut moved = |to: usize| {
            let mut photos = m.photos.clone();
            let p = photos.remove(i);
            photos.insert(to, p);
            queue.edit(Edit::Photos(m.id, photos));
        };
        let up = ui.add_enabled(i > 0, egui::Button::new(T::Up.get(lang)).small());
        if up.on_hover_text(T::PhotoEarlier.get(lang)).clicked() {
            moved(i - 1);
        }
        let down = ui.add_enabled(i + 1 < n, egui::Button::new(T::Down.get(lang)).small());
        if down.on_hover_text(T::PhotoLater.get(lang)).clicked() {
            moved(i + 1);
        }
        let remove = ui
            .small_button(T::PhotoRemoveShort.get(lang))
            .on_hover_text(T::PhotoRemove.get(lang));
        if remove.clicked() {
            let mut photos = m.photos.clone();
            photos.remove(i);
            queue.edit(Edit::Photos(m.id, photos));
        }
    });
    ui.label(RichText::new(&photo.path).small().weak());
}

/// Whether `path` names a picture Ciclo reads, by its extension.
pub(crate) fn is_photo(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["jpg", "jpeg", "png", "webp"].contains(&e.to_ascii_lowercase().as_str()))
}

/// The edit that adds the photos at `paths` to moment `id` of `doc` (saved at
/// `document`): a photo inside the document's folder is written relative to it, so that
/// the folder can be moved; others keep their full path.
pub(crate) fn add_photos(
    doc: &Document,
    document: Option<&Path>,
    id: MomentId,
    paths: &[PathBuf],
) -> Option<Edit> {
    let m = doc.moments.get(doc.index_of(id)?)?;
    let folder = document
        .and_then(|d| std::path::absolute(d).ok())
        .and_then(|d| d.parent().map(Path::to_owned));
    let mut photos = m.photos.clone();
    for path in paths {
        let full = std::path::absolute(path).unwrap_or_else(|_| path.clone());
        let stored = match folder.as_deref().and_then(|f| full.strip_prefix(f).ok()) {
            Some(relative) => relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/"),
            None => full.to_string_lossy().into_owned(),
        };
        photos.push(Photo {
            path: stored,
            caption: String::new(),
        });
    }
    (photos.len() > m.photos.len()).then_some(Edit::Photos(id, photos))
}
