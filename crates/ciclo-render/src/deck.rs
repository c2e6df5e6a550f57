//! Writing a deck in the format its output asks for: a folder of PNG slides, one PDF, or
//! one PowerPoint file. Every format shows the same slides ([`crate::slides::Deck`]).

use std::path::{Path, PathBuf};

use crate::export::{ExportError, ExportOptions};
use crate::photo_set::{MAX_PHOTO_SIDE, PhotoSet};
use crate::slides::{Deck, write_slides};
use ciclo_doc::model::Document;
use ciclo_doc::save::write_atomically;
use ciclo_picture::picture::DEFAULT_SIZE;
use ciclo_picture::scene::Shape;

/// The kinds of deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeckFormat {
    /// A folder with one PNG per slide.
    Pngs,
    /// One PDF file, a page per slide.
    Pdf,
    /// One PowerPoint (.pptx) file, a slide per slide.
    Pptx,
}

impl DeckFormat {
    /// The format an output path asks for: `.pdf` and `.pptx` (in any case) name a file;
    /// anything else is a folder for PNGs.
    pub fn from_path(path: &Path) -> DeckFormat {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("pdf") => DeckFormat::Pdf,
            Some("pptx") => DeckFormat::Pptx,
            _ => DeckFormat::Pngs,
        }
    }
}

/// The longest side a deck's photos need, in pixels: twice that of the largest photo
/// frame on its slides (sharp when zoomed in, or on a projector of twice the slides'
/// size), never under 800 pixels nor over [`MAX_PHOTO_SIDE`]. A 1920×1080 deck's card shows a
/// photo about 290 pixels wide, so its photos are read at 800 pixels, and a 12-MP photo
/// is decoded at a quarter of its size (1000×750): a sixteenth of the pixels.
pub fn photo_side(deck: &Deck) -> u32 {
    let largest = (0..deck.len())
        .flat_map(|k| deck.slide(k))
        .filter_map(|s| match s {
            Shape::Photo { rect, .. } => Some(rect.width().max(rect.height())),
            _ => None,
        })
        .fold(0.0_f32, f32::max);
    ((2.0 * largest).ceil() as u32).clamp(800, MAX_PHOTO_SIDE)
}

/// How a deck is made: the one set of choices the command line (`ciclo slides`) and the
/// window (File ▸ Export slides and decks) both pass to [`write_deck`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeckOptions {
    /// Slide width in pixels.
    pub width: u32,
    /// Slide height in pixels.
    pub height: u32,
    /// Draw the satisfaction curve inside the ring, on every slide.
    pub satisfaction_curve: bool,
    /// The longest side the photos are read at, in pixels; `None`: [`photo_side`] of the
    /// deck (twice its largest photo frame).
    pub photo_side: Option<u32>,
}

impl Default for DeckOptions {
    /// Slides of [`DEFAULT_SIZE`], without the curve, photos as their frames need them.
    fn default() -> Self {
        DeckOptions {
            width: DEFAULT_SIZE.0,
            height: DEFAULT_SIZE.1,
            satisfaction_curve: false,
            photo_side: None,
        }
    }
}

impl DeckOptions {
    /// The slides of `doc` these options ask for.
    pub fn deck<'a>(&self, doc: &'a Document) -> Deck<'a> {
        Deck {
            doc,
            width: self.width,
            height: self.height,
            satisfaction_curve: self.satisfaction_curve,
        }
    }
}

/// What a deck wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The files: one per slide for PNGs, else the deck file.
    pub files: Vec<PathBuf>,
    /// The number of slides.
    pub slides: usize,
}

/// Writes the deck of `doc` (saved at `document`, whose folder relative photo paths start
/// from) to `output` in `format`, as `opts` ask. A PDF or PowerPoint file is written
/// atomically: a failure leaves no half-written deck.
pub fn write_deck(
    doc: &Document,
    document: Option<&Path>,
    output: &Path,
    format: DeckFormat,
    opts: &DeckOptions,
) -> Result<Written, ExportError> {
    ExportOptions::sized(opts.width, opts.height).check()?;
    let deck = opts.deck(doc);
    let side = opts.photo_side.unwrap_or_else(|| photo_side(&deck));
    let photos = PhotoSet::load(doc, document, side);
    let bytes = match format {
        DeckFormat::Pngs => {
            let files = write_slides(&deck, &photos, output)?;
            let slides = files.len();
            return Ok(Written { files, slides });
        }
        DeckFormat::Pdf => crate::pdf::deck_pdf(&deck, &photos)?,
        DeckFormat::Pptx => crate::pptx::deck_pptx(&deck, &photos)?,
    };
    write_atomically(output, &bytes)?;
    Ok(Written {
        files: vec![output.to_owned()],
        slides: deck.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck_of(doc: &Document, width: u32, height: u32) -> Deck<'_> {
        DeckOptions {
            width,
            height,
            ..DeckOptions::default()
        }
        .deck(doc)
    }

    /// The widest photo frame on the deck's slides.
    fn frame(deck: &Deck) -> f32 {
        (0..deck.len())
            .flat_map(|k| deck.slide(k))
            .filter_map(|s| match s {
                Shape::Photo { rect, .. } => Some(rect.width()),
                _ => None,
            })
            .fold(0.0, f32::max)
    }

    #[test]
    fn a_decks_photos_are_read_at_twice_their_frame_within_800_and_1600_pixels() {
        let mut moment = ciclo_doc::model::Moment::named(ciclo_doc::model::MomentId(1), "Llega");
        moment.photos = vec![ciclo_doc::model::Photo {
            path: "sala.jpg".to_owned(),
            caption: String::new(),
        }];
        let doc = Document {
            moments: vec![moment],
            ..Document::default()
        };
        let hd = deck_of(&doc, 1920, 1080);
        assert!(
            frame(&hd) > 200.0 && 2.0 * frame(&hd) <= 800.0,
            "{}",
            frame(&hd)
        );
        assert_eq!(photo_side(&hd), 800);
        let uhd = deck_of(&doc, 3840, 2160);
        let side = photo_side(&uhd);
        assert!(side as f32 >= 2.0 * frame(&uhd) && side > 800, "{side}");
        assert_eq!(photo_side(&deck_of(&doc, 16384, 9216)), MAX_PHOTO_SIDE);
    }
}
