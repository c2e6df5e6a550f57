//! An SVG that survives another computer (issue 12): opened where Ciclo's font is
//! missing, its text is drawn in a wider or narrower font. Every text is anchored on the
//! side next to its node, so a wider font grows away from the node; `--text-as-paths`
//! turns the text into outlines that every renderer draws like Ciclo's own PNG.
//!
//! The tests that need DejaVu Sans (`fonts-dejavu-core`) or `rsvg-convert`
//! (`librsvg2-bin`) fail when those are missing and `CI` is set; elsewhere they print a
//! note and pass.

use std::path::{Path, PathBuf};
use std::process::Command;

use ciclo::export::{Background, ExportOptions, rgba, svg};
use ciclo::model::Document;
use ciclo::text::{LINE_HEIGHT, baseline, shaped_width, width};
use resvg::usvg;

/// How much wider than the bundled font the geometry test draws every text.
const WIDER: f32 = 1.2;

/// The sizes the geometry test exports: the default and the small slide size.
const SIZES: [(u32, u32); 2] = [(1920, 1080), (1280, 720)];

/// Every example cycle, in every language, by file name.
fn examples() -> Vec<(String, Document)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    files.sort();
    assert_eq!(
        files.len(),
        8 * ciclo::lang::Lang::ALL.len(),
        "eight templates in every language"
    );
    files
        .iter()
        .map(|p| {
            let doc = ciclo::file::load_file(p).unwrap_or_else(|e| panic!("{e}"));
            (p.file_name().unwrap().to_string_lossy().into_owned(), doc)
        })
        .collect()
}

fn opts(width: u32, height: u32) -> ExportOptions {
    ExportOptions {
        width,
        height,
        ..ExportOptions::default()
    }
}

/// One `<text>` of the SVG, as written.
#[derive(Debug)]
struct SvgText {
    /// The class of its group, e.g. `label label-3`.
    group: String,
    x: f32,
    y: f32,
    size: f32,
    anchor: String,
    text: String,
}

/// A node's circle, with half its outline.
#[derive(Debug, Clone, Copy)]
struct Node {
    cx: f32,
    cy: f32,
    r: f32,
}

fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    let len = element[start..].find('"')?;
    Some(&element[start..start + len])
}

fn num(element: &str, name: &str) -> f32 {
    attr(element, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no number {name} in {element}"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// The texts and the node circles of an SVG written by Ciclo (one element per line).
fn read_svg(svg: &str) -> (Vec<SvgText>, Vec<Node>) {
    let mut group = String::new();
    let mut texts = Vec::new();
    let mut nodes = Vec::new();
    let mut node_group_seen = false;
    for line in svg.lines() {
        if line.starts_with("<g ") {
            group = attr(line, "class").unwrap_or_default().to_owned();
            node_group_seen = false;
        } else if line.starts_with("<circle ") && group.starts_with("node ") && !node_group_seen {
            let stroke = attr(line, "stroke-width").map_or(0.0, |v| v.parse().unwrap_or(0.0));
            nodes.push(Node {
                cx: num(line, "cx"),
                cy: num(line, "cy"),
                r: num(line, "r") + stroke / 2.0,
            });
            node_group_seen = true;
        } else if line.starts_with("<text ") {
            let open = line.find('>').unwrap();
            let close = line.rfind("</text>").unwrap();
            texts.push(SvgText {
                group: group.clone(),
                x: num(line, "x"),
                y: num(line, "y"),
                size: num(line, "font-size"),
                anchor: attr(line, "text-anchor").unwrap_or("start").to_owned(),
                text: unescape(&line[open + 1..close]),
            });
        }
    }
    (texts, nodes)
}

/// A box: left, top, right, bottom.
type Box4 = [f32; 4];

fn touches(b: Box4, n: Node) -> bool {
    let dx = n.cx - n.cx.clamp(b[0], b[2]);
    let dy = n.cy - n.cy.clamp(b[1], b[3]);
    dx * dx + dy * dy < n.r * n.r
}

/// Every way a label box goes wrong: into a node or out of the `w`×`h` picture.
fn problems(what: &str, b: Box4, nodes: &[Node], w: f32, h: f32) -> Vec<String> {
    let mut out = Vec::new();
    for (k, n) in nodes.iter().enumerate() {
        if touches(b, *n) {
            out.push(format!("{what} runs into node {}", k + 1));
        }
    }
    if b[0] < 0.0 || b[1] < 0.0 || b[2] > w || b[3] > h {
        out.push(format!("{what} leaves the {w}×{h} picture: {b:?}"));
    }
    out
}

/// The box a text takes when another font draws it `scale` times as wide, growing away
/// from its anchor, as every SVG renderer does.
fn grown_box(t: &SvgText, scale: f32) -> Box4 {
    let w = width(&t.text, t.size) * scale;
    let share = match t.anchor.as_str() {
        "start" => 0.0,
        "middle" => 0.5,
        "end" => 1.0,
        other => panic!("unknown text-anchor {other}"),
    };
    let left = t.x - share * w;
    let top = t.y - baseline(t.size);
    [left, top, left + w, top + t.size * LINE_HEIGHT]
}

/// Every label line of every example at these sizes, drawn `WIDER`: what goes wrong.
fn wider_label_problems(sizes: &[(u32, u32)]) -> (usize, Vec<String>) {
    let mut failures = Vec::new();
    let mut labels = 0;
    for (name, doc) in examples() {
        for &(w, h) in sizes {
            let svg = svg(&doc, &opts(w, h)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let (texts, nodes) = read_svg(&svg);
            assert_eq!(
                nodes.len(),
                doc.moments.len(),
                "{name}: one node per moment"
            );
            for t in texts.iter().filter(|t| t.group.starts_with("label ")) {
                labels += 1;
                let what = format!("{name} {w}×{h}: “{}” ({})", t.text, t.group);
                failures.extend(problems(
                    &what,
                    grown_box(t, WIDER),
                    &nodes,
                    w as f32,
                    h as f32,
                ));
            }
        }
    }
    (labels, failures)
}

#[test]
fn labels_drawn_20_percent_wider_keep_clear_of_every_node_in_every_template() {
    let (labels, failures) = wider_label_problems(&SIZES);
    assert!(labels > 24 * 2 * 8, "only {labels} label lines checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Square and tall pictures, where the labels at 3 and 9 o'clock come closest to the
/// edge: the layout keeps room for text a fifth wider than the bundled font.
#[test]
fn square_and_tall_pictures_leave_room_for_a_20_percent_wider_font() {
    let (labels, failures) = wider_label_problems(&[(1080, 1080), (1080, 1350), (900, 1600)]);
    assert!(labels > 24 * 8, "only {labels} label lines checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn left_labels_end_at_their_node_right_labels_start_there_titles_are_centred() {
    for (name, doc) in examples() {
        let svg = svg(&doc, &opts(1920, 1080)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (texts, nodes) = read_svg(&svg);
        let (mut ends, mut starts) = (0, 0);
        for t in &texts {
            if let Some(k) = t.group.strip_prefix("label label-") {
                let node = nodes[k.parse::<usize>().unwrap() - 1];
                match t.anchor.as_str() {
                    "end" => {
                        ends += 1;
                        assert!(t.x < node.cx, "{name}: “{}” ends right of its node", t.text);
                    }
                    "start" => {
                        starts += 1;
                        assert!(
                            t.x > node.cx,
                            "{name}: “{}” starts left of its node",
                            t.text
                        );
                    }
                    _ => {}
                }
            }
        }
        assert!(
            ends > 0 && starts > 0,
            "{name}: {ends} left, {starts} right"
        );
        let title = texts
            .iter()
            .find(|t| t.text == doc.title)
            .unwrap_or_else(|| panic!("{name}: no title"));
        assert_eq!(title.anchor, "middle", "{name}: title");
        // Centred: off the middle by no more than the bundled font's kerning (the layout
        // centres the unkerned line, resvg draws it kerned).
        let kerning = width(&title.text, title.size) - shaped_width(&title.text, title.size);
        let off = (title.x - 960.0).abs();
        assert!(
            off <= kerning.abs() / 2.0 + 0.01,
            "{name}: title {off} px off"
        );
    }
}

#[test]
fn the_svg_keeps_each_moments_node_and_label_in_a_named_group_and_lists_fallback_fonts() {
    let (_, doc) = examples().swap_remove(0);
    for text_as_paths in [false, true] {
        let o = ExportOptions {
            text_as_paths,
            ..opts(1280, 720)
        };
        let svg = svg(&doc, &o).unwrap_or_else(|e| panic!("{e}"));
        for k in 1..=doc.moments.len() {
            assert_eq!(
                svg.matches(&format!("id=\"node-{k}\"")).count(),
                1,
                "node {k}"
            );
            assert_eq!(
                svg.matches(&format!("id=\"label-{k}\"")).count(),
                1,
                "label {k}"
            );
        }
        if !text_as_paths {
            assert!(svg.contains("class=\"label label-1\""));
            let family = attr(svg.lines().next().unwrap(), "font-family").unwrap();
            let fonts: Vec<&str> = family.split(',').map(|f| f.trim()).collect();
            assert_eq!(fonts.first(), Some(&"Ubuntu"));
            assert_eq!(fonts.last(), Some(&"sans-serif"));
            for common in ["'Segoe UI'", "'Helvetica Neue'", "Arial", "'DejaVu Sans'"] {
                assert!(fonts.contains(&common), "{common} missing from {family}");
            }
        }
    }
}

/// Says why a system tool is missing: a failure on CI, a note elsewhere.
fn missing(what: &str, package: &str) {
    let note = format!("{what} is missing: install the Debian package {package}");
    if std::env::var_os("CI").is_some() {
        panic!("{note} (.ci/run does)");
    }
    eprintln!("note: skipped, {note}");
}

const DEJAVU: &str = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// usvg's options with DejaVu Sans in place of Ciclo's font.
fn dejavu_options() -> Option<usvg::Options<'static>> {
    let data = std::fs::read(DEJAVU).ok()?;
    let mut db = usvg::fontdb::Database::new();
    db.load_font_data(data);
    db.set_sans_serif_family("DejaVu Sans");
    Some(usvg::Options {
        fontdb: std::sync::Arc::new(db),
        font_family: "DejaVu Sans".to_owned(),
        ..usvg::Options::default()
    })
}

/// The drawn box of every text inside the groups whose id starts with `prefix`.
fn text_boxes(group: &usvg::Group, prefix: &str, inside: bool, out: &mut Vec<(String, Box4)>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(g) => {
                let inside = inside || g.id().starts_with(prefix);
                text_boxes(g, prefix, inside, out);
            }
            usvg::Node::Text(t) if inside => {
                let b = t.abs_bounding_box();
                let text: String = t.chunks().iter().map(|c| c.text()).collect();
                out.push((text, [b.left(), b.top(), b.right(), b.bottom()]));
            }
            _ => {}
        }
    }
}

#[test]
fn drawn_with_dejavu_sans_no_label_runs_into_a_node_or_off_the_picture() {
    let Some(options) = dejavu_options() else {
        return missing(DEJAVU, "fonts-dejavu-core");
    };
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut wider = 0;
    for (name, doc) in examples() {
        let (w, h) = (1920, 1080);
        let svg = svg(&doc, &opts(w, h)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let (texts, nodes) = read_svg(&svg);
        let tree = usvg::Tree::from_str(&svg, &options).unwrap_or_else(|e| panic!("{e}"));
        let mut boxes = Vec::new();
        text_boxes(tree.root(), "label-", false, &mut boxes);
        let labels: Vec<&SvgText> = texts
            .iter()
            .filter(|t| t.group.starts_with("label "))
            .collect();
        assert_eq!(
            boxes.len(),
            labels.len(),
            "{name}: every label line is drawn"
        );
        for ((text, b), t) in boxes.iter().zip(&labels) {
            assert_eq!(text, &t.text, "{name}");
            checked += 1;
            if b[2] - b[0] > width(text, t.size) * 1.05 {
                wider += 1;
            }
            // The anchored edge stays where Ciclo's font put it.
            let held = match t.anchor.as_str() {
                "start" => b[0],
                "end" => b[2],
                _ => (b[0] + b[2]) / 2.0,
            };
            assert!((held - t.x).abs() < 0.5, "{name}: “{text}” moved to {held}");
            let what = format!("{name}: “{text}” in DejaVu Sans");
            failures.extend(problems(&what, *b, &nodes, w as f32, h as f32));
        }
    }
    assert!(checked > 24 * 8, "only {checked} label lines checked");
    // DejaVu Sans really is wider: otherwise this test would prove nothing.
    assert!(
        wider * 2 > checked,
        "only {wider} of {checked} lines drawn wider"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The share of pixels whose channels differ by more than `tolerance`.
fn different_share(a: &image::RgbaImage, b: &image::RgbaImage, tolerance: u8) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let n = a
        .pixels()
        .zip(b.pixels())
        .filter(|(p, q)| p.0.iter().zip(q.0).any(|(x, y)| x.abs_diff(y) > tolerance))
        .count();
    n as f64 / f64::from(a.width() * a.height())
}

fn rsvg_convert(svg: &Path, png: &Path, w: u32, h: u32) -> Option<image::RgbaImage> {
    let status = Command::new("rsvg-convert")
        .args(["-w", &w.to_string(), "-h", &h.to_string(), "-o"])
        .arg(png)
        .arg(svg)
        .status()
        .ok()?;
    assert!(status.success(), "rsvg-convert failed on {}", svg.display());
    Some(image::open(png).unwrap().to_rgba8())
}

#[test]
fn text_as_paths_has_no_text_and_librsvg_draws_it_like_ciclos_png() {
    let dir = tempfile::tempdir().unwrap();
    let (w, h) = (1280, 720);
    let mut checked = 0;
    for (name, doc) in examples()
        .into_iter()
        .filter(|(n, _)| n.starts_with("bank-branch") || n.starts_with("hotel.ru"))
    {
        let o = ExportOptions {
            text_as_paths: true,
            background: Background::White,
            ..opts(w, h)
        };
        let outlined = svg(&doc, &o).unwrap_or_else(|e| panic!("{e}"));
        assert!(!outlined.contains("<text"), "{name}: text left as <text>");
        let root = outlined.lines().next().unwrap();
        assert_eq!(attr(root, "viewBox"), Some("0 0 1280 720"), "{root}");
        assert!(outlined.contains("<path"), "{name}");
        let path = dir.path().join(format!("{name}.svg"));
        std::fs::write(&path, &outlined).unwrap();
        let Some(drawn) = rsvg_convert(&path, &dir.path().join(format!("{name}.png")), w, h) else {
            return missing("rsvg-convert", "librsvg2-bin");
        };
        let own = rgba(&doc, &opts(w, h)).unwrap();
        let share = different_share(&own, &drawn, 48);
        println!("{name}: {:.3}% of pixels differ", share * 100.0);
        assert!(
            share < 0.01,
            "{name}: {:.2}% of pixels differ",
            share * 100.0
        );
        checked += 1;
    }
    // bank-branch in every language, and the Russian hotel.
    assert_eq!(checked, ciclo::lang::Lang::ALL.len() + 1);
}

#[test]
fn the_command_line_writes_text_as_paths() {
    let dir = tempfile::tempdir().unwrap();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/restaurant.es.ron");
    let run = |out: &str, extra: &[&str]| {
        let status = Command::new(env!("CARGO_BIN_EXE_ciclo"))
            .arg("export")
            .arg(&src)
            .args(["-o", out])
            .args(extra)
            .current_dir(dir.path())
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read_to_string(dir.path().join(out)).unwrap()
    };
    let editable = run("editable.svg", &[]);
    let outlined = run("outlined.svg", &["--text-as-paths"]);
    assert!(editable.contains("<text") && editable.contains("recomiendan"));
    assert!(!outlined.contains("<text") && !outlined.contains("recomiendan"));
    assert!(outlined.contains("id=\"label-1\""));
}
