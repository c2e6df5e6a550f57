//! Gestures on the ring: a double-click adds a moment exactly where it lands, and the
//! first drag of a cycle without placed angles moves only the dragged moment.

use ciclo_app::{Designer, ScriptedDialogs};
use ciclo_doc::arrange::{clockwise, effective_angles};
use ciclo_doc::lang::Lang;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;

use crate::common;
use common::{designer, drag, example};

fn open(path: &std::path::Path) -> Harness<'static, Designer> {
    let mut d = designer(Lang::En, ScriptedDialogs::default());
    d.open_path(path.to_owned());
    let mut h = common::harness(d, [1280.0, 720.0]);
    h.run();
    h
}

fn double_click(h: &mut Harness<'_, Designer>, at: Pos2) {
    // A third of a second apart from any earlier click, so this is not a triple click.
    h.run_steps(20);
    h.hover_at(at);
    h.run();
    for _ in 0..2 {
        for pressed in [true, false] {
            h.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: Modifiers::NONE,
            });
        }
    }
    h.run();
}

/// The smallest difference between two angles, in degrees.
fn apart(a: f64, b: f64) -> f64 {
    let d = clockwise(a, b);
    d.min(360.0 - d)
}

#[test]
fn a_double_click_in_any_gap_adds_the_moment_there_and_moves_no_other() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let before = h.state().doc().clone();
    let n = before.moments.len();
    let drawn = effective_angles(&before);
    assert!(before.moments.iter().all(|m| m.angle.is_none()));
    for gap in 0..n {
        let (from, to) = (drawn[gap], drawn[(gap + 1) % n]);
        for share in [0.3, 0.7] {
            let angle = (from + clockwise(from, to) * share).rem_euclid(360.0);
            let at = h.state().ring_screen_pos(angle).unwrap();
            double_click(&mut h, at);

            let doc = h.state().doc().clone();
            let what = format!("click at {angle:.1}° between #{} and #{}", gap + 1, gap + 2);
            assert_eq!(doc.moments.len(), n + 1, "{what}");
            let new = doc.index_of(h.state().selection().unwrap()).unwrap();
            // After moment `gap` in the sequence; the last gap is the end of the cycle.
            assert_eq!(new, gap + 1, "{what}: the new moment is #{}", new + 1);
            assert_eq!(
                doc.moments[new].name,
                format!("Moment {}", new + 1),
                "{what}"
            );
            let now = effective_angles(&doc);
            assert!(
                apart(now[new], angle) <= 0.06,
                "{what}: it sits at {:.2}°",
                now[new]
            );
            let mut others = now.clone();
            others.remove(new);
            for (k, (a, b)) in drawn.iter().zip(&others).enumerate() {
                assert!(
                    apart(*a, *b) <= 0.06,
                    "{what}: #{} moved from {a:.2}° to {b:.2}°",
                    k + 1
                );
            }
            let saved = doc.moments[new].angle.unwrap();
            assert_eq!(
                (saved * 10.0).round() / 10.0,
                saved,
                "{what}: saved as {saved}"
            );
            assert!(ciclo_doc::file::validate(&doc).is_ok(), "{what}");

            // One undo step takes it all back.
            h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
            h.run();
            assert_eq!(h.state().doc(), &before, "{what}: undo");
        }
    }
}

#[test]
fn the_first_drag_of_an_unplaced_cycle_moves_only_the_dragged_moment() {
    let dir = tempfile::tempdir().unwrap();
    let path = example(dir.path(), "restaurant.en.ron");
    let mut h = open(&path);
    let before = h.state().doc().clone();
    assert!(before.moments.iter().all(|m| m.angle.is_none()));
    let n = before.moments.len();
    let screen: Vec<Pos2> = (0..n)
        .map(|i| h.state().node_screen_pos(i).unwrap())
        .collect();
    // Drag #4 a third of the way towards #5.
    let drawn = effective_angles(&before);
    let target = drawn[3] + clockwise(drawn[3], drawn[4]) / 3.0;
    let from = screen[3];
    let to = h.state().ring_screen_pos(target).unwrap();
    drag(&mut h, from, to, 8);

    let doc = h.state().doc().clone();
    assert_eq!(
        doc.moments.iter().map(|m| m.id).collect::<Vec<_>>(),
        before.moments.iter().map(|m| m.id).collect::<Vec<_>>(),
        "the sequence is unchanged"
    );
    let moved = h.state().node_screen_pos(3).unwrap();
    assert!(
        moved.distance(to) < 3.0,
        "#4 is at {moved:?}, dropped at {to:?}"
    );
    for (i, was) in screen.iter().enumerate().filter(|&(i, _)| i != 3) {
        let now = h.state().node_screen_pos(i).unwrap();
        assert!(
            now.distance(*was) < 1.0,
            "#{} jumped from {was:?} to {now:?}",
            i + 1
        );
    }
    for m in &doc.moments {
        let a = m.angle.unwrap();
        assert_eq!((a * 10.0).round() / 10.0, a, "{} saved at {a}", m.name);
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().doc(), &before, "one undo step restores the cycle");
}
