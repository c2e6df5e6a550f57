//! The report as Markdown, with the picture as a PNG beside it.

use std::fmt::Write as _;

use super::model::{Block, Cell, ColumnKind, Field, MomentEntry, Report, Section, Table};
use super::photos::ReportPhotos;
use ciclo_doc::analysis::one_line;

/// User text for Markdown: on one line, with the characters that Markdown would read as
/// formatting (`*`, `_`, `|`, `<`...) escaped by a backslash, so it renders as typed and is
/// safe in a table cell.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(&ciclo_doc::escape::without_controls(s)).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A file name as a relative URL: unreserved characters kept, the rest percent-encoded.
pub(super) fn url_path(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The report as Markdown. The picture is linked as `picture_file_name`, a file beside the
/// report.
pub fn render(report: &Report, picture_file_name: &str, photos: &ReportPhotos) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&report.title));
    for section in &report.sections {
        section_md(&mut out, section, report, picture_file_name, photos);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn section_md(
    out: &mut String,
    section: &Section,
    report: &Report,
    picture: &str,
    photos: &ReportPhotos,
) {
    let _ = writeln!(out, "## {}\n", md(&section.heading));
    for block in &section.blocks {
        match block {
            Block::Fields(fields) => fields_md(out, fields),
            Block::List { heading, items } => {
                let _ = writeln!(out, "### {}\n", md(heading));
                items_md(out, items);
            }
            Block::Picture => {
                let _ = writeln!(out, "![{}]({})\n", md(&report.title), url_path(picture));
            }
            Block::Moment(m) => moment_md(out, m, photos),
            Block::Subheading(text) => {
                let _ = writeln!(out, "### {}\n", md(text));
            }
            Block::Paragraph(text) | Block::Note(text) => {
                let _ = writeln!(out, "{}\n", md(text));
            }
            Block::Items(items) => items_md(out, items),
            Block::Table(table) => table_md(out, table),
        }
    }
}

fn fields_md(out: &mut String, fields: &[Field]) {
    for f in fields {
        let _ = writeln!(out, "- **{}:** {}", md(&f.label), md(&f.value));
    }
    out.push('\n');
}

fn items_md(out: &mut String, items: &[String]) {
    for item in items {
        let _ = writeln!(out, "- {}", md(item));
    }
    out.push('\n');
}

fn moment_md(out: &mut String, m: &MomentEntry, photos: &ReportPhotos) {
    let tag = match &m.critical {
        Some(tag) => format!(" — **! {}**", md(tag)),
        None => String::new(),
    };
    let _ = writeln!(out, "### {}. {}{tag}\n", m.number, md(&m.name));
    if !m.fields.is_empty() {
        fields_md(out, &m.fields);
    }
    super::photos::md_photos(out, &m.photos, photos);
}

/// User text for a table cell: as [`md`], but a `#` needs no escape there (it only means
/// a heading at the start of a line).
fn cell_text(s: &str) -> String {
    md(s).replace("\\#", "#")
}

fn table_md(out: &mut String, table: &Table) {
    out.push('|');
    for c in &table.columns {
        let _ = write!(out, " {} |", cell_text(&c.title));
    }
    out.push_str("\n|");
    for c in &table.columns {
        out.push_str(match c.kind {
            ColumnKind::Number => "---:|",
            ColumnKind::Text => "---|",
            ColumnKind::Mark => ":-:|",
        });
    }
    out.push('\n');
    for row in &table.rows {
        out.push('|');
        for cell in row {
            match cell {
                Cell::Text(t) => {
                    let _ = write!(out, " {} |", cell_text(t));
                }
                Cell::Mark(true) => out.push_str(" ✓ |"),
                Cell::Mark(false) => out.push_str(" · |"),
            }
        }
        out.push('\n');
    }
    if let Some(totals) = &table.totals {
        out.push('|');
        for t in totals {
            if t.is_empty() {
                out.push_str(" |");
            } else {
                let _ = write!(out, " **{}** |", cell_text(t));
            }
        }
        out.push('\n');
    }
    out.push('\n');
}
