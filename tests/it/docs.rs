//! The documentation's examples work: a user who copies them gets what the text promises.

#[test]
fn the_format_example_loads_with_every_field() {
    let text = include_str!("../../docs/FORMAT.md");
    let start = text
        .find("```ron\n")
        .map(|i| i + 7)
        .unwrap_or_else(|| panic!("no ron block"));
    let end = text[start..]
        .find("```")
        .map(|i| start + i)
        .unwrap_or_else(|| panic!("unclosed block"));
    let doc = ciclo::file::parse(&text[start..end])
        .unwrap_or_else(|e| panic!("docs/FORMAT.md example: {e}"));
    assert_eq!(doc.language, "es");
    assert_eq!(doc.moments.len(), 2);
    assert_eq!(doc.moments[0].angle, Some(0.0));
    assert!(doc.moments[1].critical);
    assert_eq!(doc.moments[1].causes.len(), 2);
    assert!(!doc.evaluation.is_empty() && !doc.secondary_services.is_empty());
}

#[test]
fn the_readme_starts_with_the_two_commands() {
    let readme = include_str!("../../README.md");
    let head: String = readme.lines().take(12).collect::<Vec<_>>().join("\n");
    assert!(head.contains("cargo run --release"), "{head}");
    assert!(head.contains("cargo test"), "{head}");
    let ci = include_str!("../../.ci/run");
    assert!(
        ci.contains("cargo test"),
        ".ci/run must run the README's test command"
    );
}

#[test]
fn the_format_photos_example_added_to_the_main_example_loads() {
    let text = include_str!("../../docs/FORMAT.md");
    let blocks: Vec<&str> = text
        .split("```ron\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    assert!(blocks.len() >= 2, "the photos example is missing");
    let owner = "            owner: \"Jefe de salón\",\n";
    assert!(blocks[0].contains(owner));
    let with_photos = blocks[0]
        .replace(owner, &format!("{owner}{}", blocks[1]))
        .replacen("format: 1,", "format: 2,", 1);
    let doc = ciclo::file::parse(&with_photos)
        .unwrap_or_else(|e| panic!("docs/FORMAT.md photos example: {e}"));
    let photos = &doc.moments[1].photos;
    assert_eq!(photos.len(), 2);
    assert_eq!(photos[0].path, "fotos/caja.jpg");
    assert!(photos[1].caption.is_empty());
}

#[test]
fn the_readme_names_the_shortcuts_the_window_has() {
    use ciclo::app::Command;
    use egui::{Key, KeyboardShortcut, Modifiers};
    let readme = include_str!("../../README.md");
    let ctrl_shift = Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    };
    for (written, command, shortcut) in [
        (
            "Ctrl+Shift+P",
            Command::Palette,
            KeyboardShortcut::new(ctrl_shift, Key::P),
        ),
        (
            "F1",
            Command::Shortcuts,
            KeyboardShortcut::new(Modifiers::NONE, Key::F1),
        ),
        (
            "Insert",
            Command::InsertAfter,
            KeyboardShortcut::new(Modifiers::NONE, Key::Insert),
        ),
        (
            "F2",
            Command::Rename,
            KeyboardShortcut::new(Modifiers::NONE, Key::F2),
        ),
        (
            "Ctrl+M",
            Command::ToggleCritical,
            KeyboardShortcut::new(Modifiers::COMMAND, Key::M),
        ),
        (
            "F5",
            Command::Present,
            KeyboardShortcut::new(Modifiers::NONE, Key::F5),
        ),
        (
            "Ctrl+E",
            Command::Export,
            KeyboardShortcut::new(Modifiers::COMMAND, Key::E),
        ),
    ] {
        assert!(readme.contains(written), "README does not name {written}");
        assert_eq!(command.shortcut(), Some(shortcut), "README: {written}");
    }
}

/// The main example with format 3's lines added where docs/FORMAT.md says.
fn format_3_example() -> String {
    let text = include_str!("../../docs/FORMAT.md");
    let blocks: Vec<&str> = text
        .split("```ron\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    let plan = blocks
        .iter()
        .find(|b| b.contains("target:"))
        .unwrap_or_else(|| panic!("the format 3 example is missing"));
    let (cover, moment): (Vec<&str>, Vec<&str>) =
        plan.lines().partition(|l| !l.starts_with("            "));
    let organization = "    organization: \"Casa Olivo\",\n";
    let owner = "            owner: \"Jefe de salón\",\n";
    assert!(blocks[0].contains(organization) && blocks[0].contains(owner));
    let lines = |l: Vec<&str>| l.iter().map(|l| format!("{l}\n")).collect::<String>();
    blocks[0]
        .replace(organization, &format!("{organization}{}", lines(cover)))
        .replace(owner, &format!("{owner}{}", lines(moment)))
        .replacen("format: 1,", "format: 3,", 1)
}

#[test]
fn the_format_3_example_loads_and_its_errors_read_as_documented() {
    let with_plan = format_3_example();
    let doc = ciclo::file::parse(&with_plan)
        .unwrap_or_else(|e| panic!("docs/FORMAT.md format 3 example: {e}"));
    assert_eq!(doc.authors, ["Ana Ruiz", "Luis Gómez"]);
    assert_eq!(doc.date.as_deref(), Some("2026-12-08"));
    assert_eq!(doc.moments[1].target, Some(4));
    assert_eq!(doc.moments[1].due.as_deref(), Some("2027-02-28"));
    assert_eq!(doc.format, 3);
    let text = include_str!("../../docs/FORMAT.md");
    for (from, to) in [("target: 4,", "target: 9,"), ("2027-02-28", "2027-13-45")] {
        let err = ciclo::file::parse(&with_plan.replace(from, to)).unwrap_err();
        let line = format!("error: cena.ron:{}", err.message(ciclo::lang::Lang::En));
        assert!(text.contains(&line), "docs/FORMAT.md should show: {line}");
    }
}
