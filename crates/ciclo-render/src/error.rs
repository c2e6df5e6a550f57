//! Why an output could not be written: the one error type of Ciclo's outputs (pictures,
//! slides, decks, the report). Its words are in the catalogue only (`export-…` and
//! `report-…` in `assets/i18n/*.ftl`); `Display` says them in English.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::export::{MAX_PICTURE_SIDE, MIN_SIDE};
use ciclo_doc::lang::{Arg, Lang};
use ciclo_doc::save::SaveError;

/// Why an export, a deck or a report failed.
#[derive(Debug)]
pub enum ExportError {
    /// Width or height is below [`MIN_SIDE`] or above [`MAX_PICTURE_SIDE`].
    Size {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The output file name has no .png, .svg, .csv or .xlsx extension.
    UnknownFormat(String),
    /// The report's file name ends in neither .md nor .html.
    UnknownReportFormat(PathBuf),
    /// The picture could not be drawn.
    Render(String),
    /// The report's picture could not be drawn.
    ReportPicture(Box<ExportError>),
    /// The spreadsheet could not be made.
    Sheet(String),
    /// The file could not be written.
    Write(SaveError),
}

impl From<SaveError> for ExportError {
    fn from(e: SaveError) -> Self {
        ExportError::Write(e)
    }
}

impl ExportError {
    /// The message for the user, in `lang`: what went wrong and what to do about it.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Size { width, height } => lang.fmt(
                "export-size",
                &[
                    ("width", Arg::from(*width)),
                    ("height", Arg::from(*height)),
                    ("min", Arg::from(MIN_SIDE)),
                    ("max", Arg::from(MAX_PICTURE_SIDE)),
                ],
            ),
            ExportError::UnknownFormat(name) => lang.fmt(
                "export-unknown-format",
                &[("name", Arg::from(name.as_str()))],
            ),
            ExportError::UnknownReportFormat(path) => lang.fmt(
                "report-unknown-format",
                &[("path", Arg::from(path.display().to_string()))],
            ),
            ExportError::Render(detail) => {
                lang.fmt("export-render", &[("detail", Arg::from(detail.as_str()))])
            }
            ExportError::ReportPicture(e) => lang.fmt(
                "report-picture-failed",
                &[("error", Arg::from(e.message(lang)))],
            ),
            ExportError::Sheet(detail) => {
                lang.fmt("export-sheet", &[("detail", Arg::from(detail.as_str()))])
            }
            // Says what to do next already.
            ExportError::Write(e) => e.message(lang),
        }
    }

    /// [`ExportError::message`] about the file or folder `output`: preceded by its name,
    /// unless the message names its file already (a write error).
    pub fn message_about(&self, output: &Path, lang: Lang) -> String {
        match self {
            ExportError::Write(_) => self.message(lang),
            _ => format!("{}: {}", output.display(), self.message(lang)),
        }
    }
}

impl fmt::Display for ExportError {
    /// The message in English, from the catalogue.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ExportError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_words_are_the_catalogues() {
        let errors = [
            ExportError::Size {
                width: 3,
                height: 1080,
            },
            ExportError::UnknownFormat("a.jpg".into()),
            ExportError::UnknownReportFormat("a.docx".into()),
            ExportError::Render("no room".into()),
            ExportError::ReportPicture(Box::new(ExportError::Render("no room".into()))),
        ];
        for e in errors {
            assert_eq!(e.to_string(), e.message(Lang::En));
        }
        let nested = ExportError::ReportPicture(Box::new(ExportError::Render("x".into())));
        assert!(
            nested
                .to_string()
                .contains(&ExportError::Render("x".into()).to_string())
        );
    }
}
