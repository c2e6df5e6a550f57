//! Helpers of the live-workshop tests: a host on loopback, participants, a cable that can
//! be cut, and waiting for everyone to agree.
#![allow(dead_code)]

use std::io::{Read as _, Write as _};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ciclo::collab::client::Session;
use ciclo::collab::host::{Host, Liveness, Rooms};
use ciclo::collab::presence::Presence;
use ciclo::collab::room::Room;
use ciclo::model::Document;

/// The restaurant template (its sets are in the order schema 1 reads them back).
pub fn restaurant() -> Document {
    ciclo::file::parse(include_str!("../../examples/restaurant.en.ron")).expect("loads")
}

/// A host serving `doc` as room `cena` from a file in a fresh folder.
pub struct Hosted {
    pub host: Host,
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub const TOKEN: &str = "s3cret-token";

pub fn host(doc: &Document) -> Hosted {
    host_with(doc, Liveness::default())
}

/// A host as [`host`], watching quiet connections as `liveness` says.
pub fn host_with(doc: &Document, liveness: Liveness) -> Hosted {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    ciclo::save::save_file(doc, &path).expect("writes");
    let rooms = Rooms::with_liveness(
        vec![Room::new("cena".to_owned(), path.clone(), doc)],
        TOKEN.to_owned(),
        liveness,
    );
    let host = Host::start("127.0.0.1:0".parse().expect("an address"), rooms).expect("listens");
    Hosted { host, dir, path }
}

impl Hosted {
    pub fn url(&self) -> String {
        self.host.local_url("cena")
    }
}

/// Joins `url` as `name` and waits for the room's state.
pub fn join(url: &str, name: &str) -> Session {
    let session = Session::join(url, &Presence::named(name), Box::new(|| {})).expect("joins");
    assert!(
        session.wait_synced(1, Duration::from_secs(10)),
        "{name} got the room: {:?}",
        session.status()
    );
    session
}

/// Ana, Boris and Chen, each joined to `hosted`'s room on loopback.
pub fn trio(hosted: &Hosted) -> (Session, Session, Session) {
    let url = hosted.url();
    (join(&url, "Ana"), join(&url, "Boris"), join(&url, "Chen"))
}

/// Waits until every session reads the same document, and returns it.
pub fn converged(sessions: &[&Session]) -> Document {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let docs: Vec<Document> = sessions.iter().map(|s| s.document().document).collect();
        if docs.windows(2).all(|w| w[0] == w[1]) {
            return docs.into_iter().next().expect("a session");
        }
        assert!(
            Instant::now() < deadline,
            "the participants did not converge"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits until `check` holds for the document of `session`.
pub fn eventually(session: &Session, what: &str, check: impl Fn(&Document) -> bool) -> Document {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let doc = session.document().document;
        if check(&doc) {
            return doc;
        }
        assert!(Instant::now() < deadline, "never saw {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A TCP relay on loopback in front of `target` whose cable can be cut and mended: while
/// cut it drops every connection and refuses new ones, as a lost Wi-Fi does.
pub struct Cable {
    pub addr: SocketAddr,
    cut: Arc<AtomicBool>,
    open: Arc<Mutex<Vec<TcpStream>>>,
}

impl Cable {
    pub fn to(target: SocketAddr) -> Cable {
        let listener = TcpListener::bind("127.0.0.1:0").expect("listens");
        let addr = listener.local_addr().expect("an address");
        let cut = Arc::new(AtomicBool::new(false));
        let open = Arc::new(Mutex::new(Vec::new()));
        let (c, o) = (Arc::clone(&cut), Arc::clone(&open));
        std::thread::spawn(move || {
            for incoming in listener.incoming() {
                let Ok(client) = incoming else { continue };
                if c.load(Ordering::SeqCst) {
                    let _ = client.shutdown(Shutdown::Both);
                    continue;
                }
                let Ok(server) = TcpStream::connect(target) else {
                    continue;
                };
                if let (Ok(a), Ok(b)) = (client.try_clone(), server.try_clone()) {
                    o.lock().unwrap().extend([a, b]);
                }
                pipe(&client, &server);
                pipe(&server, &client);
            }
        });
        Cable { addr, cut, open }
    }

    /// The URL of `host`'s room through this cable.
    pub fn url(&self, host: &Hosted) -> String {
        host.url()
            .replace(&host.host.addr.to_string(), &self.addr.to_string())
    }

    pub fn cut(&self) {
        self.cut.store(true, Ordering::SeqCst);
        for stream in self.open.lock().unwrap().drain(..) {
            let _ = stream.shutdown(Shutdown::Both);
        }
    }

    pub fn mend(&self) {
        self.cut.store(false, Ordering::SeqCst);
    }
}

fn pipe(from: &TcpStream, to: &TcpStream) {
    let (Ok(mut from), Ok(mut to)) = (from.try_clone(), to.try_clone()) else {
        return;
    };
    std::thread::spawn(move || {
        let mut buf = [0u8; 16384];
        loop {
            match from.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if to.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
            }
        }
        let _ = to.shutdown(Shutdown::Both);
    });
}

/// Waits until the file at `path` reads as a document that satisfies `check`.
pub fn file_shows(
    path: &std::path::Path,
    what: &str,
    check: impl Fn(&Document) -> bool,
) -> Document {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(doc) = ciclo::file::load_file(path)
            && check(&doc)
        {
            return doc;
        }
        assert!(Instant::now() < deadline, "the file never showed {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A raw y-websocket connection, for peers that break the protocol.
pub type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A runtime for the raw connections' async code.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
}

/// Opens a raw connection to `url`.
pub async fn raw(url: &str) -> Ws {
    tokio_tungstenite::connect_async(url)
        .await
        .expect("connects")
        .0
}

/// True when the host ends the connection within five seconds of `frame` (a frame, or
/// bytes sent as one binary frame).
pub async fn closed_after(
    ws: &mut Ws,
    frame: impl Into<tokio_tungstenite::tungstenite::Message>,
) -> bool {
    use futures_util::{SinkExt as _, StreamExt as _};
    use tokio_tungstenite::tungstenite::Message as Frame;
    if ws.send(frame.into()).await.is_err() {
        return true;
    }
    let ends = async {
        loop {
            match ws.next().await {
                None | Some(Err(_)) | Some(Ok(Frame::Close(_))) => return,
                Some(Ok(_)) => {}
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(5), ends)
        .await
        .is_ok()
}
