//! The store of prepared photo copies on disk: each photo, once decoded and scaled for a
//! deck, the report or the window, is kept as a small JPEG in the user's cache folder, so
//! that the next deck, report or opening of the same cycle reads a few hundred KB instead
//! of decoding a 12-MP photo again (about 150 ms of CPU each).
//!
//! A copy is found by the photo file's path, length, modification time and first and
//! last bytes, and by the size it was made at: a photo edited or replaced gets a new
//! copy, and the old one ages out. The store is a cache only: when it cannot be read or
//! written, the photo is decoded as if it were not there, and nothing fails.
//!
//! It lives in `$CICLO_CACHE_DIR` when that is set (an empty value turns it off), else in
//! the system's cache folder (`$XDG_CACHE_HOME/ciclo/photos`, `~/.cache/ciclo/photos`;
//! `%LOCALAPPDATA%\ciclo\photos` on Windows; `~/Library/Caches/ciclo/photos` on macOS).

use std::hash::{Hash, Hasher};
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// The most bytes the store keeps: the copies used longest ago go first. About 2 000
/// copies for decks (800 px) or 600 at full screen (1600 px).
pub const MAX_BYTES: u64 = 200 * 1024 * 1024;

/// Changes whenever a copy would be made differently (decoder, scaling, JPEG quality), so
/// that copies made by an older Ciclo are not used.
const VERSION: u32 = 1;

/// How many bytes from each end of a photo go into its key.
const EDGE: usize = 16 * 1024;

/// A folder of prepared copies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// A store in `dir` (made when the first copy is written).
    pub fn new(dir: PathBuf) -> Store {
        Store { dir }
    }

    /// The store the user's settings ask for: `$CICLO_CACHE_DIR` (off when empty), else
    /// the system's cache folder; `None` when there is none.
    pub fn from_env() -> Option<Store> {
        if let Some(dir) = std::env::var_os("CICLO_CACHE_DIR") {
            return (!dir.is_empty()).then(|| Store::new(PathBuf::from(dir)));
        }
        system_cache_dir().map(|d| Store::new(d.join("ciclo").join("photos")))
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The copies of the photo at `path`, found by what identifies its content (read
    /// once here, whatever sizes are then looked for); `None` when the photo cannot be
    /// read (it is then not cached).
    pub fn copies(&self, path: &Path) -> Option<Copies<'_>> {
        Some(Copies {
            store: self,
            id: identity(path)?,
        })
    }

    /// Removes the copies used longest ago until the store holds at most `max_bytes`.
    pub fn trim(&self, max_bytes: u64) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let mut copies: Vec<(std::time::SystemTime, u64, PathBuf)> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".jpg"))
            .filter_map(|e| {
                let meta = e.metadata().ok()?;
                Some((meta.modified().ok()?, meta.len(), e.path()))
            })
            .collect();
        let mut total: u64 = copies.iter().map(|c| c.1).sum();
        copies.sort_unstable();
        for (_, len, path) in copies {
            if total <= max_bytes {
                break;
            }
            if std::fs::remove_file(&path).is_ok() {
                total = total.saturating_sub(len);
            }
        }
    }
}

/// One photo's copies in a [`Store`], one per size.
#[derive(Clone, Copy, Debug)]
pub struct Copies<'a> {
    store: &'a Store,
    id: u64,
}

impl Copies<'_> {
    /// The copy made at `side` pixels, if there is one; marks it as used.
    pub fn get(&self, side: u32) -> Option<Vec<u8>> {
        let file = self.file(side);
        let bytes = std::fs::read(&file).ok()?;
        if let Ok(f) = std::fs::File::options().append(true).open(&file) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        Some(bytes)
    }

    /// Keeps `jpeg` as the copy made at `side` pixels, written whole or not at all.
    /// Failing is not an error: the copy is made again next time.
    pub fn put(&self, side: u32, jpeg: &[u8]) {
        let dir = &self.store.dir;
        if ciclo_doc::save::create_folder(dir).is_err() {
            return;
        }
        let _ = ciclo_doc::save::write_atomically(&self.file(side), jpeg);
        // The store is trimmed at the first copy a process writes, then every 32nd.
        static PUT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        if PUT
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
            .is_multiple_of(32)
        {
            self.store.trim(MAX_BYTES);
        }
    }

    /// The copy's file: the photo's identity and the side.
    fn file(&self, side: u32) -> PathBuf {
        self.store.dir.join(format!("{:016x}-{side}.jpg", self.id))
    }
}

/// A hash of what identifies the photo's content: its path, length, modification time
/// and first and last bytes. `None` when the photo cannot be read.
fn identity(path: &Path) -> Option<u64> {
    // Look before opening: opening a named pipe (or a terminal) for reading would wait for
    // a writer. Opened without blocking too, in case the name changes in between.
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut file = open_without_waiting(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let mut hasher = std::hash::DefaultHasher::new();
    VERSION.hash(&mut hasher);
    std::path::absolute(path).ok()?.hash(&mut hasher);
    meta.len().hash(&mut hasher);
    meta.modified().ok()?.hash(&mut hasher);
    let mut edge = Vec::with_capacity(EDGE);
    (&mut file).take(EDGE as u64).read_to_end(&mut edge).ok()?;
    edge.hash(&mut hasher);
    if meta.len() > 2 * EDGE as u64 {
        file.seek(SeekFrom::End(-(EDGE as i64))).ok()?;
        edge.clear();
        file.take(EDGE as u64).read_to_end(&mut edge).ok()?;
        edge.hash(&mut hasher);
    }
    Some(hasher.finish())
}

/// Opens a file for reading without waiting for a writer if it is a pipe.
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::File::options()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

/// Opens a file for reading.
#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

/// The system's folder for caches.
fn system_cache_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    if cfg!(windows) {
        return var("LOCALAPPDATA");
    }
    if cfg!(target_os = "macos") {
        return var("HOME").map(|h| h.join("Library").join("Caches"));
    }
    var("XDG_CACHE_HOME").or_else(|| var("HOME").map(|h| h.join(".cache")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copy of the photo at `path` made at `side`, looked up afresh.
    fn get(store: &Store, path: &Path, side: u32) -> Option<Vec<u8>> {
        store.copies(path)?.get(side)
    }

    fn put(store: &Store, path: &Path, side: u32, jpeg: &[u8]) {
        let copies = store
            .copies(path)
            .unwrap_or_else(|| panic!("{path:?} unreadable"));
        copies.put(side, jpeg);
    }

    fn photo(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        path
    }

    #[test]
    fn a_copy_is_found_for_the_same_photo_and_side_only() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::new(dir.path().join("store"));
        let a = photo(dir.path(), "a.jpg", &[1; 50_000]);
        let b = photo(dir.path(), "b.jpg", &[2; 50_000]);
        assert_eq!(get(&store, &a, 800), None);
        put(&store, &a, 800, b"copy of a");
        assert_eq!(get(&store, &a, 800).as_deref(), Some(&b"copy of a"[..]));
        assert_eq!(get(&store, &a, 1600), None, "another side");
        assert_eq!(get(&store, &b, 800), None, "another photo");
    }

    #[test]
    fn a_photo_rewritten_in_place_with_the_same_length_is_not_taken_for_its_old_self() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::new(dir.path().join("store"));
        let mut bytes = vec![7; 100_000];
        let a = photo(dir.path(), "a.jpg", &bytes);
        put(&store, &a, 800, b"old");
        // Same length and, on a coarse clock, the same modification time: only the
        // last bytes differ.
        let when = std::fs::metadata(&a).and_then(|m| m.modified());
        bytes[99_999] = 8;
        std::fs::write(&a, &bytes).unwrap_or_else(|e| panic!("{e}"));
        if let Ok(when) = when {
            let f = std::fs::File::options().append(true).open(&a);
            f.and_then(|f| f.set_modified(when))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        assert_eq!(get(&store, &a, 800), None);
    }

    #[test]
    fn trimming_removes_the_copies_used_longest_ago() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let store = Store::new(dir.path().join("store"));
        let photos: Vec<PathBuf> = (0..3)
            .map(|i| photo(dir.path(), &format!("{i}.jpg"), &[i; 1000]))
            .collect();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for (i, p) in photos.iter().enumerate() {
            put(&store, p, 800, &[0; 1000]);
            let copy = store.copies(p).map(|c| c.file(800)).unwrap_or_default();
            let f = std::fs::File::options().append(true).open(copy);
            let when = old + std::time::Duration::from_secs(i as u64);
            f.and_then(|f| f.set_modified(when))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        // Using the oldest makes it the newest.
        assert!(get(&store, &photos[0], 800).is_some());
        store.trim(2000);
        assert!(get(&store, &photos[0], 800).is_some());
        assert!(get(&store, &photos[1], 800).is_none(), "used longest ago");
        assert!(get(&store, &photos[2], 800).is_some());
    }
}
