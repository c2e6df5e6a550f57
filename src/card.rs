//! A moment's card: everything the group said about one moment, set large enough to read
//! from the back of a room. Presentation slides put it beside the ring.

use crate::lang::{Arg, Lang, Term};
use crate::layout::{Point, Rect, TextLine};
use crate::model::Document;
use crate::scene::{Anchor, Rgba, Role, Shape, Stroke, palette};
use crate::text::{self, LINE_HEIGHT};

/// The card of moment `index`, drawn inside `rect`, in the document's language. The text
/// shrinks until everything fits; if even small text cannot fit, the longest sections are
/// cut with an ellipsis.
pub fn card(doc: &Document, index: usize, rect: Rect) -> Vec<Shape> {
    let Some(moment) = doc.moments.get(index) else {
        return Vec::new();
    };
    let lang = Lang::from_tag(&doc.language);
    let unit = rect.width().min(rect.height() * 1.2) / 800.0;
    let blocks = blocks(doc, index, lang);
    let full = rect;
    // With photos, the text takes the left of the card and the photos the right.
    let (rect, photos) = if moment.photos.is_empty() {
        (rect, Vec::new())
    } else {
        let pad = 36.0 * unit;
        let split = rect.min.x + rect.width() * (1.0 - crate::card_photos::COLUMN_SHARE);
        let column = Rect {
            min: Point::new(split, rect.min.y + pad),
            max: Point::new(rect.max.x - pad, rect.max.y - pad),
        };
        let text = Rect {
            max: Point::new(split, rect.max.y),
            ..rect
        };
        (
            text,
            crate::card_photos::photo_column(&moment.photos, column, unit),
        )
    };
    let mut scale = 1.0;
    let mut laid = lay_out(&blocks, rect, unit * scale, usize::MAX);
    while laid.1 > rect.height() && scale > 0.55 {
        scale *= 0.92;
        laid = lay_out(&blocks, rect, unit * scale, usize::MAX);
    }
    if laid.1 > rect.height() {
        laid = lay_out(&blocks, rect, unit * scale, 2);
    }
    let mut out = vec![Shape::Rect {
        rect: full,
        corner: 18.0 * unit,
        fill: Some(CARD),
        stroke: Some(Stroke {
            width: (if moment.critical { 4.0 } else { 1.5 } * unit).max(1.0),
            color: if moment.critical {
                palette::CRITICAL
            } else {
                EDGE
            },
            dash: None,
        }),
        role: Role::Decoration,
    }];
    out.extend(laid.0.into_iter().filter(|s| match s {
        Shape::Text { pos, .. } | Shape::Circle { center: pos, .. } => rect.contains(*pos),
        Shape::Rect { rect: r, .. } => rect.contains_rect(r),
        Shape::Path { .. } | Shape::Photo { .. } => true,
    }));
    out.extend(photos);
    out
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

const CARD: Rgba = Rgba::rgb(0xf6, 0xf8, 0xfb);
const EDGE: Rgba = Rgba::rgb(0xc9, 0xd3, 0xdd);

/// A piece of the card, before it is set in type.
enum Block {
    /// Small grey text: "Moment 3 of 12 · Phone".
    Kicker(String),
    /// The moment's name.
    Heading(String),
    /// A red tag with white text.
    CriticalTag(String),
    /// A section: a small heading and its text.
    Section(String, String),
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

/// Sets the blocks in type at `unit`; returns the shapes and the height they need.
fn lay_out(blocks: &[Block], rect: Rect, unit: f32, max_body_lines: usize) -> (Vec<Shape>, f32) {
    let pad = 36.0 * unit;
    let width = (rect.width() - 2.0 * pad).max(10.0);
    let mut y = rect.min.y + pad;
    let x = rect.min.x + pad;
    let mut out = Vec::new();
    let text =
        |out: &mut Vec<Shape>, y: &mut f32, s: &str, size: f32, color: Rgba, lines: usize| {
            for line in text::wrap(s, size, width, lines) {
                out.push(Shape::Text {
                    pos: Point::new(x, *y),
                    anchor: Anchor::Start,
                    text: line,
                    size,
                    color,
                    role: Role::Decoration,
                });
                *y += size * LINE_HEIGHT;
            }
        };
    for block in blocks {
        match block {
            Block::Kicker(s) => {
                text(&mut out, &mut y, s, 24.0 * unit, palette::MUTED, 2);
                y += 4.0 * unit;
            }
            Block::Heading(s) => {
                text(&mut out, &mut y, s, 50.0 * unit, palette::INK, 3);
                y += 14.0 * unit;
            }
            Block::CriticalTag(s) => {
                let size = 26.0 * unit;
                let line = TextLine {
                    pos: Point::new(x + size * 0.6, y + size * 0.25),
                    width: text::width(s, size),
                    text: s.clone(),
                    size,
                };
                let tag = Rect::from_min_size(
                    Point::new(x, y),
                    line.width + size * 1.2,
                    size * (LINE_HEIGHT + 0.5),
                );
                out.push(Shape::Rect {
                    rect: tag,
                    corner: tag.height() / 2.0,
                    fill: Some(palette::CRITICAL),
                    stroke: None,
                    role: Role::Decoration,
                });
                out.push(Shape::Text {
                    pos: line.pos,
                    anchor: Anchor::Start,
                    text: line.text,
                    size,
                    color: palette::WHITE,
                    role: Role::Decoration,
                });
                y += tag.height() + 18.0 * unit;
            }
            Block::Section(heading, body) => {
                text(
                    &mut out,
                    &mut y,
                    &heading.to_uppercase(),
                    20.0 * unit,
                    palette::NODE,
                    1,
                );
                y += 2.0 * unit;
                text(
                    &mut out,
                    &mut y,
                    body,
                    30.0 * unit,
                    palette::INK,
                    max_body_lines,
                );
                y += 16.0 * unit;
            }
        }
    }
    (out, y - rect.min.y + pad - 16.0 * unit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cause, Moment, MomentId};

    fn texts(shapes: &[Shape]) -> String {
        shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_critical_card_says_why_and_who_acts() {
        let mut doc = Document::default();
        let mut m = Moment::named(MomentId(1), "Asks for the bill");
        m.critical = true;
        m.causes = vec![Cause::LongWait];
        m.improvement = "Card readers at every table".into();
        m.owner = "Floor manager".into();
        doc.moments.push(m);
        let rect = Rect::from_min_size(Point::new(0.0, 0.0), 800.0, 900.0);
        let shapes = card(&doc, 0, rect);
        let all = texts(&shapes);
        for expected in [
            "Asks for the bill",
            "Critical moment",
            "Long wait",
            "Card readers",
            "Floor manager",
            "Not scored",
        ] {
            assert!(all.contains(expected), "{expected} missing from:\n{all}");
        }
        assert!(shapes.iter().all(|s| match s {
            Shape::Text { pos, .. } => rect.contains(*pos),
            _ => true,
        }));
    }

    #[test]
    fn a_spanish_card_uses_spanish_headings() {
        let mut doc = Document {
            language: "es".into(),
            ..Document::default()
        };
        let mut m = Moment::named(MomentId(1), "Pide la cuenta");
        m.standard = "Menos de 3 minutos".into();
        doc.moments.push(m);
        let all = texts(&card(
            &doc,
            0,
            Rect::from_min_size(Point::default(), 600.0, 700.0),
        ));
        assert!(
            all.contains("ESTÁNDAR") && all.contains("Momento 1 de 1"),
            "{all}"
        );
    }
}
