//! The window's tests, one harness: each drives the designer headless with egui_kittest,
//! as a user would, in a window of a given size and language.
//!
//! `common` holds the shared set-ups, compiled once.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod commands;
mod common;
mod decks;
mod designer;
mod drag;
mod keyboard;
mod live;
mod photos;
mod picture;
mod plan;
mod present_photos;
mod projector;
mod ring;
mod svg_outlines;
mod workshop;
