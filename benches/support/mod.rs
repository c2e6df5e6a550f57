//! What more than one benchmark builds: the photos they open.

use std::path::Path;

/// A 4000×3000 photo (12 MP) with detail everywhere, so that its JPEG is at least as
/// large as a phone's (a flat picture would compress to nothing and decode faster than a
/// real one): about 12 MB, three times a phone's, since noise compresses worst of all.
pub fn write_photo(path: &Path) {
    write_noisy_photo(path, 0x3f);
}

/// [`write_photo`] with a quarter of its noise: 2.8 MB, within the 2–5 MB of a 12-MP
/// phone photo, whose Huffman data (what decoding spends its time on) is a quarter as
/// long.
#[allow(dead_code)] // only the deck bench uses it
pub fn write_phone_sized_photo(path: &Path) {
    write_noisy_photo(path, 0x0f);
}

fn write_noisy_photo(path: &Path, mask: u32) {
    let mut seed = 0x2545_f491_u32;
    let img = image::RgbImage::from_fn(4000, 3000, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let noise = (seed & mask) as u8;
        image::Rgb([
            ((x / 16) as u8).wrapping_add(noise),
            ((y / 12) as u8).wrapping_add(noise / 2),
            (((x + y) / 28) as u8) ^ noise,
        ])
    });
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(file, 90);
    img.write_with_encoder(encoder)
        .unwrap_or_else(|e| panic!("{e}"));
}
