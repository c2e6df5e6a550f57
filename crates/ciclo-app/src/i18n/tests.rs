//! Every text of the window exists in every language, in that language's own words.

use super::*;

/// Latin words a Russian text may contain: the product, formats, key names, and
/// abbreviations that Russian writes in Latin letters too.
const LATIN_IN_RUSSIAN: &[&str] = &[
    "Ciclo",
    "http",
    "QR",
    "PNG",
    "SVG",
    "Excel",
    "http",
    "HTML",
    "Markdown",
    "Ctrl",
    "Insert",
    "Delete",
    "Esc",
    "CSAT",
    "Wi",
    "Fi",
    "F",
    "Shift",
    "P",
    "JPEG",
    "WebP",
    "PDF",
    "PowerPoint",
    "pptx",
    "ws",
    "wss",
    "TCP",
];

/// Texts that Spanish or Portuguese write as English does.
const SAME_AS_ENGLISH: &[(Lang, T)] = &[
    (Lang::Es, T::Zoom),
    (Lang::Es, T::ShowInspector),
    (Lang::Es, T::SatMid),
    (Lang::Es, T::AnTotal),
    (Lang::Pt, T::Zoom),
    (Lang::Pt, T::Ok),
    (Lang::Pt, T::AnTotal),
];

/// The text as the window shows it (a count with 5, for the texts that count).
fn shown(t: T, lang: Lang) -> String {
    match t.get(lang) {
        "" => t.count(5, lang),
        text => text.to_owned(),
    }
}

#[test]
fn every_text_has_its_own_words_in_every_language() {
    for &t in T::ALL {
        let en = shown(t, Lang::En);
        assert!(Lang::En.tr().has(t.id()), "{t:?}: en.ftl has no {}", t.id());
        for &lang in &Lang::ALL[1..] {
            let text = shown(t, lang);
            assert!(!text.trim().is_empty(), "{t:?} is empty in {lang:?}");
            if lang == Lang::Ru {
                for word in text.split(|c: char| !c.is_ascii_alphabetic()) {
                    assert!(
                        word.is_empty() || LATIN_IN_RUSSIAN.contains(&word),
                        "{t:?}: English word {word:?} in the Russian text {text:?}"
                    );
                }
            } else if !SAME_AS_ENGLISH.contains(&(lang, t)) {
                assert_ne!(en, text, "{t:?} has no text of its own in {lang:?}");
            }
        }
    }
}

#[test]
fn each_language_keeps_its_own_words() {
    let words: Vec<&str> = Lang::ALL.iter().map(|&l| T::MenuFile.get(l)).collect();
    assert_eq!(words, ["File", "Archivo", "Файл", "Arquivo"]);
}

#[test]
fn counts_agree_with_the_number() {
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
    assert_eq!(T::CriticalCount.count(1, Lang::Pt), "1 crítico");
    assert_eq!(T::CriticalCount.count(0, Lang::Pt), "0 críticos");
    assert_eq!(T::MomentsCount.count(2, Lang::Pt), "2 momentos");
}
