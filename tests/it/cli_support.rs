//! What the command-line tests share: running the real binary in a folder, reading its
//! output, and small files to run it on.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// A small cycle with short names, so that each name is drawn on one line.
pub const SMALL: &str = r#"(
    format: 1,
    title: "Tiny cycle",
    moments: [
        (name: "Greeting"),
        (name: "Fish & Chips", critical: true),
        (name: "Paying", angle: 200),
        (name: "Leaving"),
    ],
)
"#;

/// A cycle with an error on line 3, column 5.
pub const BROKEN: &str = "(\n    format: 1,\n    colour: \"red\",\n)\n";

/// Runs `ciclo ARGS` in `dir`, speaking English whatever this computer's language.
pub fn ciclo(dir: &Path, args: &[&str]) -> Output {
    ciclo_in("en", dir, args)
}

/// Runs `ciclo ARGS` in `dir` with `CICLO_LANG` set to `lang` (`es`, `pt_BR`...).
pub fn ciclo_in(lang: &str, dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(args)
        .current_dir(dir)
        .env("CICLO_LANG", lang)
        .output()
        .unwrap_or_else(|e| panic!("cannot run ciclo: {e}"))
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn assert_exit(out: &Output, code: i32) {
    assert_eq!(
        out.status.code(),
        Some(code),
        "stdout: {}\nstderr: {}",
        stdout(out),
        stderr(out)
    );
}

pub fn folder_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

pub fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Width and height from a PNG's header, after checking its signature.
pub fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20))
}

pub fn corner_pixel(png: &[u8]) -> [u8; 4] {
    let img = image::load_from_memory(png).unwrap().to_rgba8();
    img.get_pixel(0, 0).0
}

/// A cycle of three moments whose first moment has two photos (a JPEG and a PNG) and a
/// third that is missing, written into `dir` as `cena.ron` with its `fotos/` folder.
pub fn cycle_with_photos(dir: &Path) -> std::path::PathBuf {
    std::fs::create_dir_all(dir.join("fotos")).unwrap();
    let sala = image::RgbImage::from_fn(1200, 900, |x, y| {
        image::Rgb([(x / 5) as u8, (y / 4) as u8, 160])
    });
    sala.save(dir.join("fotos/sala.jpg")).unwrap();
    image::RgbImage::from_pixel(600, 800, image::Rgb([20, 140, 60]))
        .save(dir.join("fotos/puerta.png"))
        .unwrap();
    let path = dir.join("cena.ron");
    std::fs::write(
        &path,
        r#"(
    format: 2,
    language: "es",
    title: "Una cena en Casa Olivo",
    organization: "Casa Olivo",
    moments: [
        (
            name: "Llega a la sala",
            standard: "Mesa en 10 minutos",
            photos: [
                (path: "fotos/sala.jpg", caption: "La sala a las 10"),
                (path: "fotos/puerta.png"),
                (path: "fotos/perdida.jpg"),
            ],
        ),
        (name: "Pide la cuenta", critical: true, causes: [LongWait], improvement: "Datáfono portátil"),
        (name: "Se despide"),
    ],
)
"#,
    )
    .unwrap();
    path
}

/// Whether a system tool can be run; on CI (`CI` set) its absence fails the test, since
/// .ci/run installs it; elsewhere the test says what to install and skips.
pub fn have_tool(command: &str, package: &str) -> bool {
    let found = Command::new(command)
        .arg(if command == "soffice" {
            "--version"
        } else {
            "-v"
        })
        .output()
        .is_ok();
    if !found {
        let note = format!("{command} is missing: install the Debian package {package}");
        assert!(std::env::var_os("CI").is_none(), "{note} (.ci/run does)");
        eprintln!("note: skipped, {note}");
    }
    found
}

/// Runs a system tool; panics with its error output when it fails.
pub fn run_tool(command: &str, args: &[&str]) -> String {
    let out = Command::new(command)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command}: {e}"));
    assert!(
        out.status.success(),
        "{command} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A fresh folder holding `small.ron` ([`SMALL`]).
pub fn small_folder() -> tempfile::TempDir {
    folder_with(&[("small.ron", SMALL)])
}

/// `ciclo export small.ron -o OUTPUT ARGS…` in `dir`.
pub fn export_small(dir: &Path, output: &str, args: &[&str]) -> Output {
    let mut all = vec!["export", "small.ron", "-o", output];
    all.extend_from_slice(args);
    ciclo(dir, &all)
}

/// `ciclo export small.ron -o OUTPUT ARGS…` in `dir`, which must succeed: the file it wrote.
pub fn exported(dir: &Path, output: &str, args: &[&str]) -> Vec<u8> {
    let out = export_small(dir, output, args);
    assert_exit(&out, 0);
    std::fs::read(dir.join(output)).unwrap_or_else(|e| panic!("{output} not written: {e}"))
}

/// A run that failed with exit `code`, saying so once: its error output starts with
/// `error: ` and names every one of `words`.
pub fn assert_refused(out: &Output, code: i32, words: &[&str]) {
    assert_exit(out, code);
    let err = stderr(out);
    assert!(err.starts_with("error: "), "{err}");
    for word in words {
        assert!(err.contains(word), "{word:?} missing from: {err}");
    }
}
