//! The participant page as a browser meets it on the host's port: the page, its picture,
//! photos, wrong tokens and view-only rooms, over plain HTTP.

use std::io::{Read as _, Write as _};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use crate::collab_support::{self, TOKEN, file_shows, restaurant};

/// One HTTP request; the status, the head and the body of its answer.
fn http(addr: SocketAddr, method: &str, target: &str, body: &[u8]) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nContent-Type: image/jpeg\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a whole answer");
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head[9..12].parse().unwrap();
    (status, head, answer[split + 4..].to_vec())
}

/// Sends `photo` for moment `id`; the status and the path the host gave it, if any.
fn upload(addr: SocketAddr, id: impl std::fmt::Display, photo: &[u8]) -> (u16, Option<String>) {
    let target = format!("/cena/photos?token={TOKEN}&moment={id}");
    let (status, _, body) = http(addr, "POST", &target, photo);
    let answer = String::from_utf8_lossy(&body).into_owned();
    let path = answer
        .split('"')
        .find(|p| p.starts_with("photos/"))
        .map(str::to_owned);
    (status, path)
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| {
        let (n, v) = l.split_once(": ")?;
        n.eq_ignore_ascii_case(name).then_some(v)
    })
}

#[test]
fn the_page_and_its_picture_need_the_token_and_carry_the_security_headers() {
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    let (status, head, body) = http(addr, "GET", &format!("/cena?token={TOKEN}"), b"");
    assert_eq!(status, 200, "{head}");
    let html = String::from_utf8(body).unwrap();
    assert!(html.contains(r#"<meta name="ciclo-room" content="cena">"#));
    assert!(html.contains("/_ciclo/page.js"));
    for (name, value) in [
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
    ] {
        assert_eq!(header(&head, name), Some(value), "{head}");
    }
    let csp = header(&head, "Content-Security-Policy").unwrap();
    assert!(
        csp.starts_with("default-src 'self'") && !csp.contains("unsafe"),
        "{csp}"
    );
    // The script is public (no document in it); everything else needs the token.
    let (status, head, _) = http(addr, "GET", "/_ciclo/page.js", b"");
    assert_eq!(status, 200);
    assert!(
        header(&head, "Content-Type")
            .unwrap()
            .starts_with("text/javascript")
    );
    let name = &restaurant().moments[0].name;
    for target in [
        "/cena",
        "/cena?token=wrong",
        "/cena/picture.svg?token=nope&w=390&h=390",
    ] {
        let (status, _, body) = http(addr, "GET", target, b"");
        assert_eq!(status, 401, "{target}");
        assert!(!String::from_utf8_lossy(&body).contains(name.as_str()));
    }
    let (status, head, svg) = http(
        addr,
        "GET",
        &format!("/cena/picture.svg?token={TOKEN}&w=390&h=700"),
        b"",
    );
    assert_eq!(status, 200);
    let svg = String::from_utf8(svg).unwrap();
    assert!(
        svg.starts_with("<svg") && svg.contains(r#"width="390""#),
        "{}",
        &svg[..80]
    );
    assert!(svg.contains("node-1"));
    assert!(header(&head, "ETag").is_some());
}

#[test]
fn the_picture_revision_changes_with_the_document_and_only_then() {
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    let target = format!("/cena/picture.svg?token={TOKEN}&w=400&h=400");
    let revision = |head: &str| header(head, "X-Ciclo-Revision").unwrap().to_owned();
    let (_, first, _) = http(addr, "GET", &target, b"");
    let (_, again, _) = http(addr, "GET", &target, b"");
    assert_eq!(revision(&first), revision(&again));
    let ana = collab_support::join(&hosted.url(), "Ana");
    let mut doc = ana.document().document;
    doc.moments[0].name = "Llamada para reservar".to_owned();
    ana.apply(&doc);
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let (_, head, svg) = http(addr, "GET", &target, b"");
        if revision(&head) != revision(&first) {
            assert!(String::from_utf8_lossy(&svg).contains("Llamada para reservar"));
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the picture never changed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A phone photo: EXIF with an orientation and a GPS-like tag, and bytes after its end.
fn phone_photo() -> Vec<u8> {
    let mut jpeg = ciclo_photo::testing::jpeg_with_orientation(64, 48, 6);
    // A comment segment standing in for the camera's maker notes and GPS block.
    let secret = b"GPS 4.6097N 74.0817W Camera-Serial-1234";
    let mut segment = vec![0xff, 0xfe];
    segment.extend_from_slice(&((secret.len() + 2) as u16).to_be_bytes());
    segment.extend_from_slice(secret);
    jpeg.splice(2..2, segment);
    jpeg.extend_from_slice(b"TRAILING-SECRET");
    jpeg
}

#[test]
fn an_uploaded_photo_is_kept_upright_without_its_metadata_and_added_to_the_moment() {
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    let id = restaurant().moments[1].id.0;
    let (status, path) = upload(addr, id, &phone_photo());
    assert_eq!(status, 201);
    let path = path.expect("the photo's path");
    let doc = file_shows(&hosted.path, "the photo", |d| {
        d.moments[1].photos.iter().any(|p| p.path == path)
    });
    assert!(doc.moments[0].photos.is_empty());
    let kept = std::fs::read(hosted.dir.path().join(&path)).unwrap();
    for secret in [&b"GPS"[..], b"Camera-Serial", b"TRAILING-SECRET", b"Exif"] {
        assert!(
            !kept.windows(secret.len()).any(|w| w == secret),
            "{} survived",
            String::from_utf8_lossy(secret)
        );
    }
    // Turned upright: the 64×48 photo with orientation 6 is now 48 wide, 64 high.
    let image = image::load_from_memory(&kept).unwrap();
    assert_eq!((image.width(), image.height()), (48, 64));
    // Others fetch it from the host as a thumbnail; a path the cycle does not list is not
    // served.
    let name = &path["photos/".len()..];
    let (status, head, _) = http(
        addr,
        "GET",
        &format!("/cena/photos/{name}?token={TOKEN}&side=400"),
        b"",
    );
    assert_eq!(
        (status, header(&head, "Content-Type")),
        (200, Some("image/jpeg"))
    );
    let (status, _, _) = http(
        addr,
        "GET",
        &format!("/cena/photos/..%2Fcena.ron?token={TOKEN}"),
        b"",
    );
    assert_eq!(status, 404);
    // Not a picture, or for no moment: refused, nothing added.
    let (status, _) = upload(addr, id, b"<svg onload=alert(1)>");
    assert_eq!(status, 415);
    let (status, _) = upload(addr, 999, &phone_photo());
    assert_eq!(status, 404);
}

#[test]
fn a_view_only_room_refuses_uploads_and_says_so_to_the_page() {
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    hosted.host.rooms.web.set_browsers_edit(false);
    let (_, _, page) = http(addr, "GET", &format!("/cena?token={TOKEN}"), b"");
    assert!(String::from_utf8_lossy(&page).contains(r#"name="ciclo-can-edit" content="false""#));
    let id = restaurant().moments[0].id.0;
    let (status, _) = upload(addr, id, &phone_photo());
    assert_eq!(status, 403);
}

#[test]
fn wrong_tokens_from_one_address_are_stopped_before_they_are_compared() {
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    let statuses: Vec<u16> = (0..12)
        .map(|i| http(addr, "GET", &format!("/cena?token=guess{i}"), b"").0)
        .collect();
    assert_eq!(&statuses[..10], &[401; 10]);
    assert_eq!(&statuses[10..], &[429, 429]);
    // Even the right token waits out the minute from that address.
    assert_eq!(
        http(addr, "GET", &format!("/cena?token={TOKEN}"), b"").0,
        429
    );
}

#[test]
fn a_photo_sent_from_a_phone_reaches_a_desktop_participant_s_folder() {
    use crate::interop_support::{Proc, ciclo};
    let hosted = collab_support::host(&restaurant());
    let addr = hosted.host.addr;
    let id = restaurant().moments[2].id.0;
    let (status, path) = upload(addr, id, &phone_photo());
    assert_eq!(status, 201);
    let path = path.expect("the photo's path");
    // A participant elsewhere keeps its own copy of the cycle in step.
    let mine = tempfile::tempdir().unwrap();
    let file = mine.path().join("mine.ron");
    std::fs::copy(&hosted.path, &file).unwrap();
    let url = format!("http://{addr}/cena?token={TOKEN}");
    let sync = Proc::start(ciclo().arg("sync").arg(&url).arg(&file));
    sync.wait_line("the photo fetched", |l| l.contains(&path));
    let copy = std::fs::read(mine.path().join(&path)).unwrap();
    assert!(copy.starts_with(&[0xff, 0xd8, 0xff]));
    let image = image::load_from_memory(&copy).unwrap();
    assert_eq!((image.width(), image.height()), (48, 64));
    file_shows(&file, "the photo in the copy", |d| {
        d.moments[2].photos.iter().any(|p| p.path == path)
    });
}
