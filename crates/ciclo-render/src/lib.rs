//! Ciclo's outputs, each a thin painter over the one scene of `ciclo-picture`:
//!
//! - [`svg`] and [`export`]: the picture as SVG text and as PNG pixels;
//! - [`slides`]: presentation slides (the ring and a moment's card);
//! - [`pdf`], [`pptx`] and [`deck`]: the decks;
//! - [`report`]: the workshop report, as HTML and Markdown;
//! - [`sheet`]: the moments as a spreadsheet (CSV and XLSX);
//! - [`photo_set`]: a document's photos read once and fitted in their frames;
//! - [`error`]: why any of them failed, in the user's language.

pub mod deck;
pub mod error;
pub mod export;
pub mod pdf;
pub mod photo_set;
pub mod pptx;
pub mod pptx_parts;
pub mod pptx_photos;
pub mod raster;
pub mod report;
pub mod sheet;
pub mod slides;
pub mod svg;
