//! The workshop's deliverables from the File menu: the report (HTML or Markdown) and the
//! slides (one PNG per step of the presentation, in a folder).

use crate::export::ExportError;
use crate::report::write_report_of;
use crate::slides::write_slides;

use super::designer::Designer;
use super::files::suggested_name;
use super::i18n::T;

/// The size of exported slides, in pixels.
pub const SLIDE_SIZE: (u32, u32) = (1920, 1080);

impl Designer {
    /// Asks where to write the report (.html or .md) and writes it there.
    pub fn export_report(&mut self) {
        let lang = self.lang();
        let suggested = suggested_name(self.doc(), "html");
        let Some(path) = self.dialogs.report(lang, &suggested) else {
            return;
        };
        if let Some(doc_path) = self.path()
            && let Err(e) = crate::save::refuse_input(doc_path, &path)
        {
            return self.fail(T::ReportFailed, e.message(lang));
        }
        match write_report_of(self.doc(), self.path(), &path) {
            Ok(()) => {
                self.notice = Some(format!("{} {}", T::ReportWritten.get(lang), path.display()));
            }
            Err(e) => self.fail(T::ReportFailed, e.message(lang)),
        }
    }

    /// Asks for a folder and writes the slides into it at [`SLIDE_SIZE`].
    pub fn export_slides(&mut self) {
        let lang = self.lang();
        let Some(dir) = self.dialogs.pick_folder(lang) else {
            return;
        };
        let deck = crate::slides::Deck {
            doc: self.doc(),
            width: SLIDE_SIZE.0,
            height: SLIDE_SIZE.1,
            // The presentation's slides: the curve as the user chose it.
            satisfaction_curve: self.settings.export.satisfaction_curve,
        };
        let photos =
            crate::photo_set::PhotoSet::load(self.doc(), self.path(), crate::photo_set::MAX_SIDE);
        match write_slides(&deck, &photos, &dir) {
            Ok(written) => {
                self.notice = Some(format!(
                    "{} {} — {}",
                    T::SlidesWritten.get(lang),
                    written.len(),
                    dir.display()
                ));
            }
            Err(e @ ExportError::Write(_)) => self.fail(T::SlidesFailed, e.message(lang)),
            Err(e) => self.fail(
                T::SlidesFailed,
                format!("{}: {}", dir.display(), e.message(lang)),
            ),
        }
    }

    /// Asks where to write a one-file deck (`extension`: `pdf` or `pptx`) and writes the
    /// slides there at [`SLIDE_SIZE`], with the photos.
    pub fn export_deck(&mut self, extension: &str) {
        let lang = self.lang();
        let suggested = suggested_name(self.doc(), extension);
        let Some(path) = self.dialogs.deck(lang, &suggested, extension) else {
            return;
        };
        if let Some(doc_path) = self.path()
            && let Err(e) = crate::save::refuse_input(doc_path, &path)
        {
            return self.fail(T::SlidesFailed, e.message(lang));
        }
        let written =
            crate::deck::write_deck(self.doc(), self.path(), &path, SLIDE_SIZE.0, SLIDE_SIZE.1);
        match written {
            Ok(_) => {
                self.notice = Some(format!("{} {}", T::DeckWritten.get(lang), path.display()));
            }
            Err(e @ ExportError::Write(_)) => self.fail(T::SlidesFailed, e.message(lang)),
            Err(e) => self.fail(
                T::SlidesFailed,
                format!("{}: {}", path.display(), e.message(lang)),
            ),
        }
    }
}
