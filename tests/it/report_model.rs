//! The report is one model written out twice: what the HTML page shows and what the
//! Markdown file shows come from the same `Report`, section by section.

use crate::report_support;

use base64::Engine as _;
use ciclo::file::parse;
use ciclo::report::{Block, Cell, Report, SectionKind, html, markdown};
use ciclo::templates::TEMPLATES;
use report_support::shown;

/// Every text a reader sees in the model, in order.
fn texts(report: &Report) -> Vec<String> {
    let mut out = vec![report.title.clone()];
    for section in &report.sections {
        out.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                Block::Fields(fields) => out.extend(
                    fields
                        .iter()
                        .flat_map(|f| [f.label.clone(), f.value.clone()]),
                ),
                Block::List { heading, items } => {
                    out.push(heading.clone());
                    out.extend(items.iter().cloned());
                }
                Block::Moment(m) => {
                    out.push(m.name.clone());
                    out.extend(m.critical.iter().cloned());
                    out.extend(
                        m.fields
                            .iter()
                            .flat_map(|f| [f.label.clone(), f.value.clone()]),
                    );
                }
                Block::Subheading(t) | Block::Paragraph(t) | Block::Note(t) => out.push(t.clone()),
                Block::Items(items) => out.extend(items.iter().cloned()),
                Block::Table(t) => {
                    out.extend(t.columns.iter().map(|c| c.title.clone()));
                    for row in &t.rows {
                        out.extend(row.iter().filter_map(|c| match c {
                            Cell::Text(s) => Some(s.clone()),
                            Cell::Mark(_) => None,
                        }));
                    }
                    out.extend(t.totals.iter().flatten().cloned());
                }
                Block::Picture => {}
            }
        }
    }
    out.retain(|t| !t.trim().is_empty());
    out
}

/// The text of a Markdown file without its backslash escapes, on single lines.
fn shown_markdown(md: &str) -> String {
    let mut text = String::new();
    let mut chars = md.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => text.extend(chars.next()),
            c => text.push(c),
        }
    }
    text
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn both_renderings_show_every_text_of_the_model() {
    for t in TEMPLATES {
        let doc = parse(t.text).unwrap_or_else(|e| panic!("{}: {e}", t.name));
        let report = Report::new(&doc);
        let page = one_line(&shown(&html(&doc, &[1, 2, 3])));
        let md = one_line(&shown_markdown(&markdown(&doc, "c.png")));
        let all = texts(&report);
        assert!(all.len() > 100, "{}: {} texts", t.name, all.len());
        for text in all {
            let text = one_line(&text);
            assert!(
                page.contains(&text),
                "{} {:?}: html lacks {text:?}",
                t.name,
                t.lang
            );
            assert!(
                md.contains(&text),
                "{} {:?}: markdown lacks {text:?}",
                t.name,
                t.lang
            );
        }
    }
}

#[test]
fn the_sections_come_in_reading_order() {
    let doc = parse(TEMPLATES[0].text).unwrap_or_else(|e| panic!("{e}"));
    let kinds: Vec<SectionKind> = Report::new(&doc).sections.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            SectionKind::About,
            SectionKind::Picture,
            SectionKind::Moments,
            SectionKind::Analysis,
            SectionKind::Plan
        ]
    );
    // An empty cycle has nothing to say about itself, but keeps the rest.
    let empty = Report::new(&ciclo::model::Document::default());
    assert_eq!(empty.sections[0].kind, SectionKind::Picture);
    assert_eq!(empty.title, "Service cycle");
}

#[test]
fn the_html_page_carries_the_picture_it_was_given() {
    let doc = parse(TEMPLATES[0].text).unwrap_or_else(|e| panic!("{e}"));
    let png = ciclo::export::png(&doc, &ciclo::export::ExportOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let page = html(&doc, &png);
    let start = page
        .find("base64,")
        .map(|i| i + 7)
        .unwrap_or_else(|| panic!("no picture"));
    let end = start + page[start..].find('"').unwrap_or(0);
    let data = base64::engine::general_purpose::STANDARD
        .decode(&page[start..end])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data, png);
    assert!(
        !html(&doc, &[]).contains("<figure>"),
        "no picture, no figure"
    );
}
