//! The picture of a service cycle: every position, size and line of text.
//!
//! Coordinates are pixels with the origin at the picture's top-left corner and y growing
//! downwards; angles are degrees clockwise from 12 o'clock.
//!
//! - [`text`]: measuring and wrapping text with the bundled font;
//! - [`geometry`]: points and rectangles;
//! - [`layout`]: the geometry of the drawing, from a document and its options;
//! - [`scene`]: the picture as a flat list of primitives, in paint order;
//! - [`picture`]: the one pipeline from a document to its layout and scene;
//! - [`card`], [`card_photos`]: a moment's card and its photo frames.
//!
//! Painters (the window, SVG, PNG, PDF, PowerPoint) live downstream and only convert
//! primitives.

pub mod card;
pub mod card_photos;
pub mod geometry;
pub mod layout;
pub mod picture;
pub mod scene;
pub mod text;
