//! Ciclo's host: a y-websocket server with one room per cycle file (`ciclo serve`, and
//! Host workshop in the window). It runs on its own thread with its own tokio runtime.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::{SinkExt as _, StreamExt as _};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio_tungstenite::tungstenite::Message as Frame;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::StatusCode;
use yrs::sync::{Message, SyncMessage};
use yrs::{ClientID, Transact as _};

use super::logged::{closed, joined, logged};
use super::room::{MAX_PEERS, Room, Seat};
use super::wire;

/// How often the host pings a quiet connection.
pub const PING_EVERY: Duration = Duration::from_secs(10);
/// A connection that sends nothing (not even a pong) for this long is closed.
pub const SILENCE_LIMIT: Duration = Duration::from_secs(30);

/// The most awareness (presence) clients one connection may speak for: a window or a
/// browser tab speaks for one, and a few spare cover reconnections.
pub const MAX_AWARENESS_CLIENTS: usize = 8;
/// The most presence one awareness frame may carry: a name, a colour and a selection
/// take a few hundred bytes.
pub const MAX_AWARENESS_BYTES: usize = 16 * 1024;

/// How the host tells a peer that stopped answering: it pings every `ping_every`, and
/// closes a connection that sent nothing, not even a pong, for `silence_limit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Liveness {
    /// How often a connection is pinged.
    pub ping_every: Duration,
    /// How long a connection may stay silent.
    pub silence_limit: Duration,
}

impl Default for Liveness {
    fn default() -> Self {
        Liveness {
            ping_every: PING_EVERY,
            silence_limit: SILENCE_LIMIT,
        }
    }
}

/// What the host serves.
pub struct Rooms {
    rooms: Vec<Arc<Room>>,
    token: String,
    liveness: Liveness,
    /// What browsers may do, and what the host keeps for them.
    pub web: super::page::Web,
}

impl Rooms {
    /// Rooms guarded by this token.
    pub fn new(rooms: Vec<Arc<Room>>, token: String) -> Arc<Rooms> {
        Rooms::with_liveness(rooms, token, Liveness::default())
    }

    /// Rooms guarded by this token, with quiet connections watched as `liveness` says.
    pub fn with_liveness(rooms: Vec<Arc<Room>>, token: String, liveness: Liveness) -> Arc<Rooms> {
        Arc::new(Rooms {
            rooms,
            token,
            liveness,
            web: super::page::Web::new(true),
        })
    }

    /// The room with this name.
    pub fn find(&self, name: &str) -> Option<&Arc<Room>> {
        self.rooms.iter().find(|r| r.name == name)
    }

    /// Every room.
    pub fn all(&self) -> &[Arc<Room>] {
        &self.rooms
    }

    /// The token a participant must give.
    pub fn token(&self) -> &str {
        &self.token
    }
}

/// Accepts connections until `stop` turns true, then writes every unsaved room. Returns
/// the rooms that could not be written (each error was printed).
pub async fn serve(
    listener: TcpListener,
    rooms: Arc<Rooms>,
    mut stop: watch::Receiver<bool>,
) -> Vec<Arc<Room>> {
    let saver = tokio::spawn(save_when_due(Arc::clone(&rooms), stop.clone()));
    let mut next_id = 1u64;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, peer)) = accepted else { continue };
                logged(stream.set_nodelay(true), "sending small frames at once");
                next_id += 1;
                tokio::spawn(connection(stream, peer.ip(), Arc::clone(&rooms), next_id, stop.clone()));
            }
            _ = stop.changed() => break,
        }
    }
    logged(saver.await, "the last save");
    save_all(&rooms)
}

/// Writes each room whose changes settled, every fifth of a second.
async fn save_when_due(rooms: Arc<Rooms>, mut stop: watch::Receiver<bool>) {
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stop.changed() => return,
        }
        let now = Instant::now();
        for room in rooms.all().iter().filter(|r| r.due(now)) {
            let room = Arc::clone(room);
            logged(
                tokio::task::spawn_blocking(move || report_save(&room)).await,
                "saving",
            );
        }
    }
}

/// Writes every room that has unsaved changes; returns those that could not be written.
pub fn save_all(rooms: &Rooms) -> Vec<Arc<Room>> {
    rooms
        .all()
        .iter()
        .filter(|room| !report_save(room))
        .cloned()
        .collect()
}

/// Writes a room if it has unsaved changes; false (and the error printed) when it failed.
fn report_save(room: &Room) -> bool {
    match room.save() {
        Ok(_) => true,
        Err(e) => {
            eprintln!("error: {}", e.message(ciclo_doc::lang::Lang::from_system()));
            false
        }
    }
}

/// Checks the request: a known room, the right token (with the wrong-token guard), a
/// free seat.
fn admit(
    rooms: &Rooms,
    req: &Request,
    addr: std::net::IpAddr,
) -> Result<(Arc<Room>, Seat), (StatusCode, String)> {
    let refuse = |status: StatusCode, text: String| (status, text);
    let given = req
        .uri()
        .query()
        .and_then(|q| wire::query_value(q, "token"))
        .unwrap_or_default();
    if let Err(answer) = super::page::check_token(rooms, &given, addr) {
        let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::UNAUTHORIZED);
        return Err(refuse(
            status,
            String::from_utf8_lossy(&answer.body).into_owned(),
        ));
    }
    let path = req.uri().path().trim_start_matches('/');
    let name = wire::decode_percent(path).unwrap_or_default();
    let Some(room) = rooms.find(&name) else {
        let names: Vec<&str> = rooms.all().iter().map(|r| r.name.as_str()).collect();
        return Err(refuse(
            StatusCode::NOT_FOUND,
            format!(
                "There is no room {name:?} here; the rooms are: {}\n",
                names.join(", ")
            ),
        ));
    };
    let Some(seat) = room.take_seat() else {
        return Err(refuse(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("The room {name:?} is full: it takes at most {MAX_PEERS} people.\n"),
        ));
    };
    Ok((Arc::clone(room), seat))
}

/// One connection: a WebSocket upgrade joins a room; any other request is answered as
/// HTTP (the participant page, its picture and photos) and the connection closes.
async fn connection(
    mut stream: TcpStream,
    addr: std::net::IpAddr,
    rooms: Arc<Rooms>,
    id: u64,
    stop: watch::Receiver<bool>,
) {
    let Ok((head, read)) = super::http::read_head(&mut stream).await else {
        return;
    };
    if head.is_upgrade() {
        let browser = head.header("origin").is_some();
        let stream = super::http::Replay::new(read, stream);
        join(stream, addr, browser, rooms, id, stop).await;
        return;
    }
    let body_start = super::http::head_len(&read);
    let already = &read[body_start.min(read.len())..];
    let answer = if head.method == "POST" && head.path.ends_with("/photos") {
        super::photos::upload(&rooms, &head, &mut stream, already, addr).await
    } else {
        super::page::answer(&rooms, &head, addr).await
    };
    answer.send(&mut stream, head.method == "HEAD").await;
}

// The handshake's callback returns tungstenite's own (large) refusal type.
#[allow(clippy::result_large_err)]
async fn join(
    stream: Stream,
    addr: std::net::IpAddr,
    browser: bool,
    rooms: Arc<Rooms>,
    id: u64,
    stop: watch::Receiver<bool>,
) {
    let mut admitted = None;
    let callback = |req: &Request, response: Response| match admit(&rooms, req, addr) {
        Ok(found) => {
            admitted = Some(found);
            Ok(response)
        }
        Err((status, text)) => {
            let mut refusal = ErrorResponse::new(Some(text));
            *refusal.status_mut() = status;
            Err(refusal)
        }
    };
    let handshake =
        tokio_tungstenite::accept_hdr_async_with_config(stream, callback, Some(wire::ws_config()));
    let Ok(Ok(ws)) = tokio::time::timeout(Duration::from_secs(10), handshake).await else {
        return;
    };
    let Some((room, _seat)) = admitted else {
        return;
    };
    let peer = Peer { id, browser };
    let clients = converse(ws, &room, peer, &rooms, stop).await;
    forget_clients(&room, &clients);
}

/// Who is at the other end of a connection.
#[derive(Clone, Copy, Debug)]
struct Peer {
    /// The connection's number, so that its own frames are not sent back to it.
    id: u64,
    /// A browser (its handshake had an `Origin`), which may only view when the host says.
    browser: bool,
}

/// The awareness clients a connection spoke for leave with it.
fn forget_clients(room: &Room, clients: &[ClientID]) {
    if clients.is_empty() {
        return;
    }
    let update = {
        let mut awareness = room.lock();
        for &client in clients {
            awareness.remove_state(client);
        }
        awareness.update_with_clients(clients.iter().copied())
    };
    if let Ok(update) = update {
        room.relay(0, wire::awareness(&update));
    }
}

type Stream = super::http::Replay<TcpStream>;
type Ws = tokio_tungstenite::WebSocketStream<Stream>;

/// Speaks y-websocket with one peer until it leaves, breaks the protocol or goes silent.
/// Returns the awareness clients it spoke for.
async fn converse(
    ws: Ws,
    room: &Room,
    peer: Peer,
    rooms: &Rooms,
    mut stop: watch::Receiver<bool>,
) -> Vec<ClientID> {
    let (id, liveness) = (peer.id, rooms.liveness);
    let (mut sink, mut stream) = ws.split();
    let mut relayed = room.subscribe();
    let mut clients = Vec::new();
    let greeting = {
        let awareness = room.lock();
        let mut frames = vec![wire::sync_step1(&awareness)];
        if let Ok(update) = awareness.update()
            && !update.clients.is_empty()
        {
            frames.push(wire::awareness(&update));
        }
        frames
    };
    for frame in greeting {
        if sink.send(Frame::binary(frame)).await.is_err() {
            return clients;
        }
    }
    let mut ping = tokio::time::interval(liveness.ping_every);
    let mut heard = Instant::now();
    loop {
        tokio::select! {
            incoming = stream.next() => {
                let Some(Ok(frame)) = incoming else { break };
                heard = Instant::now();
                let replies = match frame {
                    Frame::Binary(bytes) => match handle(room, id, may_write(rooms, peer), &bytes, &mut clients) {
                        Ok(replies) => replies,
                        Err(why) => {
                            eprintln!("{}: closed a connection that sent {why}", room.name);
                            break;
                        }
                    },
                    Frame::Close(_) => break,
                    Frame::Text(_) => {
                        eprintln!("{}: closed a connection that sent text, not a binary y-websocket frame", room.name);
                        break;
                    }
                    _ => Vec::new(),
                };
                for reply in replies {
                    if sink.send(Frame::binary(reply)).await.is_err() {
                        return clients;
                    }
                }
            }
            relay = relayed.recv() => match relay {
                Ok(relay) if relay.from != id => {
                    if sink.send(Frame::binary(relay.frame.to_vec())).await.is_err() {
                        break;
                    }
                }
                Ok(_) => {}
                // Too slow to follow: it resyncs when it reconnects.
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => break,
                Err(_) => break,
            },
            _ = ping.tick() => {
                if heard.elapsed() > liveness.silence_limit {
                    eprintln!("{}: closed a connection that stopped answering", room.name);
                    break;
                }
                if sink.send(Frame::Ping(Vec::new().into())).await.is_err() {
                    break;
                }
            }
            _ = stop.changed() => break,
        }
    }
    closed(sink.close().await, "closing a connection");
    clients
}

/// True when a peer's changes to the document are taken: always from a program, and from
/// a browser while the host lets browsers edit.
fn may_write(rooms: &Rooms, peer: Peer) -> bool {
    !peer.browser || rooms.web.browsers_edit()
}

/// Handles one frame from a peer: applies its changes, relays them, and returns the
/// replies. An error closes the connection. Public for the `frames` fuzz target.
pub fn handle(
    room: &Room,
    id: u64,
    may_write: bool,
    bytes: &[u8],
    clients: &mut Vec<ClientID>,
) -> Result<Vec<Vec<u8>>, String> {
    let mut replies = Vec::new();
    for message in wire::messages(bytes)? {
        match message {
            Message::Sync(SyncMessage::SyncStep1(sv)) => {
                let awareness = room.lock();
                let txn = awareness.doc().transact();
                replies.push(wire::sync_step2(&txn, &sv)?);
            }
            Message::Sync(SyncMessage::SyncStep2(_) | SyncMessage::Update(_)) if !may_write => {}
            Message::Sync(SyncMessage::SyncStep2(update) | SyncMessage::Update(update)) => {
                // Refused updates close the connection and are never relayed; updates that
                // change nothing are not relayed either.
                if room.apply_update(&update)? {
                    room.relay(id, wire::update(update));
                }
            }
            Message::Awareness(update) => {
                let size: usize = update.clients.values().map(|e| e.json.len()).sum();
                if size > MAX_AWARENESS_BYTES {
                    return Err(format!("presence of {size} bytes"));
                }
                // A connection speaks for the clients it brings into the room; it may
                // also pass on others' presence it heard (y-websocket's client re-sends
                // every update it receives), which is not counted against it.
                let known = room.lock();
                for client in update.clients.keys() {
                    if !clients.contains(client) && known.meta(*client).is_none() {
                        if clients.len() >= MAX_AWARENESS_CLIENTS {
                            return Err("presence for too many clients".to_owned());
                        }
                        clients.push(*client);
                    }
                }
                drop(known);
                let frame = wire::awareness(&update);
                room.lock()
                    .apply_update(update)
                    .map_err(|e| format!("a malformed awareness update ({e})"))?;
                // Echoed to its sender too, as y-websocket's reference server does: a
                // browser alone in a room hears something every 15 s and keeps its socket.
                replies.push(frame.clone());
                room.relay(id, frame);
            }
            Message::AwarenessQuery => {
                if let Ok(update) = room.lock().update() {
                    replies.push(wire::awareness(&update));
                }
            }
            // Authentication is the URL's token; other message kinds are extensions this
            // host does not speak. Neither changes the document.
            Message::Auth(_) | Message::Custom(..) => {}
        }
    }
    Ok(replies)
}

/// A host running on its own thread: the window's Host workshop, and the tests.
pub struct Host {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// What it serves.
    pub rooms: Arc<Rooms>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Host {
    /// Starts listening on `addr` (port 0: any free port).
    pub fn start(addr: SocketAddr, rooms: Arc<Rooms>) -> std::io::Result<Host> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let listener = runtime.block_on(TcpListener::bind(addr))?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = watch::channel(false);
        let served = Arc::clone(&rooms);
        let thread = std::thread::Builder::new()
            .name("ciclo-host".to_owned())
            .spawn(move || {
                // The rooms that could not be saved were reported on stderr.
                let _unsaved = runtime.block_on(serve(listener, served, stopped));
            })?;
        Ok(Host {
            addr,
            rooms,
            stop,
            thread: Some(thread),
        })
    }

    /// The URL of a room for a participant on this machine.
    pub fn local_url(&self, room: &str) -> String {
        format!(
            "ws://{}/{}?token={}",
            self.addr,
            wire::encode_room(room),
            self.rooms.token()
        )
    }

    /// Stops serving and writes every unsaved room.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.stop.send_replace(true);
        if let Some(thread) = self.thread.take() {
            joined(thread, "stopping the host");
        }
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        self.shut_down();
    }
}
