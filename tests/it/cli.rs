//! The `ciclo` command line, run as a user runs it: the real binary, in a fresh folder.

use std::path::Path;

use ciclo::file::{load_file, parse};
use ciclo::lang::Lang;
use ciclo::templates;

use crate::cli_support;
use cli_support::*;

const TEMPLATE_NAMES: [&str; 8] = [
    "restaurant",
    "bank-branch",
    "phone-support",
    "online-store",
    "hotel",
    "beauty-salon",
    "medical-appointment",
    "utility-office",
];

// ---------------------------------------------------------------------------------------
// check

#[test]
fn check_prints_one_line_per_good_file() {
    let dir = folder_with(&[("small.ron", SMALL), ("empty-cycle.ron", "(format: 1)")]);
    let out = ciclo(dir.path(), &["check", "small.ron", "empty-cycle.ron"]);
    assert_exit(&out, 0);
    assert_eq!(
        stdout(&out),
        "small.ron: ok, 4 moments, 1 critical\nempty-cycle.ron: ok, 0 moments, 0 critical\n"
    );
    assert_eq!(stderr(&out), "");
}

#[test]
fn check_reports_a_broken_file_with_its_position_and_fails() {
    let dir = folder_with(&[
        ("good.ron", SMALL),
        ("bad.ron", BROKEN),
        ("later.ron", "(format: 1)"),
    ]);
    let out = ciclo(dir.path(), &["check", "good.ron", "bad.ron", "later.ron"]);
    assert_exit(&out, 1);
    // The good files are still reported, including the one after the broken file.
    assert_eq!(
        stdout(&out),
        "good.ron: ok, 4 moments, 1 critical\nlater.ron: ok, 0 moments, 0 critical\n"
    );
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with(
            "error: bad.ron:3:5: field `colour`: unknown field `colour`; valid fields are `format`"
        ),
        "{err}"
    );
}

#[test]
fn check_reports_rule_violations_with_the_moment() {
    let dir = folder_with(&[(
        "score.ron",
        "(\n    format: 1,\n    moments: [\n        (name: \"Pay\", satisfaction: 9),\n    ],\n)\n",
    )]);
    let out = ciclo(dir.path(), &["check", "score.ron"]);
    assert_exit(&out, 1);
    assert_eq!(stdout(&out), "");
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "error: score.ron:4:23: moment 1 “Pay”, field `satisfaction`: satisfaction 9"
        ),
        "{err}"
    );
}

#[test]
fn check_of_a_missing_file_names_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(dir.path(), &["check", "nowhere.ron"]);
    assert_exit(&out, 1);
    assert!(
        stderr(&out).starts_with("error: nowhere.ron: cannot read"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------
// new and templates

#[test]
fn new_writes_an_empty_cycle_with_a_default_title() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(dir.path(), &["new", "-o", "f.ron"]);
    assert_exit(&out, 0);
    let doc =
        load_file(&dir.path().join("f.ron")).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    assert_eq!(doc.title, "New service cycle");
    assert_eq!(doc.language, "en");
    assert!(doc.moments.is_empty());

    let out = ciclo(dir.path(), &["new", "-o", "nuevo.ron", "--lang", "es"]);
    assert_exit(&out, 0);
    let doc = load_file(&dir.path().join("nuevo.ron"))
        .unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    assert_eq!(doc.title, "Nuevo ciclo del servicio");
    assert_eq!(doc.language, "es");
}

#[test]
fn new_from_a_template_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(
        dir.path(),
        &[
            "new",
            "-o",
            "r.ron",
            "--template",
            "restaurant",
            "--lang",
            "es",
        ],
    );
    assert_exit(&out, 0);
    let doc =
        load_file(&dir.path().join("r.ron")).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    assert_eq!(doc.language, "es");
    assert!(doc.title.starts_with("Ciclo del servicio"), "{}", doc.title);
    let template = templates::find("restaurant", Lang::Es).unwrap();
    assert_eq!(
        doc,
        parse(template.text).unwrap(),
        "the template's content, unchanged"
    );
    let english = parse(templates::find("restaurant", Lang::En).unwrap().text).unwrap();
    assert_ne!(
        doc.moments[0].name, english.moments[0].name,
        "moment names are Spanish"
    );

    // And the new file checks and exports.
    let out = ciclo(dir.path(), &["check", "r.ron"]);
    assert_exit(&out, 0);
    assert!(stdout(&out).starts_with(&format!(
        "r.ron: ok, {} moments, {} critical",
        doc.moments.len(),
        doc.critical_count()
    )));
}

#[test]
fn new_with_an_unknown_template_lists_the_templates() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(
        dir.path(),
        &["new", "-o", "x.ron", "--template", "spaceport"],
    );
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(
        err.starts_with("error: ") && err.contains("spaceport"),
        "{err}"
    );
    for name in TEMPLATE_NAMES {
        assert!(err.contains(name), "{name} missing from {err}");
    }
    assert!(files_in(dir.path()).is_empty(), "nothing written");
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = folder_with(&[("f.ron", "my precious notes")]);
    let out = ciclo(dir.path(), &["new", "-o", "f.ron"]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("f.ron")).unwrap(),
        "my precious notes"
    );

    let out = ciclo(
        dir.path(),
        &["new", "-o", "f.ron", "--template", "hotel", "--force"],
    );
    assert_exit(&out, 0);
    let doc =
        load_file(&dir.path().join("f.ron")).unwrap_or_else(|e| panic!("{}", e.message(Lang::En)));
    assert_eq!(
        doc,
        parse(templates::find("hotel", Lang::En).unwrap().text).unwrap()
    );
    assert_eq!(files_in(dir.path()), ["f.ron"], "no temporary file left");
}

#[test]
fn templates_lists_all_eight() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(dir.path(), &["templates"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 8, "{text}");
    for (line, name) in lines.iter().zip(TEMPLATE_NAMES) {
        assert_eq!(line.split_whitespace().next(), Some(name), "{text}");
        // Each line shows the English and the Spanish title.
        let en = templates::find(name, Lang::En).unwrap().title();
        let es = templates::find(name, Lang::Es).unwrap().title();
        assert!(
            !en.is_empty() && line.contains(&en) && line.contains(&es),
            "{line}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// usage errors

#[test]
fn usage_errors_exit_with_2() {
    let dir = folder_with(&[("small.ron", SMALL)]);
    for args in [
        &["check", "--bogus", "small.ron"][..],
        &["check"],
        &["export", "small.ron"],
        &["export", "small.ron", "-o", "x.png", "--background", "pink"],
        &["export", "small.ron", "-o", "x.png", "--width", "wide"],
        &["new", "-o", "x.ron", "--lang", "fr"],
        &["frobnicate", "now"],
    ] {
        let out = ciclo(dir.path(), args);
        assert_exit(&out, 2);
        assert!(
            stderr(&out).starts_with("error: "),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(files_in(dir.path()), ["small.ron"], "nothing written");
}

#[test]
fn slides_write_one_png_per_moment_plus_the_cycle_at_the_requested_size() {
    let dir = folder_with(&[("c.ron", SMALL)]);
    let out = ciclo(
        dir.path(),
        &[
            "slides", "c.ron", "-o", "deck", "--width", "640", "--height", "360",
        ],
    );
    assert_exit(&out, 0);
    let names = files_in(&dir.path().join("deck"));
    assert_eq!(
        names,
        [
            "01-cycle.png",
            "02-moment-01.png",
            "03-moment-02.png",
            "04-moment-03.png",
            "05-moment-04.png"
        ]
    );
    for name in names {
        let bytes = std::fs::read(dir.path().join("deck").join(&name)).unwrap();
        assert_eq!(png_size(&bytes), (640, 360), "{name}");
    }
    let out = ciclo(
        dir.path(),
        &["slides", "c.ron", "-o", "deck", "--width", "0"],
    );
    assert_exit(&out, 2);
}

#[test]
fn check_summary_prints_the_analysis_in_the_documents_language() {
    let dir = folder_with(&[("c.ron", SMALL)]);
    let out = ciclo(dir.path(), &["check", "--summary", "c.ron"]);
    assert_exit(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("1 of 4 (25%)"), "{text}");
    assert!(text.contains("Fish & Chips"), "{text}");
    assert!(text.contains("without a plan"), "{text}");
    let spanish = SMALL.replace("format: 1,", "format: 1, language: \"es\",");
    let dir = folder_with(&[("c.ron", &spanish)]);
    let text = stdout(&ciclo(dir.path(), &["check", "--summary", "c.ron"]));
    assert!(text.contains("Momentos críticos"), "{text}");
}

#[test]
fn report_writes_markdown_with_its_picture_and_self_contained_html() {
    let dir = folder_with(&[("c.ron", SMALL)]);
    assert_exit(&ciclo(dir.path(), &["report", "c.ron", "-o", "r.md"]), 0);
    let md = std::fs::read_to_string(dir.path().join("r.md")).unwrap();
    assert!(md.contains("](r.png)") && md.contains("Fish"), "{md}");
    assert_eq!(
        png_size(&std::fs::read(dir.path().join("r.png")).unwrap()),
        (1920, 1080)
    );
    assert_exit(&ciclo(dir.path(), &["report", "c.ron", "-o", "r.html"]), 0);
    let html = std::fs::read_to_string(dir.path().join("r.html")).unwrap();
    assert!(html.contains("data:image/png;base64,") && html.contains("Fish &amp; Chips"));
    let out = ciclo(dir.path(), &["report", "c.ron", "-o", "r.pdf"]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains(".md or .html"), "{}", stderr(&out));
}

#[test]
fn export_warns_on_stderr_when_names_are_left_out_and_stays_quiet_when_all_fit() {
    let dir = tempfile::tempdir().unwrap();
    let big = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/data/cycle-1000.ron");
    let big = big.to_str().unwrap();
    let out = ciclo(
        dir.path(),
        &[
            "export", big, "-o", "big.svg", "--width", "1280", "--height", "720",
        ],
    );
    assert_exit(&out, 0);
    let err = stderr(&out);
    assert!(err.starts_with("warning: "), "{err}");
    let count: usize = err["warning: ".len()..]
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(count > 0 && count < 1000, "{err}");
    let svg = std::fs::read_to_string(dir.path().join("big.svg")).unwrap();
    let labels = svg.matches(" class=\"label label-").count();
    assert_eq!(
        labels + count,
        1000,
        "the warning counts exactly the missing labels"
    );

    let small = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant.en.ron");
    let out = ciclo(
        dir.path(),
        &["export", small.to_str().unwrap(), "-o", "small.svg"],
    );
    assert_exit(&out, 0);
    assert_eq!(stderr(&out), "", "no warning when every name fits");
}
