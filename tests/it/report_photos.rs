//! The report shows the moments' photos: embedded in HTML (at most 1600 px), linked from
//! Markdown.

use crate::cli_support;
use cli_support::{ciclo, cycle_with_photos};

/// The base64 payloads of the report's embedded photos, decoded.
fn embedded_photos(html: &str) -> Vec<image::DynamicImage> {
    html.split("src=\"data:image/jpeg;base64,")
        .skip(1)
        .map(|rest| {
            let data = rest.split('"').next().unwrap();
            image::load_from_memory(&decode_base64(data)).unwrap()
        })
        .collect()
}

fn decode_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|&c| c != b'=') {
        let v = ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

#[test]
fn the_html_report_embeds_each_photo_at_most_1600_pixels_and_names_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    // A photo larger than a report needs.
    image::RgbImage::from_pixel(3200, 2400, image::Rgb([90, 90, 200]))
        .save(dir.path().join("fotos/sala.jpg"))
        .unwrap();
    let out = ciclo(dir.path(), &["report", "cena.ron", "-o", "informe.html"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(dir.path().join("informe.html")).unwrap();
    let photos = embedded_photos(&html);
    assert_eq!(photos.len(), 2);
    assert_eq!((photos[0].width(), photos[0].height()), (1600, 1200));
    assert_eq!((photos[1].width(), photos[1].height()), (600, 800));
    assert!(html.contains("<figcaption>La sala a las 10</figcaption>"));
    assert!(
        html.contains("no se encuentra la foto: <code>fotos/perdida.jpg</code>"),
        "{html}"
    );
}

#[test]
fn the_markdown_report_links_photos_relative_beside_the_cycle_and_absolute_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    cycle_with_photos(dir.path());
    let out = ciclo(dir.path(), &["report", "cena.ron", "-o", "informe.md"]);
    assert!(out.status.success());
    let md = std::fs::read_to_string(dir.path().join("informe.md")).unwrap();
    assert!(md.contains("![La sala a las 10](fotos/sala.jpg)"), "{md}");
    assert!(md.contains("![fotos/puerta.png](fotos/puerta.png)"), "{md}");
    std::fs::create_dir(dir.path().join("entrega")).unwrap();
    let out = ciclo(
        dir.path(),
        &["report", "cena.ron", "-o", "entrega/informe.md"],
    );
    assert!(out.status.success());
    let md = std::fs::read_to_string(dir.path().join("entrega/informe.md")).unwrap();
    let sala = std::fs::canonicalize(dir.path().join("fotos/sala.jpg")).unwrap();
    let sala = sala.to_str().unwrap();
    assert!(
        md.contains(&format!("]({sala})")) || md.contains("/fotos/sala.jpg)"),
        "{md}"
    );
    assert!(!md.contains("](fotos/sala.jpg)"), "{md}");
}
