//! The workshop's deliverables from the File menu: the report (HTML or Markdown), the
//! slides (one PNG per step of the presentation, in a folder) and the decks (PDF,
//! PowerPoint). The file choosers run here; the writing runs in the background
//! ([`super::exporting`]), on a copy of the document as it was when the user asked.

use std::path::PathBuf;

use ciclo_render::deck::{DeckFormat, DeckOptions, write_deck};
use ciclo_render::export::ExportError;
use ciclo_render::report::{ReportFormat, write_report_of};

use super::designer::Designer;
use super::files::suggested_name;
use super::i18n::T;

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
            let e = ExportError::UnknownReportFormat(path);
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

    /// Asks for a folder and writes the slides into it (one PNG per slide) in the
    /// background.
    pub fn export_slides(&mut self) {
        let lang = self.lang();
        let Some(dir) = self.dialogs.pick_folder(lang) else {
            return;
        };
        self.write_deck_in_background(dir, DeckFormat::Pngs);
    }

    /// Asks where to write a one-file deck (`extension`: `pdf` or `pptx`) and writes the
    /// slides there, with the photos, in the background.
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
        let format = DeckFormat::from_path(&path);
        self.write_deck_in_background(path, format);
    }

    /// Writes the deck to `output` in `format` in the background, as `ciclo slides`
    /// does, with [`Designer::deck_options`].
    fn write_deck_in_background(&mut self, output: PathBuf, format: DeckFormat) {
        let lang = self.lang();
        let (doc, document) = (self.doc().clone(), self.path().map(ToOwned::to_owned));
        let opts = self.deck_options();
        self.export_in_background(output.clone(), move || {
            match write_deck(&doc, document.as_deref(), &output, format, &opts) {
                Ok(written) if format == DeckFormat::Pngs => Ok(format!(
                    "{} {} — {}",
                    T::SlidesWritten.get(lang),
                    written.slides,
                    output.display()
                )),
                Ok(_) => Ok(format!("{} {}", T::DeckWritten.get(lang), output.display())),
                Err(e) => Err((T::SlidesFailed, e.message_about(&output, lang))),
            }
        });
    }

    /// The window's slides and decks: [`DEFAULT_SIZE`](ciclo_picture::picture::DEFAULT_SIZE), with the satisfaction curve when
    /// the user turned it on, as the presentation shows it.
    pub fn deck_options(&self) -> DeckOptions {
        DeckOptions {
            satisfaction_curve: self.settings.export.satisfaction_curve,
            ..DeckOptions::default()
        }
    }
}
