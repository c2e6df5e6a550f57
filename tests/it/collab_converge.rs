//! Three designers on loopback against Ciclo's host: whatever they do at once, they end
//! with the same document, and the host's file shows it.

use crate::collab_support;

use ciclo::model::{Document, Moment};
use collab_support::*;

#[test]
fn concurrent_drags_end_in_one_place_for_everyone() {
    let hosted = host(&restaurant());
    let (a, b, c) = trio(&hosted);
    let base = a.document().document;
    for (session, angle) in [(&a, 15.0), (&b, 25.0), (&c, 35.0)] {
        let mut dragged = base.clone();
        dragged.moments[0].angle = Some(angle);
        dragged.moments[1].angle = None;
        session.apply(&dragged);
    }
    let mut far = b.document().document;
    far.moments[5].angle = Some(180.0);
    b.apply(&far);
    let doc = converged(&[&a, &b, &c]);
    let first = doc.moments[0].angle.expect("placed");
    assert!([15.0, 25.0, 35.0].contains(&first), "{first}");
    assert_eq!(doc.moments.len(), base.moments.len());
    assert!(ciclo::validate::validate(&doc).is_ok());
    file_shows(&hosted.path, "the drags", |d| *d == doc);
}

#[test]
fn concurrent_typing_in_one_field_keeps_everyone_s_words() {
    let hosted = host(&restaurant());
    let (a, b, c) = trio(&hosted);
    let base = a.document().document;
    let text = base.moments[2].description.clone();
    let middle = text.find(' ').expect("a space");
    let edits = [
        format!("ANA {text}"),
        format!("{} BORIS{}", &text[..middle], &text[middle..]),
        format!("{text} CHEN"),
    ];
    // Each types into the text as they last saw it; the others' keystrokes may already
    // have arrived.
    for (session, new_text) in [&a, &b, &c].into_iter().zip(edits) {
        let mut edited = base.clone();
        edited.moments[2].description = new_text;
        session.apply_change(&base, &edited);
    }
    let doc = converged(&[&a, &b, &c]);
    let merged = &doc.moments[2].description;
    for word in ["ANA ", " BORIS", " CHEN"] {
        assert!(merged.contains(word), "{word} in {merged}");
    }
    assert_eq!(merged.len(), text.len() + "ANA  BORIS CHEN".len());
}

#[test]
fn an_add_and_a_delete_of_the_same_moment_agree() {
    let hosted = host(&restaurant());
    let (a, b, c) = trio(&hosted);
    let mut added = a.document().document;
    let id = a.fresh_id();
    assert!(id.0 >= 1_000_000);
    added
        .moments
        .insert(3, Moment::named(id, "Reads the parking sign"));
    a.apply(&added);
    let seen = eventually(&b, "the new moment", |d| d.index_of(id).is_some());
    // Ana renames it while Boris deletes it and Chen adds another one.
    let mut renamed = seen.clone();
    let i = renamed.index_of(id).expect("there");
    renamed.moments[i].name = "Reads the big parking sign".to_owned();
    a.apply_change(&seen, &renamed);
    let mut deleted = seen.clone();
    deleted.moments.retain(|m| m.id != id);
    b.apply_change(&seen, &deleted);
    let mut other = seen.clone();
    let other_id = c.fresh_id();
    other
        .moments
        .push(Moment::named(other_id, "Leaves a review"));
    c.apply_change(&seen, &other);
    let doc = converged(&[&a, &b, &c]);
    assert!(
        doc.index_of(id).is_none(),
        "the delete wins over the rename"
    );
    assert!(doc.index_of(other_id).is_some(), "the other add is kept");
}

fn moved(doc: &Document, from: usize, to: usize) -> Document {
    let mut doc = doc.clone();
    let m = doc.moments.remove(from);
    doc.moments.insert(to, m);
    doc
}

#[test]
fn a_reorder_against_a_reorder_keeps_every_moment_once() {
    let hosted = host(&restaurant());
    let cables: Vec<Cable> = (0..3).map(|_| Cable::to(hosted.host.addr)).collect();
    let [a, b, c] = ["Ana", "Boris", "Chen"].map(|name| name.to_owned());
    let sessions: Vec<_> = cables
        .iter()
        .zip([a, b, c])
        .map(|(cable, name)| join(&cable.url(&hosted), &name))
        .collect();
    let (a, b, c) = (&sessions[0], &sessions[1], &sessions[2]);
    // All three drag at the same moment: none has seen the others' drags.
    cables.iter().for_each(Cable::cut);
    let base = a.document().document;
    a.apply_change(&base, &moved(&base, 0, 4));
    b.apply_change(&base, &moved(&base, 0, 8));
    c.apply_change(&base, &moved(&base, 9, 1));
    cables.iter().for_each(Cable::mend);
    let doc = converged(&[a, b, c]);
    let mut ids: Vec<u32> = doc.moments.iter().map(|m| m.id.0).collect();
    assert_eq!(ids.len(), base.moments.len());
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), base.moments.len());
    // Chen put the tenth moment right before the second one, and there it stays.
    let tenth = doc.index_of(base.moments[9].id).expect("kept");
    assert_eq!(doc.moments[tenth + 1].id, base.moments[1].id);
    // The first moment is where Ana or Boris put it: after the fifth or after the ninth.
    let first = doc.index_of(base.moments[0].id).expect("kept");
    let before_it = doc.moments[first - 1].id;
    assert!(
        before_it == base.moments[4].id || before_it == base.moments[8].id,
        "{before_it:?}"
    );
}

#[test]
fn offline_edits_on_two_sides_merge_on_reconnect() {
    let hosted = host(&restaurant());
    let (cable_a, cable_b) = (Cable::to(hosted.host.addr), Cable::to(hosted.host.addr));
    let (a, b) = (
        join(&cable_a.url(&hosted), "Ana"),
        join(&cable_b.url(&hosted), "Boris"),
    );
    let c = join(&hosted.url(), "Chen");
    cable_a.cut();
    cable_b.cut();
    let base = a.document().document;
    let mut at_a = base.clone();
    at_a.title = "Dinner, reviewed".to_owned();
    at_a.moments[0].critical = true;
    a.apply(&at_a);
    let mut at_b = base.clone();
    at_b.moments[3].notes = "Ask the valet".to_owned();
    b.apply(&at_b);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(
        c.document().document,
        base,
        "nothing crossed the cut cables"
    );
    cable_a.mend();
    cable_b.mend();
    assert!(
        a.wait_synced(2, std::time::Duration::from_secs(20)),
        "Ana reconnected"
    );
    assert!(
        b.wait_synced(2, std::time::Duration::from_secs(20)),
        "Boris reconnected"
    );
    let doc = converged(&[&a, &b, &c]);
    assert_eq!(doc.title, "Dinner, reviewed");
    assert!(doc.moments[0].critical);
    assert_eq!(doc.moments[3].notes, "Ask the valet");
}

#[test]
fn five_hundred_moments_added_on_each_side_while_apart_make_a_thousand() {
    let hosted = host(&Document::default());
    let (cable_a, cable_b) = (Cable::to(hosted.host.addr), Cable::to(hosted.host.addr));
    let (a, b) = (
        join(&cable_a.url(&hosted), "Ana"),
        join(&cable_b.url(&hosted), "Boris"),
    );
    cable_a.cut();
    cable_b.cut();
    for (session, who) in [(&a, "A"), (&b, "B")] {
        let mut doc = session.document().document;
        for k in 0..500 {
            doc.moments
                .push(Moment::named(session.fresh_id(), format!("{who} {k}")));
        }
        session.apply(&doc);
    }
    cable_a.mend();
    cable_b.mend();
    let doc = converged(&[&a, &b]);
    assert_eq!(doc.moments.len(), 1000);
    file_shows(&hosted.path, "the thousand moments", |d| {
        d.moments.len() == 1000
    });
}

#[test]
fn undo_takes_back_only_one_s_own_step_and_a_drag_is_one_step() {
    let hosted = host(&restaurant());
    let (a, b) = (join(&hosted.url(), "Ana"), join(&hosted.url(), "Boris"));
    let base = a.document().document;
    // Ana drags the first moment in twelve steps, as the window sends them.
    let mut seen = base.clone();
    for step in 0..12 {
        let mut next = seen.clone();
        next.moments[0].angle = Some(2.0 + f64::from(step));
        a.apply_change(&seen, &next);
        seen = next;
    }
    a.seal_undo();
    let mut renamed = b.document().document;
    renamed.moments[4].name = "Boris's name".to_owned();
    b.apply(&renamed);
    eventually(&a, "Boris's rename", |d| {
        d.moments[4].name == "Boris's name"
    });
    assert!(a.can_undo());
    assert!(a.undo());
    let doc = converged(&[&a, &b]);
    assert_eq!(
        doc.moments[0].angle, base.moments[0].angle,
        "the whole drag is undone"
    );
    assert_eq!(doc.moments[4].name, "Boris's name", "Boris's change stays");
    assert!(a.redo());
    let doc = converged(&[&a, &b]);
    assert_eq!(doc.moments[0].angle, Some(13.0));
}
