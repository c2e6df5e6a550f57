//! A change to the document as the smallest Y operations, merged into what the Y doc
//! holds now.
//!
//! [`apply_change`] takes the document a person saw (`before`) and the one they made of it
//! (`after`), and writes only what they changed into the Y doc, even when other people's
//! changes arrived in the meantime: a text edit becomes one delete and one insert at the
//! same place in the current text, a set changes only the members they ticked, and a
//! moment they dragged past a neighbour gets a new order key after the moment it now
//! follows, while the others keep theirs. [`apply`] makes the Y doc equal to a document.
//! What the Y doc holds that Ciclo reads as a default is not touched unless the person
//! changes that field.

use std::collections::{HashMap, HashSet};
use std::fmt::Debug;

use yrs::WriteTxn;
use yrs::{Any, Array, ArrayRef, Map, MapPrelim, MapRef, Out, Text, TextPrelim, TransactionMut};

use super::order;
use super::schema::{self, CYCLE, CYCLE_TEXTS, MOMENT_TEXTS, MOMENTS, SCHEMA};
use ciclo_doc::model::{Document, Moment, MomentId};

/// Makes the document in the Y doc equal to `new`. Returns true when anything was written.
pub fn apply(txn: &mut TransactionMut, new: &Document) -> bool {
    let read = schema::read_document(txn);
    let keys_ok = read
        .orders
        .iter()
        .all(|k| order::between(Some(k), None).is_some());
    if read.document == *new && keys_ok {
        return false;
    }
    let before = read.document.clone();
    merge(txn, &read, &before, new);
    true
}

/// Writes into the Y doc what changed from `before` to `after`, merged with what the Y doc
/// holds now. Returns true when anything was written.
pub fn apply_change(txn: &mut TransactionMut, before: &Document, after: &Document) -> bool {
    if before == after {
        return false;
    }
    let read = schema::read_document(txn);
    merge(txn, &read, before, after);
    true
}

fn merge(txn: &mut TransactionMut, read: &schema::Read, before: &Document, after: &Document) {
    let now = &read.document;
    let cycle = txn.get_or_insert_map(CYCLE);
    if cycle.get(txn, "format").is_none() {
        cycle.insert(txn, "format", f64::from(SCHEMA));
    }
    if before.language != after.language {
        cycle.insert(txn, "language", after.language.as_str());
    }
    for key in CYCLE_TEXTS {
        let texts = [before, after, now].map(|d| schema::cycle_text(d, key));
        merge_text(txn, &cycle, key, texts);
    }
    if before.primary_services != after.primary_services {
        edit_strings(
            txn,
            &cycle,
            "primary_services",
            &now.primary_services,
            &after.primary_services,
        );
    }
    if before.secondary_services != after.secondary_services {
        edit_strings(
            txn,
            &cycle,
            "secondary_services",
            &now.secondary_services,
            &after.secondary_services,
        );
    }
    if before.authors != after.authors {
        edit_strings(txn, &cycle, "authors", &now.authors, &after.authors);
    }
    if before.date != after.date {
        put_or_remove(txn, &cycle, "date", after.date.as_deref().map(Any::from));
    }
    merge_set(
        txn,
        &cycle,
        "evaluation",
        &before.evaluation,
        &after.evaluation,
    );
    let moments = txn.get_or_insert_map(MOMENTS);
    merge_moments(txn, &moments, read, before, after);
}

fn merge_moments(
    txn: &mut TransactionMut,
    map: &MapRef,
    read: &schema::Read,
    before: &Document,
    after: &Document,
) {
    let now = &read.document;
    let was: HashMap<MomentId, &Moment> = before.moments.iter().map(|m| (m.id, m)).collect();
    let is: HashMap<MomentId, &Moment> = now.moments.iter().map(|m| (m.id, m)).collect();
    let kept: HashSet<MomentId> = after.moments.iter().map(|m| m.id).collect();
    for m in before.moments.iter().filter(|m| !kept.contains(&m.id)) {
        map.remove(txn, &m.id.0.to_string());
    }
    let keys = placed_keys(read, before, after);
    for m in &after.moments {
        let key = keys.get(&m.id);
        match (was.get(&m.id), is.get(&m.id)) {
            // Someone else deleted it meanwhile: the delete stands.
            (Some(_), None) => continue,
            (None, None) => {
                let order = key.cloned().unwrap_or_default();
                schema::insert_moment(txn, map, m, &order);
                continue;
            }
            (old, Some(current)) => {
                let Some(Out::YMap(entry)) = map.get(txn, &m.id.0.to_string()) else {
                    continue;
                };
                edit_moment(txn, &entry, [old.copied().unwrap_or(current), m, current]);
                if let Some(key) = key {
                    entry.insert(txn, "order", key.as_str());
                }
            }
        }
    }
}

/// The new order keys of the moments that need one: those the person moved (outside the
/// longest run that kept its order from `before` to `after`) and the new ones. Each goes
/// right after the moment it follows in `after`, in the Y doc's current sequence.
fn placed_keys(
    read: &schema::Read,
    before: &Document,
    after: &Document,
) -> HashMap<MomentId, String> {
    let old_index: HashMap<MomentId, usize> = before
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, i))
        .collect();
    let positions: Vec<Option<usize>> = after
        .moments
        .iter()
        .map(|m| old_index.get(&m.id).copied())
        .collect();
    let stay = order::longest_increasing(&positions);
    let moved: HashSet<MomentId> = after
        .moments
        .iter()
        .zip(&stay)
        .filter(|(m, s)| !**s || !old_index.contains_key(&m.id))
        .map(|(m, _)| m.id)
        .collect();
    let now = &read.document;
    let current: HashSet<MomentId> = now.moments.iter().map(|m| m.id).collect();
    if moved.is_empty()
        && read
            .orders
            .iter()
            .all(|k| order::between(Some(k), None).is_some())
    {
        return HashMap::new();
    }
    // The current sequence, with each moved or new moment after the one it follows.
    let mut target: Vec<MomentId> = now
        .moments
        .iter()
        .map(|m| m.id)
        .filter(|id| !moved.contains(id))
        .collect();
    let mut anchor: Option<MomentId> = None;
    for m in &after.moments {
        if moved.contains(&m.id) {
            if old_index.contains_key(&m.id) && !current.contains(&m.id) {
                continue; // deleted by someone else
            }
            let at = anchor
                .and_then(|a| target.iter().position(|&t| t == a))
                .map_or(0, |i| i + 1);
            target.insert(at, m.id);
            anchor = Some(m.id);
        } else if current.contains(&m.id) {
            anchor = Some(m.id);
        }
    }
    let now_index: HashMap<MomentId, usize> = now
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, i))
        .collect();
    let target_positions: Vec<Option<usize>> = target
        .iter()
        .map(|id| now_index.get(id).copied().filter(|_| !moved.contains(id)))
        .collect();
    let keys = new_order_keys(&target_positions, &read.orders);
    target
        .into_iter()
        .zip(keys)
        .filter(|(id, key)| now_index.get(id).map(|&i| &read.orders[i]) != Some(key))
        .collect()
}

/// The order key of each moment of the new sequence: the old key where the moment is in
/// the longest run that kept its relative order, a key between the neighbours elsewhere,
/// and fresh, evenly spread keys for all when the old keys leave no room.
fn new_order_keys(positions: &[Option<usize>], orders: &[String]) -> Vec<String> {
    let stay = order::longest_increasing(positions);
    let mut keys: Vec<Option<String>> = positions
        .iter()
        .zip(&stay)
        .map(|(p, s)| p.filter(|_| *s).map(|i| orders[i].clone()))
        .collect();
    let mut next_kept: Vec<Option<String>> = vec![None; keys.len()];
    for i in (0..keys.len()).rev() {
        next_kept[i] = keys
            .get(i + 1)
            .and_then(|k| k.clone().or_else(|| next_kept[i + 1].clone()));
    }
    for i in 0..keys.len() {
        if keys[i].is_some() {
            continue;
        }
        let low = if i == 0 { None } else { keys[i - 1].clone() };
        match order::between(low.as_deref(), next_kept[i].as_deref()) {
            Some(key) => keys[i] = Some(key),
            None => return order::spread(positions.len()),
        }
    }
    let keys: Vec<String> = keys.into_iter().flatten().collect();
    let valid = keys.iter().all(|k| order::between(Some(k), None).is_some());
    if keys.len() == positions.len() && valid && keys.windows(2).all(|w| w[0] < w[1]) {
        keys
    } else {
        order::spread(positions.len())
    }
}

/// Writes a moment's change from `before` to `after` into its entry, merged with `now`.
fn edit_moment(txn: &mut TransactionMut, entry: &MapRef, [before, after, now]: [&Moment; 3]) {
    for key in MOMENT_TEXTS {
        let texts = [before, after, now].map(|m| schema::moment_text(m, key));
        merge_text(txn, entry, key, texts);
    }
    if before.angle != after.angle {
        match after.angle {
            Some(a) => {
                entry.insert(txn, "angle", a);
            }
            None => {
                entry.remove(txn, "angle");
            }
        }
    }
    if before.channel != after.channel {
        entry.insert(txn, "channel", schema::variant_name(&after.channel));
    }
    merge_set(
        txn,
        entry,
        "expectations",
        &before.expectations,
        &after.expectations,
    );
    merge_set(
        txn,
        entry,
        "principles",
        &before.principles,
        &after.principles,
    );
    merge_set(txn, entry, "causes", &before.causes, &after.causes);
    if before.other_expectations != after.other_expectations {
        edit_strings(
            txn,
            entry,
            "other_expectations",
            &now.other_expectations,
            &after.other_expectations,
        );
    }
    if before.critical != after.critical {
        entry.insert(txn, "critical", after.critical);
    }
    if before.photos != after.photos {
        entry.insert(txn, "photos", schema::photos(&after.photos));
    }
    if before.satisfaction != after.satisfaction {
        let score = after.satisfaction.map(|s| Any::from(f64::from(s)));
        put_or_remove(txn, entry, "satisfaction", score);
    }
    if before.target != after.target {
        let score = after.target.map(|s| Any::from(f64::from(s)));
        put_or_remove(txn, entry, "target", score);
    }
    if before.due != after.due {
        put_or_remove(txn, entry, "due", after.due.as_deref().map(Any::from));
    }
}

/// Sets `key` to `value`, or removes it for `None` (an unset optional field is absent).
fn put_or_remove(txn: &mut TransactionMut, map: &MapRef, key: &str, value: Option<Any>) {
    match value {
        Some(value) => {
            map.insert(txn, key, value);
        }
        None => {
            map.remove(txn, key);
        }
    }
}

/// The changed middle of two strings: byte offset where they start to differ, the bytes
/// of `old` to delete there, and the text of `new` to insert. Cuts fall between characters.
pub fn text_change<'a>(old: &str, new: &'a str) -> (usize, usize, &'a str) {
    let prefix: usize = old
        .chars()
        .zip(new.chars())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let (old_rest, new_rest) = (&old[prefix..], &new[prefix..]);
    let suffix: usize = old_rest
        .chars()
        .rev()
        .zip(new_rest.chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum();
    let deleted = old_rest.len() - suffix;
    (prefix, deleted, &new_rest[..new_rest.len() - suffix])
}

/// Where the change from `before` to `after` (at `at`, `deleted` bytes) falls in `now`,
/// the text as others left it; `None` when their change overlaps it.
fn rebase(before: &str, now: &str, at: usize, deleted: usize) -> Option<usize> {
    if before == now {
        return Some(at);
    }
    let (their_at, their_deleted, their_inserted) = text_change(before, now);
    if at >= their_at + their_deleted {
        Some(at - their_deleted + their_inserted.len())
    } else if at + deleted <= their_at {
        Some(at)
    } else {
        None
    }
}

fn merge_text(txn: &mut TransactionMut, map: &MapRef, key: &str, [before, after, now]: [&str; 3]) {
    if before == after {
        return;
    }
    let Some(Out::YText(text)) = map.get(txn, key) else {
        map.insert(txn, key, TextPrelim::new(after));
        return;
    };
    let (at, deleted, inserted) = text_change(before, after);
    let (at, deleted, inserted) = match rebase(before, now, at, deleted) {
        Some(at) => (at, deleted, inserted),
        // Their change and this one overlap: this one's text wins for the overlap.
        None => text_change(now, after),
    };
    let (Ok(at), Ok(deleted)) = (u32::try_from(at), u32::try_from(deleted)) else {
        return;
    };
    if deleted > 0 {
        text.remove_range(txn, at, deleted);
    }
    if !inserted.is_empty() {
        text.insert(txn, at, inserted);
    }
}

fn edit_strings(txn: &mut TransactionMut, map: &MapRef, key: &str, old: &[String], new: &[String]) {
    if old == new {
        return;
    }
    let array: ArrayRef = match map.get(txn, key) {
        Some(Out::YArray(a)) if a.len(txn) as usize == old.len() => a,
        // Items Ciclo could not read are in the array: write the list whole.
        _ => {
            map.insert(txn, key, schema::strings(new));
            return;
        }
    };
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let removed = old.len() - prefix - suffix;
    let (Ok(at), Ok(removed)) = (u32::try_from(prefix), u32::try_from(removed)) else {
        return;
    };
    if removed > 0 {
        array.remove_range(txn, at, removed);
    }
    let added = &new[prefix..new.len() - suffix];
    let items: Vec<Any> = added.iter().map(|s| Any::from(s.as_str())).collect();
    if !items.is_empty() {
        array.insert_range(txn, at, items);
    }
}

/// Ticks and unticks the members that changed from `before` to `after`.
fn merge_set<T: Debug + PartialEq>(
    txn: &mut TransactionMut,
    map: &MapRef,
    key: &str,
    before: &[T],
    after: &[T],
) {
    if before == after {
        return;
    }
    let set = match map.get(txn, key) {
        Some(Out::YMap(set)) => set,
        _ => map.insert(txn, key, MapPrelim::default()),
    };
    for v in before.iter().filter(|v| !after.contains(v)) {
        set.remove(txn, &schema::variant_name(v));
    }
    for v in after.iter().filter(|v| !before.contains(v)) {
        set.insert(txn, schema::variant_name(v), true);
    }
}

#[cfg(test)]
mod tests;
