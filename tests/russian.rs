//! Russian as a user meets it: error messages, the terminal summary, the report and the
//! moment card all speak Russian when the language is `ru`.

use ciclo::analysis::{analyse, summary_text};
use ciclo::card::card;
use ciclo::file::{Diagnostic, parse};
use ciclo::lang::Lang;
use ciclo::layout::{Point, Rect};
use ciclo::model::{Cause, Channel, Document, Expectation, Moment, MomentId, Principle};
use ciclo::report::{html, markdown};
use ciclo::scene::Shape;

fn cyrillic(s: &str) -> bool {
    s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

fn refuse(src: &str) -> Diagnostic {
    match parse(src) {
        Ok(doc) => panic!("accepted {src:?} as {doc:?}"),
        Err(d) => d,
    }
}

/// A small café cycle in Russian: one critical moment without an owner, one scored.
fn cafe() -> Document {
    let mut greet = Moment::named(MomentId(1), "Встреча у входа");
    greet.channel = Channel::InPerson;
    greet.satisfaction = Some(4);
    greet.principles = vec![Principle::Interest];
    greet.expectations = vec![Expectation::Warmth];

    let mut bill = Moment::named(MomentId(2), "Просит счёт");
    bill.critical = true;
    bill.causes = vec![Cause::LongWait, Cause::Apathy];
    bill.principles = vec![Principle::Agility];
    bill.expectations = vec![Expectation::Speed];
    bill.improvement = "Терминал у каждого столика".into();

    let mut leave = Moment::named(MomentId(3), "Уходит");
    leave.causes = vec![Cause::LongWait];

    Document {
        language: "ru".into(),
        title: "Кафе «Уют»".into(),
        moments: vec![greet, bill, leave],
        ..Document::default()
    }
}

#[test]
fn a_bad_satisfaction_is_explained_in_russian() {
    let d = refuse(r#"(format: 1, moments: [(name: "Звонок", satisfaction: 9)])"#);
    let ru = d.message(Lang::Ru);
    assert!(cyrillic(&ru), "{ru}");
    assert!(ru.contains("`satisfaction`"), "{ru}");
    assert!(
        ru.contains("момент 1 «Звонок», поле `satisfaction`"),
        "{ru}"
    );
    assert!(ru.contains("от 1 до 5"), "{ru}");
    // English and Spanish keep their own wording.
    assert!(d.message(Lang::En).contains("from 1 to 5"));
    assert!(d.message(Lang::Es).contains("de 1 a 5"));

    // Too large for the score's type: the parser refuses it, still in Russian.
    let d = refuse(r#"(format: 1, moments: [(name: "A", satisfaction: 300)])"#);
    let ru = d.message(Lang::Ru);
    assert!(
        ru.contains("поле `satisfaction`") && ru.contains("целое число от 1 до 5"),
        "{ru}"
    );
}

#[test]
fn syntax_errors_are_explained_in_russian() {
    let d = refuse("(format: 1, title: Кафе)");
    let ru = d.message(Lang::Ru);
    assert!(cyrillic(&ru) && ru.contains("поле `title`"), "{ru}");
    for src in [
        "",
        "{\"format\": 1}",
        "(format: 1) x",
        "(format: 1, moments: [",
    ] {
        let ru = refuse(src).message(Lang::Ru);
        assert!(cyrillic(&ru), "{src:?}: {ru}");
    }
}

#[test]
fn the_summary_speaks_russian() {
    let doc = cafe();
    let text = summary_text(&analyse(&doc), &doc, Lang::Ru);
    for expected in [
        "Моменты истины: 3",
        "Критические моменты: 1 из 3 (33%)",
        "Средняя удовлетворённость: 4,0 из 5 (1 из 3 с оценкой)",
        "Принципы по моментам",
        "Ожидания по моментам",
        "Долгое ожидание",
        "2 момента",
        "1 момент\n",
        "Критические моменты без плана",
        "момент 2 «Просит счёт»: нет ответственного",
        "Итого",
        "! = критический момент",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[test]
fn the_report_speaks_russian() {
    let doc = cafe();
    let page = markdown(&doc, "кафе.png");
    for heading in [
        "# Кафе «Уют»",
        "## Схема цикла",
        "## Моменты истины",
        "### 2. Просит счёт — **! Критический**",
        "- **Удовлетворённость:** нет оценки",
        "## Анализ",
        "### Принципы по моментам",
        "### Причины неудовлетворённости",
        "| Причина | Моменты |",
        "### Критические моменты без плана",
        "- Момент 2 «Просит счёт»: нет ответственного",
        "## План улучшений",
        "| # | Момент | Мера | Ответственный | Стандарт обслуживания |",
    ] {
        assert!(page.contains(heading), "{heading:?} missing from:\n{page}");
    }
    for english in ["Moments of truth", "Analysis", "not scored", "Critical"] {
        assert!(!page.contains(english), "{english:?} left in:\n{page}");
    }

    let page = html(&doc, &[]);
    assert!(page.contains("<html lang=\"ru\">"), "{page}");
    assert!(page.contains("<h2>План улучшений</h2>"), "{page}");
}

#[test]
fn the_card_speaks_russian() {
    let doc = cafe();
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
        "Момент 2 из 3 · Лично",
        "! Критический момент",
        "ПОЧЕМУ",
        "Долгое ожидание",
        "УДОВЛЕТВОРЁННОСТЬ",
        "Нет оценки",
        "УЛУЧШЕНИЕ",
    ] {
        assert!(all.contains(expected), "{expected:?} missing from:\n{all}");
    }
}

#[test]
fn report_errors_speak_russian() {
    let err = ciclo::report::write_report(&cafe(), std::path::Path::new("отчёт.pdf"))
        .expect_err("a .pdf report is refused");
    let ru = err.message(Lang::Ru);
    assert!(cyrillic(&ru) && ru.contains(".md или .html"), "{ru}");
}
