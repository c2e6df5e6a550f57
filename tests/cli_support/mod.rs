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

pub fn ciclo(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(args)
        .current_dir(dir)
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
