//! A change between the document in the Y doc and a new one, as the smallest Y operations.
//!
//! Text fields get one delete and one insert around the changed part, lists keep their
//! common ends, sets change only the members that differ, and a reordered moment gets a
//! new order key between its new neighbours while the others keep theirs. What the Y doc
//! holds that Ciclo reads as a default is not touched unless the new document changes it.

use std::fmt::Debug;

use yrs::WriteTxn;
use yrs::{Any, Array, ArrayRef, Map, MapPrelim, MapRef, Out, Text, TextPrelim, TransactionMut};

use super::order;
use super::schema::{self, CYCLE, CYCLE_TEXTS, MOMENT_TEXTS, MOMENTS, SCHEMA};
use crate::model::{Document, Moment, MomentId};

/// Writes into the Y doc what differs between its document and `new`. Returns true when
/// anything was written.
pub fn apply(txn: &mut TransactionMut, new: &Document) -> bool {
    let read = schema::read_document(txn);
    let old = &read.document;
    if *old == *new
        && read
            .orders
            .iter()
            .all(|k| order::between(Some(k), None).is_some())
    {
        return false;
    }
    let cycle = txn.get_or_insert_map(CYCLE);
    if cycle.get(txn, "format").is_none() {
        cycle.insert(txn, "format", f64::from(SCHEMA));
    }
    if old.language != new.language {
        cycle.insert(txn, "language", new.language.as_str());
    }
    for key in CYCLE_TEXTS {
        edit_text(
            txn,
            &cycle,
            key,
            schema::cycle_text(old, key),
            schema::cycle_text(new, key),
        );
    }
    edit_strings(
        txn,
        &cycle,
        "primary_services",
        &old.primary_services,
        &new.primary_services,
    );
    edit_strings(
        txn,
        &cycle,
        "secondary_services",
        &old.secondary_services,
        &new.secondary_services,
    );
    edit_set(txn, &cycle, "evaluation", &old.evaluation, &new.evaluation);
    let moments = txn.get_or_insert_map(MOMENTS);
    edit_moments(txn, &moments, old, &read.orders, new);
    true
}

fn edit_moments(
    txn: &mut TransactionMut,
    map: &MapRef,
    old: &Document,
    orders: &[String],
    new: &Document,
) {
    let old_index: std::collections::HashMap<MomentId, usize> = old
        .moments
        .iter()
        .enumerate()
        .map(|(i, m)| (m.id, i))
        .collect();
    let kept: std::collections::HashSet<MomentId> = new.moments.iter().map(|m| m.id).collect();
    for m in old.moments.iter().filter(|m| !kept.contains(&m.id)) {
        map.remove(txn, &m.id.0.to_string());
    }
    let positions: Vec<Option<usize>> = new
        .moments
        .iter()
        .map(|m| old_index.get(&m.id).copied())
        .collect();
    let keys = new_order_keys(&positions, orders);
    for ((m, position), key) in new.moments.iter().zip(&positions).zip(&keys) {
        let entry = match position.map(|i| &old.moments[i]) {
            Some(before) => match map.get(txn, &m.id.0.to_string()) {
                Some(Out::YMap(entry)) => {
                    edit_moment(txn, &entry, before, m);
                    entry
                }
                _ => continue,
            },
            None => {
                schema::insert_moment(txn, map, m, key);
                continue;
            }
        };
        if position.map(|i| &orders[i]) != Some(key) {
            entry.insert(txn, "order", key.as_str());
        }
    }
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

fn edit_moment(txn: &mut TransactionMut, entry: &MapRef, old: &Moment, new: &Moment) {
    for key in MOMENT_TEXTS {
        edit_text(
            txn,
            entry,
            key,
            schema::moment_text(old, key),
            schema::moment_text(new, key),
        );
    }
    if old.angle != new.angle {
        match new.angle {
            Some(a) => {
                entry.insert(txn, "angle", a);
            }
            None => {
                entry.remove(txn, "angle");
            }
        }
    }
    if old.channel != new.channel {
        entry.insert(txn, "channel", schema::variant_name(&new.channel));
    }
    edit_set(
        txn,
        entry,
        "expectations",
        &old.expectations,
        &new.expectations,
    );
    edit_set(txn, entry, "principles", &old.principles, &new.principles);
    edit_set(txn, entry, "causes", &old.causes, &new.causes);
    edit_strings(
        txn,
        entry,
        "other_expectations",
        &old.other_expectations,
        &new.other_expectations,
    );
    if old.critical != new.critical {
        entry.insert(txn, "critical", new.critical);
    }
    if old.satisfaction != new.satisfaction {
        match new.satisfaction {
            Some(s) => {
                entry.insert(txn, "satisfaction", f64::from(s));
            }
            None => {
                entry.remove(txn, "satisfaction");
            }
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

fn edit_text(txn: &mut TransactionMut, map: &MapRef, key: &str, old: &str, new: &str) {
    if old == new {
        return;
    }
    let Some(Out::YText(text)) = map.get(txn, key) else {
        map.insert(txn, key, TextPrelim::new(new));
        return;
    };
    let (at, deleted, inserted) = text_change(old, new);
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

fn edit_set<T: Debug + PartialEq>(
    txn: &mut TransactionMut,
    map: &MapRef,
    key: &str,
    old: &[T],
    new: &[T],
) {
    if old == new {
        return;
    }
    let set = match map.get(txn, key) {
        Some(Out::YMap(set)) => set,
        _ => map.insert(txn, key, MapPrelim::default()),
    };
    for v in old.iter().filter(|v| !new.contains(v)) {
        set.remove(txn, &schema::variant_name(v));
    }
    for v in new.iter().filter(|v| !old.contains(v)) {
        set.insert(txn, schema::variant_name(v), true);
    }
}

#[cfg(test)]
mod tests;
