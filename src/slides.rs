//! Slides for a presentation: the whole cycle, then one slide per moment with the ring
//! (that moment highlighted) and its card beside it.

use std::path::{Path, PathBuf};

use crate::card::card;
use crate::export::{ExportError, ExportOptions, shapes_png};
use crate::lang::Lang;
use crate::layout::{Point, Rect};
use crate::model::Document;
use crate::picture::{PictureOptions, picture};
use crate::save::{SaveError, create_folder, write_atomically};
use crate::scene::Shape;

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

/// Writes every slide of `opts`'s size, curve and background as a PNG into `dir`
/// (created if missing); returns their paths.
///
/// Each slide is written atomically; once the whole new deck is written, the slide files
/// of an earlier deck that the new one did not replace are removed (only names
/// [`is_slide_name`] recognises), so the folder never ends with a mixed deck. The user's
/// other files stay.
pub fn write_slides(
    doc: &Document,
    dir: &Path,
    opts: &ExportOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    let picture = opts.picture();
    create_folder(dir)?;
    let names = slide_names(doc);
    let mut written = Vec::new();
    for (k, name) in names.iter().enumerate() {
        let moment = k.checked_sub(1);
        let shapes = slide(doc, moment, &picture);
        let png = shapes_png(&shapes, opts.width, opts.height, opts.background)?;
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
    use crate::model::{Moment, MomentId};

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
