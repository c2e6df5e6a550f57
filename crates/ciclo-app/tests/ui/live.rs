//! The window in a live workshop, headless: hosting from the Workshop menu (name prompt,
//! join panel, status bar), another participant's edits and selection arriving, undo of
//! one's own step only, and leaving with an ordinary unsaved document.

use std::time::{Duration, Instant};

use ciclo_app::{Designer, Edit, ScriptedDialogs};
use ciclo_collab::client::Session;
use ciclo_collab::presence::Presence;
use ciclo_doc::lang::Lang;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

use crate::common;
use common::{designer, example};

/// Runs frames until `check` holds (the network answers on its own thread).
fn until(h: &mut Harness<'static, Designer>, what: &str, check: impl Fn(&Designer) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        h.run();
        if check(h.state()) {
            return;
        }
        assert!(Instant::now() < deadline, "never: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The hosted room's URL on loopback (the join URLs name the network's addresses).
fn loopback(url: &str) -> String {
    let (_, rest) = url.split_once("://").expect("a URL");
    let (_, path) = rest.split_once(':').expect("a port");
    format!("ws://127.0.0.1:{path}")
}

/// The participant page at `host_and_path` (`127.0.0.1:PORT/ROOM?token=…`), as a browser
/// gets it.
fn page_of(host_and_path: &str) -> String {
    use std::io::{Read as _, Write as _};
    let (host, path) = host_and_path.split_once('/').expect("a path");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    write!(stream, "GET /{path} HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

/// `who`'s ring, with their initials, sits on the row of the moment list labelled `row`.
fn ring_on_row(h: &mut Harness<'static, Designer>, who: &str, row: &str) {
    h.run();
    let ring = h
        .get_by_label(&format!("{who} has selected this moment"))
        .rect();
    let row = h.get_by_label_contains(row).rect();
    assert!(
        row.contains(ring.center()),
        "the ring {ring:?} is on the row {row:?}"
    );
}

/// The restaurant example open in `dir`, Workshop ▸ Host workshop… chosen, and `name`
/// typed into the name prompt the window shows the first time.
fn named_in_the_host_prompt(dir: &std::path::Path, name: &str) -> Harness<'static, Designer> {
    let path = example(dir, "restaurant.en.ron");
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.open_path(path);
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h.get_by_label("Workshop").click();
    h.run();
    h.get_by_label_contains("Host workshop").click();
    h.run();
    h.get_by_label("Your name");
    h.event(egui::Event::Text(name.to_owned()));
    h.run();
    h
}

#[test]
fn hosting_from_the_window_shares_the_cycle_both_ways() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = named_in_the_host_prompt(dir.path(), "Facilitator");
    h.get_by_label("OK").click();
    until(&mut h, "hosting", Designer::is_live);
    assert_eq!(h.state().settings.workshop_name, "Facilitator");
    h.get_by_label("Join this workshop");
    let urls = h.state().join_urls();
    assert!(
        urls.iter()
            .all(|u| u.starts_with("http://") && u.contains("?token=")),
        "{urls:?}"
    );
    h.get_by_label(&urls[0]);
    h.get_by_label("Copy address");
    // The code a phone scans, large enough for the back of the room.
    let qr = h
        .get_by_label_contains("QR code of the join address")
        .rect();
    assert!(qr.width() >= 220.0 && qr.width() == qr.height(), "{qr:?}");
    // Phones may edit until the facilitator unticks it; the page then says so.
    let page = || page_of(&loopback(&urls[0]).replacen("ws://", "", 1));
    assert!(page().contains(r#"name="ciclo-can-edit" content="true""#));
    h.get_by_label("People joining from a browser may edit")
        .click();
    h.run();
    assert!(page().contains(r#"name="ciclo-can-edit" content="false""#));

    let ana = Session::join(
        &loopback(&urls[0]),
        &Presence::named("Ana"),
        Box::new(|| {}),
    )
    .expect("joins");
    assert!(ana.wait_synced(1, Duration::from_secs(10)));
    assert_eq!(ana.document().document, *h.state().doc());
    until(&mut h, "two people in the status bar", |d| {
        d.workshop_session().is_some_and(|s| s.others().len() == 1)
    });
    h.get_by_label("Live · 2 people · connected");

    // Ana renames a moment and selects another: the window shows both.
    let mut doc = ana.document().document;
    doc.moments[0].name = "Hears about us".to_owned();
    ana.apply(&doc);
    let mut presence = Presence::named("Ana");
    presence.selection = Some(doc.moments[3].id.0.to_string());
    assert!(
        h.query_by_label("Ana has selected this moment").is_none(),
        "no ring before Ana selects"
    );
    ana.set_presence(&presence);
    until(&mut h, "Ana's rename", |d| {
        d.doc().moments[0].name == "Hears about us"
    });
    until(&mut h, "Ana's selection", |d| {
        d.workshop_session().is_some_and(|s| {
            s.others()
                .iter()
                .any(|(_, p)| p.selection == presence.selection)
        })
    });
    ring_on_row(&mut h, "Ana", &format!(" 4. {}", doc.moments[3].name));

    // The facilitator marks a moment critical; Ana sees it; undo takes back only that.
    let id = h.state().doc().moments[5].id;
    h.state_mut().edit(Edit::Critical(id, true));
    h.run();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !ana.document().document.moments[5].critical {
        assert!(Instant::now() < deadline, "Ana never saw the critical mark");
        h.run();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    until(&mut h, "the undo", |d| !d.doc().moments[5].critical);
    assert_eq!(
        h.state().doc().moments[0].name,
        "Hears about us",
        "Ana's rename stays"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while ana.document().document.moments[5].critical {
        assert!(Instant::now() < deadline, "the undo never reached Ana");
        std::thread::sleep(Duration::from_millis(20));
    }

    // Leaving keeps the cycle as an ordinary, unsaved document.
    h.get_by_label("Workshop").click();
    h.run();
    h.get_by_label_contains("Leave workshop").click();
    h.run();
    assert!(!h.state().is_live());
    assert!(h.state().is_dirty());
    assert_eq!(h.state().doc().moments[0].name, "Hears about us");
}

#[test]
fn return_in_the_name_prompt_answers_it_like_ok() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = named_in_the_host_prompt(dir.path(), "Facilitator");
    h.key_press(egui::Key::Enter);
    until(&mut h, "hosting after Return", Designer::is_live);
    assert_eq!(h.state().settings.workshop_name, "Facilitator");
}

#[test]
fn a_guest_window_fetches_the_photos_phones_sent_beside_its_file() {
    use std::io::{Read as _, Write as _};
    // A host with the restaurant, to which a phone sends a photo of moment 1.
    let host_dir = tempfile::tempdir().unwrap();
    let hosted = example(host_dir.path(), "restaurant.en.ron");
    let doc = ciclo_doc::file::load_file(&hosted).unwrap();
    let rooms = ciclo_collab::host::Rooms::new(
        vec![ciclo_collab::room::Room::new(
            "cena".to_owned(),
            hosted,
            &doc,
        )],
        "t0ken".to_owned(),
    );
    let host = ciclo_collab::host::Host::start("127.0.0.1:0".parse().unwrap(), rooms).unwrap();
    let photo = ciclo_photo::testing::jpeg_with_orientation(64, 48, 1);
    let mut stream = std::net::TcpStream::connect(host.addr).unwrap();
    let target = format!("/cena/photos?token=t0ken&moment={}", doc.moments[0].id.0);
    write!(
        stream,
        "POST {target} HTTP/1.1\r\nContent-Length: {}\r\n\r\n",
        photo.len()
    )
    .unwrap();
    stream.write_all(&photo).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    let path = answer
        .split('"')
        .find(|p| p.starts_with("photos/"))
        .unwrap()
        .to_owned();

    // A participant with their own copy of the cycle open joins by the page's address.
    let mine = tempfile::tempdir().unwrap();
    let file = example(mine.path(), "restaurant.en.ron");
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.settings.workshop_name = "Ana".to_owned();
    d.open_path(file);
    let mut h = common::harness(d, [1280.0, 800.0]);
    h.run();
    h.state_mut()
        .join_workshop(&format!("http://{}/cena?token=t0ken", host.addr));
    until(&mut h, "the photo beside Ana's file", |_| {
        mine.path().join(&path).exists()
    });
    until(&mut h, "the photo in Ana's cycle", |d| {
        d.doc().moments[0].photos.iter().any(|p| p.path == path)
    });
}
