//! The moments as a spreadsheet: one row per moment, as CSV or XLSX.
//!
//! Both files hold the same cells: the number, name, channel, critical, satisfaction,
//! target, votes (empty: the document has no votes yet), expectations, principles,
//! causes, improvement, owner and due date of each moment, under a header in the
//! document's language. Vocabulary terms are written by their names in that language.
//!
//! - **CSV**: UTF-8 with a byte-order mark, so that Excel reads the accents right in
//!   every locale; comma-separated, with RFC 4180 quoting and CRLF line ends. A text cell
//!   that starts with `=`, `+`, `-` or `@` gets a leading apostrophe, so that a spreadsheet
//!   never runs it as a formula (formula injection).
//! - **XLSX** (rust_xlsxwriter): the header bold, frozen panes under it and beside the
//!   names, set column widths, and critical rows filled; printed in landscape, one page
//!   wide, the header repeated. Cells are typed (numbers are
//!   numbers, texts are strings), so no text is ever read as a formula.

use std::path::Path;

use ciclo_doc::escape::without_controls;
use ciclo_doc::lang::{Lang, Term};
use ciclo_doc::model::{Document, Moment};
use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use crate::export::ExportError;

/// The spreadsheet formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SheetFormat {
    /// Comma-separated values.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

impl SheetFormat {
    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<SheetFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(SheetFormat::Csv),
            "xlsx" => Some(SheetFormat::Xlsx),
            _ => None,
        }
    }
}

/// The header's message ids, in column order.
const COLUMNS: [&str; 13] = [
    "sheet-number",
    "sheet-name",
    "sheet-channel",
    "sheet-critical",
    "sheet-satisfaction",
    "sheet-target",
    "sheet-votes",
    "sheet-expectations",
    "sheet-principles",
    "sheet-causes",
    "sheet-improvement",
    "sheet-owner",
    "sheet-due",
];

/// Each column's width in the XLSX, in characters.
const WIDTHS: [f64; 13] = [
    5.0, 28.0, 14.0, 9.0, 12.0, 9.0, 8.0, 32.0, 28.0, 28.0, 40.0, 20.0, 12.0,
];

/// The most characters a spreadsheet cell holds (Excel's limit).
const MAX_CELL: usize = 32_767;

/// One cell of the sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// A whole number.
    Number(u32),
    /// A text.
    Text(String),
    /// Nothing.
    Empty,
}

/// The sheet: its header, in the document's language, and one row per moment, with
/// whether that moment is critical.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// The column names.
    pub header: Vec<String>,
    /// The moments' cells, in the sequence of the cycle.
    pub rows: Vec<(bool, Vec<Cell>)>,
    /// The name of the worksheet.
    pub title: String,
}

/// The sheet of a document's moments.
pub fn sheet(doc: &Document) -> Sheet {
    let lang = Lang::from_tag(&doc.language);
    let header = COLUMNS.iter().map(|id| lang.msg(id).to_owned()).collect();
    let rows = doc
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| (m.critical, row(lang, i, m)))
        .collect();
    let title = lang.msg("sheet-title").to_owned();
    Sheet {
        header,
        rows,
        title,
    }
}

fn row(lang: Lang, i: usize, m: &Moment) -> Vec<Cell> {
    let text = |s: &str| {
        let clean: String = without_controls(s).chars().take(MAX_CELL).collect();
        if clean.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(clean)
        }
    };
    let score = |s: Option<u8>| s.map_or(Cell::Empty, |s| Cell::Number(u32::from(s)));
    let mut expectations: Vec<&str> = m.expectations.iter().map(|e| e.name(lang)).collect();
    expectations.extend(m.other_expectations.iter().map(String::as_str));
    let names = |list: Vec<&str>| text(&list.join("; "));
    let yes_no = if m.critical { "sheet-yes" } else { "sheet-no" };
    vec![
        Cell::Number(u32::try_from(i + 1).unwrap_or(u32::MAX)),
        text(&m.name),
        text(m.channel.name(lang)),
        text(lang.msg(yes_no)),
        score(m.satisfaction),
        score(m.target),
        // The document has no votes yet: the column is there, empty.
        Cell::Empty,
        names(expectations),
        names(m.principles.iter().map(|p| p.name(lang)).collect()),
        names(m.causes.iter().map(|c| c.name(lang)).collect()),
        text(&m.improvement),
        text(&m.owner),
        m.due.as_deref().map_or(Cell::Empty, text),
    ]
}

/// The sheet as CSV bytes: UTF-8 with a BOM, commas, RFC 4180 quoting, CRLF.
pub fn to_csv(sheet: &Sheet) -> Vec<u8> {
    let mut out = String::from("\u{feff}");
    let header: Vec<Cell> = sheet.header.iter().cloned().map(Cell::Text).collect();
    for cells in std::iter::once(&header).chain(sheet.rows.iter().map(|(_, r)| r)) {
        let fields: Vec<String> = cells.iter().map(csv_field).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// One CSV field: a text that a spreadsheet would run as a formula gets a leading
/// apostrophe; a field with a comma, a quote or a line break is quoted, its quotes
/// doubled.
fn csv_field(cell: &Cell) -> String {
    let text = match cell {
        Cell::Number(n) => return n.to_string(),
        Cell::Empty => return String::new(),
        Cell::Text(t) if t.starts_with(['=', '+', '-', '@']) => format!("'{t}"),
        Cell::Text(t) => t.clone(),
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The sheet as an XLSX workbook.
pub fn to_xlsx(sheet: &Sheet) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let page = book.add_worksheet();
    // A worksheet's name may not hold some characters; the catalogue's never do, and
    // an impossible one keeps the default name.
    let _ = page.set_name(sheet.title.as_str());
    let bold = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xE8_E8_E8))
        .set_align(FormatAlign::Top)
        .set_text_wrap();
    let plain = Format::new().set_align(FormatAlign::Top).set_text_wrap();
    let critical = plain.clone().set_background_color(Color::RGB(0xF8_D7_DA));
    for (col, (name, width)) in sheet.header.iter().zip(WIDTHS).enumerate() {
        let col = col as u16;
        page.write_string_with_format(0, col, name.as_str(), &bold)?;
        page.set_column_width(col, width)?;
    }
    for (i, (is_critical, cells)) in sheet.rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let format = if *is_critical { &critical } else { &plain };
        write_row(page, row, cells, format)?;
    }
    page.set_freeze_panes(1, 2)?;
    // Printed: across the page, every column on one page's width, the header on each.
    page.set_landscape().set_print_fit_to_pages(1, 0);
    page.set_repeat_rows(0, 0)?;
    book.save_to_buffer()
}

fn write_row(
    page: &mut Worksheet,
    row: u32,
    cells: &[Cell],
    format: &Format,
) -> Result<(), XlsxError> {
    for (col, cell) in cells.iter().enumerate() {
        let col = col as u16;
        match cell {
            Cell::Number(n) => page.write_number_with_format(row, col, *n, format)?,
            Cell::Text(t) => page.write_string_with_format(row, col, t.as_str(), format)?,
            Cell::Empty => page.write_blank(row, col, format)?,
        };
    }
    Ok(())
}

/// Writes the document's moments to `path` as CSV or XLSX, by its extension.
pub fn write_sheet(doc: &Document, path: &Path) -> Result<(), ExportError> {
    let Some(format) = SheetFormat::from_path(path) else {
        return Err(ExportError::UnknownFormat(path.display().to_string()));
    };
    let sheet = sheet(doc);
    let bytes = match format {
        SheetFormat::Csv => to_csv(&sheet),
        SheetFormat::Xlsx => to_xlsx(&sheet).map_err(|e| ExportError::Sheet(e.to_string()))?,
    };
    ciclo_doc::save::write_atomically(path, &bytes)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_and_guards_what_a_spreadsheet_would_misread() {
        let t = |s: &str| csv_field(&Cell::Text(s.to_owned()));
        assert_eq!(t("plain"), "plain");
        assert_eq!(t("a, b"), "\"a, b\"");
        assert_eq!(t("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(t("two\nlines"), "\"two\nlines\"");
        assert_eq!(t("=1+1"), "'=1+1");
        assert_eq!(t("+57 300"), "'+57 300");
        assert_eq!(t("-x"), "'-x");
        assert_eq!(t("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            t("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
        assert_eq!(csv_field(&Cell::Number(7)), "7");
        assert_eq!(csv_field(&Cell::Empty), "");
    }

    #[test]
    fn the_extension_names_the_format() {
        assert_eq!(
            SheetFormat::from_path(Path::new("a.CSV")),
            Some(SheetFormat::Csv)
        );
        assert_eq!(
            SheetFormat::from_path(Path::new("a.xlsx")),
            Some(SheetFormat::Xlsx)
        );
        assert_eq!(SheetFormat::from_path(Path::new("a.png")), None);
    }
}
