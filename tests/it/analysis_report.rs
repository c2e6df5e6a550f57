//! The analysis of a cycle and the workshop report, as a user reads them.

use crate::report_support;

use std::path::Path;

use ciclo::analysis::{Missing, analyse, summary_text};
use ciclo::export::ExportError;
use ciclo::file::parse;
use ciclo::lang::Lang;
use ciclo::model::{Cause, Channel, Document, Expectation, Moment, MomentId, Principle};
use ciclo::report::{html, markdown, write_report};
use ciclo::templates::TEMPLATES;
use report_support::shown;

/// Six moments: two critical (one without an owner, one without anything), four scored,
/// causes with a tie.
fn cycle() -> Document {
    let mut m1 = Moment::named(MomentId(10), "Hears about us");
    m1.satisfaction = Some(5);
    m1.principles = vec![Principle::Credibility];
    m1.expectations = vec![Expectation::Information];

    let mut m2 = Moment::named(MomentId(20), "Calls to book");
    m2.critical = true;
    m2.satisfaction = Some(2);
    m2.causes = vec![Cause::LongWait, Cause::Apathy];
    m2.principles = vec![Principle::Agility, Principle::Interest];
    m2.expectations = vec![Expectation::Speed, Expectation::Warmth];
    m2.improvement = "Answer within three rings".into();
    m2.owner = "   ".into();

    let mut m3 = Moment::named(MomentId(30), "Waits for a table");
    m3.critical = true;
    m3.causes = vec![Cause::LongWait, Cause::Coldness];
    m3.principles = vec![Principle::Agility];
    m3.expectations = vec![Expectation::Speed];

    let mut m4 = Moment::named(MomentId(40), "Orders");
    m4.satisfaction = Some(4);
    m4.causes = vec![Cause::Coldness, Cause::Apathy];
    m4.principles = vec![Principle::Reliability, Principle::Agility];

    let m5 = Moment::named(MomentId(50), "Eats");

    let mut m6 = Moment::named(MomentId(60), "Pays");
    m6.critical = false;
    m6.satisfaction = Some(3);
    m6.improvement = "Card readers at every table".into();
    m6.owner = "Floor manager".into();
    m6.expectations = vec![Expectation::Speed, Expectation::Guarantees];

    Document {
        title: "Dinner".into(),
        moments: vec![m1, m2, m3, m4, m5, m6],
        ..Document::default()
    }
}

#[test]
fn the_counts_and_the_share() {
    let a = analyse(&cycle());
    assert_eq!(a.moments, 6);
    assert_eq!(a.critical, 2);
    assert!((a.critical_share - 2.0 / 6.0).abs() < 1e-12);
    assert_eq!(a.critical_percent(), 33);

    let empty = analyse(&Document::default());
    assert_eq!((empty.moments, empty.critical), (0, 0));
    assert_eq!(empty.critical_share, 0.0);
    assert_eq!(empty.average_satisfaction, None);
}

#[test]
fn the_average_counts_only_the_scored_moments() {
    let a = analyse(&cycle());
    assert_eq!(a.scored, 4);
    // (5 + 2 + 4 + 3) / 4, not / 6.
    assert_eq!(a.average_satisfaction, Some(3.5));
    let text = summary_text(&a, &cycle(), Lang::En);
    assert!(
        text.contains("Average satisfaction: 3.5 of 5 (4 of 6 scored)"),
        "{text}"
    );
    assert!(text.contains("Critical moments: 2 of 6 (33%)"), "{text}");
}

#[test]
fn the_matrices_mark_each_moment_and_total_each_column() {
    let a = analyse(&cycle());
    let p = &a.principles;
    assert_eq!(p.columns, Principle::ALL);
    assert_eq!(p.rows.len(), 6);
    let ids: Vec<u32> = p.rows.iter().map(|(id, _)| id.0).collect();
    assert_eq!(ids, [10, 20, 30, 40, 50, 60]);
    assert!(p.cell(0, Principle::Credibility));
    assert!(!p.cell(0, Principle::Agility));
    assert!(p.cell(1, Principle::Interest));
    assert!(!p.cell(4, Principle::Reliability));
    assert_eq!(p.rows[3].1, [true, false, false, true, false, false]);
    assert_eq!(p.total(Principle::Agility), 3);
    assert_eq!(p.total(Principle::Teamwork), 0);
    assert_eq!(p.totals, [1, 1, 0, 3, 1, 0]);

    let e = &a.expectations;
    assert_eq!(e.columns, Expectation::ALL);
    assert!(e.cell(5, Expectation::Guarantees));
    assert!(!e.cell(5, Expectation::Advice));
    assert_eq!(e.totals, [1, 3, 1, 1, 0]);
}

#[test]
fn causes_are_ranked_by_moments_hit_with_ties_in_list_order() {
    let a = analyse(&cycle());
    // LongWait 2, Apathy 2, Coldness 2: a three-way tie, kept in Cause::ALL order
    // (Apathy, Coldness, ..., LongWait).
    assert_eq!(
        a.causes,
        vec![
            (Cause::Apathy, 2),
            (Cause::Coldness, 2),
            (Cause::LongWait, 2)
        ]
    );
    let mut doc = cycle();
    doc.moments[4].causes = vec![Cause::LongWait, Cause::LongWait, Cause::Misinformation];
    let a = analyse(&doc);
    assert_eq!(
        a.causes,
        vec![
            (Cause::LongWait, 3),
            (Cause::Apathy, 2),
            (Cause::Coldness, 2),
            (Cause::Misinformation, 1),
        ]
    );
}

#[test]
fn critical_moments_without_a_plan_are_listed() {
    let doc = cycle();
    let a = analyse(&doc);
    let found: Vec<(usize, u32, &str, Missing)> = a
        .missing_plans
        .iter()
        .map(|m| (m.index, m.id.0, m.name.as_str(), m.missing))
        .collect();
    assert_eq!(
        found,
        [
            (1, 20, "Calls to book", Missing::Owner),
            (2, 30, "Waits for a table", Missing::Both),
        ]
    );
    let text = summary_text(&a, &doc, Lang::En);
    assert!(
        text.contains("moment 2 “Calls to book”: no owner"),
        "{text}"
    );
    assert!(
        text.contains("moment 3 “Waits for a table”: no improvement action and no owner"),
        "{text}"
    );
    let es = summary_text(&a, &doc, Lang::Es);
    assert!(
        es.contains("momento 2 “Calls to book”: sin responsable"),
        "{es}"
    );
    assert!(
        es.contains("Satisfacción media: 3,5 de 5 (4 de 6 puntuados)"),
        "{es}"
    );
}

#[test]
fn the_summary_shows_both_matrices_and_the_causes() {
    let doc = cycle();
    let text = summary_text(&analyse(&doc), &doc, Lang::En);
    assert!(text.contains("R  C  A  G  I  T"), "{text}");
    assert!(
        text.contains("Warmth  Speed  Info  Guarantees  Advice"),
        "{text}"
    );
    assert!(text.contains("2!  Calls to book"), "{text}");
    assert!(text.contains("Apathy     2 moments"), "{text}");
    assert!(text.contains("Long wait  2 moments"), "{text}");
}

fn templates() -> impl Iterator<Item = (String, Document)> {
    TEMPLATES.iter().map(|t| {
        let doc = parse(t.text).unwrap_or_else(|e| panic!("{} {:?}: {e}", t.name, t.lang));
        (format!("{} {:?}", t.name, t.lang), doc)
    })
}

#[test]
fn every_template_report_holds_every_moment_and_improvement() {
    for (name, doc) in templates() {
        let md = markdown(&doc, "cycle.png");
        let page = html(&doc, &[0x89, b'P', b'N', b'G']);
        assert!(md.contains("](cycle.png)"), "{name}");
        assert!(page.contains("data:image/png;base64,iVBORw=="), "{name}");
        let text = shown(&page);
        for m in &doc.moments {
            assert!(md.contains(&m.name), "{name}: markdown lacks {}", m.name);
            assert!(text.contains(&m.name), "{name}: html lacks {}", m.name);
            if !m.improvement.is_empty() {
                assert!(md.contains(&m.improvement), "{name}: {}", m.improvement);
                assert!(text.contains(&m.improvement), "{name}: {}", m.improvement);
            }
        }
        let critical = doc.critical_count();
        assert!(
            page.matches("class=\"moment critical\"").count() == critical,
            "{name}"
        );
        let tag = match doc.language.as_str() {
            "es" => "! Crítico",
            "ru" => "! Критический",
            "pt" => "! Crítico",
            _ => "! Critical",
        };
        assert!(page.contains(tag), "{name}");
    }
}

#[test]
fn the_report_speaks_the_document_language() {
    for (name, doc) in templates() {
        let md = markdown(&doc, "x.png");
        let (plan, analysis) = match doc.language.as_str() {
            "es" => ("## Plan de mejora", "## Análisis"),
            "ru" => ("## План улучшений", "## Анализ"),
            "pt" => ("## Plano de melhorias", "## Análise"),
            _ => ("## Improvement plan", "## Analysis"),
        };
        assert!(md.contains(plan) && md.contains(analysis), "{name}");
    }
}

#[test]
fn html_escapes_the_users_text() {
    let mut doc = cycle();
    doc.moments[0].name = "<script>alert(1)</script>".into();
    doc.moments[0].notes = "Tom & \"Jerry\"".into();
    let page = html(&doc, &[]);
    assert!(!page.contains("<script>"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(page.contains("Tom &amp; &quot;Jerry&quot;"));
    assert!(shown(&page).contains("<script>alert(1)</script>"));
    // The name heads the moment's section, escaped there too.
    assert!(page.contains("<h3>1. &lt;script&gt;alert(1)&lt;/script&gt;</h3>"));
}

#[test]
fn an_apostrophe_in_a_template_reads_as_typed() {
    let doc =
        parse(include_str!("../../examples/bank-branch.en.ron")).unwrap_or_else(|e| panic!("{e}"));
    let page = html(&doc, &[]);
    assert!(page.contains("a 'what to bring' text message"), "{page}");
}

#[test]
fn markdown_keeps_tables_and_lists_intact() {
    let mut doc = cycle();
    doc.moments[5].improvement = "Readers | at every\ntable".into();
    let md = markdown(&doc, "x.png");
    assert!(md.contains("Readers \\| at every table"), "{md}");
    // Every table row has the same number of unescaped pipes as its header.
    let plan = md.split("## Improvement plan").nth(1).unwrap_or_default();
    let rows: Vec<&str> = plan.lines().filter(|l| l.starts_with('|')).collect();
    let pipes = |l: &str| l.replace("\\|", "").matches('|').count();
    assert!(rows.len() >= 3, "{plan}");
    assert!(rows.iter().all(|r| pipes(r) == pipes(rows[0])), "{plan}");
}

#[test]
fn every_field_of_a_moment_appears() {
    let mut doc = cycle();
    let m = &mut doc.moments[1];
    m.description = "They phone on Friday".into();
    m.channel = Channel::Phone;
    m.other_expectations = vec!["Someone who remembers them".into()];
    m.standard = "Three rings".into();
    m.owner = "Host".into();
    m.notes = "Busy at 7 pm".into();
    let md = markdown(&doc, "x.png");
    for text in [
        "They phone on Friday",
        "Phone",
        "In person",
        "Speed and agility",
        "Someone who remembers them",
        "Agility",
        "Long wait",
        "2 / 5",
        "not scored",
        "Three rings",
        "Answer within three rings",
        "Host",
        "Busy at 7 pm",
    ] {
        assert!(md.contains(text), "{text}: {md}");
    }
}

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"))
}

#[test]
fn a_markdown_report_writes_its_picture_beside_it() {
    let dir = temp();
    let path = dir.path().join("dinner.md");
    write_report(&cycle(), &path).unwrap_or_else(|e| panic!("{e}"));
    let png = std::fs::read(dir.path().join("dinner.png")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("](dinner.png)"), "{text}");
    assert!(text.contains("Calls to book"));
}

#[test]
fn an_html_report_embeds_its_picture() {
    let dir = temp();
    let path = dir.path().join("dinner.html");
    write_report(&cycle(), &path).unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("data:image/png;base64,iVBORw0KGgo"),
        "picture missing"
    );
    assert!(text.contains("@media print"));
    assert!(!Path::new(&dir.path().join("dinner.png")).exists());
    let files = std::fs::read_dir(dir.path())
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(files, 1, "only the report, no temporary files");
}

#[test]
fn an_unknown_extension_is_refused() {
    let dir = temp();
    let path = dir.path().join("dinner.pdf");
    let err = write_report(&cycle(), &path).err();
    assert!(
        matches!(err, Some(ExportError::UnknownReportFormat(_))),
        "{err:?}"
    );
    let message = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(message.contains(".md or .html"), "{message}");
    assert!(!path.exists());
    assert_eq!(
        std::fs::read_dir(dir.path())
            .map(|d| d.count())
            .unwrap_or(9),
        0
    );
}
