//! One room of Ciclo's host: a cycle file, its Y doc, and the people in it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::broadcast;
use yrs::sync::Awareness;
use yrs::{Doc, Transact};

use super::guard::{self, Trial, Tried};
use super::wire;
use super::{schema, ystate};
use ciclo_doc::model::Document;

/// The most people a room takes.
pub const MAX_PEERS: usize = 200;
/// A room is written this long after its last change.
pub const SETTLE: Duration = Duration::from_millis(500);
/// ...and at the latest this long after its first unsaved change, even while edits go on.
pub const MAX_DELAY: Duration = Duration::from_secs(2);

/// A frame for everyone in the room but the connection it came from.
#[derive(Clone, Debug)]
pub struct Relay {
    /// The connection that sent it (0: the host itself).
    pub from: u64,
    /// The frame.
    pub frame: Arc<Vec<u8>>,
}

/// When the room last changed and whether the file has caught up.
#[derive(Debug, Default)]
struct Unsaved {
    first: Option<Instant>,
    last: Option<Instant>,
}

/// A room: one `.ron` file shared as a Y doc.
pub struct Room {
    /// The room name: the file's stem.
    pub name: String,
    /// The file the room is written to. Only the host's command line chooses it.
    pub path: PathBuf,
    /// The file beside which uploaded photos are kept (in `photos/`) and against which
    /// the document's photo paths are read: the room's own file, or the window's cycle.
    pub beside: PathBuf,
    awareness: Mutex<Awareness>,
    relay: broadcast::Sender<Relay>,
    peers: AtomicUsize,
    revision: std::sync::atomic::AtomicU64,
    unsaved: Mutex<Unsaved>,
    /// True when the room's Y state is kept beside its file ([`ystate`]).
    keeps_state: bool,
    /// A copy of the Y doc on which each update is tried first ([`guard::Trial`]).
    trial: Mutex<Trial>,
    reported: Mutex<std::collections::HashSet<String>>,
}

/// A place in a room, given back when the connection ends.
pub struct Seat(Arc<Room>);

impl Drop for Seat {
    fn drop(&mut self) {
        self.0.peers.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Room {
    /// A room holding this document, with a new Y doc that is not kept on disk (the
    /// window's scratch copy).
    pub fn new(name: String, path: PathBuf, doc: &Document) -> Arc<Room> {
        let beside = path.clone();
        Room::scratch(name, path, doc, beside)
    }

    /// A room as [`Room::new`] whose uploaded photos go into the `photos/` folder beside
    /// `beside` (the window's cycle file) rather than beside its scratch file `path`.
    pub fn scratch(name: String, path: PathBuf, doc: &Document, beside: PathBuf) -> Arc<Room> {
        let y = Doc::new();
        schema::write_document(&mut y.transact_mut(), doc);
        let mut room = Room::with(name, path, y, false);
        if let Some(r) = Arc::get_mut(&mut room) {
            r.beside = beside;
        }
        room
    }

    /// A room whose Y doc is `y` as it is, not kept on disk (the fuzz targets' rooms).
    pub fn with_doc(name: String, path: PathBuf, y: Doc) -> Arc<Room> {
        Room::with(name, path, y, false)
    }

    /// The room of the file `path`, which holds `doc`: its Y state is taken back from
    /// beside the file and kept there from now on ([`ystate`]), so that participants who
    /// reconnect after a restart share its history. Says how the Y doc was made.
    pub fn open(
        name: String,
        path: PathBuf,
        doc: &Document,
    ) -> Result<(Arc<Room>, ystate::Restored), ciclo_doc::save::SaveError> {
        let (y, how) = ystate::restore(&path, doc);
        if how != ystate::Restored::Same {
            let state =
                ystate::encode(&y).map_err(|why| ciclo_doc::save::SaveError::Unencodable {
                    path: ystate::sidecar(&path),
                    why,
                })?;
            ystate::write(&path, &state)?;
        }
        Ok((Room::with(name, path, y, true), how))
    }

    fn with(name: String, path: PathBuf, y: Doc, keeps_state: bool) -> Arc<Room> {
        let (relay, _) = broadcast::channel(4096);
        Arc::new(Room {
            name,
            beside: path.clone(),
            path,
            awareness: Mutex::new(Awareness::new(y)),
            relay,
            peers: AtomicUsize::new(0),
            revision: std::sync::atomic::AtomicU64::new(1),
            unsaved: Mutex::new(Unsaved::default()),
            keeps_state,
            trial: Mutex::new(Trial::new()),
            reported: Mutex::new(std::collections::HashSet::new()),
        })
    }

    /// The room's Y doc and awareness, locked.
    pub fn lock(&self) -> MutexGuard<'_, Awareness> {
        self.awareness
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A seat, or `None` when the room already has [`MAX_PEERS`] people.
    pub fn take_seat(self: &Arc<Self>) -> Option<Seat> {
        let taken = self.peers.fetch_add(1, Ordering::SeqCst);
        let seat = Seat(Arc::clone(self));
        (taken < MAX_PEERS).then_some(seat)
    }

    /// How many connections are in the room.
    pub fn peer_count(&self) -> usize {
        self.peers.load(Ordering::SeqCst).min(MAX_PEERS)
    }

    /// Listens to the frames relayed in the room.
    pub fn subscribe(&self) -> broadcast::Receiver<Relay> {
        self.relay.subscribe()
    }

    /// Sends a frame to everyone but `from`.
    pub fn relay(&self, from: u64, frame: Vec<u8>) {
        // Nobody listening: nobody to relay to.
        if self.relay.receiver_count() > 0 {
            let relay = Relay {
                from,
                frame: Arc::new(frame),
            };
            crate::logged::logged(self.relay.send(relay), "relaying a frame");
        }
    }

    /// The document's revision: it changes whenever the document does, and only then.
    pub fn revision(&self) -> u64 {
        self.revision.load(Ordering::SeqCst)
    }

    /// Notes that the document changed now.
    pub fn changed(&self) {
        self.revision.fetch_add(1, Ordering::SeqCst);
        let mut unsaved = self.unsaved.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        unsaved.first.get_or_insert(now);
        unsaved.last = Some(now);
    }

    /// True when the file is due: the changes settled, or they have waited long enough.
    pub fn due(&self, now: Instant) -> bool {
        let unsaved = self.unsaved.lock().unwrap_or_else(|p| p.into_inner());
        match (unsaved.first, unsaved.last) {
            (Some(first), Some(last)) => {
                now.duration_since(last) >= SETTLE || now.duration_since(first) >= MAX_DELAY
            }
            _ => false,
        }
    }

    /// True when there are changes the file does not have yet.
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .first
            .is_some()
    }

    /// The document as the room holds it now, with what could not be read.
    pub fn document(&self) -> schema::Read {
        let awareness = self.lock();
        let txn = awareness.doc().transact();
        schema::read_document(&txn)
    }

    /// Applies a participant's update, first tried on a copy of the room's doc
    /// ([`guard::Trial`]): an update that is malformed, nested too deep, makes yrs panic or
    /// leaves a part pending is refused and the room is untouched. True when it changed
    /// the document (and is worth relaying).
    pub fn apply_update(&self, update: &[u8]) -> Result<bool, String> {
        let awareness = self.lock();
        let mut trial = self.trial.lock().unwrap_or_else(|p| p.into_inner());
        if trial.try_update(awareness.doc(), update, false)? == Tried::Same {
            return Ok(false);
        }
        let applied = wire::decode_update(update)
            .and_then(|decoded| guard::apply_contained(awareness.doc(), decoded, None));
        drop(awareness);
        if applied.is_err() {
            trial.forget();
        }
        drop(trial);
        self.changed();
        applied.map(|_| true)
    }

    /// Writes the room's file atomically if it has unsaved changes. The changes made while
    /// writing stay unsaved, and so do all of them when the writing failed.
    pub fn save(&self) -> Result<bool, ciclo_doc::save::SaveError> {
        let Some(since) = self.unsaved.lock().unwrap_or_else(|p| p.into_inner()).last else {
            return Ok(false);
        };
        // The document and the Y state of one moment, so that they read the same.
        let (read, state) = {
            let awareness = self.lock();
            let read = guard::contained("a document", || {
                schema::read_document(&awareness.doc().transact())
            });
            let state = self.keeps_state.then(|| ystate::encode(awareness.doc()));
            (read, state.transpose())
        };
        let unencodable = |why| ciclo_doc::save::SaveError::Unencodable {
            path: self.path.clone(),
            why,
        };
        let read = read.map_err(unencodable)?;
        let state = state.map_err(|why| ciclo_doc::save::SaveError::Unencodable {
            path: ystate::sidecar(&self.path),
            why,
        })?;
        self.report(read.problems);
        // The file first: a Y state newer than its file would undo the file's changes at
        // the next start, while an older one only has the file's changes merged into it.
        ciclo_doc::save::save_file(&read.document, &self.path)?;
        if let Some(state) = state {
            ystate::write(&self.path, &state)?;
        }
        let mut unsaved = self.unsaved.lock().unwrap_or_else(|p| p.into_inner());
        if unsaved.last == Some(since) {
            *unsaved = Unsaved::default();
        }
        Ok(true)
    }

    fn report(&self, problems: Vec<String>) {
        let mut reported = self.reported.lock().unwrap_or_else(|p| p.into_inner());
        for problem in problems {
            if !reported.contains(&problem) {
                eprintln!("{}: {problem}", self.name);
                reported.insert(problem);
            }
        }
    }
}
