//! The photos of one document, read once for every picture that shows them (the slides,
//! the PDF and PowerPoint decks, the report), and what a painter draws for a
//! [`Shape::Photo`]: the photo fitted in its frame, or a placeholder that names the file.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use ciclo_doc::lang::Lang;
use ciclo_doc::model::Document;
use ciclo_photo::photo::{self, PhotoError};
use ciclo_photo::photo_store::{Copies, Store};
use ciclo_picture::layout::{Point, Rect};
use ciclo_picture::scene::{Anchor, Rgba, Role, Shape, Stroke};
use ciclo_picture::text::{self, LINE_HEIGHT};

/// The longest side of a photo in a deck or a report: 1600 pixels, sharp on a projector
/// at full screen, and a 12-MP photo shrinks from about 4 MB to a few hundred KB.
pub const MAX_PHOTO_SIDE: u32 = 1600;

/// A photo ready to embed: upright JPEG bytes and their size in pixels.
#[derive(Clone, Debug)]
pub struct Prepared {
    /// The JPEG file's bytes.
    pub jpeg: Arc<Vec<u8>>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Every photo of a document, by the path the document writes, each read or refused.
#[derive(Clone, Debug, Default)]
pub struct PhotoSet {
    photos: HashMap<String, Result<Prepared, Arc<PhotoError>>>,
    lang: Lang,
}

impl PhotoSet {
    /// Reads every photo of `doc` (saved at `document`, so that relative paths resolve),
    /// scaled to at most `max_side` pixels, on as many threads as there are cores (at most
    /// four, so that only a few full-size photos are in memory at once). Copies made
    /// before are taken from the user's [`Store`].
    pub fn load(doc: &Document, document: Option<&Path>, max_side: u32) -> PhotoSet {
        PhotoSet::load_with(doc, document, max_side, Store::from_env().as_ref())
    }

    /// [`PhotoSet::load`] with the copies kept in `store`, or none.
    pub fn load_with(
        doc: &Document,
        document: Option<&Path>,
        max_side: u32,
        store: Option<&Store>,
    ) -> PhotoSet {
        let mut keys: Vec<&str> = doc
            .moments
            .iter()
            .flat_map(|m| m.photos.iter().map(|p| p.path.as_str()))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        let next = std::sync::atomic::AtomicUsize::new(0);
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4)
            .min(keys.len().max(1));
        let read = |key: &str| {
            let path = ciclo_doc::model::resolve_photo(key, document);
            prepare(&path, max_side, store).map_err(Arc::new)
        };
        let photos = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(key) = keys.get(i) else {
                                break done;
                            };
                            done.push((key.to_string(), read(key)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        PhotoSet {
            photos,
            lang: Lang::from_tag(&doc.language),
        }
    }

    /// The photo the document names `key`, or the words of its placeholder.
    pub fn get(&self, key: &str) -> Result<&Prepared, String> {
        match self.photos.get(key) {
            Some(Ok(prepared)) => Ok(prepared),
            Some(Err(e)) => Err(e.reason(self.lang)),
            None => Err(self.lang.msg("photo-not-loaded").to_owned()),
        }
    }
}

/// The photo at `path` as upright JPEG bytes of at most `max_side` pixels, without its
/// metadata (GPS position, camera, comments, bytes after the image). A JPEG that is
/// already upright and small enough keeps its picture's bytes as they are. Otherwise the copy kept in
/// `store` is taken, or the photo is decoded, scaled and encoded, and the copy kept.
fn prepare(path: &Path, max_side: u32, store: Option<&Store>) -> Result<Prepared, PhotoError> {
    let copies = store.and_then(|s| s.copies(path));
    if let Some(kept) = copies.and_then(|c| kept(c, max_side)) {
        return Ok(kept);
    }
    let opened = photo::open(path)?;
    let size = opened.upright();
    let fits = size.width <= max_side && size.height <= max_side;
    if fits && opened.is_upright() && opened.format() == image::ImageFormat::Jpeg {
        let (width, height) = (size.width, size.height);
        let bytes = match opened.into_jpeg_bytes() {
            Some(bytes) => bytes,
            None => std::fs::read(path).map_err(|error| PhotoError::Unreadable {
                path: path.to_owned(),
                error,
            })?,
        };
        if let Some(clean) = ciclo_photo::strip::strip_metadata(&bytes) {
            return Ok(Prepared {
                jpeg: Arc::new(clean),
                width,
                height,
            });
        }
        // Segments that cannot be walked: decoding and encoding again drops them too.
        let rgba = photo::open(path)?.decode(max_side)?;
        return encoded(path, &rgba);
    }
    let rgba = opened.decode(max_side)?;
    let prepared = encoded(path, &rgba)?;
    if let Some(copies) = copies {
        copies.put(max_side, &prepared.jpeg);
    }
    Ok(prepared)
}

/// The photo's copy kept for `max_side`, if it is there and reads as a JPEG of that size.
fn kept(copies: Copies<'_>, max_side: u32) -> Option<Prepared> {
    let jpeg = copies.get(max_side)?;
    let (width, height) = photo::jpeg_size(&jpeg)?;
    (width <= max_side && height <= max_side).then(|| Prepared {
        jpeg: Arc::new(jpeg),
        width,
        height,
    })
}

/// The photo at `path` decoded, upright, at most `max_side` pixels, for the window. A
/// JPEG's scaled copy is kept in `store` and taken from there the next time; a copy kept
/// at one of the `larger` sides is scaled down rather than the photo decoded again. (A
/// PNG or WebP photo, which may be transparent, is decoded each time.)
pub fn decode_kept(
    path: &Path,
    max_side: u32,
    larger: &[u32],
    store: Option<&Store>,
) -> Result<image::RgbaImage, PhotoError> {
    let copies = store.and_then(|s| s.copies(path));
    let kept_at = |side: u32| {
        let copy = kept(copies?, side)?;
        image::load_from_memory_with_format(&copy.jpeg, image::ImageFormat::Jpeg).ok()
    };
    if let Some(image) = kept_at(max_side) {
        return Ok(image.into_rgba8());
    }
    if let Some(image) = larger.iter().find_map(|&side| kept_at(side)) {
        return Ok(image.thumbnail(max_side, max_side).into_rgba8());
    }
    let opened = photo::open(path)?;
    let size = opened.upright();
    let jpeg = opened.format() == image::ImageFormat::Jpeg;
    let rgba = opened.decode(max_side)?;
    let scaled = rgba.width() < size.width || rgba.height() < size.height;
    if let Some(copies) = copies.filter(|_| jpeg && scaled)
        && let Ok(copy) = photo::jpeg_of(&rgba)
    {
        copies.put(max_side, &copy);
    }
    Ok(rgba)
}

/// `rgba` as a prepared JPEG.
fn encoded(path: &Path, rgba: &image::RgbaImage) -> Result<Prepared, PhotoError> {
    let jpeg = photo::jpeg_of(rgba).map_err(|e| PhotoError::Broken {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    Ok(Prepared {
        jpeg: Arc::new(jpeg),
        width: rgba.width(),
        height: rgba.height(),
    })
}

/// The largest rectangle of proportions `width`:`height` centred in `frame`.
pub fn fit(frame: Rect, width: u32, height: u32) -> Rect {
    let (w, h) = (width.max(1) as f32, height.max(1) as f32);
    let scale = (frame.width() / w).min(frame.height() / h);
    let (fw, fh) = (w * scale, h * scale);
    let min = Point::new(
        frame.min.x + (frame.width() - fw) / 2.0,
        frame.min.y + (frame.height() - fh) / 2.0,
    );
    Rect::from_min_size(min, fw, fh)
}

const PLACEHOLDER_FILL: Rgba = Rgba::rgb(0xee, 0xf1, 0xf4);
const PLACEHOLDER_EDGE: Rgba = Rgba::rgb(0x9a, 0xa9, 0xb8);

/// What every painter draws in place of a photo that cannot be shown: a grey frame with
/// what is wrong and the photo's path, so that the group knows which file to fix.
pub fn placeholder(rect: Rect, path: &str, reason: &str, role: Role) -> Vec<Shape> {
    let mut out = vec![Shape::Rect {
        rect,
        corner: 6.0,
        fill: Some(PLACEHOLDER_FILL),
        stroke: Some(Stroke {
            width: 1.5,
            color: PLACEHOLDER_EDGE,
            dash: Some(6.0),
        }),
        role,
    }];
    let size = (rect.height() / 9.0)
        .min(rect.width() / 14.0)
        .clamp(9.0, 24.0);
    let pad = size * 0.6;
    let width = rect.width() - 2.0 * pad;
    let room = ((rect.height() - 2.0 * pad) / (size * LINE_HEIGHT)).floor() as usize;
    if width < size || room == 0 {
        return out;
    }
    let mut lines = text::wrap(reason, size, width, room.min(2));
    let left = room.saturating_sub(lines.len());
    lines.extend(text::wrap(path, size, width, left.min(3)));
    let height = lines.len() as f32 * size * LINE_HEIGHT;
    let mut y = rect.min.y + (rect.height() - height) / 2.0;
    for line in lines {
        let w = text::width(&line, size);
        out.push(Shape::Text {
            pos: Point::new(rect.min.x + (rect.width() - w) / 2.0, y),
            anchor: Anchor::Middle,
            text: line,
            size,
            color: ciclo_picture::scene::palette::MUTED,
            role,
        });
        y += size * LINE_HEIGHT;
    }
    out
}

#[cfg(test)]
#[path = "photo_set_tests.rs"]
mod tests;
