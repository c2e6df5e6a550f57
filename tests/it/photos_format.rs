//! Photos in the document (format 2): how they are written, read and checked.

use ciclo::file::parse;
use ciclo::model::{Document, Moment, MomentId, Photo};
use ciclo::save::to_ron;

use crate::cli_support;
use cli_support::ciclo;

const WITH_PHOTOS: &str = r#"(
    format: 2,
    title: "Casa Olivo",
    moments: [
        (
            name: "Llega a la sala",
            photos: [
                (path: "fotos/sala.jpg", caption: "La sala a las 10 de la mañana"),
                (path: "/srv/fotos/puerta.webp"),
            ],
        ),
        (name: "Pide la cuenta"),
    ],
)
"#;

#[test]
fn photos_load_with_optional_captions_and_save_as_format_2() {
    let doc = parse(WITH_PHOTOS).unwrap();
    assert_eq!(doc.format, 2);
    let photos = &doc.moments[0].photos;
    assert_eq!(photos.len(), 2);
    assert_eq!(photos[0].path, "fotos/sala.jpg");
    assert_eq!(photos[0].caption, "La sala a las 10 de la mañana");
    assert_eq!(photos[1].caption, "");
    assert!(doc.moments[1].photos.is_empty());
    let text = to_ron(&doc);
    assert!(text.contains("    format: 2,\n"), "{text}");
    assert!(
        text.contains("(path: \"fotos/sala.jpg\", caption: \"La sala a las 10 de la mañana\"),"),
        "{text}"
    );
    assert!(
        text.contains("(path: \"/srv/fotos/puerta.webp\"),"),
        "{text}"
    );
    assert_eq!(parse(&text).unwrap(), doc);
}

#[test]
fn relative_paths_are_taken_from_the_documents_folder_and_absolute_ones_as_they_are() {
    let doc = parse(WITH_PHOTOS).unwrap();
    let at = std::path::Path::new("/home/ana/ciclos/cena.ron");
    let photos = &doc.moments[0].photos;
    assert_eq!(
        photos[0].resolve(Some(at)),
        std::path::Path::new("/home/ana/ciclos/fotos/sala.jpg")
    );
    assert_eq!(
        photos[1].resolve(Some(at)),
        std::path::Path::new("/srv/fotos/puerta.webp")
    );
}

#[test]
fn every_example_without_photos_saves_byte_for_byte_as_format_1() {
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let doc = parse(&text).unwrap();
        assert_eq!(doc.format, 1, "{}", path.display());
        let saved = to_ron(&doc);
        assert!(saved.contains("    format: 1,\n"));
        assert!(!saved.contains("photos: ["), "{}", path.display());
        // What this build writes, an older build reads to the same document.
        assert_eq!(parse(&saved).unwrap(), doc);
    }
}

#[test]
fn the_text_without_photos_is_what_ciclo_wrote_before_photos() {
    let mut doc = Document {
        title: "Tiny".to_owned(),
        ..Document::default()
    };
    doc.moments.push(Moment::named(MomentId(1), "Greeting"));
    let expected =
        "// A service cycle drawn with Ciclo. Every field is explained by: ciclo help format
(
    format: 1,
    language: \"en\",
    title: \"Tiny\",
    organization: \"\",
    description: \"\",
    customer: \"\",
    promise: \"\",
    primary_services: [],
    secondary_services: [],
    evaluation: [],
    moments: [
        (
            id: 1,
            name: \"Greeting\",
            channel: InPerson,
            critical: false,
        ),
    ],
)
";
    assert_eq!(to_ron(&doc), expected);
    // Adding a photo makes it format 2; removing it again gives the same bytes back.
    doc.moments[0].photos.push(Photo {
        path: "a.jpg".to_owned(),
        caption: String::new(),
    });
    assert!(to_ron(&doc).contains("format: 2,"));
    doc.moments[0].photos.clear();
    assert_eq!(to_ron(&doc), expected);
}

#[test]
fn a_format_1_file_with_photos_is_read_and_saved_as_format_2() {
    let doc = parse(&WITH_PHOTOS.replace("format: 2", "format: 1")).unwrap();
    assert_eq!(doc.moments[0].photos.len(), 2);
    assert!(to_ron(&doc).contains("format: 2,"));
}

#[test]
fn a_misspelt_photo_field_is_refused_naming_the_valid_ones() {
    let err = parse(&WITH_PHOTOS.replace("caption:", "captoin:")).unwrap_err();
    let message = err.message(ciclo::lang::Lang::En);
    assert!(message.contains("captoin"), "{message}");
    assert!(message.contains("caption"), "{message}");
}

#[test]
fn check_warns_about_missing_and_broken_photos_and_still_passes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("fotos")).unwrap();
    std::fs::write(dir.path().join("fotos/sala.jpg"), "not a picture").unwrap();
    std::fs::write(dir.path().join("cena.ron"), WITH_PHOTOS).unwrap();
    let out = ciclo(dir.path(), &["check", "cena.ron"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stderr}");
    assert!(stdout.contains("cena.ron: ok, 2 moments"), "{stdout}");
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(warnings.len(), 2, "{stderr}");
    assert!(
        warnings[0].contains("fotos/sala.jpg: not a JPEG, PNG or WebP picture"),
        "{stderr}"
    );
    assert!(
        warnings[0].contains("moment 1 “Llega a la sala”"),
        "{stderr}"
    );
    assert!(
        warnings[1].contains("/srv/fotos/puerta.webp: photo not found"),
        "{stderr}"
    );
}

#[test]
fn check_says_nothing_about_photos_that_are_fine() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("fotos")).unwrap();
    image::RgbImage::from_pixel(8, 6, image::Rgb([200, 10, 10]))
        .save(dir.path().join("fotos/sala.jpg"))
        .unwrap();
    let text = WITH_PHOTOS.replace("(path: \"/srv/fotos/puerta.webp\"),", "");
    std::fs::write(dir.path().join("cena.ron"), text).unwrap();
    let out = ciclo(dir.path(), &["check", "cena.ron"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
