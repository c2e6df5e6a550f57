//! The application icon and the desktop entry in `assets/`: they must stay in step with
//! each other and with the program they describe.

use std::collections::HashMap;
use std::path::Path;

fn asset(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join(name)
}

/// The `[Desktop Entry]` group as key → value.
fn desktop_entry() -> HashMap<String, String> {
    let text = std::fs::read_to_string(asset("ciclo.desktop")).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("[Desktop Entry]"),
        "the group comes first"
    );
    lines
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("not key=value: {l}"));
            (k.to_owned(), v.to_owned())
        })
        .collect()
}

#[test]
fn the_png_icon_is_the_svg_icon_rendered() {
    let png = image::open(asset("ciclo.png")).unwrap().to_rgba8();
    assert_eq!(png.dimensions(), (256, 256));
    // The window decodes the same bytes it embeds.
    assert_eq!(
        image::load_from_memory(ciclo::app::ICON_PNG)
            .unwrap()
            .to_rgba8(),
        png
    );

    let svg = std::fs::read(asset("ciclo.svg")).unwrap();
    let tree = resvg::usvg::Tree::from_data(&svg, &resvg::usvg::Options::default()).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(256, 256).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let differ = pixmap
        .pixels()
        .iter()
        .zip(png.pixels())
        .filter(|(a, b)| {
            let a = a.demultiply();
            let d = |x: u8, y: u8| x.abs_diff(y) > 40;
            d(a.red(), b[0]) || d(a.green(), b[1]) || d(a.blue(), b[2]) || d(a.alpha(), b[3])
        })
        .count();
    assert!(
        differ < 256 * 256 / 100,
        "{differ} pixels of the PNG differ from the SVG: render it again with \
         `rsvg-convert -w 256 -h 256 assets/ciclo.svg -o assets/ciclo.png`"
    );
}

#[test]
fn the_desktop_entry_starts_this_program_with_this_icon() {
    let entry = desktop_entry();
    let get = |k: &str| entry.get(k).map(String::as_str);
    assert_eq!(get("Type"), Some("Application"));
    assert_eq!(get("Name"), Some("Ciclo"));
    let exec = get("Exec").unwrap();
    let program = exec.split_whitespace().next().unwrap();
    let built = Path::new(env!("CARGO_BIN_EXE_ciclo"));
    assert_eq!(Some(program), built.file_stem().and_then(|s| s.to_str()));
    assert!(
        exec.ends_with(" %f"),
        "a file manager passes the file to open"
    );
    let icon = get("Icon").unwrap();
    assert!(asset(&format!("{icon}.svg")).exists() && asset(&format!("{icon}.png")).exists());
    // The window's app id (ViewportBuilder::with_app_id), so docks group it right.
    assert_eq!(get("StartupWMClass"), Some("ciclo"));
    assert!(get("Categories").unwrap().ends_with(';'));
    for key in ["GenericName", "Comment", "Keywords"] {
        for lang in ["es", "ru"] {
            let local = get(&format!("{key}[{lang}]")).unwrap();
            assert_ne!(Some(local), get(key), "{key}[{lang}] is translated");
        }
    }
}
