//! The workshop deliverable: a report of a whole cycle, as Markdown or as one
//! self-contained HTML page that prints cleanly to PDF.
//!
//! A report holds, in the document's language: the cycle's properties, services and
//! evaluation mechanisms; the picture; every moment of truth with all its fields; the
//! [analysis](ciclo_doc::analysis); and the improvement plan. The user's own texts are escaped,
//! so nothing they type can break the layout or run in a browser.

use std::path::Path;

mod html;
mod markdown;
mod model;
mod photos;

pub use model::{
    Block, Cell, Column, ColumnKind, Field, MomentEntry, Report, Section, SectionKind, Table,
};

use crate::export::{ExportError, ExportOptions};
use ciclo_doc::model::Document;
use ciclo_doc::save::write_atomically;

/// The report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// Markdown, with the picture in a PNG file beside it.
    Markdown,
    /// One HTML file with the picture inside it.
    Html,
}

impl ReportFormat {
    /// The format a file name asks for, by its extension (.md, .markdown, .html, .htm).
    pub fn from_path(path: &Path) -> Option<ReportFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(ReportFormat::Markdown),
            "html" | "htm" => Some(ReportFormat::Html),
            _ => None,
        }
    }
}

/// Writes the report to `path`, as Markdown or HTML by its extension, atomically.
///
/// A Markdown report `NAME.md` gets its picture (1920×1080) written beside it as
/// `NAME.png`, before the report itself, and links to it by a relative path. An HTML report
/// carries its picture inside, as a data URI.
pub fn write_report(doc: &Document, path: &Path) -> Result<(), ExportError> {
    write_report_of(doc, None, path)
}

/// [`write_report`] for a cycle saved at `document`: the HTML report embeds the moments'
/// photos (at most 1600 pixels on a side), the Markdown report links them.
pub fn write_report_of(
    doc: &Document,
    document: Option<&Path>,
    path: &Path,
) -> Result<(), ExportError> {
    let Some(format) = ReportFormat::from_path(path) else {
        return Err(ExportError::UnknownReportFormat(path.to_owned()));
    };
    let mut photos = photos::ReportPhotos {
        document: document.map(Path::to_owned),
        report_folder: path
            .parent()
            .map(|p| {
                if p.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    p
                }
            })
            .map(Path::to_owned),
        ..photos::ReportPhotos::default()
    };
    if format == ReportFormat::Html {
        photos.set =
            crate::photo_set::PhotoSet::load(doc, document, crate::photo_set::MAX_PHOTO_SIDE);
    }
    let png = crate::export::png(doc, &ExportOptions::default())
        .map_err(|e| ExportError::ReportPicture(Box::new(e)))?;
    let report = Report::new(doc);
    let text = match format {
        ReportFormat::Markdown => {
            let picture = path.with_extension("png");
            let name = picture
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "cycle.png".to_owned());
            write_atomically(&picture, &png)?;
            markdown::render(&report, &name, &photos)
        }
        ReportFormat::Html => html::render(&report, &png, &photos),
    };
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// The report of `doc` as one self-contained HTML page, with `png` (the cycle's picture)
/// embedded as a data URI; an empty `png` leaves the picture out. The improvement plan
/// lists critical moments first, then the others, each group in sequence.
pub fn html(doc: &Document, png: &[u8]) -> String {
    html::render(&Report::new(doc), png, &photos::ReportPhotos::default())
}

/// The report of `doc` as Markdown. The picture is linked as `picture_file_name`, a file
/// beside the report. The improvement plan lists critical moments first, then the others,
/// each group in sequence.
pub fn markdown(doc: &Document, picture_file_name: &str) -> String {
    markdown::render(
        &Report::new(doc),
        picture_file_name,
        &photos::ReportPhotos::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::markdown::{md, url_path};
    use super::model::plan_items;
    use super::*;
    use ciclo_doc::model::Moment;

    #[test]
    fn markdown_text_stays_on_one_line_and_in_its_cell() {
        assert_eq!(md("a | b\nc  *d*"), "a \\| b c \\*d\\*");
        assert_eq!(md("<script>"), "\\<script\\>");
    }

    #[test]
    fn file_names_become_relative_links() {
        assert_eq!(url_path("cena.png"), "cena.png");
        assert_eq!(url_path("my cycle (1).png"), "my%20cycle%20%281%29.png");
        assert_eq!(url_path("año.png"), "a%C3%B1o.png");
    }

    #[test]
    fn the_plan_lists_critical_moments_first() {
        use ciclo_doc::model::MomentId;
        let mut doc = Document::default();
        for (id, critical) in [(1, false), (2, true), (3, false), (4, true)] {
            let mut m = Moment::named(MomentId(id), format!("M{id}"));
            m.critical = critical;
            m.improvement = format!("Fix {id}");
            doc.moments.push(m);
        }
        doc.moments[2].improvement = "  ".into();
        let order: Vec<usize> = plan_items(&doc).iter().map(|(i, _)| i + 1).collect();
        assert_eq!(order, vec![2, 4, 1]);
    }
}
