//! The layout's promises, checked on its geometry: for up to 24 moments at 1920×1080 no
//! label overlaps another label or a node, and nothing leaves the picture; larger cycles
//! shrink or drop labels but still lay out.

use ciclo::layout::{Layout, LayoutOptions, Rect, layout};
use ciclo::model::{Document, Moment, MomentId, Principle};

/// Names of every length a workshop produces, from one word to three wrapped lines.
const NAMES: &[&str] = &[
    "Arrives",
    "Hears about us from a friend",
    "Searches the web page for opening hours and prices",
    "Pays",
    "Waits in line at the reception desk before being attended",
    "Receives the confirmation e-mail",
    "Se despide",
    "Llama a la línea de atención y espera a que le contesten",
    "Парковка",
    "Gets the invoice",
    "Supercalifragilisticexpialidocious",
    "Leaves a review",
];

fn doc(n: usize) -> Document {
    let mut d = Document {
        title: "A cycle with many moments".into(),
        organization: "Test Org".into(),
        ..Document::default()
    };
    for i in 0..n {
        let mut m = Moment::named(MomentId(i as u32 + 1), NAMES[i % NAMES.len()]);
        m.critical = i % 4 == 1;
        m.principles = Principle::ALL
            .iter()
            .copied()
            .skip(i % 3)
            .take(1 + i % 3)
            .collect();
        m.satisfaction = (i % 5 != 2).then_some((i % 5) as u8 + 1);
        d.moments.push(m);
    }
    d
}

fn inside(outer: &Rect, r: &Rect) -> bool {
    outer.contains_rect(r)
}

/// Every way the picture could be unreadable, as messages.
fn problems(l: &Layout) -> Vec<String> {
    let page = Rect::from_min_size(Default::default(), l.width, l.height);
    let mut out = Vec::new();
    let labels: Vec<(usize, Rect)> = l.label_rects().collect();
    for (i, a) in &labels {
        if !inside(&page, a) {
            out.push(format!("label {i} leaves the picture: {a:?}"));
        }
        if a.intersects(&l.legend_rect) {
            out.push(format!("label {i} overlaps the legend"));
        }
        for (j, b) in &labels {
            if i < j && a.intersects(b) {
                out.push(format!("labels {i} and {j} overlap"));
            }
        }
        for (j, n) in l.nodes.iter().enumerate() {
            if a.touches_circle(n.center, l.node_radius) {
                out.push(format!("label {i} overlaps node {j}"));
            }
        }
        for t in l.title.iter().chain(l.subtitle.iter()) {
            if a.intersects(&t.rect()) {
                out.push(format!("label {i} overlaps the title"));
            }
        }
    }
    for (i, n) in l.nodes.iter().enumerate() {
        let r = l.node_radius;
        if !inside(&page, &Rect::from_center_size(n.center, 2.0 * r, 2.0 * r)) {
            out.push(format!("node {i} leaves the picture"));
        }
    }
    for t in l
        .title
        .iter()
        .chain(l.subtitle.iter())
        .chain(l.centre_text.iter())
    {
        if !inside(&page, &t.rect()) {
            out.push(format!("text {:?} leaves the picture", t.text));
        }
    }
    for item in &l.legend {
        if !inside(&page, &item.text.rect()) {
            out.push(format!(
                "legend entry {:?} leaves the picture",
                item.text.text
            ));
        }
    }
    for m in &l.markers {
        if !inside(&page, &m.rect) {
            out.push("a Start/End marker leaves the picture".to_owned());
        }
    }
    out
}

#[test]
fn up_to_24_moments_at_1080p_every_label_fits_without_overlap() {
    for n in 1..=24 {
        let l = layout(
            &doc(n),
            &LayoutOptions {
                width: 1920.0,
                height: 1080.0,
                ..LayoutOptions::default()
            },
        );
        assert_eq!(l.nodes.len(), n);
        assert_eq!(l.dropped_labels, 0, "{n} moments: labels dropped");
        assert!(
            l.nodes.iter().all(|node| node.label.is_some()),
            "{n} moments"
        );
        let p = problems(&l);
        assert!(p.is_empty(), "{n} moments: {p:#?}");
    }
}

#[test]
fn wide_tall_and_square_pictures_stay_readable() {
    for (w, h) in [
        (1280.0, 720.0),
        (1080.0, 1080.0),
        (1080.0, 1920.0),
        (3840.0, 2160.0),
        (2560.0, 1080.0),
    ] {
        for n in [3, 8, 12, 16] {
            let l = layout(
                &doc(n),
                &LayoutOptions {
                    width: w,
                    height: h,
                    ..LayoutOptions::default()
                },
            );
            assert_eq!(l.dropped_labels, 0, "{w}×{h}, {n} moments");
            let p = problems(&l);
            assert!(p.is_empty(), "{w}×{h}, {n} moments: {p:#?}");
        }
    }
}

#[test]
fn huge_cycles_drop_labels_but_keep_every_node_inside() {
    let l = layout(
        &doc(1000),
        &LayoutOptions {
            width: 3840.0,
            height: 2160.0,
            ..LayoutOptions::default()
        },
    );
    assert_eq!(l.nodes.len(), 1000);
    assert!(l.dropped_labels > 0);
    let p = problems(&l);
    assert!(p.is_empty(), "{p:#?}");
}

#[test]
fn tiny_pictures_do_not_break_the_layout() {
    for (w, h) in [(16.0, 16.0), (64.0, 300.0), (300.0, 64.0)] {
        let l = layout(
            &doc(12),
            &LayoutOptions {
                width: w,
                height: h,
                ..LayoutOptions::default()
            },
        );
        assert!(l.radius.is_finite() && l.radius > 0.0);
        assert!(problems(&l).is_empty(), "{w}×{h}: {:#?}", problems(&l));
    }
}

#[test]
fn moments_run_clockwise_from_noon_with_start_and_end_marked() {
    let l = layout(&doc(4), &LayoutOptions::default());
    let c = l.center;
    // 12, 3, 6 and 9 o'clock.
    assert!(l.nodes[0].center.y < c.y && (l.nodes[0].center.x - c.x).abs() < 1.0);
    assert!(l.nodes[1].center.x > c.x && (l.nodes[1].center.y - c.y).abs() < 1.0);
    assert!(l.nodes[2].center.y > c.y);
    assert!(l.nodes[3].center.x < c.x);
    let markers: Vec<(&str, bool)> = l
        .markers
        .iter()
        .map(|m| (m.text.text.as_str(), m.start))
        .collect();
    assert_eq!(markers, [("Start", true), ("End", false)]);
    assert!(!l.markers[0].rect.intersects(&l.markers[1].rect));
    assert_eq!(
        l.arrows.len(),
        3,
        "one arrow between each pair of consecutive moments"
    );
}

#[test]
fn drawing_labels_follow_the_document_language() {
    let mut d = doc(5);
    d.language = "es".into();
    let l = layout(&d, &LayoutOptions::default());
    let words: Vec<&str> = l.markers.iter().map(|m| m.text.text.as_str()).collect();
    assert_eq!(words, ["Inicio", "Fin"]);
    let centre: Vec<&str> = l.centre_text.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(centre.join(" "), "Satisfacción del cliente");
    assert!(l.legend.iter().any(|i| i.text.text == "Momento crítico"));
}

#[test]
fn placed_angles_are_drawn_where_the_user_put_them() {
    let mut d = doc(3);
    d.moments[1].angle = Some(45.0);
    let l = layout(&d, &LayoutOptions::default());
    assert!((l.nodes[1].angle - 45.0).abs() < 1e-9);
    assert!((l.angle_at(l.nodes[1].center) - 45.0).abs() < 0.01);
    assert_eq!(l.node_at(l.nodes[1].center), Some(1));
    assert!(l.on_ring(l.point_at(200.0)));
}

#[test]
fn russian_documents_get_russian_drawing_labels() {
    let mut d = doc(5);
    d.language = "ru".into();
    let l = layout(&d, &LayoutOptions::default());
    let words: Vec<&str> = l.markers.iter().map(|m| m.text.text.as_str()).collect();
    assert_eq!(words, ["Начало", "Конец"]);
    assert!(l.legend.iter().any(|i| i.text.text == "Критический момент"));
}
