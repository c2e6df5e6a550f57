//! `--width` and `--height` at any value, on every template: the command line's check and
//! the exporter agree on what is refused, and every accepted size is drawn without a panic
//! at exactly that size.
//!
//! Input: width and height as little-endian `u32`s, then a template number, then flags
//! (bit 0: the satisfaction curve). Missing bytes count as zero.

#![no_main]

use std::sync::OnceLock;

use ciclo_render::export::{self, ExportError, ExportOptions, MAX_PICTURE_SIDE, check_side};
use ciclo_doc::lang::Lang;
use ciclo_doc::model::Document;
use ciclo_doc::templates::TEMPLATES;
use libfuzzer_sys::fuzz_target;

/// Pictures up to this many pixels are also rasterised (bigger ones take too long).
const RASTER_PIXELS: u64 = 1 << 18;

fn documents() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let mut docs: Vec<Document> = TEMPLATES
            .iter()
            .filter_map(|t| ciclo_doc::file::parse(t.text).ok())
            .collect();
        docs.push(Document::default());
        docs
    })
}

fuzz_target!(|bytes: &[u8]| {
    let mut input = [0u8; 10];
    let n = bytes.len().min(input.len());
    input[..n].copy_from_slice(&bytes[..n]);
    let [w0, w1, w2, w3, h0, h1, h2, h3, template, flags] = input;
    let width = u32::from_le_bytes([w0, w1, w2, w3]);
    let height = u32::from_le_bytes([h0, h1, h2, h3]);
    let docs = documents();
    let doc = &docs[usize::from(template) % docs.len()];
    let opts = ExportOptions {
        width,
        height,
        satisfaction_curve: flags & 1 != 0,
        ..ExportOptions::default()
    };
    let accepted = check_side(width).is_some() && check_side(height).is_some();
    match export::svg(doc, &opts) {
        Ok(svg) => {
            assert!(
                accepted,
                "the exporter drew {width}×{height}, the CLI refuses it"
            );
            let size = format!(r#"width="{width}" height="{height}""#);
            assert!(
                svg.contains(&size),
                "{width}×{height}: no {size} in the SVG"
            );
        }
        Err(e @ ExportError::Size { .. }) => {
            assert!(
                !accepted,
                "the CLI accepts {width}×{height}, the exporter refuses it"
            );
            for &lang in Lang::ALL {
                assert!(e.message(lang).contains(&MAX_PICTURE_SIDE.to_string()));
            }
            return;
        }
        Err(e) => panic!("{width}×{height}: {e}"),
    }
    if u64::from(width) * u64::from(height) <= RASTER_PIXELS {
        match export::rgba(doc, &opts) {
            Ok(image) => assert_eq!(image.dimensions(), (width, height)),
            Err(e) => panic!("{width}×{height} was not rasterised: {e}"),
        }
    }
});
