//! Every language as a user meets it: the loader's errors, the terminal summary, the
//! card, the report, the templates and the command line, for each of `Lang::ALL`.
//!
//! What differs between languages is data ([`Speaks`]): the words a user reads, and how
//! to tell a text in the language's script (Cyrillic for Russian). Adding a language to
//! `Lang::ALL` makes `speaks` fail to compile until its words are given here.

use ciclo::analysis::{analyse, summary_text};
use ciclo::card::card;
use ciclo::file::{Diagnostic, parse};
use ciclo::lang::Lang;
use ciclo::layout::{Point, Rect};
use ciclo::model::{Cause, Channel, Document, Expectation, Moment, MomentId, Principle};
use ciclo::scene::Shape;
use ciclo::templates;

use crate::cli_support;
use cli_support::*;

use crate::languages_support;
use languages_support::{ENGLISH, Speaks, speaks};

/// Every language's words, in `Lang::ALL`'s order.
fn every_language() -> impl Iterator<Item = Speaks> {
    Lang::ALL.iter().map(|&lang| speaks(lang))
}

fn refuse(src: &str) -> Diagnostic {
    match parse(src) {
        Ok(doc) => panic!("accepted {src:?} as {doc:?}"),
        Err(d) => d,
    }
}

/// Asserts that `text` holds every one of `expected` and is in the language's script.
fn assert_speaks(s: &Speaks, what: &str, text: &str, expected: &[&str]) {
    let lang = s.lang;
    for e in expected {
        assert!(
            text.contains(e),
            "{lang:?} {what}: {e:?} missing from:\n{text}"
        );
    }
    assert!(
        (s.script)(text),
        "{lang:?} {what}: not in its script:\n{text}"
    );
}

/// As [`assert_speaks`], and, but in English, with none of the English words left.
fn assert_speaks_only(s: &Speaks, what: &str, text: &str, expected: &[&str]) {
    assert_speaks(s, what, text, expected);
    if s.lang != Lang::En {
        for english in ENGLISH {
            let lang = s.lang;
            assert!(
                !text.contains(english),
                "{lang:?} {what}: {english:?} left in:\n{text}"
            );
        }
    }
}

/// A small cycle in the language: one critical moment without an owner, one scored.
fn cycle(s: &Speaks) -> Document {
    let [title, greeted, bill, leaves, improvement] = s.cycle;
    let mut greet = Moment::named(MomentId(1), greeted);
    greet.channel = Channel::InPerson;
    greet.satisfaction = Some(4);
    greet.principles = vec![Principle::Interest];
    greet.expectations = vec![Expectation::Warmth];

    let mut pay = Moment::named(MomentId(2), bill);
    pay.critical = true;
    pay.causes = vec![Cause::LongWait, Cause::Apathy];
    pay.principles = vec![Principle::Agility];
    pay.expectations = vec![Expectation::Speed];
    pay.improvement = improvement.into();

    let mut leave = Moment::named(MomentId(3), leaves);
    leave.causes = vec![Cause::LongWait];

    Document {
        language: s.lang.tag().into(),
        title: title.into(),
        moments: vec![greet, pay, leave],
        ..Document::default()
    }
}

#[test]
fn loader_errors_are_explained_in_each_language() {
    for s in every_language() {
        let lang = s.lang;
        let call = format!(
            r#"(format: 1, moments: [(name: "{}", satisfaction: 9)])"#,
            s.call
        );
        let text = refuse(&call).message(lang);
        assert_speaks(&s, "satisfaction 9", &text, s.satisfaction);
        assert!(text.contains("`satisfaction`"), "{text}");
        // Too large for the score's type: the parser refuses it, still in the language.
        let huge = r#"(format: 1, moments: [(name: "A", satisfaction: 300)])"#;
        assert_speaks(
            &s,
            "satisfaction 300",
            &refuse(huge).message(lang),
            s.satisfaction_huge,
        );
        let nome = r#"(format: 1, title: "P", moments: [(nome: "A")])"#;
        assert_speaks(&s, "nome", &refuse(nome).message(lang), s.unknown_field);
        assert_speaks(
            &s,
            "JSON",
            &refuse("{\"format\": 1}").message(lang),
            &[s.json],
        );
        let title = "(format: 1, title: Cafe)";
        assert_speaks(&s, "title", &refuse(title).message(lang), &[s.title_field]);
        for src in ["", "(format: 1) x", "(format: 1, moments: ["] {
            let text = refuse(src).message(lang);
            assert!((s.script)(&text), "{lang:?} {src:?}: {text}");
            if lang != Lang::En {
                assert_ne!(text, refuse(src).message(Lang::En), "{lang:?} {src:?}");
            }
        }
    }
}

#[test]
fn the_summary_speaks_each_language() {
    for s in every_language() {
        let doc = cycle(&s);
        let text = summary_text(&analyse(&doc), &doc, s.lang);
        assert_speaks_only(&s, "summary", &text, s.summary);
    }
}

#[test]
fn the_card_speaks_each_language() {
    for s in every_language() {
        let doc = cycle(&s);
        let shapes = card(&doc, 1, Rect::from_min_size(Point::default(), 800.0, 900.0));
        let all: Vec<&str> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        assert_speaks_only(&s, "card", &all.join("\n"), s.card);
    }
}

#[test]
fn the_report_speaks_each_language() {
    for s in every_language() {
        let doc = cycle(&s);
        let page = ciclo::report::markdown(&doc, "cycle.png");
        assert_speaks_only(&s, "report", &page, s.report);
        assert!(page.contains(&format!("## {}", s.plan)), "{page}");
        let page = ciclo::report::html(&doc, &[]);
        let tag = s.lang.tag();
        assert!(page.contains(&format!("<html lang=\"{tag}\">")), "{page}");
        assert!(page.contains(&format!("<h2>{}</h2>", s.plan)), "{page}");

        let err = ciclo::report::write_report(&doc, std::path::Path::new("report.pdf"))
            .expect_err("a .pdf report is refused");
        assert_speaks(&s, "report error", &err.message(s.lang), &[s.report_format]);
    }
}

#[test]
fn every_template_exists_in_each_language_and_check_summary_speaks_it() {
    for s in every_language() {
        let tag = s.lang.tag();
        for name in templates::names() {
            let t = templates::find(name, s.lang).unwrap_or_else(|| panic!("no {name}.{tag}.ron"));
            let english = templates::find(name, Lang::En).unwrap();
            let (this, en) = (parse(t.text).unwrap(), parse(english.text).unwrap());
            assert_eq!(this.language, tag);
            // The same cycle, in other words: same moments, channels and critical marks.
            assert_eq!(this.moments.len(), en.moments.len(), "{name}.{tag}");
            for (a, b) in this.moments.iter().zip(&en.moments) {
                assert_eq!(
                    (a.channel, a.critical, a.satisfaction),
                    (b.channel, b.critical, b.satisfaction),
                    "{name}.{tag}"
                );
                if s.lang != Lang::En {
                    assert_ne!(
                        a.name, b.name,
                        "{name}.{tag}: {:?} is not translated",
                        a.name
                    );
                }
            }
        }

        let dir = tempfile::tempdir().unwrap();
        let args = [
            "new",
            "--template",
            "restaurant",
            "--lang",
            tag,
            "-o",
            "r.ron",
        ];
        assert_exit(&ciclo(dir.path(), &args), 0);
        let text = stdout(&ciclo_in(tag, dir.path(), &["check", "--summary", "r.ron"]));
        assert_speaks_only(&s, "check --summary", &text, s.restaurant);
    }
}

#[test]
fn a_new_cycle_is_titled_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    for s in every_language() {
        let tag = s.lang.tag();
        let file = format!("n-{tag}.ron");
        assert_exit(&ciclo(dir.path(), &["new", "--lang", tag, "-o", &file]), 0);
        let doc = ciclo::file::load_file(&dir.path().join(&file)).unwrap();
        assert_eq!(
            (doc.language.as_str(), doc.title.as_str()),
            (tag, s.new_title)
        );
        // Without --lang, the new cycle is in the command line's language.
        let file = format!("d-{tag}.ron");
        assert_exit(&ciclo_in(tag, dir.path(), &["new", "-o", &file]), 0);
        let doc = ciclo::file::load_file(&dir.path().join(&file)).unwrap();
        assert_eq!(doc.language, tag);
    }
    let refused = ciclo(dir.path(), &["new", "--lang", "fr", "-o", "f.ron"]);
    assert_exit(&refused, 2);
    for &lang in Lang::ALL {
        assert!(
            stderr(&refused).contains(lang.tag()),
            "{}",
            stderr(&refused)
        );
    }
}

#[test]
fn the_command_line_speaks_each_language_and_still_names_file_line_and_column() {
    let dir = folder_with(&[("small.ron", SMALL), ("broken.ron", BROKEN)]);
    for s in every_language() {
        let tag = s.lang.tag();
        let out = ciclo_in(tag, dir.path(), &["check", "small.ron"]);
        assert_exit(&out, 0);
        assert_eq!(stdout(&out), s.check_ok, "{tag}");

        let out = ciclo_in(tag, dir.path(), &["check", "nope.ron", "broken.ron"]);
        assert_exit(&out, 1);
        let err = stderr(&out);
        let lines: Vec<&str> = err.lines().collect();
        assert!(lines[0].starts_with(s.missing), "{tag}: {err}");
        // The prefix of the first line starts every line, and the position stays.
        let prefix = &s.missing[..s.missing.find("nope.ron").unwrap()];
        assert!(
            lines[1].starts_with(&format!("{prefix}broken.ron:3:5: ")),
            "{tag}: {err}"
        );
        assert!(lines[1].contains(s.colour), "{tag}: {err}");
        assert_speaks(&s, "check", &err, &[]);

        // A locale of the system's form is understood too.
        let out = ciclo_in(
            &format!("{tag}_XX.UTF-8"),
            dir.path(),
            &["check", "small.ron"],
        );
        assert_eq!(stdout(&out), s.check_ok, "{tag}");
    }
}
