//! Hostile and broken peers: each is cut off alone, the host carries on, and the others
//! still converge.

use crate::collab_support;

use std::time::Duration;

use ciclo::collab::host::Liveness;
use ciclo::collab::presence::Presence;
use ciclo::collab::room::MAX_PEERS;
use collab_support::*;
use futures_util::{SinkExt as _, StreamExt as _};
use tokio_tungstenite::tungstenite::Message as Frame;
use yrs::updates::encoder::Encode as _;
use yrs::{Doc, Map as _, Transact as _, WriteTxn as _};

/// A and B keep editing and agreeing after a hostile peer was cut off.
fn others_still_converge(hosted: &Hosted, step: &str) {
    let (a, b) = (join(&hosted.url(), "Ana"), join(&hosted.url(), "Boris"));
    let mut doc = a.document().document;
    doc.moments[0].notes = format!("after {step}");
    a.apply(&doc);
    let seen = eventually(&b, step, |d| d.moments[0].notes == format!("after {step}"));
    assert_eq!(seen, converged(&[&a, &b]));
}

#[test]
fn garbage_text_oversized_and_truncated_frames_close_only_their_connection() {
    let hosted = host(&restaurant());
    let url = hosted.url();
    let watcher = join(&url, "Watcher");
    let rt = runtime();
    // A real update, cut short.
    let truncated = {
        let doc = Doc::new();
        let mut txn = doc.transact_mut();
        let map = txn.get_or_insert_map("cycle");
        map.insert(&mut txn, "title", "Hijacked title");
        let update = txn.encode_update_v1();
        let message = yrs::sync::Message::Sync(yrs::sync::SyncMessage::Update(
            update[..update.len() / 2].to_vec(),
        ));
        message.encode_v1()
    };
    let hostile: Vec<(&str, Frame)> = vec![
        ("garbage", Frame::binary(vec![0xff, 0x13, 0x37, 0x00, 0x99])),
        ("an unknown sync step", Frame::binary(vec![0, 9, 1, 2])),
        ("text", Frame::text("{\"hello\": true}")),
        ("a truncated update", Frame::binary(truncated)),
        (
            "an oversized frame",
            Frame::binary(vec![0u8; 17 * 1024 * 1024]),
        ),
    ];
    for (what, frame) in hostile {
        let closed = rt.block_on(async {
            let mut ws = raw(&url).await;
            closed_after(&mut ws, frame).await
        });
        assert!(closed, "the host closed the connection that sent {what}");
        others_still_converge(&hosted, what);
    }
    assert_ne!(watcher.document().document.title, "Hijacked title");
    assert_eq!(watcher.status(), ciclo::collab::client::Status::Connected);
}

#[test]
fn a_peer_killed_mid_drag_leaves_and_the_others_agree() {
    let hosted = host(&restaurant());
    let cable = Cable::to(hosted.host.addr);
    let dana = join(&cable.url(&hosted), "Dana");
    let ana = join(&hosted.url(), "Ana");
    let mut doc = dana.document().document;
    let mut presence = Presence::named("Dana");
    presence.selection = Some(doc.moments[2].id.0.to_string());
    presence.dragging = true;
    dana.set_presence(&presence);
    for step in 0..10 {
        doc.moments[2].angle = Some(70.0 + f64::from(step));
        dana.apply(&doc);
        std::thread::sleep(Duration::from_millis(10));
    }
    eventually(&ana, "Dana's drag", |d| d.moments[2].angle == Some(79.0));
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !ana.others().iter().any(|(_, p)| p.dragging) {
        assert!(
            std::time::Instant::now() < deadline,
            "Ana never saw Dana dragging"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Dana's laptop dies: the connection drops without a goodbye.
    cable.cut();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while ana.others().iter().any(|(_, p)| p.user.name == "Dana") {
        assert!(
            std::time::Instant::now() < deadline,
            "Dana is still listed after leaving"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let boris = join(&hosted.url(), "Boris");
    let agreed = converged(&[&ana, &boris]);
    assert_eq!(agreed.moments[2].angle, Some(79.0));
    file_shows(&hosted.path, "the last drag step", |d| {
        d.moments[2].angle == Some(79.0)
    });
}

#[test]
fn a_full_room_refuses_the_next_person_with_a_reason() {
    let hosted = host(&restaurant());
    let url = hosted.url();
    let rt = runtime();
    rt.block_on(async {
        let mut seated = Vec::new();
        for _ in 0..MAX_PEERS {
            seated.push(raw(&url).await);
        }
        let refused = tokio_tungstenite::connect_async(url.as_str()).await;
        let Err(tokio_tungstenite::tungstenite::Error::Http(response)) = refused else {
            panic!("the room took one person too many");
        };
        assert_eq!(response.status().as_u16(), 503);
        let body =
            String::from_utf8_lossy(response.body().as_deref().unwrap_or_default()).into_owned();
        assert!(
            body.contains("full") && body.contains(&MAX_PEERS.to_string()),
            "{body}"
        );
        // One leaves; the next one gets in.
        drop(seated.pop());
        let mut admitted = false;
        for _ in 0..50 {
            if tokio_tungstenite::connect_async(url.as_str()).await.is_ok() {
                admitted = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(admitted, "a freed seat is taken again");
    });
}

#[test]
fn a_peer_that_stops_answering_pings_is_closed_and_the_others_carry_on() {
    // The host's watch, shortened from 10 s and 30 s so that the test takes seconds.
    let liveness = Liveness {
        ping_every: Duration::from_millis(200),
        silence_limit: Duration::from_secs(1),
    };
    let hosted = host_with(&restaurant(), liveness);
    let room = std::sync::Arc::clone(hosted.host.rooms.find("cena").expect("the room"));
    let ana = join(&hosted.url(), "Ana");
    let rt = runtime();
    // A peer that connects and syncs...
    let mut silent = rt.block_on(async {
        let mut ws = raw(&hosted.url()).await;
        let empty = yrs::sync::Message::Sync(yrs::sync::SyncMessage::SyncStep1(
            yrs::StateVector::default(),
        ));
        ws.send(Frame::binary(empty.encode_v1()))
            .await
            .expect("sends");
        loop {
            // The host's pings may come first (every 200 ms here); they are not the sync.
            match ws.next().await {
                Some(Ok(Frame::Binary(bytes))) if bytes.starts_with(&[0, 1]) => {
                    break ws; // sync step 2: the room's state
                }
                Some(Ok(_)) => {}
                _ => panic!("the host ended the connection before the sync"),
            }
        }
    });
    assert_eq!(room.peer_count(), 2);
    // ...then reads nothing and answers nothing (its runtime stands still), while Ana
    // keeps editing.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut doc = ana.document().document;
    for step in 0.. {
        if room.peer_count() == 1 {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the host never closed the silent connection"
        );
        doc.moments[1].notes = format!("step {step}");
        ana.apply(&doc);
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(ana.status(), ciclo::collab::client::Status::Connected);
    others_still_converge(&hosted, "a silent peer");
    // Reading again, the silent peer finds its connection closed by the host.
    let ended = rt.block_on(async {
        let ends = async {
            loop {
                match silent.next().await {
                    None | Some(Err(_)) | Some(Ok(Frame::Close(_))) => return,
                    Some(Ok(_)) => {}
                }
            }
        };
        tokio::time::timeout(Duration::from_secs(5), ends)
            .await
            .is_ok()
    });
    assert!(ended, "the silent connection is closed");
}
