//! Slides for a presentation: the whole cycle, then one slide per moment with the ring
//! (that moment highlighted) and its card beside it.

use std::path::{Path, PathBuf};

use crate::card::card;
use crate::export::{Background, ExportError, shapes_png};
use crate::file::write_atomically;
use crate::layout::{LayoutOptions, Point, Rect, layout};
use crate::model::Document;
use crate::scene::{Shape, scene};

/// The shapes of one slide: the whole cycle (`moment: None`) or the cycle with moment
/// `moment` highlighted and its card beside it (below it, in tall slides).
pub fn slide(doc: &Document, moment: Option<usize>, width: f32, height: f32) -> Vec<Shape> {
    let Some(index) = moment.filter(|&i| i < doc.moments.len()) else {
        return scene(&layout(
            doc,
            &LayoutOptions {
                width,
                height,
                ..LayoutOptions::default()
            },
        ));
    };
    let margin = width.min(height) * 0.03;
    let wide = width >= height;
    let (cycle_w, cycle_h) = if wide {
        (width * 0.58, height)
    } else {
        (width, height * 0.55)
    };
    let cycle = layout(
        doc,
        &LayoutOptions {
            width: cycle_w,
            height: cycle_h,
            highlight: Some(index),
            ..LayoutOptions::default()
        },
    );
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
    let mut shapes = scene(&cycle);
    shapes.extend(card(doc, index, card_rect));
    shapes
}

/// The file names of the slides, in order: `01-cycle.png`, `02-moment-01.png`, …
/// zero-padded so that they sort in sequence.
pub fn slide_names(doc: &Document) -> Vec<String> {
    let n = doc.moments.len();
    let digits = (n + 1).to_string().len().max(2);
    let moment_digits = n.to_string().len().max(2);
    std::iter::once(format!("{:0digits$}-cycle.png", 1))
        .chain((0..n).map(|i| format!("{:0digits$}-moment-{:0moment_digits$}.png", i + 2, i + 1)))
        .collect()
}

/// Writes every slide as a PNG into `dir` (created if missing); returns their paths.
pub fn write_slides(
    doc: &Document,
    dir: &Path,
    width: u32,
    height: u32,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|error| crate::file::SaveError {
        path: dir.to_owned(),
        error,
    })?;
    let mut written = Vec::new();
    for (k, name) in slide_names(doc).into_iter().enumerate() {
        let moment = k.checked_sub(1);
        let shapes = slide(doc, moment, width as f32, height as f32);
        let png = shapes_png(&shapes, width, height, Background::White)?;
        let path = dir.join(name);
        write_atomically(&path, &png)?;
        written.push(path);
    }
    Ok(written)
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
}
