//! Portuguese (Brazilian usage), the fourth language, as a user meets it: the loader's
//! errors, the terminal summary, the card, the templates and the command line.

use ciclo::analysis::{analyse, summary_text};
use ciclo::card::card;
use ciclo::file::{Diagnostic, parse};
use ciclo::lang::Lang;
use ciclo::layout::{Point, Rect};
use ciclo::model::{Cause, Channel, Document, Expectation, Moment, MomentId, Principle};
use ciclo::scene::Shape;
use ciclo::templates;

mod cli_support;
use cli_support::*;

fn refuse(src: &str) -> Diagnostic {
    match parse(src) {
        Ok(doc) => panic!("accepted {src:?} as {doc:?}"),
        Err(d) => d,
    }
}

/// A small bakery cycle in Portuguese: one critical moment without an owner, one scored.
fn padaria() -> Document {
    let mut greet = Moment::named(MomentId(1), "Chega ao balcão");
    greet.channel = Channel::InPerson;
    greet.satisfaction = Some(4);
    greet.principles = vec![Principle::Interest];
    greet.expectations = vec![Expectation::Warmth];

    let mut pay = Moment::named(MomentId(2), "Paga no caixa");
    pay.critical = true;
    pay.causes = vec![Cause::LongWait, Cause::Apathy];
    pay.principles = vec![Principle::Agility];
    pay.improvement = "Um segundo caixa nos horários de pico".into();

    let mut leave = Moment::named(MomentId(3), "Vai embora");
    leave.causes = vec![Cause::LongWait];

    Document {
        language: "pt".into(),
        title: "Padaria Pão Quente".into(),
        moments: vec![greet, pay, leave],
        ..Document::default()
    }
}

#[test]
fn loader_errors_are_explained_in_portuguese() {
    let d = refuse(r#"(format: 1, moments: [(name: "Ligação", satisfaction: 9)])"#);
    let pt = d.message(Lang::Pt);
    assert!(
        pt.contains("momento 1 “Ligação”, campo `satisfaction`"),
        "{pt}"
    );
    assert!(pt.contains("de 1 a 5, ou remova o campo"), "{pt}");

    let d = refuse(r#"(format: 1, title: "Padaria", moments: [(nome: "A")])"#);
    let pt = d.message(Lang::Pt);
    assert!(pt.contains("campo desconhecido `nome`"), "{pt}");
    assert!(pt.contains("você quis dizer `name`?"), "{pt}");

    let pt = refuse("{\"format\": 1}").message(Lang::Pt);
    assert!(pt.contains("isto parece JSON"), "{pt}");
}

#[test]
fn the_summary_speaks_portuguese() {
    let doc = padaria();
    let text = summary_text(&analyse(&doc), &doc, Lang::Pt);
    for expected in [
        "Momentos da verdade: 3",
        "Momentos críticos: 1 de 3 (33%)",
        "Satisfação média: 4,0 de 5 (1 de 3 avaliados)",
        "Princípios por momento",
        "Espera longa",
        "2 momentos",
        "1 momento\n",
        "Momentos críticos sem plano",
        "momento 2 “Paga no caixa”: sem responsável",
        "! = momento crítico",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    for english in ["Moments", "Critical", "scored", "owner"] {
        assert!(!text.contains(english), "{english:?} left in:\n{text}");
    }
}

#[test]
fn the_card_speaks_portuguese() {
    let doc = padaria();
    let shapes = card(&doc, 1, Rect::from_min_size(Point::default(), 800.0, 900.0));
    let all: Vec<&str> = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    let all = all.join("\n");
    for expected in [
        "Momento 2 de 3 · Presencial",
        "! Momento crítico",
        "Espera longa",
        "Sem avaliação",
    ] {
        assert!(all.contains(expected), "{expected:?} missing from:\n{all}");
    }
}

#[test]
fn every_template_exists_in_portuguese_and_check_summary_speaks_it() {
    for name in templates::names() {
        let t = templates::find(name, Lang::Pt).unwrap_or_else(|| panic!("no {name}.pt.ron"));
        let english = templates::find(name, Lang::En).unwrap();
        let (pt, en) = (parse(t.text).unwrap(), parse(english.text).unwrap());
        assert_eq!(pt.language, "pt");
        // The same cycle, in other words: same moments, channels and critical marks.
        assert_eq!(pt.moments.len(), en.moments.len(), "{name}");
        for (a, b) in pt.moments.iter().zip(&en.moments) {
            assert_eq!(
                (a.channel, a.critical, a.satisfaction),
                (b.channel, b.critical, b.satisfaction),
                "{name}"
            );
            assert_ne!(a.name, b.name, "{name}: {:?} is not translated", a.name);
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let new = ciclo(
        dir.path(),
        &[
            "new",
            "--template",
            "restaurant",
            "--lang",
            "pt",
            "-o",
            "r.ron",
        ],
    );
    assert_exit(&new, 0);
    let text = stdout(&ciclo(dir.path(), &["check", "--summary", "r.ron"]));
    assert!(
        text.contains("Ciclo de serviço: jantar no Casa Olivo"),
        "{text}"
    );
    assert!(text.contains("Momentos críticos: 3 de 12 (25%)"), "{text}");
    assert!(text.contains("Momentos críticos sem plano"), "{text}");
}

#[test]
fn a_new_portuguese_cycle_is_titled_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    assert_exit(
        &ciclo(dir.path(), &["new", "--lang", "pt", "-o", "n.ron"]),
        0,
    );
    let doc = ciclo::file::load_file(&dir.path().join("n.ron")).unwrap();
    assert_eq!(
        (doc.language.as_str(), doc.title.as_str()),
        ("pt", "Novo ciclo de serviço")
    );
    let refused = ciclo(dir.path(), &["new", "--lang", "fr", "-o", "f.ron"]);
    assert_exit(&refused, 2);
    assert!(stderr(&refused).contains("pt"), "{}", stderr(&refused));
}

#[test]
fn the_report_speaks_portuguese() {
    let doc = padaria();
    let page = ciclo::report::markdown(&doc, "padaria.png");
    for expected in [
        "# Padaria Pão Quente",
        "## Momentos da verdade",
        "**! Crítico**",
        "sem avaliação",
        "## Plano de melhorias",
        "Momento 2 “Paga no caixa”: sem responsável",
    ] {
        assert!(
            page.contains(expected),
            "{expected:?} missing from:\n{page}"
        );
    }
    for english in [
        "Moments of truth",
        "Analysis",
        "not scored",
        "Improvement plan",
    ] {
        assert!(!page.contains(english), "{english:?} left in:\n{page}");
    }
    let page = ciclo::report::html(&doc, &[]);
    assert!(page.contains("<html lang=\"pt\">"), "{page}");

    let err = ciclo::report::write_report(&doc, std::path::Path::new("relatório.pdf"))
        .expect_err("a .pdf report is refused");
    let pt = err.message(Lang::Pt);
    assert!(pt.contains("extensão .md ou .html"), "{pt}");
}
