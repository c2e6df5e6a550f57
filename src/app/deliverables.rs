//! The workshop's deliverables from the File menu: the report (HTML or Markdown) and the
//! slides (one PNG per step of the presentation, in a folder).

use crate::export::{ExportError, ExportOptions};
use crate::report::write_report;
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
        match write_report(self.doc(), &path) {
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
        // The presentation's slides, at a fixed size: the curve as the user chose it.
        let opts = ExportOptions {
            width: SLIDE_SIZE.0,
            height: SLIDE_SIZE.1,
            satisfaction_curve: self.settings.export.satisfaction_curve,
            ..ExportOptions::default()
        };
        match write_slides(self.doc(), &dir, &opts) {
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
}
