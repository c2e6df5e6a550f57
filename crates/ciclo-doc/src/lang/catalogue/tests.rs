//! The catalogue keeps every language in step: the same messages, with the same variables,
//! and every id the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// Message id → the names of the variables it uses.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn shape(lang: Lang) -> Shape {
    let resource = fluent_syntax::parser::parse(lang.ftl())
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: the .ftl does not parse: {errors:?}"));
    let mut out = Shape::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let id = m.id.name.to_owned();
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{lang:?}: {id} twice"
            );
        }
    }
    out
}

fn pattern_vars(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(e: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = shape(Lang::En);
    assert!(english.len() > 100, "{} messages", english.len());
    for &lang in &Lang::ALL[1..] {
        let other = shape(lang);
        for (id, vars) in &english {
            let Some(theirs) = other.get(id) else {
                panic!("{lang:?} has no message {id}");
            };
            assert_eq!(
                vars, theirs,
                "{lang:?}: {id} uses other variables than English"
            );
        }
        for id in other.keys() {
            assert!(
                english.contains_key(id),
                "{lang:?} has {id}, which English has not"
            );
        }
    }
}

#[test]
fn every_message_formats_without_errors() {
    for &lang in Lang::ALL {
        let catalogue = Catalogue::of(lang);
        for (id, vars) in shape(lang) {
            let args: Vec<(&str, Arg)> = vars.iter().map(|v| (v.as_str(), Arg::from(2))).collect();
            let text = catalogue.fmt(&id, &args);
            assert!(
                text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                "{lang:?}: {id} does not format: {text:?}"
            );
        }
    }
}

/// The ids in the `.msg("…")` and `.fmt("…"` calls of every crate's sources (the
/// workspace's `src/` and `crates/*/src/`), wherever the catalogue is used.
fn ids_in_sources() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut stack = vec![root.join("src"), root.join("crates")];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("tests.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [".msg(\"", ".fmt(\"", ".fmt(\n"] {
                for (at, _) in text.match_indices(call) {
                    let rest = text[at + call.len()..].trim_start().trim_start_matches('"');
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    if !id.is_empty() {
                        ids.insert(id);
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let ids = ids_in_sources();
    assert!(ids.contains("problem-did-you-mean") && ids.contains("drawing-start"));
    let english = shape(Lang::En);
    for id in &ids {
        assert!(
            english.contains_key(id),
            "the code asks for {id}, which en.ftl lacks"
        );
    }
}

#[test]
fn every_term_has_a_name_an_explanation_and_a_short_form_where_needed() {
    use crate::lang::Term;
    use crate::model::{Cause, Channel, Evaluation, Expectation, Principle};
    fn check<X: Term>(all: &[X], suffixes: &[&str]) {
        for &lang in Lang::ALL {
            for &x in all {
                for suffix in suffixes {
                    let id = format!("{}{suffix}", x.id());
                    assert!(Catalogue::of(lang).msg(&id).is_some(), "{lang:?}: no {id}");
                }
            }
        }
    }
    check(Channel::ALL, &["", "-tip"]);
    check(Expectation::ALL, &["", "-tip", "-short"]);
    check(Principle::ALL, &["", "-tip", "-badge"]);
    check(Cause::ALL, &["", "-tip"]);
    check(Evaluation::ALL, &["", "-tip"]);
}

#[test]
fn counts_follow_each_languages_plural_rules() {
    let count = |lang: Lang, n: usize| lang.fmt("moments-count", &[("count", Arg::from(n))]);
    assert_eq!(count(Lang::En, 1), "1 moment");
    assert_eq!(count(Lang::En, 0), "0 moments");
    assert_eq!(count(Lang::Es, 1), "1 momento");
    assert_eq!(count(Lang::Es, 2), "2 momentos");
    assert_eq!(count(Lang::Pt, 1), "1 momento");
    assert_eq!(count(Lang::Pt, 0), "0 momentos");
    assert_eq!(count(Lang::Pt, 2), "2 momentos");
    let ru: Vec<String> = [1, 3, 5, 11, 12, 21, 24, 0]
        .map(|n| count(Lang::Ru, n))
        .into();
    assert_eq!(
        ru,
        [
            "1 момент",
            "3 момента",
            "5 моментов",
            "11 моментов",
            "12 моментов",
            "21 момент",
            "24 момента",
            "0 моментов"
        ]
    );
}

#[test]
fn a_window_and_a_document_can_speak_two_languages_at_once() {
    let (window, drawing) = (Lang::Es.tr(), Lang::Ru.tr());
    assert_eq!(window.msg("drawing-start"), Some("Inicio"));
    assert_eq!(drawing.msg("drawing-start"), Some("Начало"));
    assert_eq!(Lang::Pt.msg("moments-of-truth"), "Momentos da verdade");
}

#[test]
fn an_unknown_id_is_empty_rather_than_a_wrong_word() {
    assert_eq!(Lang::Pt.msg("no-such-message"), "");
    assert_eq!(Lang::Pt.fmt("no-such-message", &[]), "no-such-message");
}
