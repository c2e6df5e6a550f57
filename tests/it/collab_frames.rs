//! Hostile frames, from a participant or from a server (issue 18): each is refused, closes
//! only its own connection, never reaches the room's state, its file or the others, and
//! the room carries on; and the files beside a room are never written through a link.

use crate::collab_support;

use std::time::Duration;

use base64::Engine as _;
use ciclo::collab::presence::Presence;
use ciclo::collab::room::Room;
use collab_support::*;
use futures_util::{SinkExt as _, StreamExt as _};
use tokio_tungstenite::tungstenite::Message as Frame;
use yrs::encoding::write::Write as _;
use yrs::updates::encoder::{Encoder as _, EncoderV1};
use yrs::{Map as _, ReadTxn as _, Transact as _};

/// The update of issue 18, item 1, as lib0 writes it: one client, one struct, info 0x28
/// (parentSub and ContentAny), parent the root `cycle`, parentSub `deep`, and an array
/// nested `depth` deep.
fn nested(depth: usize) -> Vec<u8> {
    let mut bytes = vec![1, 1, 42, 0, 0x28, 1, 5];
    bytes.extend(b"cycle");
    bytes.push(4);
    bytes.extend(b"deep");
    bytes.push(1);
    for _ in 0..depth {
        bytes.extend([117, 1]);
    }
    bytes.extend([126, 0]);
    bytes
}

/// A y-websocket frame: message `sync` (0), step `kind` (1: step 2, 2: update).
fn sync_frame(kind: u8, update: &[u8]) -> Vec<u8> {
    let mut encoder = EncoderV1::new();
    encoder.write_var(0u8);
    encoder.write_var(kind);
    encoder.write_buf(update);
    encoder.to_vec()
}

/// The 53-byte frame of issue 18, item 2, found by fuzzing.
const POISON: &str = "AAEyAQK25tqxCACn7qny/Yyk7wj8AwGiALbm2rEIAAZTdXJ2ZXkBeAHuqfKsjKTvCAH8AwU=";

fn poison() -> Vec<u8> {
    base64::engine::general_purpose::STANDARD
        .decode(POISON)
        .expect("base64")
}

/// The binary frames `ws` receives within `wait`.
async fn frames_within(ws: &mut Ws, wait: Duration) -> Vec<Vec<u8>> {
    let mut got = Vec::new();
    let _ = tokio::time::timeout(wait, async {
        while let Some(Ok(frame)) = ws.next().await {
            if let Frame::Binary(bytes) = frame {
                got.push(bytes.to_vec());
            }
        }
    })
    .await;
    got
}

/// A and B, joined now, edit and agree, and the file shows the edit.
fn the_room_still_works(hosted: &Hosted, step: &str) {
    let (a, b) = (join(&hosted.url(), "Ana"), join(&hosted.url(), "Boris"));
    let mut doc = a.document().document;
    doc.moments[0].notes = format!("after {step}");
    a.apply(&doc);
    let seen = eventually(&b, step, |d| d.moments[0].notes == format!("after {step}"));
    assert_eq!(seen, converged(&[&a, &b]));
    file_shows(&hosted.path, step, |d| {
        d.moments[0].notes == format!("after {step}")
    });
}

#[test]
fn a_value_nested_ten_thousand_deep_closes_only_its_connection() {
    let hosted = host(&restaurant());
    let watcher = join(&hosted.url(), "Watcher");
    let rt = runtime();
    for depth in [10_000, 6_000, 65] {
        let closed = rt.block_on(async {
            let mut ws = raw(&hosted.url()).await;
            closed_after(&mut ws, sync_frame(2, &nested(depth))).await
        });
        assert!(
            closed,
            "the host closed the connection nesting {depth} deep"
        );
    }
    the_room_still_works(&hosted, "a deep value");
    let has_deep = |doc: yrs::Doc| {
        let txn = doc.transact();
        txn.get_map("cycle")
            .is_some_and(|m| m.get(&txn, "deep").is_some())
    };
    assert!(!has_deep(watcher.doc()), "the deep value was relayed");
    assert_eq!(watcher.status(), ciclo::collab::client::Status::Connected);
}

#[test]
fn a_shallow_value_still_passes() {
    let hosted = host(&restaurant());
    let watcher = join(&hosted.url(), "Watcher");
    let rt = runtime();
    rt.block_on(async {
        let mut ws = raw(&hosted.url()).await;
        ws.send(Frame::binary(sync_frame(2, &nested(8))))
            .await
            .expect("sends");
        tokio::time::sleep(Duration::from_millis(300)).await;
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let doc = watcher.doc();
        let txn = doc.transact();
        if txn
            .get_map("cycle")
            .is_some_and(|m| m.get(&txn, "deep").is_some())
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the shallow value never arrived"
        );
        drop(txn);
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_53_byte_frame_is_refused_not_relayed_and_the_room_keeps_saving() {
    let hosted = host(&restaurant());
    let rt = runtime();
    let relayed = rt.block_on(async {
        let mut listener = raw(&hosted.url()).await;
        frames_within(&mut listener, Duration::from_millis(300)).await;
        let mut ws = raw(&hosted.url()).await;
        assert!(
            closed_after(&mut ws, poison()).await,
            "the host closed the connection that sent it"
        );
        frames_within(&mut listener, Duration::from_millis(500)).await
    });
    let payload = &poison()[3..];
    assert!(
        !relayed
            .iter()
            .any(|f| f.windows(payload.len()).any(|w| w == payload)),
        "the refused frame was relayed"
    );
    // (a) people can still join, (b) edits are still saved.
    the_room_still_works(&hosted, "the 53-byte frame");
}

/// A server that sends `frames` to whoever connects, and then listens.
fn malicious_server(frames: Vec<Vec<u8>>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listens");
    let addr = listener.local_addr().expect("an address");
    listener.set_nonblocking(true).expect("non-blocking");
    std::thread::spawn(move || {
        runtime().block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio");
            while let Ok((stream, _)) = listener.accept().await {
                let frames = frames.clone();
                tokio::spawn(async move {
                    let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
                        return;
                    };
                    for frame in frames {
                        let _ = ws.send(Frame::binary(frame)).await;
                    }
                    while let Some(Ok(_)) = ws.next().await {}
                });
            }
        });
    });
    format!("ws://{addr}/cena?token=x")
}

#[test]
fn a_malicious_server_cannot_abort_or_poison_a_participant() {
    let empty = yrs::Doc::new()
        .transact()
        .encode_state_as_update_v1(&Default::default());
    for (what, frame) in [
        ("a value nested 10 000 deep", sync_frame(1, &nested(10_000))),
        ("the 53-byte frame", poison()),
    ] {
        let url = malicious_server(vec![frame, sync_frame(1, &empty)]);
        let session =
            ciclo::collab::client::Session::join(&url, &Presence::named("Ana"), Box::new(|| {}))
                .expect("joins");
        std::thread::sleep(Duration::from_millis(800));
        // Still alive, and its doc still encodes.
        let doc = session.doc();
        let state = doc
            .transact()
            .encode_state_as_update_v1(&Default::default());
        assert!(!state.is_empty(), "{what}");
        assert!(
            !doc.transact().has_missing_updates(),
            "{what} left a pending part"
        );
        assert_ne!(
            session.status(),
            ciclo::collab::client::Status::Connected,
            "{what}: the bad frame was taken as the room's state"
        );
        session.leave();
    }
}

#[cfg(unix)]
#[test]
fn a_planted_ystate_link_is_never_written_through() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    ciclo::save::save_file(&restaurant(), &path).expect("writes");
    let victim = dir.path().join("authorized_keys");
    std::fs::write(&victim, "ssh-ed25519 AAAA victim\n").expect("writes");
    let sidecar = ciclo::collab::ystate::sidecar(&path);
    std::os::unix::fs::symlink(&victim, &sidecar).expect("links");
    let refused = Room::open("cena".to_owned(), path.clone(), &restaurant());
    let Err(err) = refused else {
        panic!("the room opened through the link")
    };
    let message = err.message(ciclo::lang::Lang::En);
    assert!(
        message.contains("not a regular file") && message.contains("Remove it"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&victim).expect("reads"),
        "ssh-ed25519 AAAA victim\n"
    );
    assert!(
        std::fs::symlink_metadata(&sidecar)
            .expect("still there")
            .is_symlink()
    );
}

#[cfg(unix)]
#[test]
fn a_link_planted_while_serving_is_refused_and_the_victim_kept() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    ciclo::save::save_file(&restaurant(), &path).expect("writes");
    let (room, _) = Room::open("cena".to_owned(), path.clone(), &restaurant()).expect("opens");
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").expect("writes");
    let sidecar = ciclo::collab::ystate::sidecar(&path);
    std::fs::remove_file(&sidecar).expect("removes");
    std::os::unix::fs::symlink(&victim, &sidecar).expect("links");
    room.changed();
    let err = room.save().expect_err("refuses to write through the link");
    assert!(
        matches!(err, ciclo::save::SaveError::NotRegular { .. }),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&victim).expect("reads"), "precious");
    assert!(room.is_unsaved(), "the change is still to be saved");
}

#[cfg(unix)]
#[test]
fn a_save_through_a_link_to_a_pipe_is_refused() {
    let dir = tempfile::tempdir().expect("a folder");
    let fifo = dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let path = dir.path().join("cena.ron");
    std::os::unix::fs::symlink(&fifo, &path).expect("links");
    let err = ciclo::save::save_file(&restaurant(), &path).expect_err("refuses");
    assert!(
        matches!(err, ciclo::save::SaveError::NotRegular { .. }),
        "{err}"
    );
    let kind = std::fs::symlink_metadata(&fifo)
        .expect("still there")
        .file_type();
    assert!(
        std::os::unix::fs::FileTypeExt::is_fifo(&kind),
        "the pipe was replaced"
    );
}

/// `ciclo sync URL FILE ARGS…`, killed when dropped.
struct Sync(std::process::Child);

impl Sync {
    fn start(url: &str, file: &std::path::Path, args: &[&str]) -> Sync {
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
            .env("CICLO_LANG", "en")
            .args(["sync", url])
            .arg(file)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("starts");
        Sync(child)
    }
}

impl Drop for Sync {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

const HOTEL: &str = include_str!("../../examples/hotel.en.ron");

#[test]
fn sync_refuses_a_room_with_another_cycle_unless_replace_and_then_keeps_a_backup() {
    let hosted = host(&restaurant());
    let mine = hosted.dir.path().join("mine.ron");
    std::fs::write(&mine, HOTEL).expect("writes");
    let mut sync = Sync::start(&hosted.url(), &mine, &[]);
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = sync.0.try_wait().expect("waits") {
            break status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "sync neither refused nor stopped"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(sync.0.stderr.as_mut().expect("stderr"), &mut stderr)
        .expect("reads");
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--replace") && stderr.contains("mine.ron"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&mine).expect("reads"), HOTEL);

    let _sync = Sync::start(&hosted.url(), &mine, &["--replace"]);
    file_shows(&mine, "the room", |d| d.title == restaurant().title);
    let backup = hosted.dir.path().join("mine.ron.bak");
    assert_eq!(std::fs::read_to_string(&backup).expect("a backup"), HOTEL);
}

#[test]
fn sync_keeps_a_backup_before_the_room_removes_most_of_the_cycle() {
    let hosted = host(&restaurant());
    let mine = hosted.dir.path().join("mine.ron");
    ciclo::save::save_file(&restaurant(), &mine).expect("writes");
    let before = std::fs::read_to_string(&mine).expect("reads");
    let _sync = Sync::start(&hosted.url(), &mine, &[]);
    let a = join(&hosted.url(), "Ana");
    // Wait for the sync peer to be in the room (two awareness states besides Ana's).
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while a.others().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "ciclo sync never joined"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let backup = hosted.dir.path().join("mine.ron.bak");
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        !backup.exists(),
        "no backup while the file and the room agree"
    );
    let mut doc = a.document().document;
    doc.moments.truncate(1);
    a.apply(&doc);
    file_shows(&mine, "the room's deletion", |d| d.moments.len() == 1);
    let kept = ciclo::file::load_file(&backup).expect("a backup");
    assert_eq!(kept.moments.len(), restaurant().moments.len());
    assert_eq!(std::fs::read_to_string(&backup).expect("reads"), before);
}

/// The lines a child writes to stdout, as they come.
fn lines_of(out: impl std::io::Read + Send + 'static) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufRead::lines(std::io::BufReader::new(out)).map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

#[cfg(unix)]
#[test]
fn serve_stopped_after_a_failed_save_says_so_and_exits_non_zero() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    ciclo::save::save_file(&restaurant(), &path).expect("writes");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a port")
        .port();
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .env("CICLO_LANG", "en")
        .arg("serve")
        .arg(&path)
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--token",
            "tok",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    let stdout = lines_of(serve.stdout.take().expect("stdout"));
    loop {
        let line = stdout
            .recv_timeout(Duration::from_secs(20))
            .expect("the host starts");
        if line.contains("Ctrl+C") {
            break;
        }
    }
    // Something (here a link planted where the workshop state goes) makes saving fail.
    let sidecar = ciclo::collab::ystate::sidecar(&path);
    std::fs::remove_file(&sidecar).expect("removes");
    std::os::unix::fs::symlink(dir.path().join("elsewhere"), &sidecar).expect("links");
    let session = join(&format!("ws://127.0.0.1:{port}/cena?token=tok"), "Ana");
    let mut doc = session.document().document;
    doc.title = "Never saved".to_owned();
    session.apply(&doc);
    std::thread::sleep(Duration::from_millis(1500));
    session.leave();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &serve.id().to_string()])
        .status();
    assert!(killed.is_ok_and(|s| s.success()), "kill -TERM");
    let status = serve.wait().expect("exits");
    let mut stderr = String::new();
    std::io::Read::read_to_string(serve.stderr.as_mut().expect("stderr"), &mut stderr)
        .expect("reads");
    let rest: Vec<String> = stdout.try_iter().collect();
    assert_eq!(status.code(), Some(1), "{stderr}");
    assert!(
        !rest.iter().any(|l| l.contains("every room is saved")),
        "{rest:?}"
    );
    assert!(
        stderr.contains("cena.ron could not be saved completely")
            && stderr.contains("not a regular file"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("elsewhere").exists(),
        "nothing written through the link"
    );
}

/// `ciclo ARGS…` with its output into a pipe whose reading end is already closed.
fn into_a_closed_pipe(args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .env("CICLO_LANG", "en")
        .args(args)
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    child.wait_with_output().expect("exits")
}

#[cfg(unix)]
#[test]
fn a_closed_output_pipe_ends_the_command_quietly() {
    let restaurant =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant.en.ron");
    let summary = ["check", "--summary", restaurant.to_str().expect("UTF-8")];
    for args in [&["templates"][..], &summary[..]] {
        let out = into_a_closed_pipe(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_photo_path_naming_a_pipe_does_not_hang_slides_or_the_report() {
    let dir = tempfile::tempdir().expect("a folder");
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("foto.jpg"))
        .status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let mut doc = restaurant();
    doc.moments[0].photos.push(ciclo::model::Photo {
        path: "foto.jpg".to_owned(),
        caption: String::new(),
    });
    let path = dir.path().join("cena.ron");
    ciclo::save::save_file(&doc, &path).expect("writes");
    for (command, output) in [("slides", "cena.pptx"), ("report", "cena.html")] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
            .env("CICLO_LANG", "en")
            .env("XDG_CACHE_HOME", dir.path().join("cache"))
            .arg(command)
            .arg(&path)
            .arg("-o")
            .arg(dir.path().join(output))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("starts");
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(status) = child.try_wait().expect("waits") {
                break status;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("ciclo {command} hung on a photo that is a pipe");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        assert!(status.success(), "ciclo {command}: {status:?}");
        assert!(
            dir.path().join(output).is_file(),
            "ciclo {command} wrote nothing"
        );
    }
}

#[test]
fn a_mistyped_command_is_named_with_the_one_meant() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("x.ron");
    ciclo::save::save_file(&restaurant(), &path).expect("writes");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .env("CICLO_LANG", "en")
        .arg("exprot")
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("there is no command `exprot`") && stderr.contains("did you mean export?"),
        "{stderr}"
    );
}

/// An awareness frame speaking for `clients` clients, each with `json` as presence.
fn awareness_frame(clients: u64, json: &str) -> Vec<u8> {
    let update = yrs::sync::AwarenessUpdate {
        clients: (1..=clients)
            .map(|id| {
                let entry = yrs::sync::awareness::AwarenessUpdateEntry {
                    clock: 1,
                    json: std::sync::Arc::from(json),
                };
                (yrs::ClientID::new(id), entry)
            })
            .collect(),
    };
    ciclo::collab::wire::awareness(&update)
}

#[test]
fn presence_for_many_clients_or_many_bytes_closes_only_its_connection() {
    let hosted = host(&restaurant());
    let _watcher = join(&hosted.url(), "Watcher");
    let rt = runtime();
    let big = format!(r#"{{"user":{{"name":"{}"}}}}"#, "x".repeat(100_000));
    for (what, frame) in [
        ("1000 clients", awareness_frame(1000, "{}")),
        ("100 KB of presence", awareness_frame(1, &big)),
    ] {
        let closed = rt.block_on(async {
            let mut ws = raw(&hosted.url()).await;
            closed_after(&mut ws, frame).await
        });
        assert!(closed, "the host closed the connection that sent {what}");
    }
    let fine = rt.block_on(async {
        let mut ws = raw(&hosted.url()).await;
        ws.send(Frame::binary(awareness_frame(
            1,
            r#"{"user":{"name":"Ana"}}"#,
        )))
        .await
        .expect("sends");
        !closed_after(&mut ws, awareness_frame(2, "{}")).await
    });
    assert!(fine, "a peer speaking for two clients stays");
    // A browser's client re-sends the presence it hears: eight people already in the
    // room, passed on with its own, are not counted against it.
    let passes_on = rt.block_on(async {
        let mut others = raw(&hosted.url()).await;
        others
            .send(Frame::binary(awareness_frame(
                8,
                r#"{"user":{"name":"P"}}"#,
            )))
            .await
            .expect("sends");
        tokio::time::sleep(Duration::from_millis(300)).await;
        let mut page = raw(&hosted.url()).await;
        !closed_after(&mut page, awareness_frame(9, r#"{"user":{"name":"P"}}"#)).await
    });
    assert!(passes_on, "a page passing on others' presence stays");
    the_room_still_works(&hosted, "presence floods");
}
