use super::*;

fn doc(n: u32) -> Document {
    let mut d = Document::default();
    for i in 1..=n {
        d.moments.push(Moment::named(MomentId(i), format!("m{i}")));
    }
    d
}

#[test]
fn typing_in_one_field_is_one_step() {
    let mut h = History::new(doc(2), true);
    for text in ["a", "ab", "abc"] {
        h.apply(
            Edit::MomentText(MomentId(1), MomentText::Name, text.into()),
            None,
        );
    }
    h.seal();
    h.apply(
        Edit::MomentText(MomentId(1), MomentText::Name, "abcd".into()),
        None,
    );
    assert!(h.is_dirty());
    h.undo(None);
    assert_eq!(h.doc().moments[0].name, "abc");
    h.undo(None);
    assert_eq!(h.doc().moments[0].name, "m1");
    assert!(!h.is_dirty(), "back at the saved state");
    h.redo(None);
    assert_eq!(h.doc().moments[0].name, "abc");
}

#[test]
fn a_drag_replays_from_its_start() {
    let mut h = History::new(doc(4), true);
    h.apply(Edit::Place(MomentId(2), 200.0), None);
    h.apply(Edit::Place(MomentId(2), 100.0), None);
    let names: Vec<_> = h.doc().moments.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["m1", "m2", "m3", "m4"]);
    h.undo(None);
    assert_eq!(h.doc(), &doc(4));
}

#[test]
fn placing_one_moment_leaves_the_others_where_they_were_drawn() {
    // Moments 1 and 2 are drawn before 12 o'clock's first placed moment: the cycle
    // starts late, at 345°.
    let mut d = doc(6);
    d.moments[2].angle = Some(60.0);
    d.moments[5].angle = Some(300.0);
    let drawn = arrange::effective_angles(&d);
    let mut h = History::new(d, true);
    h.apply(Edit::Place(MomentId(4), 123.45), None);
    let now = arrange::effective_angles(h.doc());
    assert!(crate::file::validate(h.doc()).is_ok());
    assert_eq!(h.doc().moments[3].angle, Some(123.5), "rounded to 0.1°");
    for i in [0, 1, 2, 4, 5] {
        assert!((now[i] - drawn[i]).abs() < 0.06, "#{} moved", i + 1);
    }
    h.undo(None);
    assert!(h.doc().moments[0].angle.is_none(), "one step, undone whole");
}

#[test]
fn reorder_keeps_the_document_valid() {
    let mut d = doc(4);
    d.moments[1].angle = Some(90.0);
    d.moments[2].angle = Some(180.0);
    let mut h = History::new(d, true);
    h.apply(Edit::Reorder(MomentId(3), 0), None);
    assert!(crate::file::validate(h.doc()).is_ok());
}

#[test]
fn history_is_bounded() {
    let mut h = History::new(doc(1), true);
    for i in 0..(UNDO_LIMIT + 10) {
        h.apply(Edit::Critical(MomentId(1), i % 2 == 0), None);
    }
    let mut steps = 0;
    while h.undo(None).is_some() {
        steps += 1;
    }
    assert_eq!(steps, UNDO_LIMIT);
}

#[test]
fn the_plan_and_the_cover_refuse_what_the_file_would_refuse() {
    let mut h = History::new(doc(1), true);
    let id = MomentId(1);
    h.apply(Edit::Target(id, Some(4)), None);
    h.apply(Edit::Due(id, Some("2027-03-31".into())), None);
    h.apply(Edit::Date(Some("2026-12-08".into())), None);
    h.apply(Edit::DocList(DocList::Authors, vec!["Ana".into()]), None);
    // Impossible values leave the stored ones as they were.
    h.apply(Edit::Target(id, Some(9)), None);
    assert_eq!(h.doc().moments[0].target, None, "out of range clears");
    h.apply(Edit::Target(id, Some(4)), None);
    h.apply(Edit::Due(id, Some("2027-02-30".into())), None);
    h.apply(Edit::Date(Some("2027-13-45".into())), None);
    let d = h.doc();
    assert_eq!(d.moments[0].target, Some(4));
    assert_eq!(d.moments[0].due.as_deref(), Some("2027-03-31"));
    assert_eq!(d.date.as_deref(), Some("2026-12-08"));
    assert_eq!(d.authors, ["Ana"]);
    assert_eq!(d.saved_format(), crate::model::FORMAT_VERSION);
    assert!(crate::validate::validate(d).is_ok());
    h.apply(Edit::Due(id, None), None);
    assert_eq!(h.doc().moments[0].due, None);
}
