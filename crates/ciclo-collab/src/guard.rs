//! What a frame must pass before a Y doc sees it.
//!
//! - [`check_update`]: the structure of an update (lib0 v1), walked without recursion and
//!   within bounds, so that yrs's recursive decoding of `Any` values and its up-front
//!   reservations never meet a value nested thousands deep or a count that the bytes cannot
//!   hold (issue 18, item 1).
//! - [`Trial`]: an update applied first to a copy of the room's doc, where a yrs panic or a
//!   part that could never be integrated harms no one (issue 18, item 2).

use std::panic::{AssertUnwindSafe, catch_unwind};

use yrs::updates::decoder::Decode as _;
use yrs::{Doc, ReadTxn as _, StateVector, Transact as _};

/// The deepest nesting of `Any` arrays and maps (and of JSON embeds) an update may hold.
/// Ciclo's own values are at most a few levels deep.
pub const MAX_DEPTH: usize = 64;

/// Checks that `bytes` is an update yrs can decode without deep recursion: every count
/// fits in the bytes that remain, and no value nests deeper than [`MAX_DEPTH`].
pub fn check_update(bytes: &[u8]) -> Result<(), String> {
    let mut r = Reader { bytes, at: 0 };
    let clients = r.count(1)?;
    for _ in 0..clients {
        let blocks = r.count(1)?;
        r.var()?; // client
        r.var()?; // first clock
        for _ in 0..blocks {
            block(&mut r)?;
        }
    }
    let deleted = r.count(2)?;
    for _ in 0..deleted {
        r.var()?; // client
        let ranges = r.count(2)?;
        for _ in 0..ranges {
            r.var()?;
            r.var()?;
        }
    }
    Ok(())
}

const HAS_ORIGIN: u8 = 0b1000_0000;
const HAS_RIGHT_ORIGIN: u8 = 0b0100_0000;
const HAS_PARENT_SUB: u8 = 0b0010_0000;

fn block(r: &mut Reader) -> Result<(), String> {
    let info = r.byte()?;
    match info {
        0 | 10 => {
            r.var()?; // a GC or skip range's length
            return Ok(());
        }
        _ => {}
    }
    if info & HAS_ORIGIN != 0 {
        r.var()?;
        r.var()?;
    }
    if info & HAS_RIGHT_ORIGIN != 0 {
        r.var()?;
        r.var()?;
    }
    if info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN) == 0 {
        if r.var()? == 1 {
            r.string()?;
        } else {
            r.var()?;
            r.var()?;
        }
        if info & HAS_PARENT_SUB != 0 {
            r.string()?;
        }
    }
    content(r, info & 0b1111)
}

fn content(r: &mut Reader, kind: u8) -> Result<(), String> {
    match kind {
        1 => r.var().map(drop), // deleted
        2 => {
            // yrs reads one string more than the count says.
            let strings = r.count(1)?.saturating_add(1);
            (0..strings).try_for_each(|_| r.string().map(drop))
        }
        3 | 4 => r.string().map(drop),
        5 => json(r.string()?),
        6 => {
            r.string()?;
            json(r.string()?)
        }
        7 => match r.byte()? {
            3 => r.string().map(drop),
            0..=6 | 9 | 15 => Ok(()),
            other => Err(format!("a shared type of unknown kind {other}")),
        },
        8 => {
            let values = r.count(1)?;
            (0..values).try_for_each(|_| any(r))
        }
        9 => {
            r.string()?;
            any(r)
        }
        other => Err(format!("content of unknown kind {other}")),
    }
}

/// Walks one `Any` value, with an explicit stack of what its arrays and maps still hold.
fn any(r: &mut Reader) -> Result<(), String> {
    // (values left, whether they are a map's, so each comes after its key)
    let mut open: Vec<(usize, bool)> = Vec::new();
    loop {
        let tag = r.byte()?;
        match tag {
            126 | 127 | 120 | 121 => {}
            125 => r.var_int()?,
            124 => r.skip(4)?,
            123 | 122 => r.skip(8)?,
            119 | 116 => r.string().map(drop)?,
            117 | 118 => {
                let len = r.count(1)?;
                if len > 0 {
                    if open.len() >= MAX_DEPTH {
                        return Err(format!("a value nested deeper than {MAX_DEPTH} levels"));
                    }
                    open.push((len, tag == 118));
                    if tag == 118 {
                        r.string()?;
                    }
                    continue;
                }
            }
            other => return Err(format!("a value of unknown kind {other}")),
        }
        // One value done: close the containers it completes.
        loop {
            let Some((left, is_map)) = open.last_mut() else {
                return Ok(());
            };
            *left -= 1;
            if *left > 0 {
                if *is_map {
                    r.string()?;
                }
                break;
            }
            open.pop();
        }
    }
}

/// Checks that a JSON text nests no deeper than [`MAX_DEPTH`].
fn json(text: &[u8]) -> Result<(), String> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &b in text {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(format!("a value nested deeper than {MAX_DEPTH} levels"));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

const CUT_SHORT: &str = "an update cut short";

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.bytes.get(self.at).ok_or(CUT_SHORT)?;
        self.at += 1;
        Ok(b)
    }

    fn skip(&mut self, n: usize) -> Result<(), String> {
        if self.bytes.len() - self.at < n {
            return Err(CUT_SHORT.to_owned());
        }
        self.at += n;
        Ok(())
    }

    /// An unsigned LEB128 number of at most 64 bits.
    fn var(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err("a number longer than 64 bits".to_owned())
    }

    /// A lib0 signed number (sign in the first byte), skipped.
    fn var_int(&mut self) -> Result<(), String> {
        for _ in 0..10 {
            if self.byte()? & 0x80 == 0 {
                return Ok(());
            }
        }
        Err("a number longer than 64 bits".to_owned())
    }

    /// A count of things that take at least `each` bytes: never more than the bytes left
    /// can hold, so that no reservation made for it is larger than the frame.
    fn count(&mut self, each: usize) -> Result<usize, String> {
        let n = self.var()?;
        let left = (self.bytes.len() - self.at) / each.max(1);
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= left)
            .ok_or_else(|| format!("a count of {n} in {left} remaining bytes"))
    }

    fn string(&mut self) -> Result<&[u8], String> {
        let len = self.count(1)?;
        let start = self.at;
        self.at += len;
        Ok(&self.bytes[start..self.at])
    }
}

/// The outcome of a yrs call that panicked, as a reason to refuse what caused it.
pub fn contained<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| format!("{what} that Y could not handle"))
}

/// The whole state of a doc as one update, or why it cannot be encoded.
pub fn encode_state(doc: &Doc) -> Result<Vec<u8>, String> {
    contained("a state", || {
        doc.transact()
            .encode_state_as_update_v1(&StateVector::default())
    })
}

/// A copy of a doc on which updates are tried before the doc itself sees them.
pub struct Trial {
    scratch: Option<Doc>,
}

/// What an update did to the trial copy.
#[derive(Debug, PartialEq, Eq)]
pub enum Tried {
    /// It applied in full and changed the doc.
    Changed,
    /// It applied in full and changed nothing.
    Same,
}

impl Trial {
    /// A trial that copies the doc when first used.
    pub fn new() -> Trial {
        Trial { scratch: None }
    }

    /// Applies `update` to a copy of `doc`, and says whether `doc` may take it: yrs did not
    /// panic or fail, and the copy can still be encoded. With `pending` false, nothing of
    /// the update may be left pending either: every update a participant sends builds on
    /// what the room already has, so a pending part could never be integrated and would
    /// only bloat or poison the room's state. On refusal the copy is dropped, to be taken
    /// again from `doc` next time; on success it is kept, in step with `doc` once `doc`
    /// applies the same update.
    pub fn try_update(&mut self, doc: &Doc, update: &[u8], pending: bool) -> Result<Tried, String> {
        check_update(update)?;
        let decoded = super::wire::decode_update(update)?;
        let scratch = match self.scratch.take() {
            Some(scratch) => scratch,
            None => copy(doc)?,
        };
        let changed = apply_contained(&scratch, decoded, None)?;
        if !pending && scratch.transact().has_missing_updates() {
            return Err("an update that builds on changes the room does not have".to_owned());
        }
        if pending {
            encode_state(&scratch)?;
        }
        self.scratch = Some(scratch);
        Ok(if changed { Tried::Changed } else { Tried::Same })
    }

    /// Forgets the copy: `doc` changed in a way the copy did not see.
    pub fn forget(&mut self) {
        self.scratch = None;
    }
}

impl Default for Trial {
    fn default() -> Self {
        Trial::new()
    }
}

/// Applies an update to `doc`; true when it changed something. A panic in yrs is an
/// error, and the transaction it left behind is forgotten, not committed: committing a
/// half-applied update could panic again while unwinding, which would abort the process.
/// The doc is not to be used again after such an error.
pub fn apply_contained(
    doc: &Doc,
    update: yrs::Update,
    origin: Option<&str>,
) -> Result<bool, String> {
    let mut txn = match origin {
        Some(origin) => doc.transact_mut_with(origin),
        None => doc.transact_mut(),
    };
    let before = txn.state_vector();
    let applied = catch_unwind(AssertUnwindSafe(|| txn.apply_update(update)));
    match applied {
        Ok(Ok(())) => Ok(advanced(&before, &txn.state_vector()) || !txn.delete_set().is_empty()),
        Ok(Err(e)) => Err(format!("an update that does not apply ({e})")),
        Err(_) => {
            std::mem::forget(txn);
            Err("an update that Y could not handle".to_owned())
        }
    }
}

/// True when `after` holds a later clock than `before` for some client (yrs may add a
/// client at clock 0 for an update it did not integrate).
fn advanced(before: &StateVector, after: &StateVector) -> bool {
    after
        .iter()
        .any(|(client, &clock)| clock > before.get(client))
}

/// A new doc holding the state of `doc`.
fn copy(doc: &Doc) -> Result<Doc, String> {
    let state = encode_state(doc)?;
    let decoded =
        yrs::Update::decode_v1(&state).map_err(|e| format!("the room's own state ({e})"))?;
    let scratch = Doc::new();
    apply_contained(&scratch, decoded, None)?;
    Ok(scratch)
}

#[cfg(test)]
#[path = "guard_tests.rs"]
mod tests;
