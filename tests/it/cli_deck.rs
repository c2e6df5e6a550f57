//! `ciclo slides -o deck.pdf`: a PDF deck read back with poppler (pdfinfo, pdftotext,
//! pdffonts, pdftoppm), as a user's PDF reader would read it.

use crate::cli_support;
use cli_support::{ciclo, cycle_with_photos, have_tool, run_tool};

fn pdf_deck(dir: &std::path::Path) -> std::path::PathBuf {
    cycle_with_photos(dir);
    let out = ciclo(dir, &["slides", "cena.ron", "-o", "deck.pdf"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "deck.pdf: 4 slides\n");
    // The missing photo is named once, and the deck is still written.
    assert!(
        stderr.contains("fotos/perdida.jpg: photo not found"),
        "{stderr}"
    );
    dir.join("deck.pdf")
}

#[test]
fn a_pdf_deck_has_a_page_per_slide_real_text_and_the_embedded_font() {
    if !have_tool("pdfinfo", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = pdf_deck(dir.path());
    let pdf = pdf.to_str().unwrap();
    let info = run_tool("pdfinfo", &[pdf]);
    assert!(info.contains("Pages:           4\n"), "{info}");
    assert!(
        info.contains("Title:           Una cena en Casa Olivo"),
        "{info}"
    );
    assert!(info.contains("Author:          Casa Olivo"), "{info}");
    // Every moment's name is text on its own page (searchable, selectable).
    for (page, name) in [
        (2, "Llega a la sala"),
        (3, "Pide la cuenta"),
        (4, "Se despide"),
    ] {
        let p = page.to_string();
        let text = run_tool("pdftotext", &["-f", &p, "-l", &p, pdf, "-"]);
        assert!(text.contains(name), "page {page} lacks {name}:\n{text}");
    }
    let text = run_tool("pdftotext", &["-f", "3", "-l", "3", pdf, "-"]);
    assert!(text.contains("Datáfono portátil"), "{text}");
    // The missing photo's placeholder says so, with its path, on the moment's page.
    let text = run_tool("pdftotext", &["-f", "2", "-l", "2", pdf, "-"]);
    assert!(text.contains("no se encuentra la foto"), "{text}");
    assert!(text.contains("fotos/perdida.jpg"), "{text}");
    assert!(text.contains("La sala a las 10"), "{text}");
    let fonts = run_tool("pdffonts", &[pdf]);
    let ubuntu = fonts
        .lines()
        .find(|l| l.contains("Ubuntu-Light"))
        .unwrap_or_else(|| panic!("no Ubuntu-Light in:\n{fonts}"));
    // emb, sub and uni: embedded, a subset, with a Unicode map for copying the text.
    assert!(ubuntu.contains("yes yes yes"), "{ubuntu}");
    assert!(ubuntu.contains('+'), "not a subset: {ubuntu}");
    // The photos are embedded as JPEG.
    let images = run_tool("pdfimages", &["-list", pdf]);
    let jpegs = images.lines().filter(|l| l.contains(" jpeg ")).count();
    assert_eq!(jpegs, 2, "{images}");
}

#[test]
fn the_pdf_outline_has_one_entry_per_slide() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = std::fs::read(pdf_deck(dir.path())).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/Outlines"), "no outline");
    assert!(
        text.contains("/Count 4"),
        "the outline does not count 4 entries"
    );
}

/// Mean absolute difference per channel between two RGB pictures of the same size.
fn mean_difference(a: &image::RgbImage, b: &image::RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let sum: u64 = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    sum as f64 / a.as_raw().len() as f64
}

#[test]
fn a_pdf_page_looks_like_the_png_slide_of_the_same_moment() {
    if !have_tool("pdftoppm", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = pdf_deck(dir.path());
    let out = ciclo(
        dir.path(),
        &[
            "slides", "cena.ron", "-o", "pngs", "--width", "960", "--height", "540",
        ],
    );
    assert!(out.status.success());
    let pdf = pdf.to_str().unwrap();
    let page = |n: &str| {
        let prefix = dir.path().join(format!("page{n}"));
        let prefix = prefix.to_str().unwrap();
        run_tool(
            "pdftoppm",
            &[
                "-f",
                n,
                "-l",
                n,
                "-png",
                "-scale-to-x",
                "960",
                "-scale-to-y",
                "540",
                "-singlefile",
                pdf,
                prefix,
            ],
        );
        image::open(format!("{prefix}.png")).unwrap().into_rgb8()
    };
    let png = |name: &str| {
        image::open(dir.path().join("pngs").join(name))
            .unwrap()
            .into_rgb8()
    };
    let (page2, page3) = (page("2"), page("3"));
    let (slide2, slide3) = (png("02-momento-01.png"), png("03-momento-02.png"));
    // The same slide through two painters: only anti-aliasing and JPEG noise differ.
    let same = mean_difference(&page2, &slide2);
    assert!(
        same < 2.5,
        "page 2 differs from slide 2 by {same:.2} per channel"
    );
    assert!(mean_difference(&page3, &slide3) < 2.5);
    // A different slide differs far more, so the comparison can tell them apart.
    let other = mean_difference(&page2, &slide3);
    assert!(
        other > 2.0 * same.max(1.0),
        "page 2 vs slide 3: {other:.2}, same: {same:.2}"
    );
}

#[test]
fn the_extension_picks_the_deck_and_a_folder_still_gets_pngs() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    for (output, magic) in [
        ("DECK.PDF", &b"%PDF-"[..]),
        ("deck.pptx", &b"PK\x03\x04"[..]),
    ] {
        let out = ciclo(dir.path(), &["slides", "cena.ron", "-o", output]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let bytes = std::fs::read(dir.path().join(output)).unwrap();
        assert!(bytes.starts_with(magic), "{output} is not the asked format");
    }
    let out = ciclo(dir.path(), &["slides", "cena.ron", "-o", "diapositivas"]);
    assert!(out.status.success());
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("diapositivas"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "01-ciclo.png",
            "02-momento-01.png",
            "03-momento-02.png",
            "04-momento-03.png"
        ]
    );
}

#[test]
fn a_deck_never_replaces_the_cycle_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    std::fs::copy(dir.path().join("cena.ron"), dir.path().join("cena.pdf")).unwrap();
    let before = std::fs::read(dir.path().join("cena.pdf")).unwrap();
    let out = ciclo(dir.path(), &["slides", "cena.pdf", "-o", "cena.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(dir.path().join("cena.pdf")).unwrap(), before);
}

/// The slides of a deck written into `folder` with `CICLO_CACHE_DIR` set to `store`.
fn slides_with_store(dir: &std::path::Path, folder: &str, store: &std::path::Path) -> Vec<u8> {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(["slides", "cena.ron", "-o", folder])
        .current_dir(dir)
        .env("CICLO_LANG", "en")
        .env("CICLO_CACHE_DIR", store)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read(dir.join(folder).join("02-momento-01.png")).unwrap()
}

#[test]
fn photo_copies_kept_from_one_deck_serve_the_next_until_the_photo_changes() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    let store = dir.path().join("store");
    let first = slides_with_store(dir.path(), "a", &store);
    // The 1200×900 JPEG and the PNG were decoded for the deck: both copies are kept.
    assert_eq!(std::fs::read_dir(&store).unwrap().count(), 2);
    assert_eq!(slides_with_store(dir.path(), "b", &store), first);
    // The group retakes the photo of the room: the next deck shows the new one.
    image::RgbImage::from_pixel(1200, 900, image::Rgb([250, 10, 10]))
        .save(dir.path().join("fotos/sala.jpg"))
        .unwrap();
    assert_ne!(slides_with_store(dir.path(), "c", &store), first);
    // An empty CICLO_CACHE_DIR keeps nothing.
    let off = dir.path().join("off");
    std::fs::create_dir(&off).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ciclo"))
        .args(["slides", "cena.ron", "-o", "d.pdf"])
        .current_dir(dir.path())
        .env("CICLO_CACHE_DIR", "")
        .env("HOME", &off)
        .env("XDG_CACHE_HOME", &off)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(std::fs::read_dir(&off).unwrap().count(), 0);
}

#[test]
fn slides_draw_the_satisfaction_curve_when_asked_as_export_does() {
    let dir = tempfile::tempdir().unwrap();
    let examples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    std::fs::copy(
        examples.join("phone-support.en.ron"),
        dir.path().join("phone.ron"),
    )
    .unwrap();
    let size = ["--width", "640", "--height", "360"];
    let slides = |folder: &str, more: &[&str]| {
        let args = [&["slides", "phone.ron", "-o", folder][..], &size, more].concat();
        let out = ciclo(dir.path(), &args);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        image::open(dir.path().join(folder).join("01-cycle.png"))
            .unwrap()
            .to_rgba8()
    };
    let plain = slides("plain", &[]);
    let curved = slides("curved", &["--satisfaction-curve"]);
    assert!(plain != curved, "the curve is drawn on the slides");
    let args = [
        &["export", "phone.ron", "-o", "p.png", "--satisfaction-curve"][..],
        &size,
    ]
    .concat();
    assert!(ciclo(dir.path(), &args).status.success());
    let picture = image::open(dir.path().join("p.png")).unwrap().to_rgba8();
    assert!(
        picture == curved,
        "the cycle's slide is the exported picture"
    );
}
