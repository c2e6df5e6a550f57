//! Slides for a presentation: the whole cycle, then one slide per moment with the ring
//! (that moment highlighted) and its card beside it.

use std::path::{Path, PathBuf};

use crate::export::{Background, ExportError, shapes_png_with};
use crate::photo_set::PhotoSet;
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Document;
use ciclo_doc::save::{SaveError, create_folder, write_atomically};
use ciclo_picture::card::card;
use ciclo_picture::layout::{Point, Rect};
use ciclo_picture::picture::{PictureOptions, picture};
use ciclo_picture::scene::Shape;

/// The shapes of one slide of `opts`'s size: the whole cycle (`moment: None`), exactly
/// the picture that export draws with `opts`; or the cycle with moment `moment`
/// highlighted and its card beside it (below it, in tall slides).
pub fn slide(doc: &Document, moment: Option<usize>, opts: &PictureOptions) -> Vec<Shape> {
    let Some(index) = moment.filter(|&i| i < doc.moments.len()) else {
        return picture(doc, opts).shapes;
    };
    let (width, height) = (opts.width, opts.height);
    let margin = width.min(height) * 0.03;
    let wide = width >= height;
    let (cycle_w, cycle_h) = if wide {
        (width * 0.58, height)
    } else {
        (width, height * 0.55)
    };
    let cycle = opts.resized(cycle_w, cycle_h).highlighting(index);
    let card_rect = if wide {
        Rect {
            min: Point::new(cycle_w, margin),
            max: Point::new(width - margin, height - margin),
        }
    } else {
        Rect {
            min: Point::new(margin, cycle_h),
            max: Point::new(width - margin, height - margin),
        }
    };
    let mut shapes = picture(doc, &cycle).shapes;
    shapes.extend(card(doc, index, card_rect));
    shapes
}

/// A deck: the slides of one document at one size, and the photos they show.
#[derive(Clone, Copy, Debug)]
pub struct Deck<'a> {
    /// The cycle.
    pub doc: &'a Document,
    /// Slide width in pixels.
    pub width: u32,
    /// Slide height in pixels.
    pub height: u32,
    /// Draw the satisfaction curve inside the ring, as the window's presentation does
    /// when the user turned it on.
    pub satisfaction_curve: bool,
}

impl Deck<'_> {
    /// The number of slides: the cycle, then one per moment.
    pub fn len(&self) -> usize {
        self.doc.moments.len() + 1
    }

    /// Always false: a deck has at least the cycle's slide.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The shapes of slide `k` (0: the whole cycle; `k`: moment `k`).
    pub fn slide(&self, k: usize) -> Vec<Shape> {
        let opts = PictureOptions::sized(self.width as f32, self.height as f32)
            .with_curve(self.satisfaction_curve);
        slide(self.doc, k.checked_sub(1), &opts)
    }

    /// Slide `k` as PNG bytes: the picture every deck format shows for it.
    pub fn png(&self, k: usize, photos: &PhotoSet) -> Result<Vec<u8>, ExportError> {
        shapes_png_with(
            &self.slide(k),
            self.width,
            self.height,
            Background::White,
            photos,
        )
    }
}

/// The title of slide `k` of `doc`, for a deck's outline and a PowerPoint slide's title:
/// the cycle's title (or "Service cycle"), then "3. Pays the bill" for each moment.
pub fn slide_title(doc: &Document, k: usize) -> String {
    let lang = Lang::from_tag(&doc.language);
    match k
        .checked_sub(1)
        .and_then(|i| doc.moments.get(i).map(|m| (i, m)))
    {
        Some((i, m)) => format!(
            "{}. {}",
            i + 1,
            ciclo_doc::escape::without_controls(&m.name)
        ),
        None if doc.title.trim().is_empty() => lang.msg("service-cycle").to_owned(),
        None => ciclo_doc::escape::without_controls(&doc.title).into_owned(),
    }
}

/// The file names of the slides, in order, in the document's language: `01-cycle.png`,
/// `02-moment-01.png`, … in English; `01-ciclo.png`, `02-momento-01.png`, … in Spanish.
/// The numbers are zero-padded so that they sort in sequence.
pub fn slide_names(doc: &Document) -> Vec<String> {
    let n = doc.moments.len();
    let lang = Lang::from_tag(&doc.language);
    (0..=n).map(|k| slide_name(k, n, lang)).collect()
}

/// The file name of slide `k` (0: the whole cycle; `k`: moment `k`) of a deck for `n`
/// moments, with the words of `lang`. Every slide name comes from here, and
/// [`is_slide_name`] recognises what it makes.
pub fn slide_name(k: usize, n: usize, lang: Lang) -> String {
    let (cycle, moment) = slide_words(lang);
    let digits = (n + 1).to_string().len().max(2);
    let moment_digits = n.to_string().len().max(2);
    match k {
        0 => format!("{:0digits$}-{cycle}.png", 1),
        k => format!("{:0digits$}-{moment}-{k:0moment_digits$}.png", k + 1),
    }
}

/// The words of slide names in `lang`: the whole cycle, and one moment.
fn slide_words(lang: Lang) -> (&'static str, &'static str) {
    (lang.msg("slides-cycle"), lang.msg("slides-moment"))
}

/// True for a name [`slide_name`] makes, in any language and for any deck size: the
/// slide files of an earlier deck. Nothing else in a folder matches.
pub fn is_slide_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".png") else {
        return false;
    };
    let Some((number, rest)) = stem.split_once('-') else {
        return false;
    };
    let number_ok = |s: &str| s.len() >= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !number_ok(number) {
        return false;
    }
    Lang::ALL.iter().any(|&lang| {
        let (cycle, moment) = slide_words(lang);
        rest == cycle
            || rest
                .strip_prefix(moment)
                .and_then(|r| r.strip_prefix('-'))
                .is_some_and(number_ok)
    })
}

/// Writes every slide of `deck` (its size and curve), with its photos, as a PNG into `dir`
/// (created if missing); returns their paths.
///
/// Each slide is written atomically; once the whole new deck is written, the slide files
/// of an earlier deck that the new one did not replace are removed (only names
/// [`is_slide_name`] recognises), so the folder never ends with a mixed deck. The user's
/// other files stay.
pub fn write_slides(
    deck: &Deck,
    photos: &PhotoSet,
    dir: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    create_folder(dir)?;
    let names = slide_names(deck.doc);
    let mut written = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let png = deck.png(k, photos)?;
        let path = dir.join(name);
        write_atomically(&path, &png)?;
        written.push(path);
    }
    remove_stale_slides(dir, &names)?;
    Ok(written)
}

/// Removes the slide files in `dir` that are not among `keep`.
fn remove_stale_slides(dir: &Path, keep: &[String]) -> Result<(), SaveError> {
    let fail = |error| SaveError::Io {
        path: dir.to_owned(),
        error,
    };
    for entry in std::fs::read_dir(dir).map_err(fail)? {
        let entry = entry.map_err(fail)?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if is_file && is_slide_name(name) && !keep.iter().any(|k| k == name) {
            std::fs::remove_file(entry.path()).map_err(|error| SaveError::Io {
                path: entry.path(),
                error,
            })?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ciclo_doc::model::{Moment, MomentId};

    #[test]
    fn names_sort_in_sequence() {
        let mut doc = Document::default();
        for i in 0..12 {
            doc.moments
                .push(Moment::named(MomentId(i + 1), format!("m{i}")));
        }
        let names = slide_names(&doc);
        assert_eq!(names.len(), 13);
        assert_eq!(names[0], "01-cycle.png");
        assert_eq!(names[1], "02-moment-01.png");
        assert_eq!(names[12], "13-moment-12.png");
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(sorted, names);
    }

    #[test]
    fn every_slide_name_in_every_language_is_recognised() {
        for n in [0, 5, 12, 99, 120] {
            for &lang in Lang::ALL {
                for k in 0..=n {
                    let name = slide_name(k, n, lang);
                    assert!(is_slide_name(&name), "{name}");
                }
            }
        }
        assert_eq!(slide_name(0, 5, Lang::Es), "01-ciclo.png");
        assert_eq!(slide_name(1, 5, Lang::Ru), "02-момент-01.png");
    }

    #[test]
    fn other_files_are_not_slides() {
        for name in [
            "notes.png",
            "01-intro.png",
            "1-cycle.png",
            "01-cycle.jpg",
            "01-cycle.png.bak",
            "02-moment-1.png",
            "02-moment-01-edited.png",
            "02-moment.png",
            "xx-cycle.png",
            "01-cycles.png",
            "-cycle.png",
        ] {
            assert!(!is_slide_name(name), "{name}");
        }
    }
}
