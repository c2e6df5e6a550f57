//! Text measurement with the one font every Ciclo picture uses: egui's Ubuntu-Light,
//! bundled in the binary. Measuring here, from the font file itself, is what lets the
//! layout promise that labels fit, on every machine and in every renderer.

use std::sync::OnceLock;

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// The bundled font's bytes (Ubuntu-Light, as shipped with egui).
pub const FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The font's family name, as written in SVG `font-family`.
pub const FONT_FAMILY: &str = "Ubuntu";

/// Line height, as a multiple of the font size.
pub const LINE_HEIGHT: f32 = 1.25;

/// Advances (in em) of the characters below this code point are kept in a table.
const TABLE_SIZE: usize = 0x530;

struct Metrics {
    table: Vec<f32>,
    font: Option<FontRef<'static>>,
    fallback: f32,
    ascent: f32,
}

fn metrics() -> &'static Metrics {
    static METRICS: OnceLock<Metrics> = OnceLock::new();
    METRICS.get_or_init(|| {
        let Ok(font) = FontRef::new(FONT) else {
            // The font is compiled in; this is unreachable in practice, but a rough
            // estimate beats a panic.
            return Metrics {
                table: vec![0.55; TABLE_SIZE],
                font: None,
                fallback: 0.55,
                ascent: 0.93,
            };
        };
        let m = font.metrics(Size::unscaled(), LocationRef::default());
        let upem = f32::from(m.units_per_em.max(1));
        let glyphs = font.glyph_metrics(Size::unscaled(), LocationRef::default());
        let charmap = font.charmap();
        let advance = |c: char| {
            charmap
                .map(c)
                .and_then(|g| glyphs.advance_width(g))
                .map(|a| a / upem)
        };
        let fallback = advance('n').unwrap_or(0.55);
        let table = (0..TABLE_SIZE as u32)
            .map(|cp| char::from_u32(cp).and_then(advance).unwrap_or(fallback))
            .collect();
        Metrics {
            table,
            font: Some(font),
            fallback,
            ascent: m.ascent / upem,
        }
    })
}

/// The width in pixels of `text` at font size `size` (pixels per em).
pub fn width(text: &str, size: f32) -> f32 {
    let m = metrics();
    let mut em = 0.0;
    for c in text.chars() {
        em += match m.table.get(c as usize) {
            Some(&a) => a,
            None => wide_advance(m, c),
        };
    }
    em * size
}

fn wide_advance(m: &Metrics, c: char) -> f32 {
    let Some(font) = &m.font else {
        return m.fallback;
    };
    let upem = f32::from(
        font.metrics(Size::unscaled(), LocationRef::default())
            .units_per_em
            .max(1),
    );
    font.charmap()
        .map(c)
        .and_then(|g| {
            font.glyph_metrics(Size::unscaled(), LocationRef::default())
                .advance_width(g)
        })
        .map_or(m.fallback, |a| a / upem)
}

/// The width in pixels of `text` at `size` as a renderer draws it: shaped, with the
/// font's kerning, as resvg and egui do. It differs from [`width`] (which the layout uses)
/// by the kerning, usually a little narrower. Given the left edge the layout chose, this is
/// what puts a line's right edge or centre (SVG `text-anchor`) where resvg draws it.
pub fn shaped_width(text: &str, size: f32) -> f32 {
    match shape(text) {
        Some(glyphs) => glyphs.iter().map(|g| g.x_advance).sum::<f32>() * size,
        None => width(text, size),
    }
}

/// One glyph of a shaped line of the bundled font, its distances in em (multiply by the
/// font size for pixels).
#[derive(Clone, Debug, PartialEq)]
pub struct ShapedGlyph {
    /// The glyph's id in [`FONT`].
    pub id: u32,
    /// The bytes of the text this glyph draws.
    pub text: std::ops::Range<usize>,
    /// How far the pen moves after it.
    pub x_advance: f32,
    /// Horizontal shift of the glyph from the pen.
    pub x_offset: f32,
    /// Vertical shift of the glyph from the pen (up is positive).
    pub y_offset: f32,
}

/// `text` shaped with the bundled font as resvg and egui shape it (kerning, ligatures),
/// in logical order: what the PDF deck writes as real text. `None` only if the compiled-in
/// font could not be read.
pub fn shape(text: &str) -> Option<Vec<ShapedGlyph>> {
    struct Shaping {
        font: harfrust::FontRef<'static>,
        data: harfrust::ShaperData,
        upem: f32,
    }
    static SHAPING: OnceLock<Option<Shaping>> = OnceLock::new();
    let shaping = SHAPING.get_or_init(|| {
        let font = harfrust::FontRef::new(FONT).ok()?;
        let upem = FontRef::new(FONT)
            .ok()?
            .metrics(Size::unscaled(), LocationRef::default())
            .units_per_em;
        Some(Shaping {
            data: harfrust::ShaperData::new(&font),
            font,
            upem: f32::from(upem.max(1)),
        })
    });
    let s = shaping.as_ref()?;
    let shaper = s.data.shaper(&s.font).build();
    let mut buffer = harfrust::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    // Building a shape plan costs more than shaping a label; keep one per script.
    type Key = (
        harfrust::Script,
        harfrust::Direction,
        Option<harfrust::Language>,
    );
    thread_local! {
        static PLANS: std::cell::RefCell<Vec<(Key, harfrust::ShapePlan)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let key: Key = (buffer.script(), buffer.direction(), buffer.language());
    let glyphs = PLANS.with_borrow_mut(|plans| {
        let at = match plans.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                let plan =
                    harfrust::ShapePlan::new(&shaper, key.1, Some(key.0), key.2.as_ref(), &[]);
                plans.push((key.clone(), plan));
                plans.len() - 1
            }
        };
        let out = shaper.shape(
            buffer,
            harfrust::ShapeOptions::new().plan(Some(&plans[at].1)),
        );
        let infos = out.glyph_infos();
        let clusters: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
        out.glyph_positions()
            .iter()
            .zip(infos)
            .enumerate()
            .map(|(k, (p, info))| {
                let start = (info.cluster as usize).min(text.len());
                let end = clusters[k..]
                    .iter()
                    .copied()
                    .find(|&c| c > start)
                    .unwrap_or(text.len())
                    .min(text.len());
                ShapedGlyph {
                    id: info.glyph_id,
                    text: start..end.max(start),
                    x_advance: p.x_advance as f32 / s.upem,
                    x_offset: p.x_offset as f32 / s.upem,
                    y_offset: p.y_offset as f32 / s.upem,
                }
            })
            .collect()
    });
    Some(glyphs)
}

/// Distance from the top of a line box to the text baseline, for font size `size`.
pub fn baseline(size: f32) -> f32 {
    let m = metrics();
    // Centre the font's ascent-to-descent span in the line box.
    let half_leading = (LINE_HEIGHT - 1.0) / 2.0;
    (half_leading + m.ascent.min(1.0)) * size
}

/// Breaks `text` into at most `max_lines` lines no wider than `max_width`. Words longer
/// than a line are cut; text that does not fit ends with an ellipsis.
pub fn wrap(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut truncated = false;
    'words: for word in words {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate, size) <= max_width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                truncated = true;
                break;
            }
        }
        // The word alone: cut it where it overflows.
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if width(&piece, size) > max_width && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
                if lines.len() == max_lines {
                    truncated = true;
                    break 'words;
                }
            }
        }
        current = piece;
    }
    if !truncated && !current.is_empty() {
        if lines.len() == max_lines {
            truncated = true;
        } else {
            lines.push(current);
        }
    }
    if truncated && let Some(last) = lines.last_mut() {
        while !last.is_empty() && width(&format!("{last}…"), size) > max_width {
            last.pop();
        }
        let trimmed = last.trim_end().to_owned();
        *last = format!("{trimmed}…");
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider() {
        assert!(width("Customer satisfaction", 20.0) > width("Customer", 20.0));
        assert!(width("W", 20.0) > width("i", 20.0));
        assert!((width("abc", 40.0) - 2.0 * width("abc", 20.0)).abs() < 1e-3);
        assert!(width("Ωмир", 20.0) > 0.0);
    }

    #[test]
    fn kerning_narrows_a_shaped_line_a_little() {
        let plain = width("AVATAR Ve la publicidad", 20.0);
        let shaped = shaped_width("AVATAR Ve la publicidad", 20.0);
        assert!(shaped < plain, "{shaped} vs {plain}");
        assert!(shaped > plain * 0.9, "{shaped} vs {plain}");
        assert!((shaped_width("mmm", 20.0) - width("mmm", 20.0)).abs() < 0.01);
        assert_eq!(shaped_width("", 20.0), 0.0);
        // Whatever a user types is measured, never a panic.
        for hostile in [
            "שלום עולם",
            "مرحبا",
            "a\u{0}b\u{7}",
            "e\u{301}\u{301}",
            "🙂🙂",
            "١٢٣",
        ] {
            assert!(shaped_width(hostile, 20.0) >= 0.0, "{hostile}");
        }
    }

    #[test]
    fn wrapping_respects_width_and_line_count() {
        let lines = wrap(
            "The customer is greeted at the door by a smiling host",
            20.0,
            150.0,
            3,
        );
        assert!(lines.len() <= 3);
        for l in &lines {
            assert!(width(l, 20.0) <= 150.0, "{l}");
        }
        assert!(lines.last().is_some_and(|l| l.ends_with('…')), "{lines:?}");
        assert_eq!(wrap("Pay", 20.0, 150.0, 3), ["Pay"]);
        assert_eq!(wrap("", 20.0, 150.0, 3), Vec::<String>::new());
    }

    #[test]
    fn long_words_are_cut() {
        let lines = wrap("Supercalifragilisticexpialidocious", 20.0, 80.0, 3);
        assert!(lines.len() >= 2);
        for l in &lines {
            assert!(width(l, 20.0) <= 80.0, "{l}");
        }
    }
}
