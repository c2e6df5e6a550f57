//! A host that is killed and started again: the participants reconnect by themselves, and
//! what each did offline, and what was typed into the file meanwhile, all merge, once.

use crate::collab_support;
use crate::interop_support;

use std::time::Duration;

use ciclo::collab::client::Status;
use interop_support::{Proc, ciclo, served};

fn wait_offline(session: &ciclo::collab::client::Session) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !matches!(session.status(), Status::Reconnecting(_)) {
        assert!(
            std::time::Instant::now() < deadline,
            "never noticed the host was gone"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn offline_edits_and_a_hand_edit_merge_after_the_host_is_killed_and_restarted() {
    let served = served("tok");
    let (path, port, url) = (served.path.clone(), served.port, served.url());
    let mut host = served.host;
    let (a, b) = (
        collab_support::join(&url, "Ana"),
        collab_support::join(&url, "Boris"),
    );
    let base = a.document().document;
    // Killed, as a laptop whose lid closes: nothing is written on the way out.
    host.child.kill().expect("kills");
    host.child.wait().expect("ends");
    drop(host);
    wait_offline(&a);
    wait_offline(&b);
    // Both work on the fourth moment while the host is down: different fields, and one
    // text at both ends.
    let text = base.moments[3].description.clone();
    let mut at_a = base.clone();
    at_a.moments[3].notes = "Ask about allergies".to_owned();
    at_a.moments[3].description = format!("ANA {text}");
    a.apply_change(&base, &at_a);
    let mut at_b = base.clone();
    at_b.moments[3].owner = "Floor manager".to_owned();
    at_b.moments[3].description = format!("{text} BORIS");
    b.apply_change(&base, &at_b);
    // Someone also fixes the title in a text editor meanwhile.
    let ron = std::fs::read_to_string(&path).expect("reads");
    let edited = ron.replace(
        "Service cycle: dinner at Casa Olivo",
        "Service cycle: dinner at Casa Olivo, reviewed",
    );
    assert_ne!(ron, edited);
    std::fs::write(&path, edited).expect("writes");
    let host = Proc::start(ciclo().arg("serve").arg(&path).args([
        "--port",
        &port.to_string(),
        "--bind",
        "127.0.0.1",
        "--token",
        "tok",
    ]));
    host.wait_line("the hand edit merged", |l| {
        l.contains("edited while no host ran")
    });
    for session in [&a, &b] {
        assert!(
            session.wait_synced(2, Duration::from_secs(30)),
            "reconnected: {:?}",
            session.status()
        );
    }
    let doc = collab_support::converged(&[&a, &b]);
    let m = &doc.moments[3];
    assert_eq!(m.notes, "Ask about allergies");
    assert_eq!(m.owner, "Floor manager");
    assert_eq!(m.description, format!("ANA {text} BORIS"), "each word once");
    assert_eq!(doc.title, "Service cycle: dinner at Casa Olivo, reviewed");
    assert_eq!(doc.moments.len(), base.moments.len(), "no moment doubled");
    let ids: std::collections::BTreeSet<u32> = doc.moments.iter().map(|m| m.id.0).collect();
    assert_eq!(ids.len(), doc.moments.len());
    collab_support::file_shows(&path, "the merged edits", |d| *d == doc);
}
