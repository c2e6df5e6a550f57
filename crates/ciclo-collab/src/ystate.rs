//! A room's Y state on disk, beside its file: `.STEM.ron.ystate` (hidden), the whole Y doc
//! as one encoded update (v1).
//!
//! The `.ron` is what people read and edit; the Y state is the history participants share
//! with the host. A restarted host that rebuilt its Y doc from the `.ron` alone would hold
//! the same cycle under a history nobody else has, and the participants' offline edits would
//! meet it as strangers (one side's fields lost, texts doubled). So the host writes the Y
//! state with the `.ron` (after it, both atomically), and at start takes it back when it
//! still reads as the `.ron`. When the `.ron` was edited while the host was down, the
//! difference is written into the loaded state as the smallest Y changes ([`diff::apply`]),
//! as a participant's edit would be. A Y state that is missing, unreadable or too large is
//! left aside and the room starts from the `.ron`.

use std::path::{Path, PathBuf};

use yrs::updates::decoder::Decode as _;
use yrs::{Doc, ReadTxn as _, Transact as _};

use super::{diff, schema};
use ciclo_doc::model::Document;

/// The largest Y state read back: the same limit as a cycle file's.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// The Y state file of the room file `path`: `.NAME.ystate` in the same folder.
pub fn sidecar(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.ystate"))
}

/// How a room's Y doc was made at start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// There was no Y state: the Y doc is new, built from the `.ron`.
    Fresh,
    /// The Y state read as the `.ron` and was taken as it is.
    Same,
    /// The `.ron` was edited since: its changes were written into the saved Y state.
    Merged,
    /// The Y state could not be read (why); the Y doc is new, built from the `.ron`.
    Unreadable(String),
}

/// The Y doc of a room whose file holds `doc`: the saved Y state when there is one, with
/// the file's changes since then written into it.
pub fn restore(path: &Path, doc: &Document) -> (Doc, Restored) {
    let fresh = || {
        let y = Doc::new();
        schema::write_document(&mut y.transact_mut(), doc);
        y
    };
    let bytes = match read(&sidecar(path)) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return (fresh(), Restored::Fresh),
        Err(why) => return (fresh(), Restored::Unreadable(why)),
    };
    let y = Doc::new();
    let applied = super::guard::check_update(&bytes)
        .and_then(|()| yrs::Update::decode_v1(&bytes).map_err(|e| e.to_string()))
        .and_then(|u| super::guard::apply_contained(&y, u, None));
    if let Err(why) = applied {
        return (fresh(), Restored::Unreadable(why));
    }
    if y.transact().has_missing_updates() {
        return (
            fresh(),
            Restored::Unreadable("it holds changes that build on missing ones".to_owned()),
        );
    }
    if schema::is_empty(&y.transact()) {
        return (
            fresh(),
            Restored::Unreadable("it holds no cycle".to_owned()),
        );
    }
    let before = y.transact().state_vector();
    diff::apply(&mut y.transact_mut(), doc);
    let how = if y.transact().state_vector() != before {
        Restored::Merged
    } else {
        Restored::Same
    };
    (y, how)
}

fn read(path: &Path) -> Result<Option<Vec<u8>>, String> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    if !meta.is_file() {
        return Err("it is not a regular file".to_owned());
    }
    if meta.len() > MAX_BYTES {
        return Err(format!("it is larger than {MAX_BYTES} bytes"));
    }
    std::fs::read(path).map(Some).map_err(|e| e.to_string())
}

/// The whole Y doc as one update, for [`write`], or why yrs could not encode it.
pub fn encode(doc: &Doc) -> Result<Vec<u8>, String> {
    super::guard::encode_state(doc)
}

/// Writes the Y state of the room file `path` atomically, never through a link and never
/// over anything but a regular file.
pub fn write(path: &Path, state: &[u8]) -> Result<(), ciclo_doc::save::SaveError> {
    ciclo_doc::save::replace_regular(&sidecar(path), state)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restaurant() -> Document {
        ciclo_doc::file::parse(ciclo_doc::templates::TEMPLATES[0].text).expect("loads")
    }

    fn read_back(y: &Doc) -> Document {
        schema::read_document(&y.transact()).document
    }

    #[test]
    fn the_sidecar_is_hidden_beside_the_file() {
        assert_eq!(
            sidecar(Path::new("/w/cena.ron")),
            Path::new("/w/.cena.ron.ystate")
        );
    }

    #[test]
    fn a_saved_state_comes_back_with_its_history_and_a_hand_edit_on_top() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cena.ron");
        let doc = restaurant();
        let (first, how) = restore(&path, &doc);
        assert_eq!(how, Restored::Fresh);
        write(&path, &encode(&first).unwrap()).unwrap();
        let (again, how) = restore(&path, &doc);
        assert_eq!(how, Restored::Same);
        assert_eq!(encode(&again), encode(&first), "the same history");
        let mut edited = doc.clone();
        edited.moments[1].name.push_str(" (edited)");
        let (merged, how) = restore(&path, &edited);
        assert_eq!(how, Restored::Merged);
        assert_eq!(read_back(&merged).moments[1].name, edited.moments[1].name);
        let ours = merged.transact().state_vector();
        assert!(ours.contains_client(&first.client_id()), "{ours:?}");
    }

    #[test]
    fn a_broken_state_is_left_aside_and_the_file_wins() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cena.ron");
        std::fs::write(sidecar(&path), b"\xff\x13\x37 not a Y update").unwrap();
        let (y, how) = restore(&path, &restaurant());
        assert!(matches!(how, Restored::Unreadable(_)), "{how:?}");
        let back = read_back(&y);
        assert_eq!(back.title, restaurant().title);
        assert_eq!(back.moments.len(), restaurant().moments.len());
    }
}
