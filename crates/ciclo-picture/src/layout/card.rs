//! The geometry of a moment's card: everything the group said about one moment, set
//! large enough to read from the back of a room. The text shrinks until everything fits;
//! if even small text cannot fit, each section is cut to two lines with an ellipsis, and
//! whatever still overflows is left out and counted.

use super::{Document, LINE_HEIGHT, Lang, Point, Rect, Term, TextLine, text};
use ciclo_doc::lang::Arg;

/// What a line of the card is, for its colour and weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardText {
    /// Small grey text: "Moment 3 of 12 · Phone".
    Kicker,
    /// The moment's name.
    Heading,
    /// The text on the critical tag.
    Tag,
    /// A section's small heading.
    SectionHeading,
    /// A section's text.
    Body,
}

/// One placed line of the card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLine {
    /// What it is.
    pub kind: CardText,
    /// Where it is.
    pub line: TextLine,
}

/// A moment's card, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card's box.
    pub rect: Rect,
    /// Its corner radius.
    pub corner: f32,
    /// The width of its edge (thicker for a critical moment).
    pub edge: f32,
    /// True for a critical moment.
    pub critical: bool,
    /// The red tag of a critical moment.
    pub tag: Option<Rect>,
    /// Every line, top to bottom; each lies wholly inside the card.
    pub lines: Vec<CardLine>,
    /// Lines left out because even the smallest text did not fit.
    pub dropped: usize,
    /// The size unit the card was set with (1.0 for a card 800 pixels wide).
    pub unit: f32,
    /// Where the moment's photos go, beside the text; `None` when it has none.
    pub photos: Option<Rect>,
}

/// A piece of the card, before it is set in type.
enum Block {
    Kicker(String),
    Heading(String),
    CriticalTag(String),
    /// A small heading and its text.
    Section(String, String),
}

/// The card of moment `index` inside `rect`, in the document's language; `None` when
/// there is no such moment.
pub fn card_layout(doc: &Document, index: usize, rect: Rect) -> Option<CardLayout> {
    let moment = doc.moments.get(index)?;
    let lang = Lang::from_tag(&doc.language);
    let unit = rect.width().min(rect.height() * 1.2) / 800.0;
    let blocks = blocks(doc, index, lang);
    let (full, (rect, photos)) = (rect, photo_split(rect, unit, !moment.photos.is_empty()));
    let mut scale = 1.0;
    let mut laid = set(&blocks, rect, unit * scale, usize::MAX);
    while laid.height > rect.height() && scale > 0.55 {
        scale *= 0.92;
        laid = set(&blocks, rect, unit * scale, usize::MAX);
    }
    if laid.height > rect.height() {
        laid = set(&blocks, rect, unit * scale, 2);
    }
    let total = laid.lines.len();
    let lines: Vec<CardLine> = laid
        .lines
        .into_iter()
        .filter(|l| rect.contains_rect(&l.line.rect()))
        .collect();
    Some(CardLayout {
        rect: full,
        unit,
        photos,
        corner: 18.0 * unit,
        edge: (if moment.critical { 4.0 } else { 1.5 } * unit).max(1.0),
        critical: moment.critical,
        tag: laid.tag.filter(|t| rect.contains_rect(t)),
        dropped: total - lines.len(),
        lines,
    })
}

/// The share of a card's width the photo column takes when the moment has photos.
pub const PHOTO_COLUMN_SHARE: f32 = 0.42;

/// With photos, the text takes the left of the card and the photos a column on the
/// right: the rectangle for the text, and the photos' column.
fn photo_split(rect: Rect, unit: f32, has_photos: bool) -> (Rect, Option<Rect>) {
    if !has_photos {
        return (rect, None);
    }
    let pad = 36.0 * unit;
    let split = rect.min.x + rect.width() * (1.0 - PHOTO_COLUMN_SHARE);
    let column = Rect {
        min: Point::new(split, rect.min.y + pad),
        max: Point::new(rect.max.x - pad, rect.max.y - pad),
    };
    let text = Rect {
        max: Point::new(split, rect.max.y),
        ..rect
    };
    (text, Some(column))
}

/// Everything the card of moment `index` says, one line per piece ("Standard: …"), with
/// the moment's description, notes and photo captions, which the card has no room for:
/// what a deck's speaker notes hold.
pub fn card_lines(doc: &Document, index: usize) -> Vec<String> {
    let Some(m) = doc.moments.get(index) else {
        return Vec::new();
    };
    let lang = Lang::from_tag(&doc.language);
    let mut lines: Vec<String> = blocks(doc, index, lang)
        .into_iter()
        .map(|b| match b {
            Block::Kicker(s) | Block::Heading(s) | Block::CriticalTag(s) => s,
            Block::Section(heading, body) => format!("{heading}: {body}"),
        })
        .collect();
    let extra = [
        (lang.msg("description"), &m.description),
        (lang.msg("notes"), &m.notes),
    ];
    for (heading, body) in extra {
        if !body.trim().is_empty() {
            lines.push(format!("{heading}: {body}"));
        }
    }
    for photo in &m.photos {
        let caption = if photo.caption.trim().is_empty() {
            photo.path.clone()
        } else {
            format!("{} ({})", photo.caption, photo.path)
        };
        lines.push(format!("{}: {caption}", lang.msg("photo-word")));
    }
    lines
}

fn blocks(doc: &Document, index: usize, lang: Lang) -> Vec<Block> {
    let m = &doc.moments[index];
    let mut out = vec![
        Block::Kicker(lang.fmt(
            "card-kicker",
            &[
                ("number", Arg::from(index + 1)),
                ("count", Arg::from(doc.moments.len())),
                ("channel", Arg::from(m.channel.name(lang))),
            ],
        )),
        Block::Heading(m.name.clone()),
    ];
    if m.critical {
        out.push(Block::CriticalTag(format!(
            "! {}",
            lang.msg("critical-moment")
        )));
        if !m.causes.is_empty() {
            out.push(Block::Section(
                lang.msg("why").to_owned(),
                join(m.causes.iter().map(|c| c.name(lang).to_owned())),
            ));
        }
    }
    let expectations = join(
        m.expectations
            .iter()
            .map(|e| e.name(lang).to_owned())
            .chain(m.other_expectations.iter().cloned()),
    );
    let sections = [
        (lang.msg("expectations"), expectations),
        (
            lang.msg("principles"),
            join(m.principles.iter().map(|p| p.name(lang).to_owned())),
        ),
        (
            lang.msg("satisfaction"),
            m.satisfaction
                .map_or_else(|| lang.msg("not-scored").to_owned(), |s| format!("{s} / 5")),
        ),
        (lang.msg("standard"), m.standard.clone()),
        (lang.msg("improvement"), m.improvement.clone()),
        (lang.msg("owner"), m.owner.clone()),
    ];
    for (heading, body) in sections {
        if !body.trim().is_empty() {
            out.push(Block::Section(heading.to_owned(), body));
        }
    }
    out
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(" · ")
}

/// The blocks set in type at one size.
struct Set {
    lines: Vec<CardLine>,
    tag: Option<Rect>,
    /// The height the card needs for them.
    height: f32,
}

/// Sets the blocks in type at `unit`, each section's text in at most `max_body_lines`.
fn set(blocks: &[Block], rect: Rect, unit: f32, max_body_lines: usize) -> Set {
    let pad = 36.0 * unit;
    let width = (rect.width() - 2.0 * pad).max(10.0);
    let x = rect.min.x + pad;
    let mut y = rect.min.y + pad;
    let mut lines = Vec::new();
    let mut tag = None;
    let text = |lines: &mut Vec<CardLine>, y: &mut f32, s: &str, size, kind, max| {
        for t in text::wrap(s, size, width, max) {
            let mut line = TextLine::new(t, size);
            line.pos = Point::new(x, *y);
            lines.push(CardLine { kind, line });
            *y += size * LINE_HEIGHT;
        }
    };
    for block in blocks {
        match block {
            Block::Kicker(s) => {
                text(&mut lines, &mut y, s, 24.0 * unit, CardText::Kicker, 2);
                y += 4.0 * unit;
            }
            Block::Heading(s) => {
                text(&mut lines, &mut y, s, 50.0 * unit, CardText::Heading, 3);
                y += 14.0 * unit;
            }
            Block::CriticalTag(s) => {
                let size = 26.0 * unit;
                let mut line = TextLine::new(s.clone(), size);
                line.pos = Point::new(x + size * 0.6, y + size * 0.25);
                let r = Rect::from_min_size(
                    Point::new(x, y),
                    line.width + size * 1.2,
                    size * (LINE_HEIGHT + 0.5),
                );
                lines.push(CardLine {
                    kind: CardText::Tag,
                    line,
                });
                tag = Some(r);
                y += r.height() + 18.0 * unit;
            }
            Block::Section(heading, body) => {
                let upper = heading.to_uppercase();
                text(
                    &mut lines,
                    &mut y,
                    &upper,
                    20.0 * unit,
                    CardText::SectionHeading,
                    1,
                );
                y += 2.0 * unit;
                text(
                    &mut lines,
                    &mut y,
                    body,
                    30.0 * unit,
                    CardText::Body,
                    max_body_lines,
                );
                y += 16.0 * unit;
            }
        }
    }
    Set {
        lines,
        tag,
        height: y - rect.min.y + pad - 16.0 * unit,
    }
}
