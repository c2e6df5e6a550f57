//! Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
//!
//! Layers, each knowing only the ones before it:
//! - [`model`]: the document, plain data;
//! - [`file`]: reading and validating `.ron` documents;
//! - [`save`]: writing them, and every other output, safely;
//! - [`geometry`]: points and rectangles;
//! - [`layout`]: the geometry of the drawing, in pixels, with the origin at the top-left
//!   corner and y growing downwards; angles are degrees clockwise from 12 o'clock;
//! - [`scene`]: the picture as a flat list of primitives;
//! - [`picture`]: the one pipeline from a document to its layout and scene;
//! - [`svg`] and [`export`]: the picture as SVG text and as PNG pixels.

pub mod analysis;
#[cfg(feature = "window")]
pub mod app;
pub mod arrange;
pub mod card;
pub mod card_photos;
pub mod collab;
pub mod deck;
pub mod escape;
pub mod export;
pub mod file;
pub mod geometry;
pub mod lang;
pub mod layout;
pub mod model;
mod outline;
pub mod pdf;
pub mod photo;
pub mod photo_set;
pub mod photo_store;
pub mod picture;
pub mod pptx;
pub mod pptx_parts;
pub mod pptx_photos;
pub mod problem;
pub mod report;
pub mod save;
pub mod scene;
pub mod slides;
pub mod svg;
pub mod templates;
pub mod text;
pub mod validate;

pub use outline::Context;
