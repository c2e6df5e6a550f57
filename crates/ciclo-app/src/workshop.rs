//! The window's live workshop: hosting, joining and leaving, and keeping the open document
//! and the shared Y doc in step once a frame.
//!
//! While live, the Y doc is the document: local edits go through the usual [`Edit`] path
//! into the history, and once a frame what changed is merged into the Y doc
//! ([`Session::apply_change`]); what others changed replaces the open document without an
//! undo step. Undo and redo go to the Y doc's undo manager, which takes back only this
//! person's own changes. The network runs on the session's own thread.
//!
//! [`Edit`]: ciclo_doc::edit::Edit

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use ciclo_collab::client::{Session, Status};
use ciclo_collab::fetch::Fetcher;
use ciclo_collab::host::{Host, Rooms};
use ciclo_collab::join;
use ciclo_collab::presence::Presence;
use ciclo_collab::room::Room;
use ciclo_collab::wire;
use ciclo_doc::model::Document;

use super::designer::{Designer, Modal};
use super::i18n::T;
use super::workshop_ui::{JoinPrompt, NamePrompt};

/// The port a hosted workshop listens on, when it is free.
pub const PORT: u16 = 7420;
/// While dragging, the others see at most this many updates a second (coalesced).
const DRAG_UPDATES_PER_SECOND: f64 = 25.0;

/// A guest's photo fetcher, the paths of the photos that arrived, and where to send them.
type GuestPhotos = (Arc<Mutex<Fetcher>>, Receiver<PathBuf>, Sender<PathBuf>);

/// A live workshop: the connection, and the host when this window hosts.
pub(crate) struct Live {
    pub(crate) session: Session,
    /// The host, when this window hosts the workshop.
    pub(crate) host: Option<Host>,
    /// The URLs others join with (hosting only).
    pub(crate) join_urls: Vec<String>,
    /// The document as the window and the Y doc last agreed on it.
    seen: Document,
    seen_generation: u64,
    /// When the last local change was sent (egui time, seconds).
    sent_at: f64,
    /// True when the open document must be read again from the Y doc (after undo).
    refresh: bool,
    /// The presence last published.
    presence: Presence,
    /// A guest's photos fetched from Ciclo's host beside the open file, and the paths of
    /// those that arrived.
    photos: Option<GuestPhotos>,
    /// The photo paths the cycle listed when they were last fetched.
    listed_photos: Vec<String>,
}

/// The workshop's part of the window state.
#[derive(Default)]
pub(crate) struct Workshop {
    pub(crate) live: Option<Live>,
    /// The Join workshop prompt: open, with the URL typed so far.
    pub(crate) join_prompt: Option<JoinPrompt>,
    /// The name prompt, and what waits for the name.
    pub(crate) name_prompt: Option<NamePrompt>,
    /// True while the join panel (URL, token, copy button) is shown.
    pub(crate) join_panel: bool,
    /// The window's context, so that the network thread can ask for a repaint.
    pub(crate) ctx: Option<egui::Context>,
}

/// What the name prompt was opened for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NameFor {
    Host,
    Join(String),
}

impl Live {
    /// Who is in the room, this person first.
    pub(crate) fn people(&self) -> Vec<Presence> {
        let mut all = vec![self.presence.clone()];
        all.extend(self.session.others().into_iter().map(|(_, p)| p));
        all
    }

    /// "Live · 5 people · connected" for the status bar.
    pub(crate) fn status_text(&self, lang: ciclo_doc::lang::Lang) -> String {
        let state = match self.session.status() {
            Status::Connected => T::WsConnected,
            Status::Connecting => T::WsConnecting,
            Status::Reconnecting(_) => T::WsReconnecting,
            Status::Refused(_) => T::WsRefused,
        };
        format!(
            "{} · {} · {}",
            T::WsLive.get(lang),
            T::WsPeople.count(self.people().len(), lang),
            state.get(lang)
        )
    }
}

impl Designer {
    /// True while a workshop is live.
    pub fn is_live(&self) -> bool {
        self.workshop.live.is_some()
    }

    /// The live session, for tests and the status bar.
    pub fn workshop_session(&self) -> Option<&Session> {
        self.workshop.live.as_ref().map(|l| &l.session)
    }

    /// The URLs others join with, when this window hosts.
    pub fn join_urls(&self) -> Vec<String> {
        self.workshop
            .live
            .as_ref()
            .map(|l| l.join_urls.clone())
            .unwrap_or_default()
    }

    /// Joins the workshop at `url`, asking for the name first if there is none yet.
    pub fn start_joining(&mut self, url: &str, ctx: &egui::Context) {
        self.workshop.ctx = Some(ctx.clone());
        self.with_name(NameFor::Join(url.to_owned()));
    }

    /// Asks for the name first if there is none yet, then does `then`.
    pub(crate) fn with_name(&mut self, then: NameFor) {
        if self.settings.workshop_name.trim().is_empty() {
            self.workshop.name_prompt = Some(NamePrompt::new(then));
            return;
        }
        match then {
            NameFor::Host => self.host_workshop(),
            NameFor::Join(url) => self.join_workshop(&url),
        }
    }

    /// Hosts the open cycle: a host on this computer (port 7420, or any free port), and
    /// this window joined to it.
    pub fn host_workshop(&mut self) {
        if self.is_live() {
            return;
        }
        let doc = self.doc().clone();
        let room_name = self
            .path()
            .and_then(|p| p.file_stem())
            .and_then(|s| s.to_str())
            .unwrap_or("ciclo")
            .to_owned();
        let Ok(token) = wire::new_token() else {
            return self.workshop_failed(T::WsHostFailed, "no random token".to_owned());
        };
        // The cycle's own file is written by Save, as usual; the host keeps its copy in a
        // scratch file of its own, removed on Leave.
        let scratch =
            std::env::temp_dir().join(format!("ciclo-workshop-{}.ron", std::process::id()));
        // Photos sent from phones go into `photos/` beside the cycle's own file.
        let beside = self
            .path()
            .map_or_else(|| scratch.clone(), Path::to_path_buf);
        let rooms = Rooms::new(
            vec![Room::scratch(room_name.clone(), scratch, &doc, beside)],
            token.clone(),
        );
        let any = IpAddr::from([0, 0, 0, 0]);
        let host = Host::start(SocketAddr::new(any, PORT), rooms.clone())
            .or_else(|_| Host::start(SocketAddr::new(any, 0), rooms));
        let host = match host {
            Ok(host) => host,
            Err(e) => return self.workshop_failed(T::WsHostFailed, e.to_string()),
        };
        let port = host.addr.port();
        let join_urls = ciclo_collab::net::lan_addresses()
            .iter()
            .map(|ip| join::page_url(*ip, port, &room_name, &token))
            .collect();
        let local = join::page_url(IpAddr::from([127, 0, 0, 1]), port, &room_name, &token);
        self.go_live(&local, Some(host), join_urls);
        self.workshop.join_panel = true;
    }

    /// Joins the workshop at `url`; the open document becomes the room's.
    pub fn join_workshop(&mut self, url: &str) {
        if self.is_live() {
            return;
        }
        self.go_live(url.trim(), None, Vec::new());
    }

    fn go_live(&mut self, url: &str, host: Option<Host>, join_urls: Vec<String>) {
        let presence = Presence::named(self.settings.workshop_name.trim());
        let ctx = self.workshop.ctx.clone();
        let notify: Box<dyn Fn() + Send + Sync> = Box::new(move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        });
        let session = match Session::join(url, &presence, notify) {
            Ok(s) => s,
            Err(e) => return self.workshop_failed(T::WsJoinFailed, e.to_string()),
        };
        let hosting = host.is_some();
        if hosting && !session.wait_synced(1, std::time::Duration::from_secs(5)) {
            return self.workshop_failed(T::WsHostFailed, format!("{:?}", session.status()));
        }
        let seen = session.document().document;
        // A guest keeps the photos phones sent beside its open file, as `ciclo sync` does.
        let photos = (!hosting)
            .then(|| self.path())
            .flatten()
            .and_then(|path| Fetcher::new(url, path))
            .map(|fetcher| {
                let (arrived, taken) = channel();
                (Arc::new(Mutex::new(fetcher)), taken, arrived)
            });
        self.workshop.live = Some(Live {
            session,
            host,
            join_urls,
            seen: seen.clone(),
            seen_generation: 0,
            sent_at: 0.0,
            refresh: !hosting,
            presence,
            photos,
            listed_photos: Vec::new(),
        });
        if !hosting {
            self.document.history = ciclo_doc::edit::History::new(seen, false);
        }
    }

    /// Leaves the workshop; the cycle stays open as an ordinary, unsaved document.
    pub fn leave_workshop(&mut self) {
        let Some(live) = self.workshop.live.take() else {
            return;
        };
        let doc = live.session.document().document;
        live.session.leave();
        if let Some(host) = live.host {
            let scratch: Vec<std::path::PathBuf> =
                host.rooms.all().iter().map(|r| r.path.clone()).collect();
            host.stop();
            for path in scratch {
                let _ = std::fs::remove_file(path);
            }
        }
        let path = self.document.path.clone();
        self.document.history = ciclo_doc::edit::History::new(doc, false);
        self.document.path = path;
        self.workshop.join_panel = false;
    }

    fn workshop_failed(&mut self, title: T, message: String) {
        self.windows.modal = Some(Modal::Error { title, message });
    }

    /// Undo while live: this person's own last step, through the Y doc.
    pub(crate) fn live_undo(&mut self, redo: bool) {
        self.sync_now();
        if let Some(live) = &mut self.workshop.live {
            let _changed = if redo {
                live.session.redo()
            } else {
                live.session.undo()
            };
            live.refresh = true;
        }
        self.sync_now();
    }

    /// Once a frame, after the queue: keeps the workshop in step.
    pub(crate) fn workshop_frame(&mut self, ctx: &egui::Context) {
        if self.workshop.ctx.is_none() {
            self.workshop.ctx = Some(ctx.clone());
        }
        self.view.live = self.is_live();
        if !self.view.live {
            return;
        }
        let dragging = self.view.canvas.dragging().is_some();
        let now = ctx.input(|i| i.time);
        self.sync_workshop(now, dragging);
        if dragging {
            // A held-back drag step goes out in the next frame.
            ctx.request_repaint_after(std::time::Duration::from_millis(40));
        }
    }

    /// Sends the local change now, whatever the pace.
    fn sync_now(&mut self) {
        self.sync_workshop(f64::MAX, false);
    }

    /// Once a frame: sends what changed here, reads what changed there, and publishes
    /// the selection. `now` is egui's time; `dragging` holds back drag steps to
    /// [`DRAG_UPDATES_PER_SECOND`].
    pub(crate) fn sync_workshop(&mut self, now: f64, dragging: bool) {
        let arrived: Vec<PathBuf> = (self.workshop.live.as_ref())
            .and_then(|l| l.photos.as_ref())
            .map(|(_, taken, _)| taken.try_iter().collect())
            .unwrap_or_default();
        for path in arrived {
            self.view.photos.forget(&path);
        }
        let selection = self.view.selection;
        let Some(live) = &mut self.workshop.live else {
            return;
        };
        let doc = self.document.history.doc();
        if *doc != live.seen {
            if dragging && now - live.sent_at < 1.0 / DRAG_UPDATES_PER_SECOND {
                return; // the next frame sends it
            }
            if !dragging {
                live.session.seal_undo();
            }
            live.session.apply_change(&live.seen, doc);
            live.seen = doc.clone();
            live.sent_at = now;
            if !dragging {
                live.session.seal_undo();
            }
        }
        let generation = live.session.generation();
        if generation != live.seen_generation || live.refresh {
            live.seen_generation = generation;
            live.refresh = false;
            let shared = live.session.document().document;
            if shared != *doc {
                self.document.history.replace(shared.clone());
                if let Some(id) = self.view.selection
                    && shared.index_of(id).is_none()
                {
                    self.view.selection = None;
                }
            }
            // Only a change to the photos the cycle lists can bring one to fetch; other
            // edits (typing, drags) come many times a second.
            let listed: Vec<String> = (shared.moments.iter())
                .flat_map(|m| &m.photos)
                .map(|p| p.path.clone())
                .collect();
            if listed != live.listed_photos {
                if let Some((fetcher, _, arrived)) = &live.photos {
                    fetch_photos(fetcher, &shared, arrived, self.workshop.ctx.clone());
                }
                live.listed_photos = listed;
            }
            live.seen = shared;
        }
        let selection = selection.map(|id| id.0.to_string());
        if live.presence.selection != selection || live.presence.dragging != dragging {
            live.presence.selection = selection;
            live.presence.dragging = dragging;
            live.session.set_presence(&live.presence);
        }
    }
}

/// Fetches, on a thread of its own, the photos `doc` lists that the guest's folder lacks;
/// each one that arrives is sent on `arrived`, and the window redrawn.
fn fetch_photos(
    fetcher: &Arc<Mutex<Fetcher>>,
    doc: &Document,
    arrived: &Sender<PathBuf>,
    ctx: Option<egui::Context>,
) {
    let (fetcher, doc, arrived) = (Arc::clone(fetcher), doc.clone(), arrived.clone());
    let spawned = std::thread::Builder::new()
        .name("ciclo-photos".to_owned())
        .spawn(move || {
            let fetched = match fetcher.lock() {
                Ok(mut f) => f.fetch_missing(&doc),
                Err(_) => Vec::new(),
            };
            for path in fetched {
                if arrived.send(path).is_err() {
                    return;
                }
            }
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        });
    if let Err(e) = spawned {
        eprintln!("the workshop's photos could not be fetched: {e}");
    }
}
