//! `ciclo serve` and `ciclo sync`: live workshops without a window.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use ciclo::collab::client::{Session, Status};
use ciclo::collab::fetch::Fetcher;
use ciclo::collab::host::{self, Rooms};
use ciclo::collab::join;
use ciclo::collab::presence::Presence;
use ciclo::collab::room::Room;
use ciclo::collab::tls::Trust;
use ciclo::collab::wire;
use ciclo::collab::ystate::{self, Restored};
use ciclo::escape::terminal;
use ciclo::file::load_file;
use ciclo::lang::{Arg, Lang};
use ciclo::model::Document;
use ciclo::save::{to_ron, write_atomically};

/// `ciclo serve FILE.ron... [--port] [--bind] [--token] [--view-only]`.
pub fn serve(
    files: &[PathBuf],
    port: u16,
    bind: IpAddr,
    token: Option<String>,
    view_only: bool,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let mut rooms = Vec::new();
    for path in files {
        let doc = load_file(path).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            let file = path.display().to_string();
            bail!(lang.fmt("cli-serve-room-name", &[("file", file.as_str().into())]));
        };
        if rooms.iter().any(|r: &Arc<Room>| r.name == name) {
            bail!(lang.fmt("cli-serve-same-name", &[("name", name.as_str().into())]));
        }
        let (room, how) =
            Room::open(name, path.clone(), &doc).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
        report_restored(&room, &how, lang);
        rooms.push(room);
    }
    let token = match token {
        Some(t) if t.is_empty() => bail!(lang.msg("cli-serve-empty-token")),
        Some(t) => t,
        None => wire::new_token().map_err(|e| {
            let error = e.to_string();
            anyhow::anyhow!(lang.fmt("cli-serve-no-token", &[("error", error.as_str().into())]))
        })?,
    };
    let rooms = Rooms::new(rooms, token);
    rooms.web.set_browsers_edit(!view_only);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let addr = SocketAddr::new(bind, port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(addr))
        .with_context(|| {
            let (address, port) = (addr.to_string(), port.to_string());
            lang.fmt(
                "cli-serve-cannot-listen",
                &[
                    ("address", address.as_str().into()),
                    ("port", port.as_str().into()),
                ],
            )
        })?;
    print_join_urls(&rooms, bind, port, lang);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let unsaved = runtime.block_on(async {
        let served = tokio::spawn(host::serve(listener, Arc::clone(&rooms), stopped));
        wait_for_signal().await;
        // The serving task ends once told to; if the send fails it has already ended.
        let _told = stop.send(true);
        served.await
    });
    // A serving task that panicked saved nothing it was sure of: every room counts.
    let unsaved = unsaved.unwrap_or_else(|_| rooms.all().to_vec());
    if unsaved.is_empty() {
        println!("{}", lang.msg("cli-serve-stopped"));
        return Ok(ExitCode::SUCCESS);
    }
    for room in &unsaved {
        let file = room.path.display().to_string();
        let state = ystate::sidecar(&room.path).display().to_string();
        let words = [
            ("file", terminal(&file).into()),
            ("state", terminal(&state).into()),
        ];
        eprintln!("{}", lang.fmt("cli-serve-not-saved", &words));
    }
    Ok(ExitCode::from(1))
}

/// Says how a room's shared state was made when it was not simply taken back.
fn report_restored(room: &Room, how: &Restored, lang: Lang) {
    let shown = room.path.display().to_string();
    let file = terminal(&shown).into_owned();
    match how {
        Restored::Fresh | Restored::Same => {}
        Restored::Merged => println!(
            "{}",
            lang.fmt("cli-serve-merged", &[("file", file.as_str().into())])
        ),
        Restored::Unreadable(why) => {
            let state = ystate::sidecar(&room.path).display().to_string();
            let state = terminal(&state).into_owned();
            let why = terminal(why).into_owned();
            let text = lang.fmt(
                "cli-serve-state-unreadable",
                &[
                    ("state", state.as_str().into()),
                    ("error", why.as_str().into()),
                    ("file", file.as_str().into()),
                ],
            );
            eprintln!(
                "{}",
                lang.fmt("cli-warning", &[("message", text.as_str().into())])
            );
        }
    }
}

fn print_join_urls(rooms: &Rooms, bind: IpAddr, port: u16, lang: Lang) {
    let addresses = if bind.is_unspecified() {
        ciclo::collab::net::lan_addresses()
    } else {
        vec![bind]
    };
    let count = rooms.all().len();
    println!(
        "{}",
        lang.fmt("cli-serve-hosting", &[("count", count.into())])
    );
    for room in rooms.all() {
        let urls: Vec<String> = addresses
            .iter()
            .map(|ip| join::page_url(*ip, port, &room.name, rooms.token()))
            .collect();
        // The first address is the likeliest one on the room's Wi-Fi: its code is drawn.
        if let Some(qr) = urls.first().and_then(|url| join::Qr::new(url)) {
            println!();
            print!("{}", qr.to_terminal());
        }
        for url in &urls {
            println!(
                "  {}  ({})",
                terminal(url),
                terminal(&room.path.display().to_string())
            );
        }
    }
    println!("{}", lang.msg("cli-serve-scan"));
    if !rooms.web.browsers_edit() {
        println!("{}", lang.msg("cli-serve-view-only"));
    }
    let port = port.to_string();
    println!(
        "{}",
        lang.fmt("cli-serve-firewall", &[("port", port.as_str().into())])
    );
    println!("{}", lang.msg("cli-serve-stop-hint"));
}

/// Waits for Ctrl+C, or SIGTERM on Unix.
async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// A flag that turns true on Ctrl+C or SIGTERM, watched from a small thread.
fn stop_flag() -> anyhow::Result<Arc<AtomicBool>> {
    let flag = Arc::new(AtomicBool::new(false));
    let set = Arc::clone(&flag);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    std::thread::Builder::new()
        .name("ciclo-signals".to_owned())
        .spawn(move || {
            runtime.block_on(wait_for_signal());
            set.store(true, Ordering::SeqCst);
        })?;
    Ok(flag)
}

/// The file as last written or read by `ciclo sync`: its bytes and its document.
struct Known {
    bytes: Vec<u8>,
    doc: Document,
}

/// `ciclo sync URL FILE.ron [--ca FILE] [--replace]`.
pub fn sync(
    url: &str,
    path: &Path,
    ca: Option<&Path>,
    replace: bool,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    let doc = load_file(path).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    let shown = path.display().to_string();
    let file: Arg<'_> = shown.as_str().into();
    let bytes = std::fs::read(path)
        .with_context(|| lang.fmt("cli-sync-cannot-read", &[("file", file.clone())]))?;
    let stop = stop_flag()?;
    let mut trust = Trust::from_env();
    if let Some(ca) = ca {
        trust = trust.with_file(ca);
    }
    let presence = Presence::named("ciclo sync");
    let session = Session::join_trusting(url, &presence, Box::new(|| {}), &trust)?;
    if !session.wait_synced(1, Duration::from_secs(20)) {
        match session.status() {
            Status::Refused(why) => bail!(refused(lang, &why)),
            _ => bail!(lang.fmt("cli-sync-no-answer", &[("url", terminal(url).into())])),
        }
    }
    let mut known = Known { bytes, doc };
    // Photos that phones sent to Ciclo's host are fetched beside the file.
    let mut photos = Fetcher::new(url, path);
    if session.seed(&known.doc) {
        println!("{}", lang.fmt("cli-sync-seeded", &[("file", file.clone())]));
    } else {
        let room = session.document().document;
        if room != known.doc {
            if !replace && !related(&known.doc, &room) {
                session.leave();
                bail!(lang.fmt("cli-sync-unrelated", &[("file", file.clone())]));
            }
            back_up(path, &known, lang)?;
        }
        write_room(path, &room, &mut known, lang)?;
        fetch_photos(photos.as_mut(), &room, lang);
        println!(
            "{}",
            lang.fmt("cli-sync-follows", &[("file", file.clone())])
        );
    }
    let keeping = [("file", file), ("url", terminal(url).into())];
    println!("{}", lang.fmt("cli-sync-keeping", &keeping));
    follow(&session, (path, photos.as_mut()), &mut known, &stop, lang)?;
    session.leave();
    Ok(ExitCode::SUCCESS)
}

/// Sends the file's edits and writes the room's until stopped.
fn follow(
    session: &Session,
    (path, mut photos): (&Path, Option<&mut Fetcher>),
    known: &mut Known,
    stop: &AtomicBool,
    lang: Lang,
) -> anyhow::Result<()> {
    let mut seen_generation = session.generation();
    let mut remote_since: Option<Instant> = None;
    let mut reported_error: Option<String> = None;
    let mut last_status = Status::Connected;
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(100));
        let status = session.status();
        if status != last_status {
            match &status {
                Status::Reconnecting(1) => eprintln!("{}", lang.msg("cli-sync-lost")),
                Status::Connected => eprintln!("{}", lang.msg("cli-sync-connected")),
                Status::Refused(why) => bail!(refused(lang, why)),
                _ => {}
            }
            last_status = status;
        }
        if let Ok(bytes) = std::fs::read(path)
            && bytes != known.bytes
        {
            match load_file(path) {
                Ok(mut edited) => {
                    let renumbered = renumber_new_moments(session, &known.doc, &mut edited, lang);
                    session.apply_change(&known.doc, &edited);
                    *known = Known { bytes, doc: edited };
                    if renumbered {
                        let doc = known.doc.clone();
                        rewrite(path, &doc, known, lang)?;
                    }
                    reported_error = None;
                }
                Err(e) => {
                    let message = e.message(lang);
                    if reported_error.as_ref() != Some(&message) {
                        let waiting = [("message", terminal(&message).into())];
                        eprintln!("{}", lang.fmt("cli-sync-waiting", &waiting));
                        reported_error = Some(message);
                    }
                }
            }
            continue;
        }
        let generation = session.generation();
        if generation != seen_generation {
            seen_generation = generation;
            remote_since = Some(Instant::now());
        }
        if remote_since.is_some_and(|t| t.elapsed() >= Duration::from_millis(200))
            && reported_error.is_none()
        {
            remote_since = None;
            let room = session.document().document;
            if removes_most(&known.doc, &room) {
                back_up(path, known, lang)?;
            }
            write_room(path, &room, known, lang)?;
            fetch_photos(photos.as_deref_mut(), &room, lang);
        }
    }
    let room = session.document().document;
    if reported_error.is_none() {
        write_room(path, &room, known, lang)?;
    }
    Ok(())
}

/// Gives each moment added in the file (one `before` does not have) a random id that no
/// one in the room uses, as every new moment of a workshop gets, so that two people adding
/// moments at once never collide. True when any id changed.
fn renumber_new_moments(
    session: &Session,
    before: &Document,
    edited: &mut Document,
    lang: Lang,
) -> bool {
    let mut changed = false;
    for i in 0..edited.moments.len() {
        if before.index_of(edited.moments[i].id).is_some() {
            continue;
        }
        let mut id = session.fresh_id();
        while edited.index_of(id).is_some() {
            id = session.fresh_id();
        }
        let m = &mut edited.moments[i];
        let (new, old) = (id.0.to_string(), m.id.0.to_string());
        let words = [
            ("name", terminal(&m.name).into()),
            ("id", new.as_str().into()),
            ("old", old.as_str().into()),
        ];
        println!("{}", lang.fmt("cli-sync-renumbered", &words));
        m.id = id;
        changed = true;
    }
    changed
}

/// True when the room holds the file's cycle, changed or not: at least one of the file's
/// moments is in the room under the same id and name, or the file has no moments.
fn related(file: &Document, room: &Document) -> bool {
    file.moments.is_empty()
        || file.moments.iter().any(|m| {
            room.index_of(m.id)
                .is_some_and(|i| room.moments[i].name == m.name)
        })
}

/// True when writing `room` over `file` would remove most of the cycle: more than half
/// of its moments.
fn removes_most(file: &Document, room: &Document) -> bool {
    let kept = file
        .moments
        .iter()
        .filter(|m| room.index_of(m.id).is_some())
        .count();
    !file.moments.is_empty() && kept * 2 < file.moments.len()
}

/// The backup of `path`: `FILE.ron.bak` beside it.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Keeps the file's last known content as its backup, and says so.
fn back_up(path: &Path, known: &Known, lang: Lang) -> anyhow::Result<()> {
    let backup = backup_path(path);
    ciclo::save::replace_regular(&backup, &known.bytes)
        .map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    let (file, backup) = (path.display().to_string(), backup.display().to_string());
    let words = [
        ("file", terminal(&file).into()),
        ("backup", terminal(&backup).into()),
    ];
    eprintln!("{}", lang.fmt("cli-sync-backup", &words));
    Ok(())
}

/// Writes the room's document to the file atomically when it differs from what is there.
fn write_room(path: &Path, room: &Document, known: &mut Known, lang: Lang) -> anyhow::Result<()> {
    if *room == known.doc {
        return Ok(());
    }
    rewrite(path, room, known, lang)
}

/// Fetches the photos `room` lists that the file's folder lacks, and says which.
fn fetch_photos(photos: Option<&mut Fetcher>, room: &Document, lang: Lang) {
    for written in photos.map(|p| p.fetch_missing(room)).unwrap_or_default() {
        let file = written.display().to_string();
        println!(
            "{}",
            lang.fmt(
                "cli-sync-photo-fetched",
                &[("file", terminal(&file).into())]
            )
        );
    }
}

/// Writes `room` to the file atomically, and remembers it as what the file holds.
fn rewrite(path: &Path, room: &Document, known: &mut Known, lang: Lang) -> anyhow::Result<()> {
    let text = to_ron(room);
    write_atomically(path, text.as_bytes()).map_err(|e| anyhow::anyhow!(e.message(lang)))?;
    *known = Known {
        bytes: text.into_bytes(),
        doc: room.clone(),
    };
    Ok(())
}

/// Why the workshop would not let this participant in, in `lang`.
fn refused(lang: Lang, why: &str) -> String {
    lang.fmt("cli-sync-refused", &[("reason", terminal(why).into())])
}
