//! The command line on hostile or careless input: odd colours, special files, huge
//! documents, control characters. Every case ends with a clear error, never a panic.

use std::path::Path;
use std::process::Output;

fn ciclo(dir: &Path, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(args)
        .current_dir(dir)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run ciclo")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn template(dir: &Path) -> &'static str {
    let src = include_str!("../examples/restaurant.en.ron");
    std::fs::write(dir.join("small.ron"), src).unwrap();
    "small.ron"
}

#[test]
fn non_ascii_and_signed_colours_are_refused_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let input = template(dir.path());
    for colour in ["#aééa", "#ééééé", "#+1+2+3", "# 12345", "#12345g", "#1234567", "#ß"] {
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
