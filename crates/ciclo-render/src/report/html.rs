//! The report as one self-contained HTML page that prints cleanly.

use std::fmt::Write as _;

use base64::Engine as _;

use super::model::{
    Block, Cell, Column, ColumnKind, Field, MomentEntry, Report, Section, SectionKind, Table,
};
use super::photos::ReportPhotos;
use ciclo_doc::escape::markup as esc;

/// The style sheet: readable on screen, A4 when printed, sections never cut in two.
pub(super) const CSS: &str = r#"
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1b1b1b;background:#fff;line-height:1.45;max-width:190mm;margin:2rem auto;padding:0 1rem}
h1{font-size:1.8rem;margin:0 0 1rem}
h2{font-size:1.35rem;border-bottom:2px solid #333;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.1rem;margin:.2rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
dt{font-weight:600}
dd{margin:0;white-space:pre-line}
ul{margin:.2rem 0 .8rem}
figure{margin:1rem 0}
figure img{display:block;width:100%;height:auto;border:1px solid #ccc}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:1rem}
.photos figure{margin:0}
.photos figcaption{color:#555;font-size:.9rem}
.photos .missing{border:1px dashed #999;padding:1rem;color:#555}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem;page-break-inside:avoid;break-inside:avoid}
th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#eee}
td.num,th.num{text-align:right;white-space:nowrap}
td.mark{text-align:center}
tr.total td{font-weight:600;background:#f6f6f6}
.moment{border:1px solid #bbb;border-radius:4px;padding:.5rem .9rem;margin:0 0 .8rem;page-break-inside:avoid;break-inside:avoid}
.moment.critical{border:3px solid #b71c1c}
.tag{display:inline-block;border:2px solid #b71c1c;color:#b71c1c;font-weight:700;font-size:.8rem;padding:0 .35rem;border-radius:3px;margin-left:.4rem;vertical-align:middle}
.about dl,.lists{page-break-inside:avoid;break-inside:avoid}
.note{color:#444;font-size:.9rem}
@page{size:A4;margin:15mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10pt}
h2{page-break-after:avoid;break-after:avoid}
h3{page-break-after:avoid;break-after:avoid}
figure{page-break-inside:avoid;break-inside:avoid}
th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"#;

/// The report as one self-contained HTML page, with `png` (the cycle's picture) embedded
/// as a data URI; an empty `png` leaves the picture's section out.
pub fn render(report: &Report, png: &[u8], photos: &ReportPhotos) -> String {
    let title = esc(&report.title);
    let mut out = String::with_capacity(png.len() * 4 / 3 + 16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n",
        report.lang.tag(),
    );
    for section in &report.sections {
        if section.kind == SectionKind::Picture && png.is_empty() {
            continue;
        }
        section_html(&mut out, section, report, png, photos);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn section_html(
    out: &mut String,
    section: &Section,
    report: &Report,
    png: &[u8],
    photos: &ReportPhotos,
) {
    let _ = writeln!(
        out,
        "<section class=\"{}\">\n<h2>{}</h2>",
        section.kind.class(),
        esc(&section.heading)
    );
    for block in &section.blocks {
        match block {
            Block::Fields(fields) => fields_html(out, fields),
            Block::List { heading, items } => {
                let _ = writeln!(out, "<div class=\"lists\">\n<h3>{}</h3>", esc(heading));
                items_html(out, items);
                out.push_str("</div>\n");
            }
            Block::Picture => {
                let data = base64::engine::general_purpose::STANDARD.encode(png);
                let _ = writeln!(
                    out,
                    "<figure><img alt=\"{}\" src=\"data:image/png;base64,{data}\"></figure>",
                    esc(&report.title)
                );
            }
            Block::Moment(m) => moment_html(out, m, photos),
            Block::Subheading(text) => {
                let _ = writeln!(out, "<h3>{}</h3>", esc(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", esc(text));
            }
            Block::Note(text) => {
                let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(text));
            }
            Block::Items(items) => items_html(out, items),
            Block::Table(table) => table_html(out, table),
        }
    }
    out.push_str("</section>\n");
}

fn fields_html(out: &mut String, fields: &[Field]) {
    out.push_str("<dl>\n");
    for f in fields {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(&f.label), esc(&f.value));
    }
    out.push_str("</dl>\n");
}

fn items_html(out: &mut String, items: &[String]) {
    out.push_str("<ul>\n");
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", esc(item));
    }
    out.push_str("</ul>\n");
}

fn moment_html(out: &mut String, m: &MomentEntry, photos: &ReportPhotos) {
    let (class, tag) = match &m.critical {
        Some(tag) => (
            " critical",
            format!(" <span class=\"tag\" title=\"{0}\">! {0}</span>", esc(tag)),
        ),
        None => ("", String::new()),
    };
    let _ = writeln!(
        out,
        "<section class=\"moment{class}\" id=\"moment-{0}\">\n<h3>{0}. {1}{tag}</h3>",
        m.number,
        esc(&m.name)
    );
    fields_html(out, &m.fields);
    super::photos::html_photos(out, &m.photos, photos);
    out.push_str("</section>\n");
}

/// The class of a column's cells, with its leading space (or nothing).
fn cell_class(column: &Column) -> &'static str {
    match column.kind {
        ColumnKind::Number => " class=\"num\"",
        ColumnKind::Text => "",
        ColumnKind::Mark => " class=\"mark\"",
    }
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str(if table.matrix {
        "<table class=\"matrix\">\n<thead><tr>"
    } else {
        "<table>\n<thead><tr>"
    });
    for c in &table.columns {
        // A mark column's header is text: only the numbers keep their class.
        let class = if c.kind == ColumnKind::Number {
            cell_class(c)
        } else {
            ""
        };
        let _ = write!(out, "<th{class}>{}</th>", esc(&c.title));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (c, cell) in table.columns.iter().zip(row) {
            let text = match cell {
                Cell::Text(t) => esc(t),
                Cell::Mark(true) => "✓".into(),
                Cell::Mark(false) => "".into(),
            };
            let _ = write!(out, "<td{}>{text}</td>", cell_class(c));
        }
        out.push_str("</tr>\n");
    }
    if let Some(totals) = &table.totals {
        out.push_str("<tr class=\"total\">");
        for (c, t) in table.columns.iter().zip(totals) {
            let class = if c.kind == ColumnKind::Mark {
                cell_class(c)
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", esc(t));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}
