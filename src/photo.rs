//! Reading the photos of moments: JPEG, PNG and WebP, turned upright by their EXIF
//! orientation, refused before decoding when they are too large to hold in memory.
//!
//! Every output asks here, so a missing or broken photo gets the same words everywhere
//! (the window, the PDF and PowerPoint decks, the PNG slides, the report, `ciclo check`).

use std::path::{Path, PathBuf};

use image::{DynamicImage, ImageDecoder as _, ImageReader, RgbaImage};

use crate::lang::{Arg, Lang};

/// The most pixels a photo may have: 100 megapixels. A 12-MP phone photo takes 48 MB
/// once decoded; a photo over this limit would take over 400 MB, so it is refused.
pub const MAX_PIXELS: u64 = 100_000_000;

/// Why a photo cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    /// The file is not there, or cannot be read.
    #[error("{}: cannot read the photo: {error}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The path names a folder or a special file.
    #[error("{}: not a file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The picture has more than [`MAX_PIXELS`] pixels.
    #[error("{}: {width}×{height} pixels, over the limit of {MAX_PIXELS}", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
    },
    /// The file is not a JPEG, PNG or WebP picture Ciclo can decode.
    #[error("{}: not a picture Ciclo can read: {reason}", path.display())]
    Broken {
        /// The file.
        path: PathBuf,
        /// What the decoder said.
        reason: String,
    },
}

impl PhotoError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            PhotoError::Unreadable { path, .. }
            | PhotoError::NotAFile { path }
            | PhotoError::TooLarge { path, .. }
            | PhotoError::Broken { path, .. } => path,
        }
    }

    /// What is wrong, without the path, in `lang`: the words of a placeholder.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            PhotoError::Unreadable { error, .. }
                if error.kind() == std::io::ErrorKind::NotFound =>
            {
                lang.msg("photo-not-found").to_owned()
            }
            PhotoError::Unreadable { .. } => lang.msg("photo-unreadable").to_owned(),
            PhotoError::NotAFile { .. } => lang.msg("photo-not-a-file").to_owned(),
            PhotoError::TooLarge { width, height, .. } => {
                let mp = (u64::from(*width) * u64::from(*height)).div_ceil(1_000_000);
                let max = MAX_PIXELS / 1_000_000;
                lang.fmt(
                    "photo-too-large",
                    &[
                        ("mp", Arg::from(mp.to_string())),
                        ("max", Arg::from(max.to_string())),
                    ],
                )
            }
            PhotoError::Broken { .. } => lang.msg("photo-broken").to_owned(),
        }
    }

    /// The whole message for the user, in `lang`: the path, what is wrong, and (where the
    /// reason does not already say it) what to do.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.path().display(), self.reason(lang))
    }
}

/// The size of a photo as it is shown (after its EXIF orientation), read from its header
/// without decoding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Upright {
    /// Width in pixels, as shown.
    pub width: u32,
    /// Height in pixels, as shown.
    pub height: u32,
}

/// Opens `path` for decoding: a regular file with a picture format Ciclo reads.
fn reader(path: &Path) -> Result<ImageReader<std::io::BufReader<std::fs::File>>, PhotoError> {
    let unreadable = |error| PhotoError::Unreadable {
        path: path.to_owned(),
        error,
    };
    // Look before opening: opening a named pipe would wait for a writer.
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if !meta.is_file() {
        return Err(PhotoError::NotAFile {
            path: path.to_owned(),
        });
    }
    let mut reader = ImageReader::open(path)
        .map_err(unreadable)?
        .with_guessed_format()
        .map_err(unreadable)?;
    // The size is checked against MAX_PIXELS from the header, with this module's words;
    // the decoder's own allocation limit (512 MiB) would refuse a large photo with its own.
    reader.no_limits();
    Ok(reader)
}

fn broken(path: &Path, error: impl std::fmt::Display) -> PhotoError {
    PhotoError::Broken {
        path: path.to_owned(),
        reason: error.to_string(),
    }
}

/// Refuses a picture of more than [`MAX_PIXELS`] pixels.
fn check_size(path: &Path, width: u32, height: u32) -> Result<(), PhotoError> {
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooLarge {
            path: path.to_owned(),
            width,
            height,
        });
    }
    Ok(())
}

/// Whether an orientation turns the picture a quarter turn (width and height swap).
fn turns_sideways(orientation: image::metadata::Orientation) -> bool {
    use image::metadata::Orientation as O;
    matches!(
        orientation,
        O::Rotate90 | O::Rotate270 | O::Rotate90FlipH | O::Rotate270FlipH
    )
}

/// The upright size of the photo at `path`, from its header: cheap, for `ciclo check`
/// and for laying photos out before they are decoded. A photo over [`MAX_PIXELS`] is
/// refused here too.
pub fn probe(path: &Path) -> Result<Upright, PhotoError> {
    let mut decoder = reader(path)?.into_decoder().map_err(|e| broken(path, e))?;
    let (width, height) = decoder.dimensions();
    check_size(path, width, height)?;
    let orientation = decoder.orientation().map_err(|e| broken(path, e))?;
    Ok(if turns_sideways(orientation) {
        Upright {
            width: height,
            height: width,
        }
    } else {
        Upright { width, height }
    })
}

/// True when the photo at `path` is stored upright (no EXIF orientation, or "as is").
pub fn is_upright(path: &Path) -> bool {
    reader(path)
        .and_then(|r| r.into_decoder().map_err(|e| broken(path, e)))
        .is_ok_and(|mut d| {
            d.orientation()
                .is_ok_and(|o| o == image::metadata::Orientation::NoTransforms)
        })
}

/// The photo at `path`, decoded and turned upright by its EXIF orientation, scaled down
/// (never up) so that neither side exceeds `max_side`. Its size is checked against
/// [`MAX_PIXELS`] from the header, before any pixel is decoded.
pub fn decode(path: &Path, max_side: u32) -> Result<RgbaImage, PhotoError> {
    let mut decoder = reader(path)?.into_decoder().map_err(|e| broken(path, e))?;
    let (width, height) = decoder.dimensions();
    check_size(path, width, height)?;
    let orientation = decoder.orientation().map_err(|e| broken(path, e))?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|e| broken(path, e))?;
    let max_side = max_side.max(1);
    if image.width() > max_side || image.height() > max_side {
        image = image.thumbnail(max_side, max_side);
    }
    image.apply_orientation(orientation);
    Ok(image.into_rgba8())
}

/// The photo as JPEG bytes no larger than `max_side` on either side, upright: what the
/// PDF deck embeds and the HTML report links inline. Transparent pixels are put on white.
pub fn jpeg(path: &Path, max_side: u32) -> Result<Vec<u8>, PhotoError> {
    let rgba = decode(path, max_side)?;
    jpeg_of(&rgba).map_err(|e| broken(path, e))
}

/// An RGBA picture as JPEG bytes (quality 85), its transparent pixels put on white.
pub fn jpeg_of(rgba: &RgbaImage) -> Result<Vec<u8>, image::ImageError> {
    let rgb = image::RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white = |c: u8| {
            let a = u16::from(a);
            ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8
        };
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    });
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    rgb.write_with_encoder(encoder)?;
    Ok(out)
}

/// Every photo of `doc` that cannot be shown, for a document saved at `document`: one
/// warning each, as `ciclo check` prints them. A photo never makes a document invalid.
pub fn problems(doc: &crate::model::Document, document: Option<&Path>) -> Vec<(usize, PhotoError)> {
    let mut out = Vec::new();
    for (i, moment) in doc.moments.iter().enumerate() {
        for photo in &moment.photos {
            if let Err(e) = probe(&photo.resolve(document)) {
                out.push((i, e));
            }
        }
    }
    out
}

#[cfg(test)]
#[path = "photo_tests.rs"]
pub(crate) mod tests;
