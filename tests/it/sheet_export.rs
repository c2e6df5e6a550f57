//! `ciclo export X.ron -o moments.csv|moments.xlsx`: one row per moment, read back by
//! Python (`csv`, `openpyxl`) and by LibreOffice, with the header in the document's
//! language.

use std::path::Path;
use std::process::Command;

use crate::cli_support::{assert_exit, ciclo, folder_with, have_tool, run_tool};

/// A Spanish cycle whose texts try everything a spreadsheet could misread: commas,
/// quotes, line breaks, accents and texts that look like formulas.
const PLAN: &str = r#"(
    format: 3,
    language: "es",
    title: "Una cena",
    moments: [
        (
            name: "Llega, saluda",
            channel: InPerson,
            expectations: [Warmth, Speed],
            other_expectations: ["Mesa \"tranquila\""],
            satisfaction: 3,
        ),
        (
            name: "=HYPERLINK(\"http://x\",\"clic\")",
            channel: Phone,
            critical: true,
            principles: [Agility],
            causes: [LongWait, Apathy],
            satisfaction: 2,
            improvement: "Línea 1\nlínea 2",
            owner: "+57 300 Jefe",
            target: 4,
            due: "2027-02-28",
        ),
        (name: "@Paga", improvement: "-"),
    ],
)
"#;

/// The rows Python's `csv` reads, as JSON-decoded lists of strings.
fn python_rows(script: &str, file: &Path) -> Vec<Vec<String>> {
    let out = run_tool("python3", &["-c", script, &file.display().to_string()]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

const READ_CSV: &str = r#"
import csv, json, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.startswith(b'\xef\xbb\xbf'), 'no BOM'
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f))))
"#;

const READ_XLSX: &str = r#"
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book.active
rows = [['' if c.value is None else str(c.value) for c in row] for row in sheet.iter_rows()]
assert sheet.freeze_panes == 'C2', sheet.freeze_panes
assert all(c.font.b for c in sheet[1]), 'header not bold'
fills = [row[0].fill.fgColor.rgb for row in sheet.iter_rows(min_row=2)]
widths = [sheet.column_dimensions[c].width for c in 'ABM']
print(json.dumps({'title': sheet.title, 'rows': rows, 'fills': fills, 'widths': widths}))
"#;

/// The rows the CSV must hold (the expected cells, as text).
fn expected() -> Vec<Vec<&'static str>> {
    vec![
        vec![
            "N.º",
            "Momento",
            "Canal",
            "Crítico",
            "Satisfacción",
            "Meta",
            "Votos",
            "Expectativas",
            "Principios",
            "Causas",
            "Mejora",
            "Responsable",
            "Fecha límite",
        ],
        vec![
            "1",
            "Llega, saluda",
            "Presencial",
            "No",
            "3",
            "",
            "",
            "Calidez humana; Rapidez y agilidad; Mesa \"tranquila\"",
            "",
            "",
            "",
            "",
            "",
        ],
        vec![
            "2",
            "'=HYPERLINK(\"http://x\",\"clic\")",
            "Teléfono",
            "Sí",
            "2",
            "4",
            "",
            "",
            "Agilidad",
            "Espera larga; Apatía",
            "Línea 1\nlínea 2",
            "'+57 300 Jefe",
            "2027-02-28",
        ],
        vec![
            "3",
            "'@Paga",
            "Presencial",
            "No",
            "",
            "",
            "",
            "",
            "",
            "",
            "'-",
            "",
            "",
        ],
    ]
}

fn export(dir: &Path, output: &str) {
    let out = ciclo(dir, &["export", "plan.ron", "-o", output]);
    assert_exit(&out, 0);
}

#[test]
fn the_csv_reads_back_in_python_with_a_spanish_header_and_guarded_formulas() {
    let dir = folder_with(&[("plan.ron", PLAN)]);
    export(dir.path(), "moments.csv");
    let rows = python_rows(READ_CSV, &dir.path().join("moments.csv"));
    // The vocabulary's Spanish names come from the catalogue; compare what is fixed here
    // and check the names are Spanish ones.
    let want = expected();
    assert_eq!(rows.len(), want.len(), "{rows:?}");
    assert_eq!(rows[0], want[0]);
    for (got, want) in rows.iter().zip(&want).skip(1) {
        for (col, (g, w)) in got.iter().zip(want).enumerate() {
            if ![2, 7, 8, 9].contains(&col) {
                assert_eq!(g, w, "column {col} of {got:?}");
            }
        }
    }
    let es = ciclo::lang::Lang::Es;
    use ciclo::lang::Term as _;
    use ciclo::model::{Cause, Channel, Expectation};
    assert_eq!(rows[2][2], Channel::Phone.name(es));
    let causes = format!("{}; {}", Cause::LongWait.name(es), Cause::Apathy.name(es));
    assert_eq!(rows[2][9], causes);
    assert!(
        rows[1][7].starts_with(Expectation::Warmth.name(es)),
        "{:?}",
        rows[1]
    );
    assert!(
        rows[1][7].ends_with("; Mesa \"tranquila\""),
        "{:?}",
        rows[1]
    );
}

#[test]
fn an_english_document_gets_an_english_header() {
    let en = PLAN.replace("language: \"es\"", "language: \"en\"");
    let dir = folder_with(&[("plan.ron", &en)]);
    export(dir.path(), "moments.csv");
    let rows = python_rows(READ_CSV, &dir.path().join("moments.csv"));
    assert_eq!(rows[0][..4], ["No.", "Moment", "Channel", "Critical"]);
    assert_eq!(rows[2][3], "Yes");
}

/// What openpyxl read from the workbook.
struct Xlsx {
    title: String,
    rows: Vec<Vec<String>>,
    fills: Vec<String>,
    widths: Vec<f64>,
}

fn xlsx_read(out: &str) -> Xlsx {
    let v: serde_json::Value = serde_json::from_str(out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let strings = |v: &serde_json::Value| -> Vec<String> {
        let list = v.as_array().unwrap();
        list.iter()
            .map(|s| s.as_str().unwrap_or("").to_owned())
            .collect()
    };
    Xlsx {
        title: v["title"].as_str().unwrap().to_owned(),
        rows: v["rows"].as_array().unwrap().iter().map(strings).collect(),
        fills: strings(&v["fills"]),
        widths: v["widths"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_f64().unwrap())
            .collect(),
    }
}

#[test]
fn the_xlsx_reads_back_in_openpyxl_with_its_header_panes_widths_and_marks() {
    if !have_python_module("openpyxl") {
        return;
    }
    let dir = folder_with(&[("plan.ron", PLAN)]);
    export(dir.path(), "moments.xlsx");
    let file = dir.path().join("moments.xlsx");
    let script_out = run_tool("python3", &["-c", READ_XLSX, &file.display().to_string()]);
    let xlsx = xlsx_read(&script_out);
    assert_eq!(xlsx.title, "Momentos");
    let csv = {
        export(dir.path(), "moments.csv");
        python_rows(READ_CSV, &dir.path().join("moments.csv"))
    };
    // The same cells, but typed: no apostrophe guard is needed (a text is never a formula).
    let unguarded: Vec<Vec<String>> = csv
        .iter()
        .map(|r| r.iter().map(|c| unguard(c).to_owned()).collect())
        .collect();
    assert_eq!(xlsx.rows, unguarded);
    // Only the critical moment (the second) is filled.
    assert_eq!(xlsx.fills.len(), 3);
    assert_ne!(xlsx.fills[1], xlsx.fills[0], "{:?}", xlsx.fills);
    assert_eq!(xlsx.fills[0], xlsx.fills[2], "{:?}", xlsx.fills);
    assert!(xlsx.widths[1] > xlsx.widths[0] * 3.0, "{:?}", xlsx.widths);
}

/// A CSV cell without the apostrophe that guards a formula-like text.
fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

fn have_python_module(name: &str) -> bool {
    let found = Command::new("python3")
        .args(["-c", &format!("import {name}")])
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        let note = format!("the Python module {name} is missing: pip install {name}");
        assert!(
            std::env::var_os("CI").is_none(),
            "{note} (.ci/run installs it)"
        );
        eprintln!("note: skipped, {note}");
    }
    found
}

/// `soffice --convert-to csv` of `file` into `out`: the rows it wrote, read by Python.
fn libreoffice_rows(file: &Path, out: &Path, infilter: Option<&str>) -> Vec<Vec<String>> {
    let mut args = vec!["--headless".to_owned()];
    if let Some(f) = infilter {
        args.push(format!("--infilter={f}"));
    }
    let profile = out.join("profile");
    args.push(format!(
        "-env:UserInstallation=file://{}",
        profile.display()
    ));
    // UTF-8 (76), comma (44), quoted with " (34).
    args.extend([
        "--convert-to".to_owned(),
        "csv:Text - txt - csv (StarCalc):44,34,76".to_owned(),
    ]);
    args.extend([
        "--outdir".to_owned(),
        out.display().to_string(),
        file.display().to_string(),
    ]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    run_tool("soffice", &args);
    let stem = file.file_stem().unwrap().to_string_lossy();
    let converted = out.join(format!("{stem}.csv"));
    let script = READ_CSV.replace("assert raw.startswith(b'\\xef\\xbb\\xbf'), 'no BOM'", "");
    python_rows(&script, &converted)
}

#[test]
fn libreoffice_converts_both_to_the_same_rows() {
    if !have_tool("soffice", "libreoffice-calc") || !have_python_module("openpyxl") {
        return;
    }
    let dir = folder_with(&[("plan.ron", PLAN)]);
    export(dir.path(), "moments.csv");
    export(dir.path(), "moments.xlsx");
    let ours = python_rows(READ_CSV, &dir.path().join("moments.csv"));
    let out = tempfile::tempdir().unwrap();
    let from_xlsx = libreoffice_rows(&dir.path().join("moments.xlsx"), out.path(), None);
    let expected: Vec<Vec<String>> = ours
        .iter()
        .map(|r| r.iter().map(|c| unguard(c).to_owned()).collect())
        .collect();
    assert_eq!(from_xlsx, expected, "the XLSX through LibreOffice");
    let out = tempfile::tempdir().unwrap();
    let from_csv = libreoffice_rows(
        &dir.path().join("moments.csv"),
        out.path(),
        Some("CSV:44,34,76"),
    );
    // Calc reads the CSV as text, keeps the guard apostrophe as a character of the cell
    // (so the formula-like texts stay texts), and writes the same rows back.
    assert_eq!(from_csv, ours, "the CSV through LibreOffice");
}
