//! Reading the photos of moments: JPEG, PNG and WebP, turned upright by their EXIF
//! orientation, refused before decoding when they are too large to hold in memory.
//!
//! Every output asks here, so a missing or broken photo gets the same words everywhere
//! (the window, the PDF and PowerPoint decks, the PNG slides, the report, `ciclo check`).

use std::path::{Path, PathBuf};

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, RgbaImage};

use ciclo_doc::lang::{Arg, Lang};

/// The most pixels a photo may have: 100 megapixels. A 12-MP phone photo takes 48 MB
/// once decoded; a photo over this limit would take over 400 MB, so it is refused.
pub const MAX_PIXELS: u64 = 100_000_000;

/// Why a photo cannot be shown: the one error type of this crate. Its words are in the
/// catalogue only (`photo-…` in `assets/i18n/*.ftl`); `Display` says them in English.
#[derive(Debug)]
pub enum PhotoError {
    /// The file is not there, or cannot be read.
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// The path names a folder or a special file.
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The picture has more than [`MAX_PIXELS`] pixels.
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its width in pixels.
        width: u32,
        /// Its height in pixels.
        height: u32,
    },
    /// The file is not a JPEG, PNG or WebP picture Ciclo can decode.
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

impl std::fmt::Display for PhotoError {
    /// [`PhotoError::message`] in English, from the catalogue.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for PhotoError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PhotoError::Unreadable { error, .. } => Some(error),
            _ => None,
        }
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

/// Looks before opening: a regular file (opening a named pipe would wait for a writer).
fn check_file(path: &Path) -> Result<(), PhotoError> {
    let meta = std::fs::metadata(path).map_err(|error| unreadable(path, error))?;
    if !meta.is_file() {
        return Err(PhotoError::NotAFile {
            path: path.to_owned(),
        });
    }
    Ok(())
}

fn unreadable(path: &Path, error: std::io::Error) -> PhotoError {
    PhotoError::Unreadable {
        path: path.to_owned(),
        error,
    }
}

/// Opens `path` for decoding with `image`: a regular file with a picture format Ciclo
/// reads, streamed from disk.
fn reader(path: &Path) -> Result<ImageReader<std::io::BufReader<std::fs::File>>, PhotoError> {
    check_file(path)?;
    let mut reader = ImageReader::open(path)
        .map_err(|e| unreadable(path, e))?
        .with_guessed_format()
        .map_err(|e| unreadable(path, e))?;
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
fn turns_sideways(orientation: Orientation) -> bool {
    use Orientation as O;
    matches!(
        orientation,
        O::Rotate90 | O::Rotate270 | O::Rotate90FlipH | O::Rotate270FlipH
    )
}

/// A photo file whose header has been read and checked against [`MAX_PIXELS`]: its
/// format, its size as stored and its EXIF orientation. A JPEG is read from disk once,
/// into memory; the other formats are streamed when decoded.
#[derive(Debug)]
pub struct Opened {
    path: PathBuf,
    format: ImageFormat,
    width: u32,
    height: u32,
    orientation: Orientation,
    /// The whole file, for a JPEG.
    jpeg: Option<Vec<u8>>,
}

/// Opens the photo at `path` and reads its header: cheap next to decoding it. A photo
/// over [`MAX_PIXELS`] is refused here, before any pixel is decoded.
pub fn open(path: &Path) -> Result<Opened, PhotoError> {
    open_as(path, true)
}

/// [`open`]; `for_decoding` false reads only a JPEG's header, not its whole file, for
/// callers that only want its size or orientation.
fn open_as(path: &Path, for_decoding: bool) -> Result<Opened, PhotoError> {
    check_file(path)?;
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 16), &mut head))
        .map_err(|e| unreadable(path, e))?;
    let guessed = image::guess_format(&head)
        .ok()
        .or_else(|| ImageFormat::from_path(path).ok());
    if guessed == Some(ImageFormat::Jpeg) {
        let header = if for_decoding {
            let bytes = std::fs::read(path).map_err(|e| unreadable(path, e))?;
            jpeg_header(path, bytes.as_slice()).map(|h| h.map(|h| (h, Some(bytes))))
        } else {
            let file = std::fs::File::open(path).map_err(|e| unreadable(path, e))?;
            jpeg_header(path, std::io::BufReader::new(file)).map(|h| h.map(|h| (h, None)))
        };
        if let Some(header) = header {
            let ((width, height, orientation), jpeg) = header?;
            let late = || match &jpeg {
                Some(bytes) => late_orientation(bytes.as_slice()),
                None => std::fs::File::open(path)
                    .ok()
                    .and_then(|f| late_orientation(std::io::BufReader::new(f))),
            };
            let orientation = orientation
                .or_else(late)
                .unwrap_or(Orientation::NoTransforms);
            return Ok(Opened {
                path: path.to_owned(),
                format: ImageFormat::Jpeg,
                width,
                height,
                orientation,
                jpeg,
            });
        }
    }
    let reader = reader(path)?;
    let format = reader
        .format()
        .ok_or_else(|| broken(path, "unknown format"))?;
    let mut decoder = reader.into_decoder().map_err(|e| broken(path, e))?;
    let (width, height) = decoder.dimensions();
    check_size(path, width, height)?;
    let orientation = decoder.orientation().map_err(|e| broken(path, e))?;
    Ok(Opened {
        path: path.to_owned(),
        format,
        width,
        height,
        orientation,
        jpeg: None,
    })
}

/// A JPEG's width, height and EXIF orientation (if its header gave one).
type Header = (u32, u32, Option<Orientation>);

/// A JPEG's size and EXIF orientation, read from its header with `jpeg-decoder` (which
/// can then decode it at a reduced scale); `None` when that decoder cannot read it, so
/// that `image`'s own decoder has its say.
fn jpeg_header(path: &Path, source: impl std::io::Read) -> Option<Result<Header, PhotoError>> {
    let (decoder, width, height) = read_size(source)?;
    if let Err(e) = check_size(path, width, height) {
        return Some(Err(e));
    }
    let orientation = decoder.exif_data().and_then(Orientation::from_exif_chunk);
    Some(Ok((width, height, orientation)))
}

/// The EXIF orientation of a JPEG whose EXIF block comes after its frame header, where
/// `jpeg-decoder`'s header reading has stopped (the EXIF standard puts the block first,
/// but some editors move it): the segments are walked up to the first scan, so only the
/// header is read.
fn late_orientation(mut source: impl std::io::Read) -> Option<Orientation> {
    let mut two = [0u8; 2];
    source.read_exact(&mut two).ok()?;
    if two != [0xff, 0xd8] {
        return None;
    }
    loop {
        source.read_exact(&mut two).ok()?;
        let mut marker = two[1];
        while marker == 0xff {
            let mut one = [0u8; 1];
            source.read_exact(&mut one).ok()?;
            marker = one[0];
        }
        match marker {
            0xda | 0xd9 => return None,     // the first scan, or the end: no EXIF
            0x01 | 0xd0..=0xd7 => continue, // markers without a length
            _ => {}
        }
        source.read_exact(&mut two).ok()?;
        let len = usize::from(u16::from_be_bytes(two)).checked_sub(2)?;
        let mut payload = vec![0; len];
        source.read_exact(&mut payload).ok()?;
        if marker == 0xe1
            && let Some(tiff) = payload.strip_prefix(b"Exif\0\0")
        {
            return Orientation::from_exif_chunk(tiff);
        }
    }
}

/// The size of the JPEG in `bytes`, from its header; `None` if it is not one.
pub fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    read_size(bytes).map(|(_, width, height)| (width, height))
}

/// A JPEG decoder that has read `source`'s header, and the picture's size.
fn read_size<R: std::io::Read>(source: R) -> Option<(jpeg_decoder::Decoder<R>, u32, u32)> {
    let mut decoder = jpeg_decoder::Decoder::new(source);
    decoder.read_info().ok()?;
    let info = decoder.info()?;
    Some((decoder, u32::from(info.width), u32::from(info.height)))
}

impl Opened {
    /// The size of the photo as it is shown, after its EXIF orientation.
    pub fn upright(&self) -> Upright {
        if turns_sideways(self.orientation) {
            Upright {
                width: self.height,
                height: self.width,
            }
        } else {
            Upright {
                width: self.width,
                height: self.height,
            }
        }
    }

    /// True when the photo is stored upright (no EXIF orientation, or "as is").
    pub fn is_upright(&self) -> bool {
        self.orientation == Orientation::NoTransforms
    }

    /// The picture format, read from the file's first bytes (or its extension).
    pub fn format(&self) -> ImageFormat {
        self.format
    }

    /// The file's bytes, for a JPEG (which was read whole to open it).
    pub fn into_jpeg_bytes(self) -> Option<Vec<u8>> {
        self.jpeg
    }

    /// The photo decoded and turned upright, scaled down (never up) so that neither side
    /// exceeds `max_side`. A JPEG larger than that is decoded at 1/2, 1/4 or 1/8 of its
    /// size in the DCT (the smallest that is still at least `max_side`), then scaled: a
    /// 12-MP photo for a 1600-pixel copy is decoded at 2000×1500, a quarter of the work.
    pub fn decode(&self, max_side: u32) -> Result<RgbaImage, PhotoError> {
        let max_side = max_side.max(1);
        let mut image = match self.decode_jpeg_scaled(max_side) {
            Some(image) => image,
            None => self.decode_full()?,
        };
        if image.width() > max_side || image.height() > max_side {
            image = image.thumbnail(max_side, max_side);
        }
        image.apply_orientation(self.orientation);
        Ok(image.into_rgba8())
    }

    /// A JPEG decoded by `jpeg-decoder` at the smallest DCT scale whose picture still
    /// covers `max_side`; `None` for what it cannot decode (CMYK, 16 bits, damage), which
    /// `image`'s decoder then reads at full size.
    fn decode_jpeg_scaled(&self, max_side: u32) -> Option<DynamicImage> {
        let bytes = self.jpeg.as_deref()?;
        let (w, h) = fitted(self.width, self.height, max_side);
        let mut decoder = jpeg_decoder::Decoder::new(bytes);
        let (w, h) = decoder
            .scale(u16::try_from(w).ok()?, u16::try_from(h).ok()?)
            .ok()?;
        let pixels = decoder.decode().ok()?;
        let (w, h) = (u32::from(w), u32::from(h));
        match decoder.info()?.pixel_format {
            jpeg_decoder::PixelFormat::RGB24 => {
                image::RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8)
            }
            jpeg_decoder::PixelFormat::L8 => {
                image::GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8)
            }
            _ => None,
        }
    }

    /// The whole picture, decoded by `image` at full size.
    fn decode_full(&self) -> Result<DynamicImage, PhotoError> {
        let path = self.path.as_path();
        match &self.jpeg {
            Some(bytes) => {
                let cursor = std::io::Cursor::new(bytes.as_slice());
                let mut reader = ImageReader::with_format(cursor, ImageFormat::Jpeg);
                reader.no_limits();
                decode_with(path, reader)
            }
            None => decode_with(path, reader(path)?),
        }
    }
}

/// The whole picture `reader` holds, its size checked again (the file may have changed
/// since it was opened).
fn decode_with<R: std::io::BufRead + std::io::Seek>(
    path: &Path,
    reader: ImageReader<R>,
) -> Result<DynamicImage, PhotoError> {
    let decoder = reader.into_decoder().map_err(|e| broken(path, e))?;
    let (width, height) = decoder.dimensions();
    check_size(path, width, height)?;
    DynamicImage::from_decoder(decoder).map_err(|e| broken(path, e))
}

/// The size of a `width`×`height` picture scaled down (never up) to fit `max_side`.
fn fitted(width: u32, height: u32, max_side: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= max_side {
        return (width, height);
    }
    let scale = |side: u32| {
        ((u64::from(side) * u64::from(max_side)).div_ceil(u64::from(long))).max(1) as u32
    };
    (scale(width), scale(height))
}

/// The upright size of the photo at `path`, from its header: cheap, for `ciclo check`
/// and for laying photos out before they are decoded. A photo over [`MAX_PIXELS`] is
/// refused here too.
pub fn probe(path: &Path) -> Result<Upright, PhotoError> {
    open_as(path, false).map(|o| o.upright())
}

/// True when the photo at `path` is stored upright (no EXIF orientation, or "as is").
pub fn is_upright(path: &Path) -> bool {
    open_as(path, false).is_ok_and(|o| o.is_upright())
}

/// The photo at `path`, decoded and turned upright by its EXIF orientation, scaled down
/// (never up) so that neither side exceeds `max_side`. Its size is checked against
/// [`MAX_PIXELS`] from the header, before any pixel is decoded.
pub fn decode(path: &Path, max_side: u32) -> Result<RgbaImage, PhotoError> {
    open(path)?.decode(max_side)
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
pub fn problems(
    doc: &ciclo_doc::model::Document,
    document: Option<&Path>,
) -> Vec<(usize, PhotoError)> {
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
