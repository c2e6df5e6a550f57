use super::*;
use yrs::{Map as _, WriteTxn as _};

/// The update of issue 18: one struct whose `Any` is an array nested `depth` deep, under
/// the root map `cycle`, key `deep`.
pub(crate) fn nested(depth: usize) -> Vec<u8> {
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

fn real_update() -> Vec<u8> {
    let doc = Doc::new();
    let mut txn = doc.transact_mut();
    let map = txn.get_or_insert_map("cycle");
    map.insert(&mut txn, "title", "Cena");
    map.insert(&mut txn, "list", vec![1, 2, 3]);
    txn.encode_update_v1()
}

#[test]
fn real_updates_and_shallow_values_pass() {
    check_update(&real_update()).unwrap();
    check_update(&nested(MAX_DEPTH)).unwrap();
    let y = Doc::new();
    yrs::Update::decode_v1(&nested(MAX_DEPTH)).unwrap();
    Trial::new()
        .try_update(&y, &nested(MAX_DEPTH), false)
        .unwrap();
}

#[test]
fn a_value_nested_ten_thousand_deep_is_refused_before_decoding() {
    let err = check_update(&nested(10_000)).unwrap_err();
    assert!(err.contains("nested deeper than 64"), "{err}");
    assert!(check_update(&nested(MAX_DEPTH + 1)).is_err());
}

#[test]
fn counts_larger_than_the_bytes_are_refused() {
    // One client claiming four billion blocks.
    assert!(check_update(&[1, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 0]).is_err());
    // An Any array claiming a million values in three bytes.
    let mut bytes = nested(1);
    let at = bytes.len() - 3;
    bytes.splice(at..at + 1, [0xc0, 0x84, 0x3d]);
    assert!(check_update(&bytes).is_err());
}

#[test]
fn cut_short_anywhere_is_an_error_not_a_panic() {
    let update = real_update();
    for end in 0..update.len() {
        let _ = check_update(&update[..end]);
    }
    assert!(check_update(&update[..update.len() / 2]).is_err());
}

#[test]
fn deep_json_embeds_are_refused() {
    assert!(json("[".repeat(100).as_bytes()).is_err());
    assert!(json(r#"{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}"#.as_bytes()).is_ok());
}
