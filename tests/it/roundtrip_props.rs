//! Properties of the file format over random input: every valid document survives a save
//! and a load unchanged (format 1 without photos, format 2 with them), and no damaged file
//! makes the loader panic.

use ciclo::file::{parse, parse_bytes};
use ciclo::model::{
    Cause, Channel, Document, Evaluation, Expectation, Moment, MomentId, Photo, Principle,
};
use ciclo::save::to_ron;
use ciclo::templates::TEMPLATES;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// Characters that stress a writer: quotes, escapes, line breaks, control characters,
/// comment and bracket look-alikes, accents, Cyrillic, emoji, the byte-order mark.
const AWKWARD: &[char] = &[
    '"', '\\', '\n', '\r', '\t', '\0', '\u{7}', '\u{7f}', '\u{85}', '\u{2028}', '\u{feff}', '/',
    '*', '(', ')', '[', ']', '#', 'r', ':', ',', ' ', 'ñ', 'é', 'Ж', 'я', '🍝', '顾',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => any::<char>(), 2 => select(AWKWARD), 2 => prop::char::range('a', 'z')],
        0..24,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// A moment name: anything, as long as it is not blank (blank names are refused).
fn name() -> impl Strategy<Value = String> {
    text().prop_map(|s| {
        if ciclo::file::is_blank(&s) {
            format!("{s}x")
        } else {
            s
        }
    })
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(text(), 0..4)
}

/// A random selection of `all`, in random order.
fn subset<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Vec<T>> {
    subsequence(all.to_vec(), 0..=all.len()).prop_shuffle()
}

fn angle() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0f64..360.0,
        (0u32..360).prop_map(f64::from),
        0.0f64..1e-3,
        359.0f64..360.0
    ]
}

/// A photo: any path text (an empty one too, since `ciclo check` only warns), with or
/// without a caption.
fn photo() -> impl Strategy<Value = Photo> {
    (text(), prop_oneof![Just(String::new()), text()])
        .prop_map(|(path, caption)| Photo { path, caption })
}

/// A real day, `YYYY-MM-DD` (the 29th to 31st too, where the month has them).
fn date() -> impl Strategy<Value = String> {
    (1u16..=9999, 1u8..=12, 1u8..=31)
        .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .prop_filter("a real day", |s| ciclo::date::is_iso_date(s))
}

fn moment() -> impl Strategy<Value = Moment> {
    (
        (
            name(),
            text(),
            select(Channel::ALL),
            subset(Expectation::ALL),
            texts(),
            subset(Principle::ALL),
        ),
        (
            any::<bool>(),
            subset(Cause::ALL),
            prop::option::of(1u8..=5),
            text(),
            text(),
            text(),
            text(),
            prop_oneof![
                2 => Just(Vec::new()),
                1 => prop::collection::vec(photo(), 1..4)
            ],
        ),
        (prop::option::of(1u8..=5), prop::option::of(date())),
    )
        .prop_map(
            |(
                (name, description, channel, expectations, other_expectations, principles),
                (critical, causes, satisfaction, standard, improvement, owner, notes, photos),
                (target, due),
            )| Moment {
                id: MomentId(0),
                name,
                description,
                angle: None,
                channel,
                expectations,
                other_expectations,
                principles,
                critical,
                causes,
                satisfaction,
                standard,
                improvement,
                owner,
                target,
                due,
                notes,
                photos,
            },
        )
}

/// Moments with unique ids and increasing angles on a random subset of them.
fn moments() -> impl Strategy<Value = Vec<Moment>> {
    prop::collection::vec(moment(), 0..10).prop_flat_map(|moments| {
        let n = moments.len();
        let ids = prop::collection::hash_set(1u32..=u32::MAX, n)
            .prop_map(Vec::from_iter)
            .prop_shuffle();
        let angles = prop::collection::vec(prop::option::of(angle()), n);
        (Just(moments), ids, angles).prop_map(|(mut moments, ids, angles)| {
            let mut placed: Vec<f64> = angles.iter().flatten().copied().collect();
            placed.sort_by(f64::total_cmp);
            let mut placed = placed.into_iter();
            let mut previous = f64::NEG_INFINITY;
            for ((m, id), a) in moments.iter_mut().zip(ids).zip(&angles) {
                m.id = MomentId(id);
                if a.is_some() {
                    let a = placed.next().unwrap_or(previous);
                    // Equal angles are not increasing: leave the later one unplaced.
                    if a > previous {
                        m.angle = Some(a);
                        previous = a;
                    }
                }
            }
            moments
        })
    })
}

fn document() -> impl Strategy<Value = Document> {
    (
        (text(), text(), text(), text(), text(), text()),
        (texts(), texts(), subset(Evaluation::ALL), moments()),
        (
            prop_oneof![2 => Just(Vec::new()), 1 => texts()],
            prop::option::of(date()),
        ),
    )
        .prop_map(
            |(
                (language, title, organization, description, customer, promise),
                (primary_services, secondary_services, evaluation, moments),
                (authors, date),
            )| Document {
                format: 1,
                language,
                title,
                organization,
                authors,
                date,
                description,
                customer,
                promise,
                primary_services,
                secondary_services,
                evaluation,
                moments,
            },
        )
        // The format a document is saved in follows from its content.
        .prop_map(|mut doc| {
            doc.format = doc.saved_format();
            doc
        })
}

/// One way to damage a file.
#[derive(Clone, Debug)]
enum Damage {
    /// Flip some bits of the byte at this position.
    Flip(usize, u8),
    /// Insert a byte.
    Insert(usize, u8),
    /// Delete a byte.
    Delete(usize),
    /// Cut the file here.
    Truncate(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    // Positions are taken modulo the length of the file being damaged.
    let at = any::<usize>();
    let interesting = prop_oneof![
        any::<u8>(),
        select(b"()[]{}\",:\\/*#rNa0-.eE \n\xff\xc3".to_vec())
    ];
    prop_oneof![
        (at, 1u8..=255).prop_map(|(i, bits)| Damage::Flip(i, bits)),
        (at, interesting).prop_map(|(i, b)| Damage::Insert(i, b)),
        at.prop_map(Damage::Delete),
        at.prop_map(Damage::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let len = bytes.len();
    match *damage {
        Damage::Flip(i, bits) if len > 0 => bytes[i % len] ^= bits,
        Damage::Insert(i, b) => bytes.insert(i % (len + 1), b),
        Damage::Delete(i) if len > 0 => {
            bytes.remove(i % len);
        }
        Damage::Truncate(i) => bytes.truncate(i % (len + 1)),
        _ => {}
    }
}

/// Damaged and cut files tried per test: 2 000 in release (`cargo test --release`), fewer
/// in the debug build that `cargo test` uses, to keep it quick.
const MUTATION_CASES: u32 = if cfg!(debug_assertions) { 128 } else { 2000 };

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn every_document_round_trips_exactly(doc in document()) {
        let text = to_ron(&doc);
        let loaded = parse(&text);
        prop_assert!(loaded.is_ok(), "refused its own output: {}\n{}", loaded.unwrap_err(), text);
        let loaded = loaded.unwrap();
        prop_assert_eq!(&loaded, &doc);
        // And saving again gives the same bytes.
        prop_assert_eq!(&to_ron(&loaded), &text);
        // The oldest format that holds it, so that an older Ciclo opens it: 1 without
        // photos or format 3's fields, 2 with photos only, 3 with any of format 3's.
        let has_photos = doc.moments.iter().any(|m| !m.photos.is_empty());
        let has_3 = !doc.authors.is_empty()
            || doc.date.is_some()
            || doc.moments.iter().any(|m| m.target.is_some() || m.due.is_some());
        let format = match (has_3, has_photos) {
            (true, _) => "    format: 3,\n",
            (false, true) => "    format: 2,\n",
            (false, false) => "    format: 1,\n",
        };
        prop_assert!(text.contains(format), "{}", text);
        prop_assert_eq!(text.contains("photos:"), has_photos);
    }

    #[test]
    fn removing_every_photo_and_format_3_field_gives_back_the_format_1_bytes(
        doc in document(),
    ) {
        let mut without = doc.clone();
        without.authors.clear();
        without.date = None;
        for m in &mut without.moments {
            m.photos.clear();
            m.target = None;
            m.due = None;
        }
        without.format = 1;
        let text = to_ron(&without);
        // The text an older Ciclo wrote for the same cycle: no photos, format 1.
        prop_assert!(text.contains("    format: 1,\n"));
        prop_assert!(!text.contains("photos"));
        prop_assert_eq!(parse(&text).unwrap(), without);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: MUTATION_CASES, ..ProptestConfig::default() })]

    #[test]
    fn damaged_templates_never_panic(
        template in 0..TEMPLATES.len(),
        damages in prop::collection::vec(damage(), 1..6),
    ) {
        let mut bytes = TEMPLATES[template].text.as_bytes().to_vec();
        for d in &damages {
            apply(&mut bytes, d);
        }
        // Success or a located error are both fine; a panic fails the test.
        if let Err(d) = parse_bytes(&bytes) {
            prop_assert!(d.line >= 1 && d.col >= 1);
            let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
            prop_assert!(d.line <= lines, "line {} of {}", d.line, lines);
        }
    }

    #[test]
    fn truncated_templates_never_panic(template in 0..TEMPLATES.len(), cut in any::<usize>()) {
        let bytes = TEMPLATES[template].text.as_bytes();
        let cut = cut % bytes.len();
        // Every cut but the last closing parenthesis leaves an incomplete document.
        let result = parse_bytes(&bytes[..cut]);
        let complete = bytes[..cut].iter().rposition(|&b| b == b')') == bytes.iter().rposition(|&b| b == b')');
        prop_assert!(complete || result.is_err(), "accepted a file cut at byte {}", cut);
    }
}

#[test]
fn every_seventh_cut_of_the_smallest_template_is_refused_without_panic() {
    // A sample, not every cut: the smallest template cut at every seventh byte
    // (`step_by(7)`) before its last closing parenthesis, about a seventh of the positions,
    // spread evenly over keys, strings, numbers and brackets. The random cuts above and
    // the fuzz target `load` reach the positions in between.
    let smallest = TEMPLATES
        .iter()
        .min_by_key(|t| t.text.len())
        .map(|t| t.text.as_bytes())
        .unwrap_or_default();
    let end = smallest.iter().rposition(|&b| b == b')').unwrap_or(0);
    for cut in (0..end).step_by(7) {
        assert!(
            parse_bytes(&smallest[..cut]).is_err(),
            "accepted a file cut at byte {cut}"
        );
    }
}
