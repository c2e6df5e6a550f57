//! The report as plain data: built once from the document and its analysis, in the
//! document's language, then written out by the HTML and Markdown renderers. Everything a
//! reader sees (every heading, label, cell and sentence) is decided here; a renderer only
//! chooses the markup and escapes the text for it.

use ciclo_doc::analysis::{self, Analysis, Matrix, analyse, one_line};
use ciclo_doc::lang::{Lang, Term};
use ciclo_doc::model::{Document, Expectation, Moment, MomentId, Principle};

/// A whole report: a title and its sections, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The language every fixed text is in.
    pub lang: Lang,
    /// The cycle's title, or "Service cycle" when it has none; also the picture's
    /// alternative text.
    pub title: String,
    /// The sections, in reading order.
    pub sections: Vec<Section>,
}

/// What a section holds; HTML uses it as the section's class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    /// The cycle's properties, services and evaluation mechanisms.
    About,
    /// The picture of the cycle.
    Picture,
    /// Every moment of truth with all its fields.
    Moments,
    /// The analysis: counts, matrices, causes, incomplete plans.
    Analysis,
    /// The improvement plan.
    Plan,
}

impl SectionKind {
    /// The HTML class of the section.
    pub fn class(self) -> &'static str {
        match self {
            SectionKind::About => "about",
            SectionKind::Picture => "picture",
            SectionKind::Moments => "moments",
            SectionKind::Analysis => "analysis",
            SectionKind::Plan => "plan",
        }
    }
}

/// One section: a heading (level 2) and its blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// What the section holds.
    pub kind: SectionKind,
    /// Its heading.
    pub heading: String,
    /// Its content, in order.
    pub blocks: Vec<Block>,
}

/// One piece of a section's content.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Labelled values (a definition list).
    Fields(Vec<Field>),
    /// A headed list of items (services, evaluation mechanisms).
    List {
        /// The list's heading (level 3).
        heading: String,
        /// The items.
        items: Vec<String>,
    },
    /// The picture of the cycle (its file or data is the renderer's).
    Picture,
    /// One moment of truth.
    Moment(MomentEntry),
    /// A heading of level 3.
    Subheading(String),
    /// A sentence or a paragraph.
    Paragraph(String),
    /// A remark on what follows, set smaller.
    Note(String),
    /// A list of items without a heading.
    Items(Vec<String>),
    /// A table.
    Table(Table),
}

/// A label and its value. The value may hold several lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// The label.
    pub label: String,
    /// The value, as the user wrote it (or as the analysis worded it).
    pub value: String,
}

/// A moment of truth in the report.
#[derive(Clone, Debug, PartialEq)]
pub struct MomentEntry {
    /// Its number in the cycle, from 1.
    pub number: usize,
    /// Its name.
    pub name: String,
    /// The "Critical" tag, for a critical moment.
    pub critical: Option<String>,
    /// Its filled-in fields, in order.
    pub fields: Vec<Field>,
    /// Its photos, in order.
    pub photos: Vec<ciclo_doc::model::Photo>,
}

/// How a column's cells read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnKind {
    /// Numbers, right-aligned.
    Number,
    /// Text, left-aligned.
    Text,
    /// A mark (✓) or nothing, centred.
    Mark,
}

/// A table column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Its header.
    pub title: String,
    /// How its cells read.
    pub kind: ColumnKind,
}

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Text (a number is text too).
    Text(String),
    /// A mark (true) or an empty mark cell (false).
    Mark(bool),
}

/// A table: columns, rows of cells, and an optional row of totals.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// A moments-by-columns matrix (HTML gives it its own class).
    pub matrix: bool,
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
    /// The totals, one per column (empty texts where there is no total).
    pub totals: Option<Vec<String>>,
}

impl Report {
    /// The report of `doc`, in the document's language.
    pub fn new(doc: &Document) -> Report {
        let lang = Lang::from_tag(&doc.language);
        let a = analyse(doc);
        let mut sections = Vec::new();
        sections.extend(about(doc, lang));
        sections.push(Section {
            kind: SectionKind::Picture,
            heading: lang.msg("report-picture").to_owned(),
            blocks: vec![Block::Picture],
        });
        sections.push(Section {
            kind: SectionKind::Moments,
            heading: lang.msg("moments-of-truth").to_owned(),
            blocks: doc
                .moments
                .iter()
                .enumerate()
                .map(|(i, m)| Block::Moment(moment_entry(i, m, lang)))
                .collect(),
        });
        sections.push(analysis_section(doc, &a, lang));
        sections.push(plan_section(doc, lang));
        Report {
            lang,
            title: title(doc, lang),
            sections,
        }
    }
}

/// The cycle's title on one line, or "Service cycle" when it has none.
fn title(doc: &Document, lang: Lang) -> String {
    let title = one_line(&doc.title);
    if title.is_empty() {
        lang.msg("service-cycle").to_owned()
    } else {
        title
    }
}

/// The cycle's properties and lists, or nothing when all of them are empty.
fn about(doc: &Document, lang: Lang) -> Option<Section> {
    let props = properties(doc, lang);
    let lists = lists(doc, lang);
    if props.is_empty() && lists.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    if !props.is_empty() {
        blocks.push(Block::Fields(props));
    }
    blocks.extend(
        lists
            .into_iter()
            .map(|(heading, items)| Block::List { heading, items }),
    );
    Some(Section {
        kind: SectionKind::About,
        heading: lang.msg("report-about").to_owned(),
        blocks,
    })
}

fn field(label: &str, value: impl Into<String>) -> Field {
    Field {
        label: label.to_owned(),
        value: value.into(),
    }
}

/// The cycle's properties, leaving out the empty ones.
fn properties(doc: &Document, lang: Lang) -> Vec<Field> {
    [
        (lang.msg("organization"), &doc.organization),
        (lang.msg("description"), &doc.description),
        (lang.msg("customer"), &doc.customer),
        (lang.msg("promise"), &doc.promise),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .map(|(k, v)| field(k, v.trim()))
    .collect()
}

/// The service and evaluation lists as (heading, items), leaving out the empty ones.
fn lists(doc: &Document, lang: Lang) -> Vec<(String, Vec<String>)> {
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
    .map(|(heading, items)| (heading.to_owned(), items))
    .collect()
}

/// Moment `i` with its filled-in fields.
fn moment_entry(i: usize, m: &Moment, lang: Lang) -> MomentEntry {
    MomentEntry {
        number: i + 1,
        name: m.name.clone(),
        critical: m.critical.then(|| lang.msg("report-critical").to_owned()),
        fields: moment_fields(m, lang),
        photos: m.photos.clone(),
    }
}

/// A moment's fields, leaving out the empty ones. The number, name and critical tag are
/// the entry's own.
fn moment_fields(m: &Moment, lang: Lang) -> Vec<Field> {
    let joined = |names: Vec<&str>| names.join("; ");
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
    let satisfaction = match m.satisfaction {
        Some(s) => format!("{s} / 5"),
        None => lang.msg("report-not-scored").to_owned(),
    };
    [
        (lang.msg("description"), m.description.clone()),
        (lang.msg("channel"), m.channel.name(lang).to_owned()),
        (lang.msg("expectations"), expectations.join("; ")),
        (
            lang.msg("principles"),
            joined(m.principles.iter().map(|p| p.name(lang)).collect()),
        ),
        (
            lang.msg("report-critical"),
            if m.critical {
                lang.msg("report-yes")
            } else {
                lang.msg("report-no")
            }
            .to_owned(),
        ),
        (
            lang.msg("report-causes"),
            joined(m.causes.iter().map(|c| c.name(lang)).collect()),
        ),
        (lang.msg("satisfaction"), satisfaction),
        (lang.msg("standard-2"), m.standard.clone()),
        (lang.msg("improvement-action"), m.improvement.clone()),
        (lang.msg("owner"), m.owner.clone()),
        (lang.msg("notes"), m.notes.clone()),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| field(label, text.trim()))
    .collect()
}

/// The analysis: counts, both matrices, the causes and the incomplete plans.
fn analysis_section(doc: &Document, a: &Analysis, lang: Lang) -> Section {
    let mut blocks = vec![
        Block::Fields(vec![
            field(lang.msg("moments-of-truth"), a.moments.to_string()),
            field(
                lang.msg("critical-moments"),
                analysis::critical_line(a, lang),
            ),
            field(
                lang.msg("average-satisfaction"),
                analysis::average_line(a, lang),
            ),
        ]),
        Block::Subheading(lang.msg("analysis-principles").to_owned()),
    ];
    let principles: Vec<&str> = Principle::ALL.iter().map(|p| p.name(lang)).collect();
    blocks.extend(matrix(doc, lang, &principles, &a.principles));
    blocks.push(Block::Subheading(
        lang.msg("analysis-expectations").to_owned(),
    ));
    let expectations: Vec<&str> = Expectation::ALL.iter().map(|e| e.name(lang)).collect();
    blocks.extend(matrix(doc, lang, &expectations, &a.expectations));
    blocks.push(Block::Subheading(lang.msg("report-causes").to_owned()));
    blocks.push(if a.causes.is_empty() {
        Block::Paragraph(lang.msg("analysis-no-causes").to_owned())
    } else {
        Block::Table(Table {
            matrix: false,
            columns: vec![
                column(lang.msg("report-cause"), ColumnKind::Text),
                column(lang.msg("report-count"), ColumnKind::Number),
            ],
            rows: a
                .causes
                .iter()
                .map(|(cause, n)| vec![text(cause.name(lang)), text(n.to_string())])
                .collect(),
            totals: None,
        })
    });
    blocks.push(Block::Subheading(
        lang.msg("analysis-missing-plans").to_owned(),
    ));
    blocks.push(if a.critical == 0 {
        Block::Paragraph(lang.msg("analysis-no-critical").to_owned())
    } else if a.missing_plans.is_empty() {
        Block::Paragraph(lang.msg("analysis-all-planned").to_owned())
    } else {
        Block::Items(
            a.missing_plans
                .iter()
                .map(|m| capitalise(&analysis::missing_plan_line(m, lang)))
                .collect(),
        )
    });
    Section {
        kind: SectionKind::Analysis,
        heading: lang.msg("cmd-analysis").to_owned(),
        blocks,
    }
}

fn column(title: &str, kind: ColumnKind) -> Column {
    Column {
        title: title.to_owned(),
        kind,
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// A moment's number as the tables show it: "3", or "3 !" when it is critical.
fn number(i: usize, m: &Moment) -> Cell {
    text(format!("{}{}", i + 1, if m.critical { " !" } else { "" }))
}

/// A moments-by-`headers` matrix with its totals; nothing when it has no rows.
fn matrix<T>(doc: &Document, lang: Lang, headers: &[&str], m: &Matrix<T>) -> Option<Block> {
    if m.rows.is_empty() {
        return None;
    }
    let mut columns = vec![
        column("#", ColumnKind::Number),
        column(lang.msg("moment"), ColumnKind::Text),
    ];
    columns.extend(headers.iter().map(|h| column(h, ColumnKind::Mark)));
    let rows = m
        .rows
        .iter()
        .filter_map(|(id, cells)| {
            let (i, moment) = row_moment(doc, *id)?;
            let mut row = vec![number(i, moment), text(moment.name.clone())];
            row.extend(cells.iter().map(|&c| Cell::Mark(c)));
            Some(row)
        })
        .collect();
    let mut totals = vec![String::new(), lang.msg("total").to_owned()];
    totals.extend(m.totals.iter().map(|t| t.to_string()));
    Some(Block::Table(Table {
        matrix: true,
        columns,
        rows,
        totals: Some(totals),
    }))
}

/// The improvement plan: critical moments first, then the others, each in sequence.
fn plan_section(doc: &Document, lang: Lang) -> Section {
    let items = plan_items(doc);
    let blocks = if items.is_empty() {
        vec![Block::Paragraph(lang.msg("report-no-plan").to_owned())]
    } else {
        let or_dash = |s: &str| text(if s.trim().is_empty() { "—" } else { s.trim() });
        vec![
            Block::Note(lang.msg("report-plan-order").to_owned()),
            Block::Table(Table {
                matrix: false,
                columns: vec![
                    column("#", ColumnKind::Number),
                    column(lang.msg("moment"), ColumnKind::Text),
                    column(lang.msg("report-action"), ColumnKind::Text),
                    column(lang.msg("owner"), ColumnKind::Text),
                    column(lang.msg("standard-2"), ColumnKind::Text),
                ],
                rows: items
                    .into_iter()
                    .map(|(i, m)| {
                        vec![
                            number(i, m),
                            text(m.name.clone()),
                            text(m.improvement.trim()),
                            or_dash(&m.owner),
                            or_dash(&m.standard),
                        ]
                    })
                    .collect(),
                totals: None,
            }),
        ]
    };
    Section {
        kind: SectionKind::Plan,
        heading: lang.msg("report-plan").to_owned(),
        blocks,
    }
}

/// The moments with an improvement action, in the order the plan lists them: critical
/// moments first, then the others, each group in sequence. Items are (index, moment).
pub(super) fn plan_items(doc: &Document) -> Vec<(usize, &Moment)> {
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

/// The moment a matrix row belongs to, with its index.
fn row_moment(doc: &Document, id: MomentId) -> Option<(usize, &Moment)> {
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
