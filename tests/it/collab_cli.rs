//! `ciclo serve` and `ciclo sync` as a user runs them.

use crate::interop_support;

use std::time::Duration;

use ciclo::collab::client::Session;
use ciclo::collab::presence::Presence;
use interop_support::*;

fn join(url: &str) -> Session {
    let session = Session::join(url, &Presence::named("Test"), Box::new(|| {})).expect("joins");
    assert!(
        session.wait_synced(1, Duration::from_secs(10)),
        "{:?}",
        session.status()
    );
    session
}

#[test]
fn serve_refuses_a_bad_file_with_its_line_and_column() {
    let dir = tempfile::tempdir().expect("a folder");
    let good = dir.path().join("good.ron");
    let bad = dir.path().join("bad.ron");
    std::fs::write(&good, RESTAURANT).expect("writes");
    std::fs::write(
        &bad,
        RESTAURANT.replace("critical: false", "critical: maybe"),
    )
    .expect("writes");
    let out = ciclo()
        .arg("serve")
        .arg(&good)
        .arg(&bad)
        .args(["--port", &free_port().to_string()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = RESTAURANT
        .lines()
        .position(|l| l.contains("critical: false"))
        .expect("a line")
        + 1;
    assert!(stderr.contains(&format!("bad.ron:{line}:")), "{stderr}");
}

#[test]
fn serve_prints_join_urls_with_a_random_token_and_saves_on_sigterm() {
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("cena.ron");
    std::fs::write(&path, RESTAURANT).expect("writes");
    let port = free_port();
    let mut host = Proc::start(ciclo().arg("serve").arg(&path).args([
        "--port",
        &port.to_string(),
        "--bind",
        "127.0.0.1",
    ]));
    // The address a browser opens (and a QR code carries); programs take it too.
    let line = host.wait_line("a join URL", |l| l.contains("http://127.0.0.1"));
    let url = line.split_whitespace().next().expect("a URL").to_owned();
    let token = url.split("token=").nth(1).expect("a token");
    // Short enough to type off a projector, with no letters that look alike.
    assert_eq!(token.len(), 10, "{url}");
    assert!(
        token
            .bytes()
            .all(|b| b"23456789abcdefghjkmnpqrstuvwxyz".contains(&b)),
        "{url}"
    );
    let session = join(&url);
    let mut doc = session.document().document;
    doc.title = "Saved on the way out".to_owned();
    session.apply(&doc);
    std::thread::sleep(Duration::from_millis(100));
    host.terminate();
    let status = host.child.wait().expect("exits");
    assert!(status.success(), "{status:?}");
    let saved = ciclo::file::load_file(&path).expect("a whole, valid file");
    assert_eq!(saved.title, "Saved on the way out");
}

#[test]
fn sync_writes_the_room_s_changes_and_waits_out_a_broken_save() {
    let served = served("tok");
    let (hosted, mine, url) = (&served.path, served.copy("mine.ron"), served.url());
    let sync = Proc::start(ciclo().arg("sync").arg(&url).arg(&mine));
    sync.wait_line("the start", |l| l.contains("follows the room"));
    let session = join(&url);
    let mut doc = session.document().document;
    doc.moments[0].owner = "Ana, from another laptop".to_owned();
    session.apply(&doc);
    file_shows(&mine, "the room's change", |d| {
        d.moments[0].owner == "Ana, from another laptop"
    });
    // A save that breaks the file is reported with its place and not sent.
    let text = std::fs::read_to_string(&mine).expect("reads");
    std::fs::write(&mine, text.replace("critical: false", "critical: nope")).expect("writes");
    let error = sync.wait_line("the broken save", |l| {
        l.contains("mine.ron:") && l.contains("waiting for the next save")
    });
    assert!(
        error
            .split(':')
            .nth(1)
            .is_some_and(|n| n.parse::<u32>().is_ok()),
        "{error}"
    );
    std::fs::write(&mine, text.replace("Hears a recommendation", "Hears a tip")).expect("writes");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while session.document().document.moments[0].name != "Hears a tip" {
        assert!(
            std::time::Instant::now() < deadline,
            "the fixed save never reached the room"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    file_shows(hosted, "the hand edit", |d| {
        d.moments[0].name == "Hears a tip"
    });
}

#[test]
fn sync_gives_a_moment_added_in_the_file_a_random_workshop_id_and_writes_it_back() {
    let served = served("tok");
    let (hosted, mine, url) = (&served.path, served.copy("mine.ron"), served.url());
    let sync = Proc::start(ciclo().arg("sync").arg(&url).arg(&mine));
    sync.wait_line("the start", |l| l.contains("follows the room"));
    let session = join(&url);
    // Someone adds a moment in a text editor, numbering it after the last one.
    let mut doc = ciclo::file::load_file(&mine).expect("loads");
    let next = doc.moments.iter().map(|m| m.id.0).max().expect("moments") + 1;
    doc.moments.push(ciclo::model::Moment::named(
        ciclo::model::MomentId(next),
        "Leaves a tip",
    ));
    std::fs::write(&mine, ciclo::save::to_ron(&doc)).expect("writes");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let id = loop {
        let room = session.document().document;
        if let Some(m) = room.moments.iter().find(|m| m.name == "Leaves a tip") {
            break m.id.0;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the new moment never reached the room"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!((1_000_000..1 << 31).contains(&id), "{id}");
    let room = session.document().document;
    assert_eq!(room.moments.iter().filter(|m| m.id.0 == id).count(), 1);
    assert_eq!(room.moments.len(), doc.moments.len());
    file_shows(&mine, "the moment's workshop id", |d| {
        d.moments
            .last()
            .is_some_and(|m| m.name == "Leaves a tip" && m.id.0 == id)
    });
    file_shows(hosted, "the new moment", |d| {
        d.index_of(ciclo::model::MomentId(id)).is_some()
    });
}
