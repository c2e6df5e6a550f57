//! New, Open, Save, Save As, recent files, dropped files, closing with unsaved changes,
//! and the crash-recovery copy.

use std::path::{Path, PathBuf};

use egui::Ui;

use ciclo_doc::file;
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Document;
use ciclo_doc::templates::TEMPLATES;

use super::designer::{Designer, Modal, Pending, RECOVERY_INTERVAL};
use super::i18n::T;
use super::settings::Recovered;
use ciclo_doc::edit::History;

impl Designer {
    /// Does `pending` now, or first asks what to do with unsaved changes.
    pub fn request(&mut self, pending: Pending) {
        if self.is_dirty() {
            self.windows.modal = Some(Modal::Unsaved(pending));
        } else {
            self.perform(pending);
        }
    }

    /// Does `pending` without asking.
    pub(crate) fn perform(&mut self, pending: Pending) {
        match pending {
            Pending::New(template) => {
                let doc = match template.and_then(|i| TEMPLATES.get(i)) {
                    Some(t) => match file::parse(t.text) {
                        Ok(doc) => doc,
                        Err(e) => {
                            self.fail(T::OpenFailed, e.message(self.lang()));
                            return;
                        }
                    },
                    None => Document {
                        language: self.lang().tag().to_owned(),
                        ..Document::default()
                    },
                };
                self.replace_document(doc, None);
            }
            Pending::Open(path) => {
                let lang = self.lang();
                let Some(path) = path.or_else(|| self.dialogs.open(lang)) else {
                    return;
                };
                self.load(&path);
            }
            Pending::Close => {
                self.document.close_confirmed = true;
                if let Some(r) = &self.document.recovery {
                    r.clear();
                }
            }
        }
    }

    /// Opens `path`, asking first about unsaved changes.
    pub fn open_path(&mut self, path: PathBuf) {
        self.request(Pending::Open(Some(path)));
    }

    fn load(&mut self, path: &Path) {
        match file::load_file(path) {
            Ok(doc) => {
                self.settings.remember(path);
                self.replace_document(doc, Some(path.to_owned()));
            }
            Err(e) => self.fail(T::OpenFailed, e.message(self.lang())),
        }
    }

    /// Shows an error dialog.
    pub(crate) fn fail(&mut self, title: T, message: String) {
        self.windows.modal = Some(Modal::Error { title, message });
    }

    /// Replaces the document without asking, as if `doc` had just been opened from `path`.
    pub fn set_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.replace_document(doc, path);
    }

    fn replace_document(&mut self, doc: Document, path: Option<PathBuf>) {
        self.document.history = History::new(doc, true);
        self.document.path = path;
        self.view.selection = None;
        self.view.canvas.fit();
        self.document.recovery_due = None;
        if let Some(r) = &self.document.recovery {
            r.clear();
        }
    }

    /// Saves to the current file, or asks for one. Returns true when the document is saved.
    pub fn save(&mut self) -> bool {
        match self.document.path.clone() {
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        }
    }

    /// Asks for a file and saves there. Returns true when the document is saved.
    pub fn save_as(&mut self) -> bool {
        let suggested = suggested_name(self.doc(), "ron");
        let lang = self.lang();
        match self.dialogs.save(lang, &suggested) {
            Some(path) => self.save_to(&path),
            None => false,
        }
    }

    fn save_to(&mut self, path: &Path) -> bool {
        match ciclo_doc::save::save_file(self.doc(), path) {
            Ok(()) => {
                self.document.history.mark_saved();
                self.document.history.seal();
                self.document.path = Some(path.to_owned());
                self.settings.remember(path);
                self.notice = Some(format!("{} {}", T::Saved.get(self.lang()), path.display()));
                if let Some(r) = &self.document.recovery {
                    r.clear();
                }
                self.document.recovery_due = None;
                true
            }
            Err(e) => {
                let message = format!(
                    "{}\n\n{}",
                    e.message(self.lang()),
                    T::SaveFailedHint.get(self.lang())
                );
                self.fail(T::SaveFailed, message);
                false
            }
        }
    }

    /// Answers the unsaved-changes prompt.
    pub(crate) fn answer_unsaved(&mut self, pending: Pending, save: Option<bool>) {
        self.windows.modal = None;
        let go_on = match save {
            None => false,
            Some(true) => self.save(),
            Some(false) => true,
        };
        if go_on {
            self.perform(pending);
        }
    }

    /// Turns the window's close button into the unsaved-changes prompt; while an export
    /// is written, the window waits for it first.
    pub(crate) fn handle_close_request(&mut self, ui: &Ui) {
        let requested = ui.input(|i| i.viewport().close_requested());
        if requested && self.hold_close_for_export(ui) {
            return;
        }
        if self.document.close_confirmed {
            if !requested {
                ui.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            return;
        }
        if requested && self.is_dirty() {
            ui.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            if self.windows.modal.is_none() {
                self.windows.modal = Some(Modal::Unsaved(Pending::Close));
            }
        }
    }

    /// Adds the photos at `paths` to moment `id`, in one undoable step.
    pub(crate) fn add_photos(&mut self, id: ciclo_doc::model::MomentId, paths: &[PathBuf]) {
        let doc = self.document.history.doc();
        let path = self.document.path.as_deref();
        if let Some(edit) = super::photos_panel::add_photos(doc, path, id, paths) {
            self.edit(edit);
            self.document.history.seal();
        }
    }

    /// Opens a `.ron` file dropped onto the window; adds dropped pictures to the moment
    /// they were dropped on, or else to the moment the inspector shows.
    pub(crate) fn handle_dropped_files(&mut self, ui: &Ui) {
        let (photos, at): (Vec<PathBuf>, Option<egui::Pos2>) = ui.input(|i| {
            let photos = i
                .raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| super::photos_panel::is_photo(p))
                .collect();
            (photos, i.pointer.latest_pos())
        });
        if !photos.is_empty() {
            let on_node = at
                .and_then(|p| self.view.canvas.node_at(p))
                .and_then(|i| self.doc().moments.get(i).map(|m| m.id));
            if let Some(id) = on_node.or(self.view.selection) {
                self.view.selection = Some(id);
                self.add_photos(id, &photos);
            }
        }
        let dropped: Option<PathBuf> = ui.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        });
        if let Some(path) = dropped {
            self.open_path(path);
        }
    }

    /// Writes the recovery copy at most every [`RECOVERY_INTERVAL`] seconds while there
    /// are unsaved changes, and wakes the app up for the next one.
    pub(crate) fn keep_recovery_copy(&mut self, ui: &Ui) {
        let Some(recovery) = &self.document.recovery else {
            return;
        };
        if !self.is_dirty() || self.document.close_confirmed {
            self.document.recovery_due = None;
            return;
        }
        let now = ui.input(|i| i.time);
        let due = *self
            .document
            .recovery_due
            .get_or_insert(now + RECOVERY_INTERVAL);
        if now >= due {
            if let Err(e) =
                recovery.write(self.document.history.doc(), self.document.path.as_deref())
            {
                self.notice = Some(e.message(self.settings.lang));
            }
            self.document.recovery_due = Some(now + RECOVERY_INTERVAL);
        } else {
            ui.request_repaint_after_secs((due - now) as f32);
        }
    }

    /// Restores a recovery copy as an unsaved document. The copy becomes this designer's
    /// own at once, so it stays safe if this run crashes too.
    pub(crate) fn restore(&mut self, found: &Recovered) {
        self.document.history = History::new(found.doc.clone(), false);
        self.document.history.mark_unsaved();
        self.document.path = found.origin.clone();
        self.view.selection = None;
        self.view.canvas.fit();
        if let Some(r) = &self.document.recovery {
            match r.write(&found.doc, found.origin.as_deref()) {
                Ok(()) => r.discard(found),
                Err(e) => self.notice = Some(e.message(self.settings.lang)),
            }
        }
    }
}

/// A file name for a new file, from the document's title.
pub fn suggested_name(doc: &Document, ext: &str) -> String {
    let base: String = doc
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                '-'
            }
        })
        .collect();
    let base = base
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let base = if base.is_empty() {
        "cycle".to_owned()
    } else {
        base.chars().take(60).collect()
    };
    format!("{base}.{ext}")
}

/// The templates for a language: their index in [`TEMPLATES`] and their title.
pub fn templates_for(lang: Lang) -> impl Iterator<Item = (usize, &'static str)> {
    static TITLES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let titles = TITLES.get_or_init(|| TEMPLATES.iter().map(|t| t.title()).collect());
    TEMPLATES
        .iter()
        .enumerate()
        .filter(move |(_, t)| t.lang == lang)
        .map(move |(i, _)| (i, titles[i].as_str()))
}
