//! Exporting a document as a PNG or SVG picture. The window and the command line both
//! call these functions, so they produce the same picture.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};

pub use crate::svg::Background;
use crate::svg::to_svg;
use ciclo_doc::lang::{Arg, Lang};
use ciclo_doc::model::Document;
use ciclo_doc::save::write_atomically;
use ciclo_picture::picture::{Picture, PictureOptions, picture};
use ciclo_picture::text::FONT;

/// The smallest width or height an export accepts: the layout needs at least this much
/// room, and the window's export dialog offers no less.
pub const MIN_SIDE: u32 = 16;

/// The largest width or height an export accepts.
pub const MAX_SIDE: u32 = 16384;

/// A width or height that no export accepts: below [`MIN_SIDE`] or above [`MAX_SIDE`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0} is out of range; use {MIN_SIDE} to {MAX_SIDE} pixels")]
pub struct SideOutOfRange(pub u32);

/// Checks one side of a picture (a `--width` or `--height`) exactly as every export
/// does, so the command line can refuse a size before it loads anything.
pub fn check_side(side: u32) -> Result<u32, SideOutOfRange> {
    if (MIN_SIDE..=MAX_SIDE).contains(&side) {
        Ok(side)
    } else {
        Err(SideOutOfRange(side))
    }
}

/// The picture's size and background.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// What goes behind the picture.
    pub background: Background,
    /// Draw the satisfaction curve inside the ring.
    pub satisfaction_curve: bool,
    /// SVG only: write the text as outlines (paths), so that the file looks exactly like
    /// the PNG on a computer without the bundled font; the text is then no longer
    /// editable as text.
    pub text_as_paths: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            width: 1920,
            height: 1080,
            background: Background::White,
            satisfaction_curve: false,
            text_as_paths: false,
        }
    }
}

/// The picture formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Raster image.
    Png,
    /// Vector image with editable text.
    Svg,
}

impl Format {
    /// The format a file name asks for, by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(Format::Png),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Width or height is below [`MIN_SIDE`] or above [`MAX_SIDE`].
    #[error(
        "the picture size {width}×{height} is not possible; width and height must be between {MIN_SIDE} and {MAX_SIDE}"
    )]
    Size {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The output file name has no .png, .svg, .csv or .xlsx extension.
    #[error("cannot tell the format of {0}; name the output file .png, .svg, .csv or .xlsx")]
    UnknownFormat(String),
    /// The picture could not be drawn.
    #[error("the picture could not be drawn: {0}")]
    Render(String),
    /// The spreadsheet could not be made.
    #[error("the spreadsheet could not be made: {0}")]
    Sheet(String),
    /// The file could not be written.
    #[error(transparent)]
    Write(#[from] ciclo_doc::save::SaveError),
}

impl ExportError {
    /// The message for the user, in `lang`: what went wrong and what to do about it.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            ExportError::Size { width, height } => lang.fmt(
                "export-size",
                &[
                    ("width", Arg::from(*width)),
                    ("height", Arg::from(*height)),
                    ("min", Arg::from(MIN_SIDE)),
                    ("max", Arg::from(MAX_SIDE)),
                ],
            ),
            ExportError::UnknownFormat(name) => lang.fmt(
                "export-unknown-format",
                &[("name", Arg::from(name.as_str()))],
            ),
            ExportError::Render(detail) => {
                lang.fmt("export-render", &[("detail", Arg::from(detail.as_str()))])
            }
            ExportError::Sheet(detail) => {
                lang.fmt("export-sheet", &[("detail", Arg::from(detail.as_str()))])
            }
            // Says what to do next already.
            ExportError::Write(e) => e.message(lang),
        }
    }
}

impl ExportOptions {
    /// A picture of `width`×`height` pixels on white, as the other defaults have it.
    pub fn sized(width: u32, height: u32) -> ExportOptions {
        ExportOptions {
            width,
            height,
            ..ExportOptions::default()
        }
    }

    /// An error when the width or height is out of range.
    pub fn check(&self) -> Result<(), ExportError> {
        if check_side(self.width).is_ok() && check_side(self.height).is_ok() {
            Ok(())
        } else {
            Err(ExportError::Size {
                width: self.width,
                height: self.height,
            })
        }
    }

    /// The picture these options export: their size, the satisfaction curve or not.
    pub fn picture(&self) -> PictureOptions {
        PictureOptions::sized(self.width as f32, self.height as f32)
            .with_curve(self.satisfaction_curve)
    }

    fn draw(&self, doc: &Document) -> Picture {
        picture(doc, &self.picture())
    }
}

/// The picture as SVG text; with [`ExportOptions::text_as_paths`], its text as outlines.
pub fn svg(doc: &Document, opts: &ExportOptions) -> Result<String, ExportError> {
    opts.check()?;
    svg_as_asked(to_svg(&opts.draw(doc), opts.background), opts)
}

/// SVG text as `opts` asks for it: as written, or with its text as outlines.
fn svg_as_asked(svg: String, opts: &ExportOptions) -> Result<String, ExportError> {
    if opts.text_as_paths {
        text_to_paths(&svg)
    } else {
        Ok(svg)
    }
}

/// The same SVG with every text turned into outlines of the bundled font, by usvg, which
/// shapes the text exactly as it does for the PNG. Each moment's groups keep their ids
/// (`node-N`, `label-N`), so a label still moves as one piece in Inkscape.
pub fn text_to_paths(svg: &str) -> Result<String, ExportError> {
    let tree = usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError::Render(e.to_string()))?;
    let out = tree.to_string(&usvg::WriteOptions {
        preserve_text: false,
        coordinates_precision: 3,
        transforms_precision: 5,
        ..usvg::WriteOptions::default()
    });
    // usvg writes only width and height; a viewBox lets a slide scale the picture.
    let size = tree.size();
    let view_box = format!(r#"<svg viewBox="0 0 {} {}" "#, size.width(), size.height());
    Ok(out.replacen("<svg ", &view_box, 1))
}

/// The picture as PNG bytes.
pub fn png(doc: &Document, opts: &ExportOptions) -> Result<Vec<u8>, ExportError> {
    opts.check()?;
    svg_to_png(
        &to_svg(&opts.draw(doc), opts.background),
        opts.width,
        opts.height,
    )
}

/// The picture as straight (not premultiplied) RGBA pixels, row by row.
pub fn rgba(doc: &Document, opts: &ExportOptions) -> Result<image::RgbaImage, ExportError> {
    opts.check()?;
    rasterize(
        &to_svg(&opts.draw(doc), opts.background),
        opts.width,
        opts.height,
    )
}

/// Any list of shapes as PNG bytes of `width`×`height` pixels.
pub fn shapes_png(
    shapes: &[ciclo_picture::scene::Shape],
    width: u32,
    height: u32,
    background: Background,
) -> Result<Vec<u8>, ExportError> {
    let no_photos = crate::photo_set::PhotoSet::default();
    shapes_png_with(shapes, width, height, background, &no_photos)
}

/// [`shapes_png`] for shapes that show photos, taken from `photos`.
pub fn shapes_png_with(
    shapes: &[ciclo_picture::scene::Shape],
    width: u32,
    height: u32,
    background: Background,
    photos: &crate::photo_set::PhotoSet,
) -> Result<Vec<u8>, ExportError> {
    ExportOptions {
        background,
        ..ExportOptions::sized(width, height)
    }
    .check()?;
    let svg =
        crate::svg::shapes_to_svg_with(shapes, width as f32, height as f32, background, photos);
    svg_to_png(&svg, width, height)
}

/// Writes the picture to `path`, as PNG or SVG by its extension, atomically.
pub fn export_file(doc: &Document, opts: &ExportOptions, path: &Path) -> Result<(), ExportError> {
    export_file_counted(doc, opts, path).map(|_| ())
}

/// [`export_file`], returning how many moments' labels had to be left out for lack of
/// room (0 whenever every name fits), so that the caller can say so.
pub fn export_file_counted(
    doc: &Document,
    opts: &ExportOptions,
    path: &Path,
) -> Result<usize, ExportError> {
    let Some(format) = Format::from_path(path) else {
        return Err(ExportError::UnknownFormat(path.display().to_string()));
    };
    opts.check()?;
    let drawing = opts.draw(doc);
    let text = to_svg(&drawing, opts.background);
    let dropped = drawing.layout.dropped_labels;
    // Keep only the SVG text alive while it is parsed and drawn (a large cycle's layout
    // is as big as its picture's tree).
    drop(drawing);
    let bytes = match format {
        Format::Png => svg_to_png(&text, opts.width, opts.height)?,
        Format::Svg => svg_as_asked(text, opts)?.into_bytes(),
    };
    write_atomically(path, &bytes)?;
    Ok(dropped)
}

/// The font database holding the bundled font, shared by every export.
fn font_db() -> Arc<fontdb::Database> {
    static DB: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(FONT.to_vec());
        let family = db
            .faces()
            .next()
            .and_then(|f| f.families.first())
            .map(|(name, _)| name.clone());
        if let Some(family) = family {
            db.set_sans_serif_family(family);
        }
        Arc::new(db)
    })
    .clone()
}

/// usvg's options: the bundled font and nothing else.
fn usvg_options() -> usvg::Options<'static> {
    usvg::Options {
        fontdb: font_db(),
        font_family: ciclo_picture::text::FONT_FAMILY.to_owned(),
        ..usvg::Options::default()
    }
}

fn rasterize(svg: &str, width: u32, height: u32) -> Result<image::RgbaImage, ExportError> {
    let tree = usvg::Tree::from_str(svg, &usvg_options())
        .map_err(|e| ExportError::Render(e.to_string()))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ExportError::Size { width, height })?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    let mut data = pixmap.take();
    // tiny-skia stores premultiplied alpha; PNG wants straight alpha.
    for px in data.chunks_exact_mut(4) {
        let a = px[3];
        if a != 0 && a != 255 {
            for c in &mut px[..3] {
                *c = ((u16::from(*c) * 255 + u16::from(a) / 2) / u16::from(a)).min(255) as u8;
            }
        }
    }
    image::RgbaImage::from_raw(width, height, data)
        .ok_or_else(|| ExportError::Render("pixel buffer has the wrong size".to_owned()))
}

fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, ExportError> {
    use image::ImageEncoder as _;
    use image::codecs::png::{CompressionType, FilterType, PngEncoder};
    let mut pixels = rasterize(svg, width, height)?.into_raw();
    let opaque = pixels.chunks_exact(4).all(|p| p[3] == 255);
    let mut out = Vec::with_capacity((width * height) as usize / 8);
    let encoder = PngEncoder::new_with_quality(&mut out, CompressionType::Fast, FilterType::Sub);
    let result = if opaque {
        // Drop the alpha channel in place: a second full-size buffer would cost 25 MB at 4K.
        let n = pixels.len() / 4;
        for i in 0..n {
            pixels.copy_within(i * 4..i * 4 + 3, i * 3);
        }
        pixels.truncate(n * 3);
        encoder.write_image(&pixels, width, height, image::ExtendedColorType::Rgb8)
    } else {
        encoder.write_image(&pixels, width, height, image::ExtendedColorType::Rgba8)
    };
    result.map_err(|e| ExportError::Render(e.to_string()))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_errors_speak_the_users_language_and_say_what_to_do() {
        let size = ExportError::Size {
            width: 0,
            height: 1080,
        };
        assert!(size.message(Lang::En).contains("between 16 and 16384"));
        assert!(size.message(Lang::Es).contains("entre 16 y 16384"));
        assert!(size.message(Lang::Ru).contains("от 16 до 16384"));
        let format = ExportError::UnknownFormat("cycle.jpg".into());
        for lang in [Lang::En, Lang::Es, Lang::Ru] {
            let m = format.message(lang);
            assert!(m.starts_with("cycle.jpg: ") && m.contains(".png") && m.contains(".svg"));
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("cycle.png");
        let err = export_file(&Document::default(), &ExportOptions::default(), &path)
            .expect_err("the folder does not exist");
        let ru = err.message(Lang::Ru);
        assert!(ru.contains("не удаётся сохранить"), "{ru}");
        assert!(ru.contains("другую папку"), "{ru}");
        assert!(err.message(Lang::Es).contains("otra carpeta"));
    }

    #[test]
    fn the_command_line_check_and_the_exporter_agree_on_every_edge_size() {
        let doc = Document::default();
        for side in [
            0,
            1,
            3,
            15,
            16,
            17,
            MAX_SIDE - 1,
            MAX_SIDE,
            MAX_SIDE + 1,
            u32::MAX,
        ] {
            let opts = ExportOptions {
                width: side,
                height: 16,
                ..ExportOptions::default()
            };
            let accepted = check_side(side).is_ok();
            assert_eq!(accepted, (16..=16384).contains(&side), "width {side}");
            let svg = svg(&doc, &opts);
            assert_eq!(svg.is_ok(), accepted, "width {side}");
            // An accepted size is the size of the picture, never a wider one.
            if let Ok(svg) = svg {
                assert!(
                    svg.contains(&format!(r#"width="{side}" height="16""#)),
                    "{side}"
                );
            }
        }
        assert_eq!(
            check_side(3).unwrap_err().to_string(),
            "3 is out of range; use 16 to 16384 pixels"
        );
    }
}
