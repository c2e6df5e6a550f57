//! Writing files safely: every document, picture, report, slide and recovery copy Ciclo
//! writes goes through [`write_atomically`] or [`create_new`].
//!
//! The bytes go to a new temporary file in the target's own folder, created exclusively
//! with a random name (`.ciclo-XXXXXXXX.tmp`, short whatever the target's name), flushed
//! to disk, given the old file's permissions (and owner and group where the process may
//! set them), and then renamed over the target in one step. A crash, a full disk or a
//! killed process never leaves half a file; on any failure the old file stays as it was and
//! the temporary file is removed. Temporary files that a killed save left behind are
//! removed by the next save into the same folder once they are an hour old.
//!
//! Saving to a symbolic link writes the file the link finally points to and keeps the
//! link. Renaming gives the saved file a new inode, so a hard link to the old file keeps
//! the old content: hard links are not preserved.

use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::lang::{Arg, Lang};
use crate::model::Document;

mod ron_text;

pub use ron_text::to_ron;

/// The start of every temporary file name; stale ones are recognised by it.
pub const TEMP_PREFIX: &str = ".ciclo-";
/// The end of every temporary file name.
pub const TEMP_SUFFIX: &str = ".tmp";
/// Temporary files older than this are leftovers of a killed save.
pub const STALE_AFTER: Duration = Duration::from_secs(3600);
/// Links followed before giving up (the same limit as Linux's).
const MAX_LINKS: usize = 40;

/// Why a file could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The folder to save into does not exist.
    #[error("{}", self.message(Lang::En))]
    MissingFolder {
        /// The file.
        path: PathBuf,
        /// Its folder, as the user named it.
        folder: PathBuf,
    },
    /// What should be the folder is a file.
    #[error("{}", self.message(Lang::En))]
    NotAFolder {
        /// The file.
        path: PathBuf,
        /// What stands where its folder should be.
        folder: PathBuf,
    },
    /// The file exists and may not be replaced.
    #[error("{}", self.message(Lang::En))]
    Exists {
        /// The file.
        path: PathBuf,
    },
    /// The name is a link to a file that does not exist, and may not be replaced.
    #[error("{}", self.message(Lang::En))]
    BrokenLink {
        /// The link.
        path: PathBuf,
        /// Where it points.
        target: PathBuf,
    },
    /// The output is the file the command reads.
    #[error("{}", self.message(Lang::En))]
    IsTheInput {
        /// The output, as the user named it.
        path: PathBuf,
    },
    /// What has the name is not a regular file (a link where none may be followed, a
    /// folder, a device, a pipe), and is not replaced.
    #[error("{}", self.message(Lang::En))]
    NotRegular {
        /// The name.
        path: PathBuf,
    },
    /// The content could not be encoded (a live workshop's state that Y could not write).
    #[error("{}", self.message(Lang::En))]
    Unencodable {
        /// The file.
        path: PathBuf,
        /// Why.
        why: String,
    },
    /// Reading the folder, writing or renaming failed.
    #[error("{}", self.message(Lang::En))]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        error: io::Error,
    },
}

impl SaveError {
    /// The message for the user, in `lang`: what failed and what to do next.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| Arg::from(p.display().to_string());
        let path = ("path", shown(self.path()));
        match self {
            SaveError::MissingFolder { folder, .. } => {
                lang.fmt("save-missing-folder", &[path, ("folder", shown(folder))])
            }
            SaveError::NotAFolder { folder, .. } => {
                lang.fmt("save-not-a-folder", &[path, ("folder", shown(folder))])
            }
            SaveError::Exists { .. } => lang.fmt("save-exists", &[path]),
            SaveError::BrokenLink { target, .. } => {
                lang.fmt("save-broken-link", &[path, ("target", shown(target))])
            }
            SaveError::IsTheInput { .. } => lang.fmt("save-is-the-input", &[path]),
            SaveError::NotRegular { .. } => lang.fmt("save-not-regular", &[path]),
            SaveError::Unencodable { why, .. } => lang.fmt(
                "save-unencodable",
                &[path, ("error", Arg::from(why.clone()))],
            ),
            SaveError::Io { path: file, error } => {
                let kept = if file.is_file() { "unchanged" } else { "new" };
                let error = ("error", Arg::from(lang.io_error(error)));
                lang.fmt("save-io", &[path, error, ("previous", Arg::from(kept))])
            }
        }
    }

    /// The file that could not be saved, as the user named it.
    pub fn path(&self) -> &Path {
        match self {
            SaveError::MissingFolder { path, .. }
            | SaveError::NotAFolder { path, .. }
            | SaveError::Exists { path }
            | SaveError::BrokenLink { path, .. }
            | SaveError::IsTheInput { path }
            | SaveError::NotRegular { path }
            | SaveError::Unencodable { path, .. }
            | SaveError::Io { path, .. } => path,
        }
    }
}

/// Saves a document atomically (see the [module](self) documentation).
pub fn save_file(doc: &Document, path: &Path) -> Result<(), SaveError> {
    write_atomically(path, to_ron(doc).as_bytes())
}

/// Writes `bytes` to `path` atomically, replacing the file if it exists; through a link,
/// the file the link finally points to is replaced.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write(path, bytes, true, true)
}

/// Writes `bytes` to `path` atomically without following a link: what has the name must be
/// a regular file or nothing. Ciclo's own files beside the user's (a workshop's Y state)
/// are written this way, so that a link planted in a shared folder never redirects them.
/// The rename replaces the name itself, so a link planted after the check is replaced, not
/// followed.
pub fn replace_regular(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    refuse_irregular(path)?;
    write(path, bytes, true, false)
}

/// Refuses a name held by anything but a regular file (a link, too).
fn refuse_irregular(path: &Path) -> Result<(), SaveError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if !meta.is_file() => Err(SaveError::NotRegular {
            path: path.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Writes `bytes` to a new file `path`, atomically, and refuses if anything (a file, a
/// folder, a link, even a broken one) already has that name, also when another process
/// creates it meanwhile: of several concurrent calls, exactly one succeeds.
pub fn create_new(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write(path, bytes, false, false)
}

/// Creates the folder `dir` and its parents if missing.
pub fn create_folder(dir: &Path) -> Result<(), SaveError> {
    fs::create_dir_all(dir).map_err(|error| SaveError::Io {
        path: dir.to_owned(),
        error,
    })
}

/// Refuses an `output` that is the `input` file itself (by its resolved path, or, on
/// unix, as the same file under another name), so that a command never destroys what it
/// reads.
pub fn refuse_input(input: &Path, output: &Path) -> Result<(), SaveError> {
    if same_file(input, output) {
        return Err(SaveError::IsTheInput {
            path: output.to_owned(),
        });
    }
    Ok(())
}

/// True when both paths exist and name the same file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ca), Ok(cb)) = (fs::canonicalize(a), fs::canonicalize(b)) else {
        return false;
    };
    if ca == cb {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(ma), Ok(mb)) = (fs::metadata(&ca), fs::metadata(&cb)) {
            return ma.dev() == mb.dev() && ma.ino() == mb.ino();
        }
    }
    false
}

fn write(path: &Path, bytes: &[u8], replace: bool, follow: bool) -> Result<(), SaveError> {
    let io_err = |error| SaveError::Io {
        path: path.to_owned(),
        error,
    };
    // Without replacing, the name itself is the target: a link there is refused.
    let named = if replace && follow {
        resolve_links(path).map_err(io_err)?
    } else {
        path.to_owned()
    };
    let Some(name) = named.file_name() else {
        let error = io::Error::new(io::ErrorKind::InvalidInput, "that is not a file name");
        return Err(io_err(error));
    };
    let folder = match named.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let dir = check_folder(path, &folder)?;
    let target = dir.join(name);
    // Never a device, a pipe or a folder, even at the end of a link.
    if replace {
        refuse_irregular(&target).map_err(|_| SaveError::NotRegular {
            path: path.to_owned(),
        })?;
    }
    remove_stale_temporaries(&dir, SystemTime::now());
    // The file to replace, whose mode and owner the new one takes.
    let old = fs::metadata(&target)
        .ok()
        .filter(|m| replace && m.is_file());
    let tmp = temporary(&dir, old.as_ref()).map_err(io_err)?;
    let written = (|| {
        let mut file = tmp.as_file();
        file.write_all(bytes)?;
        if let Some(old) = &old {
            keep_owner_and_mode(tmp.as_file(), old)?;
        }
        file.sync_all()
    })();
    written.map_err(io_err)?;
    let persisted = if replace {
        tmp.persist(&target)
    } else {
        tmp.persist_noclobber(&target)
    };
    // A failed persist drops the temporary file, which removes it.
    if let Err(e) = persisted {
        return Err(persist_error(path, e.error, replace));
    }
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The error for a failed rename: a clear refusal when the name was taken.
fn persist_error(path: &Path, error: io::Error, replace: bool) -> SaveError {
    if replace || error.kind() != io::ErrorKind::AlreadyExists {
        return SaveError::Io {
            path: path.to_owned(),
            error,
        };
    }
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    match fs::read_link(path) {
        Ok(target) if is_link && fs::metadata(path).is_err() => SaveError::BrokenLink {
            path: path.to_owned(),
            target,
        },
        _ => SaveError::Exists {
            path: path.to_owned(),
        },
    }
}

/// The folder to write into, fully resolved; a clear error when it is missing or a file.
fn check_folder(path: &Path, folder: &Path) -> Result<PathBuf, SaveError> {
    match fs::metadata(folder) {
        Ok(m) if !m.is_dir() => {
            return Err(SaveError::NotAFolder {
                path: path.to_owned(),
                folder: folder.to_owned(),
            });
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(SaveError::MissingFolder {
                path: path.to_owned(),
                folder: folder.to_owned(),
            });
        }
        _ => {}
    }
    fs::canonicalize(folder).map_err(|error| SaveError::Io {
        path: path.to_owned(),
        error,
    })
}

/// Follows `path` through every symbolic link to the name of the final file, which may not
/// exist yet.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        let is_link = fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(current);
        }
        let target = fs::read_link(&current)?;
        current = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        "too many symbolic links (a loop?)",
    ))
}

/// A new, exclusively created temporary file in `dir`: readable as a new file would be
/// (the umask applies), or private until it takes the old file's mode.
fn temporary(dir: &Path, old: Option<&fs::Metadata>) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(8);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = if old.is_some() { 0o600 } else { 0o666 };
        builder.permissions(fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = old;
    builder.tempfile_in(dir)
}

/// Gives `file` the owner and group of `old` where allowed, then its mode.
#[cfg(unix)]
fn keep_owner_and_mode(file: &File, old: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _, fchown};
    // Only root may give a file away; a member of the old group may still keep the group.
    if fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        let _ = fchown(file, None, Some(old.gid()));
    }
    // After fchown, which clears set-id bits.
    file.set_permissions(fs::Permissions::from_mode(old.mode() & 0o7777))
}

/// Outside unix there is no owner or mode to keep.
#[cfg(not(unix))]
fn keep_owner_and_mode(file: &File, old: &fs::Metadata) -> io::Result<()> {
    let _ = (file, old);
    Ok(())
}

/// True for the name of one of Ciclo's temporary files.
pub fn is_temporary_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Removes Ciclo's temporary files in `dir` last modified more than [`STALE_AFTER`]
/// before `now`: leftovers of a save that was killed. Anything else is left alone, and
/// failures are ignored (the save itself does not depend on it).
pub fn remove_stale_temporaries(dir: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry.file_name().to_str().is_some_and(is_temporary_name) {
            continue;
        }
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if meta.is_file() && old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_named_once_in_every_language() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("gone").join("cycle.ron");
        let err = write_atomically(&path, b"x").unwrap_err();
        let folder = dir.path().join("gone").display().to_string();
        for (lang, words) in [
            (Lang::En, "the folder"),
            (Lang::Es, "la carpeta"),
            (Lang::Ru, "папки"),
        ] {
            let message = err.message(lang);
            assert!(message.contains(&format!("{words} {folder} ")), "{message}");
            assert_eq!(message.matches("cycle.ron").count(), 1, "{message}");
        }
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            0,
            "nothing created"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_loop_of_links_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("b.ron", dir.path().join("a.ron")).unwrap();
        std::os::unix::fs::symlink("a.ron", dir.path().join("b.ron")).unwrap();
        let err = write_atomically(&dir.path().join("a.ron"), b"x").unwrap_err();
        assert!(
            err.message(Lang::En).contains("links"),
            "{}",
            err.message(Lang::En)
        );
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn only_temporary_files_older_than_an_hour_are_stale() {
        let dir = tempfile::tempdir().unwrap();
        for name in [".ciclo-a1b2c3d4.tmp", ".ciclo-notes.txt", "ciclo-x.tmp"] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        let names = || {
            let mut v: Vec<String> = fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            v.sort();
            v
        };
        remove_stale_temporaries(dir.path(), SystemTime::now() + STALE_AFTER / 2);
        assert_eq!(names().len(), 3, "half an hour old: maybe a running save");
        remove_stale_temporaries(dir.path(), SystemTime::now() + STALE_AFTER * 2);
        assert_eq!(names(), [".ciclo-notes.txt", "ciclo-x.tmp"]);
    }

    #[test]
    fn a_new_file_refuses_an_existing_name_and_keeps_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.ron");
        create_new(&path, b"first").unwrap();
        let err = create_new(&path, b"second").unwrap_err();
        assert!(matches!(err, SaveError::Exists { .. }), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }
}
