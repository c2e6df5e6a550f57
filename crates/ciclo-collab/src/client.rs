//! A participant: keeps a local Y doc in step with a room over y-websocket, on its own
//! thread, reconnecting with backoff. Edits go into the local doc at once and reach the
//! room when it is connected; offline edits merge when it reconnects.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures_util::{SinkExt as _, StreamExt as _};
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::{self, Message as Frame};
use yrs::sync::{Awareness, Message, SyncMessage};
use yrs::{Doc, Origin, Transact as _, TransactionMut};

use super::guard::{self, Trial};
use super::logged::{closed, joined, logged};
use super::presence::Presence;
use super::tls::Trust;
use super::{diff, schema, wire};
use ciclo_doc::model::Document;

/// The origin of the changes that came from the room; everything else is sent to it.
pub const REMOTE: &str = "ciclo-remote";
/// The origin of this participant's own edits (what its undo undoes).
pub const LOCAL: &str = "ciclo-local";
/// Own changes closer together than this are one undo step (a drag, a burst of typing),
/// unless [`Session::seal_undo`] ends the step first.
const UNDO_MERGE_MS: u64 = 2000;
/// Yjs forgets a participant whose awareness state is older than 30 s: renew it sooner.
const RENEW_PRESENCE: Duration = Duration::from_secs(12);

/// Where the connection stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Opening the first connection.
    Connecting,
    /// Connected, and the room's state has arrived.
    Connected,
    /// Lost; trying again (the number of the attempt).
    Reconnecting(u32),
    /// The server refused, and trying again would not help (for example a wrong token).
    Refused(String),
}

struct Shared {
    awareness: Mutex<Awareness>,
    status: Mutex<Status>,
    /// Counts the changes that came from the room (and presence changes).
    generation: AtomicU64,
    /// Counts the completed syncs with the room.
    syncs: AtomicU64,
    notify: Box<dyn Fn() + Send + Sync>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Awareness> {
        self.awareness.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn set_status(&self, status: Status) {
        *self.status.lock().unwrap_or_else(|p| p.into_inner()) = status;
        self.bump();
    }

    fn bump(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        (self.notify)();
    }
}

/// A live connection to one room.
pub struct Session {
    shared: Arc<Shared>,
    /// Undoes this participant's own changes only (the [`LOCAL`] origin).
    undo: Mutex<yrs::undo::UndoManager<()>>,
    outgoing: mpsc::UnboundedSender<Vec<u8>>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
    url: String,
}

/// Why a session could not start.
#[derive(Debug, thiserror::Error)]
pub enum JoinError {
    /// The URL is not a ws:// or wss:// URL.
    #[error(
        "{0:?} is not a workshop URL: it starts with http://, https://, ws:// or wss://, like http://192.168.1.20:7420/cena?token=…"
    )]
    BadUrl(String),
    /// No thread or runtime could be started.
    #[error("could not start the connection: {0}")]
    Start(#[from] std::io::Error),
    /// A certificate file to trust could not be used.
    #[error(transparent)]
    Trust(#[from] super::tls::TrustError),
}

impl Session {
    /// Joins the room at `url` as `presence`, trusting for `wss://` the built-in roots and
    /// `SSL_CERT_FILE`'s. `notify` is called (from the network thread) whenever something
    /// changed that a window would redraw for.
    pub fn join(
        url: &str,
        presence: &Presence,
        notify: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Session, JoinError> {
        Session::join_trusting(url, presence, notify, &Trust::from_env())
    }

    /// Joins as [`Session::join`] does, trusting for `wss://` what `trust` says.
    pub fn join_trusting(
        url: &str,
        presence: &Presence,
        notify: Box<dyn Fn() + Send + Sync>,
        trust: &Trust,
    ) -> Result<Session, JoinError> {
        let Some(socket) = super::join::socket_url(url)
            .filter(|u| tungstenite::http::Uri::try_from(u.as_str()).is_ok())
        else {
            return Err(JoinError::BadUrl(url.to_owned()));
        };
        let url = socket.as_str();
        install_crypto_provider();
        let tls = trust.client_config()?;
        let doc = Doc::new();
        let (outgoing, queue) = mpsc::unbounded_channel();
        let sender = outgoing.clone();
        let subscribed = doc.observe_update_v1(REMOTE, move |txn, event| {
            if txn.origin() != Some(&Origin::from(REMOTE)) {
                logged(
                    sender.send(wire::update(event.update.clone())),
                    "sending a change",
                );
            }
        });
        if subscribed.is_err() {
            return Err(JoinError::Start(std::io::Error::other(
                "the document is busy",
            )));
        }
        let scope = (
            doc.get_or_insert_map(schema::CYCLE),
            doc.get_or_insert_map(schema::MOMENTS),
        );
        let mut undo = yrs::undo::UndoManager::<()>::with_options(yrs::undo::Options {
            capture_timeout_millis: UNDO_MERGE_MS,
            ..Default::default()
        });
        undo.expand_scope(&doc, &scope.0);
        undo.expand_scope(&doc, &scope.1);
        undo.include_origin(LOCAL);
        let mut awareness = Awareness::new(doc);
        logged(
            awareness.set_local_state(presence),
            "publishing the presence",
        );
        let shared = Arc::new(Shared {
            awareness: Mutex::new(awareness),
            status: Mutex::new(Status::Connecting),
            generation: AtomicU64::new(0),
            syncs: AtomicU64::new(0),
            notify,
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let (stop, stopped) = watch::channel(false);
        let (task_shared, task_url) = (Arc::clone(&shared), url.to_owned());
        let thread = std::thread::Builder::new()
            .name("ciclo-workshop".to_owned())
            .spawn(move || {
                runtime.block_on(keep_connected(task_url, tls, task_shared, queue, stopped))
            })?;
        Ok(Session {
            shared,
            undo: Mutex::new(undo),
            outgoing,
            stop,
            thread: Some(thread),
            url: url.to_owned(),
        })
    }

    /// The URL this session joined.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Where the connection stands.
    pub fn status(&self) -> Status {
        self.shared
            .status
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Goes up whenever the room changed something here.
    pub fn generation(&self) -> u64 {
        self.shared.generation.load(Ordering::SeqCst)
    }

    /// How many times the room's state has arrived (once per connection).
    pub fn syncs(&self) -> u64 {
        self.shared.syncs.load(Ordering::SeqCst)
    }

    /// Waits until the room's state has arrived at least `count` times.
    pub fn wait_synced(&self, count: u64, timeout: Duration) -> bool {
        let deadline = std::time::Instant::now() + timeout;
        while self.syncs() < count {
            if std::time::Instant::now() > deadline || matches!(self.status(), Status::Refused(_)) {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        true
    }

    /// The document as the shared Y doc holds it now.
    pub fn document(&self) -> schema::Read {
        let awareness = self.shared.lock();
        let txn = awareness.doc().transact();
        schema::read_document(&txn)
    }

    /// Makes the shared document equal to `new` with the smallest changes, as this
    /// participant's own edit. Returns true when anything changed.
    pub fn apply(&self, new: &Document) -> bool {
        self.edit(|txn| diff::apply(txn, new))
    }

    /// Writes what changed from `before` (the document this participant saw) to `after`
    /// into the shared document, merged with what others changed meanwhile.
    pub fn apply_change(&self, before: &Document, after: &Document) -> bool {
        self.edit(|txn| diff::apply_change(txn, before, after))
    }

    /// Runs `f` in one local transaction of the shared doc.
    pub fn edit<R>(&self, f: impl FnOnce(&mut TransactionMut) -> R) -> R {
        let awareness = self.shared.lock();
        let mut txn = awareness.doc().transact_mut_with(LOCAL);
        f(&mut txn)
    }

    /// Undoes this participant's last step (not the others' changes). False when there is
    /// nothing to undo.
    pub fn undo(&self) -> bool {
        let _doc = self.shared.lock();
        self.undo
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .undo_blocking()
    }

    /// Redoes the last undone step.
    pub fn redo(&self) -> bool {
        let _doc = self.shared.lock();
        self.undo
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .redo_blocking()
    }

    /// True when there is an own step to undo.
    pub fn can_undo(&self) -> bool {
        self.undo
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .can_undo()
    }

    /// True when there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        self.undo
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .can_redo()
    }

    /// Ends the current undo step: the next change starts a new one.
    pub fn seal_undo(&self) {
        self.undo.lock().unwrap_or_else(|p| p.into_inner()).reset();
    }

    /// A random id for a new moment that no one in the room uses.
    pub fn fresh_id(&self) -> ciclo_doc::model::MomentId {
        let awareness = self.shared.lock();
        let txn = awareness.doc().transact();
        schema::fresh_id(&txn)
    }

    /// Fills an empty room with `doc`; false when the room already holds a cycle.
    pub fn seed(&self, doc: &Document) -> bool {
        self.edit(|txn| {
            let empty = schema::is_empty(txn);
            if empty {
                schema::write_document(txn, doc);
            }
            empty
        })
    }

    /// The shared Y doc (for undo and for reading it directly).
    pub fn doc(&self) -> Doc {
        self.shared.lock().doc().clone()
    }

    /// Publishes this participant's presence.
    pub fn set_presence(&self, presence: &Presence) {
        let mut awareness = self.shared.lock();
        if awareness.set_local_state(presence).is_ok() {
            let id = awareness.client_id();
            if let Ok(update) = awareness.update_with_clients([id]) {
                logged(
                    self.outgoing.send(wire::awareness(&update)),
                    "sending the presence",
                );
            }
        }
    }

    /// The other participants now in the room, by awareness client id, in a stable order.
    pub fn others(&self) -> Vec<(u64, Presence)> {
        let awareness = self.shared.lock();
        let me = awareness.client_id();
        let mut found: Vec<(u64, Presence)> = awareness
            .iter()
            .filter(|(id, _)| *id != me)
            .filter_map(|(id, state)| {
                let json = state.data.as_ref()?;
                let presence: Presence = serde_json::from_str(json).ok()?;
                Some((id.get(), presence))
            })
            .collect();
        found.sort_by_key(|(id, _)| *id);
        found
    }

    /// Leaves the room: says goodbye to the others and stops the network thread.
    pub fn leave(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.stop.send_replace(true);
        if let Some(thread) = self.thread.take() {
            joined(thread, "leaving the workshop");
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// Connects, and reconnects with backoff (0.25 s doubling to 8 s) until stopped.
async fn keep_connected(
    url: String,
    tls: Option<Arc<rustls::ClientConfig>>,
    shared: Arc<Shared>,
    mut queue: mpsc::UnboundedReceiver<Vec<u8>>,
    mut stop: watch::Receiver<bool>,
) {
    let mut attempt = 0u32;
    loop {
        let connected = tokio::select! {
            c = tokio_tungstenite::connect_async_tls_with_config(
                url.as_str(),
                Some(wire::ws_config()),
                true,
                tls.clone().map(tokio_tungstenite::Connector::Rustls),
            ) => c,
            _ = stop.changed() => return,
        };
        match connected {
            Ok((ws, _)) => {
                attempt = 0;
                // What was queued while away reaches the room through the sync steps.
                while queue.try_recv().is_ok() {}
                if converse(ws, &shared, &mut queue, &mut stop).await {
                    return;
                }
            }
            Err(tungstenite::Error::Http(response)) if response.status().is_client_error() => {
                let body = response
                    .body()
                    .as_deref()
                    .map(String::from_utf8_lossy)
                    .unwrap_or_default();
                let reason = format!("{} {}", response.status(), body.trim());
                shared.set_status(Status::Refused(reason));
                return;
            }
            Err(tungstenite::Error::Io(e)) if untrusted(&e).is_some() => {
                let why = untrusted(&e).unwrap_or_default();
                shared.set_status(Status::Refused(format!(
                    "the server's certificate is not trusted ({why}); if a private certificate authority signed it, give that authority's PEM file with --ca FILE or SSL_CERT_FILE"
                )));
                return;
            }
            Err(_) => {}
        }
        attempt = attempt.saturating_add(1);
        shared.set_status(Status::Reconnecting(attempt));
        let delay = Duration::from_millis(250u64 << attempt.min(5));
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Why TLS refused the server's certificate, when it did: trying again would not help.
fn untrusted(e: &std::io::Error) -> Option<String> {
    match e.get_ref()?.downcast_ref::<rustls::Error>()? {
        rustls::Error::InvalidCertificate(why) => Some(format!("{why:?}")),
        _ => None,
    }
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// One connection's conversation; true when the session was stopped (not lost).
async fn converse(
    ws: Ws,
    shared: &Shared,
    queue: &mut mpsc::UnboundedReceiver<Vec<u8>>,
    stop: &mut watch::Receiver<bool>,
) -> bool {
    let (mut sink, mut stream) = ws.split();
    let greeting = {
        let awareness = shared.lock();
        let mut frames = vec![wire::sync_step1(&awareness)];
        if let Ok(update) = awareness.update_with_clients([awareness.client_id()]) {
            frames.push(wire::awareness(&update));
        }
        frames
    };
    for frame in greeting {
        if sink.send(Frame::binary(frame)).await.is_err() {
            return false;
        }
    }
    let mut renew = tokio::time::interval(RENEW_PRESENCE);
    loop {
        tokio::select! {
            incoming = stream.next() => {
                let Some(Ok(frame)) = incoming else { return false };
                let Frame::Binary(bytes) = frame else { continue };
                let Ok(replies) = handle(shared, &bytes) else { return false };
                for reply in replies {
                    if sink.send(Frame::binary(reply)).await.is_err() {
                        return false;
                    }
                }
            }
            Some(frame) = queue.recv() => {
                if sink.send(Frame::binary(frame)).await.is_err() {
                    return false;
                }
            }
            _ = renew.tick() => {
                let update = {
                    let awareness = shared.lock();
                    awareness.update_with_clients([awareness.client_id()])
                };
                if let Ok(update) = update && sink.send(Frame::binary(wire::awareness(&update))).await.is_err() {
                    return false;
                }
            }
            _ = stop.changed() => {
                let goodbye = {
                    let mut awareness = shared.lock();
                    awareness.clean_local_state();
                    awareness.update_with_clients([awareness.client_id()])
                };
                if let Ok(update) = goodbye {
                    closed(sink.send(Frame::binary(wire::awareness(&update))).await, "saying goodbye");
                }
                closed(sink.close().await, "closing the connection");
                return true;
            }
        }
    }
}

/// Handles a frame from the room; an error drops the connection (it reconnects).
fn handle(shared: &Shared, bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let mut replies = Vec::new();
    for message in wire::messages(bytes)? {
        match message {
            Message::Sync(SyncMessage::SyncStep1(sv)) => {
                let awareness = shared.lock();
                let txn = awareness.doc().transact();
                replies.push(wire::sync_step2(&txn, &sv)?);
            }
            Message::Sync(SyncMessage::SyncStep2(update)) => {
                apply_remote(shared, &update)?;
                shared.syncs.fetch_add(1, Ordering::SeqCst);
                shared.set_status(Status::Connected);
            }
            Message::Sync(SyncMessage::Update(update)) => apply_remote(shared, &update)?,
            Message::Awareness(update) => {
                shared
                    .lock()
                    .apply_update(update)
                    .map_err(|e| e.to_string())?;
                shared.bump();
            }
            Message::AwarenessQuery => {
                let awareness = shared.lock();
                if let Ok(update) = awareness.update_with_clients([awareness.client_id()]) {
                    replies.push(wire::awareness(&update));
                }
            }
            Message::Auth(Some(reason)) => {
                shared.set_status(Status::Refused(reason));
                return Err("refused".to_owned());
            }
            Message::Auth(None) | Message::Custom(..) => {}
        }
    }
    Ok(replies)
}

/// Applies an update from the room, first tried on a copy of the doc
/// ([`guard::Trial`]): one that is malformed, nested too deep, makes yrs panic or would
/// leave the doc unencodable is refused, and the connection is dropped (it reconnects).
fn apply_remote(shared: &Shared, update: &[u8]) -> Result<(), String> {
    {
        let awareness = shared.lock();
        Trial::new().try_update(awareness.doc(), update, true)?;
        let decoded = wire::decode_update(update)?;
        guard::apply_contained(awareness.doc(), decoded, Some(REMOTE))?;
    }
    shared.bump();
    Ok(())
}
/// Installs ring as rustls's crypto provider, once per process: the one installed by an
/// earlier session serves the later ones.
fn install_crypto_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_some() {
        return;
    }
    if rustls::crypto::ring::default_provider()
        .install_default()
        .is_err()
    {
        eprintln!("workshop: another TLS provider was installed at the same time; it serves");
    }
}
