//! A JPEG's metadata taken out without decoding it: what a phone writes beside the picture
//! (EXIF with its GPS position and camera, XMP, comments, maker notes, thumbnails, and any
//! bytes after the image) never reaches a deck, a report or another participant.

/// `jpeg` without its metadata segments (APP1, APP3 to APP13, APP15 and comments) and
/// without anything after its end marker; the picture's own bytes are kept as they are,
/// so nothing is lost. Kept: JFIF (APP0), the colour profile (APP2) and Adobe's colour
/// transform (APP14), which change how the picture looks. `None` when the bytes are not
/// a JPEG whose segments can be walked; then decode and encode it again instead.
pub fn strip_metadata(jpeg: &[u8]) -> Option<Vec<u8>> {
    if !jpeg.starts_with(&[0xff, 0xd8]) {
        return None;
    }
    let mut out = Vec::with_capacity(jpeg.len());
    out.extend_from_slice(&[0xff, 0xd8]);
    let mut at = 2;
    loop {
        // Fill bytes (0xff) may precede a marker.
        while jpeg.get(at) == Some(&0xff) && jpeg.get(at + 1) == Some(&0xff) {
            at += 1;
        }
        let (&0xff, &marker) = (jpeg.get(at)?, jpeg.get(at + 1)?) else {
            return None;
        };
        if marker == 0xd9 {
            out.extend_from_slice(&[0xff, 0xd9]);
            return Some(out);
        }
        if (0xd0..=0xd7).contains(&marker) || marker == 0x01 {
            out.extend_from_slice(&[0xff, marker]);
            at += 2;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([*jpeg.get(at + 2)?, *jpeg.get(at + 3)?]));
        let end = at
            .checked_add(2 + length)
            .filter(|&e| length >= 2 && e <= jpeg.len())?;
        if keeps(marker) {
            out.extend_from_slice(&jpeg[at..end]);
        }
        at = end;
        if marker == 0xda {
            // The entropy-coded data: a 0xff in it is followed by 0x00 or a restart
            // marker, so the next other marker ends it.
            let data_end = scan_end(jpeg, at)?;
            out.extend_from_slice(&jpeg[at..data_end]);
            at = data_end;
        }
    }
}

/// Whether a segment is the picture's (or changes how it looks) rather than metadata.
fn keeps(marker: u8) -> bool {
    match marker {
        0xe0 | 0xe2 | 0xee => true,
        0xe1 | 0xe3..=0xed | 0xef | 0xfe => false,
        _ => true,
    }
}

/// Where the entropy-coded data that starts at `from` ends: at the next marker that is
/// neither a stuffed byte nor a restart marker.
fn scan_end(jpeg: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i + 1 < jpeg.len() {
        if jpeg[i] == 0xff {
            let next = jpeg[i + 1];
            if next != 0x00 && !(0xd0..=0xd7).contains(&next) && next != 0xff {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn exif_comments_and_trailing_bytes_go_and_the_picture_stays_the_same() {
        let mut jpeg = crate::testing::jpeg_with_orientation(64, 48, 1);
        let comment = b"GPS 4.6097N 74.0817W serial 1234";
        let mut com = vec![0xff, 0xfe];
        com.extend_from_slice(&((comment.len() + 2) as u16).to_be_bytes());
        com.extend_from_slice(comment);
        jpeg.splice(2..2, com);
        jpeg.extend_from_slice(b"appended secret");
        assert!(contains(&jpeg, b"Exif"));
        let clean = strip_metadata(&jpeg).unwrap();
        for secret in [&b"Exif"[..], b"GPS", b"appended secret"] {
            assert!(!contains(&clean, secret));
        }
        assert!(clean.ends_with(&[0xff, 0xd9]));
        let before = image::load_from_memory(&jpeg).unwrap().to_rgba8();
        let after = image::load_from_memory(&clean).unwrap().to_rgba8();
        assert_eq!(before, after, "the same pixels");
    }

    #[test]
    fn broken_or_foreign_bytes_are_not_walked() {
        assert_eq!(strip_metadata(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(strip_metadata(&[0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]), None);
        assert_eq!(strip_metadata(&[0xff, 0xd8, 0x00]), None);
        let jpeg = crate::testing::jpeg_with_orientation(16, 16, 1);
        assert_eq!(strip_metadata(&jpeg[..jpeg.len() / 2]), None, "cut short");
    }
}
