//! The one picture pipeline: a document and its [`PictureOptions`] give a
//! [layout](crate::layout), the layout gives the [scene](crate::scene), and every painter
//! paints that scene: the window's canvas and presentation (egui), SVG and PNG export,
//! the slides and the report's picture. Nothing else calls `layout` and `scene` in turn,
//! so no two of them can draw a cycle differently.

use crate::layout::{Layout, layout};
use crate::scene::{Shape, scene};
use ciclo_doc::model::Document;

pub use crate::layout::{DEFAULT_SIZE, PictureOptions};

/// A picture of a cycle: its geometry (for hit tests and checks) and its shapes, in paint
/// order (for the painters).
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Where everything is.
    pub layout: Layout,
    /// What to paint, back to front.
    pub shapes: Vec<Shape>,
}

impl Picture {
    /// The picture of a layout made already (a drag step moves a few nodes of the last
    /// one rather than laying out again).
    pub fn from_layout(layout: Layout) -> Picture {
        let shapes = scene(&layout);
        Picture { layout, shapes }
    }

    /// The picture's width and height in pixels.
    pub fn size(&self) -> (f32, f32) {
        (self.layout.width, self.layout.height)
    }

    /// Every text of the picture, in paint order.
    pub fn texts(&self) -> Vec<String> {
        crate::scene::texts(&self.shapes)
    }
}

/// The picture of `doc` that `opts` asks for.
pub fn picture(doc: &Document, opts: &PictureOptions) -> Picture {
    Picture::from_layout(layout(doc, opts))
}
