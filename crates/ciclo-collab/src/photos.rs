//! Photos that travel through the workshop: a participant's upload, checked, turned
//! upright, stripped of its metadata and kept in the `photos/` folder beside the room's
//! file; and the photos a page shows, as thumbnails.

use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::io::AsyncRead;

use super::host::Rooms;
use super::http::{self, Answer, Head};
use super::page;
use super::room::Room;

/// The largest upload the host reads.
pub const MAX_UPLOAD: usize = 25 * 1024 * 1024;
/// The longest side a kept photo has: enough for a slide, small on the Wi-Fi.
pub const KEPT_SIDE: u32 = 2400;
/// The folder beside the room's file where uploads go.
pub const FOLDER: &str = "photos";

/// Receives a photo for a moment: `POST /ROOM/photos?token=T&moment=ID`, its bytes as the
/// body.
pub async fn upload<S: AsyncRead + Unpin>(
    rooms: &Arc<Rooms>,
    head: &Head,
    stream: &mut S,
    already: &[u8],
    addr: IpAddr,
) -> Answer {
    let (room, _) = match page::find_room(rooms, &head.path) {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let token = head.query_value("token").unwrap_or_default();
    if let Err(refused) = page::check_token(rooms, &token, addr) {
        return refused;
    }
    if !rooms.web.browsers_edit() {
        return Answer::text(403, "The host lets browsers only view this workshop.");
    }
    let moment = head.query_value("moment").unwrap_or_default();
    if moment.is_empty() || !moment.bytes().all(|b| b.is_ascii_digit()) || moment.len() > 10 {
        return Answer::text(400, "Say which moment the photo is for (?moment=ID).");
    }
    let length = head
        .header("content-length")
        .and_then(|v| v.trim().parse::<usize>().ok());
    let Some(length) = length else {
        return Answer::text(411, "Send the photo with its length (Content-Length).");
    };
    if length > MAX_UPLOAD {
        return Answer::text(413, "The photo is too large: send one under 25 MB.");
    }
    let Ok(_receiving) = rooms.web.uploads.try_acquire() else {
        return Answer::text(
            503,
            "The host is receiving other photos: try again in a moment.",
        );
    };
    let Some(body) = http::read_body(stream, already, length, MAX_UPLOAD).await else {
        return Answer::text(400, "The photo did not arrive whole: try again.");
    };
    if !is_photo(&body) {
        return Answer::text(415, "Only JPEG, PNG and WebP photos can be added.");
    }
    let room_for_keep = Arc::clone(&room);
    let kept = tokio::task::spawn_blocking(move || keep(&room_for_keep, &body)).await;
    let name = match kept {
        Ok(Ok(name)) => name,
        Ok(Err(answer)) => return answer,
        Err(_) => return Answer::text(500, "The photo could not be read."),
    };
    let relative = format!("{FOLDER}/{name}");
    if !page::add_photo(&room, &moment, &relative) {
        if let Err(e) = std::fs::remove_file(folder(&room).join(&name)) {
            eprintln!(
                "{}: a photo for a moment that is gone was kept: {e}",
                room.name
            );
        }
        return Answer::text(404, "That moment is no longer in the cycle.");
    }
    let json = format!("{{\"path\":\"{relative}\"}}");
    Answer::new(201, "application/json", json)
}

/// True when the bytes start like a JPEG, a PNG or a WebP picture.
fn is_photo(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xff, 0xd8, 0xff])
        || bytes.starts_with(b"\x89PNG\r\n\x1a\n")
        || (bytes.len() > 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP")
}

fn folder(room: &Room) -> PathBuf {
    room.beside
        .parent()
        .unwrap_or_else(|| Path::new("."))
        .join(FOLDER)
}

/// Decodes the upload (which checks its size and format), turns it upright and writes it
/// again as a JPEG under a new random name: no EXIF, GPS or trailing bytes survive.
fn keep(room: &Room, bytes: &[u8]) -> Result<String, Answer> {
    let dir = folder(room);
    let refuse = |what: &str| {
        eprintln!(
            "{}: a photo could not be kept in {}: {what}",
            room.name,
            dir.display()
        );
        Answer::text(
            500,
            "The host could not keep the photo: tell the facilitator.",
        )
    };
    match std::fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Err(refuse("it is not a folder (a link is not followed)")),
        Err(_) => ciclo_doc::save::create_folder(&dir).map_err(|e| refuse(&e.to_string()))?,
    }
    let upload = tempfile::Builder::new()
        .prefix(".upload-")
        .tempfile_in(&dir)
        .map_err(|e| refuse(&e.to_string()))?;
    std::fs::write(upload.path(), bytes).map_err(|e| refuse(&e.to_string()))?;
    let jpeg = ciclo_photo::photo::jpeg(upload.path(), KEPT_SIDE).map_err(|e| {
        Answer::text(
            415,
            format!(
                "The photo could not be read: {}",
                e.message(ciclo_doc::lang::Lang::En)
            ),
        )
    })?;
    for _ in 0..4 {
        let name = format!(
            "{}.jpg",
            super::wire::new_short_token().map_err(|e| refuse(&e.to_string()))?
        );
        match ciclo_doc::save::create_new(&dir.join(&name), &jpeg) {
            Ok(()) => return Ok(name),
            Err(ciclo_doc::save::SaveError::Exists { .. }) => continue,
            Err(e) => return Err(refuse(&e.to_string())),
        }
    }
    Err(refuse("no free name"))
}

/// A photo of the room's document as a JPEG thumbnail: `GET /ROOM/photos/NAME?side=400`.
/// Only a photo the document lists, inside the room's folder, is served.
pub async fn thumbnail(room: &Arc<Room>, name: &str, head: &Head) -> Answer {
    let Some(name) = super::wire::decode_percent(name) else {
        return Answer::text(404, "No such photo.");
    };
    let doc = room.document().document;
    let listed = doc
        .moments
        .iter()
        .flat_map(|m| &m.photos)
        .map(|p| p.path.as_str())
        .find(|p| *p == format!("{FOLDER}/{name}") || *p == name);
    let Some(listed) = listed.map(str::to_owned) else {
        return Answer::text(404, "No such photo in this cycle.");
    };
    let side = head
        .query_value("side")
        .and_then(|v| v.parse::<u32>().ok())
        .unwrap_or(400)
        .clamp(64, KEPT_SIDE);
    let room_path = room.beside.clone();
    let made = tokio::task::spawn_blocking(move || {
        let dir = room_path.parent()?.canonicalize().ok()?;
        let file = ciclo_doc::model::resolve_photo(&listed, Some(&room_path))
            .canonicalize()
            .ok()?;
        if !file.starts_with(&dir) {
            return None;
        }
        ciclo_photo::photo::jpeg(&file, side).ok()
    })
    .await;
    match made {
        Ok(Some(jpeg)) => {
            Answer::new(200, "image/jpeg", jpeg).with("Cache-Control", "private, max-age=300")
        }
        _ => Answer::text(404, "The photo cannot be shown."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jpeg_png_and_webp_are_taken() {
        assert!(is_photo(&[0xff, 0xd8, 0xff, 0xe0, 0, 0]));
        assert!(is_photo(b"\x89PNG\r\n\x1a\n...."));
        assert!(is_photo(b"RIFF\0\0\0\0WEBPVP8 "));
        assert!(!is_photo(b"<svg onload=alert(1)>"));
        assert!(!is_photo(b"GIF89a"));
    }
}
