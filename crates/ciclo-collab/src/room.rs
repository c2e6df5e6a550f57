//! One room of Ciclo's host: a cycle file, its Y doc, and the people in it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::broadcast;
use yrs::sync::Awareness;
use yrs::{Doc, Transact};

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
    awareness: Mutex<Awareness>,
    relay: broadcast::Sender<Relay>,
    peers: AtomicUsize,
    unsaved: Mutex<Unsaved>,
    /// True when the room's Y state is kept beside its file ([`ystate`]).
    keeps_state: bool,
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
        let y = Doc::new();
        schema::write_document(&mut y.transact_mut(), doc);
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
            ystate::write(&path, &ystate::encode(&y))?;
        }
        Ok((Room::with(name, path, y, true), how))
    }

    fn with(name: String, path: PathBuf, y: Doc, keeps_state: bool) -> Arc<Room> {
        let (relay, _) = broadcast::channel(4096);
        Arc::new(Room {
            name,
            path,
            awareness: Mutex::new(Awareness::new(y)),
            relay,
            peers: AtomicUsize::new(0),
            unsaved: Mutex::new(Unsaved::default()),
            keeps_state,
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

    /// Notes that the document changed now.
    pub fn changed(&self) {
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

    /// Writes the room's file atomically if it has unsaved changes. The changes made while
    /// writing stay unsaved.
    pub fn save(&self) -> Result<bool, ciclo_doc::save::SaveError> {
        if !self.is_unsaved() {
            return Ok(false);
        }
        *self.unsaved.lock().unwrap_or_else(|p| p.into_inner()) = Unsaved::default();
        // The document and the Y state of one moment, so that they read the same.
        let (read, state) = {
            let awareness = self.lock();
            let read = schema::read_document(&awareness.doc().transact());
            let state = self.keeps_state.then(|| ystate::encode(awareness.doc()));
            (read, state)
        };
        let mut reported = self.reported.lock().unwrap_or_else(|p| p.into_inner());
        for problem in read.problems {
            if !reported.contains(&problem) {
                eprintln!("{}: {problem}", self.name);
                reported.insert(problem);
            }
        }
        drop(reported);
        // The file first: a Y state newer than its file would undo the file's changes at
        // the next start, while an older one only has the file's changes merged into it.
        let saved = ciclo_doc::save::save_file(&read.document, &self.path)
            .and_then(|()| state.map_or(Ok(()), |s| ystate::write(&self.path, &s)));
        if saved.is_err() {
            self.changed();
        }
        saved.map(|()| true)
    }
}
