//! The photos a participant lacks, fetched from Ciclo's host: the room's document lists
//! `photos/NAME.jpg` that a phone sent, and a desktop participant (`ciclo sync`, the
//! window) keeps a copy beside its own file, as the page shows them.

use std::collections::HashSet;
use std::io::{Read as _, Write as _};
use std::net::{TcpStream, ToSocketAddrs as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use ciclo_doc::model::Document;

use super::photos::FOLDER;

/// The largest photo fetched.
const MAX_PHOTO: usize = 25 * 1024 * 1024;
/// How long one photo may take.
const TIMEOUT: Duration = Duration::from_secs(10);

/// A room's photos fetched into the folder beside one file.
#[derive(Debug)]
pub struct Fetcher {
    /// `host:port`.
    host: String,
    /// `/ROOM`, as in the join address.
    room: String,
    token: String,
    folder: PathBuf,
    tried: HashSet<String>,
}

impl Fetcher {
    /// Fetches from the host of `join_url` into `photos/` beside `beside`. `None` for an
    /// address that is not Ciclo's plain-HTTP host (`https://`, `wss://`: other servers
    /// keep no photos).
    pub fn new(join_url: &str, beside: &Path) -> Option<Fetcher> {
        let socket = super::join::socket_url(join_url)?;
        let rest = socket.strip_prefix("ws://")?;
        let (host, path) = rest.split_once('/')?;
        let (room, query) = path.split_once('?').unwrap_or((path, ""));
        let token = super::wire::query_value(query, "token").unwrap_or_default();
        Some(Fetcher {
            host: host.to_owned(),
            room: format!("/{room}"),
            token,
            folder: beside.parent().unwrap_or_else(|| Path::new(".")).to_owned(),
            tried: HashSet::new(),
        })
    }

    /// Fetches each photo `doc` lists under `photos/` that the folder lacks, once per
    /// name; returns the paths written. A photo that cannot be fetched is named on
    /// standard error once and shown as a placeholder, as a missing photo is.
    pub fn fetch_missing(&mut self, doc: &Document) -> Vec<PathBuf> {
        let wanted: Vec<String> = doc
            .moments
            .iter()
            .flat_map(|m| &m.photos)
            .filter_map(|p| {
                p.path
                    .strip_prefix(&format!("{FOLDER}/"))
                    .map(str::to_owned)
            })
            .filter(|name| is_plain_name(name))
            .collect();
        let mut written = Vec::new();
        for name in wanted {
            let file = self.folder.join(FOLDER).join(&name);
            if file.exists() || !self.tried.insert(name.clone()) {
                continue;
            }
            match self.fetch(&name).and_then(|bytes| self.keep(&file, &bytes)) {
                Ok(()) => written.push(file),
                Err(why) => {
                    eprintln!("{FOLDER}/{name}: the host's copy could not be fetched: {why}")
                }
            }
        }
        written
    }

    /// One photo's bytes, as the host serves them (at most 2400 pixels a side).
    fn fetch(&self, name: &str) -> Result<Vec<u8>, String> {
        let addr = self
            .host
            .to_socket_addrs()
            .map_err(|e| e.to_string())?
            .next()
            .ok_or("no address")?;
        let mut stream = TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| e.to_string())?;
        stream
            .set_read_timeout(Some(TIMEOUT))
            .map_err(|e| e.to_string())?;
        let target = format!(
            "{}/{FOLDER}/{}?token={}&side={}",
            self.room,
            super::wire::encode_room(name),
            super::wire::query_escape(&self.token),
            super::photos::KEPT_SIDE
        );
        write!(
            stream,
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.host
        )
        .map_err(|e| e.to_string())?;
        let mut answer = Vec::new();
        stream
            .take(MAX_PHOTO as u64 + 16 * 1024)
            .read_to_end(&mut answer)
            .map_err(|e| e.to_string())?;
        let split = answer
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or("no answer")?;
        let head = String::from_utf8_lossy(&answer[..split]);
        if !head.starts_with("HTTP/1.1 200") {
            return Err(head.lines().next().unwrap_or_default().to_owned());
        }
        let body = answer[split + 4..].to_vec();
        if !body.starts_with(&[0xff, 0xd8, 0xff]) {
            return Err("not a JPEG".to_owned());
        }
        Ok(body)
    }

    /// Writes a fetched photo as a new file, never through a link.
    fn keep(&self, file: &Path, bytes: &[u8]) -> Result<(), String> {
        let dir = self.folder.join(FOLDER);
        match std::fs::symlink_metadata(&dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => return Err(format!("{} is not a folder", dir.display())),
            Err(_) => ciclo_doc::save::create_folder(&dir).map_err(|e| e.to_string())?,
        }
        ciclo_doc::save::create_new(file, bytes).map_err(|e| e.to_string())
    }
}

/// A file name without folders, dots at the start or anything a path could misread.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_names_under_photos_are_fetched() {
        assert!(is_plain_name("k3x9m2p7qa.jpg"));
        for bad in ["../x.jpg", ".hidden", "a/b.jpg", "", "c:\\x.jpg"] {
            assert!(!is_plain_name(bad), "{bad}");
        }
        let f = Fetcher::new(
            "http://10.0.0.2:7420/cena?token=abc",
            Path::new("/tmp/x/mine.ron"),
        )
        .unwrap();
        assert_eq!(
            (f.host.as_str(), f.room.as_str(), f.token.as_str()),
            ("10.0.0.2:7420", "/cena", "abc")
        );
        assert!(Fetcher::new("wss://example.org/cena", Path::new("mine.ron")).is_none());
    }
}
