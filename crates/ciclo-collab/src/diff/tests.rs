use yrs::updates::decoder::Decode as _;
use yrs::{Doc, Map, ReadTxn, Transact, Update, WriteTxn};

use super::*;
use crate::schema::{read_document, write_document};
use ciclo_doc::templates::TEMPLATES;

fn y_doc(d: &Document) -> Doc {
    let doc = Doc::new();
    write_document(&mut doc.transact_mut(), d);
    doc
}

fn read(doc: &Doc) -> Document {
    read_document(&doc.transact()).document
}

fn edit(doc: &Doc, new: &Document) {
    apply(&mut doc.transact_mut(), new);
}

/// Brings both docs to the same state, as the sync protocol does.
fn sync(a: &Doc, b: &Doc) {
    for (from, to) in [(a, b), (b, a)] {
        let sv = to.transact().state_vector();
        let update = from.transact().encode_state_as_update_v1(&sv);
        let update = Update::decode_v1(&update).expect("an update we encoded");
        to.transact_mut().apply_update(update).expect("applies");
    }
}

/// The restaurant template; its sets are in the saver's order, which schema 1 reads back.
fn restaurant() -> Document {
    ciclo_doc::file::parse(TEMPLATES[0].text).expect("the template loads")
}

/// The text after the opening comment (a template's own, or the saver's).
fn body(text: &str) -> String {
    let lines = text.lines().skip_while(|l| l.starts_with("//"));
    lines.map(|l| format!("{l}\n")).collect()
}

#[test]
fn every_template_comes_back_from_the_y_doc_byte_for_byte() {
    for t in TEMPLATES {
        let doc = ciclo_doc::file::parse(t.text).expect("the template loads");
        let back = read_document(&y_doc(&doc).transact());
        assert!(back.problems.is_empty(), "{}: {:?}", t.name, back.problems);
        let ron = ciclo_doc::save::to_ron(&back.document);
        let name = format!("examples/{}.{}.ron", t.name, t.lang.tag());
        assert_eq!(ron, ciclo_doc::save::to_ron(&doc), "{name}");
        // Past its opening comment, the template is that text, byte for byte: its sets are
        // in the saver's order, which schema 1 reads back.
        let first = ron
            .lines()
            .zip(t.text.lines().skip(1))
            .position(|(a, b)| a != b);
        assert!(
            body(&ron) == body(t.text),
            "{name}: line {:?}",
            first.map(|l| l + 2)
        );
    }
}

#[test]
fn two_people_typing_in_one_description_both_keep_their_text() {
    let base = restaurant();
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    let mut at_a = base.clone();
    at_a.moments[0].description = format!("Early: {}", base.moments[0].description);
    let mut at_b = base.clone();
    at_b.moments[0].description = format!("{} Late.", base.moments[0].description);
    edit(&a, &at_a);
    edit(&b, &at_b);
    sync(&a, &b);
    let merged = read(&a);
    assert_eq!(merged, read(&b));
    let text = &merged.moments[0].description;
    assert!(
        text.starts_with("Early: ") && text.ends_with(" Late."),
        "{text}"
    );
}

#[test]
fn a_text_change_is_the_changed_middle_only() {
    assert_eq!(
        text_change("hello world", "hello brave world"),
        (6, 0, "brave ")
    );
    assert_eq!(text_change("añb", "ab"), (1, 2, ""));
    assert_eq!(text_change("same", "same"), (4, 0, ""));
    assert_eq!(text_change("aaa", "aa"), (2, 1, ""));
}

fn orders(doc: &Doc) -> Vec<String> {
    read_document(&doc.transact()).orders
}

#[test]
fn a_moved_moment_gets_one_new_key_and_the_others_keep_theirs() {
    let base = restaurant();
    let a = y_doc(&base);
    let before = orders(&a);
    let mut moved = base.clone();
    let m = moved.moments.remove(0);
    moved.moments.insert(3, m);
    edit(&a, &moved);
    assert_eq!(read(&a), moved);
    let after = orders(&a);
    let changed = after.iter().filter(|k| !before.contains(k)).count();
    assert_eq!(changed, 1, "{before:?} -> {after:?}");
}

#[test]
fn two_people_moving_one_moment_leave_it_in_one_place() {
    let base = restaurant();
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    let mut at_a = base.clone();
    let m = at_a.moments.remove(0);
    at_a.moments.insert(2, m);
    let mut at_b = base.clone();
    let m = at_b.moments.remove(0);
    at_b.moments.push(m);
    edit(&a, &at_a);
    edit(&b, &at_b);
    sync(&a, &b);
    let merged = read(&a);
    assert_eq!(merged, read(&b));
    assert_eq!(merged.moments.len(), base.moments.len());
    let first = base.moments[0].id;
    assert_eq!(merged.moments.iter().filter(|m| m.id == first).count(), 1);
}

#[test]
fn lists_and_sets_change_only_what_differs_and_merge() {
    let base = restaurant();
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    let mut at_a = base.clone();
    at_a.primary_services.insert(0, "Breakfast".to_owned());
    at_a.moments[1].principles = vec![Principle::Reliability];
    let mut at_b = base.clone();
    at_b.primary_services.push("Catering".to_owned());
    at_b.moments[1].causes.push(Cause::LongWait);
    at_b.moments[1].causes.sort();
    at_b.moments[1].causes.dedup();
    edit(&a, &at_a);
    edit(&b, &at_b);
    sync(&a, &b);
    let merged = read(&a);
    assert_eq!(
        merged.primary_services.first().map(String::as_str),
        Some("Breakfast")
    );
    assert_eq!(
        merged.primary_services.last().map(String::as_str),
        Some("Catering")
    );
    assert_eq!(merged.moments[1].principles, [Principle::Reliability]);
    assert!(merged.moments[1].causes.contains(&Cause::LongWait));
}

use ciclo_doc::model::{Cause, Principle};

#[test]
fn values_ciclo_does_not_accept_are_read_as_defaults_and_left_alone() {
    let base = restaurant();
    let a = y_doc(&base);
    let id = base.moments[0].id.0.to_string();
    {
        let mut txn = a.transact_mut();
        let moments = txn.get_or_insert_map(MOMENTS);
        let Some(Out::YMap(m)) = moments.get(&txn, &id) else {
            panic!("the moment")
        };
        m.insert(&mut txn, "satisfaction", 9.0);
        m.insert(&mut txn, "channel", "Telepathy");
        m.insert(&mut txn, "critical", "yes");
        moments.insert(&mut txn, "not-an-id", "x");
    }
    let got = read_document(&a.transact());
    assert_eq!(got.problems.len(), 4, "{:?}", got.problems);
    let m = &got.document.moments[0];
    assert_eq!(
        (m.satisfaction, m.channel, m.critical),
        (None, Default::default(), false)
    );
    // Another field's edit leaves the foreign values in the Y doc.
    let mut renamed = got.document.clone();
    renamed.moments[0].name = "Renamed".to_owned();
    edit(&a, &renamed);
    let txn = a.transact();
    let moments = txn.get_map(MOMENTS).expect("moments");
    let Some(Out::YMap(m)) = moments.get(&txn, &id) else {
        panic!("the moment")
    };
    assert_eq!(m.get(&txn, "satisfaction"), Some(Out::Any(Any::from(9.0))));
    assert!(moments.get(&txn, "not-an-id").is_some());
}

#[test]
fn an_angle_that_stops_increasing_after_a_merge_is_read_as_unplaced() {
    let mut base = restaurant();
    for (i, m) in base.moments.iter_mut().enumerate() {
        m.angle = Some(10.0 + 30.0 * i as f64);
    }
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    let mut at_a = base.clone();
    at_a.moments[1].angle = Some(200.0); // past the third moment
    let mut at_b = base.clone();
    at_b.moments[2].angle = Some(45.0);
    edit(&a, &at_a);
    edit(&b, &at_b);
    sync(&a, &b);
    let merged = read_document(&a.transact());
    assert_eq!(merged.document, read(&b));
    assert!(ciclo_doc::validate::validate(&merged.document).is_ok());
    // The moment moved past its neighbour is the one left unplaced; the others keep theirs.
    assert_eq!(merged.document.moments[1].angle, None);
    assert_eq!(merged.document.moments[2].angle, Some(45.0));
    assert_eq!(merged.problems.len(), 1, "{:?}", merged.problems);
}

#[test]
fn an_unchanged_document_writes_nothing() {
    let base = restaurant();
    let a = y_doc(&base);
    let sv = a.transact().state_vector();
    assert!(!apply(&mut a.transact_mut(), &base));
    assert_eq!(a.transact().state_vector(), sv);
}

#[test]
fn photos_travel_with_their_moment_and_come_back_whole() {
    let mut base = restaurant();
    base.moments[2].photos = vec![ciclo_doc::model::Photo {
        path: "fotos/telefono.jpg".to_owned(),
        caption: "The booking phone at 8 pm".to_owned(),
    }];
    base.format = ciclo_doc::model::FORMAT_WITH_PHOTOS; // a cycle with photos is format 2
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    assert_eq!(read(&b), base, "nothing dropped on the way");
    let mut more = base.clone();
    more.moments[2].photos.push(ciclo_doc::model::Photo {
        path: "fotos/cola.jpg".to_owned(),
        caption: String::new(),
    });
    edit(&b, &more);
    sync(&a, &b);
    assert_eq!(read(&a).moments[2].photos.len(), 2);
    assert_eq!(
        ciclo_doc::save::to_ron(&read(&a)),
        ciclo_doc::save::to_ron(&more)
    );
}

/// The value under `key` of the first moment's map.
fn first_moment_value(doc: &Doc, id: &str, key: &str) -> Option<Out> {
    let txn = doc.transact();
    let moments = txn.get_map(MOMENTS).expect("moments");
    let Some(Out::YMap(m)) = moments.get(&txn, id) else {
        panic!("the moment")
    };
    m.get(&txn, key)
}

#[test]
fn the_plan_and_the_cover_travel_as_their_smallest_changes() {
    let mut base = restaurant();
    base.authors = vec!["Ana".to_owned()];
    let (a, b) = (y_doc(&base), Doc::new());
    sync(&a, &b);
    let id = base.moments[0].id.0.to_string();
    let mut at_a = base.clone();
    at_a.moments[0].target = Some(4);
    at_a.moments[0].due = Some("2027-02-28".to_owned());
    at_a.authors.insert(0, "Luis".to_owned());
    let mut at_b = base.clone();
    at_b.authors.push("Marta".to_owned());
    at_b.date = Some("2026-12-08".to_owned());
    edit(&a, &at_a);
    edit(&b, &at_b);
    sync(&a, &b);
    let merged = read(&a);
    assert_eq!(merged, read(&b));
    // Both people's names are kept: each wrote one insert, not the whole list.
    assert_eq!(merged.authors, ["Luis", "Ana", "Marta"]);
    assert_eq!(merged.date.as_deref(), Some("2026-12-08"));
    let m = &merged.moments[0];
    assert_eq!((m.target, m.due.as_deref()), (Some(4), Some("2027-02-28")));
    assert_eq!(merged.format, ciclo_doc::model::FORMAT_VERSION);
    let target = first_moment_value(&a, &id, "target");
    assert_eq!(target, Some(Out::Any(Any::from(4.0))));
    // Clearing them removes the keys: unset is absent.
    let mut cleared = merged.clone();
    cleared.moments[0].target = None;
    cleared.moments[0].due = None;
    cleared.date = None;
    edit(&a, &cleared);
    assert_eq!(first_moment_value(&a, &id, "target"), None);
    assert_eq!(first_moment_value(&a, &id, "due"), None);
    assert!(
        a.transact()
            .get_map(CYCLE)
            .expect("cycle")
            .get(&a.transact(), "date")
            .is_none()
    );
    assert_eq!(read(&a), cleared);
}

#[test]
fn an_impossible_due_date_or_target_in_the_y_doc_is_read_as_unset() {
    let base = restaurant();
    let a = y_doc(&base);
    let id = base.moments[0].id.0.to_string();
    {
        let mut txn = a.transact_mut();
        let moments = txn.get_or_insert_map(MOMENTS);
        let Some(Out::YMap(m)) = moments.get(&txn, &id) else {
            panic!("the moment")
        };
        m.insert(&mut txn, "target", 9.0);
        m.insert(&mut txn, "due", "2027-02-30");
    }
    let got = read_document(&a.transact());
    assert_eq!(got.problems.len(), 2, "{:?}", got.problems);
    assert!(
        got.problems.iter().any(|p| p.contains("2027-02-30")),
        "{:?}",
        got.problems
    );
    let m = &got.document.moments[0];
    assert_eq!((m.target, m.due.as_deref()), (None, None));
}
