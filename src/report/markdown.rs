//! The report as Markdown, with the picture as a PNG beside it.

use super::*;

/// User text for Markdown: on one line, with the characters that Markdown would read as
/// formatting (`*`, `_`, `|`, `<`...) escaped by a backslash, so it renders as typed and is
/// safe in a table cell.
pub(super) fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(&crate::escape::without_controls(s)).chars() {
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
/// report. The improvement plan lists critical moments first, then the others, each group
/// in sequence.
pub fn markdown(doc: &Document, picture_file_name: &str) -> String {
    markdown_with_photos(
        doc,
        picture_file_name,
        &super::photos::ReportPhotos::default(),
    )
}

/// [`markdown`] with the moments' photos linked as `photos` says.
pub fn markdown_with_photos(
    doc: &Document,
    picture_file_name: &str,
    photos: &super::photos::ReportPhotos,
) -> String {
    let lang = Lang::from_tag(&doc.language);
    let a = analyse(doc);
    let mut out = String::new();
    let title = report_title(doc, lang);

    let _ = writeln!(out, "# {}\n", md(&title));
    let props = properties(doc, lang);
    let lists = lists(doc, lang);
    if !props.is_empty() || !lists.is_empty() {
        let _ = writeln!(out, "## {}\n", lang.msg("report-about"));
        for (label, value) in &props {
            let _ = writeln!(out, "- **{label}:** {}", md(value));
        }
        if !props.is_empty() {
            out.push('\n');
        }
        for (heading, items) in &lists {
            let _ = writeln!(out, "### {heading}\n");
            for item in items {
                let _ = writeln!(out, "- {}", md(item));
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "## {}\n", lang.msg("report-picture"));
    let _ = writeln!(out, "![{}]({})\n", md(&title), url_path(picture_file_name));

    let _ = writeln!(out, "## {}\n", lang.msg("moments-of-truth"));
    for (i, m) in doc.moments.iter().enumerate() {
        let tag = if m.critical {
            format!(" — **! {}**", lang.msg("report-critical"))
        } else {
            String::new()
        };
        let _ = writeln!(out, "### {}. {}{tag}\n", i + 1, md(&m.name));
        for (label, value) in moment_fields(m, lang) {
            let _ = writeln!(out, "- **{label}:** {}", md(&value));
        }
        super::photos::md_photos(&mut out, m, photos);
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", lang.msg("cmd-analysis"));
    let _ = writeln!(out, "- **{}:** {}", lang.msg("moments-of-truth"), a.moments);
    let _ = writeln!(
        out,
        "- **{}:** {}",
        lang.msg("critical-moments"),
        analysis::critical_line(&a, lang)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}\n",
        lang.msg("average-satisfaction"),
        analysis::average_line(&a, lang)
    );
    let _ = writeln!(out, "### {}\n", lang.msg("analysis-principles"));
    md_matrix(&mut out, doc, lang, &principle_headers(lang), &a.principles);
    let _ = writeln!(out, "### {}\n", lang.msg("analysis-expectations"));
    md_matrix(
        &mut out,
        doc,
        lang,
        &expectation_headers(lang),
        &a.expectations,
    );
    let _ = writeln!(out, "### {}\n", lang.msg("report-causes"));
    if a.causes.is_empty() {
        let _ = writeln!(out, "{}\n", lang.msg("analysis-no-causes"));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---:|",
            lang.msg("report-cause"),
            lang.msg("report-count")
        );
        for (cause, n) in &a.causes {
            let _ = writeln!(out, "| {} | {n} |", cause.name(lang));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", lang.msg("analysis-missing-plans"));
    md_missing(&mut out, &a, lang);

    let _ = writeln!(out, "## {}\n", lang.msg("report-plan"));
    let items = plan_items(doc);
    if items.is_empty() {
        let _ = writeln!(out, "{}", lang.msg("report-no-plan"));
    } else {
        let _ = writeln!(out, "{}\n", lang.msg("report-plan-order"));
        let _ = writeln!(
            out,
            "| # | {} | {} | {} | {} |\n|---:|---|---|---|---|",
            lang.msg("moment"),
            lang.msg("report-action"),
            lang.msg("owner"),
            lang.msg("standard-2")
        );
        for (i, m) in items {
            let _ = writeln!(
                out,
                "| {}{} | {} | {} | {} | {} |",
                i + 1,
                if m.critical { " !" } else { "" },
                md(&m.name),
                md(&m.improvement),
                md_or_dash(&m.owner),
                md_or_dash(&m.standard),
            );
        }
    }
    out
}

pub(super) fn md_or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        md(s)
    }
}

pub(super) fn md_matrix<T>(
    out: &mut String,
    doc: &Document,
    lang: Lang,
    headers: &[String],
    m: &Matrix<T>,
) {
    if m.rows.is_empty() {
        return;
    }
    let _ = write!(out, "| # | {} |", lang.msg("moment"));
    for h in headers {
        let _ = write!(out, " {h} |");
    }
    let _ = write!(out, "\n|---:|---|");
    for _ in headers {
        out.push_str(":-:|");
    }
    out.push('\n');
    for (id, cells) in &m.rows {
        let Some((i, moment)) = row_moment(doc, *id) else {
            continue;
        };
        let _ = write!(
            out,
            "| {}{} | {} |",
            i + 1,
            if moment.critical { " !" } else { "" },
            md(&moment.name)
        );
        for cell in cells {
            out.push_str(if *cell { " ✓ |" } else { " · |" });
        }
        out.push('\n');
    }
    let _ = write!(out, "| | **{}** |", lang.msg("total"));
    for t in &m.totals {
        let _ = write!(out, " **{t}** |");
    }
    out.push_str("\n\n");
}

pub(super) fn md_missing(out: &mut String, a: &Analysis, lang: Lang) {
    if a.critical == 0 {
        let _ = writeln!(out, "{}\n", lang.msg("analysis-no-critical"));
    } else if a.missing_plans.is_empty() {
        let _ = writeln!(out, "{}\n", lang.msg("analysis-all-planned"));
    } else {
        for m in &a.missing_plans {
            let line = analysis::missing_plan_line(m, lang);
            let _ = writeln!(out, "- {}", md(&capitalise(&line)));
        }
        out.push('\n');
    }
}
