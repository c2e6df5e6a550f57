//! The workshop's deliverables from the File menu: the report (HTML or Markdown), the
//! slides (one PNG per step of the presentation, in a folder) and the decks (PDF,
//! PowerPoint). The file choosers run here; the writing runs in the background
//! ([`super::exporting`]), on a copy of the document as it was when the user asked.

use ciclo_render::export::ExportError;
use ciclo_render::report::{ReportError, ReportFormat, write_report_of};
use ciclo_render::slides::write_slides;

use super::designer::Designer;
use super::files::suggested_name;
use super::i18n::T;

/// The size of exported slides, in pixels.
pub const SLIDE_SIZE: (u32, u32) = (1920, 1080);

impl Designer {
    /// Asks where to write the report (.html or .md) and writes it there in the
    /// background.
    pub fn export_report(&mut self) {
        let lang = self.lang();
        let suggested = suggested_name(self.doc(), "html");
        let Some(path) = self.dialogs.report(lang, &suggested) else {
            return;
        };
        if let Some(doc_path) = self.path()
            && let Err(e) = ciclo_doc::save::refuse_input(doc_path, &path)
        {
            return self.fail(T::ReportFailed, e.message(lang));
        }
        // A name that says no format is refused at once, before any work.
        if ReportFormat::from_path(&path).is_none() {
            let e = ReportError::UnknownFormat(path);
            return self.fail(T::ReportFailed, e.message(lang));
        }
        let (doc, document) = (self.doc().clone(), self.path().map(ToOwned::to_owned));
        let target = path.clone();
        self.export_in_background(target, move || {
            match write_report_of(&doc, document.as_deref(), &path) {
                Ok(()) => Ok(format!("{} {}", T::ReportWritten.get(lang), path.display())),
                Err(e) => Err((T::ReportFailed, e.message(lang))),
            }
        });
    }

    /// Asks for a folder and writes the slides into it at [`SLIDE_SIZE`] in the
    /// background.
    pub fn export_slides(&mut self) {
        let lang = self.lang();
        let Some(dir) = self.dialogs.pick_folder(lang) else {
            return;
        };
        let (doc, document) = (self.doc().clone(), self.path().map(ToOwned::to_owned));
        // The presentation's slides: the curve as the user chose it.
        let curve = self.settings.export.satisfaction_curve;
        let target = dir.clone();
        self.export_in_background(target, move || {
            let deck = ciclo_render::slides::Deck {
                doc: &doc,
                width: SLIDE_SIZE.0,
                height: SLIDE_SIZE.1,
                satisfaction_curve: curve,
            };
            let photos = ciclo_render::photo_set::PhotoSet::load(
                &doc,
                document.as_deref(),
                ciclo_render::photo_set::MAX_SIDE,
            );
            match write_slides(&deck, &photos, &dir) {
                Ok(written) => Ok(format!(
                    "{} {} — {}",
                    T::SlidesWritten.get(lang),
                    written.len(),
                    dir.display()
                )),
                Err(e @ ExportError::Write(_)) => Err((T::SlidesFailed, e.message(lang))),
                Err(e) => Err((
                    T::SlidesFailed,
                    format!("{}: {}", dir.display(), e.message(lang)),
                )),
            }
        });
    }

    /// Asks where to write a one-file deck (`extension`: `pdf` or `pptx`) and writes the
    /// slides there at [`SLIDE_SIZE`], with the photos, in the background.
    pub fn export_deck(&mut self, extension: &str) {
        let lang = self.lang();
        let suggested = suggested_name(self.doc(), extension);
        let Some(path) = self.dialogs.deck(lang, &suggested, extension) else {
            return;
        };
        if let Some(doc_path) = self.path()
            && let Err(e) = ciclo_doc::save::refuse_input(doc_path, &path)
        {
            return self.fail(T::SlidesFailed, e.message(lang));
        }
        let (doc, document) = (self.doc().clone(), self.path().map(ToOwned::to_owned));
        let target = path.clone();
        self.export_in_background(target, move || {
            let (w, h) = SLIDE_SIZE;
            match ciclo_render::deck::write_deck(&doc, document.as_deref(), &path, w, h) {
                Ok(_) => Ok(format!("{} {}", T::DeckWritten.get(lang), path.display())),
                Err(e @ ExportError::Write(_)) => Err((T::SlidesFailed, e.message(lang))),
                Err(e) => Err((
                    T::SlidesFailed,
                    format!("{}: {}", path.display(), e.message(lang)),
                )),
            }
        });
    }
}
