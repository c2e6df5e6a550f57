//! The moments' photos in a report: embedded in the HTML page (scaled to at most
//! [`MAX_PHOTO_SIDE`](crate::photo_set::MAX_PHOTO_SIDE) pixels, as JPEG), linked from the Markdown.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use base64::Engine as _;

use super::markdown::{md, url_path};
use crate::photo_set::PhotoSet;
use ciclo_doc::escape::markup as esc;
use ciclo_doc::model::Photo;

/// Where a report's photos come from and where the report goes.
#[derive(Debug, Default)]
pub struct ReportPhotos {
    /// The photos, read (for HTML) or not (for Markdown, which only links them).
    pub set: PhotoSet,
    /// The cycle's file, whose folder relative photo paths start from.
    pub document: Option<PathBuf>,
    /// The folder the report is written into.
    pub report_folder: Option<PathBuf>,
}

impl ReportPhotos {
    /// The link a Markdown report beside the cycle writes as the document does (relative,
    /// so that the folder can be moved); anywhere else, the photo's full path.
    fn link(&self, photo: &Photo) -> String {
        let folder = |p: &Path| std::fs::canonicalize(p).ok();
        let document_folder = self.document.as_deref().and_then(Path::parent).map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        });
        let beside = match (document_folder, self.report_folder.as_deref()) {
            (Some(d), Some(r)) => folder(d).is_some() && folder(d) == folder(r),
            (None, _) => true,
            _ => false,
        };
        if beside || Path::new(&photo.path).is_absolute() {
            photo.path.clone()
        } else {
            let resolved = photo.resolve(self.document.as_deref());
            std::path::absolute(&resolved)
                .unwrap_or(resolved)
                .to_string_lossy()
                .into_owned()
        }
    }
}

/// A moment's photos as HTML figures, each photo inside the page; a photo that cannot be
/// read is named, with what is wrong.
pub(super) fn html_photos(out: &mut String, list: &[Photo], photos: &ReportPhotos) {
    if list.is_empty() {
        return;
    }
    out.push_str("<div class=\"photos\">\n");
    for photo in list {
        let caption = photo.caption.trim();
        match photos.set.get(&photo.path) {
            Ok(p) => {
                let _ = writeln!(
                    out,
                    "<figure><img alt=\"{}\" width=\"{}\" height=\"{}\" src=\"data:image/jpeg;base64,{}\"><figcaption>{}</figcaption></figure>",
                    esc(if caption.is_empty() {
                        &photo.path
                    } else {
                        caption
                    }),
                    p.width,
                    p.height,
                    base64::engine::general_purpose::STANDARD.encode(p.jpeg.as_slice()),
                    esc(caption)
                );
            }
            Err(reason) => {
                let _ = writeln!(
                    out,
                    "<figure class=\"missing\"><p>{}: <code>{}</code></p><figcaption>{}</figcaption></figure>",
                    esc(&reason),
                    esc(&photo.path),
                    esc(caption)
                );
            }
        }
    }
    out.push_str("</div>\n");
}

/// A moment's photos as Markdown images, linked where the photo files are.
pub(super) fn md_photos(out: &mut String, list: &[Photo], photos: &ReportPhotos) {
    for photo in list {
        let caption = photo.caption.trim();
        let alt = if caption.is_empty() {
            &photo.path
        } else {
            caption
        };
        let link = photos.link(photo);
        // Each folder of the path encoded on its own, so that the slashes stay folders.
        let link: Vec<String> = link.split('/').map(url_path).collect();
        let _ = writeln!(out, "\n![{}]({})", md(alt), link.join("/"));
    }
}
