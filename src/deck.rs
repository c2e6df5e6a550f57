//! Writing a deck in the format its output asks for: a folder of PNG slides, one PDF, or
//! one PowerPoint file. Every format shows the same slides ([`crate::slides::Deck`]).

use std::path::{Path, PathBuf};

use crate::export::ExportError;
use crate::model::Document;
use crate::photo_set::{MAX_SIDE, PhotoSet};
use crate::save::write_atomically;
use crate::slides::{Deck, write_slides};

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

/// What a deck wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The files: one per slide for PNGs, else the deck file.
    pub files: Vec<PathBuf>,
    /// The number of slides.
    pub slides: usize,
}

/// Writes the deck of `doc` (saved at `document`, whose folder relative photo paths start
/// from) to `output` at `width`×`height` pixels, in the format the output's name asks for.
/// The file is written atomically: a failure leaves no half-written deck.
pub fn write_deck(
    doc: &Document,
    document: Option<&Path>,
    output: &Path,
    width: u32,
    height: u32,
) -> Result<Written, ExportError> {
    crate::export::ExportOptions {
        width,
        height,
        ..crate::export::ExportOptions::default()
    }
    .check()?;
    let deck = Deck {
        doc,
        width,
        height,
        satisfaction_curve: false,
    };
    let photos = PhotoSet::load(doc, document, MAX_SIDE);
    let bytes = match DeckFormat::from_path(output) {
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
