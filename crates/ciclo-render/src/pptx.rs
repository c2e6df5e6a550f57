//! The PowerPoint deck (.pptx): one slide per picture of [`crate::slides`], each with
//! the rendered slide as its picture, a real title (behind the picture, so that
//! PowerPoint's outline and screen readers find it without it showing twice), and speaker
//! notes with the moment's details. The fixed parts are in [`crate::pptx_parts`].

use std::fmt::Write as _;
use std::io::Write as _;

use crate::export::ExportError;
use crate::photo_set::PhotoSet;
use crate::pptx_parts::{self as parts, DECLARATION, NS, TREE_HEADER, content, rel};
use crate::pptx_photos::{Placed, media_name, picture, split};
use crate::slides::{Deck, slide_title};
use ciclo_doc::lang::Lang;
use ciclo_picture::card::card_lines;

/// A PowerPoint slide is 13.33 inches wide (widescreen), in EMU (914 400 per inch).
pub const SLIDE_WIDTH_EMU: u64 = 12_192_000;

fn esc(text: &str) -> String {
    ciclo_doc::escape::markup(text).into_owned()
}

/// One rendered slide: its picture, and the photos laid over it.
struct Rendered {
    png: Vec<u8>,
    photos: Vec<Placed>,
}

/// The deck as the bytes of a .pptx file.
pub fn deck_pptx(deck: &Deck, photos: &PhotoSet) -> Result<Vec<u8>, ExportError> {
    let slides = render_all(deck, photos)?;
    let media = media_keys(&slides);
    let lang = Lang::from_tag(&deck.doc.language).locale();
    let cx = SLIDE_WIDTH_EMU;
    let cy = cx * u64::from(deck.height) / u64::from(deck.width.max(1));
    let mut zip = Package::new();
    zip.add("[Content_Types].xml", content_types(deck.len()).as_bytes())?;
    zip.add("_rels/.rels", root_rels().as_bytes())?;
    zip.add("docProps/core.xml", core(deck).as_bytes())?;
    zip.add("docProps/app.xml", app(deck.len()).as_bytes())?;
    zip.add(
        "ppt/presentation.xml",
        presentation(deck.len(), cx, cy).as_bytes(),
    )?;
    let mut pres_rels = vec![
        (rel::MASTER, "slideMasters/slideMaster1.xml".to_owned()),
        (
            rel::NOTES_MASTER,
            "notesMasters/notesMaster1.xml".to_owned(),
        ),
        (rel::THEME, "theme/theme1.xml".to_owned()),
        (rel::PRES_PROPS, "presProps.xml".to_owned()),
    ];
    pres_rels.extend((1..=deck.len()).map(|n| (rel::SLIDE, format!("slides/slide{n}.xml"))));
    zip.add(
        "ppt/_rels/presentation.xml.rels",
        rels(&pres_rels).as_bytes(),
    )?;
    zip.add("ppt/presProps.xml", parts::pres_props().as_bytes())?;
    zip.add(
        "ppt/theme/theme1.xml",
        format!("{DECLARATION}{}", parts::THEME).as_bytes(),
    )?;
    zip.add(
        "ppt/theme/theme2.xml",
        format!("{DECLARATION}{}", parts::THEME).as_bytes(),
    )?;
    zip.add(
        "ppt/slideMasters/slideMaster1.xml",
        parts::master(lang).as_bytes(),
    )?;
    let master_rels = [
        (rel::LAYOUT, "../slideLayouts/slideLayout1.xml".to_owned()),
        (rel::THEME, "../theme/theme1.xml".to_owned()),
    ];
    zip.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        rels(&master_rels).as_bytes(),
    )?;
    zip.add(
        "ppt/slideLayouts/slideLayout1.xml",
        parts::layout(lang).as_bytes(),
    )?;
    let layout_rels = [(rel::MASTER, "../slideMasters/slideMaster1.xml".to_owned())];
    zip.add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        rels(&layout_rels).as_bytes(),
    )?;
    zip.add(
        "ppt/notesMasters/notesMaster1.xml",
        parts::notes_master(lang).as_bytes(),
    )?;
    let notes_master_rels = [(rel::THEME, "../theme/theme2.xml".to_owned())];
    zip.add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        rels(&notes_master_rels).as_bytes(),
    )?;
    for (n, key) in media.iter().enumerate() {
        if let Ok(photo) = photos.get(key) {
            zip.store(&format!("ppt/media/{}", media_name(n + 1)), &photo.jpeg)?;
        }
    }
    for (k, rendered) in slides.iter().enumerate() {
        add_slide(&mut zip, deck, k, rendered, &media)?;
    }
    zip.finish()
}

/// The photos laid on the slides, each once, in the order they first appear: photo `n`
/// of this list is the part `ppt/media/photo{n+1}.jpg`.
fn media_keys(slides: &[Rendered]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for placed in slides.iter().flat_map(|s| &s.photos) {
        if !keys.contains(&placed.key) {
            keys.push(placed.key.clone());
        }
    }
    keys
}

/// Slide `k` (its picture and photos), its notes, and their relationships; `media` lists
/// the deck's photo parts.
fn add_slide(
    zip: &mut Package,
    deck: &Deck,
    k: usize,
    rendered: &Rendered,
    media: &[String],
) -> Result<(), ExportError> {
    let n = k + 1;
    let lang = Lang::from_tag(&deck.doc.language).locale();
    let mut slide_rels = vec![
        (rel::LAYOUT, "../slideLayouts/slideLayout1.xml".to_owned()),
        (rel::IMAGE, format!("../media/slide{n}.png")),
        (rel::NOTES, format!("../notesSlides/notesSlide{n}.xml")),
    ];
    // The photos' pictures: shapes 4, 5… with relationships rId4, rId5…
    let emu_per_px = SLIDE_WIDTH_EMU as f64 / f64::from(deck.width.max(1));
    let mut pictures = String::new();
    for (i, placed) in rendered.photos.iter().enumerate() {
        let part = media.iter().position(|m| *m == placed.key).unwrap_or(0) + 1;
        slide_rels.push((rel::IMAGE, format!("../media/{}", media_name(part))));
        let descr = photo_caption(deck, k, &placed.key);
        let rid = format!("rId{}", slide_rels.len());
        picture(&mut pictures, 4 + i, &rid, &descr, placed.rect, emu_per_px);
    }
    let title = slide_title(deck.doc, k);
    zip.add(
        &format!("ppt/slides/slide{n}.xml"),
        slide(&title, deck, lang, &pictures).as_bytes(),
    )?;
    zip.add(
        &format!("ppt/slides/_rels/slide{n}.xml.rels"),
        rels(&slide_rels).as_bytes(),
    )?;
    zip.store(&format!("ppt/media/slide{n}.png"), &rendered.png)?;
    let lines = notes_lines(deck, k);
    zip.add(
        &format!("ppt/notesSlides/notesSlide{n}.xml"),
        notes(&lines, lang).as_bytes(),
    )?;
    let notes_rels = [
        (
            rel::NOTES_MASTER,
            "../notesMasters/notesMaster1.xml".to_owned(),
        ),
        (rel::SLIDE, format!("../slides/slide{n}.xml")),
    ];
    zip.add(
        &format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
        rels(&notes_rels).as_bytes(),
    )?;
    Ok(())
}

/// The alternative text of a photo on slide `k`: its caption, or else its path.
fn photo_caption(deck: &Deck, k: usize, key: &str) -> String {
    k.checked_sub(1)
        .and_then(|i| deck.doc.moments.get(i))
        .and_then(|m| m.photos.iter().find(|p| p.path == key))
        .map(|p| p.caption.trim())
        .filter(|c| !c.is_empty())
        .unwrap_or(key)
        .to_owned()
}

/// Slide `k`: its picture without the photos that can be laid over it, and those photos.
fn render(deck: &Deck, k: usize, photos: &PhotoSet) -> Result<Rendered, ExportError> {
    let (drawn, placed) = split(deck.slide(k), photos);
    let png = crate::export::shapes_png_with(
        &drawn,
        deck.width,
        deck.height,
        crate::export::Background::White,
        photos,
    )?;
    Ok(Rendered {
        png,
        photos: placed,
    })
}

/// Every slide rendered, on two threads (each slide's picture is independent).
fn render_all(deck: &Deck, photos: &PhotoSet) -> Result<Vec<Rendered>, ExportError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 2);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, Result<Rendered, ExportError>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if k >= deck.len() {
                            break out;
                        }
                        out.push((k, render(deck, k, photos)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    if done.len() != deck.len() {
        return Err(ExportError::Render("a slide could not be drawn".to_owned()));
    }
    done.sort_by_key(|(k, _)| *k);
    done.into_iter().map(|(_, slide)| slide).collect()
}

/// The speaker notes of slide `k`: the cycle's properties, or everything about the moment.
fn notes_lines(deck: &Deck, k: usize) -> Vec<String> {
    let doc = deck.doc;
    match k.checked_sub(1) {
        Some(i) => card_lines(doc, i),
        None => [
            &doc.title,
            &doc.organization,
            &doc.description,
            &doc.customer,
            &doc.promise,
        ]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .cloned()
        .collect(),
    }
}

/// A zip file being written in memory.
struct Package(zip::ZipWriter<std::io::Cursor<Vec<u8>>>);

fn zip_error(e: impl std::fmt::Display) -> ExportError {
    ExportError::Render(format!(
        "the PowerPoint file could not be put together: {e}"
    ))
}

impl Package {
    fn new() -> Package {
        Package(zip::ZipWriter::new(std::io::Cursor::new(Vec::new())))
    }

    fn put(
        &mut self,
        name: &str,
        bytes: &[u8],
        method: zip::CompressionMethod,
    ) -> Result<(), ExportError> {
        let options = zip::write::SimpleFileOptions::default().compression_method(method);
        self.0.start_file(name, options).map_err(zip_error)?;
        self.0.write_all(bytes).map_err(zip_error)
    }

    /// A compressed part (XML).
    fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportError> {
        self.put(name, bytes, zip::CompressionMethod::Deflated)
    }

    /// A part stored as it is (PNG, already compressed).
    fn store(&mut self, name: &str, bytes: &[u8]) -> Result<(), ExportError> {
        self.put(name, bytes, zip::CompressionMethod::Stored)
    }

    fn finish(self) -> Result<Vec<u8>, ExportError> {
        Ok(self.0.finish().map_err(zip_error)?.into_inner())
    }
}

fn content_types(slides: usize) -> String {
    let mut out = format!(
        r#"{DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="jpg" ContentType="image/jpeg"/>"#
    );
    let mut part = |name: &str, kind: &str| {
        let _ = write!(
            out,
            r#"<Override PartName="/{name}" ContentType="{kind}"/>"#
        );
    };
    part("ppt/presentation.xml", content::PRESENTATION);
    part("ppt/presProps.xml", content::PRES_PROPS);
    part("ppt/slideMasters/slideMaster1.xml", content::MASTER);
    part("ppt/slideLayouts/slideLayout1.xml", content::LAYOUT);
    part("ppt/notesMasters/notesMaster1.xml", content::NOTES_MASTER);
    part("ppt/theme/theme1.xml", content::THEME);
    part("ppt/theme/theme2.xml", content::THEME);
    part("docProps/core.xml", content::CORE);
    part("docProps/app.xml", content::APP);
    for n in 1..=slides {
        part(&format!("ppt/slides/slide{n}.xml"), content::SLIDE);
        part(
            &format!("ppt/notesSlides/notesSlide{n}.xml"),
            content::NOTES,
        );
    }
    out.push_str("</Types>");
    out
}

/// A relationships part: `rId1`, `rId2`… in the order given.
fn rels(targets: &[(&str, String)]) -> String {
    let mut out = format!(
        r#"{DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    );
    for (i, (kind, target)) in targets.iter().enumerate() {
        let _ = write!(
            out,
            r#"<Relationship Id="rId{}" Type="{kind}" Target="{target}"/>"#,
            i + 1
        );
    }
    out.push_str("</Relationships>");
    out
}

fn root_rels() -> String {
    rels(&[
        (rel::OFFICE_DOCUMENT, "ppt/presentation.xml".to_owned()),
        (rel::CORE, "docProps/core.xml".to_owned()),
        (rel::APP, "docProps/app.xml".to_owned()),
    ])
}

fn core(deck: &Deck) -> String {
    format!(
        r#"{DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{}</dc:title><dc:creator>{}</dc:creator><dc:language>{}</dc:language></cp:coreProperties>"#,
        esc(&slide_title(deck.doc, 0)),
        esc(&deck.doc.organization),
        esc(&deck.doc.language)
    )
}

fn app(slides: usize) -> String {
    format!(
        r#"{DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Ciclo</Application><Slides>{slides}</Slides><Notes>{slides}</Notes></Properties>"#
    )
}

fn presentation(slides: usize, cx: u64, cy: u64) -> String {
    let mut ids = String::new();
    // In presentation.xml.rels, rId1..rId4 are the master, notes master, theme and
    // properties; the slides follow.
    for k in 0..slides {
        let _ = write!(ids, r#"<p:sldId id="{}" r:id="rId{}"/>"#, 256 + k, 5 + k);
    }
    format!(
        r#"{DECLARATION}<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>{ids}</p:sldIdLst><p:sldSz cx="{cx}" cy="{cy}"/><p:notesSz cx="6858000" cy="9144000"/><p:defaultTextStyle><a:lvl1pPr><a:defRPr sz="1800"/></a:lvl1pPr></p:defaultTextStyle></p:presentation>"#
    )
}

/// A slide: its title (first, so that the picture covers it), the picture, full size,
/// and the `pictures` of its photos over it; its words are in `lang`.
fn slide(title: &str, deck: &Deck, lang: &str, pictures: &str) -> String {
    let title = esc(title);
    let cx = SLIDE_WIDTH_EMU;
    let cy = cx * u64::from(deck.height) / u64::from(deck.width.max(1));
    format!(
        r#"{DECLARATION}<p:sld {NS}><p:cSld><p:spTree>{TREE_HEADER}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="{lang}" dirty="0"/><a:t>{title}</a:t></a:r></a:p></p:txBody></p:sp><p:pic><p:nvPicPr><p:cNvPr id="3" name="Slide picture" descr="{title}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>{pictures}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"#,
        cy / 8
    )
}

/// A slide's notes page: the slide's picture and one paragraph per line of notes, in
/// `lang`.
fn notes(lines: &[String], lang: &str) -> String {
    let mut paragraphs = String::new();
    for line in lines {
        let _ = write!(
            paragraphs,
            r#"<a:p><a:r><a:rPr lang="{lang}" dirty="0"/><a:t>{}</a:t></a:r></a:p>"#,
            esc(line)
        );
    }
    if paragraphs.is_empty() {
        let _ = write!(paragraphs, r#"<a:p><a:endParaRPr lang="{lang}"/></a:p>"#);
    }
    format!(
        r#"{DECLARATION}<p:notes {NS}><p:cSld><p:spTree>{TREE_HEADER}<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"#
    )
}
