//! What saving writes, as a user reads the file: the documented field order, stable bytes,
//! exact round trips of every template and of tricky strings, and saves that never leave
//! a temporary file or damage an existing file.

use std::fs;
use std::path::Path;

use ciclo::file::{load_file, parse};
use ciclo::lang::Lang;
use ciclo::model::{
    Cause, Channel, Document, Evaluation, Expectation, Moment, MomentId, Principle,
};
use ciclo::save::{save_file, to_ron};
use ciclo::templates::TEMPLATES;

fn doc_with(moments: Vec<Moment>) -> Document {
    Document {
        moments,
        ..Document::default()
    }
}

// ---------------------------------------------------------------------------------------
// Saving

fn every_field_document() -> Document {
    let mut a = Moment::named(MomentId(3), "Llama \"ya\"");
    a.description = "desc".into();
    a.angle = Some(30.0);
    a.channel = Channel::Phone;
    a.expectations = vec![Expectation::Speed];
    a.other_expectations = vec!["SMS".into()];
    a.principles = vec![Principle::Agility];
    a.critical = true;
    a.causes = vec![Cause::LongWait];
    a.satisfaction = Some(2);
    a.standard = "std".into();
    a.improvement = "imp".into();
    a.owner = "own".into();
    a.target = Some(4);
    a.due = Some("2027-02-28".into());
    a.notes = "notes".into();
    let b = Moment::named(MomentId(1), "Paga");
    Document {
        format: 3,
        language: "es".into(),
        title: "T".into(),
        organization: "O".into(),
        authors: vec!["Ana".into(), "Luis".into()],
        date: Some("2026-12-08".into()),
        description: "D".into(),
        customer: "C".into(),
        promise: "P".into(),
        primary_services: vec!["p1".into(), "p2".into()],
        secondary_services: vec!["s1".into()],
        evaluation: vec![Evaluation::Survey],
        moments: vec![a, b],
    }
}

/// The keys of the lines indented by `indent` spaces, in order.
fn keys_at(text: &str, indent: usize) -> Vec<String> {
    text.lines()
        .filter(|l| {
            l.len() > indent
                && l[..indent].bytes().all(|b| b == b' ')
                && l.as_bytes()[indent] != b' '
        })
        .filter_map(|l| l.trim_start().split_once(':').map(|(k, _)| k.to_owned()))
        .filter(|k| k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'))
        .collect()
}

#[test]
fn fields_are_written_in_the_documented_order() {
    let text = to_ron(&every_field_document());
    let top = keys_at(&text, 4);
    assert_eq!(
        top,
        [
            "format",
            "language",
            "title",
            "organization",
            "authors",
            "date",
            "description",
            "customer",
            "promise",
            "primary_services",
            "secondary_services",
            "evaluation",
            "moments"
        ]
    );
    let moment = keys_at(&text, 12);
    let full = [
        "id",
        "name",
        "description",
        "angle",
        "channel",
        "expectations",
        "other_expectations",
        "principles",
        "critical",
        "causes",
        "satisfaction",
        "standard",
        "improvement",
        "owner",
        "target",
        "due",
        "notes",
    ];
    assert_eq!(moment[..full.len()], full, "{text}");
    // The second moment has only what is not empty.
    assert_eq!(
        moment[full.len()..],
        ["id", "name", "channel", "critical"],
        "{text}"
    );
}

#[test]
fn an_angle_is_written_only_for_placed_moments() {
    let mut doc = doc_with(vec![
        Moment::named(MomentId(1), "a"),
        Moment::named(MomentId(2), "b"),
        Moment::named(MomentId(3), "c"),
    ]);
    assert!(!to_ron(&doc).contains("angle"));
    doc.moments[1].angle = Some(123.25);
    let text = to_ron(&doc);
    assert_eq!(text.matches("angle").count(), 1, "{text}");
    let b_at = text.find("\"b\"").unwrap();
    let c_at = text.find("\"c\"").unwrap();
    let angle_at = text.find("angle: 123.25,").unwrap();
    assert!(
        b_at < angle_at && angle_at < c_at,
        "the angle belongs to `b`:\n{text}"
    );
}

#[test]
fn saving_twice_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for (i, doc) in [every_field_document(), Document::default()]
        .iter()
        .enumerate()
    {
        let first = dir.path().join(format!("first{i}.ron"));
        let second = dir.path().join(format!("second{i}.ron"));
        save_file(doc, &first).unwrap();
        let loaded = load_file(&first).unwrap();
        assert_eq!(&loaded, doc);
        save_file(&loaded, &second).unwrap();
        assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
        assert_eq!(fs::read_to_string(&first).unwrap(), to_ron(doc));
        // Saving over the same file again changes nothing.
        save_file(&loaded, &first).unwrap();
        assert_eq!(fs::read(&first).unwrap(), fs::read(&second).unwrap());
    }
}

#[test]
fn every_template_round_trips_exactly() {
    assert_eq!(
        TEMPLATES.len(),
        8 * ciclo::lang::Lang::ALL.len(),
        "8 templates in every language"
    );
    for t in TEMPLATES {
        let doc = parse(t.text).unwrap_or_else(|e| panic!("{} {:?}: {e}", t.name, t.lang));
        let text = to_ron(&doc);
        let again = parse(&text)
            .unwrap_or_else(|e| panic!("{} {:?} as saved: {e}\n{text}", t.name, t.lang));
        assert_eq!(again, doc, "{} {:?}", t.name, t.lang);
        assert_eq!(to_ron(&again), text, "{} {:?}: stable", t.name, t.lang);
    }
}

#[test]
fn tricky_strings_round_trip() {
    let tricky = [
        "She said \"hi\"",
        r"C:\path\to\file",
        "line one\nline two\r\n\ttabbed",
        "Atención al cliente: señora Núñez, ¿qué tal? àéîõü",
        "Обслуживание клиентов",
        "emoji 🍝 and CJK 顾客",
        "\\\" mixed \"\\",
        "trailing backslash \\",
        "control \u{1} \u{7f} and // not a comment /* nor this */",
        "r#\"raw-looking\"#",
    ];
    let mut doc = Document::default();
    for (i, s) in tricky.iter().enumerate() {
        let mut m = Moment::named(MomentId(i as u32 + 1), *s);
        m.description = (*s).to_owned();
        m.other_expectations = vec![(*s).to_owned(), String::new()];
        m.notes = (*s).to_owned();
        doc.moments.push(m);
    }
    doc.title = tricky.join(" | ");
    doc.primary_services = tricky.iter().map(|s| (*s).to_owned()).collect();
    let text = to_ron(&doc);
    let again = parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(again, doc);
    // Accents and Cyrillic are written as they are, not escaped.
    assert!(
        text.contains("señora Núñez") && text.contains("Обслуживание клиентов"),
        "{text}"
    );
    // One moment field per line: a newline inside a text never breaks a line of the file.
    assert_eq!(
        text.lines()
            .filter(|l| l.trim_start().starts_with("name:"))
            .count(),
        tricky.len()
    );
}

// ---------------------------------------------------------------------------------------
// Atomic saves

fn tmp_files(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_successful_save_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cycle.ron");
    save_file(&every_field_document(), &path).unwrap();
    save_file(&Document::default(), &path).unwrap();
    assert_eq!(
        load_file(&path).unwrap(),
        Document::default(),
        "the second save replaced the first"
    );
    assert!(
        tmp_files(dir.path()).is_empty(),
        "{:?}",
        tmp_files(dir.path())
    );
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["cycle.ron"]);
}

#[test]
fn saving_into_a_missing_folder_fails_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("cycle.ron");
    let err = save_file(&Document::default(), &path).unwrap_err();
    let message = err.message(Lang::En);
    assert!(
        message.contains("no-such-folder") && message.contains("cannot save"),
        "{message}"
    );
    assert!(!dir.path().join("no-such-folder").exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing created"
    );
}

#[test]
fn a_failed_save_over_a_read_only_folder_leaves_the_old_file_intact() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("locked");
    fs::create_dir(&folder).unwrap();
    let path = folder.join("cycle.ron");
    save_file(&every_field_document(), &path).unwrap();
    let before = fs::read(&path).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();

    // Root ignores the folder's permissions; then there is no failure to observe.
    let probe = folder.join("probe");
    let writable = fs::File::create(&probe).is_ok();
    let _ = fs::remove_file(&probe);
    let result = save_file(&Document::default(), &path);
    if !writable {
        let err = result.expect_err("a read-only folder cannot take the temporary file");
        assert!(
            err.message(Lang::En).contains("cycle.ron"),
            "{}",
            err.message(Lang::En)
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            before,
            "the old file is byte-identical"
        );
    }
    assert!(tmp_files(&folder).is_empty(), "{:?}", tmp_files(&folder));
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_failed_save_over_a_folder_removes_its_temporary_file() {
    // Works as root too: renaming a file over a non-empty folder always fails.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cycle.ron");
    fs::create_dir(&path).unwrap();
    fs::write(path.join("keep.txt"), "kept").unwrap();
    let err = save_file(&Document::default(), &path).unwrap_err();
    assert!(
        err.message(Lang::En).contains("cycle.ron"),
        "{}",
        err.message(Lang::En)
    );
    assert!(path.is_dir());
    assert_eq!(fs::read_to_string(path.join("keep.txt")).unwrap(), "kept");
    assert!(
        tmp_files(dir.path()).is_empty(),
        "{:?}",
        tmp_files(dir.path())
    );
}
