//! Ciclo: design service cycles, the clock-face diagrams of a customer's moments of truth.
//!
//! This crate is the `ciclo` command. As a library it gathers the workspace's crates
//! under one name (see ARCHITECTURE.md):
//! - `ciclo-doc`: the document ([`model`], [`file`], [`save`], [`lang`], [`edit`]…);
//! - `ciclo-picture`: the geometry of the picture ([`layout`], [`scene`], [`picture`]…);
//! - `ciclo-photo`: reading photos ([`photo`], [`photo_store`]);
//! - `ciclo-render`: the outputs ([`svg`], [`export`], [`pdf`], [`pptx`], [`deck`]…);
//! - `ciclo-collab`: live workshops ([`collab`]);
//! - `ciclo-app`: the window ([`app`], with the `window` feature).

pub use ciclo_doc::{
    Context, analysis, arrange, date, edit, escape, file, lang, model, problem, save, templates,
    validate,
};
pub use ciclo_photo::{photo, photo_store};
pub use ciclo_picture::{card, card_photos, geometry, layout, picture, scene, text};
pub use ciclo_render::{
    deck, export, pdf, photo_set, pptx, pptx_parts, pptx_photos, report, sheet, slides, svg,
};

/// Live workshops over the y-websocket protocol.
pub use ciclo_collab as collab;

/// The designer window.
#[cfg(feature = "window")]
pub use ciclo_app as app;
