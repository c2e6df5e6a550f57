//! Exact SVG snapshots: the whole SVG text of a few pictures, compared with the files in
//! `tests/snapshots/`. Any change to the drawing, its words or its numbers shows up here
//! as a changed line. After a deliberate change, run
//! `CICLO_BLESS=1 cargo test --test svg_snapshots`, read the diff (`git diff tests/snapshots`)
//! and open the new files before committing them.

use std::path::PathBuf;

use ciclo::export::{Background, ExportOptions, svg};
use ciclo::lang::Lang;
use ciclo::svg::shapes_to_svg;

use crate::pictures;
use pictures::{cases, slide, template};

fn path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.svg"))
}

/// Compares `actual` with the snapshot `name`, or writes it there under `CICLO_BLESS`.
fn snapshot(name: &str, actual: &str) {
    if std::env::var_os("CICLO_BLESS").is_some() {
        let path = path(name);
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    if let Some(difference) = difference(name, actual) {
        let out = std::env::temp_dir().join(format!("ciclo-snapshot-{name}.svg"));
        let _ = std::fs::write(&out, actual);
        panic!(
            "{difference}\nthe new SVG is {}; if the change is meant, run \
             CICLO_BLESS=1 cargo test --test svg_snapshots",
            out.display()
        );
    }
}

/// Where `actual` first differs from the snapshot `name`; `None` when they are equal.
fn difference(name: &str, actual: &str) -> Option<String> {
    let path = path(name);
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; run with CICLO_BLESS=1 to create it",
            path.display()
        )
    });
    if expected == actual {
        return None;
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    Some(format!(
        "{name}: the SVG differs from {} from line {}:\n- {}\n+ {}",
        path.display(),
        line + 1,
        expected.lines().nth(line).unwrap_or("(end)"),
        actual.lines().nth(line).unwrap_or("(end)"),
    ))
}

#[test]
fn every_picture_matches_its_snapshot() {
    for case in cases() {
        let doc = template(case.template, case.lang);
        snapshot(
            case.name,
            &svg(&doc, &case.opts).unwrap_or_else(|e| panic!("{e}")),
        );
    }
}

#[test]
fn a_moment_slide_with_its_card() {
    let (name, shapes) = slide();
    snapshot(
        name,
        &shapes_to_svg(&shapes, 1280.0, 720.0, Background::White),
    );
}

#[test]
fn a_changed_word_fails_the_snapshot() {
    let mut doc = template("restaurant", Lang::En);
    doc.moments[2].name = doc.moments[2].name.replacen("table", "seat", 1);
    let text = svg(&doc, &ExportOptions::sized(1280, 720)).unwrap_or_else(|e| panic!("{e}"));
    let message = difference("restaurant-en-1280x720", &text).unwrap_or_default();
    assert!(message.contains("Calls to book a seat"), "{message:?}");
    assert!(message.contains("Calls to book a table"), "{message:?}");
}
