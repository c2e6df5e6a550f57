use super::*;
use ciclo_doc::model::{Moment, MomentId, Photo};

fn doc_with(paths: &[&str]) -> Document {
    let mut m = Moment::named(MomentId(1), "Llega");
    m.photos = paths
        .iter()
        .map(|p| Photo {
            path: (*p).to_owned(),
            caption: String::new(),
        })
        .collect();
    Document {
        language: "es".to_owned(),
        moments: vec![m],
        ..Document::default()
    }
}

#[test]
fn photos_load_scaled_and_upright_and_missing_ones_give_the_placeholder_words() {
    let dir = tempfile::tempdir().unwrap();
    let big = image::RgbImage::from_pixel(3200, 1600, image::Rgb([200, 30, 30]));
    big.save(dir.path().join("big.png")).unwrap();
    let doc = doc_with(&["big.png", "nada.jpg"]);
    let at = dir.path().join("cena.ron");
    let set = PhotoSet::load(&doc, Some(&at), MAX_PHOTO_SIDE);
    let photo = set.get("big.png").unwrap();
    assert_eq!((photo.width, photo.height), (1600, 800));
    let decoded = image::load_from_memory(&photo.jpeg).unwrap();
    assert_eq!(decoded.width(), 1600);
    assert_eq!(set.get("nada.jpg").unwrap_err(), "no se encuentra la foto");
}

#[test]
fn a_small_upright_jpeg_keeps_its_picture_bytes_but_not_its_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = ciclo_photo::testing::jpeg_with_orientation(40, 30, 1);
    bytes.extend_from_slice(b"after the end");
    std::fs::write(dir.path().join("a.jpg"), &bytes).unwrap();
    let set = PhotoSet::load(&doc_with(&["a.jpg"]), Some(&dir.path().join("x.ron")), 1600);
    let kept = &set.get("a.jpg").unwrap().jpeg;
    assert!(!kept.windows(4).any(|w| w == b"Exif") && !kept.ends_with(b"after the end"));
    // The picture itself is not encoded again: its scan is carried over whole.
    let scan = bytes.windows(2).position(|w| w == [0xff, 0xda]).unwrap();
    let end = bytes.len() - b"after the end".len();
    assert!(kept.ends_with(&bytes[scan..end]));
    // A turned one is decoded and turned, so every viewer shows it upright.
    let turned = ciclo_photo::testing::jpeg_with_orientation(40, 30, 6);
    std::fs::write(dir.path().join("b.jpg"), &turned).unwrap();
    let set = PhotoSet::load(&doc_with(&["b.jpg"]), Some(&dir.path().join("x.ron")), 1600);
    let b = set.get("b.jpg").unwrap();
    assert_eq!((b.width, b.height), (30, 40));
    assert_ne!(*b.jpeg, turned);
}

#[test]
fn a_photo_fits_its_frame_keeping_its_proportions() {
    let frame = Rect::from_min_size(Point::new(100.0, 100.0), 400.0, 400.0);
    let wide = fit(frame, 1600, 800);
    assert_eq!((wide.width(), wide.height()), (400.0, 200.0));
    assert_eq!(wide.min.y, 200.0);
    let tall = fit(frame, 300, 600);
    assert_eq!((tall.width(), tall.height()), (200.0, 400.0));
    assert_eq!(tall.min.x, 200.0);
}

#[test]
fn the_placeholder_names_the_file_inside_its_frame() {
    let frame = Rect::from_min_size(Point::new(0.0, 0.0), 300.0, 200.0);
    let shapes = placeholder(frame, "fotos/sala.jpg", "photo not found", Role::Decoration);
    let texts: Vec<&str> = shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, pos, .. } => {
                assert!(frame.contains(*pos));
                Some(text.as_str())
            }
            _ => None,
        })
        .collect();
    assert_eq!(texts, ["photo not found", "fotos/sala.jpg"]);
}

#[test]
fn a_scaled_copy_is_kept_and_read_back_the_next_time_and_a_changed_photo_is_decoded_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("store"));
    let at = dir.path().join("cena.ron");
    let doc = doc_with(&["big.jpg"]);
    let red = image::RgbImage::from_pixel(2400, 1200, image::Rgb([200, 30, 30]));
    red.save(dir.path().join("big.jpg")).unwrap();
    let first = PhotoSet::load_with(&doc, Some(&at), 800, Some(&store));
    assert_eq!(
        first.get("big.jpg").map(|p| (p.width, p.height)),
        Ok((800, 400))
    );
    let kept: Vec<_> = std::fs::read_dir(store.dir()).unwrap().flatten().collect();
    assert_eq!(kept.len(), 1, "one copy for one photo at one size");
    // Plant a different copy where the kept one is: the next load must take it, which
    // shows that it reads the store rather than the photo.
    let planted = ciclo_photo::photo::jpeg_of(&image::RgbaImage::new(80, 40)).unwrap();
    std::fs::write(kept[0].path(), &planted).unwrap();
    let second = PhotoSet::load_with(&doc, Some(&at), 800, Some(&store));
    assert_eq!(*second.get("big.jpg").unwrap().jpeg, planted);
    // Replacing the photo makes a new copy: the store never shows the old picture.
    let blue = image::RgbImage::from_pixel(1200, 2400, image::Rgb([20, 30, 200]));
    blue.save(dir.path().join("big.jpg")).unwrap();
    let third = PhotoSet::load_with(&doc, Some(&at), 800, Some(&store));
    assert_eq!(
        third.get("big.jpg").map(|p| (p.width, p.height)),
        Ok((400, 800))
    );
    // Without a store, nothing is kept.
    let none = PhotoSet::load_with(&doc, Some(&at), 1600, None);
    assert!(none.get("big.jpg").is_ok());
    assert_eq!(std::fs::read_dir(store.dir()).unwrap().count(), 2);
}

#[test]
fn the_window_scales_a_kept_larger_copy_down_instead_of_decoding_the_photo_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path().join("store"));
    let path = dir.path().join("big.jpg");
    image::RgbImage::from_pixel(2400, 1200, image::Rgb([200, 30, 30]))
        .save(&path)
        .unwrap();
    let at_800 = decode_kept(&path, 800, &[], Some(&store)).unwrap();
    assert_eq!(at_800.dimensions(), (800, 400));
    // Plant a blue copy where the 800-pixel one is kept: a thumbnail made from it is
    // blue, which shows that the photo itself was not decoded again.
    let copy = std::fs::read_dir(store.dir())
        .unwrap()
        .flatten()
        .next()
        .unwrap();
    let blue = image::RgbaImage::from_pixel(800, 400, image::Rgba([20, 30, 200, 255]));
    std::fs::write(copy.path(), ciclo_photo::photo::jpeg_of(&blue).unwrap()).unwrap();
    let thumb = decode_kept(&path, 160, &[400, 800], Some(&store)).unwrap();
    assert_eq!(thumb.dimensions(), (160, 80));
    let [r, _, b, _] = thumb.get_pixel(80, 40).0;
    assert!(b > 150 && r < 60, "{:?}", thumb.get_pixel(80, 40));
    // A PNG (which may be transparent) is never kept as a JPEG copy.
    let png = dir.path().join("puerta.png");
    image::RgbaImage::from_pixel(1000, 500, image::Rgba([0, 0, 0, 0]))
        .save(&png)
        .unwrap();
    let _ = decode_kept(&png, 160, &[], Some(&store)).unwrap();
    assert_eq!(std::fs::read_dir(store.dir()).unwrap().count(), 1);
}
