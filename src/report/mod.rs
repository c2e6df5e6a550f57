//! The workshop deliverable: a report of a whole cycle, as Markdown or as one
//! self-contained HTML page that prints cleanly to PDF.
//!
//! A report holds, in the document's language: the cycle's properties, services and
//! evaluation mechanisms; the picture; every moment of truth with all its fields; the
//! [analysis](crate::analysis); and the improvement plan. The user's own texts are escaped,
//! so nothing they type can break the layout or run in a browser.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub(crate) mod html;
mod markdown;
mod photos;

pub use html::html;
pub use markdown::markdown;

use crate::analysis::{self, Analysis, Matrix, analyse, one_line};
use crate::export::{ExportError, ExportOptions};
use crate::lang::{Arg, Lang, Term};
use crate::model::{Document, Expectation, Moment, Principle};
use crate::save::{SaveError, write_atomically};

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The file name ends in neither .md nor .html.
    #[error("cannot tell the report format of {0}; name the report file .md or .html")]
    UnknownFormat(PathBuf),
    /// The picture could not be drawn.
    #[error("the report's picture could not be drawn: {0}")]
    Picture(#[from] ExportError),
    /// A file could not be written.
    #[error(transparent)]
    Write(#[from] SaveError),
}

impl ReportError {
    /// The message for the user, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ReportError::UnknownFormat(path) => lang.fmt(
                "report-unknown-format",
                &[("path", Arg::from(path.display().to_string()))],
            ),
            ReportError::Picture(e) => lang.fmt(
                "report-picture-failed",
                &[("error", Arg::from(e.message(lang)))],
            ),
            ReportError::Write(e) => e.message(lang),
        }
    }
}

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
pub fn write_report(doc: &Document, path: &Path) -> Result<(), ReportError> {
    write_report_of(doc, None, path)
}

/// [`write_report`] for a cycle saved at `document`: the HTML report embeds the moments'
/// photos (at most 1600 pixels on a side), the Markdown report links them.
pub fn write_report_of(
    doc: &Document,
    document: Option<&Path>,
    path: &Path,
) -> Result<(), ReportError> {
    let Some(format) = ReportFormat::from_path(path) else {
        return Err(ReportError::UnknownFormat(path.to_owned()));
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
        photos.set = crate::photo_set::PhotoSet::load(doc, document, crate::photo_set::MAX_SIDE);
    }
    let png = crate::export::png(doc, &ExportOptions::default())?;
    let text = match format {
        ReportFormat::Markdown => {
            let picture = path.with_extension("png");
            let name = picture
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "cycle.png".to_owned());
            write_atomically(&picture, &png)?;
            markdown::markdown_with_photos(doc, &name, &photos)
        }
        ReportFormat::Html => html::html_with_photos(doc, &png, &photos),
    };
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// The report's title: the cycle's, on one line, or "Service cycle" in `lang`.
pub(crate) fn report_title(doc: &Document, lang: Lang) -> String {
    let title = one_line(&doc.title);
    if title.is_empty() {
        lang.msg("service-cycle").to_owned()
    } else {
        title
    }
}

/// The moments with an improvement action, in the order the plan lists them: critical
/// moments first, then the others, each group in sequence. Items are (index, moment).
fn plan_items(doc: &Document) -> Vec<(usize, &Moment)> {
    let with_action = || {
        doc.moments
            .iter()
            .enumerate()
            .filter(|(_, m)| !m.improvement.trim().is_empty())
    };
    with_action()
        .filter(|(_, m)| m.critical)
        .chain(with_action().filter(|(_, m)| !m.critical))
        .collect()
}

/// A moment's fields as (label, text) pairs, leaving out the empty ones. The number, name,
/// and critical flag are drawn separately.
fn moment_fields(m: &Moment, lang: Lang) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    let mut push = |label: &'static str, text: String| {
        if !text.trim().is_empty() {
            fields.push((label, text));
        }
    };
    push(lang.msg("description"), m.description.clone());
    push(lang.msg("channel"), m.channel.name(lang).to_owned());
    let mut expectations: Vec<String> = m
        .expectations
        .iter()
        .map(|e| e.name(lang).to_owned())
        .collect();
    expectations.extend(
        m.other_expectations
            .iter()
            .filter(|e| !e.trim().is_empty())
            .map(|e| format!("{} ({})", e.trim(), lang.msg("report-own-words"))),
    );
    push(lang.msg("expectations"), expectations.join("; "));
    push(
        lang.msg("principles"),
        m.principles
            .iter()
            .map(|p| p.name(lang))
            .collect::<Vec<_>>()
            .join("; "),
    );
    push(
        lang.msg("report-critical"),
        if m.critical {
            lang.msg("report-yes")
        } else {
            lang.msg("report-no")
        }
        .to_owned(),
    );
    push(
        lang.msg("report-causes"),
        m.causes
            .iter()
            .map(|c| c.name(lang))
            .collect::<Vec<_>>()
            .join("; "),
    );
    push(
        lang.msg("satisfaction"),
        match m.satisfaction {
            Some(s) => format!("{s} / 5"),
            None => lang.msg("report-not-scored").to_owned(),
        },
    );
    push(lang.msg("standard-2"), m.standard.clone());
    push(lang.msg("improvement-action"), m.improvement.clone());
    push(lang.msg("owner"), m.owner.clone());
    push(lang.msg("notes"), m.notes.clone());
    fields
}

/// The cycle's properties as (label, text) pairs, leaving out the empty ones.
fn properties(doc: &Document, lang: Lang) -> Vec<(&'static str, String)> {
    [
        (lang.msg("organization"), &doc.organization),
        (lang.msg("description"), &doc.description),
        (lang.msg("customer"), &doc.customer),
        (lang.msg("promise"), &doc.promise),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (k, v.clone()))
    .collect()
}

/// The service and evaluation lists as (heading, items), leaving out the empty ones.
fn lists(doc: &Document, lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let clean = |items: &[String]| -> Vec<String> {
        items
            .iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect()
    };
    let evaluation = doc
        .evaluation
        .iter()
        .map(|e| e.name(lang).to_owned())
        .collect();
    [
        (lang.msg("primary-services"), clean(&doc.primary_services)),
        (
            lang.msg("secondary-services"),
            clean(&doc.secondary_services),
        ),
        (lang.msg("evaluation-mechanisms"), evaluation),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .collect()
}

// ---------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------

fn principle_headers(lang: Lang) -> Vec<String> {
    Principle::ALL
        .iter()
        .map(|p| p.name(lang).to_owned())
        .collect()
}

fn expectation_headers(lang: Lang) -> Vec<String> {
    Expectation::ALL
        .iter()
        .map(|e| e.name(lang).to_owned())
        .collect()
}

/// The moment a matrix row belongs to, with its number.
fn row_moment(doc: &Document, id: crate::model::MomentId) -> Option<(usize, &Moment)> {
    let i = doc.index_of(id)?;
    Some((i, doc.moments.get(i)?))
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::html::base64;
    use super::markdown::{md, url_path};
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), expected, "{input:?}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0xfd, 0x00]), "//79AA==");
    }

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
        use crate::model::MomentId;
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
