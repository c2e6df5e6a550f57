//! The analysis worded for the terminal: `ciclo check --summary`.

use std::fmt::Write as _;

use super::{
    Analysis, Document, Expectation, Lang, Matrix, Principle, Term, average_line, critical_line,
    expectation_short, missing_plan_line, moments_word,
};

/// The text on one line: line breaks and runs of spaces become one space.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The widest a moment's name gets in the terminal tables.
const NAME_WIDTH: usize = 28;

/// `s` cut to at most `max` characters, with "…" when cut.
fn shorten(s: &str, max: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= max {
        s
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// `s` padded with spaces to `width` characters.
fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    format!("{s}{}", " ".repeat(width.saturating_sub(n)))
}

/// A plain-text summary of the analysis for the terminal, in `lang`.
pub fn summary_text(a: &Analysis, doc: &Document, lang: Lang) -> String {
    let mut out = String::new();
    let title = one_line(&doc.title);
    if !title.is_empty() {
        let _ = writeln!(out, "{title}\n");
    }
    let _ = writeln!(out, "{}: {}", lang.msg("moments-of-truth"), a.moments);
    let _ = writeln!(
        out,
        "{}: {}",
        lang.msg("critical-moments"),
        critical_line(a, lang)
    );
    let _ = writeln!(
        out,
        "{}: {}",
        lang.msg("average-satisfaction"),
        average_line(a, lang)
    );

    // Principles: badge letters, with their meaning.
    let legend: Vec<String> = Principle::ALL
        .iter()
        .map(|p| format!("{} {}", p.badge(lang), p.name(lang)))
        .collect();
    let _ = writeln!(
        out,
        "\n{} ({})",
        lang.msg("analysis-principles"),
        legend.join(", ")
    );
    let headers: Vec<String> = Principle::ALL
        .iter()
        .map(|p| p.badge(lang).to_string())
        .collect();
    text_table(&mut out, doc, &headers, &a.principles, lang);

    let _ = writeln!(out, "\n{}", lang.msg("analysis-expectations"));
    let headers: Vec<String> = Expectation::ALL
        .iter()
        .map(|e| expectation_short(*e, lang).to_owned())
        .collect();
    text_table(&mut out, doc, &headers, &a.expectations, lang);

    let _ = writeln!(out, "\n{}:", lang.msg("analysis-causes"));
    if a.causes.is_empty() {
        let _ = writeln!(out, "  {}", lang.msg("analysis-no-causes"));
    } else {
        let width = a
            .causes
            .iter()
            .map(|(c, _)| c.name(lang).chars().count())
            .max()
            .unwrap_or(0);
        for (cause, n) in &a.causes {
            let _ = writeln!(
                out,
                "  {}  {}",
                pad(cause.name(lang), width),
                moments_word(*n, lang)
            );
        }
    }

    let _ = writeln!(out, "\n{}:", lang.msg("analysis-missing-plans"));
    if a.critical == 0 {
        let _ = writeln!(out, "  {}", lang.msg("analysis-no-critical"));
    } else if a.missing_plans.is_empty() {
        let _ = writeln!(out, "  {}", lang.msg("analysis-all-planned"));
    } else {
        for m in &a.missing_plans {
            let _ = writeln!(out, "  {}", missing_plan_line(m, lang));
        }
    }
    out
}

/// Writes a matrix as an aligned table: number (with "!" for a critical moment), short
/// name, then ✓ or · under each column heading, and a row of totals.
fn text_table<T>(
    out: &mut String,
    doc: &Document,
    headers: &[String],
    matrix: &Matrix<T>,
    lang: Lang,
) {
    if matrix.rows.is_empty() {
        let _ = writeln!(out, "  {}", lang.msg("summary-no-moments"));
        return;
    }
    let widths: Vec<usize> = headers
        .iter()
        .zip(&matrix.totals)
        .map(|(h, t)| h.chars().count().max(t.to_string().len()))
        .collect();
    let names: Vec<(String, bool)> = matrix
        .rows
        .iter()
        .map(
            |(id, _)| match doc.index_of(*id).and_then(|i| doc.moments.get(i)) {
                Some(m) => (shorten(&m.name, NAME_WIDTH), m.critical),
                None => (String::new(), false),
            },
        )
        .collect();
    let name_width = names
        .iter()
        .map(|(n, _)| n.chars().count())
        .chain([
            lang.msg("moment").chars().count(),
            lang.msg("total").chars().count(),
        ])
        .max()
        .unwrap_or(0);
    let number_width = matrix.rows.len().to_string().len() + 1;

    let mut line = format!(
        "  {}  {}",
        pad("#", number_width),
        pad(lang.msg("moment"), name_width)
    );
    for (h, w) in headers.iter().zip(&widths) {
        let _ = write!(line, "  {}", pad(h, *w));
    }
    let _ = writeln!(out, "{}", line.trim_end());

    for (i, ((_, cells), (name, critical))) in matrix.rows.iter().zip(&names).enumerate() {
        let number = format!("{}{}", i + 1, if *critical { "!" } else { "" });
        let mut line = format!(
            "  {}  {}",
            pad(&number, number_width),
            pad(name, name_width)
        );
        for (cell, w) in cells.iter().zip(&widths) {
            let _ = write!(line, "  {}", pad(if *cell { "✓" } else { "·" }, *w));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }

    let mut line = format!(
        "  {}  {}",
        pad("", number_width),
        pad(lang.msg("total"), name_width)
    );
    for (t, w) in matrix.totals.iter().zip(&widths) {
        let _ = write!(line, "  {}", pad(&t.to_string(), *w));
    }
    let _ = writeln!(out, "{}", line.trim_end());
    if names.iter().any(|(_, critical)| *critical) {
        let _ = writeln!(out, "  ! = {}", lang.msg("summary-critical-moment"));
    }
}
