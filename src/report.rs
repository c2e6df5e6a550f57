//! The workshop deliverable: a report of a whole cycle, as Markdown or as one
//! self-contained HTML page that prints cleanly to PDF.
//!
//! A report holds, in the document's language: the cycle's properties, services and
//! evaluation mechanisms; the picture; every moment of truth with all its fields; the
//! [analysis](crate::analysis); and the improvement plan. The user's own texts are escaped,
//! so nothing they type can break the layout or run in a browser.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::analysis::{self, Analysis, Labels, Matrix, analyse, one_line};
use crate::export::{ExportError, ExportOptions};
use crate::file::{SaveError, write_atomically};
use crate::lang::{Lang, Term};
use crate::model::{Document, Expectation, Moment, Principle};

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
        match (self, lang) {
            (ReportError::UnknownFormat(path), Lang::Es) => format!(
                "no se sabe qué formato de informe es {}; nombre el archivo .md o .html",
                path.display()
            ),
            (ReportError::Picture(e), Lang::Es) => {
                format!("no se pudo dibujar la imagen del informe: {e}")
            }
            (ReportError::UnknownFormat(path), Lang::Ru) => format!(
                "не удаётся понять, в каком формате писать отчёт {}; дайте файлу расширение .md или .html",
                path.display()
            ),
            (ReportError::Picture(e), Lang::Ru) => {
                format!("не удалось нарисовать схему цикла для отчёта: {e}")
            }
            (ReportError::Write(e), _) => e.message(lang),
            _ => self.to_string(),
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
    let Some(format) = ReportFormat::from_path(path) else {
        return Err(ReportError::UnknownFormat(path.to_owned()));
    };
    let png = crate::export::png(doc, &ExportOptions::default())?;
    let text = match format {
        ReportFormat::Markdown => {
            let picture = path.with_extension("png");
            let name = picture
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "cycle.png".to_owned());
            write_atomically(&picture, &png)?;
            markdown(doc, &name)
        }
        ReportFormat::Html => html(doc, &png),
    };
    write_atomically(path, text.as_bytes())?;
    Ok(())
}

/// The words a report adds, in one language.
struct Words {
    lang: Lang,
    untitled: &'static str,
    about: &'static str,
    organization: &'static str,
    description: &'static str,
    customer: &'static str,
    promise: &'static str,
    primary: &'static str,
    secondary: &'static str,
    evaluation: &'static str,
    picture: &'static str,
    moments: &'static str,
    channel: &'static str,
    expectations: &'static str,
    own_words: &'static str,
    principles: &'static str,
    critical: &'static str,
    critical_tag: &'static str,
    yes: &'static str,
    no: &'static str,
    causes: &'static str,
    satisfaction: &'static str,
    not_scored: &'static str,
    standard: &'static str,
    improvement: &'static str,
    owner: &'static str,
    notes: &'static str,
    analysis: &'static str,
    plan: &'static str,
    plan_order: &'static str,
    no_plan: &'static str,
    action: &'static str,
    number: &'static str,
    count: &'static str,
    cause: &'static str,
}

impl Words {
    fn new(lang: Lang) -> Words {
        let p = |en, es, ru| lang.pick3(en, es, ru);
        Words {
            lang,
            untitled: p("Service cycle", "Ciclo del servicio", "Цикл обслуживания"),
            about: p("About the cycle", "Datos del ciclo", "О цикле"),
            organization: p("Organization", "Organización", "Организация"),
            description: p("Description", "Descripción", "Описание"),
            customer: p("Customer", "Cliente", "Клиент"),
            promise: p(
                "Service promise",
                "Promesa del servicio",
                "Сервисное обещание",
            ),
            primary: p("Primary services", "Servicios primarios", "Основные услуги"),
            secondary: p(
                "Secondary services",
                "Servicios secundarios",
                "Дополнительные услуги",
            ),
            evaluation: p(
                "Evaluation mechanisms",
                "Mecanismos de evaluación",
                "Способы оценки обслуживания",
            ),
            picture: p("The cycle", "El ciclo", "Схема цикла"),
            moments: p("Moments of truth", "Momentos de verdad", "Моменты истины"),
            channel: p("Channel", "Canal", "Канал"),
            expectations: p("Expectations", "Expectativas", "Ожидания"),
            own_words: p(
                "in the customer's words",
                "en palabras del cliente",
                "словами клиента",
            ),
            principles: p("Principles", "Principios", "Принципы"),
            critical: p("Critical", "Crítico", "Критический"),
            critical_tag: p("Critical", "Crítico", "Критический"),
            yes: p("yes", "sí", "да"),
            no: p("no", "no", "нет"),
            causes: p(
                "Causes of dissatisfaction",
                "Causas de insatisfacción",
                "Причины неудовлетворённости",
            ),
            satisfaction: p("Satisfaction", "Satisfacción", "Удовлетворённость"),
            not_scored: p("not scored", "sin puntuar", "нет оценки"),
            standard: p(
                "Service standard",
                "Estándar de servicio",
                "Стандарт обслуживания",
            ),
            improvement: p(
                "Improvement action",
                "Acción de mejora",
                "Мера по улучшению",
            ),
            owner: p("Owner", "Responsable", "Ответственный"),
            notes: p("Notes", "Notas", "Заметки"),
            analysis: p("Analysis", "Análisis", "Анализ"),
            plan: p("Improvement plan", "Plan de mejora", "План улучшений"),
            plan_order: p(
                "Critical moments first (marked !), then the others, each in sequence.",
                "Primero los momentos críticos (marcados con !), luego los demás, cada grupo en orden.",
                "Сначала критические моменты (отмечены !), затем остальные; в каждой группе — по порядку цикла.",
            ),
            no_plan: p(
                "No moment has an improvement action yet.",
                "Ningún momento tiene todavía una acción de mejora.",
                "Ни для одного момента пока не намечена мера по улучшению.",
            ),
            action: p("Action", "Acción", "Мера"),
            number: "#",
            count: p("Moments", "Momentos", "Моменты"),
            cause: p("Cause", "Causa", "Причина"),
        }
    }

    fn title(&self, doc: &Document) -> String {
        let title = one_line(&doc.title);
        if title.is_empty() {
            self.untitled.to_owned()
        } else {
            title
        }
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
fn moment_fields(m: &Moment, w: &Words) -> Vec<(&'static str, String)> {
    let lang = w.lang;
    let mut fields = Vec::new();
    let mut push = |label: &'static str, text: String| {
        if !text.trim().is_empty() {
            fields.push((label, text));
        }
    };
    push(w.description, m.description.clone());
    push(w.channel, m.channel.name(lang).to_owned());
    let mut expectations: Vec<String> = m
        .expectations
        .iter()
        .map(|e| e.name(lang).to_owned())
        .collect();
    expectations.extend(
        m.other_expectations
            .iter()
            .filter(|e| !e.trim().is_empty())
            .map(|e| format!("{} ({})", e.trim(), w.own_words)),
    );
    push(w.expectations, expectations.join("; "));
    push(
        w.principles,
        m.principles
            .iter()
            .map(|p| p.name(lang))
            .collect::<Vec<_>>()
            .join("; "),
    );
    push(w.critical, if m.critical { w.yes } else { w.no }.to_owned());
    push(
        w.causes,
        m.causes
            .iter()
            .map(|c| c.name(lang))
            .collect::<Vec<_>>()
            .join("; "),
    );
    push(
        w.satisfaction,
        match m.satisfaction {
            Some(s) => format!("{s} / 5"),
            None => w.not_scored.to_owned(),
        },
    );
    push(w.standard, m.standard.clone());
    push(w.improvement, m.improvement.clone());
    push(w.owner, m.owner.clone());
    push(w.notes, m.notes.clone());
    fields
}

/// The cycle's properties as (label, text) pairs, leaving out the empty ones.
fn properties(doc: &Document, w: &Words) -> Vec<(&'static str, String)> {
    [
        (w.organization, &doc.organization),
        (w.description, &doc.description),
        (w.customer, &doc.customer),
        (w.promise, &doc.promise),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| (k, v.clone()))
    .collect()
}

/// The service and evaluation lists as (heading, items), leaving out the empty ones.
fn lists(doc: &Document, w: &Words) -> Vec<(&'static str, Vec<String>)> {
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
        .map(|e| e.name(w.lang).to_owned())
        .collect();
    [
        (w.primary, clean(&doc.primary_services)),
        (w.secondary, clean(&doc.secondary_services)),
        (w.evaluation, evaluation),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .collect()
}

// ---------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------

/// User text for Markdown: on one line, with the characters that Markdown would read as
/// formatting (`*`, `_`, `|`, `<`...) escaped by a backslash, so it renders as typed and is
/// safe in a table cell.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s).chars() {
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
fn url_path(name: &str) -> String {
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
    let lang = Lang::from_tag(&doc.language);
    let w = Words::new(lang);
    let l = Labels::new(lang);
    let a = analyse(doc);
    let mut out = String::new();
    let title = w.title(doc);

    let _ = writeln!(out, "# {}\n", md(&title));
    let props = properties(doc, &w);
    let lists = lists(doc, &w);
    if !props.is_empty() || !lists.is_empty() {
        let _ = writeln!(out, "## {}\n", w.about);
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

    let _ = writeln!(out, "## {}\n", w.picture);
    let _ = writeln!(out, "![{}]({})\n", md(&title), url_path(picture_file_name));

    let _ = writeln!(out, "## {}\n", w.moments);
    for (i, m) in doc.moments.iter().enumerate() {
        let tag = if m.critical {
            format!(" — **! {}**", w.critical_tag)
        } else {
            String::new()
        };
        let _ = writeln!(out, "### {}. {}{tag}\n", i + 1, md(&m.name));
        for (label, value) in moment_fields(m, &w) {
            let _ = writeln!(out, "- **{label}:** {}", md(&value));
        }
        out.push('\n');
    }

    let _ = writeln!(out, "## {}\n", w.analysis);
    let _ = writeln!(out, "- **{}:** {}", l.moments, a.moments);
    let _ = writeln!(
        out,
        "- **{}:** {}",
        l.critical,
        analysis::critical_line(&a, lang)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}\n",
        l.average,
        analysis::average_line(&a, lang)
    );
    let _ = writeln!(out, "### {}\n", l.principles);
    md_matrix(&mut out, doc, &l, &principle_headers(lang), &a.principles);
    let _ = writeln!(out, "### {}\n", l.expectations);
    md_matrix(
        &mut out,
        doc,
        &l,
        &expectation_headers(lang),
        &a.expectations,
    );
    let _ = writeln!(out, "### {}\n", w.causes);
    if a.causes.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_causes);
    } else {
        let _ = writeln!(out, "| {} | {} |\n|---|---:|", w.cause, w.count);
        for (cause, n) in &a.causes {
            let _ = writeln!(out, "| {} | {n} |", cause.name(lang));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", l.missing);
    md_missing(&mut out, &a, &l, lang);

    let _ = writeln!(out, "## {}\n", w.plan);
    let items = plan_items(doc);
    if items.is_empty() {
        let _ = writeln!(out, "{}", w.no_plan);
    } else {
        let _ = writeln!(out, "{}\n", w.plan_order);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---:|---|---|---|---|",
            w.number, l.moment, w.action, w.owner, w.standard
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

fn md_or_dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_owned()
    } else {
        md(s)
    }
}

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

fn md_matrix<T>(out: &mut String, doc: &Document, l: &Labels, headers: &[String], m: &Matrix<T>) {
    if m.rows.is_empty() {
        return;
    }
    let _ = write!(out, "| # | {} |", l.moment);
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
    let _ = write!(out, "| | **{}** |", l.total);
    for t in &m.totals {
        let _ = write!(out, " **{t}** |");
    }
    out.push_str("\n\n");
}

fn md_missing(out: &mut String, a: &Analysis, l: &Labels, lang: Lang) {
    if a.critical == 0 {
        let _ = writeln!(out, "{}\n", l.no_critical);
    } else if a.missing_plans.is_empty() {
        let _ = writeln!(out, "{}\n", l.no_missing);
    } else {
        for m in &a.missing_plans {
            let line = analysis::missing_plan_line(m, lang);
            let _ = writeln!(out, "- {}", md(&capitalise(&line)));
        }
        out.push('\n');
    }
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

/// Text escaped for HTML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
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
const CSS: &str = r#"
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
    let lang = Lang::from_tag(&doc.language);
    let w = Words::new(lang);
    let l = Labels::new(lang);
    let a = analyse(doc);
    let title = w.title(doc);
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

    let props = properties(doc, &w);
    let lists = lists(doc, &w);
    if !props.is_empty() || !lists.is_empty() {
        let _ = writeln!(out, "<section class=\"about\">\n<h2>{}</h2>", w.about);
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
            w.picture,
            esc(&title),
            base64(png)
        );
    }

    let _ = writeln!(out, "<section class=\"moments\">\n<h2>{}</h2>", w.moments);
    for (i, m) in doc.moments.iter().enumerate() {
        let (class, tag) = if m.critical {
            (
                " critical",
                format!(
                    " <span class=\"tag\" title=\"{0}\">! {0}</span>",
                    w.critical_tag
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
        for (label, value) in moment_fields(m, &w) {
            let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", esc(value.trim()));
        }
        out.push_str("</dl>\n</section>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section class=\"analysis\">\n<h2>{}</h2>\n<dl>",
        w.analysis
    );
    let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", l.moments, a.moments);
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>",
        l.critical,
        esc(&analysis::critical_line(&a, lang))
    );
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>\n</dl>",
        l.average,
        esc(&analysis::average_line(&a, lang))
    );
    let _ = writeln!(out, "<h3>{}</h3>", l.principles);
    html_matrix(&mut out, doc, &l, &principle_headers(lang), &a.principles);
    let _ = writeln!(out, "<h3>{}</h3>", l.expectations);
    html_matrix(
        &mut out,
        doc,
        &l,
        &expectation_headers(lang),
        &a.expectations,
    );
    let _ = writeln!(out, "<h3>{}</h3>", w.causes);
    if a.causes.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", l.no_causes);
    } else {
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
            w.cause, w.count
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
    let _ = writeln!(out, "<h3>{}</h3>", l.missing);
    if a.critical == 0 {
        let _ = writeln!(out, "<p>{}</p>", l.no_critical);
    } else if a.missing_plans.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", l.no_missing);
    } else {
        out.push_str("<ul>\n");
        for m in &a.missing_plans {
            let line = capitalise(&analysis::missing_plan_line(m, lang));
            let _ = writeln!(out, "<li>{}</li>", esc(&line));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(out, "<section class=\"plan\">\n<h2>{}</h2>", w.plan);
    let items = plan_items(doc);
    if items.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", w.no_plan);
    } else {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(w.plan_order));
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
            w.number, l.moment, w.action, w.owner, w.standard
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

fn or_dash(s: &str) -> &str {
    if s.trim().is_empty() { "—" } else { s.trim() }
}

fn html_matrix<T>(out: &mut String, doc: &Document, l: &Labels, headers: &[String], m: &Matrix<T>) {
    if m.rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<table class=\"matrix\">\n<thead><tr><th class=\"num\">#</th><th>{}</th>",
        l.moment
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
    let _ = write!(out, "<tr class=\"total\"><td></td><td>{}</td>", l.total);
    for t in &m.totals {
        let _ = write!(out, "<td class=\"mark\">{t}</td>");
    }
    out.push_str("</tr>\n</tbody>\n</table>\n");
}

/// Standard base64 (RFC 4648, with `=` padding).
fn base64(bytes: &[u8]) -> String {
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

#[cfg(test)]
mod tests {
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
