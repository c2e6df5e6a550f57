//! The host's handling of y-websocket frames, as one participant sends them: whatever the
//! frames, nothing panics, and afterwards the room still reads as a cycle, holds nothing
//! pending, encodes its whole state (what a joining participant and the `.ystate` get),
//! and that state read back into a fresh doc gives the same cycle.
//!
//! The input is a list of frames, each preceded by its length as a lib0 variable-length
//! number; the room starts as the restaurant template written by Y client 1, so that the
//! seeds (fuzz/seeds/frames/, made by client 2 from that state) edit its items.

#![no_main]

use ciclo_collab::{guard, host, room::Room, schema};
use libfuzzer_sys::fuzz_target;
use yrs::updates::decoder::Decode as _;
use yrs::{ReadTxn as _, Transact as _};

fn frames(mut bytes: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    while !bytes.is_empty() {
        let (mut len, mut shift, mut used) = (0usize, 0u32, 0usize);
        for &b in bytes.iter().take(4) {
            used += 1;
            len |= usize::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                break;
            }
        }
        let rest = &bytes[used..];
        let len = len.min(rest.len());
        out.push(&rest[..len]);
        bytes = &rest[len..];
    }
    out
}

fuzz_target!(|bytes: &[u8]| {
    // libfuzzer-sys's panic hook aborts on every panic, also on one the host catches and
    // turns into a refusal (collab::guard); a panic that escapes still fails the run.
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| std::panic::set_hook(Box::new(|_| {})));
    let template = ciclo_doc::templates::TEMPLATES[0].text;
    let Ok(doc) = ciclo_doc::file::parse(template) else {
        return;
    };
    let y = yrs::Doc::with_client_id(1);
    schema::write_document(&mut y.transact_mut(), &doc);
    let room = Room::with_doc("cena".to_owned(), "cena.ron".into(), y);
    let mut clients = Vec::new();
    for frame in frames(bytes).into_iter().take(16) {
        let _ = host::handle(&room, 2, true, frame, &mut clients);
    }
    let awareness = room.lock();
    let y = awareness.doc();
    assert!(
        !y.transact().has_missing_updates(),
        "the room holds a pending part"
    );
    let state = guard::encode_state(y).expect("the room's state encodes");
    let read = schema::read_document(&y.transact());
    let again = yrs::Doc::new();
    let update = yrs::Update::decode_v1(&state).expect("the state decodes");
    guard::apply_contained(&again, update, None).expect("the state applies");
    assert!(!again.transact().has_missing_updates());
    let reread = schema::read_document(&again.transact());
    assert_eq!(
        read.document, reread.document,
        "the state reads back as the room"
    );
    let step2 = y
        .transact()
        .encode_state_as_update_v1(&yrs::StateVector::default());
    assert_eq!(step2, state);
});
