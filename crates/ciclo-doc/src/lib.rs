//! Ciclo's document: a service cycle as plain data, and everything that needs only the
//! data.
//!
//! - [`model`]: the document, plain data with serde;
//! - [`lang`]: the languages and their Fluent catalogues;
//! - [`file`], [`validate`], [`problem`]: reading `.ron` documents, the rules RON's types
//!   cannot state, and every problem with its line and column;
//! - [`save`]: the `.ron` text, and writing every file safely;
//! - [`edit`]: every change to a document as one [`edit::Edit`], and the undo history;
//! - [`date`]: ISO dates (`YYYY-MM-DD`) as the document writes them;
//! - [`arrange`]: where moments sit on the ring;
//! - [`analysis`]: what the cycle says (critical share, causes, principles);
//! - [`templates`]: the bundled examples.
//!
//! This crate knows nothing of drawing, windows, networks or file formats other than RON.

pub mod analysis;
pub mod arrange;
pub mod date;
pub mod edit;
pub mod escape;
pub mod file;
pub mod lang;
pub mod model;
mod outline;
pub mod problem;
pub mod save;
pub mod templates;
pub mod validate;

pub use outline::Context;
