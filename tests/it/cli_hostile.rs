//! The command line on hostile or careless input: odd colours, special files, huge
//! documents, control characters. Every case ends with a clear error, never a panic.

use std::path::Path;

use crate::cli_support;
use cli_support::{ciclo, files_in, stderr};

fn template(dir: &Path) -> &'static str {
    let src = include_str!("../../examples/restaurant.en.ron");
    std::fs::write(dir.join("small.ron"), src).unwrap();
    "small.ron"
}

#[test]
fn non_ascii_and_signed_colours_are_refused_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let input = template(dir.path());
    for colour in [
        "#aééa",
        "#ééééé",
        "#+1+2+3",
        "# 12345",
        "#12345g",
        "#1234567",
        "#ß",
    ] {
        let out = ciclo(
            dir.path(),
            &["export", input, "-o", "x.png", "--background", colour],
        );
        assert_eq!(out.status.code(), Some(2), "{colour}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("#rrggbb"), "{colour}: {err}");
        assert!(!err.contains("panicked"), "{colour}: {err}");
    }
    assert!(!dir.path().join("x.png").exists());
}

#[test]
fn upper_case_hex_colours_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let input = template(dir.path());
    let out = ciclo(
        dir.path(),
        &["export", input, "-o", "x.svg", "--background", "#AbCdEf"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("x.svg")).unwrap();
    assert!(svg.to_ascii_lowercase().contains("#abcdef"));
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn check_refuses_a_device_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    // /dev/zero never ends: reading it would grow memory until the process is killed.
    let out = ciclo(dir.path(), &["check", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("/dev/zero: this is a device, not a file"),
        "{err}"
    );
    let out = ciclo(dir.path(), &["export", "/dev/zero", "-o", "x.png"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("a device"));
    assert!(!dir.path().join("x.png").exists());
}

#[test]
fn check_refuses_a_folder_and_a_named_pipe_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("cycle.ron")).unwrap();
    let out = ciclo(dir.path(), &["check", "cycle.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cycle.ron: this is a folder, not a file"),
        "{}",
        stderr(&out)
    );
    let made = std::process::Command::new("mkfifo")
        .arg(dir.path().join("pipe.ron"))
        .status()
        .unwrap();
    assert!(made.success());
    // Without a writer, opening the pipe would block this test forever.
    let out = ciclo(dir.path(), &["check", "pipe.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("a named pipe, not a file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_document_over_64_mib_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = std::fs::File::create(dir.path().join("huge.ron")).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap(); // sparse: no disk used
    let out = ciclo(dir.path(), &["check", "huge.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("65 MiB") && err.contains("up to 64 MiB"),
        "{err}"
    );
}

#[test]
fn control_characters_reach_the_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "\\u{1b}]0;pwned\\u{7}Pide la cuenta";
    write(
        dir.path(),
        "c.ron",
        &format!("(format: 1, moments: [(name: \"{name}\", satisfaction: 2, critical: true)])"),
    );
    for args in [&["check", "c.ron"][..], &["check", "--summary", "c.ron"]] {
        let out = ciclo(dir.path(), args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let all = [out.stdout.clone(), out.stderr.clone()].concat();
        assert!(
            !all.contains(&0x1b) && !all.contains(&0x07),
            "{args:?}: raw control bytes"
        );
    }
    let out = ciclo(dir.path(), &["check", "--summary", "c.ron"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("\\u{1b}]0;pwned\\u{7}"));
    // An error that quotes the name escapes it too.
    write(
        dir.path(),
        "bad.ron",
        &format!("(format: 1, moments: [(name: \"{name}\", satisfaction: 9)])"),
    );
    let out = ciclo(dir.path(), &["check", "bad.ron"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out.stderr.contains(&0x1b), "{}", stderr(&out));
    assert!(stderr(&out).contains("\\u{1b}]0;pwned"));
}

#[test]
fn reports_leave_control_characters_out() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "c.ron",
        "(format: 1, moments: [(name: \"Pide\\u{1b}[31m la cuenta\\u{7}\", notes: \"a\\u{0}b\")])",
    );
    for (report, shown) in [
        ("r.html", "Pide[31m la cuenta"),
        ("r.md", "Pide\\[31m la cuenta"),
    ] {
        let out = ciclo(dir.path(), &["report", "c.ron", "-o", report]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = std::fs::read(dir.path().join(report)).unwrap();
        assert!(
            !text.iter().any(|&b| b == 0x1b || b == 0x07 || b == 0),
            "{report} holds raw control bytes"
        );
        assert!(String::from_utf8_lossy(&text).contains(shown), "{report}");
    }
    // The document keeps what the user wrote.
    let doc = ciclo::file::load_file(&dir.path().join("c.ron")).unwrap();
    assert_eq!(doc.moments[0].name, "Pide\u{1b}[31m la cuenta\u{7}");
}

#[test]
fn check_reports_every_problem_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let moments: Vec<String> = (1..=30)
        .map(|i| {
            format!(
                "(name: \"M{i}\", satisfaction: {})",
                if i % 3 == 0 { 9 } else { 3 }
            )
        })
        .collect();
    let extra = "(id: 4, name: \"\u{200B}\"), (id: 4, name: \"Dos\")";
    write(
        dir.path(),
        "c.ron",
        &format!("(format: 1, moments: [{}, {extra}])", moments.join(", ")),
    );
    let out = ciclo(dir.path(), &["check", "c.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    let lines: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("error: c.ron:"))
        .collect();
    assert_eq!(lines.len(), 12, "{err}");
    assert!(
        lines[0].contains("moment 3") && lines[0].contains("satisfaction 9"),
        "{err}"
    );
    assert!(
        lines[10].contains("moment 31") && lines[10].contains("no visible name"),
        "{err}"
    );
    assert!(
        lines[11].contains("moment 32") && lines[11].contains("4"),
        "{err}"
    );
}

#[test]
fn problems_stop_at_twenty() {
    let dir = tempfile::tempdir().unwrap();
    let moments: Vec<String> = (1..=50)
        .map(|i| format!("(name: \"M{i}\", satisfaction: 7)"))
        .collect();
    write(
        dir.path(),
        "c.ron",
        &format!("(format: 1, moments: [{}])", moments.join(", ")),
    );
    let out = ciclo(dir.path(), &["check", "c.ron"]);
    let count = stderr(&out)
        .lines()
        .filter(|l| l.starts_with("error: c.ron:"))
        .count();
    assert_eq!(count, 20, "{}", stderr(&out));
}

#[test]
fn ids_of_zero_are_refused_like_negative_ones() {
    let dir = tempfile::tempdir().unwrap();
    for id in ["0", "-1", "-7"] {
        write(
            dir.path(),
            "c.ron",
            &format!("(format: 1, moments: [(id: {id}, name: \"A\"), (id: {id}, name: \"B\")])"),
        );
        let out = ciclo(dir.path(), &["check", "c.ron"]);
        assert_eq!(out.status.code(), Some(1), "id {id}");
        let err = stderr(&out);
        assert!(
            err.contains("moment 1") && err.contains("field `id`"),
            "id {id}: {err}"
        );
        assert!(err.contains("a positive whole number"), "id {id}: {err}");
    }
}

#[test]
fn a_misspelt_field_suggests_the_right_one() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "c.ron",
        "(format: 1, moments: [(name: \"A\", satisfacion: 3)])",
    );
    let out = ciclo(dir.path(), &["check", "c.ron"]);
    assert!(
        stderr(&out).contains("unknown field `satisfacion` — did you mean `satisfaction`?"),
        "{}",
        stderr(&out)
    );
    write(
        dir.path(),
        "c.ron",
        "(format: 1, moments: [(name: \"A\", channel: Phon)])",
    );
    let out = ciclo(dir.path(), &["check", "c.ron"]);
    assert!(
        stderr(&out).contains("did you mean `Phone`?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn without_a_display_the_window_says_what_to_do_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        ("en_GB.UTF-8", "ciclo export"),
        ("es_MX.UTF-8", "sin ventana"),
        ("pt_BR.UTF-8", "sem janela"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
            .current_dir(dir.path())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("WAYLAND_SOCKET")
            .env_remove("LC_ALL")
            .env_remove("LANGUAGE")
            .env_remove("LC_MESSAGES")
            .env_remove("CICLO_LANG")
            .env("LANG", lang)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = stderr(&out);
        assert!(err.contains(words), "{lang}: {err}");
        assert!(
            !err.contains(".cargo") && !err.contains("registry"),
            "{err}"
        );
    }
}

#[test]
fn saved_files_say_how_to_read_about_the_format() {
    let dir = tempfile::tempdir().unwrap();
    let out = ciclo(dir.path(), &["new", "-o", "n.ron"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(dir.path().join("n.ron")).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains("ciclo help format"), "{first}");
    let out = ciclo(dir.path(), &["help", "format"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(
        help.contains("satisfaction") && help.contains("angle"),
        "{help}"
    );
}

#[test]
fn slide_names_follow_the_documents_language_and_never_mix() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "es.ron",
        include_str!("../../examples/restaurant.es.ron"),
    );
    let out = ciclo(
        dir.path(),
        &[
            "slides", "es.ron", "-o", "deck", "--width", "640", "--height", "360",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names = files_in(&dir.path().join("deck"));
    assert_eq!(names[0], "01-ciclo.png");
    assert_eq!(names[1], "02-momento-01.png");
    assert!(
        names
            .iter()
            .all(|n| n == "01-ciclo.png" || n.contains("-momento-")),
        "{names:?}"
    );
    // The same folder, now for an English cycle of two moments: only the new deck is left.
    write(
        dir.path(),
        "en.ron",
        "(format: 1, language: \"en\", moments: [(name: \"Calls\"), (name: \"Arrives\")])",
    );
    let out = ciclo(
        dir.path(),
        &[
            "slides", "en.ron", "-o", "deck", "--width", "640", "--height", "360",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.path().join("deck")),
        ["01-cycle.png", "02-moment-01.png", "03-moment-02.png"]
    );
}
