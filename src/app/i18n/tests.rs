//! Every text exists in every language, in that language's own words.

use super::*;

/// Texts whose Russian may equal the English. Empty: even "OK" has its Russian spelling
/// "ОК" (Cyrillic letters, as Russian dialogs write it); brand names and file formats
/// (Ciclo, PNG, SVG, Ctrl+0) only ever appear inside longer texts.
const SAME_IN_RUSSIAN: &[T] = &[];

/// Latin words a Russian text may contain: the product, formats, key names, and
/// abbreviations that Russian writes in Latin letters too.
const LATIN_IN_RUSSIAN: &[&str] = &[
    "Ciclo", "PNG", "SVG", "HTML", "Markdown", "Ctrl", "Insert", "Delete", "Esc", "CSAT", "Wi",
    "F", "Fi",
];

#[test]
fn every_text_has_its_own_russian() {
    for &t in T::ALL {
        let (en, ru) = (t.get(Lang::En), t.get(Lang::Ru));
        assert!(!ru.trim().is_empty(), "{t:?} is empty in Russian");
        if !SAME_IN_RUSSIAN.contains(&t) {
            assert_ne!(en, ru, "{t:?} has no Russian text");
        }
        for word in ru.split(|c: char| !c.is_ascii_alphabetic()) {
            assert!(
                word.is_empty() || LATIN_IN_RUSSIAN.contains(&word),
                "{t:?}: English word {word:?} in the Russian text {ru:?}"
            );
        }
    }
}

#[test]
fn english_and_spanish_are_kept_apart_from_russian() {
    assert_eq!(T::MenuFile.get(Lang::En), "File");
    assert_eq!(T::MenuFile.get(Lang::Es), "Archivo");
    assert_eq!(T::MenuFile.get(Lang::Ru), "Файл");
}

#[test]
fn russian_counts_agree_with_the_number() {
    let m = |n| T::MomentsCount.count(n, Lang::Ru);
    assert_eq!(m(1), "1 момент");
    assert_eq!(m(3), "3 момента");
    assert_eq!(m(5), "5 моментов");
    assert_eq!(m(12), "12 моментов");
    assert_eq!(m(21), "21 момент");
    assert_eq!(T::CriticalCount.count(1, Lang::Ru), "1 критический");
    assert_eq!(T::CriticalCount.count(2, Lang::Ru), "2 критических");
    assert_eq!(T::CriticalCount.count(0, Lang::Ru), "0 критических");
    assert_eq!(T::MomentsCount.count(1, Lang::En), "1 moment");
    assert_eq!(T::MomentsCount.count(0, Lang::En), "0 moments");
    assert_eq!(T::CriticalCount.count(1, Lang::Es), "1 crítico");
    assert_eq!(T::CriticalCount.count(2, Lang::Es), "2 críticos");
}
