//! Photos made for tests (the `testing` feature): other crates' tests read them too.

use image::RgbaImage;

/// A JPEG, `width`×`height`, red on its left half and blue on its right, with an EXIF
/// orientation tag (1 to 8) in an APP1 segment right after the start marker, as a phone
/// camera writes it.
pub fn jpeg_with_orientation(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let img = RgbaImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            image::Rgba([230, 20, 20, 255])
        } else {
            image::Rgba([20, 20, 230, 255])
        }
    });
    let plain = crate::photo::jpeg_of(&img).unwrap_or_default();
    let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend_from_slice(&[0, 1]); // one entry
    tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1]); // Orientation, SHORT, 1 value
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0, 0, 0, 0, 0]); // padding, no next IFD
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xff, 0xe1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&plain[2..]);
    out
}
