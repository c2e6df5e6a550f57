use super::*;

use crate::testing::jpeg_with_orientation;

fn is_red(p: image::Rgba<u8>) -> bool {
    p.0[0] > 150 && p.0[2] < 100
}

fn is_blue(p: image::Rgba<u8>) -> bool {
    p.0[2] > 150 && p.0[0] < 100
}

#[test]
fn exif_orientation_turns_the_photo_upright() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sideways.jpg");
    // Orientation 6: the camera was turned; show it rotated 90° clockwise.
    std::fs::write(&path, jpeg_with_orientation(64, 32, 6)).unwrap();
    assert_eq!(
        probe(&path).unwrap(),
        Upright {
            width: 32,
            height: 64
        }
    );
    let img = decode(&path, 4096).unwrap();
    assert_eq!((img.width(), img.height()), (32, 64));
    // The left (red) half is now on top.
    assert!(is_red(*img.get_pixel(16, 8)), "{:?}", img.get_pixel(16, 8));
    assert!(
        is_blue(*img.get_pixel(16, 56)),
        "{:?}",
        img.get_pixel(16, 56)
    );
}

#[test]
fn a_photo_without_orientation_stays_as_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plain.jpg");
    std::fs::write(&path, jpeg_with_orientation(64, 32, 1)).unwrap();
    let img = decode(&path, 4096).unwrap();
    assert_eq!((img.width(), img.height()), (64, 32));
    assert!(is_red(*img.get_pixel(8, 16)));
    assert!(is_blue(*img.get_pixel(56, 16)));
}

#[test]
fn decoding_scales_down_to_the_longest_side_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.jpg");
    std::fs::write(&path, jpeg_with_orientation(400, 200, 1)).unwrap();
    let img = decode(&path, 100).unwrap();
    assert_eq!((img.width(), img.height()), (100, 50));
}

/// A PNG header claiming `width`×`height`, with no pixels after it: enough for the size
/// check, which must refuse it before trying to decode anything.
fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let crc = crc32(&ihdr);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&ihdr);
    out.extend_from_slice(&crc.to_be_bytes());
    // The start of the pixel data, cut short: a decoder that went on would fail.
    out.extend_from_slice(&100u32.to_be_bytes());
    out.extend_from_slice(b"IDAT\x78\x9c");
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn a_photo_over_100_megapixels_is_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.png");
    // 20000 × 10000 = 200 MP: 800 MB once decoded. The file holds no pixels at all, so
    // only a check of the header can give this answer.
    std::fs::write(&path, png_header(20_000, 10_000)).unwrap();
    for err in [probe(&path).unwrap_err(), decode(&path, 1600).unwrap_err()] {
        assert!(matches!(err, PhotoError::TooLarge { .. }), "{err:?}");
        let message = err.message(Lang::En);
        assert!(message.contains("huge.png"), "{message}");
        assert!(message.contains("200 megapixels"), "{message}");
        assert!(message.contains("smaller copy"), "{message}");
    }
}

#[test]
fn missing_and_broken_photos_say_which_file_and_what_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("fotos/sala.jpg");
    let err = probe(&missing).unwrap_err();
    assert!(err.message(Lang::En).contains("fotos/sala.jpg"));
    assert_eq!(err.reason(Lang::Es), "no se encuentra la foto");
    let broken = dir.path().join("notes.jpg");
    std::fs::write(&broken, "these are my notes, not a photo").unwrap();
    let err = decode(&broken, 100).unwrap_err();
    assert!(matches!(err, PhotoError::Broken { .. }), "{err:?}");
    assert!(err.message(Lang::En).contains("notes.jpg: not a JPEG"));
    let err = probe(dir.path()).unwrap_err();
    assert!(matches!(err, PhotoError::NotAFile { .. }), "{err:?}");
}

#[test]
fn webp_and_png_photos_are_read_too() {
    let dir = tempfile::tempdir().unwrap();
    let img = RgbaImage::from_pixel(30, 20, image::Rgba([10, 200, 10, 255]));
    for name in ["a.png", "a.webp"] {
        let path = dir.path().join(name);
        img.save(&path).unwrap();
        assert_eq!(
            probe(&path).unwrap(),
            Upright {
                width: 30,
                height: 20
            }
        );
        assert_eq!(decode(&path, 100).unwrap().dimensions(), (30, 20));
    }
}

/// The mean difference of two pictures of the same size, per channel (0 to 255).
fn mean_difference(a: &RgbaImage, b: &RgbaImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let total: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    total as f64 / a.as_raw().len() as f64
}

#[test]
fn a_large_turned_jpeg_decoded_at_reduced_scale_is_upright_like_the_full_decode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("turned.jpg");
    // 1600×800 stored, turned a quarter (orientation 6): shown 800×1600, red on top. Asked
    // for 200 pixels, the decoder works at 1/8 scale (200×100) before turning it.
    std::fs::write(&path, jpeg_with_orientation(1600, 800, 6)).unwrap();
    let opened = open(&path).unwrap();
    assert_eq!(
        opened.upright(),
        Upright {
            width: 800,
            height: 1600
        }
    );
    let small = decode(&path, 200).unwrap();
    assert_eq!(small.dimensions(), (100, 200));
    assert!(
        is_red(*small.get_pixel(50, 20)),
        "{:?}",
        small.get_pixel(50, 20)
    );
    assert!(
        is_blue(*small.get_pixel(50, 180)),
        "{:?}",
        small.get_pixel(50, 180)
    );
    // The same picture as decoding it whole and scaling it down.
    let full = decode(&path, 4096).unwrap();
    assert_eq!(full.dimensions(), (800, 1600));
    let scaled = image::imageops::thumbnail(&full, 100, 200);
    let diff = mean_difference(&small, &scaled);
    assert!(
        diff < 4.0,
        "differs from the full decode by {diff:.1} on average"
    );
}

#[test]
fn a_scaled_decode_keeps_the_size_asked_for_between_the_dct_scales() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wide.jpg");
    // 1000×600 to at most 300: decoded at 1/2 (500×300), then scaled to 300×180.
    std::fs::write(&path, jpeg_with_orientation(1000, 600, 1)).unwrap();
    let img = decode(&path, 300).unwrap();
    assert_eq!(img.dimensions(), (300, 180));
    assert!(is_red(*img.get_pixel(20, 90)) && is_blue(*img.get_pixel(280, 90)));
}

/// A JPEG header claiming `width`×`height` (a baseline frame of three components), with
/// no scan after it.
fn jpeg_header(width: u16, height: u16) -> Vec<u8> {
    let mut out = vec![0xff, 0xd8, 0xff, 0xc0, 0, 17, 8];
    out.extend_from_slice(&height.to_be_bytes());
    out.extend_from_slice(&width.to_be_bytes());
    out.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    out.extend_from_slice(&[0xff, 0xd9]);
    out
}

#[test]
fn a_jpeg_over_100_megapixels_is_refused_from_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.jpg");
    // 20000 × 10000 = 200 MP, and no pixels in the file at all.
    std::fs::write(&path, jpeg_header(20_000, 10_000)).unwrap();
    for err in [probe(&path).unwrap_err(), decode(&path, 1600).unwrap_err()] {
        assert!(
            matches!(
                err,
                PhotoError::TooLarge {
                    width: 20_000,
                    height: 10_000,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.message(Lang::En).contains("200 megapixels"));
    }
}

/// [`jpeg_with_orientation`], its EXIF block moved after the frame header (SOF), as some
/// editors write it although the EXIF standard puts it first.
fn jpeg_with_late_exif(width: u32, height: u32, orientation: u16) -> Vec<u8> {
    let early = jpeg_with_orientation(width, height, orientation);
    let app1_len = usize::from(u16::from_be_bytes([early[4], early[5]])) + 2;
    let app1 = early[2..2 + app1_len].to_vec();
    let mut rest = early[..2].to_vec();
    rest.extend_from_slice(&early[2 + app1_len..]);
    // Walk the segments to the end of the frame header.
    let mut at = 2;
    loop {
        let marker = rest[at + 1];
        let len = usize::from(u16::from_be_bytes([rest[at + 2], rest[at + 3]]));
        at += 2 + len;
        if marker == 0xc0 {
            break;
        }
    }
    let mut out = rest[..at].to_vec();
    out.extend_from_slice(&app1);
    out.extend_from_slice(&rest[at..]);
    out
}

#[test]
fn an_exif_block_after_the_frame_header_still_turns_the_photo_upright() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("late.jpg");
    std::fs::write(&path, jpeg_with_late_exif(64, 32, 6)).unwrap();
    let turned = Upright {
        width: 32,
        height: 64,
    };
    assert_eq!(probe(&path).unwrap(), turned);
    assert!(!is_upright(&path));
    let rgba = decode(&path, 1600).unwrap();
    assert_eq!(rgba.dimensions(), (32, 64));
    assert!(
        is_red(*rgba.get_pixel(16, 8)),
        "the left half is now on top"
    );
}
