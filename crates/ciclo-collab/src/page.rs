//! The participant page (docs/COLLABORATION.md, "Joining from a phone"): what the host
//! answers a browser on its port. The page and its script come from the binary; the
//! picture is the host's own drawing of the room's document, cached per revision and
//! size; photos travel through the host, checked and stripped of their metadata.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use yrs::{Any, Array as _, ArrayPrelim, Map as _, MapPrelim, Out, ReadTxn as _, Transact as _};

use super::host::Rooms;
use super::http::{Answer, Head};
use super::room::Room;
use super::tokens::Guard;
use super::{photos, wire};

const INDEX: &str = include_str!("../../../assets/web/index.html");
const SCRIPT: &[u8] = include_bytes!("../../../assets/web/page.js");
const STYLE: &[u8] = include_bytes!("../../../assets/web/page.css");

/// The smallest and largest picture a page may ask for, in CSS pixels.
pub const PICTURE_SIDES: std::ops::RangeInclusive<u32> = 200..=4000;
/// How many photos the host receives at once, in all rooms.
pub const UPLOADS_AT_ONCE: usize = 4;
/// How many drawn pictures the host keeps, in all rooms.
const CACHED_PICTURES: usize = 64;

/// Drawn pictures by room, revision, width and height.
type Pictures = HashMap<(String, u64, u32, u32), Arc<String>>;

/// What the host keeps for browsers: who may edit, the wrong-token counts, the drawings.
#[derive(Debug)]
pub struct Web {
    /// Whether browsers may change the document (else they only view).
    browsers_edit: AtomicBool,
    /// Wrong tokens, per address.
    pub guard: Guard,
    /// Uploads being received at once: each holds up to 25 MB, so a participant who sends
    /// many at a time cannot fill the host's memory.
    pub uploads: tokio::sync::Semaphore,
    pictures: Mutex<Pictures>,
}

impl Web {
    /// Browsers may edit when `browsers_edit` is true.
    pub fn new(browsers_edit: bool) -> Web {
        Web {
            browsers_edit: AtomicBool::new(browsers_edit),
            guard: Guard::default(),
            uploads: tokio::sync::Semaphore::new(UPLOADS_AT_ONCE),
            pictures: Mutex::new(HashMap::new()),
        }
    }

    /// True when browsers may change the document.
    pub fn browsers_edit(&self) -> bool {
        self.browsers_edit.load(Ordering::SeqCst)
    }

    /// Lets browsers edit, or only view, from now on (the join panel's switch).
    pub fn set_browsers_edit(&self, edit: bool) {
        self.browsers_edit.store(edit, Ordering::SeqCst);
    }
}

/// Checks a request's token against the guard: `Err` is the answer to give.
pub fn check_token(rooms: &Rooms, given: &str, addr: IpAddr) -> Result<(), Answer> {
    let now = Instant::now();
    if !rooms.web.guard.allows(addr, now) {
        return Err(Answer::text(
            429,
            "Too many wrong tokens from this device: wait a minute, then copy the join address again from the host's screen.",
        ));
    }
    if wire::same_token(given.as_bytes(), rooms.token().as_bytes()) {
        return Ok(());
    }
    rooms.web.guard.failed(addr, now);
    Err(Answer::text(
        401,
        "Wrong or missing token: scan the code on the host's screen again, or type the address it shows, which ends in ?token=…",
    ))
}

/// What a request for `head` gets, but a photo upload (see [`photos::upload`]).
pub async fn answer(rooms: &Arc<Rooms>, head: &Head, addr: IpAddr) -> Answer {
    let path = head.path.as_str();
    match path {
        "/_ciclo/page.js" => return asset("text/javascript; charset=utf-8", SCRIPT),
        "/_ciclo/page.css" => return asset("text/css; charset=utf-8", STYLE),
        "/favicon.ico" => return Answer::text(404, "No icon."),
        _ => {}
    }
    let (room, rest) = match find_room(rooms, path) {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let token = head.query_value("token").unwrap_or_default();
    if let Err(refused) = check_token(rooms, &token, addr) {
        return refused;
    }
    match (head.method.as_str(), rest.as_str()) {
        ("GET" | "HEAD", "") => page(rooms, &room),
        ("GET" | "HEAD", "picture.svg") => picture(rooms, &room, head).await,
        ("GET" | "HEAD", photo) if photo.starts_with("photos/") => {
            photos::thumbnail(&room, &photo["photos/".len()..], head).await
        }
        _ => Answer::text(405, "This address only answers GET."),
    }
}

/// The room a path names, and the rest of the path after it (`""` for the page itself).
pub fn find_room(rooms: &Rooms, path: &str) -> Result<(Arc<Room>, String), Answer> {
    let trimmed = path.trim_start_matches('/');
    let (name, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let name = wire::decode_percent(name).unwrap_or_default();
    match rooms.find(&name) {
        Some(room) => Ok((Arc::clone(room), rest.to_owned())),
        None => Err(Answer::text(
            404,
            "There is no such workshop here: check the address on the host's screen.",
        )),
    }
}

fn asset(content_type: &'static str, bytes: &[u8]) -> Answer {
    Answer::new(200, content_type, bytes).with("Cache-Control", "no-cache")
}

/// The page, with the room's name and whether browsers may edit.
fn page(rooms: &Rooms, room: &Room) -> Answer {
    let html = INDEX
        .replace("{{room}}", &ciclo_doc::escape::markup(&room.name))
        .replace(
            "{{can_edit}}",
            if rooms.web.browsers_edit() {
                "true"
            } else {
                "false"
            },
        )
        .replace("{{lang_hint}}", "");
    Answer::new(200, "text/html; charset=utf-8", html).with("Cache-Control", "no-store")
}

/// The room's picture at the size asked for, drawn by the host's renderer.
async fn picture(rooms: &Arc<Rooms>, room: &Arc<Room>, head: &Head) -> Answer {
    let side = |key: &str| {
        head.query_value(key)
            .and_then(|v| v.parse::<u32>().ok())
            .filter(|v| PICTURE_SIDES.contains(v))
            .unwrap_or(400)
    };
    let (w, h) = (side("w"), side("h"));
    let revision = room.revision();
    let etag = format!("\"{revision}-{w}-{h}\"");
    let ok = |svg: &Arc<String>| {
        Answer::new(200, "image/svg+xml; charset=utf-8", svg.as_bytes())
            .with("ETag", etag.clone())
            .with("X-Ciclo-Revision", revision.to_string())
            .with("Cache-Control", "no-cache")
    };
    if head.header("if-none-match") == Some(etag.as_str()) {
        return Answer::new(304, "image/svg+xml", Vec::new())
            .with("ETag", etag.clone())
            .with("X-Ciclo-Revision", revision.to_string());
    }
    let key = (room.name.clone(), revision, w, h);
    let cached = lock(&rooms.web.pictures).get(&key).cloned();
    if let Some(svg) = cached {
        return ok(&svg);
    }
    let doc = room.document().document;
    let drawn = tokio::task::spawn_blocking(move || {
        let opts = ciclo_render::export::ExportOptions {
            width: w,
            height: h,
            satisfaction_curve: doc.moments.iter().any(|m| m.satisfaction.is_some()),
            ..Default::default()
        };
        ciclo_render::export::svg(&doc, &opts)
    })
    .await;
    match drawn {
        Ok(Ok(svg)) => {
            let svg = Arc::new(svg);
            let mut pictures = lock(&rooms.web.pictures);
            if pictures.len() >= CACHED_PICTURES {
                pictures.clear();
            }
            pictures.insert(key, Arc::clone(&svg));
            ok(&svg)
        }
        Ok(Err(e)) => Answer::text(500, format!("The picture could not be drawn: {e}")),
        Err(_) => Answer::text(500, "The picture could not be drawn."),
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Appends a photo `{path, caption: ""}` to moment `id`'s photos, as a participant's
/// edit would: the change is relayed to everyone and saved. False when there is no such
/// moment.
pub fn add_photo(room: &Room, id: &str, path: &str) -> bool {
    let update = {
        let awareness = room.lock();
        let mut txn = awareness.doc().transact_mut();
        let Some(moments) = txn.get_map(super::schema::MOMENTS) else {
            return false;
        };
        let Some(Out::YMap(moment)) = moments.get(&txn, id) else {
            return false;
        };
        let list = match moment.get(&txn, "photos") {
            Some(Out::YArray(list)) => list,
            _ => moment.insert(&mut txn, "photos", ArrayPrelim::default()),
        };
        let photo: MapPrelim = [
            ("path", yrs::In::Any(Any::from(path))),
            ("caption", yrs::In::Any(Any::from(""))),
        ]
        .into_iter()
        .collect();
        list.push_back(&mut txn, photo);
        txn.encode_update_v1()
    };
    room.changed();
    room.relay(0, wire::update(update));
    true
}
