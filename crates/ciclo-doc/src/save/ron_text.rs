//! The document as text: pretty, stable RON in the order docs/FORMAT.md documents.

use std::fmt::Write as _;

use crate::model::{Document, Moment, MomentId, Photo};

/// The comment that opens every saved document: what the file is, and how to read
/// about its fields without the source code at hand.
pub const FIRST_LINE: &str =
    "// A service cycle drawn with Ciclo. Every field is explained by: ciclo help format";

/// Writes a document as pretty, stable RON: fields in the documented order, empty
/// optional moment fields left out. Saving the same document twice gives the same bytes.
pub fn to_ron(doc: &Document) -> String {
    let mut out = String::with_capacity(256 + doc.moments.len() * 256);
    out.push_str(FIRST_LINE);
    out.push_str("\n(\n");
    let _ = writeln!(out, "    format: {},", doc.saved_format());
    let _ = writeln!(out, "    language: {},", quote(&doc.language));
    for (key, value) in [("title", &doc.title), ("organization", &doc.organization)] {
        let _ = writeln!(out, "    {key}: {},", quote(value));
    }
    // Format 3's cover fields, only when set: a document without them keeps its format.
    if !doc.authors.is_empty() {
        let _ = writeln!(out, "    authors: {},", string_list(&doc.authors));
    }
    if let Some(date) = &doc.date {
        let _ = writeln!(out, "    date: {},", quote(date));
    }
    for (key, value) in [
        ("description", &doc.description),
        ("customer", &doc.customer),
        ("promise", &doc.promise),
    ] {
        let _ = writeln!(out, "    {key}: {},", quote(value));
    }
    let _ = writeln!(
        out,
        "    primary_services: {},",
        string_list(&doc.primary_services)
    );
    let _ = writeln!(
        out,
        "    secondary_services: {},",
        string_list(&doc.secondary_services)
    );
    let _ = writeln!(out, "    evaluation: {},", debug_list(&doc.evaluation));
    if doc.moments.is_empty() {
        out.push_str("    moments: [],\n");
    } else {
        out.push_str("    moments: [\n");
        for m in &doc.moments {
            write_moment(&mut out, m);
        }
        out.push_str("    ],\n");
    }
    out.push_str(")\n");
    out
}

fn write_moment(out: &mut String, m: &Moment) {
    const IN: &str = "            ";
    out.push_str("        (\n");
    if m.id != MomentId(0) {
        let _ = writeln!(out, "{IN}id: {},", m.id.0);
    }
    let _ = writeln!(out, "{IN}name: {},", quote(&m.name));
    if !m.description.is_empty() {
        let _ = writeln!(out, "{IN}description: {},", quote(&m.description));
    }
    if let Some(angle) = m.angle {
        let _ = writeln!(out, "{IN}angle: {angle:?},");
    }
    let _ = writeln!(out, "{IN}channel: {:?},", m.channel);
    if !m.expectations.is_empty() {
        let _ = writeln!(out, "{IN}expectations: {},", debug_list(&m.expectations));
    }
    if !m.other_expectations.is_empty() {
        let _ = writeln!(
            out,
            "{IN}other_expectations: {},",
            string_list(&m.other_expectations)
        );
    }
    if !m.principles.is_empty() {
        let _ = writeln!(out, "{IN}principles: {},", debug_list(&m.principles));
    }
    let _ = writeln!(out, "{IN}critical: {},", m.critical);
    if !m.causes.is_empty() {
        let _ = writeln!(out, "{IN}causes: {},", debug_list(&m.causes));
    }
    if let Some(s) = m.satisfaction {
        let _ = writeln!(out, "{IN}satisfaction: {s},");
    }
    for (key, value) in [
        ("standard", &m.standard),
        ("improvement", &m.improvement),
        ("owner", &m.owner),
    ] {
        if !value.is_empty() {
            let _ = writeln!(out, "{IN}{key}: {},", quote(value));
        }
    }
    if let Some(t) = m.target {
        let _ = writeln!(out, "{IN}target: {t},");
    }
    if let Some(due) = &m.due {
        let _ = writeln!(out, "{IN}due: {},", quote(due));
    }
    if !m.notes.is_empty() {
        let _ = writeln!(out, "{IN}notes: {},", quote(&m.notes));
    }
    write_photos(out, &m.photos);
    out.push_str("        ),\n");
}

/// A moment's photos, one per line; nothing when it has none (a format 1 moment).
fn write_photos(out: &mut String, photos: &[Photo]) {
    const IN: &str = "            ";
    if photos.is_empty() {
        return;
    }
    let _ = writeln!(out, "{IN}photos: [");
    for photo in photos {
        if photo.caption.is_empty() {
            let _ = writeln!(out, "{IN}    (path: {}),", quote(&photo.path));
        } else {
            let _ = writeln!(
                out,
                "{IN}    (path: {}, caption: {}),",
                quote(&photo.path),
                quote(&photo.caption)
            );
        }
    }
    let _ = writeln!(out, "{IN}],");
}

/// A RON string literal: double quotes, with `\` escapes for quotes, backslashes and
/// control characters. Everything else, accents included, is written as is.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn string_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| quote(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn debug_list<T: std::fmt::Debug>(items: &[T]) -> String {
    let inner: Vec<String> = items.iter().map(|t| format!("{t:?}")).collect();
    format!("[{}]", inner.join(", "))
}
