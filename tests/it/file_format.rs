//! The `.ron` file format as a user meets it: what loads, what is refused and how the
//! refusal reads, what saving writes, and that saving never damages an existing file.

use std::fs;

use ciclo::file::{Diagnostic, LoadError, load_file, parse, parse_bytes};
use ciclo::lang::Lang;
use ciclo::model::{Cause, Channel, Document, Evaluation, Expectation, MomentId, Principle};
use ciclo::save::to_ron;
use ciclo::templates::TEMPLATES;

/// Parses `src`, which must be refused, and returns the diagnostic.
fn refuse(src: &str) -> Diagnostic {
    refuse_bytes(src.as_bytes())
}

fn refuse_bytes(bytes: &[u8]) -> Diagnostic {
    match parse_bytes(bytes) {
        Ok(doc) => panic!("accepted {:?} as {doc:?}", String::from_utf8_lossy(bytes)),
        Err(d) => d,
    }
}

/// Asserts that the English message holds every one of `parts`.
fn assert_says(d: &Diagnostic, parts: &[&str]) {
    let message = d.message(Lang::En);
    for part in parts {
        assert!(
            message.contains(part),
            "message {message:?} does not contain {part:?}"
        );
    }
}

/// Asserts the position, and that the message starts with it.
fn assert_at(d: &Diagnostic, line: usize, col: usize) {
    assert_eq!(
        (d.line, d.col),
        (line, col),
        "position of {:?}",
        d.message(Lang::En)
    );
    assert!(
        d.message(Lang::En).starts_with(&format!("{line}:{col}: ")),
        "{:?}",
        d.message(Lang::En)
    );
}

// ---------------------------------------------------------------------------------------
// Loading

const COMPLETE: &str = r#"// A complete document: every field, comments, trailing commas.
(
    format: 1, // the version
    language: "es",
    title: "Ciclo: una cena", /* block comment /* nested */ */
    organization: "Casa \"Olivo\"",
    description: "Line one\nline two",
    customer: "Familias",
    promise: "Mesa en 10 minutos",
    primary_services: ["Cena", "Reservas",],
    secondary_services: ["Parqueadero"],
    evaluation: [Survey, Pqr,],
    moments: [
        (
            id: 7,
            name: "Llama para reservar",
            description: "Nadie contesta",
            angle: 15.5,
            channel: Phone,
            expectations: [Speed, Warmth],
            other_expectations: ["Confirmación por SMS"],
            principles: [Agility, Reliability],
            critical: true,
            causes: [LongWait, PoorCommunication],
            satisfaction: Some(2),
            standard: "3 timbres",
            improvement: "Teléfono dedicado",
            owner: "Anfitrión",
            notes: "Quejas frecuentes",
        ),
        // The second moment: only a name and a bare satisfaction.
        (
            name: "Paga",
            satisfaction: 4,
        ),
    ],
)
"#;

#[test]
fn a_complete_commented_document_loads_every_value() {
    let doc = parse(COMPLETE).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.format, 1);
    assert_eq!(doc.language, "es");
    assert_eq!(doc.title, "Ciclo: una cena");
    assert_eq!(doc.organization, "Casa \"Olivo\"");
    assert_eq!(doc.description, "Line one\nline two");
    assert_eq!(doc.customer, "Familias");
    assert_eq!(doc.promise, "Mesa en 10 minutos");
    assert_eq!(doc.primary_services, ["Cena", "Reservas"]);
    assert_eq!(doc.secondary_services, ["Parqueadero"]);
    assert_eq!(doc.evaluation, [Evaluation::Survey, Evaluation::Pqr]);
    assert_eq!(doc.moments.len(), 2);

    let m = &doc.moments[0];
    assert_eq!(m.id, MomentId(7));
    assert_eq!(m.name, "Llama para reservar");
    assert_eq!(m.description, "Nadie contesta");
    assert_eq!(m.angle, Some(15.5));
    assert_eq!(m.channel, Channel::Phone);
    assert_eq!(m.expectations, [Expectation::Speed, Expectation::Warmth]);
    assert_eq!(m.other_expectations, ["Confirmación por SMS"]);
    assert_eq!(m.principles, [Principle::Agility, Principle::Reliability]);
    assert!(m.critical);
    assert_eq!(m.causes, [Cause::LongWait, Cause::PoorCommunication]);
    assert_eq!(m.satisfaction, Some(2), "`Some(2)` is read");
    assert_eq!(m.standard, "3 timbres");
    assert_eq!(m.improvement, "Teléfono dedicado");
    assert_eq!(m.owner, "Anfitrión");
    assert_eq!(m.notes, "Quejas frecuentes");

    // Everything left out takes its empty default.
    let m = &doc.moments[1];
    assert_eq!(m.name, "Paga");
    assert_eq!(m.satisfaction, Some(4), "a bare `4` is read");
    assert_eq!(m.angle, None);
    assert_eq!(m.channel, Channel::InPerson);
    assert!(!m.critical);
    assert!(
        m.description.is_empty()
            && m.expectations.is_empty()
            && m.causes.is_empty()
            && m.notes.is_empty()
    );
}

#[test]
fn only_format_is_required_at_the_top() {
    let doc = parse("(format: 1)").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc, Document::default());
    assert_eq!(doc.language, "en");
}

#[test]
fn missing_ids_are_assigned_unique_and_positive_and_explicit_ids_kept() {
    let doc = parse(
        r#"(format: 1, moments: [
            (name: "a"),
            (id: 5, name: "b"),
            (name: "c"),
            (id: 2, name: "d"),
            (name: "e"),
        ])"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<u32> = doc.moments.iter().map(|m| m.id.0).collect();
    assert_eq!(ids[1], 5, "explicit id kept");
    assert_eq!(ids[3], 2, "explicit id kept");
    assert!(ids.iter().all(|&id| id > 0), "{ids:?}");
    let mut unique = ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "ids are unique: {ids:?}");
    // The order of the sequence is the order of the file.
    let names: Vec<&str> = doc.moments.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c", "d", "e"]);
    // The assigned ids survive a save and a load.
    let again = parse(&to_ron(&doc)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again, doc);
}

#[test]
fn unplaced_moments_are_spread_between_placed_neighbours_after_loading() {
    use ciclo::arrange::effective_angles;
    let doc = parse(
        r#"(format: 1, moments: [
            (name: "a"), (name: "b", angle: 90), (name: "c"), (name: "d", angle: 270),
        ])"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(effective_angles(&doc), [0.0, 90.0, 180.0, 270.0]);
    let doc = parse(r#"(format: 1, moments: [(name: "a"), (name: "b"), (name: "c")])"#)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        effective_angles(&doc),
        [0.0, 120.0, 240.0],
        "no angle at all: evenly from 12 o'clock"
    );
    // Loading never invents angles: the spread is computed, not stored.
    assert!(doc.moments.iter().all(|m| m.angle.is_none()));
    assert!(!to_ron(&doc).contains("angle"));
}

// ---------------------------------------------------------------------------------------
// Refusals: what, where, and what is allowed

const TOP_FIELDS: &[&str] = &[
    "`format`",
    "`language`",
    "`title`",
    "`organization`",
    "`description`",
    "`customer`",
    "`promise`",
    "`primary_services`",
    "`secondary_services`",
    "`evaluation`",
    "`moments`",
];

#[test]
fn unknown_top_level_field_lists_the_valid_ones() {
    let d = refuse("(\n    format: 1,\n    colour: \"red\",\n)");
    assert_at(&d, 3, 5);
    assert_says(&d, &["`colour`", "unknown field"]);
    assert_says(&d, TOP_FIELDS);
    // Spanish, for a Spanish-speaking user.
    let es = d.message(Lang::Es);
    assert!(
        es.starts_with(
            "3:5: campo `colour`: campo desconocido `colour`; los campos válidos son `format`"
        ),
        "{es}"
    );
}

#[test]
fn unknown_moment_field_names_the_moment_and_lists_the_valid_ones() {
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (name: \"A\"),\n        (\n            name: \"B\",\n            mood: 3,\n        ),\n    ],\n)",
    );
    assert_at(&d, 7, 13);
    assert_says(&d, &["moment 2 “B”", "`mood`", "unknown field"]);
    assert_says(
        &d,
        &[
            "`id`",
            "`name`",
            "`angle`",
            "`channel`",
            "`expectations`",
            "`other_expectations`",
            "`principles`",
            "`critical`",
            "`causes`",
            "`satisfaction`",
            "`standard`",
            "`improvement`",
            "`owner`",
            "`notes`",
        ],
    );
}

#[test]
fn unknown_variant_names_field_and_moment_and_lists_the_valid_values() {
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (\n            name: \"A\",\n            channel: Telepathy,\n        ),\n    ],\n)",
    );
    assert_at(&d, 6, 22);
    assert_says(&d, &["moment 1 “A”", "field `channel`", "`Telepathy`"]);
    let all: Vec<String> = Channel::ALL.iter().map(|c| format!("`{c:?}`")).collect();
    assert_says(&d, &all.iter().map(String::as_str).collect::<Vec<_>>());

    let d = refuse(r#"(format: 1, moments: [(name: "A", causes: [LongWait, Rudeness])])"#);
    assert_says(
        &d,
        &[
            "moment 1 “A”",
            "field `causes`",
            "`Rudeness`",
            "`LongWait`",
            "`BrokenPromise`",
            "`Apathy`",
        ],
    );

    let d = refuse(r#"(format: 1, evaluation: [Survey, Pigeon])"#);
    assert_says(
        &d,
        &[
            "field `evaluation`",
            "`Pigeon`",
            "`RateOurService`",
            "`Pqr`",
            "`SocialMedia`",
        ],
    );
    assert_eq!(d.context.moment, None);

    let d = refuse(r#"(format: 1, moments: [(name: "A", principles: [Kindness])])"#);
    assert_says(
        &d,
        &[
            "field `principles`",
            "`Kindness`",
            "`Reliability`",
            "`Teamwork`",
        ],
    );
    let d = refuse(r#"(format: 1, moments: [(name: "A", expectations: [Magic])])"#);
    assert_says(
        &d,
        &["field `expectations`", "`Magic`", "`Warmth`", "`Advice`"],
    );
}

#[test]
fn wrong_types_say_what_the_field_holds() {
    let d = refuse("(\n    format: 1,\n    title: 42,\n)");
    assert_at(&d, 3, 11);
    assert_says(&d, &["field `title`", "text in double quotes"]);

    let d = refuse(r#"(format: 1, moments: [(name: "A", critical: "yes")])"#);
    assert_says(
        &d,
        &["moment 1 “A”", "field `critical`", "`true` or `false`"],
    );

    let d = refuse(r#"(format: 1, primary_services: "Dinner")"#);
    assert_says(&d, &["field `primary_services`", "list in square brackets"]);

    let d = refuse(r#"(format: 1, moments: [(name: 5)])"#);
    assert_says(&d, &["moment 1", "field `name`", "text in double quotes"]);
}

#[test]
fn missing_format_is_refused() {
    let d = refuse("(\n    title: \"x\",\n)");
    assert_says(&d, &["missing", "`format: 1`"]);
    assert_eq!(d.line, 3, "reported where the document closes");
    assert!(
        d.message(Lang::Es).contains("falta `format: 1`"),
        "{}",
        d.message(Lang::Es)
    );
}

#[test]
fn missing_moment_name_names_the_moment() {
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (\n            id: 3,\n            critical: true,\n        ),\n    ],\n)",
    );
    assert_at(&d, 7, 9);
    assert_says(&d, &["moment 1", "`name`", "missing"]);
    let d = refuse(r#"(format: 1, moments: [(name: "A"), (name: "   ")])"#);
    assert_says(&d, &["moment 2", "`name`", "no visible name"]);
}

#[test]
fn a_newer_format_says_a_newer_ciclo_made_it() {
    let d = refuse("(\n    title: \"x\",\n    format: 4,\n)");
    assert_at(&d, 3, 5);
    assert_says(
        &d,
        &[
            "field `format`",
            "format 4",
            "newer Ciclo",
            "reads formats 1 to 3",
        ],
    );
    assert!(
        d.message(Lang::Es).contains("versión más nueva de Ciclo"),
        "{}",
        d.message(Lang::Es)
    );
    let d = refuse("(format: 0)");
    assert_says(&d, &["`format: 0`", "`format: 1`"]);
}

#[test]
fn a_duplicate_id_names_the_second_moment() {
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (id: 4, name: \"A\"),\n        (id: 4, name: \"B\"),\n    ],\n)",
    );
    assert_at(&d, 5, 10);
    assert_says(&d, &["moment 2 “B”", "field `id`", "id 4", "already used"]);
}

#[test]
fn satisfaction_outside_one_to_five_is_refused_saying_what_is_allowed() {
    let d = refuse(r#"(format: 1, moments: [(name: "A", satisfaction: 0)])"#);
    assert_at(&d, 1, 35);
    assert_says(
        &d,
        &[
            "moment 1 “A”",
            "field `satisfaction`",
            "satisfaction 0",
            "from 1 to 5",
        ],
    );

    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (name: \"A\"),\n        (\n            name: \"B\",\n            satisfaction: Some(6),\n        ),\n    ],\n)",
    );
    assert_at(&d, 7, 13);
    assert_says(
        &d,
        &[
            "moment 2 “B”",
            "field `satisfaction`",
            "satisfaction 6",
            "from 1 to 5",
        ],
    );
    let es = d.message(Lang::Es);
    assert!(
        es.contains("momento 2 “B”")
            && es.contains("campo `satisfaction`")
            && es.contains("de 1 a 5"),
        "{es}"
    );

    // Too big for the score's type: refused by the parser, but the message still says
    // what the field allows.
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (\n            name: \"A\",\n            satisfaction: 300,\n        ),\n    ],\n)",
    );
    assert_eq!(d.line, 6);
    assert_says(&d, &["moment 1 “A”", "field `satisfaction`", "1 to 5"]);
    let d = refuse(r#"(format: 1, moments: [(name: "A", satisfaction: -1)])"#);
    assert_says(&d, &["moment 1 “A”", "field `satisfaction`", "1 to 5"]);
}

#[test]
fn angles_outside_the_circle_or_not_finite_are_refused() {
    for (angle, shown) in [
        ("-1", "-1"),
        ("-0.5", "-0.5"),
        ("360", "360"),
        ("360.0", "360"),
        ("1000", "1000"),
        ("NaN", "NaN"),
        ("inf", "inf"),
        ("-inf", "-inf"),
    ] {
        let src = format!(
            "(\n    format: 1,\n    moments: [\n        (name: \"A\"),\n        (name: \"B\", angle: {angle}),\n    ],\n)"
        );
        let d = refuse(&src);
        assert_at(&d, 5, 21);
        assert_says(
            &d,
            &["moment 2 “B”", "field `angle`", &format!("angle {shown} ")],
        );
        assert_says(&d, &["from 0 up to (not including) 360"]);
    }
    // The edges that are allowed.
    let doc =
        parse(r#"(format: 1, moments: [(name: "A", angle: 0), (name: "B", angle: 359.999)])"#)
            .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.moments[1].angle, Some(359.999));
}

#[test]
fn angles_must_increase_along_the_sequence() {
    let d = refuse(
        "(\n    format: 1,\n    moments: [\n        (name: \"A\", angle: 90),\n        (name: \"B\"),\n        (name: \"C\", angle: 45.5),\n    ],\n)",
    );
    assert_at(&d, 6, 21);
    assert_says(
        &d,
        &["moment 3 “C”", "field `angle`", "45.5", "(90)", "increase"],
    );
    let d = refuse(r#"(format: 1, moments: [(name: "A", angle: 90), (name: "B", angle: 90)])"#);
    assert_says(&d, &["moment 2 “B”", "not greater"]);
}

#[test]
fn binary_garbage_is_refused_as_not_text() {
    let d = refuse_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe");
    assert_says(&d, &["not a text file", "UTF-8"]);
    // The position of the first bad byte.
    let d = refuse_bytes(b"(\n  title: \"ab\xffcd\"\n)");
    assert_at(&d, 2, 13);
    assert_says(&d, &["not a text file"]);
}

#[test]
fn empty_and_whitespace_only_files_are_refused() {
    for src in ["", "   ", "\n\n\t \r\n", "\u{feff}"] {
        let d = refuse(src);
        assert_at(&d, 1, 1);
        assert_says(&d, &["empty", "ciclo new"]);
    }
}

#[test]
fn json_is_refused_as_json() {
    let d = refuse(r#"{"format": 1, "title": "x"}"#);
    assert_at(&d, 1, 1);
    assert_says(&d, &["JSON", "RON"]);
    let d = refuse("\n  [1, 2]");
    assert_at(&d, 2, 3);
    assert_says(&d, &["JSON"]);
}

#[test]
fn truncated_files_are_refused_with_a_position() {
    let full = to_ron(&parse(TEMPLATES[0].text).unwrap_or_else(|e| panic!("{e}")));
    for cut in [1, 20, full.len() / 3, full.len() / 2, full.len() - 3] {
        let cut = (0..=cut)
            .rev()
            .find(|&c| full.is_char_boundary(c))
            .unwrap_or(0);
        let d = refuse(&full[..cut]);
        let lines = full[..cut].lines().count().max(1);
        assert!(
            d.line >= 1 && d.line <= lines + 1,
            "cut at {cut}: line {} of {lines}",
            d.line
        );
        assert!(d.col >= 1);
    }
    let d = refuse("(\n    format: 1,\n    moments: [\n        (\n            name: \"A\",\n");
    assert_says(&d, &["ends too early"]);
    assert!(d.line >= 5, "{}", d.message(Lang::En));
}

#[test]
fn other_syntax_errors_have_a_position() {
    let d = refuse("(\n    format: 1,\n    title: \"a\"\n    customer: \"b\",\n)");
    assert_eq!(d.line, 4, "{}", d.message(Lang::En));
    assert_says(&d, &["comma"]);
    let d = refuse(r#"(format: 1, title: "a", title: "b")"#);
    assert_says(&d, &["`title`", "twice"]);
}

#[test]
fn load_file_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    fs::write(
        &path,
        "(\n    format: 1,\n    moments: [(name: \"A\", satisfaction: 9)],\n)",
    )
    .unwrap();
    let err = load_file(&path).unwrap_err();
    let message = err.message(Lang::En);
    assert!(
        message.starts_with(&format!("{}:3:", path.display())),
        "{message}"
    );
    assert!(message.contains("satisfaction 9"), "{message}");
    assert!(matches!(err, LoadError::Invalid { .. }));

    let missing = dir.path().join("nothing-here.ron");
    let err = load_file(&missing).unwrap_err();
    assert!(matches!(err, LoadError::Read { .. }));
    assert!(
        err.message(Lang::En).contains("nothing-here.ron"),
        "{}",
        err.message(Lang::En)
    );
}

#[test]
fn the_largest_id_written_by_hand_does_not_break_id_assignment() {
    let doc =
        parse(r#"(format: 1, moments: [(id: 4294967295, name: "a"), (name: "b"), (name: "c")])"#)
            .unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<u32> = doc.moments.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, [4294967295, 1, 2]);
}

#[test]
fn an_unclosed_text_says_a_quote_is_missing() {
    let err = parse("(format: 1, title: \"abc")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        err.message(Lang::En).contains("quote is missing"),
        "{}",
        err.message(Lang::En)
    );
    let err = parse("(format: 1) xyz")
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        err.message(Lang::Es).contains("después del `)`"),
        "{}",
        err.message(Lang::Es)
    );
}
