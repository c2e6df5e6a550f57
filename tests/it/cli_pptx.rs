//! `ciclo slides -o deck.pptx`: the PowerPoint deck unzipped and read part by part, and
//! opened by LibreOffice Impress as a user would open it.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;

use crate::cli_support;
use cli_support::{ciclo, cycle_with_photos, have_tool, run_tool};

/// Every part of the zip, by name.
fn parts(pptx: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(pptx)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).unwrap();
        out.insert(file.name().unwrap().into_owned(), bytes);
    }
    out
}

/// An element's name and attributes.
type Element = (String, BTreeMap<String, String>);

/// Parses `xml` to its end; panics on anything not well-formed. Returns every element's
/// name with its attributes, in document order, and the text it holds.
fn elements(name: &str, xml: &[u8]) -> (Vec<Element>, String) {
    let mut reader = quick_xml::Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut out = Vec::new();
    let mut text = String::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)) => {
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap_or_else(|err| panic!("{name}: bad attribute: {err}"));
                        let value = a
                            .normalized_value(quick_xml::XmlVersion::Explicit1_0)
                            .unwrap()
                            .into_owned();
                        (String::from_utf8_lossy(a.key.as_ref()).into_owned(), value)
                    })
                    .collect();
                out.push((
                    String::from_utf8_lossy(e.name().as_ref()).into_owned(),
                    attrs,
                ));
            }
            Ok(quick_xml::events::Event::Text(t)) => {
                text.push_str(&t.decode().unwrap());
                text.push('\n');
            }
            Ok(quick_xml::events::Event::GeneralRef(r)) => {
                let r = r.decode().unwrap();
                text.push_str(match r.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    other => panic!("{name}: unknown entity {other}"),
                });
            }
            Ok(_) => {}
            Err(e) => panic!("{name} is not well-formed XML: {e}"),
        }
        buf.clear();
    }
    (out, text)
}

/// The folder a part's relationships start from: `ppt/slides/` for
/// `ppt/slides/_rels/slide1.xml.rels`.
fn base_of(rels: &str) -> String {
    let folder = rels.split("_rels/").next().unwrap_or("");
    folder.to_owned()
}

/// Resolves `target` (with `..`) against `base`.
fn resolve(base: &str, target: &str) -> String {
    let mut path: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for piece in target.split('/') {
        match piece {
            ".." => {
                path.pop();
            }
            p => path.push(p),
        }
    }
    path.join("/")
}

#[test]
fn a_pptx_deck_is_well_formed_with_a_slide_and_notes_per_picture() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    let out = ciclo(dir.path(), &["slides", "cena.ron", "-o", "deck.pptx"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let parts = parts(&std::fs::read(dir.path().join("deck.pptx")).unwrap());
    let mut parsed = BTreeMap::new();
    for (name, bytes) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            parsed.insert(name.clone(), elements(name, bytes));
        }
    }
    // Content types: every override names a part that exists, and every XML part has one.
    let (types, _) = &parsed["[Content_Types].xml"];
    let overridden: BTreeSet<String> = types
        .iter()
        .filter(|(n, _)| n == "Override")
        .map(|(_, a)| a["PartName"].trim_start_matches('/').to_owned())
        .collect();
    for part in &overridden {
        assert!(
            parts.contains_key(part),
            "content type for a missing part {part}"
        );
    }
    for name in parts
        .keys()
        .filter(|n| n.ends_with(".xml") && *n != "[Content_Types].xml")
    {
        assert!(overridden.contains(name), "{name} has no content type");
    }
    // Relationships: every target exists.
    for (name, (elements, _)) in parsed.iter().filter(|(n, _)| n.ends_with(".rels")) {
        for (_, a) in elements.iter().filter(|(n, _)| n == "Relationship") {
            let target = resolve(&base_of(name), &a["Target"]);
            assert!(parts.contains_key(&target), "{name}: {target} is missing");
        }
    }
    let slides: Vec<&String> = parts
        .keys()
        .filter(|n| n.starts_with("ppt/slides/slide"))
        .collect();
    let notes: Vec<&String> = parts
        .keys()
        .filter(|n| n.starts_with("ppt/notesSlides/notesSlide"))
        .collect();
    assert_eq!((slides.len(), notes.len()), (4, 4));
    // Each slide: a real title and the slide's picture at 16:9.
    let (_, title) = &parsed["ppt/slides/slide3.xml"];
    assert_eq!(title.trim(), "2. Pide la cuenta");
    let picture = image::load_from_memory(&parts["ppt/media/slide3.png"]).unwrap();
    assert_eq!((picture.width(), picture.height()), (1920, 1080));
    let (presentation, _) = &parsed["ppt/presentation.xml"];
    let size = &presentation.iter().find(|(n, _)| n == "p:sldSz").unwrap().1;
    assert_eq!(
        (size["cx"].as_str(), size["cy"].as_str()),
        ("12192000", "6858000")
    );
    assert_eq!(
        presentation.iter().filter(|(n, _)| n == "p:sldId").count(),
        4
    );
    // Speaker notes carry the moment's details, photos included.
    let (_, notes2) = &parsed["ppt/notesSlides/notesSlide2.xml"];
    for expected in [
        "Llega a la sala",
        "Mesa en 10 minutos",
        "La sala a las 10 (fotos/sala.jpg)",
    ] {
        assert!(
            notes2.contains(expected),
            "notes lack {expected}:\n{notes2}"
        );
    }
    let (_, notes3) = &parsed["ppt/notesSlides/notesSlide3.xml"];
    assert!(notes3.contains("Datáfono portátil"), "{notes3}");
    let (_, core) = &parsed["docProps/core.xml"];
    assert!(core.contains("Una cena en Casa Olivo") && core.contains("Casa Olivo"));
    // The text is marked as the document's language, so that spelling and screen readers
    // treat it as Spanish.
    for (name, (elements, _)) in &parsed {
        for (_, a) in elements
            .iter()
            .filter(|(n, _)| n == "a:rPr" || n == "a:endParaRPr")
        {
            assert_eq!(a["lang"], "es-ES", "{name}");
        }
    }
    photos_are_pictures_of_their_own(&parts, &parsed);
}

/// Moment 1's photos lie on its slide as JPEG pictures with their captions; the missing
/// one is the placeholder in the slide's picture.
fn photos_are_pictures_of_their_own(
    parts: &BTreeMap<String, Vec<u8>>,
    parsed: &BTreeMap<String, (Vec<Element>, String)>,
) {
    let (rels, _) = &parsed["ppt/slides/_rels/slide2.xml.rels"];
    let target = |id: &str| {
        let rel = rels
            .iter()
            .find(|(_, a)| a.get("Id").map(String::as_str) == Some(id));
        resolve(
            "ppt/slides/",
            &rel.unwrap_or_else(|| panic!("no {id}")).1["Target"],
        )
    };
    let (slide, _) = &parsed["ppt/slides/slide2.xml"];
    let descrs: Vec<&str> = slide
        .iter()
        .filter(|(n, _)| n == "p:cNvPr")
        .filter_map(|(_, a)| a.get("descr").map(String::as_str))
        .collect();
    assert_eq!(
        descrs,
        ["1. Llega a la sala", "La sala a las 10", "fotos/puerta.png"]
    );
    let blips: Vec<String> = slide
        .iter()
        .filter(|(n, _)| n == "a:blip")
        .map(|(_, a)| target(&a["r:embed"]))
        .collect();
    assert_eq!(blips[0], "ppt/media/slide2.png");
    // Each as a JPEG at the size the deck needs: the 1200×900 one at 800 pixels, the
    // 600×800 PNG as it is.
    for (blip, size) in [(&blips[1], (800, 600)), (&blips[2], (600, 800))] {
        let bytes = &parts[blip];
        assert_eq!(
            image::guess_format(bytes).unwrap(),
            image::ImageFormat::Jpeg
        );
        let photo = image::load_from_memory(bytes).unwrap();
        assert_eq!((photo.width(), photo.height()), size, "{blip}");
    }
}

#[test]
fn a_pptx_decks_text_is_marked_with_the_documents_language() {
    for (tag, locale) in [
        ("en", "en-US"),
        ("es", "es-ES"),
        ("ru", "ru-RU"),
        ("pt", "pt-BR"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let doc = format!(r#"(format: 2, language: "{tag}", moments: [(name: "M1")])"#);
        std::fs::write(dir.path().join("c.ron"), doc).unwrap();
        let out = ciclo(dir.path(), &["slides", "c.ron", "-o", "c.pptx"]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let parts = parts(&std::fs::read(dir.path().join("c.pptx")).unwrap());
        let mut marked = 0;
        for (name, bytes) in parts.iter().filter(|(n, _)| n.ends_with(".xml")) {
            let (elements, _) = elements(name, bytes);
            for (_, a) in elements
                .iter()
                .filter(|(n, _)| n == "a:rPr" || n == "a:endParaRPr")
            {
                assert_eq!(a["lang"], locale, "{tag}: {name}");
                marked += 1;
            }
        }
        // Two titles, two notes, and the masters' empty paragraphs.
        assert!(marked >= 4, "{tag}: {marked}");
    }
}

#[test]
fn libreoffice_opens_the_pptx_deck_with_every_slide() {
    if !have_tool("soffice", "libreoffice-impress") || !have_tool("pdfinfo", "poppler-utils") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    let out = ciclo(dir.path(), &["slides", "cena.ron", "-o", "deck.pptx"]);
    assert!(out.status.success());
    let deck = dir.path().join("deck.pptx");
    let converted = dir.path().join("converted");
    // A profile of its own, so that a LibreOffice already running elsewhere is not asked.
    let profile = format!(
        "-env:UserInstallation=file://{}/profile",
        dir.path().display()
    );
    run_tool(
        "soffice",
        &[
            &profile,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            converted.to_str().unwrap(),
            deck.to_str().unwrap(),
        ],
    );
    let pdf = converted.join("deck.pdf");
    let info = run_tool("pdfinfo", &[pdf.to_str().unwrap()]);
    assert!(info.contains("Pages:           4\n"), "{info}");
    // The hidden titles are real text that LibreOffice keeps.
    let text = run_tool("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(text.contains("3. Se despide"), "{text}");
    // The photos laid over moment 1's slide show: the green door fills part of the page.
    let page = dir.path().join("page");
    run_tool(
        "pdftoppm",
        &["-f", "2", "-l", "2", "-r", "40", "-png", "-singlefile"]
            .into_iter()
            .chain([pdf.to_str().unwrap(), page.to_str().unwrap()])
            .collect::<Vec<_>>(),
    );
    let png = image::open(dir.path().join("page.png")).unwrap().to_rgb8();
    let green = png
        .pixels()
        .filter(|p| {
            // The door's green (20, 140, 60), not the palette's (46, 125, 50).
            let [r, g, b] = p.0;
            r.abs_diff(20) <= 15 && g.abs_diff(140) <= 15 && b.abs_diff(60) <= 15
        })
        .count();
    let share = green as f64 / f64::from(png.width() * png.height());
    assert!(
        share > 0.005,
        "the door photo covers {:.2}% of the page",
        share * 100.0
    );
}
