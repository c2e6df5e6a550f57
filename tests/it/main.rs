//! Ciclo's integration tests, one harness: the command line, files, pictures, decks, the
//! report and live workshops. The window's tests are in `crates/ciclo-app/tests/ui`.
//!
//! The `*_support` modules and `pictures` are shared set-ups, compiled once.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod analysis_report;
mod assets;
mod cli;
mod cli_deck;
mod cli_export;
mod cli_help;
mod cli_hostile;
mod cli_pptx;
mod cli_support;
mod collab_cli;
mod collab_converge;
mod collab_frames;
mod collab_hostile;
mod collab_interop;
mod collab_page;
mod collab_restart;
mod collab_support;
mod collab_wss;
mod docs;
mod file_format;
mod file_writing;
mod golden_images;
mod interop_support;
mod languages;
mod languages_support;
mod layout_geometry;
mod photos_format;
mod pictures;
mod plan_format;
mod report_model;
mod report_photos;
mod report_support;
mod roundtrip_props;
mod saving;
mod sheet_export;
mod svg_portability;
mod svg_snapshots;
