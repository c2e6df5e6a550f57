//! The report as one self-contained HTML page that prints cleanly.

use super::*;

/// Text escaped for HTML content and attribute values.
pub(super) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::escape::without_controls(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

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
.props,.lists{page-break-inside:avoid;break-inside:avoid}
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
/// as a data URI; an empty `png` leaves the picture out. The improvement plan lists
/// critical moments first, then the others, each group in sequence.
pub fn html(doc: &Document, png: &[u8]) -> String {
    html_with_photos(doc, png, &super::photos::ReportPhotos::default())
}

/// [`html`] with the moments' photos embedded, taken from `photos`.
pub fn html_with_photos(
    doc: &Document,
    png: &[u8],
    photos: &super::photos::ReportPhotos,
) -> String {
    let lang = Lang::from_tag(&doc.language);
    let a = analyse(doc);
    let title = report_title(doc, lang);
    let mut out = String::with_capacity(png.len() * 4 / 3 + 16 * 1024);

    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        lang.tag(),
        esc(&title)
    );
    let _ = writeln!(out, "<h1>{}</h1>", esc(&title));

    let props = properties(doc, lang);
    let lists = lists(doc, lang);
    if !props.is_empty() || !lists.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"about\">\n<h2>{}</h2>",
            lang.msg("report-about")
        );
        if !props.is_empty() {
            out.push_str("<dl class=\"props\">\n");
            for (label, value) in &props {
                let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", esc(value.trim()));
            }
            out.push_str("</dl>\n");
        }
        for (heading, items) in &lists {
            let _ = writeln!(out, "<div class=\"lists\">\n<h3>{heading}</h3>\n<ul>");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", esc(item));
            }
            out.push_str("</ul>\n</div>\n");
        }
        out.push_str("</section>\n");
    }

    if !png.is_empty() {
        let _ = writeln!(
            out,
            "<section class=\"picture\">\n<h2>{}</h2>\n<figure><img alt=\"{}\" src=\"data:image/png;base64,{}\"></figure>\n</section>",
            lang.msg("report-picture"),
            esc(&title),
            base64(png)
        );
    }

    let _ = writeln!(
        out,
        "<section class=\"moments\">\n<h2>{}</h2>",
        lang.msg("moments-of-truth")
    );
    for (i, m) in doc.moments.iter().enumerate() {
        let (class, tag) = if m.critical {
            (
                " critical",
                format!(
                    " <span class=\"tag\" title=\"{0}\">! {0}</span>",
                    lang.msg("report-critical")
                ),
            )
        } else {
            ("", String::new())
        };
        let _ = writeln!(
            out,
            "<section class=\"moment{class}\" id=\"moment-{}\">\n<h3>{}. {}{tag}</h3>\n<dl>",
            i + 1,
            i + 1,
            esc(&m.name)
        );
        for (label, value) in moment_fields(m, lang) {
            let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", esc(value.trim()));
        }
        out.push_str("</dl>\n");
        super::photos::html_photos(&mut out, m, photos);
        out.push_str("</section>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section class=\"analysis\">\n<h2>{}</h2>\n<dl>",
        lang.msg("cmd-analysis")
    );
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        lang.msg("moments-of-truth"),
        a.moments
    );
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        lang.msg("critical-moments"),
        esc(&analysis::critical_line(&a, lang))
    );
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>\n</dl>",
        lang.msg("average-satisfaction"),
        esc(&analysis::average_line(&a, lang))
    );
    let _ = writeln!(out, "<h3>{}</h3>", lang.msg("analysis-principles"));
    html_matrix(&mut out, doc, lang, &principle_headers(lang), &a.principles);
    let _ = writeln!(out, "<h3>{}</h3>", lang.msg("analysis-expectations"));
    html_matrix(
        &mut out,
        doc,
        lang,
        &expectation_headers(lang),
        &a.expectations,
    );
    let _ = writeln!(out, "<h3>{}</h3>", lang.msg("report-causes"));
    if a.causes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", lang.msg("analysis-no-causes"));
    } else {
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
            lang.msg("report-cause"),
            lang.msg("report-count")
        );
        for (cause, n) in &a.causes {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{n}</td></tr>",
                esc(cause.name(lang))
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    let _ = writeln!(out, "<h3>{}</h3>", lang.msg("analysis-missing-plans"));
    if a.critical == 0 {
        let _ = writeln!(out, "<p>{}</p>", lang.msg("analysis-no-critical"));
    } else if a.missing_plans.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", lang.msg("analysis-all-planned"));
    } else {
        out.push_str("<ul>\n");
        for m in &a.missing_plans {
            let line = capitalise(&analysis::missing_plan_line(m, lang));
            let _ = writeln!(out, "<li>{}</li>", esc(&line));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section class=\"plan\">\n<h2>{}</h2>",
        lang.msg("report-plan")
    );
    let items = plan_items(doc);
    if items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", lang.msg("report-no-plan"));
    } else {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>",
            esc(lang.msg("report-plan-order"))
        );
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th class=\"num\">#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            lang.msg("moment"),
            lang.msg("report-action"),
            lang.msg("owner"),
            lang.msg("standard-2")
        );
        for (i, m) in items {
            let _ = writeln!(
                out,
                "<tr><td class=\"num\">{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                i + 1,
                if m.critical { " !" } else { "" },
                esc(&m.name),
                esc(m.improvement.trim()),
                esc(or_dash(&m.owner)),
                esc(or_dash(&m.standard)),
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n</main>\n</body>\n</html>\n");
    out
}

pub(super) fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s.trim() }
}

pub(super) fn html_matrix<T>(
    out: &mut String,
    doc: &Document,
    lang: Lang,
    headers: &[String],
    m: &Matrix<T>,
) {
    if m.rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<table class=\"matrix\">\n<thead><tr><th class=\"num\">#</th><th>{}</th>",
        lang.msg("moment")
    );
    for h in headers {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (id, cells) in &m.rows {
        let Some((i, moment)) = row_moment(doc, *id) else {
            continue;
        };
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}{}</td><td>{}</td>",
            i + 1,
            if moment.critical { " !" } else { "" },
            esc(&moment.name)
        );
        for cell in cells {
            out.push_str(if *cell {
                "<td class=\"mark\">✓</td>"
            } else {
                "<td class=\"mark\"></td>"
            });
        }
        out.push_str("</tr>\n");
    }
    let _ = write!(
        out,
        "<tr class=\"total\"><td></td><td>{}</td>",
        lang.msg("total")
    );
    for t in &m.totals {
        let _ = write!(out, "<td class=\"mark\">{t}</td>");
    }
    out.push_str("</tr>\n</tbody>\n</table>\n");
}

/// Standard base64 (RFC 4648, with `=` padding).
pub(crate) fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextet = |shift: u32| char::from(ALPHABET[((n >> shift) & 63) as usize]);
        out.push(sextet(18));
        out.push(sextet(12));
        out.push(if chunk.len() > 1 { sextet(6) } else { '=' });
        out.push(if chunk.len() > 2 { sextet(0) } else { '=' });
    }
    out
}
