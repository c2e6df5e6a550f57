//! Format 3's fields: the cover's `authors` and `date`, a moment's `target` and `due`.
//! What loads, what is refused and where, the format each document is saved in, and
//! that load → save → load changes nothing.

use ciclo::file::{Diagnostic, parse};
use ciclo::lang::Lang;
use ciclo::save::to_ron;

use crate::cli_support::{assert_exit, ciclo, ciclo_in, folder_with, stderr};

const PLAN: &str = r#"(
    format: 3,
    language: "es",
    title: "Una cena",
    organization: "Casa Olivo",
    authors: ["Ana Ruiz", "Luis \"Lucho\" Gómez"],
    date: "2026-12-08",
    moments: [
        (name: "Llega", satisfaction: 3),
        (
            name: "Paga",
            critical: true,
            satisfaction: 2,
            improvement: "Datáfono portátil",
            owner: "Jefe de salón",
            target: 4,
            due: "2027-02-28",
        ),
    ],
)
"#;

fn refused(src: &str) -> Diagnostic {
    match parse(src) {
        Ok(doc) => panic!("accepted {src:?} as {doc:?}"),
        Err(d) => d,
    }
}

#[test]
fn the_new_fields_load_and_survive_a_save() {
    let doc = parse(PLAN).unwrap();
    assert_eq!(doc.authors, ["Ana Ruiz", "Luis \"Lucho\" Gómez"]);
    assert_eq!(doc.date.as_deref(), Some("2026-12-08"));
    let paga = &doc.moments[1];
    assert_eq!(
        (paga.target, paga.due.as_deref()),
        (Some(4), Some("2027-02-28"))
    );
    assert_eq!(doc.moments[0].target, None);
    let text = to_ron(&doc);
    assert!(text.contains("    format: 3,\n"), "{text}");
    assert!(text.contains("            target: 4,\n"), "{text}");
    assert!(
        text.contains("            due: \"2027-02-28\",\n"),
        "{text}"
    );
    let again = parse(&text).unwrap();
    assert_eq!(again, doc);
    assert_eq!(to_ron(&again), text, "saving twice gives the same bytes");
}

/// The oldest format that can hold the document: each new field alone lifts it to 3;
/// photos alone to 2; nothing to 1.
#[test]
fn a_document_is_saved_in_the_oldest_format_that_holds_it() {
    let base = parse(r#"(format: 1, moments: [(name: "A")])"#).unwrap();
    assert!(to_ron(&base).contains("format: 1,"));
    type Lift = fn(&mut ciclo::model::Document);
    let lifts: [(&str, Lift); 5] = [
        ("authors", |d| d.authors = vec!["Ana".into()]),
        ("date", |d| d.date = Some("2026-01-02".into())),
        ("target", |d| d.moments[0].target = Some(5)),
        ("due", |d| d.moments[0].due = Some("2026-01-02".into())),
        ("photos", |d| {
            d.moments[0].photos = vec![ciclo::model::Photo {
                path: "a.jpg".into(),
                caption: String::new(),
            }];
        }),
    ];
    for (field, lift) in lifts {
        let mut doc = base.clone();
        lift(&mut doc);
        let want = if field == "photos" { 2 } else { 3 };
        let text = to_ron(&doc);
        assert!(
            text.contains(&format!("format: {want},")),
            "{field}: {text}"
        );
        assert!(text.contains(&format!("{field}: ")), "{field}: {text}");
        let back = parse(&text).unwrap();
        assert_eq!(back.format, want, "{field}");
    }
    // A format 1 file with a target is read, and saved as format 3.
    let old = parse(r#"(format: 1, moments: [(name: "A", target: 2)])"#).unwrap();
    assert_eq!(old.format, 3);
}

#[test]
fn a_target_out_of_range_is_refused_where_it_is() {
    let src = PLAN.replace("target: 4,", "target: 9,");
    let d = refused(&src);
    assert_eq!((d.line, d.col), (16, 13), "{}", d.message(Lang::En));
    let en = d.message(Lang::En);
    assert!(
        en.contains("moment 2 “Paga”, field `target`: target 9"),
        "{en}"
    );
    assert!(en.contains("1 to 5"), "{en}");
    assert!(
        d.message(Lang::Es).contains("la meta 9"),
        "{}",
        d.message(Lang::Es)
    );
    // Too large for its type: refused as a score, not as a bare number.
    let d = refused(&PLAN.replace("target: 4,", "target: 300,"));
    assert!(
        d.message(Lang::En).contains("field `target`"),
        "{}",
        d.message(Lang::En)
    );
    assert!(
        d.message(Lang::En).contains("1 to 5"),
        "{}",
        d.message(Lang::En)
    );
}

#[test]
fn an_impossible_date_is_refused_with_its_field_and_text() {
    let d = refused(&PLAN.replace("2027-02-28", "2027-13-45"));
    assert_eq!((d.line, d.col), (17, 13));
    let en = d.message(Lang::En);
    assert!(
        en.contains("field `due`: due \"2027-13-45\" is not a real date"),
        "{en}"
    );
    assert!(en.contains("YYYY-MM-DD"), "{en}");
    // February 30 has the right shape but no day.
    let d = refused(&PLAN.replace("2027-02-28", "2027-02-30"));
    assert!(d.message(Lang::En).contains("due \"2027-02-30\""));
    let d = refused(&PLAN.replace("2026-12-08", "8/12/2026"));
    assert_eq!((d.line, d.col), (7, 5));
    let ru = d.message(Lang::Ru);
    assert!(
        ru.contains("date \"8/12/2026\"") && ru.contains("ГГГГ-ММ-ДД"),
        "{ru}"
    );
    let d = refused(&PLAN.replace("[\"Ana Ruiz\"", "[3"));
    assert!(
        d.message(Lang::En).contains("authors"),
        "{}",
        d.message(Lang::En)
    );
}

#[test]
fn check_names_the_file_line_column_and_field() {
    let dir = folder_with(&[("plan.ron", &PLAN.replace("2027-02-28", "2027-13-45"))]);
    let out = ciclo(dir.path(), &["check", "plan.ron"]);
    assert_exit(&out, 1);
    let err = stderr(&out);
    assert!(err.contains("plan.ron:17:13:"), "{err}");
    assert!(err.contains("due \"2027-13-45\""), "{err}");
    let out = ciclo_in("pt", dir.path(), &["check", "plan.ron"]);
    assert!(
        stderr(&out).contains("não é uma data real"),
        "{}",
        stderr(&out)
    );
}
