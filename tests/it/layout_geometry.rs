//! The layout's promises, checked on its geometry and on the exported SVG, over generated
//! cycles: names of 2–7 words in Spanish, English and Russian, every size from 1 to 60
//! moments, wide, square and tall pictures.
//!
//! At 1920×1080 every name is shown, whole, at 16 px or more up to 40 moments and at
//! 12 px or more up to 60; at 3840×2160, at 24 px or more up to 100. Everywhere: no
//! dropped names, no label over another label or a node, nothing outside the picture,
//! every label nearer its own node than any other or tied to it by a leader line.

use ciclo::export::{Background, ExportOptions, svg};
use ciclo::layout::{Layout, PictureOptions, Rect, layout};
use ciclo::model::{Document, Moment, MomentId, Principle};
use proptest::prelude::*;

const EN: &[&str] = &[
    "customer",
    "arrives",
    "at",
    "the",
    "reception",
    "desk",
    "waits",
    "in",
    "line",
    "pays",
    "invoice",
    "receives",
    "confirmation",
    "e-mail",
    "calls",
    "support",
    "asks",
    "for",
    "help",
    "parking",
    "entrance",
    "menu",
    "table",
    "booking",
    "review",
    "survey",
    "leaves",
    "website",
    "searches",
    "prices",
    "opening",
    "hours",
    "friend",
    "recommends",
    "staff",
    "greets",
    "order",
    "delivery",
    "complaint",
    "answered",
    "refund",
    "appointment",
];
const ES: &[&str] = &[
    "el",
    "cliente",
    "llega",
    "a",
    "la",
    "recepción",
    "espera",
    "en",
    "fila",
    "paga",
    "factura",
    "recibe",
    "confirmación",
    "correo",
    "llama",
    "línea",
    "de",
    "atención",
    "pide",
    "ayuda",
    "parqueadero",
    "entrada",
    "menú",
    "mesa",
    "reserva",
    "encuesta",
    "sale",
    "página",
    "busca",
    "precios",
    "horario",
    "amigo",
    "recomienda",
    "personal",
    "saluda",
    "pedido",
    "entrega",
    "queja",
    "respuesta",
    "devolución",
    "electrónico",
];
const RU: &[&str] = &[
    "клиент",
    "приходит",
    "на",
    "ресепшен",
    "ждёт",
    "в",
    "очереди",
    "оплачивает",
    "счёт",
    "получает",
    "подтверждение",
    "по",
    "электронной",
    "почте",
    "звонит",
    "поддержку",
    "просит",
    "помощи",
    "парковка",
    "вход",
    "меню",
    "столик",
    "бронирование",
    "отзыв",
    "опрос",
    "уходит",
    "сайт",
    "ищет",
    "цены",
    "часы",
    "работы",
    "друг",
    "советует",
    "персонал",
    "встречает",
    "заказ",
    "доставку",
    "жалобу",
    "ответ",
    "возврат",
    "денег",
];

/// One generated moment: its name's words (indices into the language's list) and marks.
#[derive(Clone, Debug)]
struct Spec {
    words: Vec<usize>,
    critical: bool,
    principles: Vec<usize>,
    satisfaction: Option<u8>,
}

fn moment_spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(0usize..40, 2..=7),
        prop::bool::weighted(0.25),
        prop::collection::vec(0usize..6, 0..=3),
        prop::option::of(1u8..=5),
    )
        .prop_map(|(words, critical, principles, satisfaction)| Spec {
            words,
            critical,
            principles,
            satisfaction,
        })
}

fn build(lang: usize, specs: &[Spec]) -> Document {
    let (tag, words) = [("es", ES), ("en", EN), ("ru", RU)][lang % 3];
    let mut d = Document {
        title: format!("Un ciclo / a cycle / цикл ({} moments)", specs.len()),
        organization: "Workshop".into(),
        language: tag.into(),
        ..Document::default()
    };
    for (i, s) in specs.iter().enumerate() {
        let name: Vec<&str> = s.words.iter().map(|&w| words[w % words.len()]).collect();
        let mut m = Moment::named(MomentId(i as u32 + 1), name.join(" "));
        m.critical = s.critical;
        let mut ps: Vec<Principle> = s.principles.iter().map(|&p| Principle::ALL[p]).collect();
        ps.sort_by_key(|p| Principle::ALL.iter().position(|q| q == p));
        ps.dedup();
        m.principles = ps;
        m.satisfaction = s.satisfaction;
        d.moments.push(m);
    }
    d
}

fn cycle(lang: usize, sizes: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Document> {
    prop::collection::vec(moment_spec(), sizes).prop_map(move |specs| build(lang, &specs))
}

fn any_cycle(sizes: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = Document> {
    (0usize..3).prop_flat_map(move |lang| cycle(lang, sizes.clone()))
}

fn lay(d: &Document, w: f32, h: f32) -> Layout {
    layout(
        d,
        &PictureOptions {
            width: w,
            height: h,
            ..PictureOptions::default()
        },
    )
}

/// Every way the picture could be unreadable, as messages.
fn problems(l: &Layout) -> Vec<String> {
    let page = Rect::from_min_size(Default::default(), l.width, l.height);
    let mut out = Vec::new();
    let labels: Vec<(usize, Rect)> = l.label_rects().collect();
    for (i, a) in &labels {
        if !page.contains_rect(a) {
            out.push(format!("label {} leaves the picture: {a:?}", i + 1));
        }
        if a.intersects(&l.legend_rect) {
            out.push(format!("label {} overlaps the legend", i + 1));
        }
        for (j, b) in &labels {
            if i < j && a.intersects(b) {
                out.push(format!("labels {} and {} overlap", i + 1, j + 1));
            }
        }
        for (j, n) in l.nodes.iter().enumerate() {
            if a.touches_circle(n.center, l.node_radius) {
                out.push(format!("label {} overlaps node {}", i + 1, j + 1));
            }
        }
        for t in l.title.iter().chain(l.subtitle.iter()) {
            if a.intersects(&t.rect()) {
                out.push(format!("label {} overlaps the title", i + 1));
            }
        }
    }
    for (i, n) in l.nodes.iter().enumerate() {
        let r = l.node_radius;
        if !page.contains_rect(&Rect::from_center_size(n.center, 2.0 * r, 2.0 * r)) {
            out.push(format!("node {} leaves the picture", i + 1));
        }
    }
    let texts = l
        .title
        .iter()
        .chain(l.subtitle.iter())
        .chain(l.centre_text.iter());
    for t in texts.chain(l.legend.iter().map(|i| &i.text)) {
        if !page.contains_rect(&t.rect()) {
            out.push(format!("text {:?} leaves the picture", t.text));
        }
    }
    if l.markers.iter().any(|m| !page.contains_rect(&m.rect)) {
        out.push("a Start/End marker leaves the picture".to_owned());
    }
    out.extend(misattributed(l));
    out
}

/// Labels a reader could pin on the wrong node: nearer another node than their own, with
/// no leader line to their own.
fn misattributed(l: &Layout) -> Vec<String> {
    let dist = |r: &Rect, p: ciclo::layout::Point| {
        let q = ciclo::layout::Point::new(p.x.clamp(r.min.x, r.max.x), p.y.clamp(r.min.y, r.max.y));
        q.distance(p)
    };
    let mut out = Vec::new();
    for (i, n) in l.nodes.iter().enumerate() {
        let Some(label) = &n.label else { continue };
        if let Some(end) = label.leader.last() {
            let start = label.leader[0];
            if start.distance(n.center) > l.node_radius * 1.5 + 1.0 {
                out.push(format!(
                    "label {}'s leader does not start at its node",
                    i + 1
                ));
            }
            if dist(&label.rect.expand(l.node_radius), *end) > 0.0 {
                out.push(format!("label {}'s leader does not reach it", i + 1));
            }
            continue;
        }
        let own = dist(&label.rect, n.center);
        if let Some((j, _)) = l
            .nodes
            .iter()
            .enumerate()
            .find(|(j, o)| *j != i && dist(&label.rect, o.center) < own)
        {
            out.push(format!(
                "label {} is nearer node {} than its own",
                i + 1,
                j + 1
            ));
        }
    }
    out
}

/// Every name shown whole, in labels of at least `min_px`.
fn names_shown(d: &Document, l: &Layout, min_px: f32) -> Result<(), String> {
    if l.dropped_labels != 0 {
        return Err(format!("{} labels dropped", l.dropped_labels));
    }
    for (i, (m, n)) in d.moments.iter().zip(&l.nodes).enumerate() {
        let Some(label) = &n.label else {
            return Err(format!("moment {} has no label", i + 1));
        };
        let shown: Vec<&str> = label.lines.iter().map(|t| t.text.as_str()).collect();
        let shown = shown.join(" ");
        if shown.split_whitespace().ne(m.name.split_whitespace()) {
            return Err(format!("moment {}: {:?} shown as {shown:?}", i + 1, m.name));
        }
        if let Some(t) = label.lines.iter().find(|t| t.size < min_px) {
            return Err(format!("moment {}: {} px, below {min_px}", i + 1, t.size));
        }
    }
    Ok(())
}

/// The same promise, read from the exported SVG: one `label label-N` group per moment
/// whose `<text>` elements all have a `font-size` of at least `min_px`.
fn svg_labels_at_least(d: &Document, w: u32, h: u32, min_px: f32) -> Result<(), String> {
    let opts = ExportOptions {
        width: w,
        height: h,
        background: Background::White,
        ..ExportOptions::default()
    };
    let text = svg(d, &opts).map_err(|e| format!("{e:?}"))?;
    if let Ok(dir) = std::env::var("CICLO_FAILED_DIR") {
        let _ = std::fs::write(format!("{dir}/last.ron"), ciclo::save::to_ron(d));
    }
    for k in 1..=d.moments.len() {
        // The group may carry an id too (`<g id="label-N" class="label label-N">`).
        let open = format!(" class=\"label label-{k}\">");
        let Some(start) = text.find(&open) else {
            return Err(format!("no {open} in the SVG"));
        };
        if !text.contains(&format!(" class=\"node node-{k}\">")) {
            return Err(format!("no node-{k} group in the SVG"));
        }
        let body = &text[start..];
        let body = &body[..body.find("</g>").unwrap_or(body.len())];
        for size in body.split("font-size=\"").skip(1) {
            let v: f32 = size
                .split('"')
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(0.0);
            // Badge letters are smaller by design; the name is what must be read.
            if v < min_px * 0.74 - 0.01 {
                return Err(format!("label-{k}: font-size {v} below {min_px}"));
            }
        }
        if !body.contains("<text x=\"") {
            return Err(format!("label-{k} has no <text x=…>"));
        }
    }
    Ok(())
}

/// `n` generated cases, or `PROPTEST_CASES` when set (for a deeper run by hand).
fn cases(n: u32) -> ProptestConfig {
    let env = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok());
    ProptestConfig {
        cases: env.unwrap_or(n),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(cases(40))]

    #[test]
    fn up_to_40_moments_at_1080p_every_name_is_shown_at_16px(d in any_cycle(1..=40)) {
        let l = lay(&d, 1920.0, 1080.0);
        prop_assert_eq!(l.nodes.len(), d.moments.len());
        let p = problems(&l);
        prop_assert!(p.is_empty(), "{} moments: {:#?}", d.moments.len(), p);
        let shown = names_shown(&d, &l, 16.0);
        prop_assert!(shown.is_ok(), "{} moments: {:?}", d.moments.len(), shown);
    }

    #[test]
    fn up_to_60_moments_at_1080p_every_name_is_shown_at_12px(d in any_cycle(41..=60)) {
        let l = lay(&d, 1920.0, 1080.0);
        let p = problems(&l);
        prop_assert!(p.is_empty(), "{} moments: {:#?}", d.moments.len(), p);
        let shown = names_shown(&d, &l, 12.0);
        prop_assert!(shown.is_ok(), "{} moments: {:?}", d.moments.len(), shown);
    }

    #[test]
    fn square_and_tall_pictures_show_every_name_without_overlap(
        d in any_cycle(1..=60),
        shape in 0usize..4,
    ) {
        let (w, h) = [(1080.0, 1080.0), (1080.0, 1920.0), (1024.0, 768.0), (1280.0, 720.0)][shape];
        let l = lay(&d, w, h);
        let p = problems(&l);
        prop_assert!(p.is_empty(), "{w}×{h}, {} moments: {:#?}", d.moments.len(), p);
        let shown = names_shown(&d, &l, 0.0);
        prop_assert!(shown.is_ok(), "{w}×{h}, {} moments: {:?}", d.moments.len(), shown);
    }
}

proptest! {
    #![proptest_config(cases(6))]

    #[test]
    fn the_exported_svg_keeps_one_group_per_node_and_label(d in any_cycle(1..=60)) {
        let min = if d.moments.len() <= 40 { 16.0 } else { 12.0 };
        let r = svg_labels_at_least(&d, 1920, 1080, min);
        prop_assert!(r.is_ok(), "{} moments: {:?}", d.moments.len(), r);
    }

    #[test]
    fn a_hundred_moments_at_4k_show_every_name_at_24px(d in any_cycle(100..=100)) {
        let l = lay(&d, 3840.0, 2160.0);
        let p = problems(&l);
        prop_assert!(p.is_empty(), "{:#?}", p);
        let shown = names_shown(&d, &l, 24.0);
        prop_assert!(shown.is_ok(), "{:?}", shown);
    }
}

/// A fixed cycle for the checks that compare sizes.
fn plain(n: usize) -> Document {
    let specs: Vec<Spec> = (0..n)
        .map(|i| Spec {
            words: vec![i % 40, (i * 7 + 3) % 40, (i * 13 + 5) % 40],
            critical: i % 4 == 1,
            principles: vec![i % 6],
            satisfaction: Some((i % 5) as u8 + 1),
        })
        .collect();
    build(1, &specs)
}

#[test]
fn nodes_shrink_as_the_ring_fills_and_keep_room_for_their_number() {
    let sizes: Vec<f32> = [12, 30, 60]
        .iter()
        .map(|&n| lay(&plain(n), 1920.0, 1080.0).node_radius)
        .collect();
    assert!(sizes[0] >= sizes[1] && sizes[1] >= sizes[2], "{sizes:?}");
    assert!(
        sizes[2] < sizes[0] * 0.9,
        "60 moments get smaller nodes: {sizes:?}"
    );
    for n in [12, 30, 60] {
        let l = lay(&plain(n), 1920.0, 1080.0);
        for node in &l.nodes {
            let number = node.number.as_ref().expect("every node shows its number");
            assert!(
                number.width < 2.0 * l.node_radius,
                "{n} moments: {number:?}"
            );
        }
        let text = l.nodes[0].label.as_ref().map_or(0.0, |t| t.lines[0].size);
        assert!(
            l.node_radius < text * 1.2,
            "{n}: node {} vs text {text}",
            l.node_radius
        );
    }
}

#[test]
fn the_twenty_four_moment_promise_holds_in_every_picture_shape() {
    for (w, h) in [
        (1920.0, 1080.0),
        (1280.0, 720.0),
        (1080.0, 1080.0),
        (1080.0, 1920.0),
        (3840.0, 2160.0),
        (2560.0, 1080.0),
    ] {
        for n in [1, 3, 8, 12, 16, 24] {
            let d = plain(n);
            let l = lay(&d, w, h);
            assert_eq!(l.dropped_labels, 0, "{w}×{h}, {n} moments");
            let p = problems(&l);
            assert!(p.is_empty(), "{w}×{h}, {n} moments: {p:#?}");
        }
    }
}

#[test]
fn huge_cycles_drop_labels_but_count_them_and_keep_every_node_inside() {
    let d = plain(1000);
    let l = lay(&d, 3840.0, 2160.0);
    assert_eq!(l.nodes.len(), 1000);
    let shown = l.nodes.iter().filter(|n| n.label.is_some()).count();
    assert!(l.dropped_labels > 0);
    assert_eq!(
        shown + l.dropped_labels,
        1000,
        "every missing label is counted"
    );
    let p = problems(&l);
    assert!(p.is_empty(), "{p:#?}");
    // Critical moments keep their names first.
    let critical_shown = l
        .nodes
        .iter()
        .filter(|n| n.critical && n.label.is_some())
        .count();
    assert!(
        critical_shown * 4 >= shown.min(250),
        "{critical_shown} of {shown}"
    );
}

#[test]
fn tiny_pictures_do_not_break_the_layout() {
    for (w, h) in [(16.0, 16.0), (64.0, 300.0), (300.0, 64.0)] {
        let l = lay(&plain(12), w, h);
        assert!(l.radius.is_finite() && l.radius > 0.0);
        assert!(problems(&l).is_empty(), "{w}×{h}: {:#?}", problems(&l));
    }
}

#[test]
fn moments_run_clockwise_from_noon_with_start_and_end_marked() {
    let mut d = plain(4);
    d.language = "en".into();
    let l = layout(&d, &PictureOptions::default());
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
    let mut d = plain(5);
    d.language = "es".into();
    let l = layout(&d, &PictureOptions::default());
    let words: Vec<&str> = l.markers.iter().map(|m| m.text.text.as_str()).collect();
    assert_eq!(words, ["Inicio", "Fin"]);
    let centre: Vec<&str> = l.centre_text.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(centre.join(" "), "Satisfacción del cliente");
    assert!(l.legend.iter().any(|i| i.text.text == "Momento crítico"));
}

#[test]
fn placed_angles_are_drawn_where_the_user_put_them() {
    let mut d = plain(3);
    d.moments[1].angle = Some(45.0);
    let l = layout(&d, &PictureOptions::default());
    assert!((l.nodes[1].angle - 45.0).abs() < 1e-9);
    assert!((l.angle_at(l.nodes[1].center) - 45.0).abs() < 0.01);
    assert_eq!(l.node_at(l.nodes[1].center), Some(1));
    assert!(l.on_ring(l.point_at(200.0)));
}

#[test]
fn russian_documents_get_russian_drawing_labels() {
    let mut d = plain(5);
    d.language = "ru".into();
    let l = layout(&d, &PictureOptions::default());
    let words: Vec<&str> = l.markers.iter().map(|m| m.text.text.as_str()).collect();
    assert_eq!(words, ["Начало", "Конец"]);
    assert!(l.legend.iter().any(|i| i.text.text == "Критический момент"));
}
