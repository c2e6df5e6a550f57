//! Ciclo against the reference Yjs implementation (the pinned `yjs` and `y-websocket`
//! packages in tests/interop): a JS client edits a room of `ciclo serve`, `ciclo sync`
//! shares a room of the reference server with a JS client, and a wrong token is refused.

use crate::interop_support;

use std::io::{Read as _, Write as _};
use std::time::Duration;

use interop_support::*;
use serde_json::json;

#[test]
fn a_js_client_s_edits_reach_the_host_s_file() {
    if !node_ready() {
        return;
    }
    let served = served("t0ken");
    let path = &served.path;
    let mut peer = js_peer(&served.server(), "cena", Some("t0ken"));
    peer.wait_state("the room's twelve moments", |s| names(s).len() == 12);
    peer.send(json!({"op": "rename", "id": "1", "name": "Hears about us from a friend"}));
    peer.send(
        json!({"op": "add", "id": "1500000", "name": "Reads the parking sign", "after": "4"}),
    );
    peer.send(json!({"op": "critical", "id": "2", "value": true}));
    peer.send(
        json!({"op": "type", "id": "5", "field": "description", "at": 0, "text": "Smiles. "}),
    );
    let doc = file_shows(path, "the JS client's four edits", |d| {
        d.moments.len() == 13
            && d.moments[0].name == "Hears about us from a friend"
            && d.moments[1].critical
            && d.moments[5].description.starts_with("Smiles. ")
    });
    assert_eq!(
        doc.moments[4].name, "Reads the parking sign",
        "added after the fourth moment"
    );
    assert_eq!(doc.moments[4].id.0, 1_500_000);
    peer.send(json!({"op": "quit"}));
}

#[test]
fn ciclo_sync_and_a_js_client_converge_on_the_reference_server() {
    if !node_ready() {
        return;
    }
    let port = free_port();
    let _server = reference_server(port);
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("synced.ron");
    std::fs::write(&path, RESTAURANT).expect("writes");
    let url = format!("ws://127.0.0.1:{port}/workshop");
    let sync = Proc::start(ciclo().arg("sync").arg(&url).arg(&path));
    sync.wait_line("the seeding", |l| l.contains("filled it"));
    let mut peer = js_peer(&format!("ws://127.0.0.1:{port}"), "workshop", None);
    peer.wait_state("the seeded cycle", |s| {
        names(s).len() == 12 && names(s)[0] == "Hears a recommendation"
    });
    // The JS client's edit reaches the file.
    peer.send(json!({"op": "rename", "id": "3", "name": "Books online"}));
    file_shows(&path, "the JS client's rename", |d| {
        d.moments[2].name == "Books online"
    });
    // A hand edit saved in place reaches the JS client.
    let text = std::fs::read_to_string(&path).expect("reads");
    std::fs::write(
        &path,
        text.replace("Greeted and seated", "Greeted at the door"),
    )
    .expect("writes");
    peer.wait_state("the edit saved in place", |s| {
        names(s).get(4).is_some_and(|n| n == "Greeted at the door")
    });
    // So does one saved the way many editors save: a new file renamed over the old one.
    std::thread::sleep(Duration::from_millis(300));
    let text = std::fs::read_to_string(&path).expect("reads");
    let edited = text.replace(
        "Service cycle: dinner at Casa Olivo",
        "Dinner at Casa Olivo, reviewed",
    );
    let swap = dir.path().join(".synced.ron.swp");
    std::fs::write(&swap, edited).expect("writes");
    std::fs::rename(&swap, &path).expect("renames");
    peer.wait_state("the edit saved by renaming", |s| {
        s["title"] == "Dinner at Casa Olivo, reviewed"
    });
    let doc = file_shows(&path, "both sides' edits", |d| {
        d.moments[2].name == "Books online"
    });
    assert_eq!(doc.title, "Dinner at Casa Olivo, reviewed");
    peer.send(json!({"op": "quit"}));
}

#[test]
fn a_wrong_token_is_refused_and_sees_nothing() {
    if !node_ready() {
        return;
    }
    let served = served("right-token");
    let port = served.port;
    for target in ["/cena?token=wrong-token", "/cena", "/cena?token=right-toke"] {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connects");
        let request = format!(
            "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).expect("sends");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 401"), "{target}: {answer}");
        assert!(
            !answer.contains("Casa Olivo"),
            "the refusal carries none of the document"
        );
    }
    let peer = js_peer(&served.server(), "cena", Some("wrong-token"));
    assert!(
        peer.never(Duration::from_secs(3), |l| l.contains("Casa Olivo")
            || l.contains("\"synced\":true"))
    );
}

#[test]
fn the_javascript_example_of_the_collaboration_guide_reads_a_live_cycle() {
    if !node_ready() {
        return;
    }
    let guide = include_str!("../../docs/COLLABORATION.md");
    let example = guide
        .split("```js\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the example");
    assert!(example.lines().count() <= 16, "a short example");
    let script = interop_dir().join(format!(".read-cycle-{}.js", std::process::id()));
    std::fs::write(&script, example).expect("writes");
    let served = served("tok");
    let mut child = std::process::Command::new("node")
        .arg(&script)
        .args([&served.server(), "cena", "tok"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    // The example ends by itself once it has printed the cycle; never wait forever.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while child.try_wait().expect("waits").is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = std::fs::remove_file(&script);
            panic!("the example did not finish within 30 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("its output");
    let _ = std::fs::remove_file(&script);
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.first(),
        Some(&"Service cycle: dinner at Casa Olivo"),
        "{text}"
    );
    assert_eq!(lines.len(), 13, "{text}");
    assert!(lines[3].starts_with("3 ! Calls to book"), "{text}");
}
