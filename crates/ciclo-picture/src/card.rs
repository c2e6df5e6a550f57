//! A moment's card as shapes, from its [layout](crate::layout::CardLayout). Presentation
//! slides put it beside the ring.

pub use crate::layout::card_lines;
use crate::layout::{CardLayout, CardText, Rect, card_layout};
use crate::scene::{Anchor, Rgba, Role, Shape, Stroke, palette, text_at};
use ciclo_doc::model::Document;

/// The card of moment `index`, drawn inside `rect`, in the document's language (nothing
/// when there is no such moment).
pub fn card(doc: &Document, index: usize, rect: Rect) -> Vec<Shape> {
    let Some(c) = card_layout(doc, index, rect) else {
        return Vec::new();
    };
    let mut out = card_shapes(&c);
    if let (Some(column), Some(moment)) = (c.photos, doc.moments.get(index)) {
        out.extend(crate::card_photos::photo_column(
            &moment.photos,
            column,
            c.unit,
        ));
    }
    out
}

const CARD: Rgba = Rgba::rgb(0xf6, 0xf8, 0xfb);
const EDGE: Rgba = Rgba::rgb(0xc9, 0xd3, 0xdd);

/// The shapes of a placed card: its box, the critical tag, every line.
pub fn card_shapes(c: &CardLayout) -> Vec<Shape> {
    let mut out = vec![Shape::Rect {
        rect: c.rect,
        corner: c.corner,
        fill: Some(CARD),
        stroke: Some(Stroke {
            width: c.edge,
            color: if c.critical { palette::CRITICAL } else { EDGE },
            dash: None,
        }),
        role: Role::Decoration,
    }];
    if let Some(tag) = c.tag {
        out.push(Shape::Rect {
            rect: tag,
            corner: tag.height() / 2.0,
            fill: Some(palette::CRITICAL),
            stroke: None,
            role: Role::Decoration,
        });
    }
    for l in &c.lines {
        let color = match l.kind {
            CardText::Kicker => palette::MUTED,
            CardText::Heading | CardText::Body => palette::INK,
            CardText::Tag => palette::WHITE,
            CardText::SectionHeading => palette::NODE,
        };
        out.push(text_at(&l.line, Anchor::Start, color, Role::Decoration));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Point;
    use ciclo_doc::model::{Cause, Moment, MomentId};

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
    }

    /// A moment with every field filled in at length.
    fn wordy() -> Document {
        let mut m = Moment::named(
            MomentId(1),
            "Calls the restaurant to book a table for a family dinner",
        );
        m.critical = true;
        m.causes = vec![Cause::LongWait, Cause::Apathy, Cause::Coldness];
        m.other_expectations = vec!["Someone who remembers their name and usual table".into()];
        m.standard = "Answer within three rings, greet by name, confirm by text message".repeat(2);
        m.improvement = "A booking line staffed at peak hours, with a callback offer".repeat(2);
        m.owner = "Floor manager and the host on duty".into();
        Document {
            moments: vec![m],
            ..Document::default()
        }
    }

    #[test]
    fn a_small_card_shrinks_its_text_until_all_of_it_fits() {
        let doc = wordy();
        let rect = Rect::from_min_size(Point::new(700.0, 20.0), 500.0, 680.0);
        let Some(c) = card_layout(&doc, 0, rect) else {
            panic!("no card")
        };
        assert_eq!(c.dropped, 0, "every line fits once the text is smaller");
        let body = c.lines.iter().filter(|l| l.kind == CardText::Body);
        let smallest = body.map(|l| l.line.size).fold(f32::MAX, f32::min);
        let roomy = card_layout(
            &doc,
            0,
            Rect::from_min_size(Point::default(), 1000.0, 2000.0),
        );
        let roomy_size = roomy.and_then(|c| c.lines.last().map(|l| l.line.size));
        assert!(Some(smallest) < roomy_size, "{smallest} vs {roomy_size:?}");
        // Nothing overlaps, nothing leaves the card, and the tag holds its words.
        for (i, a) in c.lines.iter().enumerate() {
            assert!(rect.contains_rect(&a.line.rect()), "{:?}", a.line.text);
            for b in &c.lines[i + 1..] {
                assert!(!a.line.rect().intersects(&b.line.rect()), "{a:?} {b:?}");
            }
        }
        let tag = c.tag.unwrap_or_else(|| panic!("no tag"));
        let words = c.lines.iter().find(|l| l.kind == CardText::Tag);
        assert!(words.is_some_and(|l| tag.contains_rect(&l.line.rect())));
    }

    #[test]
    fn a_card_too_small_for_its_words_cuts_long_sections_but_keeps_every_one() {
        let mut doc = wordy();
        doc.moments[0].improvement = "word ".repeat(400);
        let rect = Rect::from_min_size(Point::default(), 300.0, 260.0);
        let Some(c) = card_layout(&doc, 0, rect) else {
            panic!("no card")
        };
        let shown: Vec<&str> = c.lines.iter().map(|l| l.line.text.as_str()).collect();
        assert!(shown.iter().any(|t| t.ends_with('…')), "{shown:?}");
        for heading in [
            "WHY",
            "EXPECTATIONS",
            "SATISFACTION",
            "STANDARD",
            "IMPROVEMENT",
            "OWNER",
        ] {
            assert!(shown.contains(&heading), "{heading} missing: {shown:?}");
        }
        assert_eq!(c.dropped, 0, "{shown:?}");
        assert!(c.lines.iter().all(|l| rect.contains_rect(&l.line.rect())));
        assert!(card_layout(&doc, 1, rect).is_none());
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
