//! What travels on the WebSocket: y-websocket frames, their size limit, tokens, and the
//! room part of a URL.

use yrs::encoding::write::Write as _;
use yrs::sync::{Awareness, AwarenessUpdate, Message, MessageReader, SyncMessage};
use yrs::updates::decoder::{Decode as _, DecoderV1};
use yrs::updates::encoder::{Encode as _, Encoder as _, EncoderV1};
use yrs::{ReadTxn, StateVector, Transact};

/// The largest frame or message either side accepts: 16 MiB.
pub const MAX_FRAME: usize = 16 * 1024 * 1024;

/// The WebSocket settings of Ciclo's host and client.
pub fn ws_config() -> tokio_tungstenite::tungstenite::protocol::WebSocketConfig {
    tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .max_message_size(Some(MAX_FRAME))
        .max_frame_size(Some(MAX_FRAME))
}

/// One message as a frame.
pub fn frame(message: &Message) -> Vec<u8> {
    let mut encoder = EncoderV1::new();
    message.encode(&mut encoder);
    encoder.to_vec()
}

/// The frame that asks the other side for what this one lacks.
pub fn sync_step1(awareness: &Awareness) -> Vec<u8> {
    let sv = awareness.doc().transact().state_vector();
    frame(&Message::Sync(SyncMessage::SyncStep1(sv)))
}

/// The answer to a sync step 1: everything the other side lacks, or why it could not be
/// encoded (yrs panicked).
pub fn sync_step2<T: ReadTxn>(txn: &T, theirs: &StateVector) -> Result<Vec<u8>, String> {
    let update =
        super::guard::contained("a sync request", || txn.encode_state_as_update_v1(theirs))?;
    Ok(frame(&Message::Sync(SyncMessage::SyncStep2(update))))
}

/// An update frame.
pub fn update(bytes: Vec<u8>) -> Vec<u8> {
    frame(&Message::Sync(SyncMessage::Update(bytes)))
}

/// An awareness frame.
pub fn awareness(update: &AwarenessUpdate) -> Vec<u8> {
    let mut encoder = EncoderV1::new();
    encoder.write_var(1u8); // MSG_AWARENESS
    encoder.write_buf(update.encode_v1());
    encoder.to_vec()
}

/// The messages of a frame, or why it is malformed.
pub fn messages(frame: &[u8]) -> Result<Vec<Message>, String> {
    let mut decoder = DecoderV1::from(frame);
    let reader = MessageReader::new(&mut decoder);
    let mut out = Vec::new();
    for message in reader {
        out.push(message.map_err(|e| format!("a malformed message ({e})"))?);
    }
    if out.is_empty() {
        return Err("an empty frame".to_owned());
    }
    Ok(out)
}

/// Decodes an update, or says why it is malformed; its structure is checked first
/// ([`super::guard::check_update`]).
pub fn decode_update(bytes: &[u8]) -> Result<yrs::Update, String> {
    super::guard::check_update(bytes)?;
    // yrs adds block lengths to clocks unchecked: an overflow panics in a build with
    // overflow checks (found by the frames fuzz target).
    super::guard::contained("an update", || yrs::Update::decode_v1(bytes))?
        .map_err(|e| format!("a malformed update ({e})"))
}

/// The letters of a token: digits and lower-case letters without the ones that look
/// alike on a projector (0 and o, 1 and l and i).
pub const TOKEN_ALPHABET: &[u8; 31] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// The length of a token: 31^10, about 2^49.5, tries to guess it.
pub const TOKEN_LEN: usize = 10;

/// A token for a workshop: [`TOKEN_LEN`] random letters of [`TOKEN_ALPHABET`], short
/// enough to type from the projector (guessing is slowed by [`crate::guard`]).
pub fn new_token() -> Result<String, getrandom::Error> {
    new_short_token()
}

/// [`TOKEN_LEN`] random letters of [`TOKEN_ALPHABET`], each drawn without bias.
pub fn new_short_token() -> Result<String, getrandom::Error> {
    let mut out = String::with_capacity(TOKEN_LEN);
    while out.len() < TOKEN_LEN {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes)?;
        // 248 = 8 × 31: a byte at or over it would favour the first letters.
        for b in bytes.into_iter().filter(|b| *b < 248) {
            if out.len() < TOKEN_LEN {
                out.push(char::from(TOKEN_ALPHABET[usize::from(b % 31)]));
            }
        }
    }
    Ok(out)
}

/// Compares a token in time that depends only on the lengths, not on where they differ.
pub fn same_token(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = u8::from(given.len() != expected.len());
    for (i, e) in expected.iter().enumerate() {
        diff |= e ^ given.get(i).copied().unwrap_or(!e);
    }
    diff == 0
}

/// Writes a room name for a URL path: unreserved characters as they are, the rest as
/// `%XX` bytes of its UTF-8.
pub fn encode_room(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Writes a query value: unreserved characters as they are, the rest as `%XX` bytes.
pub fn query_escape(value: &str) -> String {
    encode_room(value)
}

/// Reads `%XX` escapes of a URL path or query value; `None` when they are not UTF-8.
pub fn decode_percent(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The value of `key` in a URL query (`a=1&token=x`).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key).then(|| decode_percent(v)).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_short_unambiguous_and_differ() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_eq!(a.len(), TOKEN_LEN);
        assert!(a.bytes().all(|c| TOKEN_ALPHABET.contains(&c)), "{a}");
        for confusable in b"01ilo".iter() {
            assert!(!TOKEN_ALPHABET.contains(confusable));
        }
        assert_ne!(a, b);
    }

    #[test]
    fn only_the_same_token_matches() {
        assert!(same_token(b"abc", b"abc"));
        assert!(!same_token(b"abd", b"abc"));
        assert!(!same_token(b"ab", b"abc"));
        assert!(!same_token(b"abcd", b"abc"));
        assert!(!same_token(b"", b"abc"));
    }

    #[test]
    fn room_names_survive_the_url() {
        for name in ["cena", "Café del Mar", "цикл", "a/b?c"] {
            let encoded = encode_room(name);
            assert!(!encoded.contains(['/', '?', ' ']));
            assert_eq!(decode_percent(&encoded).as_deref(), Some(name));
        }
        assert_eq!(
            query_value("x=1&token=a%20b", "token").as_deref(),
            Some("a b")
        );
    }

    #[test]
    fn garbage_is_a_malformed_frame_not_a_panic() {
        for bytes in [
            &[][..],
            &[0],
            &[0, 0, 200],
            &[0, 2, 5, 1, 2],
            &[255, 255, 255, 255, 255],
        ] {
            assert!(messages(bytes).is_err(), "{bytes:?}");
        }
        // A sync update whose payload is cut short.
        assert!(decode_update(&[1, 2, 3]).is_err());
        assert!(messages(&[0, 9]).is_err());
    }
}
